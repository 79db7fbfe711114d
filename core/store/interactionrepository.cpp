#include "interactionrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String interactionColumns(
    "i.id, i.channel, i.direction, i.state, i.customer_id, i.queue_id, i.required_skills, i.priority, "
    "i.agent_id,"
    " i.subject, i.external_ref, i.disposition_code, i.notes, i.resolved, i.csat, i.created_ms, i.queued_ms,"
    " i.offered_ms, i.connected_ms, i.wrap_up_ms, i.closed_ms, i.abandoned_ms, i.callback_requested_ms,"
    " i.held_since_ms, i.total_hold_ms");
static constexpr int InteractionColumnCount = 25;

// Must match the WHERE clause of the partial index interactions_unfinished word for word, or
// SQLite will not use the index.
static const QLatin1String unfinishedCondition("i.state NOT IN ('closed', 'abandoned', 'blocked')");

static Interaction readInteraction(const QSqlQuery &query)
{
    Interaction interaction;
    interaction.id = query.value(0).toLongLong();
    interaction.channel = channelFromKey(query.value(1).toString()).value_or(Channel::Voice);
    interaction.direction = directionFromKey(query.value(2).toString()).value_or(Direction::Inbound);
    const InteractionState state =
        interactionStateFromKey(query.value(3).toString()).value_or(InteractionState::Created);
    interaction.customerId = SqlValues::idOrZero(query.value(4));
    interaction.queueId = query.value(5).toString();
    interaction.requiredSkills = SqlValues::requirementsFromJson(query.value(6).toString());
    interaction.priority = query.value(7).toInt();
    interaction.agentId = SqlValues::idOrZero(query.value(8));
    interaction.subject = query.value(9).toString();
    interaction.externalRef = query.value(10).toString();
    interaction.dispositionCode = query.value(11).toString();
    interaction.notes = query.value(12).toString();
    interaction.resolved = query.value(13).toInt() != 0;
    const std::optional<int> csat =
        query.value(14).isNull() ? std::nullopt : std::optional<int>(query.value(14).toInt());
    InteractionTimes times;
    times.createdMs = query.value(15).toLongLong();
    times.queuedMs = query.value(16).toLongLong();
    times.offeredMs = query.value(17).toLongLong();
    times.connectedMs = query.value(18).toLongLong();
    times.wrapUpMs = query.value(19).toLongLong();
    times.closedMs = query.value(20).toLongLong();
    times.abandonedMs = query.value(21).toLongLong();
    times.callbackRequestedMs = query.value(22).toLongLong();
    times.heldSinceMs = query.value(23).toLongLong();
    times.totalHoldMs = query.value(24).toLongLong();
    interaction.restore(state, times, csat);
    return interaction;
}

// Every column but id, in the order of the INSERT and UPDATE statements below.
static QVariantList interactionValues(const Interaction &interaction)
{
    const InteractionTimes &times = interaction.times();
    const std::optional<int> csat = interaction.csat();
    return {channelKey(interaction.channel),
            directionKey(interaction.direction),
            interactionStateKey(interaction.state()),
            SqlValues::nullableId(interaction.customerId),
            interaction.queueId,
            SqlValues::requirementsToJson(interaction.requiredSkills),
            interaction.priority,
            SqlValues::nullableId(interaction.agentId),
            interaction.subject,
            interaction.externalRef,
            interaction.dispositionCode,
            interaction.notes,
            SqlValues::flag(interaction.resolved),
            csat ? QVariant(*csat) : QVariant(QMetaType::fromType<int>()),
            qlonglong(times.createdMs),
            qlonglong(times.queuedMs),
            qlonglong(times.offeredMs),
            qlonglong(times.connectedMs),
            qlonglong(times.wrapUpMs),
            qlonglong(times.closedMs),
            qlonglong(times.abandonedMs),
            qlonglong(times.callbackRequestedMs),
            qlonglong(times.heldSinceMs),
            qlonglong(times.totalHoldMs)};
}

namespace {

struct TimelineSql
{
    QString sql;
    QVariantList bindings;
};

enum class TimelinePart
{
    Page,
    Count,
};

} // namespace

