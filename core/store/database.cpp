#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"contactdesk-store-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

static DomainError storeError(QStringView code, const QString &message)
{
    return DomainError{code.toString(), message};
}

Database::Database() = default;

Database::~Database()
{
    close();
}

std::optional<DomainError> Database::open(const QString &connectionString)
{
    return open(connectionString, Migrations::standard());
}

std::optional<DomainError> Database::open(const QString &connectionString, const QList<Migration> &migrations)
{
    close();

    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return storeError(
                StoreErrorCode::MigrationFailed,
                u"Migration list is not numbered 1, 2, 3 ...: entry %1 has version %2"_s.arg(i + 1).arg(
                    migrations.at(i).version));
        }
    }

    auto parsed = ConnectionSettings::parse(connectionString);
    if (!parsed)
        return parsed.error();
    m_settings = parsed.value();

    const QString driver = m_settings.backend == DatabaseBackend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return storeError(StoreErrorCode::ConnectFailed,
                          u"The Qt SQL driver %1 is not installed; it is needed for %2"_s.arg(
                              driver, m_settings.displayString()));
    }

    // Create the SQLite file's folder before registering a connection, so that a failure here
    // leaves no connection behind.
    if (m_settings.backend == DatabaseBackend::Sqlite && !m_settings.isInMemory()) {
        const QString folder = QFileInfo(m_settings.sqlitePath).absolutePath();
        if (!QDir().mkpath(folder)) {
            return storeError(StoreErrorCode::ConnectFailed,
                              u"Cannot create the folder '%1' for the database"_s.arg(folder));
        }
    }

    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        if (m_settings.backend == DatabaseBackend::Sqlite) {
            db.setDatabaseName(m_settings.sqlitePath);
            // Another process (the server, the CLI) may hold the write lock for a moment.
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            db.setHostName(m_settings.host);
            db.setPort(m_settings.port);
            db.setUserName(m_settings.user);
            db.setPassword(m_settings.password);
            db.setDatabaseName(m_settings.databaseName);
            db.setConnectOptions(m_settings.connectOptions);
        }
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            return storeError(StoreErrorCode::ConnectFailed, u"Cannot open database %1: %2"_s.arg(
                                                                 m_settings.displayString(), why.trimmed()));
        }
    }

    if (auto error = configureConnection()) {
        close();
        return error;
    }
    if (auto error = migrate(migrations)) {
        close();
        return error;
    }
    return std::nullopt;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    // Every query must be gone before the connection can be removed.
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_transactionDepth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
    m_latestVersion = 0;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<DomainError> Database::configureConnection()
{
    if (m_settings.backend == DatabaseBackend::Sqlite) {
        // foreign_keys is per connection and off by default. FULL makes every commit reach the
        // disk before it returns: an accepted interaction survives a power cut.
        for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
            if (auto error = executeDirect(pragma)) {
                return storeError(StoreErrorCode::ConnectFailed,
                                  u"Cannot use %1 as a ContactDesk database: %2"_s.arg(
                                      m_settings.displayString(), error->message));
            }
        }
        if (!m_settings.isInMemory()) {
            // WAL lets readers (the UI, reports) run while the routing core writes.
            QSqlQuery query(connection());
            if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
                return storeError(StoreErrorCode::ConnectFailed,
                                  u"Cannot use %1 as a ContactDesk database: %2"_s.arg(
                                      m_settings.displayString(), query.lastError().text()));
            }
            if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
                return storeError(StoreErrorCode::ConnectFailed,
                                  u"Cannot switch %1 to WAL journal mode (got '%2')"_s.arg(
                                      m_settings.displayString(), query.value(0).toString()));
            }
        }
        return std::nullopt;
    }

    // libpq prints NOTICEs ("schema already exists, skipping") on stderr otherwise.
    if (auto error = executeDirect(u"SET client_min_messages TO warning"_s))
        return error;
    if (!m_settings.schema.isEmpty()) {
        // The name was checked to be [a-z0-9_] when parsed, so quoting it is enough.
        const QString quoted = QLatin1Char('"') + m_settings.schema + QLatin1Char('"');
        if (auto error = executeDirect(u"CREATE SCHEMA IF NOT EXISTS "_s + quoted))
            return error;
        if (auto error = executeDirect(u"SET search_path TO "_s + quoted))
            return error;
    }
    return std::nullopt;
}

