#pragma once

#include "store/storeresult.h"

#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// Where each live interaction came from (the caller's number, the sender's address or handle),
// kept beside the interaction (table interaction_origins) so that an unknown caller can still be
// searched for and linked after a restart.
class InteractionOriginRepository final
{
public:
    explicit InteractionOriginRepository(Database &database);

    std::optional<DomainError> set(qint64 interactionId, const QString &address);
    // Empty when none was recorded.
    StoreResult<QString> address(qint64 interactionId);

private:
    Database &m_database;
};

} // namespace ContactDesk
