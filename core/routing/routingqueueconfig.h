#pragma once

#include "domain/domainerror.h"
#include "domain/queue.h"
#include "domain/skill.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// One step of a queue's escalation: who may take a contact while it is at this step, and for how
// long before the next step widens the search.
struct EscalationStep
{
    // Empty means "any agent of the queue": the queue's own required skills, as configured.
    QList<SkillRequirement> requirements;
    // Seconds the contact spends at this step; 0 means it stays there until answered.
    int timeoutSeconds = 0;

    bool operator==(const EscalationStep &other) const = default;
};

// A queue as the routing engine sees it: the domain Queue (strategy, priority, service level,
// maximum length, callback threshold) plus the routing policy that only the engine needs.
struct RoutingQueueConfig
{
    Queue queue;

    // Ordered steps, e.g. level >= 7 for 30 s, then >= 4 for 60 s, then any agent of the queue.
    // Empty: one step with the queue's required skills and no timeout.
    QList<EscalationStep> steps;
    // Where a contact goes when the last step times out (another queue, possibly at another
    // site). Empty: it stays at the last step.
    QString overflowQueueId;

    // An offer not accepted within this time is a miss (RONA).
    int offerTimeoutSeconds = 20;
    // Wrap-up ends by itself this long after the contact ends; -1: the agent ends it.
    int afterCallWorkSeconds = 0;

    // Priority points a waiting contact gains per minute, so low priorities are not starved.
    int agingPointsPerMinute = 0;

    // VIP customers: added to their priority, and (when > 0) the lowest level an agent must have
    // in every required skill to take them, at every step.
    int vipPriorityBoost = 20;
    int vipMinimumLevel = 0;

    // Last-agent affinity: prefer the agent who served this customer within `affinityDays`, and
    // wait up to `affinityWaitSeconds` for them before routing normally. 0 days: off.
    int affinityDays = 0;
    int affinityWaitSeconds = 0;

    // The handle time the wait estimate assumes until real handle times have been seen.
    int expectedHandleSeconds = 180;

    // The steps the engine routes with (never empty).
    QList<EscalationStep> effectiveSteps() const;

    std::optional<DomainError> validate() const;

    static RoutingQueueConfig fromQueue(const Queue &queue);
};

} // namespace ContactDesk
