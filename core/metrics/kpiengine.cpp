#include "kpiengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace ContactDesk {

namespace {

// Waiting contacts ordered by when they started waiting, so the oldest is always first.
using WaitingSet = std::set<std::pair<qint64, qint64>>; // (wait start ms, interaction id)

struct QueueState
{
    int serviceLevelSeconds = KpiEngine::DefaultServiceLevelSeconds;
    int shortAbandonSeconds = KpiEngine::DefaultShortAbandonSeconds;
    KpiCounters counters;
    WaitingSet waiting;
    std::map<qint64, KpiCounters> intervals; // by interval start
};

struct ChannelState
{
    KpiCounters counters;
    WaitingSet waiting;
};

enum class TimeCategory
{
    None,
    Handling,
    ReadyIdle,
    NotReadyIdle,
};

struct AgentRecord
{
    AgentState state = AgentState::LoggedOut;
    QString reasonCode;
    qint64 stateSinceMs = 0;
    int activeContacts = 0;
    qint64 accountedToMs = 0; // agent time is summed up to here
    AgentTime time;
    KpiCounters counters;
};

// A contact between its first contactQueued and its end (answered and completed, abandoned,
// blocked or turned into a callback).
struct LiveContact
{
    QString queueId; // the queue it waits in, or was answered from
    std::optional<Channel> channel;
    qint64 customerId = 0;
    qint64 waitStartMs = 0;
    qint64 arrivalIntervalMs = 0; // interval it entered its current queue in
    bool waiting = false;
    bool answered = false;
};

// What one contact added to the figures of one queue and interval: the drill-down behind a
// figure lists the contacts whose mark for it is not zero.
struct ContactMarks
{
    qint16 offered = 0;
    qint16 blocked = 0;
    qint16 callbacks = 0;
    qint16 movedOut = 0;
    qint16 answered = 0;
    qint16 answeredInTarget = 0;
    qint16 abandoned = 0;
    qint16 completed = 0;

    void add(const KpiCounters &c)
    {
        offered = qint16(offered + c.offered);
        blocked = qint16(blocked + c.blocked);
        callbacks = qint16(callbacks + c.callbacks);
        movedOut = qint16(movedOut + c.movedOut);
        answered = qint16(answered + c.answered);
        answeredInTarget = qint16(answeredInTarget + c.answeredInTarget);
        abandoned = qint16(abandoned + c.abandoned);
        completed = qint16(completed + c.completed);
    }

    int of(KpiContactFigure figure) const
    {
        switch (figure) {
        case KpiContactFigure::Offered:
            return offered;
        case KpiContactFigure::Blocked:
            return blocked;
        case KpiContactFigure::Callbacks:
            return callbacks;
        case KpiContactFigure::MovedOut:
            return movedOut;
        case KpiContactFigure::Answered:
            return answered;
        case KpiContactFigure::AnsweredInTarget:
            return answeredInTarget;
        case KpiContactFigure::AnsweredLate:
            return answered - answeredInTarget;
        case KpiContactFigure::Abandoned:
            return abandoned;
        case KpiContactFigure::Completed:
            return completed;
        }
        return 0;
    }
};

// Per interval start, per queue: each contact's marks, in the order they were first counted.
using QueueLedger = std::vector<std::pair<qint64, ContactMarks>>;
struct LedgerInterval
{
    std::map<QString, QueueLedger> queues;
    QHash<QString, QHash<qint64, int>> index; // queue -> interaction -> position in its ledger
};

// A completed contact whose repeat-contact window is still open.
struct FcrEntry
{
    qint64 interactionId = 0;
    qint64 customerId = 0;
    qint64 completedAtMs = 0;
    qint64 windowMs = 0;
    QString queueId;
    Channel channel = Channel::Voice;
    qint64 agentId = 0;
    qint64 intervalMs = 0;
    bool flagged = false;
    bool repeated = false;
};

TimeCategory categoryOf(AgentState state, int activeContacts)
{
    if (state == AgentState::LoggedOut)
        return TimeCategory::None;
    if (activeContacts > 0 || state == AgentState::AfterCallWork)
        return TimeCategory::Handling;
    return state == AgentState::Ready ? TimeCategory::ReadyIdle : TimeCategory::NotReadyIdle;
}

AgentActivity activityOf(AgentState state, int activeContacts)
{
    switch (state) {
    case AgentState::LoggedOut:
        return AgentActivity::LoggedOut;
    case AgentState::AfterCallWork:
        return AgentActivity::AfterCallWork;
    case AgentState::Ready:
    case AgentState::NotReady:
        if (activeContacts > 0)
            return AgentActivity::Busy;
        return state == AgentState::Ready ? AgentActivity::Ready : AgentActivity::NotReady;
    }
    Q_UNREACHABLE();
}

void addTime(AgentTime &time, TimeCategory category, qint64 ms)
{
    switch (category) {
    case TimeCategory::None:
        return;
    case TimeCategory::Handling:
        time.handlingMs += ms;
        return;
    case TimeCategory::ReadyIdle:
        time.readyIdleMs += ms;
        return;
    case TimeCategory::NotReadyIdle:
        time.notReadyIdleMs += ms;
        return;
    }
}

// Calls visit(intervalStart, ms) for each 15-minute piece of [fromMs, toMs).
template <typename Visit>
void splitByInterval(qint64 fromMs, qint64 toMs, Visit visit)
{
    while (fromMs < toMs) {
        const qint64 start = KpiEngine::intervalStart(fromMs);
        const qint64 end = std::min(toMs, start + KpiEngine::IntervalMs);
        visit(start, end - fromMs);
        fromMs = end;
    }
}

qint64 longestWait(const WaitingSet &waiting, qint64 nowMs)
{
    if (waiting.empty())
        return 0;
    return std::max<qint64>(0, nowMs - waiting.begin()->first);
}

} // namespace

