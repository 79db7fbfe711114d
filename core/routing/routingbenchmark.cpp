#include "routingbenchmark.h"

#include "inmemoryroutingjournal.h"
#include "routingengine.h"
#include "scenario.h"
#include "simulationrandom.h"
#include "simulator.h"
#include "virtualclock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <vector>

namespace ContactDesk {

namespace {

using SteadyClock = std::chrono::steady_clock;

qint64 nanosecondsBetween(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(to - from).count();
}

qint64 percentile(std::vector<qint64> &samples, double fraction)
{
    if (samples.empty())
        return 0;
    const auto index = std::size_t(fraction * double(samples.size() - 1));
    std::nth_element(samples.begin(), samples.begin() + qptrdiff(index), samples.end());
    return samples[index];
}

struct AgentPlan
{
    std::vector<std::pair<int, int>> skills; // (skill, level)
};

std::vector<AgentPlan> planAgents(const RoutingBenchmarkOptions &options, SimulationRandom &random)
{
    std::vector<AgentPlan> plans(std::size_t(options.agents));
    const int perAgent = std::min(options.skillsPerAgent, options.skills);
    for (AgentPlan &plan : plans) {
        while (int(plan.skills.size()) < perAgent) {
            const int skill = int(random.below(quint64(options.skills)));
            if (std::none_of(plan.skills.begin(), plan.skills.end(),
                             [skill](const std::pair<int, int> &entry) { return entry.first == skill; }))
                plan.skills.emplace_back(skill, 1 + int(random.below(10)));
        }
    }
    return plans;
}

// The reference: one linear scan over every agent per decision, longest idle first.
class NaiveSelector
{
public:
    explicit NaiveSelector(const std::vector<AgentPlan> &plans)
        : m_plans(plans)
        , m_idleSince(plans.size(), 0)
        , m_busy(plans.size(), false)
    {
        for (std::size_t agent = 0; agent < plans.size(); ++agent)
            m_idleSince[agent] = m_stamp++;
    }

    int select(int skill) const
    {
        int best = -1;
        for (std::size_t agent = 0; agent < m_plans.size(); ++agent) {
            if (m_busy[agent])
                continue;
            for (const auto &[agentSkill, level] : m_plans[agent].skills) {
                if (agentSkill == skill && level >= 1) {
                    if (best < 0 || m_idleSince[agent] < m_idleSince[std::size_t(best)])
                        best = int(agent);
                    break;
                }
            }
        }
        return best;
    }
    void take(int agent) { m_busy[std::size_t(agent)] = true; }
    void release(int agent)
    {
        m_busy[std::size_t(agent)] = false;
        m_idleSince[std::size_t(agent)] = m_stamp++;
    }

private:
    const std::vector<AgentPlan> &m_plans;
    std::vector<qint64> m_idleSince;
    std::vector<bool> m_busy;
    qint64 m_stamp = 0;
};

} // namespace

QJsonObject RoutingBenchmarkResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("agents"), agents},
         {QStringLiteral("skills"), skills},
          {QStringLiteral("decisions"), decisions},
           {QStringLiteral("decisions_per_second"), std::round(decisionsPerSecond)},
            {QStringLiteral("events_per_second"), std::round(eventsPerSecond)},
             {QStringLiteral("p50_ns"), p50Ns},
              {QStringLiteral("p99_ns"), p99Ns},
               {QStringLiteral("naive_decisions"), naiveDecisions},
                {QStringLiteral("naive_decisions_per_second"), std::round(naiveDecisionsPerSecond)},
                 {QStringLiteral("peak_rss_bytes"), peakRssBytes},
                };
}

QJsonObject SimulatedDayResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("agents"), agents},
         {QStringLiteral("contacts"), contacts},
          {QStringLiteral("wall_ms"), wallMs},
           {QStringLiteral("service_level"), std::round(serviceLevel * 1e4) / 1e4},
            {QStringLiteral("occupancy"), std::round(occupancy * 1e4) / 1e4},
           };
}

qint64 RoutingBenchmark::peakRssBytes()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return qint64(usage.ru_maxrss) * 1024; // Linux reports kilobytes
}

