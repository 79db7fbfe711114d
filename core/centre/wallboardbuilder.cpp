#include "wallboardbuilder.h"

#include "contactcentre.h"
#include "interactionstatistics.h"
#include "metrics/erlang.h"
#include "metrics/kpiengine.h"
#include "routing/clock.h"
#include "store/customerrepository.h"
#include "store/interactionrepository.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ContactDesk {

struct WallboardBuilder::AgentBaseline
{
    KpiCounters counters;
    AgentTime time;
};

namespace {

WallboardActivity activityOf(AgentActivity activity)
{
    switch (activity) {
    case AgentActivity::LoggedOut:
        return WallboardActivity::LoggedOut;
    case AgentActivity::Ready:
        return WallboardActivity::Ready;
    case AgentActivity::NotReady:
        return WallboardActivity::NotReady;
    case AgentActivity::AfterCallWork:
        return WallboardActivity::AfterCallWork;
    case AgentActivity::Busy:
        return WallboardActivity::Busy;
    }
    Q_UNREACHABLE();
}

// Counters minus an earlier reading of the same counters (agents' figures since midnight).
KpiCounters since(const KpiCounters &now, const KpiCounters &then)
{
    KpiCounters c = now;
    c.completed -= then.completed;
    c.talkMs -= then.talkMs;
    c.holdMs -= then.holdMs;
    c.afterCallWorkMs -= then.afterCallWorkMs;
    c.answered -= then.answered;
    return c;
}

AgentTime since(const AgentTime &now, const AgentTime &then)
{
    AgentTime t;
    t.handlingMs = now.handlingMs - then.handlingMs;
    t.readyIdleMs = now.readyIdleMs - then.readyIdleMs;
    t.notReadyIdleMs = now.notReadyIdleMs - then.notReadyIdleMs;
    return t;
}

std::optional<KpiContactFigure> ledgerFigure(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
    case WallboardFigure::CallbacksWaiting:
        return std::nullopt;
    case WallboardFigure::Offered:
        return KpiContactFigure::Offered;
    case WallboardFigure::Answered:
        return KpiContactFigure::Answered;
    case WallboardFigure::AnsweredLate:
        return KpiContactFigure::AnsweredLate;
    case WallboardFigure::Abandoned:
        return KpiContactFigure::Abandoned;
    case WallboardFigure::Blocked:
        return KpiContactFigure::Blocked;
    case WallboardFigure::Callbacks:
        return KpiContactFigure::Callbacks;
    case WallboardFigure::Completed:
        return KpiContactFigure::Completed;
    }
    return std::nullopt;
}

} // namespace

WallboardBuilder::WallboardBuilder(ContactCentre &centre)
    : m_centre(centre)
    , m_statistics(std::make_unique<InteractionStatistics>(centre.database()))
{}

WallboardBuilder::~WallboardBuilder() = default;

qint64 WallboardBuilder::dayStart(qint64 ms, int days)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms).date().addDays(days);
    return date.startOfDay().toMSecsSinceEpoch();
}

QStringList WallboardBuilder::groupOf(const QStringList &queueIds) const
{
    QStringList group;
    for (const Queue &queue : m_centre.queues()) {
        if (queueIds.isEmpty() || queueIds.contains(queue.id))
            group.append(queue.id);
    }
    return group;
}

const QStringList &WallboardBuilder::servedQueues(qint64 agentId, const SkillLevels &skills)
{
    auto it = m_served.find(agentId);
    if (it != m_served.end() && it->skills == skills)
        return it->queueIds;
    Served served;
    served.skills = skills;
    for (const Queue &queue : m_centre.queues()) {
        if (meetsRequirements(skills, queue.requiredSkills))
            served.queueIds.append(queue.id);
    }
    it = m_served.insert(agentId, served);
    return it->queueIds;
}

