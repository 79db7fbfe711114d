#pragma once

#include "connectionsettings.h"
#include "migrations.h"
#include "storeresult.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace ContactDesk {

// One connection to the ContactDesk database, SQLite or PostgreSQL, with the schema brought up to
// date when it opens. Repositories take a Database& and share its prepared statements.
//
// A Database belongs to the thread that opened it (as QSqlDatabase does). Each instance has its
// own QSqlDatabase connection name, so several may be open at once, on one file or several.
class Database final
{
public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Connects (see ConnectionSettings for the forms of `connectionString`) and runs every
    // pending migration in ONE transaction: if any step fails, the database stays exactly as it
    // was and the error says which step. A database written by a newer ContactDesk is refused.
    std::optional<DomainError> open(const QString &connectionString);
    // The same with another migration list: for tests and tools only.
    std::optional<DomainError> open(const QString &connectionString, const QList<Migration> &migrations);
    void close();
    bool isOpen() const;

    DatabaseBackend backend() const { return m_settings.backend; }
    const ConnectionSettings &settings() const { return m_settings; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // The version the database is at now (0 for an empty database), or an error.
    StoreResult<int> schemaVersion();
    // The version this build's migration list ends at.
    int latestSchemaVersion() const;

    // Runs `work` in a transaction: commits when it returns no error, rolls back otherwise (and
    // when the commit fails). Nested calls become savepoints, so an inner failure undoes only the
    // inner work and the outer caller decides what to do with it.
    std::optional<DomainError> transaction(const std::function<std::optional<DomainError>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Executes `sql` as a prepared statement with `bindings` bound in order to its '?'
    // placeholders. The statement is prepared once per connection and reused, which is what makes
    // bulk writes fast; the returned query is valid until the next execute() of the same SQL.
    // Read what you need, then call finish() on it.
    StoreResult<QSqlQuery *> execute(const QString &sql, const QVariantList &bindings = {});

    // For statements that cannot be prepared (DDL, SAVEPOINT). Never pass user data here.
    std::optional<DomainError> executeDirect(const QString &sql);

    // The SQL error of `query` as a DomainError with code StoreErrorCode::QueryFailed.
    static DomainError queryError(const QSqlQuery &query, const QString &what);

private:
    std::optional<DomainError> configureConnection();
    std::optional<DomainError> migrate(const QList<Migration> &migrations);
    QString translate(const QString &statement) const;

    ConnectionSettings m_settings;
    QString m_connectionName;
    int m_latestVersion = 0;
    int m_transactionDepth = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace ContactDesk
