#pragma once

#include "backend/wallboard.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace ContactDesk {

class ContactCentre;
class InteractionStatistics;

// Builds what DeskBackend's wallboard requests answer from a running ContactCentre: the live
// snapshot from the KPI and routing engines, the intraday series with forecast and Erlang
// staffing, the daily trend from the store, and drill-downs from the KPI engine's ledger. The
// embedded backend and contactdesk-server use the same builder, so both answer alike.
//
// "Today" starts at local midnight. Queue figures come from the KPI engine's intervals; agent
// figures (handled, AHT, occupancy) are counted from the first snapshot after midnight (or after
// the builder was made), since the engine keeps agents' counters for its whole run.
class WallboardBuilder final
{
public:
    explicit WallboardBuilder(ContactCentre &centre);
    ~WallboardBuilder();

    WallboardSnapshot snapshot();
    StoreResult<WallboardIntraday> intraday(const QStringList &queueIds);
    StoreResult<QList<WallboardDayTotal>> trend(const QStringList &queueIds, int days);
    StoreResult<QList<WallboardContact>> drillDown(const WallboardDrillDown &request);

    // Local midnight of the day `ms` falls in, and of the day `days` later (negative: earlier).
    static qint64 dayStart(qint64 ms, int days = 0);
    // Forecasts average this many past weeks (the same weekday).
    static constexpr int ForecastWeeks = 4;
    // Erlang A is used once this many abandons give the patience estimate.
    static constexpr int PatienceMinimumAbandons = 10;
    static constexpr double DefaultAhtSeconds = 300;

private:
    struct AgentBaseline;
    QStringList groupOf(const QStringList &queueIds) const;
    // The queues `skills` can serve, cached per agent while the skills stay the same.
    const QStringList &servedQueues(qint64 agentId, const SkillLevels &skills);

    ContactCentre &m_centre;
    std::unique_ptr<InteractionStatistics> m_statistics;
    qint64 m_baselineDay = 0;
    QHash<qint64, AgentBaseline> m_baselines;
    struct Served
    {
        SkillLevels skills;
        QStringList queueIds;
    };
    QHash<qint64, Served> m_served;
};

} // namespace ContactDesk