struct KpiEngine::State
{
    qint64 fcrWindowMs = DefaultFcrWindowMs;
    int retention = DefaultIntervalRetention;
    qint64 nowMs = std::numeric_limits<qint64>::min();
    qint64 prunedIntervalMs = std::numeric_limits<qint64>::min();

    std::map<QString, QueueState> queues;
    std::array<ChannelState, ChannelCount> channels;
    std::map<qint64, AgentRecord> agents;
    std::map<qint64, AgentTime> agentIntervals;
    QHash<qint64, LiveContact> live;
    int ledgerRetention = DefaultLedgerRetention;
    std::map<qint64, LedgerInterval> ledger; // by interval start

    std::deque<FcrEntry> fcr; // in completion order, which is also window-closing order
    qint64 fcrFirstSequence = 0;
    QHash<qint64, QList<qint64>> fcrByCustomer; // open entries' sequence numbers per customer
    QHash<qint64, qint64> fcrByInteraction;     // latest open entry per interaction (for CSAT)

    qint64 rejected = 0;
    QString lastRejection;

    qint64 horizonMs() const
    {
        if (nowMs == std::numeric_limits<qint64>::min())
            return nowMs;
        return intervalStart(nowMs) - qint64(retention - 1) * IntervalMs;
    }

    QueueState &queue(const QString &queueId) { return queues[queueId]; }

    qint64 ledgerHorizonMs() const
    {
        if (nowMs == std::numeric_limits<qint64>::min())
            return nowMs;
        return intervalStart(nowMs) - qint64(ledgerRetention - 1) * IntervalMs;
    }

    ContactMarks &mark(const QString &queueId, qint64 intervalMs, qint64 interactionId)
    {
        LedgerInterval &interval = ledger[intervalMs];
        QueueLedger &entries = interval.queues[queueId];
        QHash<qint64, int> &index = interval.index[queueId];
        const auto found = index.constFind(interactionId);
        if (found != index.constEnd())
            return entries[std::size_t(*found)].second;
        index.insert(interactionId, int(entries.size()));
        entries.emplace_back(interactionId, ContactMarks{});
        return entries.back().second;
    }

    ChannelState &channel(Channel channel) { return channels[std::size_t(channel)]; }

    AgentRecord &agent(qint64 agentId, qint64 atMs)
    {
        auto it = agents.find(agentId);
        if (it == agents.end()) {
            it = agents.emplace(agentId, AgentRecord{}).first;
            it->second.stateSinceMs = atMs;
            it->second.accountedToMs = atMs;
        }
        return it->second;
    }

    // Applies `apply` to every set of counters one contact figure belongs to. Buckets of
    // intervals already dropped are left alone.
    template <typename Apply>
    void count(const QString &queueId, std::optional<Channel> channelOfContact, std::optional<qint64> agentId,
               qint64 intervalMs, Apply apply, qint64 interactionId = 0)
    {
        QueueState &state = queue(queueId);
        apply(state.counters);
        if (intervalMs >= horizonMs())
            apply(state.intervals[intervalMs]);
        if (interactionId != 0 && intervalMs >= ledgerHorizonMs()) {
            KpiCounters delta;
            apply(delta);
            mark(queueId, intervalMs, interactionId).add(delta);
        }
        if (channelOfContact)
            apply(channel(*channelOfContact).counters);
        if (agentId)
            apply(agent(*agentId, nowMs).counters);
    }

