#pragma once

#include "kpicounters.h"
#include "kpifeed.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ContactDesk {

// What an agent is doing, as the wallboard counts heads. Exactly one applies: logged out, else
// After-Call Work, else busy (has an active contact), else Ready or Not Ready.
enum class AgentActivity
{
    LoggedOut,
    Ready,
    NotReady,
    AfterCallWork,
    Busy,
};

struct AgentStateCounts
{
    int loggedOut = 0;
    int ready = 0;
    int notReady = 0;
    int afterCallWork = 0;
    int busy = 0;

    int loggedIn() const;
    bool operator==(const AgentStateCounts &other) const = default;
};

struct QueueKpis
{
    QString queueId;
    int serviceLevelSeconds = 0;
    int shortAbandonSeconds = 0;
    KpiCounters counters;     // since the engine started; counters.maxWaitMs includes waiting contacts
    int waiting = 0;          // queue depth now
    qint64 longestWaitMs = 0; // age of the oldest waiting contact now; 0 when none waits
};

struct ChannelKpis
{
    Channel channel = Channel::Voice;
    KpiCounters counters;
    int waiting = 0;
    qint64 longestWaitMs = 0;
};

struct AgentKpis
{
    qint64 agentId = 0;
    AgentState state = AgentState::LoggedOut;
    QString reasonCode;
    qint64 stateSinceMs = 0;
    int activeContacts = 0;
    AgentActivity activity = AgentActivity::LoggedOut;
    KpiCounters counters; // contacts this agent answered, completed and was rated for
    AgentTime time;       // up to the `nowMs` of the query
    // Agent time was summed up to here (the agent's last event); what `time` has after it went
    // to the activity's column.
    qint64 accountedToMs = 0;
};

// A contact figure of a queue, for listing the contacts behind it (KpiEngine::contactsBehind).
enum class KpiContactFigure
{
    Offered,
    Blocked,
    Callbacks,
    MovedOut,
    Answered,
    AnsweredInTarget,
    AnsweredLate, // answered after the service-level threshold
    Abandoned,
    Completed,
};

// All queues together, plus every agent.
struct OverallKpis
{
    KpiCounters counters;
    int waiting = 0;
    qint64 longestWaitMs = 0;
    AgentStateCounts agents;
    AgentTime agentTime;
};

// One 15-minute interval. Contact figures count in the interval the contact arrived in (see
// docs/KPIS.md); agent time is split at the interval boundaries.
struct IntervalKpis
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    KpiCounters counters;
    AgentTime agentTime; // empty in a single queue's series: agents are not tied to one queue
};

// The live KPI engine: fed by the routing engine through KpiFeed, one call per event, and read by
// the wallboard, the simulator and the server. Figures are kept incrementally per queue, channel,
// agent and 15-minute interval; nothing is recomputed from the database.
//
// Queries take the current time (`nowMs`) for the figures that grow while nothing happens: the
// age of the oldest waiting contact and the time of each agent's current state. Events must come
// in time order; first-contact-resolution windows close as events (or advanceTo) move time on.
//
// Memory stays bounded on long runs: contacts in progress, completed contacts inside the FCR
// window (for repeat detection) and `intervalRetention()` intervals per queue.
class KpiEngine final
    : public QObject
    , public KpiFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiEngine)