QString Database::translate(const QString &statement) const
{
    QString sql = statement;
    sql.replace(u"{{autoid}}"_s, m_settings.backend == DatabaseBackend::Sqlite
                                     ? u"INTEGER PRIMARY KEY"_s
                                     : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    return sql;
}

std::optional<DomainError> Database::migrate(const QList<Migration> &migrations)
{
    m_latestVersion = migrations.isEmpty() ? 0 : migrations.constLast().version;

    // One transaction for all pending steps: a failure anywhere leaves the database as it was.
    // IMMEDIATE (SQLite) and the advisory lock (PostgreSQL) keep two processes that start at
    // the same time from migrating the same database twice.
    const bool sqlite = m_settings.backend == DatabaseBackend::Sqlite;
    if (auto error = executeDirect(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return error;
    auto fail = [this](const DomainError &error) {
        executeDirect(u"ROLLBACK"_s);
        return std::optional<DomainError>(error);
    };
    if (!sqlite) {
        if (auto error = executeDirect(u"SELECT pg_advisory_xact_lock(7243011)"_s))
            return fail(*error);
    }
    if (auto error =
            executeDirect(u"CREATE TABLE IF NOT EXISTS schema_version ("
                          " version INTEGER PRIMARY KEY,"
                          " description TEXT NOT NULL,"
                          " applied_at TEXT NOT NULL DEFAULT (CAST(CURRENT_TIMESTAMP AS TEXT)))"_s)) {
        return fail(*error);
    }

    auto current = schemaVersion();
    if (!current)
        return fail(current.error());
    if (current.value() > m_latestVersion) {
        return fail(storeError(StoreErrorCode::SchemaTooNew,
                               u"database schema version %1 is newer than this ContactDesk (%2); "
                               "upgrade ContactDesk"_s.arg(current.value())
                                   .arg(m_latestVersion)));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current.value())
            continue;
        for (qsizetype i = 0; i < migration.statements.size(); ++i) {
            if (auto error = executeDirect(translate(migration.statements.at(i)))) {
                return fail(storeError(StoreErrorCode::MigrationFailed,
                                       u"Migration %1 (%2) failed at statement %3: %4; the database "
                                       "was left at schema version %5"_s.arg(migration.version)
                                           .arg(migration.description)
                                           .arg(i + 1)
                                           .arg(error->message)
                                           .arg(current.value())));
            }
        }
        auto recorded = execute(u"INSERT INTO schema_version (version, description) VALUES (?, ?)"_s,
                                {migration.version, migration.description});
        if (!recorded)
            return fail(recorded.error());
        recorded.value()->finish();
    }

    if (auto error = executeDirect(u"COMMIT"_s))
        return fail(*error);
    return std::nullopt;
}

StoreResult<int> Database::schemaVersion()
{
    if (!isOpen())
        return storeError(StoreErrorCode::NotOpen, u"The database is not open"_s);
    // open() creates schema_version before anything else, so it exists whenever we are open.
    auto query = execute(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!query)
        return query.error();
    QSqlQuery *q = query.value();
    const int version = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return version;
}

int Database::latestSchemaVersion() const
{
    return m_latestVersion;
}

std::optional<DomainError> Database::transaction(const std::function<std::optional<DomainError>()> &work)
{
    if (!isOpen())
        return storeError(StoreErrorCode::NotOpen, u"The database is not open"_s);

    if (m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock up front, so the transaction cannot fail half-way
        // because another process started writing first.
        const bool sqlite = m_settings.backend == DatabaseBackend::Sqlite;
        if (auto error = executeDirect(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
            return error;
        ++m_transactionDepth;
        std::optional<DomainError> error = work();
        if (!error)
            error = executeDirect(u"COMMIT"_s);
        if (error)
            executeDirect(u"ROLLBACK"_s);
        --m_transactionDepth;
        return error;
    }

    const QString savepoint = u"contactdesk_sp%1"_s.arg(m_transactionDepth);
    if (auto error = executeDirect(u"SAVEPOINT "_s + savepoint))
        return error;
    ++m_transactionDepth;
    std::optional<DomainError> error = work();
    --m_transactionDepth;
    if (error) {
        executeDirect(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
        executeDirect(u"RELEASE SAVEPOINT "_s + savepoint);
        return error;
    }
    return executeDirect(u"RELEASE SAVEPOINT "_s + savepoint);
}

StoreResult<QSqlQuery *> Database::execute(const QString &sql, const QVariantList &bindings)
{
    if (!isOpen())
        return storeError(StoreErrorCode::NotOpen, u"The database is not open"_s);

    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        auto prepared = std::make_shared<QSqlQuery>(connection());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            m_statements.remove(sql);
            return queryError(*prepared, sql);
        }
        query = prepared;
    }
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        // Qt SQL binds a null QString as NULL; our text columns mean "" by it and are NOT NULL.
        if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
            query->bindValue(int(i), QString(u""_s));
        else
            query->bindValue(int(i), value);
    }
    if (!query->exec()) {
        DomainError error = queryError(*query, sql);
        query->finish();
        return error;
    }
    return query.get();
}

std::optional<DomainError> Database::executeDirect(const QString &sql)
{
    if (m_connectionName.isEmpty())
        return storeError(StoreErrorCode::NotOpen, u"The database is not open"_s);
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return queryError(query, sql);
    return std::nullopt;
}

DomainError Database::queryError(const QSqlQuery &query, const QString &what)
{
    // Long statements are cut: the error text matters, the SQL is there to find the caller.
    QString statement = what.simplified();
    if (statement.size() > 120)
        statement = statement.left(117) + u"..."_s;
    const QSqlError error = query.lastError();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return storeError(StoreErrorCode::QueryFailed, u"%1 (in: %2)"_s.arg(text, statement));
}

} // namespace ContactDesk
