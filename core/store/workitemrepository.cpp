#include "workitemrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String
    workItemColumns("id, customer_id, source_interaction_id, queue_id, title, description,"
                    " created_ms, due_ms, status, assigned_agent_id");

WorkItemRepository::WorkItemRepository(Database &database)
    : m_database(database)
{}

static QVariantList workItemValues(const WorkItem &item)
{
    return {SqlValues::nullableId(item.customerId),
            SqlValues::nullableId(item.sourceInteractionId),
            item.queueId,
            item.title,
            item.description,
            qlonglong(item.createdAtMs),
            qlonglong(item.dueAtMs),
            workItemStatusKey(item.status),
            SqlValues::nullableId(item.assignedAgentId)};
}

std::optional<DomainError> WorkItemRepository::insert(WorkItem &item)
{
    if (item.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Work item %1 is already stored; update it instead"_s.arg(item.id)};
    }
    if (auto error = item.validate())
        return error;
    auto inserted = m_database.execute(
        u"INSERT INTO work_items (customer_id, source_interaction_id, queue_id, title, description,"
        " created_ms, due_ms, status, assigned_agent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"_s,
        workItemValues(item));
    if (!inserted)
        return inserted.error();
    QSqlQuery *query = inserted.value();
    query->next();
    item.id = query->value(0).toLongLong();
    query->finish();
    return std::nullopt;
}

std::optional<DomainError> WorkItemRepository::update(const WorkItem &item)
{
    if (auto error = item.validate())
        return error;
    QVariantList values = workItemValues(item);
    values << qlonglong(item.id);
    auto updated = m_database.execute(
        u"UPDATE work_items SET customer_id = ?, source_interaction_id = ?, queue_id = ?, title = ?,"
        " description = ?, created_ms = ?, due_ms = ?, status = ?, assigned_agent_id = ?"
        " WHERE id = ?"_s,
        values);
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows != 1)
        return SqlValues::notFound(u"Work item %1"_s.arg(item.id));
    return std::nullopt;
}

static StoreResult<QList<WorkItem>> readWorkItems(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<WorkItem> items;
    while (query->next()) {
        WorkItem item;
        item.id = query->value(0).toLongLong();
        item.customerId = SqlValues::idOrZero(query->value(1));
        item.sourceInteractionId = SqlValues::idOrZero(query->value(2));
        item.queueId = query->value(3).toString();
        item.title = query->value(4).toString();
        item.description = query->value(5).toString();
        item.createdAtMs = query->value(6).toLongLong();
        item.dueAtMs = query->value(7).toLongLong();
        item.status = workItemStatusFromKey(query->value(8).toString()).value_or(WorkItemStatus::Open);
        item.assignedAgentId = SqlValues::idOrZero(query->value(9));
        items.append(item);
    }
    query->finish();
    return items;
}

StoreResult<WorkItem> WorkItemRepository::findById(qint64 id)
{
    auto found = readWorkItems(m_database.execute(
        u"SELECT "_s + workItemColumns + u" FROM work_items WHERE id = ?"_s, {qlonglong(id)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Work item %1"_s.arg(id));
    return found->constFirst();
}

StoreResult<QList<WorkItem>> WorkItemRepository::openForCustomer(qint64 customerId)
{
    return readWorkItems(m_database.execute(
        u"SELECT "_s + workItemColumns
            + u" FROM work_items WHERE customer_id = ? AND status IN (?, ?) ORDER BY due_ms, id"_s,
        {qlonglong(customerId), workItemStatusKey(WorkItemStatus::Open),
         workItemStatusKey(WorkItemStatus::InProgress)}));
}

StoreResult<QList<WorkItem>> WorkItemRepository::open(int limit)
{
    return readWorkItems(
        m_database.execute(u"SELECT "_s + workItemColumns
                               + u" FROM work_items WHERE status IN (?, ?) ORDER BY due_ms, id LIMIT ?"_s,
                           {workItemStatusKey(WorkItemStatus::Open),
                            workItemStatusKey(WorkItemStatus::InProgress), qBound(1, limit, 100000)}));
}

} // namespace ContactDesk
