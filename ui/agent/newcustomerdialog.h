#pragma once

#include "domain/customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ContactDesk {

// A new customer from an unknown contact: the names, company and language to fill in, and the
// number, address or handle the contact came from, already entered.
class NewCustomerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCustomerDialog)

public:
    // `address` is what the contact came from, of `kind`.
    NewCustomerDialog(ContactKind kind, const QString &address, QWidget *parent = nullptr);

    // The customer as entered (id 0); validate() tells what is missing.
    Customer customer() const;

    QLineEdit *familyNameField() const { return m_familyName; }
    QLineEdit *givenNameField() const { return m_givenName; }
    QLineEdit *companyField() const { return m_company; }
    QLineEdit *addressField() const { return m_address; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    ContactKind m_kind;
    QLabel *m_intro = nullptr;
    QLabel *m_familyNameLabel = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLabel *m_givenNameLabel = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLineEdit *m_company = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_vip = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk
