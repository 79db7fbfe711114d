#include "simulator.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace ContactDesk {

namespace {

constexpr qint64 IntervalMs = 15 * 60 * 1000;
constexpr qint64 DrainLimitMs = 7LL * 86400 * 1000;

enum SimulatorPurpose : quint64
{
    HandlePurpose = 1,
    PatiencePurpose = 2,
    ChoicePurpose = 3,
    FirstArrivalPurpose = 100,
};

// Rounded so that the text of a report does not depend on the last bits of a double.
QJsonValue rounded(std::optional<double> value, double scale)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * scale) / scale;
}

QJsonObject countersJson(const KpiCounters &counters, std::optional<double> occupancy)
{
    QJsonObject object;
    object.insert(QStringLiteral("offered"), counters.offered);
    object.insert(QStringLiteral("answered"), counters.answered);
    object.insert(QStringLiteral("abandoned"), counters.abandoned);
    object.insert(QStringLiteral("short_abandoned"), counters.shortAbandoned);
    object.insert(QStringLiteral("blocked"), counters.blocked);
    object.insert(QStringLiteral("callbacks"), counters.callbacks);
    object.insert(QStringLiteral("answered_in_target"), counters.answeredInTarget);
    object.insert(QStringLiteral("service_level"), rounded(counters.serviceLevel(), 1e4));
    object.insert(QStringLiteral("asa_seconds"), rounded(counters.asaSeconds(), 1e3));
    object.insert(QStringLiteral("aht_seconds"), rounded(counters.ahtSeconds(), 1e3));
    object.insert(QStringLiteral("occupancy"), rounded(occupancy, 1e4));
    object.insert(QStringLiteral("max_wait_seconds"), rounded(double(counters.maxWaitMs) / 1000.0, 1e3));
    return object;
}

QString percentText(std::optional<double> value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + u'%' : QStringLiteral("-");
}

QString seconds(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

} // namespace

QJsonObject SimulationReport::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("seed"), double(seed));
    object.insert(QStringLiteral("start"),
                                 QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate));
    object.insert(QStringLiteral("duration_seconds"), durationSeconds);
    object.insert(QStringLiteral("agents"), agents);
    object.insert(QStringLiteral("decisions"), decisions);
    QJsonArray list;
    for (const SimulationQueueReport &queue : queues) {
        QJsonObject entry = countersJson(queue.counters, queue.occupancy);
        entry.insert(QStringLiteral("id"), queue.queueId);
        entry.insert(QStringLiteral("waiting_at_end"), queue.waitingAtEnd);
        list.append(entry);
    }
    object.insert(QStringLiteral("queues"), list);
    object.insert(QStringLiteral("total"), countersJson(total, occupancy));
    return object;
}

QString SimulationReport::toText() const
{
    QString text =
        QStringLiteral("Simulated %1 s from %2 with %3 agents (seed %4), %5 routing decisions\n\n")
                           .arg(durationSeconds)
                           .arg(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate))
                           .arg(agents)
                           .arg(seed)
                           .arg(decisions);
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n") .arg(
        QStringLiteral("queue"), -14)
            .arg(QStringLiteral("offered"), 9)
                     .arg(QStringLiteral("answered"), 9)
                              .arg(QStringLiteral("abandoned"), 9)
                                       .arg(QStringLiteral("SL"), 7)
                                                .arg(QStringLiteral("ASA s"), 8)
                                                         .arg(QStringLiteral("AHT s"), 8)
                                                                  .arg(QStringLiteral("occ."), 7)
                                                                           .arg(QStringLiteral("max wait s"),
                                                                                               10);
    const auto row = [&text](const QString &name, const KpiCounters &counters,
                             std::optional<double> occupancy) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                                   .arg(name, -14)
                                   .arg(counters.offered, 9)
                                   .arg(counters.answered, 9)
                                   .arg(counters.abandoned, 9)
                                   .arg(percentText(counters.serviceLevel()), 7)
                                   .arg(seconds(counters.asaSeconds()), 8)
                                   .arg(seconds(counters.ahtSeconds()), 8)
                                   .arg(percentText(occupancy), 7)
                                   .arg(seconds(double(counters.maxWaitMs) / 1000.0), 10);
    };
    for (const SimulationQueueReport &queue : queues)
        row(queue.queueId, queue.counters, queue.occupancy);
    row(QStringLiteral("(all)"), total, occupancy);
    return text;
}