    void countFcr(const FcrEntry &entry, void (*apply)(KpiCounters &))
    {
        count(entry.queueId, entry.channel, entry.agentId, entry.intervalMs, apply);
    }

    void stopWaiting(qint64 interactionId, const LiveContact &contact)
    {
        const auto key = std::make_pair(contact.waitStartMs, interactionId);
        queue(contact.queueId).waiting.erase(key);
        if (contact.channel)
            channel(*contact.channel).waiting.erase(key);
    }

    void startWaiting(qint64 interactionId, const LiveContact &contact)
    {
        const auto key = std::make_pair(contact.waitStartMs, interactionId);
        queue(contact.queueId).waiting.insert(key);
        if (contact.channel)
            channel(*contact.channel).waiting.insert(key);
    }

    void accrue(AgentRecord &record, qint64 toMs)
    {
        if (toMs <= record.accountedToMs)
            return;
        const TimeCategory category = categoryOf(record.state, record.activeContacts);
        if (category != TimeCategory::None) {
            addTime(record.time, category, toMs - record.accountedToMs);
            const qint64 horizon = horizonMs();
            splitByInterval(std::max(record.accountedToMs, horizon), toMs,
                            [&](qint64 start, qint64 ms) { addTime(agentIntervals[start], category, ms); });
        }
        record.accountedToMs = toMs;
    }

    // Agent time from the last event up to `nowMs`, which queries add without storing it.
    static AgentTime openTime(const AgentRecord &record, qint64 nowMs)
    {
        AgentTime time;
        if (nowMs > record.accountedToMs)
            addTime(time, categoryOf(record.state, record.activeContacts), nowMs - record.accountedToMs);
        return time;
    }

    // A new contact from a customer undoes the first-contact resolution of that customer's
    // completed contacts whose window is still open (a requeued interaction is not new).
    void noteRepeatContact(qint64 customerId, qint64 interactionId)
    {
        if (customerId <= 0)
            return;
        auto it = fcrByCustomer.find(customerId);
        if (it == fcrByCustomer.end())
            return;
        QList<qint64> kept;
        for (qint64 sequence : std::as_const(*it)) {
            FcrEntry &entry = fcr[std::size_t(sequence - fcrFirstSequence)];
            if (entry.interactionId == interactionId) {
                kept.append(sequence);
                continue;
            }
            entry.repeated = true;
            countFcr(entry, [](KpiCounters &c) { ++c.repeatContacts; });
            if (entry.flagged)
                countFcr(entry, [](KpiCounters &c) { --c.fcrProvisionalResolved; });
        }
        if (kept.isEmpty())
            fcrByCustomer.erase(it);
        else
            *it = kept;
    }

    bool closeFcrWindows()
    {
        bool closed = false;
        while (!fcr.empty() && fcr.front().completedAtMs + fcr.front().windowMs < nowMs) {
            const FcrEntry &entry = fcr.front();
            const bool resolved = entry.flagged && !entry.repeated;
            countFcr(entry, [](KpiCounters &c) { ++c.fcrFinalContacts; });
            if (resolved)
                countFcr(entry, [](KpiCounters &c) { ++c.fcrFinalResolved; });
            const qint64 sequence = fcrFirstSequence;
            if (auto it = fcrByCustomer.find(entry.customerId); it != fcrByCustomer.end()) {
                if (!it->isEmpty() && it->first() == sequence)
                    it->removeFirst();
                if (it->isEmpty())
                    fcrByCustomer.erase(it);
            }
            if (auto it = fcrByInteraction.find(entry.interactionId);
                it != fcrByInteraction.end() && *it == sequence) {
                fcrByInteraction.erase(it);
            }
            fcr.pop_front();
            ++fcrFirstSequence;
            closed = true;
        }
        return closed;
    }

    void pruneIntervals()
    {
        const qint64 current = intervalStart(nowMs);
        if (current <= prunedIntervalMs)
            return;
        prunedIntervalMs = current;
        const qint64 horizon = horizonMs();
        for (auto &[id, state] : queues)
            state.intervals.erase(state.intervals.begin(), state.intervals.lower_bound(horizon));
        agentIntervals.erase(agentIntervals.begin(), agentIntervals.lower_bound(horizon));
        ledger.erase(ledger.begin(), ledger.lower_bound(ledgerHorizonMs()));
    }

