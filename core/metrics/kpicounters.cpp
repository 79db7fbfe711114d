#include "kpicounters.h"

#include <algorithm>

namespace ContactDesk {

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<double> averageSeconds(qint64 totalMs, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    return double(totalMs) / 1000.0 / double(count);
}

} // namespace

std::optional<double> KpiCounters::serviceLevel(ServiceLevelVariant variant) const
{
    switch (variant) {
    case ServiceLevelVariant::AnsweredOnly:
        return ratio(answeredInTarget, answered);
    case ServiceLevelVariant::AnsweredAndAbandoned:
        return ratio(answeredInTarget, answered + abandoned);
    case ServiceLevelVariant::ExcludingShortAbandons:
        return ratio(answeredInTarget, answered + abandoned - shortAbandoned);
    }
    Q_UNREACHABLE();
}

std::optional<double> KpiCounters::asaSeconds() const
{
    return averageSeconds(answerWaitMs, answered);
}

std::optional<double> KpiCounters::averageAbandonSeconds() const
{
    return averageSeconds(abandonWaitMs, abandoned);
}

std::optional<double> KpiCounters::abandonRate() const
{
    return ratio(abandoned, answered + abandoned);
}

std::optional<double> KpiCounters::ahtSeconds() const
{
    return averageSeconds(talkMs + holdMs + afterCallWorkMs, completed);
}

std::optional<double> KpiCounters::averageTalkSeconds() const
{
    return averageSeconds(talkMs, completed);
}

std::optional<double> KpiCounters::averageHoldSeconds() const
{
    return averageSeconds(holdMs, completed);
}

std::optional<double> KpiCounters::acwSeconds() const
{
    return averageSeconds(afterCallWorkMs, completed);
}

std::optional<double> KpiCounters::fcrProvisional() const
{
    return ratio(fcrProvisionalResolved, completed);
}

std::optional<double> KpiCounters::fcrFinal() const
{
    return ratio(fcrFinalResolved, fcrFinalContacts);
}

std::optional<double> KpiCounters::csatSatisfiedShare() const
{
    return ratio(csatSatisfied, csatResponses);
}

std::optional<double> KpiCounters::csatMean() const
{
    return ratio(csatScoreSum, csatResponses);
}

void KpiCounters::add(const KpiCounters &other)
{
    offered += other.offered;
    blocked += other.blocked;
    callbacks += other.callbacks;
    movedOut += other.movedOut;
    answered += other.answered;
    answeredInTarget += other.answeredInTarget;
    abandoned += other.abandoned;
    shortAbandoned += other.shortAbandoned;
    answerWaitMs += other.answerWaitMs;
    abandonWaitMs += other.abandonWaitMs;
    maxWaitMs = std::max(maxWaitMs, other.maxWaitMs);
    completed += other.completed;
    talkMs += other.talkMs;
    holdMs += other.holdMs;
    afterCallWorkMs += other.afterCallWorkMs;
    resolvedFlagged += other.resolvedFlagged;
    repeatContacts += other.repeatContacts;
    fcrProvisionalResolved += other.fcrProvisionalResolved;
    fcrFinalContacts += other.fcrFinalContacts;
    fcrFinalResolved += other.fcrFinalResolved;
    csatResponses += other.csatResponses;
    csatSatisfied += other.csatSatisfied;
    csatScoreSum += other.csatScoreSum;
}

qint64 AgentTime::loggedInMs() const
{
    return handlingMs + readyIdleMs + notReadyIdleMs;
}

std::optional<double> AgentTime::occupancy() const
{
    return ratio(handlingMs, handlingMs + readyIdleMs);
}

void AgentTime::add(const AgentTime &other)
{
    handlingMs += other.handlingMs;
    readyIdleMs += other.readyIdleMs;
    notReadyIdleMs += other.notReadyIdleMs;
}

} // namespace ContactDesk
