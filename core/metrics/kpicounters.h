#pragma once

#include <QtGlobal>

#include <optional>

namespace ContactDesk {

// The three service-level formulas in use among ACDs; docs/KPIS.md gives each with its formula.
enum class ServiceLevelVariant
{
    AnsweredOnly,           // answered in target / answered
    AnsweredAndAbandoned,   // answered in target / (answered + abandoned)
    ExcludingShortAbandons, // answered in target / (answered + abandoned - short abandons)
};

// What the wallboard shows unless told otherwise: abandons count against the queue, except the
// short ones (misdials, immediate hang-ups) that no staffing could have saved.
inline constexpr ServiceLevelVariant DefaultServiceLevelVariant = ServiceLevelVariant::ExcludingShortAbandons;

// Additive counts for one queue, channel, agent or interval. Every average and rate is derived
// from them, so counters of several queues or intervals can simply be added up. A derived figure
// is std::nullopt when its denominator is zero (the wallboard shows "—").
struct KpiCounters
{
    // Arrivals and their outcome in the queue.
    qint64 offered = 0;   // queued or blocked
    qint64 blocked = 0;   // refused because the queue was full (also counted as offered)
    qint64 callbacks = 0; // left the queue for a callback: neither answered nor abandoned
    qint64 movedOut = 0;  // overflowed or transferred to another queue before an answer
    qint64 answered = 0;
    qint64 answeredInTarget = 0; // waited at most the queue's service-level seconds
    qint64 abandoned = 0;        // every abandon, short ones included
    qint64 shortAbandoned = 0;   // abandoned after less than the queue's short-abandon seconds
    qint64 answerWaitMs = 0;     // total wait of the answered contacts
    qint64 abandonWaitMs = 0;    // total wait of the abandoned contacts
    qint64 maxWaitMs = 0;        // longest wait seen (answered, abandoned, callbacks, still waiting)

    // Handling, counted when the agent completes the contact.
    qint64 completed = 0;
    qint64 talkMs = 0;
    qint64 holdMs = 0;
    qint64 afterCallWorkMs = 0;

    // First-contact resolution (see docs/KPIS.md): provisional over every completed contact, final
    // over the contacts whose repeat-contact window has closed.
    qint64 resolvedFlagged = 0;        // completed with the agent's resolved flag
    qint64 repeatContacts = 0;         // completed contacts followed by a repeat within the window
    qint64 fcrProvisionalResolved = 0; // flagged and no repeat so far
    qint64 fcrFinalContacts = 0;       // completed contacts whose window has closed
    qint64 fcrFinalResolved = 0;       // ... of which flagged and never repeated

    // Customer satisfaction answers on a 1-5 scale.
    qint64 csatResponses = 0;
    qint64 csatSatisfied = 0; // scored 4 or 5
    qint64 csatScoreSum = 0;

    std::optional<double> serviceLevel(ServiceLevelVariant variant = DefaultServiceLevelVariant) const;
    std::optional<double> asaSeconds() const;
    std::optional<double> averageAbandonSeconds() const;
    std::optional<double> abandonRate() const; // abandoned / (answered + abandoned)
    std::optional<double> ahtSeconds() const;  // (talk + hold + ACW) / completed
    std::optional<double> averageTalkSeconds() const;
    std::optional<double> averageHoldSeconds() const;
    std::optional<double> acwSeconds() const; // ACW / completed
    std::optional<double> fcrProvisional() const;
    std::optional<double> fcrFinal() const;
    std::optional<double> csatSatisfiedShare() const;
    std::optional<double> csatMean() const;

    void add(const KpiCounters &other);
    bool operator==(const KpiCounters &other) const = default;
};

// Where logged-in agents' time went. Handling = has an active contact or is in After-Call Work;
// ready idle = Ready with nothing to do; not-ready idle = Not Ready with nothing to do.
struct AgentTime
{
    qint64 handlingMs = 0;
    qint64 readyIdleMs = 0;
    qint64 notReadyIdleMs = 0;

    qint64 loggedInMs() const;
    // handling / (handling + ready idle); not-ready time is outside the formula.
    std::optional<double> occupancy() const;

    void add(const AgentTime &other);
    bool operator==(const AgentTime &other) const = default;
};

} // namespace ContactDesk