WallboardSnapshot WallboardBuilder::snapshot()
{
    const KpiEngine &kpi = m_centre.kpi();
    const RoutingEngine &engine = m_centre.engine();
    WallboardSnapshot snap;
    snap.nowMs = m_centre.clock().nowMs();
    snap.dayStartMs = dayStart(snap.nowMs);

    const QList<qint64> &agentIds = m_centre.agentIds();
    if (m_baselineDay != snap.dayStartMs) {
        // A new day: agents' figures start again from what they are now.
        const bool firstDay = m_baselineDay == 0 && m_centre.startedAtMs() >= snap.dayStartMs;
        m_baselineDay = snap.dayStartMs;
        m_baselines.clear();
        if (!firstDay) {
            for (qint64 agentId : agentIds) {
                const AgentKpis figures = kpi.agent(agentId, snap.nowMs);
                m_baselines.insert(agentId, AgentBaseline{figures.counters, figures.time});
            }
        }
    }

    QHash<QString, WallboardHeads *> heads;
    for (const Queue &queue : m_centre.queues()) {
        WallboardQueue row;
        row.queueId = queue.id;
        row.name = queue.name;
        row.channels = queue.channels;
        row.serviceLevelPercent = queue.serviceLevelPercent;
        row.serviceLevelSeconds = queue.serviceLevelSeconds;
        row.today = kpi.queueSummary(queue.id, snap.dayStartMs, snap.nowMs + 1);
        const QueueKpis live = kpi.queue(queue.id, snap.nowMs);
        row.waiting = live.waiting;
        row.longestWaitMs = live.longestWaitMs;
        row.today.maxWaitMs = std::max(row.today.maxWaitMs, live.longestWaitMs);
        row.estimatedWaitMs = engine.estimatedWaitMs(queue.id);
        for (qint64 id : engine.waitingContacts(queue.id)) {
            const RoutedContact *contact = engine.contact(id);
            if (contact && contact->callback)
                ++row.callbacksWaiting;
        }
        snap.queues.append(row);
    }
    for (WallboardQueue &row : snap.queues)
        heads.insert(row.queueId, &row.agents);

    snap.agents.reserve(agentIds.size());
    for (qint64 agentId : agentIds) {
        const Agent &agent = *m_centre.agentRecord(agentId);
        const AgentKpis figures = kpi.agent(agent.id, snap.nowMs);
        WallboardAgent row;
        row.agentId = agent.id;
        row.name = agent.displayName;
        row.team = agent.team;
        row.skills = agent.skills();
        row.queueIds = servedQueues(agent.id, agent.skills());
        row.state = figures.state;
        row.activity = activityOf(figures.activity);
        row.reasonCode = figures.reasonCode;
        row.stateSinceMs = figures.stateSinceMs;
        row.activeContacts = figures.activeContacts;

        // The call the agent is on comes first; otherwise the first contact they handle.
        for (qint64 id : engine.agentContacts(agent.id)) {
            const RoutedContact *contact = engine.contact(id);
            if (!contact)
                continue;
            const InteractionState state = contact->interaction.state();
            const bool call = contact->interaction.channel == Channel::Voice
                              && (state == InteractionState::Connected || state == InteractionState::Held);
            if (row.contactId == 0 || call) {
                row.contactId = id;
                row.contactChannel = contact->interaction.channel;
                row.contactQueueId = contact->interaction.queueId;
            }
            if (call) {
                row.supervision = m_centre.supervisionOf(id);
                break;
            }
        }

        const AgentBaseline baseline = m_baselines.value(agent.id);
        const KpiCounters today = since(figures.counters, baseline.counters);
        const AgentTime time = since(figures.time, baseline.time);
        row.handledToday = today.completed;
        row.ahtSeconds = today.ahtSeconds();
        // Today's time as of the agent's last event, so that a row stays the same between events
        // (a server sends supervisors only the rows that changed); occupancy is it carried on to
        // now, which gives `time` again.
        row.timeAsOfMs = figures.accountedToMs;
        // (row.timeToday is still zero here: this is the time since the event alone.)
        row.timeToday = since(time, wallboardAgentTime(row, snap.nowMs));
        Q_ASSERT(wallboardAgentTime(row, snap.nowMs) == time);
        row.occupancy = time.occupancy();
        snap.handlingMs += time.handlingMs;
        snap.readyIdleMs += time.readyIdleMs;
        snap.notReadyIdleMs += time.notReadyIdleMs;

        for (const QString &queueId : row.queueIds) {
            WallboardHeads *count = heads.value(queueId);
            if (!count)
                continue;
            switch (row.activity) {
            case WallboardActivity::LoggedOut:
                break;
            case WallboardActivity::Ready:
                ++count->ready;
                break;
            case WallboardActivity::Busy:
                ++count->busy;
                break;
            case WallboardActivity::AfterCallWork:
                ++count->afterCallWork;
                break;
            case WallboardActivity::NotReady:
                ++count->notReady;
                break;
            }
        }
        snap.agents.append(row);
    }
    return snap;
}