    // Moves time on; returns whether FCR windows closed.
    bool advance(qint64 atMs)
    {
        if (atMs <= nowMs)
            return false;
        nowMs = atMs;
        pruneIntervals();
        return closeFcrWindows();
    }

    // For figures of contacts the engine never saw queued (it started mid-stream).
    static qint64 arrivalIntervalFor(qint64 atMs, qint64 waitMs) { return intervalStart(atMs - waitMs); }
};

int AgentStateCounts::loggedIn() const
{
    return ready + notReady + afterCallWork + busy;
}

KpiEngine::KpiEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{}

KpiEngine::~KpiEngine() = default;

void KpiEngine::setFcrWindowMs(qint64 windowMs)
{
    d->fcrWindowMs = std::max<qint64>(0, windowMs);
}

qint64 KpiEngine::fcrWindowMs() const
{
    return d->fcrWindowMs;
}

void KpiEngine::setIntervalRetention(int intervals)
{
    d->retention = std::max(1, intervals);
    d->prunedIntervalMs = std::numeric_limits<qint64>::min();
    if (d->nowMs != std::numeric_limits<qint64>::min())
        d->pruneIntervals();
}

int KpiEngine::intervalRetention() const
{
    return d->retention;
}

void KpiEngine::advanceTo(qint64 nowMs)
{
    if (d->advance(nowMs))
        emit changed();
}

qint64 KpiEngine::intervalStart(qint64 ms)
{
    return ms - ((ms % IntervalMs) + IntervalMs) % IntervalMs;
}

QStringList KpiEngine::queueIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(d->queues.size()));
    for (const auto &[id, state] : d->queues)
        ids.append(id);
    return ids;
}

QueueKpis KpiEngine::queue(const QString &queueId, qint64 nowMs) const
{
    QueueKpis kpis;
    kpis.queueId = queueId;
    const auto it = d->queues.find(queueId);
    if (it == d->queues.end()) {
        kpis.serviceLevelSeconds = DefaultServiceLevelSeconds;
        kpis.shortAbandonSeconds = DefaultShortAbandonSeconds;
        return kpis;
    }
    const QueueState &state = it->second;
    kpis.serviceLevelSeconds = state.serviceLevelSeconds;
    kpis.shortAbandonSeconds = state.shortAbandonSeconds;
    kpis.counters = state.counters;
    kpis.waiting = int(state.waiting.size());
    kpis.longestWaitMs = longestWait(state.waiting, nowMs);
    kpis.counters.maxWaitMs = std::max(kpis.counters.maxWaitMs, kpis.longestWaitMs);
    return kpis;
}

QList<QueueKpis> KpiEngine::queues(qint64 nowMs) const
{
    QList<QueueKpis> list;
    for (const auto &[id, state] : d->queues)
        list.append(queue(id, nowMs));
    return list;
}

ChannelKpis KpiEngine::channel(Channel channel, qint64 nowMs) const
{
    const ChannelState &state = d->channels[std::size_t(channel)];
    ChannelKpis kpis;
    kpis.channel = channel;
    kpis.counters = state.counters;
    kpis.waiting = int(state.waiting.size());
    kpis.longestWaitMs = longestWait(state.waiting, nowMs);
    kpis.counters.maxWaitMs = std::max(kpis.counters.maxWaitMs, kpis.longestWaitMs);
    return kpis;
}

QList<ChannelKpis> KpiEngine::channels(qint64 nowMs) const
{
    QList<ChannelKpis> list;
    for (Channel each : allChannels())
        list.append(channel(each, nowMs));
    return list;
}

AgentKpis KpiEngine::agent(qint64 agentId, qint64 nowMs) const
{
    AgentKpis kpis;
    kpis.agentId = agentId;
    const auto it = d->agents.find(agentId);
    if (it == d->agents.end())
        return kpis;
    const AgentRecord &record = it->second;
    kpis.state = record.state;
    kpis.reasonCode = record.reasonCode;
    kpis.stateSinceMs = record.stateSinceMs;
    kpis.activeContacts = record.activeContacts;
    kpis.activity = activityOf(record.state, record.activeContacts);
    kpis.counters = record.counters;
    kpis.time = record.time;
    kpis.time.add(State::openTime(record, nowMs));
    kpis.accountedToMs = std::min(record.accountedToMs, nowMs);
    return kpis;
}

QList<AgentKpis> KpiEngine::agents(qint64 nowMs) const
{
    QList<AgentKpis> list;
    for (const auto &[id, record] : d->agents)
        list.append(agent(id, nowMs));
    return list;
}

