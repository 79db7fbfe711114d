#pragma once

#include "domainerror.h"

#include <QString>

#include <optional>

namespace ContactDesk {

enum class WorkItemStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
};

QString workItemStatusKey(WorkItemStatus status);
std::optional<WorkItemStatus> workItemStatusFromKey(QStringView key);

// A back-office task (a claim, a form, a follow-up). The routing core offers it to agents through
// an Interaction of channel WorkItem, ordered by due time.
struct WorkItem
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 sourceInteractionId = 0; // the contact that created it, if any
    QString queueId;
    QString title;
    QString description;
    qint64 createdAtMs = 0;
    qint64 dueAtMs = 0;
    WorkItemStatus status = WorkItemStatus::Open;
    qint64 assignedAgentId = 0;

    bool isOpen() const { return status == WorkItemStatus::Open || status == WorkItemStatus::InProgress; }
    bool isOverdue(qint64 nowMs) const { return isOpen() && nowMs > dueAtMs; }
    std::optional<DomainError> validate() const;

    bool operator==(const WorkItem &other) const = default;
};

} // namespace ContactDesk
