#include "authenticator.h"

#include "accounterrors.h"
#include "sessiontoken.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static DomainError invalidCredentials()
{
    return DomainError{AccountErrorCode::InvalidCredentials.toString(), u"Unknown login or wrong password"_s};
}

static DomainError sessionInvalid()
{
    return DomainError{AccountErrorCode::SessionInvalid.toString(),
                       u"This session is not valid (signed out, or never signed in); sign in again"_s};
}

Authenticator::Authenticator(Database &database, PasswordHasher hasher)
    : m_database(database)
    , m_hasher(hasher)
    , m_users(database)
    , m_sessions(database)
{
    // A hash of a random password of the same cost as real ones: verifying against it takes as
    // long as verifying a real user's password, and never succeeds.
    auto dummy = m_hasher.hash(SessionToken::generate());
    if (dummy)
        m_dummyHash = dummy.value();
}

std::optional<DomainError> Authenticator::setSessionLifetimeMs(qint64 lifetimeMs)
{
    if (lifetimeMs <= 0) {
        return DomainError{AccountErrorCode::InvalidSessionLifetime.toString(),
                           u"A session lifetime must be positive, not %1 ms"_s.arg(lifetimeMs)};
    }
    m_sessionLifetimeMs = lifetimeMs;
    return std::nullopt;
}

StoreResult<Session> Authenticator::signIn(const QString &login, const QString &password, qint64 nowMs)
{
    auto pending = beginSignIn(login);
    if (!pending)
        return pending.error();
    const bool matches = verify(m_hasher, pending->hashToVerify, password);
    return finishSignIn(*pending, matches, password, nowMs);
}

StoreResult<Authenticator::PendingSignIn> Authenticator::beginSignIn(const QString &login)
{
    auto found = m_users.findByLogin(login);
    if (!found && !found.isNotFound())
        return found.error();
    PendingSignIn pending;
    if (!found) {
        pending.hashToVerify = m_dummyHash;
        return pending;
    }
    pending.hashToVerify = found->passwordHash;
    pending.user = found.value();
    return pending;
}

StoreResult<Session> Authenticator::finishSignIn(const PendingSignIn &pending, bool passwordMatches,
                                                 const QString &password, qint64 nowMs)
{
    if (!pending.user || !passwordMatches)
        return invalidCredentials();
    // The account as it is now: disabled, or given another password, while the hash was verified.
    auto current = m_users.findById(pending.user->id);
    if (!current)
        return current.isNotFound() ? invalidCredentials() : current.error();
    User user = current.value();
    if (user.passwordHash != pending.hashToVerify)
        return invalidCredentials();
    if (user.disabled) {
        return DomainError{AccountErrorCode::AccountDisabled.toString(),
                           u"The account '%1' is disabled"_s.arg(user.login)};
    }
    if (m_hasher.needsRehash(user.passwordHash)) {
        // Not being able to upgrade (a password from before the policy) keeps the old hash,
        // which still verifies: the user signs in either way.
        auto rehashed = m_hasher.hash(password);
        if (rehashed && !m_users.upgradePasswordHash(user.id, rehashed.value()))
            user.passwordHash = rehashed.value();
    }

    Session session;
    session.token = SessionToken::generate();
    session.userId = user.id;
    session.login = user.login;
    session.displayName = user.displayName;
    session.role = user.role;
    session.agentId = user.agentId;
    session.createdMs = nowMs;
    session.expiresMs = nowMs + m_sessionLifetimeMs;

    SessionRecord record;
    record.tokenHash = SessionToken::hashOf(session.token);
    record.userId = user.id;
    record.createdMs = nowMs;
    record.expiresMs = session.expiresMs;
    record.lastSeenMs = nowMs;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        // Sign-ins are where sessions are born, so they also clear away the ones that died.
        if (auto error = m_sessions.deleteExpired(nowMs))
            return error;
        return m_sessions.insert(record);
    });
    if (error)
        return *error;
    return session;
}

StoreResult<Session> Authenticator::validate(const QString &token, qint64 nowMs)
{
    if (!SessionToken::isWellFormed(token))
        return sessionInvalid();
    const QString tokenHash = SessionToken::hashOf(token);
    auto found = m_database.execute(
        u"SELECT s.user_id, s.created_ms, s.expires_ms, s.last_seen_ms, s.revoked, u.login, u.display_name,"
        " u.role, u.agent_id, u.disabled FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"_s,
        {tokenHash});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    if (!query->next()) {
        query->finish();
        return sessionInvalid();
    }
    Session session;
    session.token = token;
    session.userId = query->value(0).toLongLong();
    session.createdMs = query->value(1).toLongLong();
    session.expiresMs = query->value(2).toLongLong();
    const qint64 lastSeenMs = query->value(3).toLongLong();
    const bool revoked = query->value(4).toInt() != 0;
    session.login = query->value(5).toString();
    session.displayName = query->value(6).toString();
    const auto role = roleFromKey(query->value(7).toString());
    session.agentId = query->value(8).isNull() ? 0 : query->value(8).toLongLong();
    const bool disabled = query->value(9).toInt() != 0;
    query->finish();

    if (revoked || disabled || !role)
        return sessionInvalid();
    session.role = *role;
    if (nowMs >= session.expiresMs) {
        return DomainError{AccountErrorCode::SessionExpired.toString(),
                           u"The session of '%1' expired; sign in again"_s.arg(session.login)};
    }
    if (nowMs - lastSeenMs >= LastSeenResolutionMs) {
        if (auto error = m_sessions.touch(tokenHash, nowMs))
            return *error;
    }
    return session;
}

std::optional<DomainError> Authenticator::revoke(const QString &token)
{
    if (!SessionToken::isWellFormed(token))
        return sessionInvalid();
    auto error = m_sessions.revoke(SessionToken::hashOf(token));
    if (error && error->code == StoreErrorCode::NotFound)
        return sessionInvalid();
    return error;
}

} // namespace ContactDesk