AgentStateCounts KpiEngine::agentStates() const
{
    AgentStateCounts counts;
    for (const auto &[id, record] : d->agents) {
        switch (activityOf(record.state, record.activeContacts)) {
        case AgentActivity::LoggedOut:
            ++counts.loggedOut;
            break;
        case AgentActivity::Ready:
            ++counts.ready;
            break;
        case AgentActivity::NotReady:
            ++counts.notReady;
            break;
        case AgentActivity::AfterCallWork:
            ++counts.afterCallWork;
            break;
        case AgentActivity::Busy:
            ++counts.busy;
            break;
        }
    }
    return counts;
}

OverallKpis KpiEngine::overall(qint64 nowMs) const
{
    OverallKpis kpis;
    for (const auto &[id, state] : d->queues) {
        const QueueKpis one = queue(id, nowMs);
        kpis.counters.add(one.counters);
        kpis.waiting += one.waiting;
        kpis.longestWaitMs = std::max(kpis.longestWaitMs, one.longestWaitMs);
    }
    kpis.agents = agentStates();
    for (const auto &[id, record] : d->agents) {
        kpis.agentTime.add(record.time);
        kpis.agentTime.add(State::openTime(record, nowMs));
    }
    return kpis;
}

namespace {

// The consecutive intervals [first, first + count × 15 min) for a request, capped at the
// retention (keeping the latest).
std::pair<qint64, int> intervalRange(qint64 fromMs, qint64 toMs, int retention)
{
    const qint64 first = KpiEngine::intervalStart(fromMs);
    if (toMs <= first)
        return {first, 0};
    qint64 count = (toMs - first + KpiEngine::IntervalMs - 1) / KpiEngine::IntervalMs;
    qint64 start = first;
    if (count > retention) {
        start += (count - retention) * KpiEngine::IntervalMs;
        count = retention;
    }
    return {start, int(count)};
}

QList<IntervalKpis> emptyIntervals(qint64 start, int count)
{
    QList<IntervalKpis> list(count);
    for (int i = 0; i < count; ++i) {
        list[i].startMs = start + i * KpiEngine::IntervalMs;
        list[i].endMs = list[i].startMs + KpiEngine::IntervalMs;
    }
    return list;
}

void addQueueBuckets(QList<IntervalKpis> &list, qint64 start, const std::map<qint64, KpiCounters> &buckets)
{
    const qint64 end = start + list.size() * KpiEngine::IntervalMs;
    for (auto it = buckets.lower_bound(start); it != buckets.end() && it->first < end; ++it)
        list[(it->first - start) / KpiEngine::IntervalMs].counters.add(it->second);
}

} // namespace

QList<IntervalKpis> KpiEngine::intervals(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    const auto [start, count] = intervalRange(fromMs, toMs, d->retention);
    QList<IntervalKpis> list = emptyIntervals(start, count);
    if (count == 0)
        return list;
    const qint64 end = start + count * IntervalMs;
    for (const auto &[id, state] : d->queues)
        addQueueBuckets(list, start, state.intervals);
    for (auto it = d->agentIntervals.lower_bound(start); it != d->agentIntervals.end() && it->first < end;
         ++it)
        list[(it->first - start) / IntervalMs].agentTime.add(it->second);
    for (const auto &[id, record] : d->agents) {
        const TimeCategory category = categoryOf(record.state, record.activeContacts);
        if (category == TimeCategory::None)
            continue;
        splitByInterval(std::max(record.accountedToMs, start), std::min(nowMs, end),
                        [&, start = start](qint64 at, qint64 ms) {
                            addTime(list[(at - start) / IntervalMs].agentTime, category, ms);
                        });
    }
    return list;
}

QList<IntervalKpis> KpiEngine::queueIntervals(const QString &queueId, qint64 fromMs, qint64 toMs) const
{
    const auto [start, count] = intervalRange(fromMs, toMs, d->retention);
    QList<IntervalKpis> list = emptyIntervals(start, count);
    if (const auto it = d->queues.find(queueId); it != d->queues.end() && count > 0)
        addQueueBuckets(list, start, it->second.intervals);
    return list;
}

KpiCounters KpiEngine::queueSummary(const QString &queueId, qint64 fromMs, qint64 toMs) const
{
    KpiCounters total;
    const auto it = d->queues.find(queueId);
    if (it == d->queues.end())
        return total;
    const auto &buckets = it->second.intervals;
    for (auto bucket = buckets.lower_bound(intervalStart(fromMs));
         bucket != buckets.end() && bucket->first < toMs; ++bucket)
        total.add(bucket->second);
    return total;
}

