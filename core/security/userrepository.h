#pragma once

#include "role.h"
#include "store/storeresult.h"
#include "user.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// The users table. Logins are stored normalized (User::normalizeLogin) and found in any case.
// Whatever changes how a user proves who they are (a new password, being disabled) signs them out
// everywhere in the same transaction.
class UserRepository final
{
public:
    explicit UserRepository(Database &database);

    // Normalizes user.login, validates, and writes a new user; sets user.id. Refused: a login
    // already taken in any case (login-taken), an agent record that does not exist
    // (unknown-agent) or that another user already works as (agent-already-linked).
    std::optional<DomainError> add(User &user);

    StoreResult<User> findById(qint64 id);
    StoreResult<User> findByLogin(const QString &login); // any case, surrounding spaces ignored
    StoreResult<QList<User>> list();                     // by login

    // A new password (its hash from PasswordHasher): every session of the user is revoked.
    std::optional<DomainError> setPassword(qint64 userId, const QString &passwordHash, qint64 nowMs);
    // The same password in a stronger hash (PasswordHasher::needsRehash at sign-in): sessions
    // stay, password_changed_ms stays.
    std::optional<DomainError> upgradePasswordHash(qint64 userId, const QString &passwordHash);
    // Disabling revokes every session; enabling again brings none back.
    std::optional<DomainError> setDisabled(qint64 userId, bool disabled);
    // Sessions read the role from here at every validation, so a new role applies to the next
    // request. An agent must be linked to an agent record.
    std::optional<DomainError> setRole(qint64 userId, Role role);

private:
    std::optional<DomainError> updateOne(qint64 userId, const QString &sql, const QVariantList &bindings);

    Database &m_database;
};

} // namespace ContactDesk
