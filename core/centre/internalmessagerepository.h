#pragma once

#include "backend/agentdesk.h"
#include "store/storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

// The internal help chat between agents (table internal_messages).
class InternalMessageRepository final
{
public:
    explicit InternalMessageRepository(Database &database);

    // Writes a new message; sets message.id. fromName is not stored (it is the agent's name).
    std::optional<DomainError> append(InternalMessage &message);
    // What `agentId` sent or received (directly, or to one of `groups`), newest last, at most `limit`.
    StoreResult<QList<InternalMessage>> recentFor(qint64 agentId, const QStringList &groups, int limit = 100);

private:
    Database &m_database;
};

} // namespace ContactDesk
