#include "skill.h"

#include <QRegularExpression>

namespace ContactDesk {

bool isValidSkillId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool isValidSkillLevel(int level)
{
    return level >= MinSkillLevel && level <= MaxSkillLevel;
}

std::optional<DomainError> Skill::validate() const
{
    if (!isValidSkillId(id)) {
        return DomainError{QStringLiteral("invalid-skill-id"),
            QStringLiteral("Skill id '%1' must be 1-64 lower-case letters, digits, '.', '_' or '-'") .arg(
                id)};
    }
    if (name.trimmed().isEmpty())
        return DomainError{QStringLiteral("missing-name"), QStringLiteral("Skill '%1' has no name").arg(id)};
    return std::nullopt;
}

std::optional<DomainError> validateRequirements(const QList<SkillRequirement> &requirements)
{
    for (const SkillRequirement &requirement : requirements) {
        if (!isValidSkillId(requirement.skill)) {
            return DomainError{QStringLiteral("invalid-skill-id"),
                QStringLiteral("Required skill '%1' is not a valid skill id").arg(requirement.skill)};
        }
        if (!isValidSkillLevel(requirement.minimumLevel)) {
            return DomainError{QStringLiteral("invalid-skill-level"), QStringLiteral("Minimum level %1 for skill '%2' is outside 1-10")
                                                           .arg(requirement.minimumLevel)
                                                           .arg(requirement.skill)};
        }
    }
    return std::nullopt;
}

bool meetsRequirements(const SkillLevels &levels, const QList<SkillRequirement> &requirements)
{
    for (const SkillRequirement &requirement : requirements) {
        const auto it = levels.constFind(requirement.skill);
        if (it == levels.constEnd() || it.value() < requirement.minimumLevel)
            return false;
    }
    return true;
}

} // namespace ContactDesk
