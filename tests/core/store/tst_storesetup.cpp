// What does not need a database server: connection strings, SQLite's settings and files, the
// timeline query plan, and the errors a user sees when a database cannot be used.
#include "store/connectionsettings.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static constexpr qint64 T0 = 1767225600000;

#define VERIFY_OK(expression)                                         \
    do {                                                              \
        const std::optional<DomainError> error_ = (expression);       \
        QVERIFY2(!error_, error_ ? qPrintable(error_->message) : ""); \
    } while (false)

class TestStoreSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void connectionStrings_data();
    void connectionStrings();
    void invalidConnectionStrings_data();
    void invalidConnectionStrings();
    void passwordIsNotDisplayed();
    void defaultDatabaseIsInTheUsersDataFolder();

    void sqliteIsWalWithForeignKeysAndFullSync();
    void fileThatIsNotADatabaseIsRefusedUntouched();
    void unreachablePostgresSaysWhere();
    void closedDatabaseRefusesWork();

    void timelineQueryUsesTheIndex_data();
    void timelineQueryUsesTheIndex();

private:
    QTemporaryDir m_folder;
};

void TestStoreSetup::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreSetup::connectionStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DatabaseBackend>("backend");
    QTest::addColumn<QString>("sqlitePath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("schema");

    const auto sqlite = DatabaseBackend::Sqlite;
    const auto pg = DatabaseBackend::PostgreSql;
    QTest::newRow("absolute file") << u"/var/lib/contactdesk/data.db"_s << sqlite
                                   << u"/var/lib/contactdesk/data.db"_s << QString() << 5432 << QString()
                                   << QString() << QString() << QString();
    QTest::newRow("sqlite: prefix") << u"sqlite:/tmp/a.sqlite"_s << sqlite << u"/tmp/a.sqlite"_s << QString()
                                    << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite url") << u"sqlite:///tmp/b.sqlite"_s << sqlite << u"/tmp/b.sqlite"_s << QString()
                                << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("memory") << u":memory:"_s << sqlite << u":memory:"_s << QString() << 5432 << QString()
                            << QString() << QString() << QString();
    QTest::newRow("sqlite memory") << u"sqlite::memory:"_s << sqlite << u":memory:"_s << QString() << 5432
                                   << QString() << QString() << QString() << QString();
    QTest::newRow("postgres full") << u"postgresql://agent:s%40cret@db.example.com:6543/contactdesk"_s << pg
                                   << QString() << u"db.example.com"_s << 6543 << u"agent"_s << u"s@cret"_s
                                   << u"contactdesk"_s << QString();
    QTest::newRow("postgres short") << u"postgres://postgres@127.0.0.1/cd"_s << pg << QString()
                                    << u"127.0.0.1"_s << 5432 << u"postgres"_s << QString() << u"cd"_s
                                    << QString();
    QTest::newRow("postgres socket") << u"postgresql://postgres@/cd?host=/run/postgresql"_s << pg << QString()
                                     << u"/run/postgresql"_s << 5432 << u"postgres"_s << QString() << u"cd"_s
                                     << QString();
    QTest::newRow("postgres schema") << u"postgresql://u@h:5433/cd?schema=site_busan&sslmode=require"_s << pg
                                     << QString() << u"h"_s << 5433 << u"u"_s << QString() << u"cd"_s
                                     << u"site_busan"_s;
}

void TestStoreSetup::connectionStrings()
{
    QFETCH(QString, text);
    QFETCH(DatabaseBackend, backend);
    QFETCH(QString, sqlitePath);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, schema);

    auto settings = ConnectionSettings::parse(text);
    QVERIFY2(settings.ok(), qPrintable(settings.error().message));
    QCOMPARE(settings->backend, backend);
    QCOMPARE(settings->sqlitePath, sqlitePath);
    QCOMPARE(settings->host, host);
    QCOMPARE(settings->port, port);
    QCOMPARE(settings->user, user);
    QCOMPARE(settings->password, password);
    QCOMPARE(settings->databaseName, database);
    QCOMPARE(settings->schema, schema);
}

void TestStoreSetup::invalidConnectionStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("other database") << u"mysql://root@localhost/cd"_s << u"unsupported"_s;
    QTest::newRow("no database name") << u"postgresql://u@host/"_s << u"expected postgresql://"_s;
    QTest::newRow("unknown option") << u"postgresql://u@host/cd?colour=blue"_s
                                    << u"unknown option 'colour'"_s;
    QTest::newRow("bad schema") << u"postgresql://u@host/cd?schema=Robert%27);DROP"_s << u"schema"_s;
    QTest::newRow("empty sqlite path") << u"sqlite:"_s << u"no SQLite file path"_s;
}

void TestStoreSetup::invalidConnectionStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto settings = ConnectionSettings::parse(text);
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().code, StoreErrorCode::InvalidConnection.toString());
    QVERIFY2(settings.error().message.contains(mentions), qPrintable(settings.error().message));

    Database database;
    const auto error = database.open(text);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::InvalidConnection.toString());
    QVERIFY(!database.isOpen());
}

void TestStoreSetup::passwordIsNotDisplayed()
{
    auto settings = ConnectionSettings::parse(u"postgresql://agent:topsecret@db:6000/cd?schema=x"_s);
    QVERIFY(settings.ok());
    const QString shown = settings->displayString();
    QVERIFY2(!shown.contains(u"topsecret"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"agent"_s) && shown.contains(u"db:6000/cd"_s), qPrintable(shown));
}

