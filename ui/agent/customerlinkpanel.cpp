#include "customerlinkpanel.h"

#include "agentdeskcontroller.h"
#include "carddelegate.h"
#include "contactinboxmodel.h"
#include "customerdirectory.h"
#include "customerlistmodel.h"
#include "newcustomerdialog.h"
#include "phone/phonenumbers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk {

CustomerLinkPanel::CustomerLinkPanel(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new CustomerListModel(this))
{
    setObjectName(QStringLiteral("customerLinkPanel"));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerLinkPanel::runSearch);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("linkSearchStatus"));
    m_status->setWordWrap(true);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("linkResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CardDelegate(
        {CustomerListModel::SubtitleRole, -1, CustomerListModel::ValueTierTextRole, true}, m_results));
    m_results->setUniformItemSizes(true);
    connect(m_results, &QListView::activated, this, &CustomerLinkPanel::linkSelected);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerLinkPanel::updateState);

    m_link = new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), QString(), this);
    m_link->setObjectName(QStringLiteral("linkCustomerButton"));
    connect(m_link, &QPushButton::clicked, this, &CustomerLinkPanel::linkSelected);
    m_create = new QPushButton(QIcon(QStringLiteral(":/icons/person-add.svg")), QString(), this);
    m_create->setObjectName(QStringLiteral("createCustomerButton"));
    connect(m_create, &QPushButton::clicked, this, &CustomerLinkPanel::createCustomer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_link);
    setTabOrder(m_link, m_create);

    connect(&desk, &AgentDeskController::contactUpdated, this, [this](qint64 id) {
        if (id == m_contactId)
            updateState();
    });
    retranslate();
}

void CustomerLinkPanel::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    m_model->setPhoneRegion(region);
}

void CustomerLinkPanel::setContact(qint64 interactionId)
{
    if (interactionId == m_contactId)
        return;
    m_contactId = interactionId;
    m_model->setCustomers({});
    const std::optional<ContactSummary> contact = m_desk.contact(interactionId);
    QString from = contact ? contact->from : QString();
    if (contact && from.startsWith(QLatin1Char('+')))
        from = PhoneNumbers::formatForRegion(from, m_phoneRegion);
    // A social handle is searched without its network prefix ("kakao:minjun" → "minjun").
    if (contact && contact->channel == Channel::Social && from.contains(QLatin1Char(':')))
        from = from.section(QLatin1Char(':'), 1);
    retranslate();
    search(from);
}

void CustomerLinkPanel::search(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void CustomerLinkPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerLinkPanel::runSearch()
{
    DeskBackend *backend = m_desk.backend();
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_generation;
    m_searchError.clear();
    if (!backend || text.isEmpty()) {
        m_searching = false;
        m_model->setCustomers({});
        updateState();
        return;
    }
    m_searching = true;
    updateState();
    QPointer<CustomerLinkPanel> self(this);
    auto current = [self, generation] { return self && self->m_generation == generation; };
    auto finish = [self, current](const QList<Customer> &exact,
                                  const BackendResult<QList<Customer>> &result) {
        if (!current())
            return;
        self->m_searching = false;
        QList<Customer> customers = exact;
        if (!result.ok()) {
            self->m_searchError =
                result.error().message.isEmpty() ? result.error().code : result.error().message;
        } else {
            for (const Customer &customer : result.value()) {
                if (std::none_of(customers.cbegin(), customers.cend(),
                                 [&](const Customer &c) { return c.id == customer.id; }))
                    customers.append(customer);
            }
        }
        self->m_model->setCustomers(customers);
        if (!customers.isEmpty())
            self->m_results->setCurrentIndex(self->m_model->index(0));
        self->updateState();
        Q_EMIT self->searchFinished(int(customers.size()));
    };
    const QString textSearch = CustomerDirectory::textSearchFor(text);
    auto runTextSearch = [self, current, textSearch, finish](const QList<Customer> &exact) {
        if (!current())
            return;
        self->m_desk.backend()->searchCustomers(
            textSearch, ResultLimit,
            [exact, finish](const BackendResult<QList<Customer>> &result) { finish(exact, result); });
    };
    const std::optional<ContactKind> kind = CustomerDirectory::contactKindOf(text);
    if (!kind) {
        runTextSearch({});
        return;
    }
    backend->findCustomerByContact(
        *kind, text, [current, runTextSearch](const BackendResult<std::optional<Customer>> &result) {
            if (!current())
                return;
            QList<Customer> exact;
            if (result.ok() && result.value())
                exact.append(*result.value());
            runTextSearch(exact);
        });
}

bool CustomerLinkPanel::linkSelected()
{
    const Customer *customer = m_model->customerAt(m_results->currentIndex().row());
    if (!customer || m_contactId == 0)
        return false;
    m_desk.linkCustomer(m_contactId, customer->id);
    return true;
}

ContactKind CustomerLinkPanel::contactKind() const
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    switch (contact ? contact->channel : Channel::Voice) {
    case Channel::Email:
        return ContactKind::Email;
    case Channel::Chat:
        return ContactKind::Chat;
    case Channel::Social:
        return ContactKind::Social;
    default:
        return ContactKind::Phone;
    }
}

