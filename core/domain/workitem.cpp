#include "workitem.h"

namespace ContactDesk {

QString workItemStatusKey(WorkItemStatus status)
{
    switch (status) {
    case WorkItemStatus::Open:
        return QStringLiteral("open");
    case WorkItemStatus::InProgress:
        return QStringLiteral("in-progress");
    case WorkItemStatus::Done:
        return QStringLiteral("done");
    case WorkItemStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

std::optional<WorkItemStatus> workItemStatusFromKey(QStringView key)
{
    for (WorkItemStatus status : {WorkItemStatus::Open, WorkItemStatus::InProgress, WorkItemStatus::Done,
                                  WorkItemStatus::Cancelled}) {
        if (key == workItemStatusKey(status))
            return status;
    }
    return std::nullopt;
}

std::optional<DomainError> WorkItem::validate() const
{
    if (title.trimmed().isEmpty())
        return DomainError{QStringLiteral("missing-title"), QStringLiteral("A work item needs a title")};
    if (createdAtMs <= 0)
        return DomainError{QStringLiteral("missing-time"),
                                          QStringLiteral("A work item needs a creation time")};
    if (dueAtMs < createdAtMs) {
        return DomainError{QStringLiteral("due-before-created"),
                                          QStringLiteral("A work item cannot be due before it was created")};
    }
    return std::nullopt;
}

} // namespace ContactDesk
