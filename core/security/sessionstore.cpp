#include "sessionstore.h"

#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String
    sessionColumns("token_hash, user_id, created_ms, expires_ms, last_seen_ms, revoked");

static SessionRecord readSession(const QSqlQuery &query)
{
    SessionRecord session;
    session.tokenHash = query.value(0).toString();
    session.userId = query.value(1).toLongLong();
    session.createdMs = query.value(2).toLongLong();
    session.expiresMs = query.value(3).toLongLong();
    session.lastSeenMs = query.value(4).toLongLong();
    session.revoked = query.value(5).toInt() != 0;
    return session;
}

static StoreResult<QList<SessionRecord>> readSessions(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<SessionRecord> sessions;
    while (query->next())
        sessions.append(readSession(*query));
    query->finish();
    return sessions;
}

static std::optional<DomainError> finished(StoreResult<QSqlQuery *> executed, int *rowsAffected = nullptr)
{
    if (!executed)
        return executed.error();
    if (rowsAffected)
        *rowsAffected = executed.value()->numRowsAffected();
    executed.value()->finish();
    return std::nullopt;
}

SessionStore::SessionStore(Database &database)
    : m_database(database)
{}

std::optional<DomainError> SessionStore::insert(const SessionRecord &session)
{
    return finished(m_database.execute(
        u"INSERT INTO sessions (token_hash, user_id, created_ms, expires_ms, last_seen_ms, revoked)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        {session.tokenHash, qlonglong(session.userId), qlonglong(session.createdMs),
         qlonglong(session.expiresMs), qlonglong(session.lastSeenMs), session.revoked ? 1 : 0}));
}

StoreResult<SessionRecord> SessionStore::findByTokenHash(const QString &tokenHash)
{
    auto found = readSessions(m_database.execute(
        u"SELECT "_s + sessionColumns + u" FROM sessions WHERE token_hash = ?"_s, {tokenHash}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return DomainError{StoreErrorCode::NotFound.toString(), u"No session has this token"_s};
    return found->constFirst();
}

StoreResult<QList<SessionRecord>> SessionStore::forUser(qint64 userId)
{
    return readSessions(m_database.execute(
        u"SELECT "_s + sessionColumns + u" FROM sessions WHERE user_id = ? ORDER BY created_ms, token_hash"_s,
        {qlonglong(userId)}));
}

std::optional<DomainError> SessionStore::touch(const QString &tokenHash, qint64 lastSeenMs)
{
    return finished(m_database.execute(u"UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?"_s,
                                       {qlonglong(lastSeenMs), tokenHash}));
}

std::optional<DomainError> SessionStore::revoke(const QString &tokenHash)
{
    int rows = 0;
    if (auto error = finished(
            m_database.execute(u"UPDATE sessions SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash}),
            &rows))
        return error;
    if (rows != 1)
        return DomainError{StoreErrorCode::NotFound.toString(), u"No session has this token"_s};
    return std::nullopt;
}

std::optional<DomainError> SessionStore::revokeAllForUser(qint64 userId)
{
    return finished(m_database.execute(u"UPDATE sessions SET revoked = 1 WHERE user_id = ? AND revoked = 0"_s,
                                       {qlonglong(userId)}));
}

std::optional<DomainError> SessionStore::deleteExpired(qint64 nowMs)
{
    return finished(m_database.execute(u"DELETE FROM sessions WHERE expires_ms <= ?"_s, {qlonglong(nowMs)}));
}

} // namespace ContactDesk
