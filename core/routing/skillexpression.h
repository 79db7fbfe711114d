#pragma once

#include "domain/domainerror.h"
#include "domain/skill.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <variant>

namespace ContactDesk {

// The written form of a set of skill requirements, as escalation steps and scenario files use it:
//   "sales>=7 & ko>=3"   both skills, at least these levels
//   "sales"              the skill at any level (>= 1)
//   "*"                  no requirement of its own (see RoutingQueueConfig for what that means)
// Requirements are a conjunction: an agent must meet all of them.
class SkillExpression final
{
public:
    static std::variant<QList<SkillRequirement>, DomainError> parse(QStringView text);
    static QString format(const QList<SkillRequirement> &requirements);
};

} // namespace ContactDesk
