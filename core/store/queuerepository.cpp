#include "queuerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String
    queueColumns("id, name, channels, required_skills, strategy, default_priority, service_level_percent,"
                 " service_level_seconds, short_abandon_seconds, max_length, callback_threshold_seconds");

QueueRepository::QueueRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> QueueRepository::save(const Queue &queue)
{
    if (auto error = queue.validate())
        return error;
    auto saved = m_database.execute(
        u"INSERT INTO queues ("_s + queueColumns
            + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
              " name = excluded.name, channels = excluded.channels,"
              " required_skills = excluded.required_skills, strategy = excluded.strategy,"
              " default_priority = excluded.default_priority,"
              " service_level_percent = excluded.service_level_percent,"
              " service_level_seconds = excluded.service_level_seconds,"
              " short_abandon_seconds = excluded.short_abandon_seconds,"
              " max_length = excluded.max_length,"
              " callback_threshold_seconds = excluded.callback_threshold_seconds"_s,
        {queue.id, queue.name, SqlValues::channelsToJson(queue.channels),
         SqlValues::requirementsToJson(queue.requiredSkills), selectionStrategyKey(queue.strategy),
         queue.defaultPriority, queue.serviceLevelPercent, queue.serviceLevelSeconds,
         queue.shortAbandonSeconds, queue.maxLength, queue.callbackThresholdSeconds});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

static StoreResult<QList<Queue>> readQueues(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Queue> queues;
    while (query->next()) {
        Queue queue;
        queue.id = query->value(0).toString();
        queue.name = query->value(1).toString();
        queue.channels = SqlValues::channelsFromJson(query->value(2).toString());
        queue.requiredSkills = SqlValues::requirementsFromJson(query->value(3).toString());
        queue.strategy =
            selectionStrategyFromKey(query->value(4).toString()).value_or(SelectionStrategy::LongestIdle);
        queue.defaultPriority = query->value(5).toInt();
        queue.serviceLevelPercent = query->value(6).toInt();
        queue.serviceLevelSeconds = query->value(7).toInt();
        queue.shortAbandonSeconds = query->value(8).toInt();
        queue.maxLength = query->value(9).toInt();
        queue.callbackThresholdSeconds = query->value(10).toInt();
        queues.append(queue);
    }
    query->finish();
    return queues;
}

StoreResult<Queue> QueueRepository::findById(const QString &id)
{
    auto found =
        readQueues(m_database.execute(u"SELECT "_s + queueColumns + u" FROM queues WHERE id = ?"_s, {id}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Queue '%1'"_s.arg(id));
    return found->constFirst();
}

StoreResult<QList<Queue>> QueueRepository::list()
{
    return readQueues(m_database.execute(u"SELECT "_s + queueColumns + u" FROM queues ORDER BY id"_s));
}

} // namespace ContactDesk