public:
    static constexpr qint64 IntervalMs = 15 * 60 * 1000;
    static constexpr qint64 DefaultFcrWindowMs = 7LL * 24 * 60 * 60 * 1000;
    static constexpr int DefaultIntervalRetention = 8 * 96; // eight days of intervals
    static constexpr int DefaultServiceLevelSeconds = 20;   // for queues never configured
    static constexpr int DefaultShortAbandonSeconds = 5;
    // Intervals for which the contacts behind each figure are kept (26 hours: a whole day, also one
    // the clocks go back on).
    static constexpr int DefaultLedgerRetention = 104;

    explicit KpiEngine(QObject *parent = nullptr);
    ~KpiEngine() override;

    // A repeat contact from the same customer within this window after completion undoes first-
    // contact resolution. Changing it affects contacts completed afterwards.
    void setFcrWindowMs(qint64 windowMs);
    qint64 fcrWindowMs() const;
    // How many 15-minute intervals each queue keeps (older ones are dropped).
    void setIntervalRetention(int intervals);
    int intervalRetention() const;

    // Moves time on without an event, closing the FCR windows that have passed (a wallboard timer
    // calls this; every event does it too).
    void advanceTo(qint64 nowMs);

    // The interval an instant falls in: a multiple of 15 minutes since the epoch, which is also a
    // quarter hour in every time zone in use (all offsets are multiples of 15 minutes).
    static qint64 intervalStart(qint64 ms);

    QStringList queueIds() const; // sorted
    QueueKpis queue(const QString &queueId, qint64 nowMs) const;
    QList<QueueKpis> queues(qint64 nowMs) const; // sorted by id
    ChannelKpis channel(Channel channel, qint64 nowMs) const;
    QList<ChannelKpis> channels(qint64 nowMs) const; // every channel, in enum order
    AgentKpis agent(qint64 agentId, qint64 nowMs) const;
    QList<AgentKpis> agents(qint64 nowMs) const; // every agent seen, sorted by id
    AgentStateCounts agentStates() const;
    OverallKpis overall(qint64 nowMs) const;

    // Consecutive intervals starting in [intervalStart(fromMs), toMs), empty ones included (the
    // intraday series the wallboard charts). At most intervalRetention() of them, the latest.
    QList<IntervalKpis> intervals(qint64 fromMs, qint64 toMs, qint64 nowMs) const;
    QList<IntervalKpis> queueIntervals(const QString &queueId, qint64 fromMs, qint64 toMs) const;
    // One queue's intervals in [intervalStart(fromMs), toMs) added up, without listing them.
    KpiCounters queueSummary(const QString &queueId, qint64 fromMs, qint64 toMs) const;
    // The intervals in [intervalStart(fromMs), toMs) added up ("today so far").
    IntervalKpis summary(qint64 fromMs, qint64 toMs, qint64 nowMs) const;

    // The contacts counted in `figure` of a queue over the intervals starting in
    // [intervalStart(fromMs), toMs), in the order they were counted: as many as the figure of
    // queueIntervals() over the same range (a contact counted twice in one interval, e.g.
    // transferred back to its queue, is listed once). Kept for ledgerRetention() intervals.
    QList<qint64> contactsBehind(const QString &queueId, KpiContactFigure figure, qint64 fromMs,
                                 qint64 toMs) const;
    // The contacts waiting in a queue now, longest waiting first.
    QList<qint64> waitingContacts(const QString &queueId) const;
    void setLedgerRetention(int intervals);
    int ledgerRetention() const;

    // Events that contradicted what the engine knew (answering a contact that is not waiting,
    // a CSAT of 7 ...) are refused without touching any figure.
    qint64 rejectedEvents() const;
    QString lastRejection() const;

    // KpiFeed
    void queueConfigured(const QString &queueId, int serviceLevelSeconds, int shortAbandonSeconds) override;
    void contactQueued(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                       qint64 atMs) override;
    void contactBlocked(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                        qint64 atMs) override;
    void callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs) override;
    void contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId, qint64 waitMs,
                         qint64 atMs) override;
    void contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs, qint64 atMs) override;
    void contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs) override;
    void contactCompleted(qint64 interactionId, const QString &queueId, Channel channel, qint64 agentId,
                          qint64 customerId, qint64 talkMs, qint64 holdMs, qint64 afterCallWorkMs,
                          bool resolvedFlag, qint64 atMs) override;
    void csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                      qint64 atMs) override;
    void agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode, qint64 atMs) override;
    void agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs) override;

signals:
    // After every accepted event (and when advanceTo closes FCR windows). Cheap to emit; a view
    // that redraws should throttle, e.g. with a QTimer.
    void changed();
    void eventRejected(const QString &reason);

private:
    void reject(const QString &reason);

    struct State;
    std::unique_ptr<State> d;
};

} // namespace ContactDesk
