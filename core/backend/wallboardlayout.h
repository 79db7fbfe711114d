#pragma once

#include "wallboard.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

// The headline figures a wallboard tile can show. Values are in display units: percentages
// 0..100, times in seconds, counts as they are.
enum class WallboardKpi
{
    ServiceLevel,
    Asa,
    Waiting,
    LongestWait,
    AbandonRate,
    Aht,
    Acw,
    Occupancy,
    Fcr,
    Csat, // share of satisfied answers (4 or 5 of 5)
    Blocked,
    CallbacksWaiting,
    Offered,
    Answered,
    Abandoned,
    EstimatedWait,
    AgentsReady,
};

QList<WallboardKpi> allWallboardKpis();
QString wallboardKpiKey(WallboardKpi kpi); // "service-level", "asa", ...
std::optional<WallboardKpi> wallboardKpiFromKey(QStringView key);
// Service level, FCR, CSAT, occupancy and agents ready are better higher; the rest lower.
bool wallboardKpiHigherIsBetter(WallboardKpi kpi);
// "percent", "seconds" or "count": how a value and its thresholds are written.
QString wallboardKpiUnit(WallboardKpi kpi);

// The value of a KPI over a group of queues (empty: every customer queue) in a snapshot; empty
// when the figure has no denominator yet (the tile shows "—"). Occupancy is over all agents.
std::optional<double> wallboardKpiValue(WallboardKpi kpi, const WallboardSnapshot &snapshot,
                                        const QStringList &queueIds);

enum class TileStatus
{
    NoData,
    Good,    // the target is met
    Warning, // missed, but not past the alarm threshold
    Alarm,   // past the alarm threshold
};

QString tileStatusKey(TileStatus status); // "no-data", "good", "warning", "alarm"

// One tile: a KPI over a group of queues with its target and alarm threshold. For a KPI that is
// better higher the tile is good at or above `target`, in alarm below `alarm`; for the others
// good at or below `target`, in alarm above `alarm`; amber in between.
struct WallboardTile
{
    QString id; // stable within a layout
    WallboardKpi kpi = WallboardKpi::ServiceLevel;
    QString title;        // the supervisor's name for it; empty: the KPI's own name
    QStringList queueIds; // empty: every customer queue
    double target = 0;
    double alarm = 0;

    TileStatus status(std::optional<double> value) const;
    bool operator==(const WallboardTile &other) const = default;
};

// What the TV on the wall shows: which tiles and which queues, in pages that rotate.
struct TvLayout
{
    QStringList tileIds;  // empty: every tile
    QStringList queueIds; // the queue page's rows; empty: every customer queue
    bool showQueuePage = true;
    bool showAgentPage = true;
    int pageSeconds = 15;

    bool operator==(const TvLayout &other) const = default;
};

// How long an agent may stay in a state before the agent grid and the TV colour the time: amber
// past the threshold, red past twice it. Ready has none (an agent waiting for work is no concern).
struct AgentStateThresholds
{
    // What a saved layout may hold; longer than a day would never colour anything.
    static constexpr qint64 MaxMs = 24 * 60 * 60 * 1000;

    qint64 notReadyMs = 10 * 60 * 1000;
    qint64 afterCallWorkMs = 2 * 60 * 1000;
    qint64 busyMs = 15 * 60 * 1000;

    // 0: fine, 1: over the threshold, 2: over twice the threshold.
    int level(WallboardActivity activity, qint64 inStateMs) const;
    bool operator==(const AgentStateThresholds &other) const = default;
};

// A supervisor's wallboard: the tiles in order, the TV layout, the queue group the charts and
// staffing show, and the agent-state thresholds. Saved per supervisor through
// DeskBackend::saveWallboardLayout.
struct WallboardLayout
{
    QList<WallboardTile> tiles;
    TvLayout tv;
    QStringList chartQueueIds; // empty: every customer queue
    AgentStateThresholds agentThresholds;

    // The standard tiles with the usual targets (service level from the queues' own target).
    static WallboardLayout defaults();
    // A tile with the KPI's usual target and alarm.
    static WallboardTile defaultTile(WallboardKpi kpi);

    QByteArray toJson() const;
    // Reads what toJson wrote; on error sets `error` to a sentence and returns nothing.
    static std::optional<WallboardLayout> fromJson(const QByteArray &json, QString *error = nullptr);
    // A tile id not used yet ("tile-<n>").
    QString newTileId() const;

    bool operator==(const WallboardLayout &other) const = default;
};

} // namespace ContactDesk