void CustomerLinkPanel::createCustomer()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    if (!contact)
        return;
    QString address = contact->from;
    if (contactKind() == ContactKind::Phone && address.startsWith(QLatin1Char('+')))
        address = PhoneNumbers::formatForRegion(address, m_phoneRegion);
    NewCustomerDialog dialog(contactKind(), address, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createAndLink(dialog.customer());
}

void CustomerLinkPanel::createAndLink(const Customer &input)
{
    DeskBackend *backend = m_desk.backend();
    if (!backend || m_contactId == 0)
        return;
    Customer customer = input;
    for (ContactPoint &point : customer.contactPoints) {
        if (point.kind != ContactKind::Phone)
            continue;
        const std::optional<QString> e164 = PhoneNumbers::toE164(point.value, m_phoneRegion);
        if (!e164) {
            Q_EMIT errorOccurred(
                tr("“%1” is not a phone number; the customer was not created.").arg(point.value));
            return;
        }
        point.value = *e164;
    }
    if (const auto error = customer.validate()) {
        Q_EMIT errorOccurred(tr("The customer was not created: %1").arg(error->message));
        return;
    }
    const qint64 contactId = m_contactId;
    QPointer<CustomerLinkPanel> self(this);
    backend->createCustomer(customer, [self, contactId](const BackendResult<Customer> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(
                tr("The customer was not created: %1")
                    .arg(result.error().message.isEmpty() ? result.error().code : result.error().message));
            return;
        }
        self->m_desk.linkCustomer(contactId, result.value().id);
    });
}

void CustomerLinkPanel::updateState()
{
    const bool busy = m_desk.isBusy(m_contactId);
    m_link->setEnabled(!busy && m_contactId != 0 && m_results->currentIndex().isValid());
    m_create->setEnabled(!busy && m_contactId != 0);
    const int count = m_model->rowCount();
    if (m_searching)
        m_status->setText(tr("Searching…"));
    else if (!m_searchError.isEmpty())
        m_status->setText(tr("The search failed: %1").arg(m_searchError));
    else if (m_search->text().trimmed().isEmpty())
        m_status->setText(tr("Type a phone number, an e-mail address or a name."));
    else if (count == 0)
        m_status->setText(tr("Nobody matches. Create a new customer from this contact?"));
    else
        m_status->setText(tr("%Ln customer(s) found", nullptr, count));
}

bool CustomerLinkPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerLinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerLinkPanel::retranslate()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    m_heading->setText(contact ? tr("Who is %1?").arg(ContactInboxModel::contactName(*contact, m_phoneRegion))
                               : tr("Unknown customer"));
    m_explanation->setText(tr("This contact is not linked to a customer yet. Find them by phone number, "
                              "e-mail or name and link them, or create a new customer."));
    m_search->setPlaceholderText(tr("Phone, e-mail or name"));
    m_search->setAccessibleName(tr("Search the customer to link"));
    m_results->setAccessibleName(tr("Customers to link"));
    m_link->setText(tr("&Link to this contact"));
    m_create->setText(tr("Create &new customer…"));
    m_model->retranslate();
    updateState();
}

} // namespace ContactDesk