RoutingBenchmarkResult RoutingBenchmark::run(const RoutingBenchmarkOptions &options)
{
    RoutingBenchmarkResult result;
    result.agents = options.agents;
    result.skills = options.skills;
    SimulationRandom random(options.seed);
    const std::vector<AgentPlan> plans = planAgents(options, random);

    VirtualClock clock(1'700'000'000'000);
    InMemoryRoutingJournal journal;
    RoutingEngine engine(clock, &journal);
    QStringList queueIds;
    for (int skill = 0; skill < options.skills; ++skill) {
        RoutingQueueConfig config;
        config.queue.id = QStringLiteral("q%1").arg(skill);
        config.queue.name = config.queue.id;
        config.queue.channels = {Channel::Voice};
        config.queue.requiredSkills = {SkillRequirement{QStringLiteral("s%1").arg(skill), 1}};
        engine.configureQueue(config);
        queueIds.append(config.queue.id);
    }
    for (int index = 0; index < options.agents; ++index) {
        Agent agent;
        agent.id = index + 1;
        agent.login = QStringLiteral("a%1").arg(agent.id);
        agent.displayName = agent.login;
        agent.capacity.maximum = {{Channel::Voice, 1}};
        for (const auto &[skill, level] : plans[std::size_t(index)].skills)
            agent.setSkill(QStringLiteral("s%1").arg(skill), level);
        engine.configureAgent(agent);
        engine.setAgentState(agent.id, AgentState::Ready);
    }

    // Arrivals at random queues; the oldest call ends whenever more than busyShare of the agents
    // are on one, so that about half of them stay free to choose from.
    std::vector<int> arrivals(std::size_t(options.contacts));
    for (int &queue : arrivals)
        queue = int(random.below(quint64(options.skills)));
    const auto busyLimit = std::size_t(double(options.agents) * options.busyShare);
    std::deque<qint64> active;
    std::vector<qint64> latencies;
    latencies.reserve(std::size_t(options.contacts));
    qint64 decisionNs = 0;
    qint64 events = 0;
    ContactRequest request;
    const auto acceptOffers = [&engine, &active, &events](qint64 agentId) {
        const qint64 offered = engine.pendingOffer(agentId);
        if (offered != 0 && !engine.acceptOffer(agentId, offered)) {
            active.push_back(offered);
            ++events;
        }
    };

    const SteadyClock::time_point started = SteadyClock::now();
    for (qint64 i = 0; i < options.contacts; ++i) {
        request.queueId = queueIds.at(arrivals[std::size_t(i)]);
        const qint64 before = engine.decisionCount();
        const SteadyClock::time_point t0 = SteadyClock::now();
        const ArrivalResult arrival = engine.contactArrived(request);
        const SteadyClock::time_point t1 = SteadyClock::now();
        ++events;
        if (engine.decisionCount() > before) {
            latencies.push_back(nanosecondsBetween(t0, t1));
            decisionNs += latencies.back();
            acceptOffers(arrival.agentId);
        }
        while (active.size() > busyLimit) {
            const qint64 done = active.front();
            active.pop_front();
            const qint64 agentId = engine.contact(done)->interaction.agentId;
            const qint64 ended = engine.decisionCount();
            const SteadyClock::time_point e0 = SteadyClock::now();
            engine.endContact(done);
            const SteadyClock::time_point e1 = SteadyClock::now();
            ++events;
            if (engine.decisionCount() > ended) {
                // The freed agent took a waiting contact: that was a decision too.
                latencies.push_back(nanosecondsBetween(e0, e1));
                decisionNs += latencies.back();
                acceptOffers(agentId);
            }
        }
    }
    const qint64 totalNs = nanosecondsBetween(started, SteadyClock::now());
    result.decisions = engine.decisionCount();
    result.decisionsPerSecond = decisionNs > 0 ? double(latencies.size()) * 1e9 / double(decisionNs) : 0;
    result.eventsPerSecond = totalNs > 0 ? double(events) * 1e9 / double(totalNs) : 0;
    result.p50Ns = percentile(latencies, 0.50);
    result.p99Ns = percentile(latencies, 0.99);
    result.peakRssBytes = peakRssBytes();

    // The naive selector on the same arrivals, for as many as fit in a fraction of a second.
    NaiveSelector naive(plans);
    const qint64 naiveContacts =
        std::min<qint64>(options.contacts, std::max<qint64>(2000, 50'000'000 / options.agents));
    std::deque<int> naiveActive;
    qint64 naiveDecisions = 0;
    const SteadyClock::time_point naiveStarted = SteadyClock::now();
    for (qint64 i = 0; i < naiveContacts; ++i) {
        const int agent = naive.select(arrivals[std::size_t(i)]);
        if (agent >= 0) {
            naive.take(agent);
            naiveActive.push_back(agent);
            ++naiveDecisions;
        }
        while (naiveActive.size() > busyLimit) {
            naive.release(naiveActive.front());
            naiveActive.pop_front();
        }
    }
    const qint64 naiveNs = nanosecondsBetween(naiveStarted, SteadyClock::now());
    result.naiveDecisions = naiveDecisions;
    result.naiveDecisionsPerSecond = naiveNs > 0 ? double(naiveDecisions) * 1e9 / double(naiveNs) : 0;
    return result;
}