Simulator::Simulator(const Scenario &scenario, Clock *clock)
    : m_scenario(scenario)
    , m_handleRandom(SimulationRandom::stream(scenario.seed, HandlePurpose))
    , m_patienceRandom(SimulationRandom::stream(scenario.seed, PatiencePurpose))
    , m_choiceRandom(SimulationRandom::stream(scenario.seed, ChoicePurpose))
{
    if (!clock) {
        m_ownClock = std::make_unique<VirtualClock>(scenario.startMs);
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_kpi = std::make_unique<KpiEngine>();
    m_engine = std::make_unique<RoutingEngine>(*m_clock, &m_journal, m_kpi.get());
    m_engine->addListener(this);
    for (qsizetype stream = 0; stream < m_scenario.arrivals.size(); ++stream) {
        m_arrivalRandom.push_back(
            SimulationRandom::stream(scenario.seed, FirstArrivalPurpose + quint64(stream)));
        m_nextArrivalMs.push_back(0);
        m_arrivalTimers.push_back(0);
    }
}

Simulator::~Simulator()
{
    m_engine->removeListener(this);
    for (TimerId timer : m_arrivalTimers)
        m_clock->cancel(timer);
    for (TimerId timer : m_otherTimers)
        m_clock->cancel(timer);
    for (const auto &[id, contact] : m_contacts) {
        m_clock->cancel(contact.abandonTimer);
        m_clock->cancel(contact.endTimer);
    }
}

std::optional<DomainError> Simulator::start()
{
    if (m_started)
        return std::nullopt;
    for (const RoutingQueueConfig &queue : std::as_const(m_scenario.queues)) {
        if (auto error = m_engine->configureQueue(queue))
            return error;
    }
    qint64 nextAgentId = 1;
    for (int group = 0; group < int(m_scenario.agents.size()); ++group) {
        const ScenarioAgentGroup &plan = m_scenario.agents.at(group);
        for (int i = 0; i < plan.count; ++i) {
            Agent agent;
            agent.id = nextAgentId++;
            agent.login = QStringLiteral("sim%1").arg(agent.id);
            agent.displayName = QStringLiteral("Simulated agent %1").arg(agent.id);
            agent.capacity = plan.capacity;
            for (auto it = plan.skills.constBegin(); it != plan.skills.constEnd(); ++it)
                agent.setSkill(it.key(), it.value());
            if (auto error = m_engine->configureAgent(agent))
                return error;
            const int index = int(m_agents.size());
            m_agents.push_back(SimulatedAgent{agent.id, group, false});
            m_agentIndex.emplace(agent.id, index);
        }
    }
    m_started = true;

    const qint64 now = m_clock->nowMs();
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        const ScenarioAgentGroup &plan = m_scenario.agents.at(m_agents[agent].group);
        const qint64 login = startMs() + plan.shiftStartSeconds * 1000;
        const qint64 agentId = m_agents[agent].id;
        if (login <= now) {
            m_engine->setAgentState(agentId, AgentState::Ready);
        } else {
            m_otherTimers.push_back(m_clock->schedule(
                login, [this, agentId] { m_engine->setAgentState(agentId, AgentState::Ready); }));
        }
        if (plan.shiftEndSeconds >= 0)
            m_otherTimers.push_back(m_clock->schedule(startMs() + plan.shiftEndSeconds * 1000,
                                                      [this, agent] { endShift(agent); }));
    }
    m_otherTimers.push_back(m_clock->schedule(endMs(), [this] { captureAgentTime(); }));
    for (int stream = 0; stream < int(m_scenario.arrivals.size()); ++stream) {
        m_nextArrivalMs[stream] = double(std::max<qint64>(0, now - startMs()));
        scheduleArrival(stream);
    }
    return std::nullopt;
}

void Simulator::scheduleArrival(int stream)
{
    // A Poisson process whose rate is constant inside each 15-minute interval: draw the gap at
    // the current rate, and if it runs past the interval, start again from the boundary (the
    // exponential forgets how long it has waited, so this is exact).
    const ScenarioArrival &arrival = m_scenario.arrivals.at(stream);
    const double durationMs = double(m_scenario.durationSeconds) * 1000.0;
    double at = m_nextArrivalMs[stream];
    for (;;) {
        if (at >= durationMs)
            return;
        double ratePerMs;
        double boundary;
        if (arrival.perInterval.isEmpty()) {
            ratePerMs = arrival.perHour / 3'600'000.0;
            boundary = durationMs;
        } else {
            const auto interval = qint64(at / double(IntervalMs));
            ratePerMs = arrival.perInterval.at(interval % 96) / double(IntervalMs);
            boundary = double((interval + 1) * IntervalMs);
        }
        if (ratePerMs <= 0) {
            at = boundary;
            continue;
        }
        const double candidate = at + m_arrivalRandom[stream].exponential(1.0 / ratePerMs);
        if (candidate < boundary) {
            at = candidate;
            break;
        }
        at = boundary;
    }
    if (at >= durationMs)
        return;
    m_nextArrivalMs[stream] = at;
    m_arrivalTimers[stream] =
        m_clock->schedule(startMs() + qint64(std::floor(at)), [this, stream] { arrive(stream); });
}

