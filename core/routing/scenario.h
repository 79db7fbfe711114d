#pragma once

#include "domain/agent.h"
#include "domain/domainerror.h"
#include "routingqueueconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace ContactDesk {

// A random duration: handle time or patience.
struct SimulationDistribution
{
    enum class Kind
    {
        Exponential,
        Lognormal, // meanSeconds and sdSeconds are those of the distribution itself
        Constant,
    };
    Kind kind = Kind::Exponential;
    double meanSeconds = 0;
    double sdSeconds = 0;
};

struct ScenarioAgentGroup
{
    int count = 0;
    SkillLevels skills;
    ChannelCapacity capacity;
    qint64 shiftStartSeconds = 0;
    qint64 shiftEndSeconds = -1; // -1: to the end of the scenario
};

// One stream of contacts: a Poisson process with a constant rate, or with one rate per
// 15-minute interval of the day (repeating every day of the scenario).
struct ScenarioArrival
{
    QString queueId;
    Channel channel = Channel::Voice;
    double perHour = 0;
    QList<double> perInterval; // 96 expected counts per 15 minutes, when given
    double vipShare = 0;
    int customers = 0; // size of the pool callers are drawn from (repeat callers); 0: all new
    std::optional<int> priority;
    QList<SkillRequirement> skills;
    std::optional<SimulationDistribution> handleTime; // overrides the scenario's
    bool overridesPatience = false;
    std::optional<SimulationDistribution> patience;
};

// What `contactdesk-cli simulate` and the desktop's first-start traffic run: a contact centre
// described in JSON (see docs/SIMULATION.md). fromJson() reports the first problem with the
// JSON path of the value at fault, e.g. "$.queues[0].strategy: unknown strategy 'fastest'".
struct Scenario
{
    quint64 seed = 1;
    qint64 startMs = 0;
    qint64 durationSeconds = 86400;
    int serviceLevelSeconds = 20;
    int shortAbandonSeconds = 5;
    QList<RoutingQueueConfig> queues; // in an order where overflow targets come first
    QList<ScenarioAgentGroup> agents;
    QList<ScenarioArrival> arrivals;
    SimulationDistribution handleTime;
    std::optional<SimulationDistribution> patience; // none: nobody abandons
    int afterCallWorkSeconds = 0;
    double callbackAcceptShare = 0; // of the customers offered a callback, this share takes it

    static std::variant<Scenario, DomainError> fromJson(const QByteArray &json);
};

} // namespace ContactDesk