// One statement per combination of filters (cached prepared by the Database), rather than
// "? IS NULL OR ..." tricks that would hide the index from the planner. The cursor is spelled
// "created <= c AND (created < c OR id < i)": the first half is a plain range on the index that
// both planners use to start the scan at the cursor, the second drops the rows tied with it.
static TimelineSql timelineSql(qint64 customerId, const TimelineQuery &query, TimelinePart part)
{
    TimelineSql result;
    QString where = u"i.customer_id = ?"_s;
    result.bindings << qlonglong(customerId);
    if (!query.channels.isEmpty()) {
        QStringList marks;
        for (Channel channel : query.channels) {
            marks << u"?"_s;
            result.bindings << channelKey(channel);
        }
        where += u" AND i.channel IN ("_s + marks.join(u", "_s) + QLatin1Char(')');
    }
    if (!query.text.trimmed().isEmpty()) {
        const QString pattern = SqlValues::containsPattern(query.text.trimmed());
        where += u" AND (lower(i.subject) LIKE ? ESCAPE '\\' OR lower(i.notes) LIKE ? ESCAPE '\\'"
                 " OR EXISTS (SELECT 1 FROM messages mt WHERE mt.interaction_id = i.id"
                 " AND lower(mt.body) LIKE ? ESCAPE '\\'))"_s;
        result.bindings << pattern << pattern << pattern;
    }

    if (part == TimelinePart::Count) {
        result.sql = u"SELECT COUNT(*) FROM interactions i WHERE "_s + where;
        return result;
    }

    if (query.beforeCreatedMs) {
        where += u" AND i.created_ms <= ? AND (i.created_ms < ? OR i.id < ?)"_s;
        result.bindings << qlonglong(*query.beforeCreatedMs) << qlonglong(*query.beforeCreatedMs)
                        << qlonglong(query.beforeId);
    }
    result.sql = u"SELECT "_s + interactionColumns
                 + u", (SELECT COUNT(*) FROM messages m WHERE m.interaction_id = i.id),"
                   " COALESCE(a.display_name, '')"
                   " FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id WHERE "_s
                 + where + u" ORDER BY i.created_ms DESC, i.id DESC LIMIT ?"_s;
    // One more than asked, to know whether another page follows.
    result.bindings << qBound(1, query.limit, 1000) + 1;
    return result;
}

InteractionRepository::InteractionRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> InteractionRepository::insert(Interaction &interaction)
{
    if (interaction.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Interaction %1 is already stored; update it instead"_s.arg(interaction.id)};
    }
    if (auto error = interaction.validate())
        return error;
    auto inserted = m_database.execute(
        u"INSERT INTO interactions (channel, direction, state, customer_id, queue_id, required_skills,"
        " priority, agent_id, subject, external_ref, disposition_code, notes, resolved, csat,"
        " created_ms, queued_ms, offered_ms, connected_ms, wrap_up_ms, closed_ms, abandoned_ms,"
        " callback_requested_ms, held_since_ms, total_hold_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        interactionValues(interaction));
    if (!inserted)
        return inserted.error();
    QSqlQuery *query = inserted.value();
    query->next();
    interaction.id = query->value(0).toLongLong();
    query->finish();
    return std::nullopt;
}

std::optional<DomainError> InteractionRepository::update(const Interaction &interaction)
{
    if (auto error = interaction.validate())
        return error;
    QVariantList values = interactionValues(interaction);
    values << qlonglong(interaction.id);
    auto updated = m_database.execute(
        u"UPDATE interactions SET channel = ?, direction = ?, state = ?, customer_id = ?, queue_id = ?,"
        " required_skills = ?, priority = ?, agent_id = ?, subject = ?, external_ref = ?,"
        " disposition_code = ?, notes = ?, resolved = ?, csat = ?, created_ms = ?, queued_ms = ?,"
        " offered_ms = ?, connected_ms = ?, wrap_up_ms = ?, closed_ms = ?, abandoned_ms = ?,"
        " callback_requested_ms = ?, held_since_ms = ?, total_hold_ms = ? WHERE id = ?"_s,
        values);
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows != 1)
        return SqlValues::notFound(u"Interaction %1"_s.arg(interaction.id));
    return std::nullopt;
}

static StoreResult<QList<Interaction>> readInteractions(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Interaction> interactions;
    while (query->next())
        interactions.append(readInteraction(*query));
    query->finish();
    return interactions;
}

