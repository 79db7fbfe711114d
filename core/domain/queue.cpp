#include "queue.h"

namespace ContactDesk {

QString selectionStrategyKey(SelectionStrategy strategy)
{
    switch (strategy) {
    case SelectionStrategy::LongestIdle:
        return QStringLiteral("longest-idle");
    case SelectionStrategy::MostSkilled:
        return QStringLiteral("most-skilled");
    case SelectionStrategy::LeastOccupied:
        return QStringLiteral("least-occupied");
    case SelectionStrategy::RoundRobin:
        return QStringLiteral("round-robin");
    case SelectionStrategy::FewestContactsToday:
        return QStringLiteral("fewest-contacts-today");
    }
    Q_UNREACHABLE();
}

std::optional<SelectionStrategy> selectionStrategyFromKey(QStringView key)
{
    for (SelectionStrategy strategy :
         {SelectionStrategy::LongestIdle, SelectionStrategy::MostSkilled, SelectionStrategy::LeastOccupied,
          SelectionStrategy::RoundRobin, SelectionStrategy::FewestContactsToday}) {
        if (key == selectionStrategyKey(strategy))
            return strategy;
    }
    return std::nullopt;
}

std::optional<DomainError> Queue::validate() const
{
    if (!isValidSkillId(id)) {
        return DomainError{QStringLiteral("invalid-queue-id"),
            QStringLiteral("Queue id '%1' must be lower-case letters, digits, '.', '_' or '-'") .arg(id)};
    }
    if (name.trimmed().isEmpty())
        return DomainError{QStringLiteral("missing-name"), QStringLiteral("Queue '%1' has no name").arg(id)};
    if (channels.isEmpty())
        return DomainError{QStringLiteral("no-channels"),
                                          QStringLiteral("Queue '%1' serves no channel").arg(id)};
    if (serviceLevelPercent < 1 || serviceLevelPercent > 100 || serviceLevelSeconds < 1) {
        return DomainError{QStringLiteral("invalid-service-level"),
            QStringLiteral("Queue '%1' needs a service level of 1-100% within at least 1 s").arg(id)};
    }
    if (shortAbandonSeconds < 0 || maxLength < 0 || callbackThresholdSeconds < 0) {
        return DomainError{QStringLiteral("negative-setting"), QStringLiteral("Queue '%1' has a negative threshold or length").arg(id)};
    }
    if (defaultPriority < 0 || defaultPriority > 100) {
        return DomainError{QStringLiteral("invalid-priority"), QStringLiteral("Queue '%1' default priority is outside 0-100").arg(id)};
    }
    return validateRequirements(requiredSkills);
}

} // namespace ContactDesk
