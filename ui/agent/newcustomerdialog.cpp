#include "newcustomerdialog.h"

#include "displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk {

NewCustomerDialog::NewCustomerDialog(ContactKind kind, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_familyName = new QLineEdit(this);
    m_familyName->setObjectName(QStringLiteral("newCustomerFamilyName"));
    m_givenName = new QLineEdit(this);
    m_givenName->setObjectName(QStringLiteral("newCustomerGivenName"));
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("newCustomerCompany"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("newCustomerLanguage"));
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("newCustomerAddress"));
    m_vip = new QCheckBox(this);
    m_vip->setObjectName(QStringLiteral("newCustomerVip"));
    m_familyNameLabel = new QLabel(this);
    m_familyNameLabel->setBuddy(m_familyName);
    m_givenNameLabel = new QLabel(this);
    m_givenNameLabel->setBuddy(m_givenName);
    m_companyLabel = new QLabel(this);
    m_companyLabel->setBuddy(m_company);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_familyName, m_givenName, m_company})
        connect(field, &QLineEdit::textChanged, this, &NewCustomerDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(m_familyNameLabel, m_familyName);
    form->addRow(m_givenNameLabel, m_givenName);
    form->addRow(m_companyLabel, m_company);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_addressLabel, m_address);
    form->addRow(QString(), m_vip);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslate();
    updateOk();
    m_familyName->setFocus();
}

Customer NewCustomerDialog::customer() const
{
    Customer customer;
    customer.familyName = m_familyName->text().trimmed();
    customer.givenName = m_givenName->text().trimmed();
    customer.company = m_company->text().trimmed();
    customer.preferredLanguage = m_language->currentData().toString();
    customer.vip = m_vip->isChecked();
    const QString address = m_address->text().trimmed();
    if (!address.isEmpty()) {
        ContactPoint point;
        point.kind = m_kind;
        point.value = m_kind == ContactKind::Phone ? address : ContactPoint::normalize(m_kind, address);
        point.label = m_kind == ContactKind::Phone ? QStringLiteral("mobile") : QString();
        point.primary = true;
        customer.contactPoints.append(point);
    }
    return customer;
}

void NewCustomerDialog::updateOk()
{
    const bool named = !m_familyName->text().trimmed().isEmpty() || !m_givenName->text().trimmed().isEmpty()
                       || !m_company->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
}

void NewCustomerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewCustomerDialog::retranslate()
{
    setWindowTitle(tr("New customer"));
    m_intro->setText(tr("A name or a company is enough; the rest can be added later."));
    m_familyNameLabel->setText(tr("&Family name:"));
    m_givenNameLabel->setText(tr("&Given name:"));
    m_companyLabel->setText(tr("&Company:"));
    m_languageLabel->setText(tr("&Language:"));
    m_addressLabel->setText(DisplayText::contactKindName(m_kind) + QLatin1Char(':'));
    m_vip->setText(tr("&VIP"));
    const QString language =
        m_language->count() ? m_language->currentData().toString() : QStringLiteral("ko");
    m_language->clear();
    m_language->addItem(DisplayText::languageName(QStringLiteral("ko")), QStringLiteral("ko"));
    m_language->addItem(DisplayText::languageName(QStringLiteral("en")), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and link"));
}

} // namespace ContactDesk
