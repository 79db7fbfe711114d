#pragma once

#include "channel.h"
#include "domainerror.h"
#include "skill.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// How a queue picks among the agents who could take a contact; named as other ACDs name them.
enum class SelectionStrategy
{
    LongestIdle,
    MostSkilled,
    LeastOccupied,
    RoundRobin,
    FewestContactsToday,
};

QString selectionStrategyKey(SelectionStrategy strategy);
std::optional<SelectionStrategy> selectionStrategyFromKey(QStringView key);

struct Queue
{
    QString id; // stable key, e.g. "sales"
    QString name;
    QList<Channel> channels;
    QList<SkillRequirement> requiredSkills;
    SelectionStrategy strategy = SelectionStrategy::LongestIdle;
    int defaultPriority = 50;
    int serviceLevelPercent = 80;     // target: this share answered ...
    int serviceLevelSeconds = 20;     // ... within this many seconds
    int shortAbandonSeconds = 5;      // abandons faster than this are not held against the queue
    int maxLength = 0;                // contacts waiting before new ones are blocked; 0 = no limit
    int callbackThresholdSeconds = 0; // offer a callback when EWT exceeds this; 0 = never

    std::optional<DomainError> validate() const;
};

} // namespace ContactDesk