StoreResult<Interaction> InteractionRepository::findById(qint64 id)
{
    auto found = readInteractions(m_database.execute(
        u"SELECT "_s + interactionColumns + u" FROM interactions i WHERE i.id = ?"_s, {qlonglong(id)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Interaction %1"_s.arg(id));
    return found->constFirst();
}

StoreResult<Interaction> InteractionRepository::findByExternalRef(const QString &externalRef)
{
    if (externalRef.isEmpty())
        return SqlValues::notFound(u"An interaction with an empty external reference"_s);
    // "<> ''" repeats the partial index's condition so that SQLite can use it.
    auto found = readInteractions(
        m_database.execute(u"SELECT "_s + interactionColumns
                               + u" FROM interactions i WHERE i.external_ref = ? AND i.external_ref <> ''"
                                 " ORDER BY i.created_ms DESC, i.id DESC LIMIT 1"_s,
                           {externalRef}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Interaction with external reference '%1'"_s.arg(externalRef));
    return found->constFirst();
}

StoreResult<QList<Interaction>> InteractionRepository::unfinished()
{
    return readInteractions(m_database.execute(u"SELECT "_s + interactionColumns
                                               + u" FROM interactions i WHERE "_s + unfinishedCondition
                                               + u" ORDER BY i.created_ms, i.id"_s));
}

StoreResult<TimelinePage> InteractionRepository::timeline(qint64 customerId, const TimelineQuery &query)
{
    const TimelineSql statement = timelineSql(customerId, query, TimelinePart::Page);
    auto executed = m_database.execute(statement.sql, statement.bindings);
    if (!executed)
        return executed.error();
    QSqlQuery *q = executed.value();
    const int limit = qBound(1, query.limit, 1000);
    TimelinePage page;
    while (q->next()) {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            break;
        }
        TimelineEntry entry;
        entry.interaction = readInteraction(*q);
        entry.messageCount = q->value(InteractionColumnCount).toInt();
        entry.agentDisplayName = q->value(InteractionColumnCount + 1).toString();
        page.entries.append(entry);
    }
    q->finish();

    page.next = query;
    page.next.limit = limit;
    if (!page.entries.isEmpty()) {
        const Interaction &last = page.entries.constLast().interaction;
        page.next.beforeCreatedMs = last.times().createdMs;
        page.next.beforeId = last.id;
    }
    return page;
}

StoreResult<qint64> InteractionRepository::countForCustomer(qint64 customerId, const TimelineQuery &query)
{
    const TimelineSql statement = timelineSql(customerId, query, TimelinePart::Count);
    auto executed = m_database.execute(statement.sql, statement.bindings);
    if (!executed)
        return executed.error();
    QSqlQuery *q = executed.value();
    const qint64 total = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return total;
}

StoreResult<QString> InteractionRepository::timelinePlan(qint64 customerId, const TimelineQuery &query)
{
    const TimelineSql statement = timelineSql(customerId, query, TimelinePart::Page);
    QStringList lines;
    if (m_database.backend() == DatabaseBackend::Sqlite) {
        auto executed = m_database.execute(u"EXPLAIN QUERY PLAN "_s + statement.sql, statement.bindings);
        if (!executed)
            return executed.error();
        QSqlQuery *q = executed.value();
        while (q->next())
            lines << q->value(3).toString(); // columns: id, parent, notused, detail
        q->finish();
        return lines.join(QLatin1Char('\n'));
    }

    // PostgreSQL cannot PREPARE an EXPLAIN, so the values are written into the statement with
    // the driver's own quoting (the same it uses for prepared statements' EXECUTE).
    QSqlDatabase db = m_database.connection();
    QString sql = statement.sql;
    qsizetype from = 0;
    for (const QVariant &binding : statement.bindings) {
        QSqlField field(QString(), binding.metaType());
        field.setValue(binding);
        const qsizetype mark = sql.indexOf(QLatin1Char('?'), from);
        if (mark < 0)
            break;
        const QString literal = db.driver()->formatValue(field);
        sql.replace(mark, 1, literal);
        from = mark + literal.size(); // a '?' inside a value is not a placeholder
    }
    QSqlQuery q(db);
    if (!q.exec(u"EXPLAIN "_s + sql))
        return Database::queryError(q, u"EXPLAIN "_s + sql);
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ContactDesk
