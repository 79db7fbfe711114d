#pragma once

#include "domain/queue.h"
#include "storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

class QueueRepository final
{
public:
    explicit QueueRepository(Database &database);

    // Inserts the queue or replaces the stored one with the same id.
    std::optional<DomainError> save(const Queue &queue);
    StoreResult<Queue> findById(const QString &id);
    StoreResult<QList<Queue>> list(); // by id

private:
    Database &m_database;
};

} // namespace ContactDesk