IntervalKpis KpiEngine::summary(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    const QList<IntervalKpis> list = intervals(fromMs, toMs, nowMs);
    IntervalKpis total;
    total.startMs = list.isEmpty() ? intervalStart(fromMs) : list.first().startMs;
    total.endMs = list.isEmpty() ? total.startMs : list.last().endMs;
    for (const IntervalKpis &one : list) {
        total.counters.add(one.counters);
        total.agentTime.add(one.agentTime);
    }
    return total;
}

QList<qint64> KpiEngine::contactsBehind(const QString &queueId, KpiContactFigure figure, qint64 fromMs,
                                        qint64 toMs) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (auto it = d->ledger.lower_bound(intervalStart(fromMs)); it != d->ledger.end() && it->first < toMs;
         ++it) {
        const auto queue = it->second.queues.find(queueId);
        if (queue == it->second.queues.end())
            continue;
        for (const auto &[interactionId, marks] : queue->second) {
            if (marks.of(figure) > 0 && !seen.contains(interactionId)) {
                seen.insert(interactionId);
                ids.append(interactionId);
            }
        }
    }
    return ids;
}

QList<qint64> KpiEngine::waitingContacts(const QString &queueId) const
{
    QList<qint64> ids;
    const auto it = d->queues.find(queueId);
    if (it == d->queues.end())
        return ids;
    for (const auto &[since, interactionId] : it->second.waiting)
        ids.append(interactionId);
    return ids;
}

void KpiEngine::setLedgerRetention(int intervals)
{
    d->ledgerRetention = std::max(1, intervals);
    if (d->nowMs != std::numeric_limits<qint64>::min())
        d->ledger.erase(d->ledger.begin(), d->ledger.lower_bound(d->ledgerHorizonMs()));
}

int KpiEngine::ledgerRetention() const
{
    return d->ledgerRetention;
}

qint64 KpiEngine::rejectedEvents() const
{
    return d->rejected;
}

QString KpiEngine::lastRejection() const
{
    return d->lastRejection;
}

namespace {

QString describe(qint64 interactionId)
{
    return QStringLiteral("interaction %1").arg(interactionId);
}

} // namespace

void KpiEngine::reject(const QString &reason)
{
    ++d->rejected;
    d->lastRejection = reason;
    emit eventRejected(reason);
}

// Every handler checks its input before changing anything and returns through reject(), so a
// refused event leaves every figure as it was.
void KpiEngine::queueConfigured(const QString &queueId, int serviceLevelSeconds, int shortAbandonSeconds)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("queueConfigured: empty queue id"));
    if (serviceLevelSeconds < 0 || shortAbandonSeconds < 0)
        return reject(QStringLiteral("queueConfigured: negative threshold for queue '%1'").arg(queueId));
    QueueState &state = d->queue(queueId);
    state.serviceLevelSeconds = serviceLevelSeconds;
    state.shortAbandonSeconds = shortAbandonSeconds;
    emit changed();
}

void KpiEngine::contactQueued(qint64 interactionId, const QString &queueId, Channel channel,
                              qint64 customerId, qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("contactQueued: empty queue id for %1").arg(describe(interactionId)));
    auto it = d->live.find(interactionId);
    if (it != d->live.end() && it->waiting) {
        return reject(QStringLiteral("contactQueued: %1 already waits in queue '%2'") .arg(
            describe(interactionId), it->queueId));
    }
    d->advance(atMs);
    if (it == d->live.end()) {
        d->noteRepeatContact(customerId, interactionId);
        it = d->live.insert(interactionId, LiveContact{});
        it->waitStartMs = atMs;
    } else if (it->answered) {
        // Transferred after an answer: a new wait starts.
        it->waitStartMs = atMs;
        it->answered = false;
    }
    it->queueId = queueId;
    it->channel = channel;
    it->customerId = customerId;
    it->arrivalIntervalMs = intervalStart(atMs);
    it->waiting = true;
    d->startWaiting(interactionId, *it);
    d->count(
        queueId, channel, std::nullopt, it->arrivalIntervalMs, [](KpiCounters &c) { ++c.offered; },
        interactionId);
    emit changed();
}