StoreResult<WallboardIntraday> WallboardBuilder::intraday(const QStringList &queueIds)
{
    const KpiEngine &kpi = m_centre.kpi();
    const qint64 now = m_centre.clock().nowMs();
    WallboardIntraday day;
    day.dayStartMs = dayStart(now);
    day.queueIds = queueIds;
    const qint64 dayEnd = dayStart(now, 1);
    const QStringList group = groupOf(queueIds);

    // The strictest target among the group's queues.
    QHash<QString, InteractionStatistics::QueueThresholds> thresholds;
    bool first = true;
    for (const Queue &queue : m_centre.queues()) {
        thresholds.insert(queue.id, {queue.serviceLevelSeconds, queue.shortAbandonSeconds});
        if (!group.contains(queue.id))
            continue;
        if (first) {
            day.serviceLevelPercent = queue.serviceLevelPercent;
            day.serviceLevelSeconds = queue.serviceLevelSeconds;
            first = false;
        } else {
            day.serviceLevelPercent = std::max(day.serviceLevelPercent, queue.serviceLevelPercent);
            day.serviceLevelSeconds = std::min(day.serviceLevelSeconds, queue.serviceLevelSeconds);
        }
    }
    const QStringList excluded{ContactCentre::ConsultQueueId};
    const int count = int((dayEnd - day.dayStartMs) / KpiEngine::IntervalMs);
    day.intervals.resize(count);
    for (int i = 0; i < count; ++i) {
        WallboardInterval &interval = day.intervals[i];
        interval.startMs = day.dayStartMs + qint64(i) * KpiEngine::IntervalMs;
        interval.past = interval.startMs + KpiEngine::IntervalMs <= now;
        interval.current = !interval.past && interval.startMs <= now;
    }
    if (group.isEmpty())
        return day;

    // What the live centre saw, and the store for the part of the day before it started.
    for (const QString &queueId : group) {
        const QList<IntervalKpis> live = kpi.queueIntervals(queueId, day.dayStartMs, now + 1);
        for (const IntervalKpis &interval : live) {
            const qint64 index = (interval.startMs - day.dayStartMs) / KpiEngine::IntervalMs;
            if (index >= 0 && index < count)
                day.intervals[index].counters.add(interval.counters);
        }
    }
    const qint64 liveFrom = KpiEngine::intervalStart(std::max(m_centre.startedAtMs(), day.dayStartMs));
    if (liveFrom > day.dayStartMs) {
        auto history = m_statistics->buckets(group, excluded, day.dayStartMs, liveFrom, KpiEngine::IntervalMs,
                                             thresholds);
        if (!history)
            return history.error();
        for (qsizetype i = 0; i < history->size() && i < count; ++i) {
            day.intervals[i].counters = history->at(i);
            day.intervals[i].fromHistory = true;
        }
    }
    for (const IntervalKpis &interval : kpi.intervals(day.dayStartMs, now + 1, now)) {
        const qint64 index = (interval.startMs - day.dayStartMs) / KpiEngine::IntervalMs;
        if (index < 0 || index >= count)
            continue;
        const qint64 length = std::min(now, interval.endMs) - interval.startMs;
        if (length <= 0)
            continue;
        day.intervals[index].staffedAgents = double(interval.agentTime.loggedInMs()) / double(length);
        day.intervals[index].readyAgents =
            double(interval.agentTime.handlingMs + interval.agentTime.readyIdleMs) / double(length);
    }

    // The forecast: the same interval on the same weekday of past weeks that had traffic.
    QList<double> forecast(count, 0.0);
    QList<qint64> handleMs(count, 0);
    QList<qint64> handled(count, 0);
    qint64 patienceWaitMs = 0;
    qint64 abandons = 0;
    for (int week = 1; week <= ForecastWeeks; ++week) {
        const qint64 from = dayStart(now, -7 * week);
        const qint64 to = dayStart(now, -7 * week + 1);
        auto past = m_statistics->buckets(group, excluded, from, to, KpiEngine::IntervalMs, thresholds);
        if (!past)
            return past.error();
        bool any = false;
        for (qsizetype i = 0; i < past->size() && i < count; ++i) {
            const KpiCounters &c = past->at(i);
            forecast[i] += double(c.offered);
            handleMs[i] += c.talkMs + c.holdMs + c.afterCallWorkMs;
            handled[i] += c.completed;
            patienceWaitMs += c.answerWaitMs + c.abandonWaitMs;
            abandons += c.abandoned;
            any = any || c.offered > 0;
        }
        if (any)
            ++day.weeksInForecast;
    }
    for (const WallboardInterval &interval : std::as_const(day.intervals)) {
        patienceWaitMs += interval.counters.answerWaitMs + interval.counters.abandonWaitMs;
        abandons += interval.counters.abandoned;
    }
    // Patience is exponential in Erlang A: its mean is the time customers were seen waiting
    // (answered or not) divided by the abandons.
    if (abandons >= PatienceMinimumAbandons)
        day.patienceSeconds = double(patienceWaitMs) / 1000.0 / double(abandons);

    Erlang::StaffingGoal goal;
    goal.serviceLevel = day.serviceLevelPercent / 100.0;
    for (int i = 0; i < count; ++i) {
        WallboardInterval &interval = day.intervals[i];
        if (day.weeksInForecast > 0)
            interval.forecastOffered = forecast[i] / day.weeksInForecast;
        interval.forecastAhtSeconds =
            handled[i] > 0 ? double(handleMs[i]) / 1000.0 / double(handled[i]) : 0.0;

        double arrivals = interval.past ? double(interval.counters.offered) : interval.forecastOffered;
        if (interval.current)
            arrivals = std::max(arrivals, double(interval.counters.offered));
        double aht = interval.past ? interval.counters.ahtSeconds().value_or(0.0) : 0.0;
        if (aht <= 0)
            aht = interval.forecastAhtSeconds > 0 ? interval.forecastAhtSeconds : DefaultAhtSeconds;
        if (arrivals <= 0)
            continue;
        Erlang::Input input;
        input.arrivals = arrivals;
        input.intervalSeconds = double(KpiEngine::IntervalMs) / 1000.0;
        input.ahtSeconds = aht;
        input.targetSeconds = day.serviceLevelSeconds;
        const Erlang::Staffing c = Erlang::requiredAgents(input, goal);
        if (!c.error)
            interval.requiredErlangC = c.requiredAgents;
        if (day.patienceSeconds && *day.patienceSeconds > 0) {
            input.patienceSeconds = *day.patienceSeconds;
            const Erlang::Staffing a = Erlang::requiredAgents(input, goal);
            if (!a.error)
                interval.requiredErlangA = a.requiredAgents;
        }
    }
    return day;
}

