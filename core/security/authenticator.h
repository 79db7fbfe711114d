#pragma once

#include "passwordhasher.h"
#include "permissions.h"
#include "role.h"
#include "sessionstore.h"
#include "store/storeresult.h"
#include "userrepository.h"

#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// A signed-in user as a request sees it.
struct Session
{
    QString token; // the bearer secret; only the client holds it, the database keeps its hash
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    qint64 agentId = 0; // the agent record the user works as; 0: none
    qint64 createdMs = 0;
    qint64 expiresMs = 0; // valid while now < expiresMs

    Principal principal() const { return Principal{userId, role, agentId}; }
};

// Sign-in with a password and the sessions it opens. Errors have stable codes
// (AccountErrorCode): invalid-credentials, account-disabled, session-expired, session-invalid;
// store errors pass through.
class Authenticator final
{
public:
    static constexpr qint64 DefaultSessionLifetimeMs = 12LL * 60 * 60 * 1000; // a long shift
    // validate() writes last_seen_ms only when it moved by this much: a desktop asking many
    // times a second must not turn every read into a write.
    static constexpr qint64 LastSeenResolutionMs = 60 * 1000;

    explicit Authenticator(Database &database, PasswordHasher hasher = PasswordHasher());

    qint64 sessionLifetimeMs() const { return m_sessionLifetimeMs; }
    // For sessions opened from now on; refused when not positive.
    std::optional<DomainError> setSessionLifetimeMs(qint64 lifetimeMs);

    // An unknown login and a wrong password give the same error, and cost the same Argon2
    // verification, so neither the answer nor its time says which logins exist. A disabled
    // account is named only after its password was right. A hash of an older cost is upgraded.
    StoreResult<Session> signIn(const QString &login, const QString &password, qint64 nowMs);

    // signIn() in three steps, for a server that verifies passwords off its event loop (an
    // Argon2id verification is a fifth of a second of one core): beginSignIn() reads what the
    // password is to be verified against (a dummy hash for an unknown login); verify() is the
    // Argon2 step alone, no database, safe on any thread; finishSignIn() decides and opens the
    // session. Same answers, same errors and same timing as signIn().
    struct PendingSignIn
    {
        std::optional<User> user; // empty: the login does not exist
        QString hashToVerify;
    };
    StoreResult<PendingSignIn> beginSignIn(const QString &login);
    static bool verify(const PasswordHasher &hasher, const QString &hash, const QString &password)
    {
        return hasher.verify(hash, password);
    }
    const PasswordHasher &hasher() const { return m_hasher; }
    StoreResult<Session> finishSignIn(const PendingSignIn &pending, bool passwordMatches,
                                      const QString &password, qint64 nowMs);
    // The session of `token`, with the user's role and agent as they are now (a changed role
    // applies at once). session-expired from expiresMs on; session-invalid for an unknown,
    // revoked or malformed token and for a disabled user.
    StoreResult<Session> validate(const QString &token, qint64 nowMs);
    // Signs the session out; session-invalid when the token opens no session.
    std::optional<DomainError> revoke(const QString &token);

private:
    Database &m_database;
    PasswordHasher m_hasher;
    UserRepository m_users;
    SessionStore m_sessions;
    QString m_dummyHash; // what unknown logins are verified against
    qint64 m_sessionLifetimeMs = DefaultSessionLifetimeMs;
};

} // namespace ContactDesk
