#include "userrepository.h"

#include "accounterrors.h"
#include "sessionstore.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String userColumns(
    "id, login, display_name, role, agent_id, password_hash, disabled, created_ms, password_changed_ms");

static User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    // The table's CHECK admits only known keys.
    user.role = roleFromKey(query.value(3).toString()).value_or(Role::Agent);
    user.agentId = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
    user.passwordHash = query.value(5).toString();
    user.disabled = query.value(6).toInt() != 0;
    user.createdMs = query.value(7).toLongLong();
    user.passwordChangedMs = query.value(8).toLongLong();
    return user;
}

static StoreResult<QList<User>> readUsers(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<User> users;
    while (query->next())
        users.append(readUser(*query));
    query->finish();
    return users;
}

static DomainError userNotFound(const QString &what)
{
    return DomainError{StoreErrorCode::NotFound.toString(), u"%1 does not exist"_s.arg(what)};
}

UserRepository::UserRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> UserRepository::add(User &user)
{
    if (user.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"User %1 is already stored"_s.arg(user.id)};
    }
    User stored = user;
    stored.login = User::normalizeLogin(user.login);
    stored.displayName = user.displayName.trimmed();
    if (auto error = stored.validate())
        return error;

    qint64 newId = 0;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        // Checked first for a clear answer; the UNIQUE constraints still stop a writer racing us.
        auto taken = findByLogin(stored.login);
        if (taken.ok()) {
            return DomainError{AccountErrorCode::LoginTaken.toString(),
                               u"The login '%1' is taken"_s.arg(stored.login)};
        }
        if (!taken.isNotFound())
            return taken.error();
        if (stored.agentId != 0) {
            auto agent = m_database.execute(
                u"SELECT a.login, u.login FROM agents a LEFT JOIN users u ON u.agent_id = a.id WHERE a.id = ?"_s,
                {qlonglong(stored.agentId)});
            if (!agent)
                return agent.error();
            QSqlQuery *query = agent.value();
            const bool exists = query->next();
            const QString agentLogin = exists ? query->value(0).toString() : QString();
            const QString linkedUser = exists ? query->value(1).toString() : QString();
            query->finish();
            if (!exists) {
                return DomainError{
                    AccountErrorCode::UnknownAgent.toString(),
                    u"There is no agent %1 to link user '%2' to"_s.arg(stored.agentId).arg(stored.login)};
            }
            if (!linkedUser.isEmpty()) {
                return DomainError{
                    AccountErrorCode::AgentAlreadyLinked.toString(),
                    u"Agent '%1' is already linked to user '%2'"_s.arg(agentLogin, linkedUser)};
            }
        }
        auto inserted = m_database.execute(
            u"INSERT INTO users (login, display_name, role, agent_id, password_hash, disabled, created_ms,"
            " password_changed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {stored.login, stored.displayName, roleKey(stored.role), SqlValues::nullableId(stored.agentId),
             stored.passwordHash, stored.disabled ? 1 : 0, qlonglong(stored.createdMs),
             qlonglong(stored.passwordChangedMs)});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        newId = query->value(0).toLongLong();
        query->finish();
        return std::nullopt;
    });
    if (error)
        return error;
    stored.id = newId;
    user = stored;
    return std::nullopt;
}

StoreResult<User> UserRepository::findById(qint64 id)
{
    auto found = readUsers(
        m_database.execute(u"SELECT "_s + userColumns + u" FROM users WHERE id = ?"_s, {qlonglong(id)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return userNotFound(u"User %1"_s.arg(id));
    return found->constFirst();
}

StoreResult<User> UserRepository::findByLogin(const QString &login)
{
    const QString normalized = User::normalizeLogin(login);
    auto found = readUsers(
        m_database.execute(u"SELECT "_s + userColumns + u" FROM users WHERE login = ?"_s, {normalized}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return userNotFound(u"User '%1'"_s.arg(normalized));
    return found->constFirst();
}

StoreResult<QList<User>> UserRepository::list()
{
    return readUsers(m_database.execute(u"SELECT "_s + userColumns + u" FROM users ORDER BY login"_s));
}

std::optional<DomainError> UserRepository::updateOne(qint64 userId, const QString &sql,
                                                     const QVariantList &bindings)
{
    auto updated = m_database.execute(sql, bindings);
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows != 1)
        return userNotFound(u"User %1"_s.arg(userId));
    return std::nullopt;
}

std::optional<DomainError> UserRepository::setPassword(qint64 userId, const QString &passwordHash,
                                                       qint64 nowMs)
{
    if (passwordHash.isEmpty()) {
        return DomainError{AccountErrorCode::MissingPasswordHash.toString(),
                           u"User %1 cannot be given an empty password hash"_s.arg(userId)};
    }
    return m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto error = updateOne(
                userId, u"UPDATE users SET password_hash = ?, password_changed_ms = ? WHERE id = ?"_s,
                {passwordHash, qlonglong(nowMs), qlonglong(userId)}))
            return error;
        return SessionStore(m_database).revokeAllForUser(userId);
    });
}

std::optional<DomainError> UserRepository::upgradePasswordHash(qint64 userId, const QString &passwordHash)
{
    if (passwordHash.isEmpty()) {
        return DomainError{AccountErrorCode::MissingPasswordHash.toString(),
                           u"User %1 cannot be given an empty password hash"_s.arg(userId)};
    }
    return updateOne(userId, u"UPDATE users SET password_hash = ? WHERE id = ?"_s,
                     {passwordHash, qlonglong(userId)});
}

std::optional<DomainError> UserRepository::setDisabled(qint64 userId, bool disabled)
{
    return m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto error = updateOne(userId, u"UPDATE users SET disabled = ? WHERE id = ?"_s,
                                   {disabled ? 1 : 0, qlonglong(userId)}))
            return error;
        if (!disabled)
            return std::nullopt;
        return SessionStore(m_database).revokeAllForUser(userId);
    });
}

std::optional<DomainError> UserRepository::setRole(qint64 userId, Role role)
{
    return m_database.transaction([&]() -> std::optional<DomainError> {
        auto user = findById(userId);
        if (!user)
            return user.error();
        User changed = user.value();
        changed.role = role;
        if (auto error = changed.validate())
            return error;
        return updateOne(userId, u"UPDATE users SET role = ? WHERE id = ?"_s,
                         {roleKey(role), qlonglong(userId)});
    });
}

} // namespace ContactDesk