StoreResult<QList<WallboardDayTotal>> WallboardBuilder::trend(const QStringList &queueIds, int days)
{
    QList<WallboardDayTotal> list;
    const QStringList group = groupOf(queueIds);
    if (days <= 0 || group.isEmpty())
        return list;
    QHash<QString, InteractionStatistics::QueueThresholds> thresholds;
    for (const Queue &queue : m_centre.queues())
        thresholds.insert(queue.id, {queue.serviceLevelSeconds, queue.shortAbandonSeconds});
    const qint64 now = m_centre.clock().nowMs();
    for (int back = std::min(days, 92); back >= 1; --back) {
        WallboardDayTotal total;
        total.dayStartMs = dayStart(now, -back);
        const qint64 end = dayStart(now, -back + 1);
        auto buckets = m_statistics->buckets(group, {ContactCentre::ConsultQueueId}, total.dayStartMs, end,
                                             end - total.dayStartMs, thresholds);
        if (!buckets)
            return buckets.error();
        for (const KpiCounters &c : std::as_const(*buckets))
            total.counters.add(c);
        list.append(total);
    }
    return list;
}

StoreResult<QList<WallboardContact>> WallboardBuilder::drillDown(const WallboardDrillDown &request)
{
    const KpiEngine &kpi = m_centre.kpi();
    const qint64 now = m_centre.clock().nowMs();
    QList<qint64> ids;
    for (const QString &queueId : groupOf(request.queueIds)) {
        if (const auto figure = ledgerFigure(request.figure)) {
            ids += kpi.contactsBehind(queueId, *figure, request.fromMs, request.toMs);
        } else if (request.figure == WallboardFigure::CallbacksWaiting) {
            // The snapshot's count: the queue's waiting contacts that are callbacks.
            for (qint64 id : m_centre.engine().waitingContacts(queueId)) {
                const RoutedContact *contact = m_centre.engine().contact(id);
                if (contact && contact->callback)
                    ids.append(id);
            }
        } else {
            ids += kpi.waitingContacts(queueId);
        }
    }

    InteractionRepository interactions(m_centre.database());
    CustomerRepository customers(m_centre.database());
    QHash<qint64, QString> customerNames;
    QList<WallboardContact> list;
    list.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        WallboardContact row;
        row.interactionId = id;
        auto stored = interactions.findById(id);
        if (!stored && !stored.isNotFound())
            return stored.error();
        if (stored) {
            const Interaction &interaction = stored.value();
            row.channel = interaction.channel;
            row.queueId = interaction.queueId;
            row.state = interaction.state();
            row.customerId = interaction.customerId;
            row.agentId = interaction.agentId;
            row.arrivedMs = interaction.times().createdMs;
            row.subject = interaction.subject;
        }
        if (const auto live = m_centre.contact(id)) {
            row.channel = live->channel;
            row.queueId = live->queueId;
            row.state = live->state;
            row.customerId = live->customerId;
            row.customerName = live->customerName;
            row.agentId = live->agentId;
            row.subject = live->subject;
            if (live->state == InteractionState::Queued || live->state == InteractionState::CallbackRequested
                || live->state == InteractionState::Offered) {
                const qint64 since = live->times.queuedMs > 0 ? live->times.queuedMs : live->times.createdMs;
                row.waitMs = std::max<qint64>(0, now - since);
            }
        }
        if (row.customerName.isEmpty() && row.customerId > 0) {
            auto name = customerNames.constFind(row.customerId);
            if (name == customerNames.constEnd()) {
                auto customer = customers.findById(row.customerId);
                name = customerNames.insert(row.customerId, customer ? customer->displayName() : QString());
            }
            row.customerName = *name;
        }
        if (row.agentId > 0) {
            if (const auto agent = m_centre.agent(row.agentId))
                row.agentName = agent->displayName;
        }
        list.append(row);
    }
    return list;
}

} // namespace ContactDesk
