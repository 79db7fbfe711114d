#pragma once

#include "domainerror.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ContactDesk {

inline constexpr int MinSkillLevel = 1;
inline constexpr int MaxSkillLevel = 10;

struct Skill
{
    QString id;   // stable key, e.g. "sales", "billing-ko"
    QString name; // shown to people

    std::optional<DomainError> validate() const;

    bool operator==(const Skill &other) const = default;
};

// Skill id -> level (1..10). Ordered so that anything printed from it is deterministic.
using SkillLevels = QMap<QString, int>;

struct SkillRequirement
{
    QString skill;
    int minimumLevel = MinSkillLevel;

    bool operator==(const SkillRequirement &other) const = default;
};

bool isValidSkillId(const QString &id);
bool isValidSkillLevel(int level);
std::optional<DomainError> validateRequirements(const QList<SkillRequirement> &requirements);

// True when `levels` has every required skill at or above its minimum level.
bool meetsRequirements(const SkillLevels &levels, const QList<SkillRequirement> &requirements);

} // namespace ContactDesk
