#pragma once

#include "backend/deskbackend.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ContactDesk {

class AgentDeskController;
class CustomerListModel;

// For a contact nobody is linked to yet: search the customers by phone number, e-mail or name
// (starting with what the contact came from), link the right one to the contact, or create a new
// customer from the contact's number or address and link that.
class CustomerLinkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerLinkPanel)

public:
    static constexpr int ResultLimit = 50;

    CustomerLinkPanel(AgentDeskController &desk, QWidget *parent = nullptr);

    // The unknown contact; searches at once for what it came from.
    void setContact(qint64 interactionId);
    qint64 contactId() const { return m_contactId; }
    void setPhoneRegion(const QString &region);

    void search(const QString &text);
    void focusSearch();
    // Links the selected customer to the contact; false when none is selected.
    bool linkSelected();
    // Opens the new-customer dialog (prefilled) and, when confirmed, creates and links.
    void createCustomer();
    // Creates `customer` and links it to the contact, without the dialog.
    void createAndLink(const Customer &customer);

    QLineEdit *searchField() const { return m_search; }
    QListView *results() const { return m_results; }
    CustomerListModel *resultModel() const { return m_model; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *createButton() const { return m_create; }
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void searchFinished(int count);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void updateState();
    ContactKind contactKind() const;

    AgentDeskController &m_desk;
    qint64 m_contactId = 0;
    QString m_phoneRegion = QStringLiteral("KR");
    bool m_searching = false;
    QString m_searchError;
    quint64 m_generation = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_results = nullptr;
    CustomerListModel *m_model = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace ContactDesk
