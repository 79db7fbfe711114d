#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace ContactDesk {

struct RoutingBenchmarkOptions
{
    int agents = 10'000;
    int skills = 200;
    qint64 contacts = 1'000'000;
    int skillsPerAgent = 3;
    double busyShare = 0.5; // share of agents kept on a call, so that choices are made among the rest
    quint64 seed = 1;
};

struct RoutingBenchmarkResult
{
    int agents = 0;
    int skills = 0;
    qint64 decisions = 0;
    double decisionsPerSecond = 0; // decisions / time spent in the events that made them
    double eventsPerSecond = 0;    // every event of the run (arrive, accept, end) / total time
    qint64 p50Ns = 0;
    qint64 p99Ns = 0;
    qint64 naiveDecisions = 0;
    double naiveDecisionsPerSecond = 0;
    qint64 peakRssBytes = 0;

    QJsonObject toJson() const;
};

struct SimulatedDayResult
{
    int agents = 0;
    qint64 contacts = 0;     // offered in the day
    qint64 wallMs = 0;       // to simulate the day (and drain it)
    double serviceLevel = 0; // sanity: the day was a busy but working one
    double occupancy = 0;

    QJsonObject toJson() const;
};

// The routing benchmark: N agents with a few of K skills, one queue per skill, contacts arriving
// at random queues while half the agents are busy. Each arrival is timed; the same workload is
// then replayed (shorter) against a naive selector that scans every agent per decision.
class RoutingBenchmark final
{
public:
    static RoutingBenchmarkResult run(const RoutingBenchmarkOptions &options);
    // A simulated day through the Simulator: `agents` agents and about `contacts` arrivals.
    static SimulatedDayResult simulatedDay(int agents, qint64 contacts, quint64 seed = 1);
    static qint64 peakRssBytes();
};

} // namespace ContactDesk
