#include "storetestdatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

DatabaseBackend storeTestBackend()
{
    const QString name = qEnvironmentVariable("CONTACTDESK_STORE_TEST_BACKEND");
    if (name.isEmpty() || name == u"sqlite")
        return DatabaseBackend::Sqlite;
    if (name == u"postgres")
        return DatabaseBackend::PostgreSql;
    qFatal("CONTACTDESK_STORE_TEST_BACKEND='%s': expected sqlite or postgres", qPrintable(name));
}

StoreTestDatabase::StoreTestDatabase(DatabaseBackend backend)
    : m_backend(backend)
{
    if (backend == DatabaseBackend::Sqlite) {
        m_folder = std::make_unique<QTemporaryDir>();
        if (!m_folder->isValid())
            m_unavailable = u"cannot create a temporary folder: "_s + m_folder->errorString();
        return;
    }
    m_postgresUrl = qEnvironmentVariable("CONTACTDESK_TEST_POSTGRES");
    if (m_postgresUrl.isEmpty()) {
        m_unavailable = u"CONTACTDESK_TEST_POSTGRES is not set. This test needs a PostgreSQL server: run it "
                        "through scripts/with-services.sh, or set CONTACTDESK_TEST_POSTGRES to "
                        "postgresql://user@host:port/database of a database it may create schemas in."_s;
        return;
    }
    auto settings = ConnectionSettings::parse(m_postgresUrl);
    if (!settings || settings->backend != DatabaseBackend::PostgreSql) {
        m_unavailable = u"CONTACTDESK_TEST_POSTGRES='%1' is not a postgresql:// URL: %2"_s.arg(
            m_postgresUrl, settings ? u"it names SQLite"_s : settings.error().message);
    }
}

StoreTestDatabase::~StoreTestDatabase()
{
    if (m_schemas.isEmpty())
        return;
    auto settings = ConnectionSettings::parse(m_postgresUrl);
    if (!settings)
        return;
    const QString name = u"store-test-cleanup"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(settings->host);
        db.setPort(settings->port);
        db.setUserName(settings->user);
        db.setPassword(settings->password);
        db.setDatabaseName(settings->databaseName);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SET client_min_messages TO warning"_s); // no NOTICE per dropped table
            for (const QString &schema : std::as_const(m_schemas))
                query.exec(u"DROP SCHEMA IF EXISTS \"%1\" CASCADE"_s.arg(schema));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString StoreTestDatabase::freshConnectionString(const QString &tag)
{
    ++m_counter;
    if (m_backend == DatabaseBackend::Sqlite)
        return m_folder->filePath(u"%1-%2.sqlite"_s.arg(tag).arg(m_counter));

    // Lower-case, unique per process and run, valid as a schema name.
    const QString schema = u"cdtest_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(m_counter);
    m_schemas << schema;
    return m_postgresUrl + (m_postgresUrl.contains(u'?') ? u'&' : u'?') + u"schema="_s + schema;
}

} // namespace ContactDesk
