#include "connectionsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString databaseBackendKey(DatabaseBackend backend)
{
    switch (backend) {
    case DatabaseBackend::Sqlite:
        return u"sqlite"_s;
    case DatabaseBackend::PostgreSql:
        return u"postgresql"_s;
    }
    Q_UNREACHABLE();
}

static DomainError invalid(const QString &connectionString, const QString &why)
{
    return DomainError{StoreErrorCode::InvalidConnection.toString(),
                       u"Invalid database connection string '%1': %2"_s.arg(connectionString, why)};
}

static bool isValidSchemaName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

static StoreResult<ConnectionSettings> parsePostgres(const QString &connectionString)
{
    const QUrl url(connectionString, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(connectionString, url.errorString());

    ConnectionSettings settings;
    settings.backend = DatabaseBackend::PostgreSql;
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.host = url.host(QUrl::FullyDecoded);
    settings.port = url.port(5432);
    settings.databaseName = url.path(QUrl::FullyDecoded);
    if (settings.databaseName.startsWith(QLatin1Char('/')))
        settings.databaseName.remove(0, 1);
    if (settings.databaseName.isEmpty() || settings.databaseName.contains(QLatin1Char('/')))
        return invalid(connectionString, u"expected postgresql://user@host[:port]/database"_s);

    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            settings.host = value;
        } else if (key == u"schema") {
            if (!isValidSchemaName(value)) {
                return invalid(connectionString,
                               u"schema '%1' must be lower-case letters, digits and '_'"_s.arg(value));
            }
            settings.schema = value;
        } else if (key == u"sslmode" || key == u"connect_timeout" || key == u"application_name") {
            options << key + QLatin1Char('=') + value;
        } else {
            return invalid(connectionString,
                           u"unknown option '%1' (known: host, schema, sslmode, connect_timeout, "
                           "application_name)"_s.arg(key));
        }
    }
    settings.connectOptions = options.join(QLatin1Char(';'));
    return settings;
}

StoreResult<ConnectionSettings> ConnectionSettings::parse(const QString &connectionString)
{
    const QString text = connectionString.trimmed();
    ConnectionSettings settings;
    settings.backend = DatabaseBackend::Sqlite;

    if (text.isEmpty()) {
        settings.sqlitePath = defaultSqlitePath();
        return settings;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://"))
        return parsePostgres(text);

    QString path = text;
    if (path.startsWith(u"sqlite:")) {
        path.remove(0, 7);
        // sqlite:///abs/path and sqlite://rel/path read as URLs do.
        if (path.startsWith(u"//"))
            path.remove(0, 2);
    } else {
        static const QRegularExpression otherScheme(u"^[A-Za-z][A-Za-z0-9+.-]+://"_s);
        if (otherScheme.match(path).hasMatch()) {
            return invalid(connectionString,
                           u"unsupported kind of database (use a SQLite file path, sqlite:PATH, "
                           ":memory: or postgresql://...)"_s);
        }
    }
    if (path.isEmpty())
        return invalid(connectionString, u"no SQLite file path given"_s);
    settings.sqlitePath = path == u":memory:" ? path : QFileInfo(QDir::cleanPath(path)).absoluteFilePath();
    return settings;
}

QString ConnectionSettings::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/contactdesk.sqlite"_s;
}

QString ConnectionSettings::displayString() const
{
    if (backend == DatabaseBackend::Sqlite)
        return u"sqlite:"_s + sqlitePath;

    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(u"***"_s);
    const bool socketDirectory = host.startsWith(QLatin1Char('/'));
    if (!socketDirectory)
        url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    if (socketDirectory)
        query.addQueryItem(u"host"_s, host);
    if (!schema.isEmpty())
        query.addQueryItem(u"schema"_s, schema);
    url.setQuery(query);
    return url.toString();
}

} // namespace ContactDesk