void KpiEngine::contactBlocked(qint64 interactionId, const QString &queueId, Channel channel,
                               qint64 customerId, qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("contactBlocked: empty queue id for %1").arg(describe(interactionId)));
    const auto it = d->live.find(interactionId);
    if (it != d->live.end() && it->waiting) {
        return reject(QStringLiteral("contactBlocked: %1 already waits in queue '%2'") .arg(
            describe(interactionId), it->queueId));
    }
    d->advance(atMs);
    if (it == d->live.end())
        d->noteRepeatContact(customerId, interactionId);
    else
        d->live.erase(it); // overflowed into a full queue: the contact ends here
    d->count(
        queueId, channel, std::nullopt, intervalStart(atMs),
        [](KpiCounters &c) {
            ++c.offered;
            ++c.blocked;
        },
        interactionId);
    emit changed();
}

void KpiEngine::callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(
            QStringLiteral("callbackRequested: empty queue id for %1").arg(describe(interactionId)));
    const auto it = d->live.find(interactionId);
    if (it != d->live.end() && (!it->waiting || it->queueId != queueId)) {
        return reject(QStringLiteral("callbackRequested: %1 is not waiting in queue '%2'") .arg(
            describe(interactionId), queueId));
    }
    d->advance(atMs);
    std::optional<Channel> channel;
    qint64 interval = intervalStart(atMs);
    qint64 waited = 0;
    if (it != d->live.end()) {
        channel = it->channel;
        interval = it->arrivalIntervalMs;
        waited = std::max<qint64>(0, atMs - it->waitStartMs);
        d->stopWaiting(interactionId, *it);
        d->live.erase(it);
    }
    d->count(
        queueId, channel, std::nullopt, interval,
        [waited](KpiCounters &c) {
            ++c.callbacks;
            c.maxWaitMs = std::max(c.maxWaitMs, waited);
        },
        interactionId);
    emit changed();
}

void KpiEngine::contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId, qint64 waitMs,
                                qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("contactAnswered: empty queue id for %1").arg(describe(interactionId)));
    if (waitMs < 0)
        return reject(QStringLiteral("contactAnswered: negative wait for %1").arg(describe(interactionId)));
    auto it = d->live.find(interactionId);
    if (it != d->live.end() && (!it->waiting || it->queueId != queueId)) {
        return reject(QStringLiteral("contactAnswered: %1 is not waiting in queue '%2'") .arg(
            describe(interactionId), queueId));
    }
    d->advance(atMs);
    if (it == d->live.end()) {
        it = d->live.insert(interactionId, LiveContact{});
        it->queueId = queueId;
        it->waitStartMs = atMs - waitMs;
        it->arrivalIntervalMs = State::arrivalIntervalFor(atMs, waitMs);
    } else {
        d->stopWaiting(interactionId, *it);
    }
    it->waiting = false;
    it->answered = true;
    const bool inTarget = waitMs <= qint64(d->queue(queueId).serviceLevelSeconds) * 1000;
    d->count(
        queueId, it->channel, agentId, it->arrivalIntervalMs,
        [waitMs, inTarget](KpiCounters &c) {
            ++c.answered;
            c.answeredInTarget += inTarget ? 1 : 0;
            c.answerWaitMs += waitMs;
            c.maxWaitMs = std::max(c.maxWaitMs, waitMs);
        },
        interactionId);
    emit changed();
}

void KpiEngine::contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs, qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("contactAbandoned: empty queue id for %1").arg(describe(interactionId)));
    if (waitMs < 0)
        return reject(QStringLiteral("contactAbandoned: negative wait for %1").arg(describe(interactionId)));
    const auto it = d->live.find(interactionId);
    if (it != d->live.end() && (!it->waiting || it->queueId != queueId)) {
        return reject(QStringLiteral("contactAbandoned: %1 is not waiting in queue '%2'") .arg(
            describe(interactionId), queueId));
    }
    d->advance(atMs);
    std::optional<Channel> channel;
    qint64 interval = State::arrivalIntervalFor(atMs, waitMs);
    if (it != d->live.end()) {
        channel = it->channel;
        interval = it->arrivalIntervalMs;
        d->stopWaiting(interactionId, *it);
        d->live.erase(it);
    }
    const bool isShort = waitMs < qint64(d->queue(queueId).shortAbandonSeconds) * 1000;
    d->count(
        queueId, channel, std::nullopt, interval,
        [waitMs, isShort](KpiCounters &c) {
            ++c.abandoned;
            c.shortAbandoned += isShort ? 1 : 0;
            c.abandonWaitMs += waitMs;
            c.maxWaitMs = std::max(c.maxWaitMs, waitMs);
        },
        interactionId);
    emit changed();
}