double Simulator::draw(const SimulationDistribution &distribution, SimulationRandom &random)
{
    switch (distribution.kind) {
    case SimulationDistribution::Kind::Exponential:
        return random.exponential(distribution.meanSeconds);
    case SimulationDistribution::Kind::Lognormal:
        return random.lognormal(distribution.meanSeconds, distribution.sdSeconds);
    case SimulationDistribution::Kind::Constant:
        return distribution.meanSeconds;
    }
    return distribution.meanSeconds;
}

void Simulator::arrive(int stream)
{
    m_arrivalTimers[stream] = 0;
    const ScenarioArrival &arrival = m_scenario.arrivals.at(stream);
    ContactRequest request;
    request.queueId = arrival.queueId;
    request.channel = arrival.channel;
    request.priority = arrival.priority;
    request.requiredSkills = arrival.skills;
    request.customerId = arrival.customers > 0 ? qint64(1 + m_choiceRandom.below(quint64(arrival.customers)))
                                               : m_nextCustomerId++;
    request.vip = arrival.vipShare > 0 && m_choiceRandom.uniform() < arrival.vipShare;

    m_arrivingStream = stream;
    const ArrivalResult result = m_engine->contactArrived(request);
    m_arrivingStream = -1;
    // The next arrival is drawn first, so that what this contact does never shifts the stream.
    m_nextArrivalMs[stream] = std::nextafter(m_nextArrivalMs[stream], INFINITY);
    scheduleArrival(stream);
    if (result.error || result.outcome == ArrivalOutcome::Blocked)
        return;

    const qint64 id = result.interactionId;
    const RoutedContact *contact = m_engine->contact(id);
    if (!contact)
        return;
    LiveContact &live = m_contacts[id];
    live.stream = stream;
    const std::optional<SimulationDistribution> &patience =
        arrival.overridesPatience ? arrival.patience : m_scenario.patience;
    if (patience && contact->interaction.state() == InteractionState::Queued && !contact->callback) {
        const auto patienceMs = qint64(std::llround(draw(*patience, m_patienceRandom) * 1000.0));
        live.abandonTimer = m_clock->schedule(m_clock->nowMs() + patienceMs, [this, id] {
            const auto found = m_contacts.find(id);
            if (found != m_contacts.end())
                found->second.abandonTimer = 0;
            const RoutedContact *waiting = m_engine->contact(id);
            if (waiting && !waiting->callback
                && (waiting->interaction.state() == InteractionState::Queued
                    || waiting->interaction.state() == InteractionState::Offered))
                m_engine->abandon(id);
        });
    }
}

void Simulator::endShift(int agent)
{
    SimulatedAgent &simulated = m_agents[agent];
    if (!m_engine->setAgentState(simulated.id, AgentState::LoggedOut))
        return;
    // Still on a contact: no new ones, and out as soon as the last one is done.
    simulated.leaving = true;
    m_engine->setAgentState(simulated.id, AgentState::NotReady, QStringLiteral("end-of-shift"));
}

void Simulator::captureAgentTime()
{
    m_periodOver = true;
    m_agentTimeAtEnd.clear();
    for (const AgentKpis &agent : m_kpi->agents(m_clock->nowMs()))
        m_agentTimeAtEnd.insert(agent.agentId, agent.time);
}

