#pragma once

#include "storeresult.h"

#include <QString>

namespace ContactDesk {

enum class DatabaseBackend
{
    Sqlite,
    PostgreSql,
};

QString databaseBackendKey(DatabaseBackend backend); // "sqlite", "postgresql"

// Where the data lives, parsed from one connection string:
//   ""                                       the default SQLite file (defaultSqlitePath())
//   /path/to/file.db, file.db, sqlite:PATH   a SQLite file (created with its folder if missing)
//   :memory:, sqlite::memory:                a private in-memory SQLite database
//   postgresql://user[:password]@host[:port]/database[?host=/socket/dir&schema=name&...]
// Query items of a PostgreSQL URL: `host` (a socket directory or host that overrides the URL's),
// `schema` (created when missing and put first on search_path, so that several installations or
// test runs can share one database), `sslmode` and `connect_timeout` (passed to libpq).
struct ConnectionSettings
{
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString sqlitePath; // absolute file path or ":memory:"

    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString schema;
    QString connectOptions; // libpq "key=value;key=value" passed through QSqlDatabase

    bool isInMemory() const { return backend == DatabaseBackend::Sqlite && sqlitePath == u":memory:"; }

    // The same connection string with the password hidden, for logs and error messages.
    QString displayString() const;

    static StoreResult<ConnectionSettings> parse(const QString &connectionString);

    // <QStandardPaths::AppDataLocation>/contactdesk.sqlite
    static QString defaultSqlitePath();
};

} // namespace ContactDesk
