#include "embeddedbackend.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/workitemrepository.h"

namespace ContactDesk {

namespace {

BackendError fromStore(const DomainError &error)
{
    if (error.code == StoreErrorCode::NotFound)
        return BackendError{QStringLiteral("not-found"), error.message};
    if (error.code == StoreErrorCode::InvalidPhone)
        return BackendError{QStringLiteral("invalid-argument"), error.message};
    return BackendError{QStringLiteral("storage"), error.message};
}

TimelineQuery toQuery(const TimelineFilter &filter, const TimelineCursor &cursor, int limit)
{
    TimelineQuery query;
    query.channels = filter.channels;
    query.text = filter.text.trimmed();
    query.limit = limit;
    if (!cursor.isStart()) {
        query.beforeCreatedMs = cursor.beforeCreatedMs;
        query.beforeId = cursor.beforeId;
    }
    return query;
}

} // namespace

EmbeddedBackend::EmbeddedBackend(std::unique_ptr<Database> database, QObject *parent)
    : DeskBackend(parent)
    , m_database(std::move(database))
    , m_customers(std::make_unique<CustomerRepository>(*m_database))
    , m_interactions(std::make_unique<InteractionRepository>(*m_database))
    , m_messages(std::make_unique<MessageRepository>(*m_database))
    , m_workItems(std::make_unique<WorkItemRepository>(*m_database))
{}

EmbeddedBackend::~EmbeddedBackend() = default;

QString EmbeddedBackend::location() const
{
    return m_database->settings().displayString();
}

void EmbeddedBackend::searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply)
{
    if (limit <= 0 || limit > 1000) {
        reply(BackendError{QStringLiteral("invalid-argument"), QStringLiteral("limit must be 1-1000")});
        return;
    }
    auto result = m_customers->search(text.trimmed(), limit);
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::move(result).value());
}

void EmbeddedBackend::customer(qint64 customerId, Reply<Customer> reply)
{
    auto result = m_customers->findById(customerId);
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::move(result).value());
}

void EmbeddedBackend::findCustomerByContact(ContactKind kind, const QString &value,
                                            Reply<std::optional<Customer>> reply)
{
    auto result = m_customers->findByContactPoint(kind, value, m_defaultRegion);
    if (result.isNotFound()) {
        reply(std::optional<Customer>());
        return;
    }
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::optional<Customer>(std::move(result).value()));
}

void EmbeddedBackend::timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                               int limit, Reply<TimelineItemPage> reply)
{
    if (limit <= 0 || limit > 500) {
        reply(BackendError{QStringLiteral("invalid-argument"), QStringLiteral("limit must be 1-500")});
        return;
    }
    auto result = m_interactions->timeline(customerId, toQuery(filter, cursor, limit));
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    TimelineItemPage page;
    page.hasMore = result->hasMore;
    page.items.reserve(result->entries.size());
    for (const TimelineEntry &entry : result->entries)
        page.items.append(TimelineItem{entry.interaction, entry.messageCount, entry.agentDisplayName});
    if (result->next.beforeCreatedMs)
        page.next = TimelineCursor{*result->next.beforeCreatedMs, result->next.beforeId};
    reply(page);
}

void EmbeddedBackend::timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply)
{
    auto result = m_interactions->countForCustomer(customerId, toQuery(filter, {}, 1));
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(int(*result));
}

void EmbeddedBackend::messages(qint64 interactionId, Reply<QList<Message>> reply)
{
    auto result = m_messages->forInteraction(interactionId);
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::move(result).value());
}

void EmbeddedBackend::openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply)
{
    auto result = m_workItems->openForCustomer(customerId);
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::move(result).value());
}

} // namespace ContactDesk