void Simulator::routingEvent(const RoutingEvent &event)
{
    switch (event.type) {
    case RoutingEventType::OfferMade:
        // Simulated agents take every offer at once.
        m_engine->acceptOffer(event.agentId, event.interactionId);
        break;
    case RoutingEventType::CallbackOffered:
        if (m_scenario.callbackAcceptShare > 0 && m_choiceRandom.uniform() < m_scenario.callbackAcceptShare)
            m_engine->requestCallback(event.interactionId);
        break;
    case RoutingEventType::ContactChanged: {
        const qint64 id = event.interactionId;
        auto found = m_contacts.find(id);
        if (found == m_contacts.end() && m_arrivingStream >= 0)
            found = m_contacts.emplace(id, LiveContact{m_arrivingStream, 0, 0}).first;
        if (event.contactState == InteractionState::Connected && found != m_contacts.end()) {
            m_clock->cancel(found->second.abandonTimer);
            found->second.abandonTimer = 0;
            if (found->second.endTimer == 0) {
                const ScenarioArrival &arrival = m_scenario.arrivals.at(found->second.stream);
                const SimulationDistribution &handle =
                    arrival.handleTime ? *arrival.handleTime : m_scenario.handleTime;
                const auto handleMs =
                    std::max<qint64>(1, std::llround(draw(handle, m_handleRandom) * 1000.0));
                found->second.endTimer = m_clock->schedule(event.atMs + handleMs, [this, id] {
                    const auto live = m_contacts.find(id);
                    if (live != m_contacts.end())
                        live->second.endTimer = 0;
                    m_engine->endContact(id);
                });
            }
        } else if (event.contactState == InteractionState::CallbackRequested && found != m_contacts.end()) {
            m_clock->cancel(found->second.abandonTimer);
            found->second.abandonTimer = 0;
        } else if (Interaction::isTerminal(event.contactState)) {
            if (found != m_contacts.end()) {
                m_clock->cancel(found->second.abandonTimer);
                m_clock->cancel(found->second.endTimer);
                m_contacts.erase(found);
            }
            const auto agent = m_agentIndex.find(event.agentId);
            if (agent != m_agentIndex.end() && m_agents[agent->second].leaving
                && m_engine->agentContacts(event.agentId).isEmpty()) {
                m_agents[agent->second].leaving = false;
                m_engine->setAgentState(event.agentId, AgentState::LoggedOut);
            }
        }
        break;
    }
    case RoutingEventType::OfferWithdrawn:
    case RoutingEventType::AgentChanged:
        break;
    }
}

void Simulator::advanceTo(qint64 ms)
{
    if (!m_started)
        start();
    if (m_ownClock)
        m_ownClock->advanceTo(ms);
}

void Simulator::advanceBy(qint64 ms)
{
    advanceTo(m_clock->nowMs() + ms);
}

SimulationReport Simulator::run()
{
    advanceTo(endMs());
    if (m_ownClock) {
        const qint64 limit = endMs() + DrainLimitMs;
        while (m_engine->liveContactCount() > 0 && m_ownClock->nowMs() < limit) {
            if (!m_ownClock->runNext(limit))
                break;
        }
    }
    return report();
}

SimulationReport Simulator::report() const
{
    SimulationReport report;
    report.seed = m_scenario.seed;
    report.startMs = m_scenario.startMs;
    report.durationSeconds = m_scenario.durationSeconds;
    report.agents = int(m_agents.size());
    report.decisions = m_engine->decisionCount();
    const qint64 now = m_clock->nowMs();

    // Agent time up to the end of the scenario (or up to now, while it runs).
    QHash<qint64, AgentTime> agentTime = m_agentTimeAtEnd;
    if (!m_periodOver) {
        for (const AgentKpis &agent : m_kpi->agents(now))
            agentTime.insert(agent.agentId, agent.time);
    }
    AgentTime all;
    for (const AgentTime &time : std::as_const(agentTime))
        all.add(time);
    report.occupancy = all.occupancy();

    for (const RoutingQueueConfig &config : std::as_const(m_scenario.queues)) {
        SimulationQueueReport queue;
        queue.queueId = config.queue.id;
        queue.counters = m_kpi->queue(config.queue.id, now).counters;
        queue.waitingAtEnd = m_engine->waitingCount(config.queue.id);
        AgentTime serving;
        for (const SimulatedAgent &agent : m_agents) {
            if (meetsRequirements(m_scenario.agents.at(agent.group).skills, config.queue.requiredSkills))
                serving.add(agentTime.value(agent.id));
        }
        queue.occupancy = serving.occupancy();
        report.queues.append(queue);
    }
    std::sort(
        report.queues.begin(), report.queues.end(),
        [](const SimulationQueueReport &a, const SimulationQueueReport &b) { return a.queueId < b.queueId; });
    report.total = m_kpi->overall(now).counters;
    return report;
}

} // namespace ContactDesk
