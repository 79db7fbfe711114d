#pragma once

#include "agentdesk.h"
#include "domain/agent.h"
#include "domain/channel.h"
#include "domain/interaction.h"
#include "domain/skill.h"
#include "metrics/kpicounters.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

// Value types of the supervisor's part of DeskBackend: the live wallboard, its intraday series
// with staffing, the daily trend, drill-downs and the supervisor's saved layout. Plain data, like
// agentdesk.h, so a remote backend puts them on the wire as they are. KpiCounters (from
// metrics/kpicounters.h) is plain additive counts; every rate is derived from it the same way
// everywhere (docs/KPIS.md).

// What an agent is doing as the wallboard counts heads (see KpiEngine's AgentActivity).
enum class WallboardActivity
{
    LoggedOut,
    Ready,
    NotReady,
    AfterCallWork,
    Busy,
};

QString wallboardActivityKey(WallboardActivity activity); // "logged-out", "ready", ...

struct WallboardHeads
{
    int ready = 0;
    int busy = 0;
    int afterCallWork = 0;
    int notReady = 0;
    int loggedIn() const { return ready + busy + afterCallWork + notReady; }
    bool operator==(const WallboardHeads &other) const = default;
};

// One customer queue now and today (since local midnight, as far as the live centre has seen).
struct WallboardQueue
{
    QString queueId;
    QString name;
    QList<Channel> channels;
    int serviceLevelPercent = 80; // the queue's target: this share ...
    int serviceLevelSeconds = 20; // ... answered within this many seconds
    KpiCounters today;
    int waiting = 0;
    qint64 longestWaitMs = 0; // oldest waiting contact now
    qint64 estimatedWaitMs =
        0; // what a new arrival would wait (the engine's estimate); -1: nobody staffs the queue
    int callbacksWaiting = 0; // callbacks asked for and not yet connected
    WallboardHeads agents;    // agents who have every skill the queue requires

    bool operator==(const WallboardQueue &other) const = default;
};

struct WallboardAgent
{
    qint64 agentId = 0;
    QString name;
    QString team;
    SkillLevels skills;
    QStringList queueIds; // the customer queues the agent can serve (has every required skill)
    AgentState state = AgentState::LoggedOut;
    WallboardActivity activity = WallboardActivity::LoggedOut;
    QString reasonCode;
    qint64 stateSinceMs = 0;
    // The contact the agent is on (the first, when several), 0 when none.
    qint64 contactId = 0;
    Channel contactChannel = Channel::Voice;
    QString contactQueueId;
    int activeContacts = 0;
    SupervisionMode supervision = SupervisionMode::None; // on the agent's voice contact
    qint64 handledToday = 0;                             // completed today
    std::optional<double> ahtSeconds;                    // today
    // Today's agent time up to timeAsOfMs (the agent's last event); the time since then went to
    // what the agent is doing (see wallboardAgentTime). Unlike occupancy, these stay as they are
    // between the agent's events.
    AgentTime timeToday;
    qint64 timeAsOfMs = 0;
    std::optional<double> occupancy; // today, 0..1, at the snapshot's nowMs

    bool operator==(const WallboardAgent &other) const = default;
};

// The agent's time today at `nowMs` (not before timeAsOfMs): timeToday, and the time since
// timeAsOfMs in the activity's column (busy and wrap-up: handling; Ready: ready idle; Not Ready:
// not-ready idle; logged out: none), as the KPI engine counts it.
AgentTime wallboardAgentTime(const WallboardAgent &agent, qint64 nowMs);

// The live wallboard: every customer queue and every agent, at `nowMs`.
struct WallboardSnapshot
{
    qint64 nowMs = 0;
    qint64 dayStartMs = 0;        // local midnight the "today" figures start at
    QList<WallboardQueue> queues; // by id
    QList<WallboardAgent> agents; // by id
    // Agent time today over everyone (occupancy belongs to agents, not to a queue).
    qint64 handlingMs = 0;
    qint64 readyIdleMs = 0;
    qint64 notReadyIdleMs = 0;

    bool operator==(const WallboardSnapshot &other) const = default;
};

// One 15-minute interval of today for a group of queues: what happened, what was forecast and
// how many agents the traffic needed (Erlang C, and Erlang A once patience is known).
struct WallboardInterval
{
    qint64 startMs = 0;
    bool past = false;          // ended before now
    bool current = false;       // now falls in it
    KpiCounters counters;       // the live centre's figures (zero for future intervals)
    bool fromHistory = false;   // before the live centre started: figures read from the store
    double forecastOffered = 0; // mean of the same interval on the same weekday of past weeks
    double forecastAhtSeconds = 0;
    double staffedAgents = 0;           // logged-in agent time / interval length (all agents)
    double readyAgents = 0;             // handling or Ready time / interval length
    int requiredErlangC = 0;            // for the traffic (actual when past, forecast ahead) at the target
    std::optional<int> requiredErlangA; // when the group's patience is known

    bool operator==(const WallboardInterval &other) const = default;
};

struct WallboardIntraday
{
    qint64 dayStartMs = 0;
    QStringList queueIds;         // the group asked for (empty: every customer queue)
    int serviceLevelPercent = 80; // the group's target (offered-weighted across its queues)
    int serviceLevelSeconds = 20;
    std::optional<double> patienceSeconds; // estimated from today's and past abandons
    int weeksInForecast = 0;               // same weekdays that had data
    QList<WallboardInterval> intervals;    // 96 (fewer on a day the clocks change)

    bool operator==(const WallboardIntraday &other) const = default;
};

// One past day's totals for a group of queues, from the store.
struct WallboardDayTotal
{
    qint64 dayStartMs = 0;
    KpiCounters counters;

    bool operator==(const WallboardDayTotal &other) const = default;
};

// A figure a drill-down lists the contacts behind.
enum class WallboardFigure
{
    Waiting, // waiting now
    Offered,
    Answered,
    AnsweredLate, // answered after the service-level threshold
    Abandoned,
    Blocked,
    Callbacks, // asked for a callback today
    Completed,
    CallbacksWaiting, // callbacks asked for and not yet connected, now
};

QString wallboardFigureKey(WallboardFigure figure); // "waiting", "offered", ...
std::optional<WallboardFigure> wallboardFigureFromKey(QStringView key);

struct WallboardDrillDown
{
    QStringList queueIds; // empty: every customer queue
    WallboardFigure figure = WallboardFigure::Waiting;
    qint64 fromMs = 0; // the day (or interval) the figure covers; ignored for Waiting
    qint64 toMs = 0;

    bool operator==(const WallboardDrillDown &other) const = default;
};

// One contact behind a figure.
struct WallboardContact
{
    qint64 interactionId = 0;
    Channel channel = Channel::Voice;
    QString queueId;
    InteractionState state = InteractionState::Created;
    qint64 customerId = 0;
    QString customerName;
    qint64 agentId = 0;
    QString agentName;
    qint64 arrivedMs = 0;
    qint64 waitMs = 0; // so far, while not yet answered (waiting or being offered)
    QString subject;

    bool operator==(const WallboardContact &other) const = default;
};

} // namespace ContactDesk
