#include "customerdirectory.h"

#include "carddelegate.h"
#include "customerlistmodel.h"
#include "customerprofilewidget.h"
#include "timelinewidget.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace ContactDesk {

namespace {

constexpr int DirectorySearchDelayMs = 300;

// A complete phone number is worth an exact lookup; a few digits are only part of one.
constexpr int MinPhoneDigits = 7;

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool looksLikePhoneNumber(const QString &text)
{
    static const QRegularExpression phoneCharacters(QStringLiteral("^\\+?[0-9 ()./\\-]+$"));
    return phoneCharacters.match(text).hasMatch() && digitsOf(text).size() >= MinPhoneDigits;
}

bool looksLikeEmail(const QString &text)
{
    return text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '));
}

} // namespace

std::optional<ContactKind> CustomerDirectory::contactKindOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (looksLikePhoneNumber(trimmed))
        return ContactKind::Phone;
    if (looksLikeEmail(trimmed))
        return ContactKind::Email;
    return std::nullopt;
}

QString CustomerDirectory::textSearchFor(const QString &text)
{
    const QString trimmed = text.trimmed();
    return looksLikePhoneNumber(trimmed) ? digitsOf(trimmed) : trimmed;
}

CustomerDirectory::CustomerDirectory(QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerListModel(this))
{
    setObjectName(QStringLiteral("customerDirectory"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(DirectorySearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomerDirectory::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerDirectory::runSearch);

    m_resultCount = new QLabel(this);
    m_resultCount->setObjectName(QStringLiteral("customerResultCount"));

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CardDelegate(
        {CustomerListModel::SubtitleRole, -1, CustomerListModel::ValueTierTextRole, true}, m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerDirectory::onCurrentChanged);

    m_noResults = new QLabel(this);
    m_noResults->setObjectName(QStringLiteral("customerNoResults"));
    m_noResults->setAlignment(Qt::AlignCenter);
    m_noResults->setWordWrap(true);
    m_resultStack = new QStackedWidget(this);
    m_resultStack->addWidget(m_results);
    m_resultStack->addWidget(m_noResults);

    auto *searchPanel = new QWidget(this);
    searchPanel->setObjectName(QStringLiteral("customerSearchPanel"));
    auto *searchLayout = new QVBoxLayout(searchPanel);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_resultCount);
    searchLayout->addWidget(m_resultStack, 1);

    m_profile = new CustomerProfileWidget(this);
    m_timeline = new TimelineWidget(this);
    connect(m_profile, &CustomerProfileWidget::customerLoaded, this, [this](qint64 id) {
        if (id == m_shownCustomer) {
            m_profileReady = true;
            checkShown();
        }
    });
    connect(m_timeline, &TimelineWidget::firstPageShown, this, [this](qint64 id) {
        if (id == m_shownCustomer) {
            m_timelineReady = true;
            checkShown();
        }
    });
    connect(m_profile, &CustomerProfileWidget::errorOccurred, this, &CustomerDirectory::errorOccurred);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("customerSplitter"));
    m_splitter->addWidget(searchPanel);
    m_splitter->addWidget(m_profile);
    m_splitter->addWidget(m_timeline);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({250, 350, 766});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_profile);
    setTabOrder(m_profile, m_timeline);

    retranslate();
}

void CustomerDirectory::setBackend(DeskBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_profile->setBackend(backend);
    m_timeline->setBackend(backend);
    if (backend) {
        // On a server the first search goes out before anyone has signed in; search again once
        // someone has, and when the line is back.
        connect(backend, &DeskBackend::accessChanged, this, &CustomerDirectory::runSearch);
        connect(backend, &DeskBackend::connectionRestored, this, &CustomerDirectory::runSearch);
    }
    runSearch();
}

void CustomerDirectory::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    m_model->setPhoneRegion(region);
    m_profile->setPhoneRegion(region);
}

