#pragma once

#include "store/connectionsettings.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ContactDesk {

// The back end a store suite binary runs on this time: ctest runs each such binary twice, with
// CONTACTDESK_STORE_TEST_BACKEND=sqlite and =postgres (tests/CMakeLists.txt,
// contactdesk_add_store_test). Unset means SQLite; any other value is a mistake that stops the run.
DatabaseBackend storeTestBackend();

// Hands out connection strings for fresh, empty databases of the back end a test binary was built
// for, and removes them afterwards. SQLite: files in a temporary folder. PostgreSQL: a new schema
// per database in the server named by CONTACTDESK_TEST_POSTGRES, unique to this run, so the suite
// runs on any empty database and can run again on the same one.
class StoreTestDatabase final
{
public:
    explicit StoreTestDatabase(DatabaseBackend backend);
    ~StoreTestDatabase();
    Q_DISABLE_COPY_MOVE(StoreTestDatabase)

    DatabaseBackend backend() const { return m_backend; }
    // Empty when the back end can be used; otherwise why not (the test must fail with it).
    QString unavailableReason() const { return m_unavailable; }

    QString freshConnectionString(const QString &tag);

private:
    DatabaseBackend m_backend;
    QString m_unavailable;
    QString m_postgresUrl;
    std::unique_ptr<QTemporaryDir> m_folder;
    QStringList m_schemas;
    int m_counter = 0;
};

} // namespace ContactDesk
