#include "interactionstatistics.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

InteractionStatistics::InteractionStatistics(Database &database)
    : m_database(database)
{}

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

StoreResult<QList<KpiCounters>>
InteractionStatistics::buckets(const QStringList &queueIds, const QStringList &excludedQueueIds,
                               qint64 fromMs, qint64 toMs, qint64 bucketMs,
                               const QHash<QString, QueueThresholds> &thresholds)
{
    if (bucketMs <= 0 || toMs < fromMs)
        return DomainError{u"invalid-argument"_s,
                           u"A statistics range needs from <= to and a positive bucket"_s};
    const qsizetype count = qsizetype((toMs - fromMs + bucketMs - 1) / bucketMs);
    QList<KpiCounters> result(count);
    if (count == 0)
        return result;

    QVariantList bindings{qlonglong(fromMs), qlonglong(toMs)};
    QString condition;
    if (!queueIds.isEmpty()) {
        condition = u" AND queue_id IN (%1)"_s.arg(placeholders(queueIds.size()));
        for (const QString &id : queueIds)
            bindings << id;
    } else if (!excludedQueueIds.isEmpty()) {
        condition = u" AND queue_id NOT IN (%1)"_s.arg(placeholders(excludedQueueIds.size()));
        for (const QString &id : excludedQueueIds)
            bindings << id;
    }
    auto found = m_database.execute(
        u"SELECT queue_id, state, created_ms, queued_ms, connected_ms, wrap_up_ms, closed_ms, abandoned_ms,"
        " callback_requested_ms, total_hold_ms, resolved, csat FROM interactions"
        " WHERE created_ms >= ? AND created_ms < ? AND direction <> 'internal'%1"_s.arg(condition),
        bindings);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    while (query->next()) {
        const QString queueId = query->value(0).toString();
        const QString state = query->value(1).toString();
        const qint64 created = query->value(2).toLongLong();
        const qint64 queued = query->value(3).toLongLong();
        const qint64 connected = query->value(4).toLongLong();
        const qint64 wrapUp = query->value(5).toLongLong();
        const qint64 closed = query->value(6).toLongLong();
        const qint64 abandoned = query->value(7).toLongLong();
        const qint64 callback = query->value(8).toLongLong();
        const qint64 hold = query->value(9).toLongLong();
        const bool resolved = query->value(10).toInt() != 0;
        const QVariant csat = query->value(11);
        const QueueThresholds limits = thresholds.value(queueId);

        KpiCounters &c = result[qsizetype((created - fromMs) / bucketMs)];
        const qint64 waitStart = queued > 0 ? queued : created;
        ++c.offered;
        if (state == u"blocked") {
            ++c.blocked;
            continue;
        }
        if (callback > 0)
            ++c.callbacks;
        if (connected > 0) {
            const qint64 wait = std::max<qint64>(0, connected - waitStart);
            ++c.answered;
            c.answerWaitMs += wait;
            c.maxWaitMs = std::max(c.maxWaitMs, wait);
            if (wait <= qint64(limits.serviceLevelSeconds) * 1000)
                ++c.answeredInTarget;
            if (closed > 0 && wrapUp > 0) {
                ++c.completed;
                c.holdMs += hold;
                c.talkMs += std::max<qint64>(0, wrapUp - connected - hold);
                c.afterCallWorkMs += std::max<qint64>(0, closed - wrapUp);
                if (resolved) {
                    ++c.resolvedFlagged;
                    ++c.fcrProvisionalResolved;
                }
            }
        } else if (abandoned > 0 && callback == 0) {
            const qint64 wait = std::max<qint64>(0, abandoned - waitStart);
            ++c.abandoned;
            c.abandonWaitMs += wait;
            c.maxWaitMs = std::max(c.maxWaitMs, wait);
            if (wait < qint64(limits.shortAbandonSeconds) * 1000)
                ++c.shortAbandoned;
        }
        if (!csat.isNull()) {
            const int score = csat.toInt();
            if (score >= 1 && score <= 5) {
                ++c.csatResponses;
                c.csatScoreSum += score;
                if (score >= 4)
                    ++c.csatSatisfied;
            }
        }
    }
    query->finish();
    return result;
}

} // namespace ContactDesk