void CustomerDirectory::search(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void CustomerDirectory::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CustomerDirectory::selectCustomer(qint64 customerId)
{
    const int row = m_model->rowOfCustomer(customerId);
    if (row < 0)
        return false;
    m_results->setCurrentIndex(m_model->index(row));
    return true;
}

qint64 CustomerDirectory::currentCustomerId() const
{
    const Customer *customer = m_model->customerAt(m_results->currentIndex().row());
    return customer ? customer->id : 0;
}

bool CustomerDirectory::isSettled() const
{
    if (m_searching || !m_backend)
        return false;
    return m_shownCustomer == 0 || (m_profileReady && m_timelineReady);
}

void CustomerDirectory::runSearch()
{
    m_searchDelay->stop();
    if (!m_backend)
        return;
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    m_searching = true;
    m_lastSearch = text;
    m_searchError.clear();
    updateResultState();

    QPointer<CustomerDirectory> self(this);
    auto current = [self, generation] { return self && self->m_searchGeneration == generation; };
    // The exact contact-point lookup normalises the number or address the way it is stored; the
    // text search then adds partial matches on names, companies and the rest.
    auto searchText = text;
    if (looksLikePhoneNumber(text))
        searchText = digitsOf(text);
    auto runTextSearch = [self, current, searchText](const QList<Customer> &exact) {
        if (!current())
            return;
        self->m_backend->searchCustomers(
            searchText, ResultLimit, [self, current, exact](const BackendResult<QList<Customer>> &result) {
                if (!current())
                    return;
                if (!result.ok()) {
                    self->failSearch(result.error());
                    return;
                }
                self->finishSearch(exact, result.value());
            });
    };

    std::optional<ContactKind> contactKind;
    if (looksLikePhoneNumber(text))
        contactKind = ContactKind::Phone;
    else if (looksLikeEmail(text))
        contactKind = ContactKind::Email;
    if (!contactKind) {
        runTextSearch({});
        return;
    }
    m_backend->findCustomerByContact(
        *contactKind, text, [current, runTextSearch](const BackendResult<std::optional<Customer>> &result) {
            if (!current())
                return;
            // A number the phone library cannot read is still worth a text search.
            QList<Customer> exact;
            if (result.ok() && result.value())
                exact.append(*result.value());
            runTextSearch(exact);
        });
}

void CustomerDirectory::finishSearch(const QList<Customer> &exactMatches, const QList<Customer> &found)
{
    m_searching = false;
    QList<Customer> customers = exactMatches;
    for (const Customer &customer : found) {
        const bool known = std::any_of(customers.cbegin(), customers.cend(),
                                       [&](const Customer &c) { return c.id == customer.id; });
        if (!known)
            customers.append(customer);
    }
    const qint64 previous = m_shownCustomer;
    m_model->setCustomers(customers);
    const int row = m_model->rowOfCustomer(previous);
    // An exact phone or e-mail match is what the agent was looking for: show it even if another
    // customer was on screen.
    if (!exactMatches.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    else if (row >= 0)
        m_results->setCurrentIndex(m_model->index(row));
    else if (!customers.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    else
        onCurrentChanged();
    updateResultState();
    Q_EMIT searchFinished(int(customers.size()));
}

void CustomerDirectory::failSearch(const BackendError &error)
{
    m_searching = false;
    if (error.code == u"disconnected")
        m_searchError = tr("Not connected to the contact centre yet.");
    else if (error.code == u"not-signed-in")
        m_searchError = tr("Sign in to search for customers.");
    else
        m_searchError = error.message.isEmpty() ? error.code : error.message;
    m_model->setCustomers({});
    onCurrentChanged();
    updateResultState();
    // Not connected or not signed in yet is what the state bar already says; the list says it too.
    if (error.code != u"disconnected" && error.code != u"not-signed-in")
        Q_EMIT errorOccurred(m_searchError);
    Q_EMIT searchFinished(0);
}

void CustomerDirectory::onCurrentChanged()
{
    const qint64 id = currentCustomerId();
    if (id == m_shownCustomer && id != 0)
        return;
    m_shownCustomer = id;
    m_profileReady = false;
    m_timelineReady = false;
    m_profile->setCustomer(id);
    m_timeline->setCustomer(id);
}

void CustomerDirectory::checkShown()
{
    if (m_shownCustomer != 0 && m_profileReady && m_timelineReady)
        Q_EMIT customerShown(m_shownCustomer);
}

void CustomerDirectory::updateResultState()
{
    const int count = m_model->rowCount();
    if (m_searching && count == 0)
        m_resultCount->setText(tr("Searching…"));
    else if (m_lastSearch.isEmpty() && count >= ResultLimit)
        m_resultCount->setText(tr("First %Ln customer(s)", nullptr, count));
    else
        m_resultCount->setText(tr("%Ln customer(s) found", nullptr, count));

    if (count > 0) {
        m_resultStack->setCurrentWidget(m_results);
        return;
    }
    if (!m_searchError.isEmpty())
        m_noResults->setText(tr("The search failed: %1").arg(m_searchError));
    else if (m_searching)
        m_noResults->setText(tr("Searching…"));
    else if (m_lastSearch.isEmpty())
        m_noResults->setText(tr("There are no customers yet."));
    else
        m_noResults->setText(tr("No customer matches “%1”.").arg(m_lastSearch));
    m_resultStack->setCurrentWidget(m_noResults);
}

bool CustomerDirectory::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerDirectory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerDirectory::retranslate()
{
    m_search->setPlaceholderText(tr("Name, phone, e-mail or company"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setToolTip(
        tr("Search customers by name, phone number (any format), e-mail or company (Ctrl+F)"));
    m_results->setAccessibleName(tr("Customers found"));
    m_model->retranslate();
    updateResultState();
}

} // namespace ContactDesk