void TestStoreSetup::defaultDatabaseIsInTheUsersDataFolder()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/contactdesk.sqlite"_s;
    QCOMPARE(ConnectionSettings::defaultSqlitePath(), expected);
    auto settings = ConnectionSettings::parse(QString());
    QVERIFY(settings.ok());
    QCOMPARE(settings->sqlitePath, expected);

    // Test mode points AppDataLocation at a throwaway folder; the folder is created on demand.
    QFile::remove(expected);
    {
        Database database;
        VERIFY_OK(database.open(QString()));
        QVERIFY(QFile::exists(expected));
    }
    QFile::remove(expected);
    QFile::remove(expected + u"-wal"_s);
    QFile::remove(expected + u"-shm"_s);
}

void TestStoreSetup::sqliteIsWalWithForeignKeysAndFullSync()
{
    Database database;
    VERIFY_OK(database.open(m_folder.filePath(u"pragmas.sqlite"_s)));
    QCOMPARE(database.backend(), DatabaseBackend::Sqlite);
    const QList<std::pair<QString, QVariant>> expected = {
        {u"PRAGMA journal_mode"_s, u"wal"_s},
        {u"PRAGMA foreign_keys"_s, 1},
        {u"PRAGMA synchronous"_s, 2}, // FULL
    };
    for (const auto &[pragma, value] : expected) {
        auto query = database.execute(pragma);
        QVERIFY2(query.ok(), qPrintable(query.error().message));
        QVERIFY(query.value()->next());
        QCOMPARE(query.value()->value(0).toString(), value.toString());
        query.value()->finish();
    }
}

void TestStoreSetup::fileThatIsNotADatabaseIsRefusedUntouched()
{
    const QString path = m_folder.filePath(u"notes.txt"_s);
    const QByteArray content = "These are my notes, not a database.\n"_ba.repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Database database;
    const auto error = database.open(path);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::ConnectFailed.toString());
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(u"not a database"_s), qPrintable(error->message));
    QVERIFY(!database.isOpen());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestStoreSetup::unreachablePostgresSaysWhere()
{
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    Database database;
    const auto error = database.open(u"postgresql://nobody:pw@127.0.0.1:1/contactdesk?connect_timeout=3"_s);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::ConnectFailed.toString());
    QVERIFY2(
        error->message.startsWith(u"Cannot open database postgresql://nobody:***@127.0.0.1:1/contactdesk"_s),
        qPrintable(error->message));
    QVERIFY(!error->message.contains(u":pw@"_s));
}

void TestStoreSetup::closedDatabaseRefusesWork()
{
    Database database;
    CustomerRepository customers(database);
    QCOMPARE(customers.count().error().code, StoreErrorCode::NotOpen.toString());
    Customer customer;
    customer.givenName = u"Ada"_s;
    QCOMPARE(customers.insert(customer)->code, StoreErrorCode::NotOpen.toString());
    QCOMPARE(database.schemaVersion().error().code, StoreErrorCode::NotOpen.toString());
}

void TestStoreSetup::timelineQueryUsesTheIndex_data()
{
    QTest::addColumn<QList<Channel>>("channels");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cursor");
    QTest::newRow("first page") << QList<Channel>{} << QString() << false;
    QTest::newRow("next page") << QList<Channel>{} << QString() << true;
    QTest::newRow("channels") << QList<Channel>{Channel::Chat, Channel::Email} << QString() << false;
    QTest::newRow("channels next page") << QList<Channel>{Channel::Voice} << QString() << true;
    QTest::newRow("text") << QList<Channel>{} << u"refund"_s << false;
    QTest::newRow("everything") << QList<Channel>{Channel::Sms} << u"refund"_s << true;
}

void TestStoreSetup::timelineQueryUsesTheIndex()
{
    QFETCH(QList<Channel>, channels);
    QFETCH(QString, text);
    QFETCH(bool, cursor);

    Database database;
    VERIFY_OK(database.open(
        m_folder.filePath(u"plan-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())))));
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    // Enough rows, over several customers, that a table scan would be a real choice.
    Customer first;
    first.givenName = u"Ada"_s;
    VERIFY_OK(customers.insert(first));
    Customer second;
    second.givenName = u"Grace"_s;
    VERIFY_OK(customers.insert(second));
    VERIFY_OK(database.transaction([&]() -> std::optional<DomainError> {
        for (int i = 0; i < 2000; ++i) {
            Interaction interaction =
                Interaction::create(allChannels().at(i % ChannelCount), Direction::Inbound, T0 + i * 1000);
            interaction.customerId = i % 2 ? first.id : second.id;
            if (auto error = interactions.insert(interaction))
                return error;
        }
        return std::nullopt;
    }));
    VERIFY_OK(database.executeDirect(u"ANALYZE"_s));

    TimelineQuery query;
    query.channels = channels;
    query.text = text;
    if (cursor) {
        query.beforeCreatedMs = T0 + 1000 * 1000;
        query.beforeId = 1001;
    }
    auto plan = interactions.timelinePlan(first.id, query);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    const QStringList steps = plan->split(u'\n');
    const QString interactionStep = steps.isEmpty() ? QString() : steps.constFirst();
    // The interactions are read through the (customer, created, id) index, in its order ...
    QVERIFY2(
        interactionStep.startsWith(u"SEARCH i USING INDEX interactions_customer_created (customer_id=?"_s),
        qPrintable(plan.value()));
    // ... starting at the cursor rather than skipping rows up to it ...
    if (cursor)
        QVERIFY2(interactionStep.contains(u"created_ms<?"_s), qPrintable(plan.value()));
    // ... with no scan of the table and no sort afterwards.
    for (const QString &step : steps) {
        QVERIFY2(!step.startsWith(u"SCAN"_s), qPrintable(plan.value()));
        QVERIFY2(!step.contains(u"TEMP B-TREE"_s), qPrintable(plan.value()));
    }
}

QTEST_GUILESS_MAIN(TestStoreSetup)
#include "tst_storesetup.moc"
