#pragma once

#include "domain/domainerror.h"

#include <optional>

// Queueing formulas for staffing one interval: Erlang B, Erlang C (M/M/N, nobody abandons) and
// Erlang A (M/M/N+M, customers abandon after an exponentially distributed patience).
//
// Everything is computed without factorials or powers of the load, so 10,000 agents and more
// give finite, accurate figures: Erlang B comes from its recursion carried in log space, and
// Erlang A from one well-conditioned integral over the offered waiting time (see erlang.cpp).
namespace ContactDesk::Erlang {

// One interval's traffic and the service-level threshold it is judged by.
struct Input
{
    double arrivals = 0;        // contacts offered in the interval
    double intervalSeconds = 0; // length of the interval
    double ahtSeconds = 0;      // average handling time (talk + hold + after-call work)
    double targetSeconds = 0;   // service-level threshold: answered within this many seconds
    double patienceSeconds = 0; // mean patience before abandoning; 0 = nobody abandons (Erlang C)
};

// Figures for a given number of agents. Erlang C figures when `patienceSeconds` is 0, Erlang A
// otherwise. Fractions are 0..1.
struct Result
{
    int agents = 0;
    double trafficErlangs = 0;        // arrivals × AHT / interval
    bool stable = false;              // false: Erlang C with agents <= traffic (the queue grows forever)
    double probabilityWait = 0;       // share of contacts that find every agent busy
    double probabilityAbandon = 0;    // share of contacts that hang up before an answer (Erlang A only)
    double serviceLevel = 0;          // share of offered contacts answered within the target
    double asaSeconds = 0;            // average wait of the contacts that are answered
    double occupancy = 0;             // share of the agents' time spent handling contacts
    std::optional<DomainError> error; // set when the figures mean nothing (bad input, unstable)
};

// What "enough agents" means. Fractions are 0..1; at least one of the two targets is set.
struct StaffingGoal
{
    std::optional<double> serviceLevel; // answered within Input::targetSeconds, e.g. 0.8
    std::optional<double> asaSeconds;   // average speed of answer at most this
    double maxOccupancy = 1.0;          // agents busy at most this share of the time (0 < x <= 1)
    double shrinkage = 0.0;             // share of paid time not on the phones (0 <= x < 1)
};

struct Staffing
{
    int requiredAgents = 0;  // agents on the phones: the fewest that meet every goal
    int scheduledAgents = 0; // agents to roster: required / (1 - shrinkage), rounded up
    Result figures;          // the figures with `requiredAgents`
    std::optional<DomainError> error;
};

// Past this many agents staffing gives up (a million agents is a data-entry error).
inline constexpr int MaximumAgents = 1'000'000;

double trafficErlangs(const Input &input);

// Blocking probability of an M/M/N/N system (Erlang B). 0 <= result <= 1.
double erlangB(double trafficErlangs, int agents);
// Probability that a contact waits in an M/M/N queue (Erlang C); 1 when agents <= traffic.
double erlangC(double trafficErlangs, int agents);

// The input as a whole: every figure positive and finite, target >= 0, patience >= 0.
std::optional<DomainError> validate(const Input &input);
std::optional<DomainError> validate(const StaffingGoal &goal);

Result evaluate(const Input &input, int agents);
Staffing requiredAgents(const Input &input, const StaffingGoal &goal);

// ceil(required / (1 - shrinkage)), robust against 13 / 0.65 = 20.000000000000004.
int scheduledAgents(int requiredAgents, double shrinkage);

} // namespace ContactDesk::Erlang
