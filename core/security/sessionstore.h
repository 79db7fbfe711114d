#pragma once

#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// A session as the database keeps it: keyed by the hash of its token (SessionToken::hashOf),
// never the token itself.
struct SessionRecord
{
    QString tokenHash;
    qint64 userId = 0;
    qint64 createdMs = 0;
    qint64 expiresMs = 0; // valid while now < expiresMs
    qint64 lastSeenMs = 0;
    bool revoked = false;
};

// The sessions table. Authenticator creates and checks sessions; UserRepository revokes a user's
// sessions when their password changes or they are disabled.
class SessionStore final
{
public:
    explicit SessionStore(Database &database);

    std::optional<DomainError> insert(const SessionRecord &session);
    StoreResult<SessionRecord> findByTokenHash(const QString &tokenHash);
    StoreResult<QList<SessionRecord>> forUser(qint64 userId); // oldest first, revoked ones too
    std::optional<DomainError> touch(const QString &tokenHash, qint64 lastSeenMs);
    // StoreErrorCode::NotFound when no session has this hash; revoking twice is not an error.
    std::optional<DomainError> revoke(const QString &tokenHash);
    std::optional<DomainError> revokeAllForUser(qint64 userId);
    // Forgets sessions that expired at or before nowMs (revoked or not): they can never be used.
    std::optional<DomainError> deleteExpired(qint64 nowMs);

private:
    Database &m_database;
};

} // namespace ContactDesk
