#pragma once

#include "domain/domainerror.h"
#include "inmemoryroutingjournal.h"
#include "metrics/kpicounters.h"
#include "metrics/kpiengine.h"
#include "routingengine.h"
#include "scenario.h"
#include "simulationrandom.h"
#include "virtualclock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ContactDesk {

struct SimulationQueueReport
{
    QString queueId;
    KpiCounters counters;
    // Of the agents who can serve the queue (the KPI engine has no per-queue occupancy, since
    // an agent may serve several queues), over the scenario's duration.
    std::optional<double> occupancy;
    int waitingAtEnd = 0; // still waiting when the run stopped (only when nobody could take them)
};

struct SimulationReport
{
    quint64 seed = 0;
    qint64 startMs = 0;
    qint64 durationSeconds = 0;
    int agents = 0;
    qint64 decisions = 0;
    QList<SimulationQueueReport> queues;
    KpiCounters total;
    std::optional<double> occupancy;

    QJsonObject toJson() const;
    QString toText() const;
};

// Runs a Scenario through the real RoutingEngine: simulated customers arrive and abandon,
// simulated agents log in, accept every offer and talk for a drawn handle time, and the figures
// come from a KpiEngine fed by the engine. Nothing about routing is modelled twice.
//
// With no clock given the simulator owns a VirtualClock: run() takes it to the end, or a caller
// moves it step by step with advanceTo() (the desktop shows live traffic that way). Given a
// WallClock, the same traffic plays out in real time from the event loop.
class Simulator final : private RoutingListener
{
public:
    explicit Simulator(const Scenario &scenario, Clock *clock = nullptr);
    ~Simulator() override;
    Q_DISABLE_COPY_MOVE(Simulator)

    // Configures queues and agents and schedules the first arrivals. Called by run() if needed.
    std::optional<DomainError> start();
    bool isStarted() const { return m_started; }

    // Moves the simulator's own virtual clock on (nothing happens with an outside clock).
    void advanceTo(qint64 ms);
    void advanceBy(qint64 ms);

    // From wherever it is to the end of the scenario, then on until every contact that arrived
    // has been answered or abandoned (giving up a week later if nobody can take what waits).
    SimulationReport run();

    SimulationReport report() const;

    qint64 startMs() const { return m_scenario.startMs; }
    qint64 endMs() const { return m_scenario.startMs + m_scenario.durationSeconds * 1000; }
    Clock &clock() const { return *m_clock; }
    RoutingEngine &engine() const { return *m_engine; }
    KpiEngine &kpi() const { return *m_kpi; }

private:
    struct LiveContact
    {
        int stream = 0;
        TimerId abandonTimer = 0;
        TimerId endTimer = 0;
    };
    struct SimulatedAgent
    {
        qint64 id = 0;
        int group = 0;
        bool leaving = false;
    };

    void routingEvent(const RoutingEvent &event) override;
    void scheduleArrival(int stream);
    void arrive(int stream);
    void endShift(int agent);
    double draw(const SimulationDistribution &distribution, SimulationRandom &random);
    void captureAgentTime();

    Scenario m_scenario;
    std::unique_ptr<VirtualClock> m_ownClock;
    Clock *m_clock = nullptr;
    InMemoryRoutingJournal m_journal;
    std::unique_ptr<KpiEngine> m_kpi;
    std::unique_ptr<RoutingEngine> m_engine;

    std::vector<SimulationRandom> m_arrivalRandom;
    std::vector<double> m_nextArrivalMs; // since the start, exact (not rounded)
    SimulationRandom m_handleRandom;
    SimulationRandom m_patienceRandom;
    SimulationRandom m_choiceRandom;
    std::unordered_map<qint64, LiveContact> m_contacts;
    std::vector<SimulatedAgent> m_agents;
    std::unordered_map<qint64, int> m_agentIndex;
    QHash<qint64, AgentTime> m_agentTimeAtEnd;
    // Cancelled on destruction, for an outside clock that outlives the simulator.
    std::vector<TimerId> m_arrivalTimers;
    std::vector<TimerId> m_otherTimers;
    qint64 m_nextCustomerId = 1'000'000'000;
    int m_arrivingStream = -1; // while contactArrived() runs: its answer may come before it returns
    bool m_started = false;
    bool m_periodOver = false;
};

} // namespace ContactDesk
