#include "routingqueueconfig.h"

namespace ContactDesk {

QList<EscalationStep> RoutingQueueConfig::effectiveSteps() const
{
    if (steps.isEmpty())
        return {EscalationStep{queue.requiredSkills, 0}};
    return steps;
}

RoutingQueueConfig RoutingQueueConfig::fromQueue(const Queue &queue)
{
    RoutingQueueConfig config;
    config.queue = queue;
    return config;
}

std::optional<DomainError> RoutingQueueConfig::validate() const
{
    if (auto error = queue.validate())
        return error;
    const auto settingError = [this](const QString &what) {
        return DomainError{QStringLiteral("invalid-routing-setting"),
                                          QStringLiteral("Queue '%1': %2").arg(queue.id, what)};
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (auto error = validateRequirements(steps.at(i).requirements))
            return error;
        if (steps.at(i).timeoutSeconds < 0)
            return settingError(QStringLiteral("escalation step %1 has a negative timeout").arg(i + 1));
        if (steps.at(i).timeoutSeconds == 0 && i + 1 < steps.size()) {
            return settingError(QStringLiteral("escalation step %1 has no timeout, so the steps after it never start").arg(i + 1));
        }
    }
    if (overflowQueueId == queue.id)
        return settingError(QStringLiteral("a queue cannot overflow into itself"));
    if (!overflowQueueId.isEmpty() && (steps.isEmpty() || steps.constLast().timeoutSeconds == 0))
        return settingError(QStringLiteral("overflow needs a last escalation step with a timeout"));
    if (offerTimeoutSeconds < 1)
        return settingError(QStringLiteral("the offer timeout must be at least 1 second"));
    if (afterCallWorkSeconds < -1)
        return settingError(QStringLiteral("after-call work must be -1 (manual) or at least 0 seconds"));
    if (agingPointsPerMinute < 0 || agingPointsPerMinute > 1000)
        return settingError(QStringLiteral("priority aging must be 0-1000 points per minute"));
    if (vipPriorityBoost < 0 || vipPriorityBoost > 100)
        return settingError(QStringLiteral("the VIP priority boost must be 0-100"));
    if (vipMinimumLevel < 0 || vipMinimumLevel > MaxSkillLevel)
        return settingError(QStringLiteral("the VIP minimum level must be 0-10"));
    if (affinityDays < 0 || affinityWaitSeconds < 0)
        return settingError(QStringLiteral("affinity days and wait cannot be negative"));
    if (expectedHandleSeconds < 1)
        return settingError(QStringLiteral("the expected handle time must be at least 1 second"));
    return std::nullopt;
}

} // namespace ContactDesk
