#pragma once

#include "metrics/kpicounters.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk {

class Database;

// KPI figures computed from stored interactions, for the times the live KPI engine did not see:
// the wallboard's past days, the same weekday of past weeks (the forecast) and the part of today
// before the centre started. Each interaction counts in the bucket it was created in.
//
// What a stored row cannot tell is left out: moves between queues (a row has its last queue),
// and repeat contacts (FCR here is the agents' resolved flag, the provisional figure).
class InteractionStatistics final
{
public:
    struct QueueThresholds
    {
        int serviceLevelSeconds = 20;
        int shortAbandonSeconds = 5;
    };

    explicit InteractionStatistics(Database &database);

    // Counters per bucket of `bucketMs` from `fromMs` up to `toMs`, for interactions in the
    // queues (empty: every queue but `excludedQueueIds`). Service level and short abandons use
    // each queue's thresholds (defaults for queues not in the map).
    StoreResult<QList<KpiCounters>> buckets(const QStringList &queueIds, const QStringList &excludedQueueIds,
                                            qint64 fromMs, qint64 toMs, qint64 bucketMs,
                                            const QHash<QString, QueueThresholds> &thresholds);

private:
    Database &m_database;
};

} // namespace ContactDesk