void KpiEngine::contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs)
{
    const auto it = d->live.find(interactionId);
    if (it == d->live.end() || !it->waiting || it->queueId != queueId) {
        return reject(QStringLiteral("contactMovedOut: %1 is not waiting in queue '%2'") .arg(
            describe(interactionId), queueId));
    }
    d->advance(atMs);
    d->stopWaiting(interactionId, *it);
    it->waiting = false;
    d->count(
        queueId, it->channel, std::nullopt, it->arrivalIntervalMs, [](KpiCounters &c) { ++c.movedOut; },
        interactionId);
    emit changed();
}

void KpiEngine::contactCompleted(qint64 interactionId, const QString &queueId, Channel channel,
                                 qint64 agentId, qint64 customerId, qint64 talkMs, qint64 holdMs,
                                 qint64 afterCallWorkMs, bool resolvedFlag, qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("contactCompleted: empty queue id for %1").arg(describe(interactionId)));
    if (talkMs < 0 || holdMs < 0 || afterCallWorkMs < 0)
        return reject(
            QStringLiteral("contactCompleted: negative duration for %1").arg(describe(interactionId)));
    const auto it = d->live.find(interactionId);
    if (it != d->live.end() && it->waiting) {
        return reject(QStringLiteral("contactCompleted: %1 still waits in queue '%2'") .arg(
            describe(interactionId), it->queueId));
    }
    d->advance(atMs);
    qint64 interval = intervalStart(atMs);
    if (it != d->live.end()) {
        if (it->queueId == queueId)
            interval = it->arrivalIntervalMs;
        d->live.erase(it);
    }
    d->count(
        queueId, channel, agentId, interval,
        [&](KpiCounters &c) {
            ++c.completed;
            c.talkMs += talkMs;
            c.holdMs += holdMs;
            c.afterCallWorkMs += afterCallWorkMs;
            c.resolvedFlagged += resolvedFlag ? 1 : 0;
            c.fcrProvisionalResolved += resolvedFlag ? 1 : 0;
        },
        interactionId);

    FcrEntry entry;
    entry.interactionId = interactionId;
    entry.customerId = customerId;
    entry.completedAtMs = atMs;
    entry.windowMs = d->fcrWindowMs;
    entry.queueId = queueId;
    entry.channel = channel;
    entry.agentId = agentId;
    entry.intervalMs = interval;
    entry.flagged = resolvedFlag;
    const qint64 sequence = d->fcrFirstSequence + qint64(d->fcr.size());
    d->fcr.push_back(entry);
    if (customerId > 0)
        d->fcrByCustomer[customerId].append(sequence);
    d->fcrByInteraction.insert(interactionId, sequence);
    emit changed();
}

void KpiEngine::csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                             qint64 atMs)
{
    if (queueId.isEmpty())
        return reject(QStringLiteral("csatRecorded: empty queue id for %1").arg(describe(interactionId)));
    if (score < 1 || score > 5) {
        return reject(QStringLiteral("csatRecorded: score %1 for %2 is outside 1-5") .arg(score).arg(
            describe(interactionId)));
    }
    d->advance(atMs);
    std::optional<Channel> channel;
    qint64 interval = intervalStart(atMs);
    if (const auto it = d->fcrByInteraction.constFind(interactionId); it != d->fcrByInteraction.constEnd()) {
        const FcrEntry &entry = d->fcr[std::size_t(*it - d->fcrFirstSequence)];
        channel = entry.channel;
        if (entry.queueId == queueId)
            interval = entry.intervalMs;
    }
    d->count(queueId, channel, agentId, interval, [score](KpiCounters &c) {
        ++c.csatResponses;
        c.csatSatisfied += score >= 4 ? 1 : 0;
        c.csatScoreSum += score;
    });
    emit changed();
}

void KpiEngine::agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode, qint64 atMs)
{
    d->advance(atMs);
    AgentRecord &record = d->agent(agentId, atMs);
    d->accrue(record, atMs);
    if (record.state != state || record.reasonCode != reasonCode)
        record.stateSinceMs = atMs;
    record.state = state;
    record.reasonCode = reasonCode;
    if (state == AgentState::LoggedOut)
        record.activeContacts = 0;
    emit changed();
}

void KpiEngine::agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs)
{
    if (activeContacts < 0)
        return reject(QStringLiteral("agentWorkloadChanged: negative workload for agent %1").arg(agentId));
    d->advance(atMs);
    AgentRecord &record = d->agent(agentId, atMs);
    d->accrue(record, atMs);
    record.activeContacts = activeContacts;
    emit changed();
}

} // namespace ContactDesk
