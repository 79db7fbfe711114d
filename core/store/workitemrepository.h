#pragma once

#include "domain/workitem.h"
#include "storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

class WorkItemRepository final
{
public:
    explicit WorkItemRepository(Database &database);

    std::optional<DomainError> insert(WorkItem &item); // sets item.id
    std::optional<DomainError> update(const WorkItem &item);
    StoreResult<WorkItem> findById(qint64 id);
    // Open and in-progress items of the customer, soonest due first.
    StoreResult<QList<WorkItem>> openForCustomer(qint64 customerId);
    // Every open and in-progress item, soonest due first, at most `limit`.
    StoreResult<QList<WorkItem>> open(int limit = 500);

private:
    Database &m_database;
};

} // namespace ContactDesk