SimulatedDayResult RoutingBenchmark::simulatedDay(int agents, qint64 contacts, quint64 seed)
{
    // Ten queues, agents with one or two of their skills, loaded to about 85 % occupancy.
    constexpr int Queues = 10;
    const double perHour = double(contacts) / 24.0 / Queues;
    const double ahtSeconds = 0.85 * agents / (double(contacts) / 86400.0);
    QJsonArray queues;
    QJsonArray arrivalList;
    for (int queue = 0; queue < Queues; ++queue) {
        const QString id = QStringLiteral("q%1").arg(queue);
        queues.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("skills"), QStringLiteral("s%1").arg(queue)}});
        arrivalList.append(QJsonObject{{QStringLiteral("queue"), id}, {QStringLiteral("per_hour"), perHour}});
    }
    QJsonArray groups;
    for (int queue = 0; queue < Queues; ++queue) {
        const int share = agents / Queues + (queue < agents % Queues ? 1 : 0);
        const int both = share / 4;
        groups.append(
            QJsonObject{{QStringLiteral("count"), share - both},
                         {QStringLiteral("skills"), QJsonObject{{QStringLiteral("s%1").arg(queue), 5}}},
                          {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("voice"), 1}}}});
        groups.append(QJsonObject{
            {QStringLiteral("count"), both},
             {QStringLiteral("skills"), QJsonObject{{QStringLiteral("s%1").arg(queue), 5},
                                                     {QStringLiteral("s%1").arg((queue + 1) % Queues), 3}}},
                             {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("voice"), 1}}}});
    }
    const QJsonObject scenario{
        {QStringLiteral("seed"), double(seed)},
         {QStringLiteral("duration_seconds"), 86400},
          {QStringLiteral("queues"), queues},
           {QStringLiteral("agents"), groups},
            {QStringLiteral("arrivals"), arrivalList},
             {QStringLiteral("handle_time"), QJsonObject{{QStringLiteral("distribution"), QStringLiteral("exponential")},
                                              {QStringLiteral("mean_seconds"), ahtSeconds}}},
                 {QStringLiteral("patience"),
                                 QJsonObject{{QStringLiteral("distribution"), QStringLiteral("exponential")},
                                              {QStringLiteral("mean_seconds"), 300}}},
                 };
    SimulatedDayResult result;
    result.agents = agents;
    const std::variant<Scenario, DomainError> parsed = Scenario::fromJson(QJsonDocument(scenario).toJson());
    if (!std::holds_alternative<Scenario>(parsed))
        return result;
    QElapsedTimer timer;
    timer.start();
    Simulator simulator(std::get<Scenario>(parsed));
    const SimulationReport report = simulator.run();
    result.wallMs = timer.elapsed();
    result.contacts = report.total.offered;
    result.serviceLevel = report.total.serviceLevel().value_or(0);
    result.occupancy = report.occupancy.value_or(0);
    return result;
}

} // namespace ContactDesk
