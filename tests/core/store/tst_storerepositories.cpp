// One repository suite, run twice: tst_store_sqlite against SQLite files and
// tst_store_postgres (CONTACTDESK_STORE_TEST_BACKEND=postgres) against the PostgreSQL server named by
// CONTACTDESK_TEST_POSTGRES. Every test opens its own fresh database.
#include "domain/agent.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "domain/queue.h"
#include "domain/skill.h"
#include "domain/workitem.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/dispositionrepository.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/queuerepository.h"
#include "store/settingsrepository.h"
#include "store/skillrepository.h"
#include "store/workitemrepository.h"
#include "storetestdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const DatabaseBackend TestBackend = storeTestBackend();

// 2026-01-01 00:00:00 UTC: every time in these tests is an offset from it.
static constexpr qint64 T0 = 1767225600000;

static QByteArray describe(const std::optional<DomainError> &error)
{
    return error ? (error->code + u": "_s + error->message).toUtf8() : QByteArray();
}

#define VERIFY_OK(expression)                                   \
    do {                                                        \
        const std::optional<DomainError> error_ = (expression); \
        QVERIFY2(!error_, describe(error_).constData());        \
    } while (false)

#define VERIFY_RESULT(result) QVERIFY2((result).ok(), (result).error().message.toUtf8().constData())

#define OPEN_FRESH(database, tag)                                                   \
    do {                                                                            \
        m_lastConnection = m_databases->freshConnectionString(QStringLiteral(tag)); \
        VERIFY_OK((database).open(m_lastConnection));                               \
    } while (false)

static Customer makeCustomer(const QString &given, const QString &family, const QStringList &phones,
                             const QStringList &emails = {})
{
    Customer customer;
    customer.givenName = given;
    customer.familyName = family;
    customer.createdAtMs = T0;
    for (const QString &phone : phones) {
        ContactPoint point;
        point.kind = ContactKind::Phone;
        point.value = phone;
        point.primary = customer.contactPoints.isEmpty();
        customer.contactPoints.append(point);
    }
    for (const QString &email : emails) {
        ContactPoint point;
        point.kind = ContactKind::Email;
        point.value = email;
        customer.contactPoints.append(point);
    }
    return customer;
}

static Interaction makeInteraction(qint64 customerId, Channel channel, qint64 createdMs)
{
    Interaction interaction = Interaction::create(channel, Direction::Inbound, createdMs);
    interaction.customerId = customerId;
    interaction.queueId = u"general"_s;
    return interaction;
}

static QList<qint64> idsOf(const QList<TimelineEntry> &entries)
{
    QList<qint64> ids;
    for (const TimelineEntry &entry : entries)
        ids << entry.interaction.id;
    return ids;
}

class TestStoreRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void freshDatabaseIsAtLatestVersion();
    void reopeningKeepsDataAndMigratesOnce();
    void eachDatabaseHasItsOwnConnection();
    void newerSchemaIsRefused();
    void failedMigrationLeavesDatabaseAsItWas();
    void failedFirstMigrationLeavesEmptyDatabase();

    void customerRoundTrip();
    void lookupByContactPoint_data();
    void lookupByContactPoint();
    void unreadablePhoneIsAnError();
    void sharedNumberFindsEveryCustomer();
    void customerUpdateReplacesContactPoints();
    void invalidCustomerWritesNothing();
    void customerSearch_data();
    void customerSearch();

    void agentRoundTrip();
    void skillsAndQueuesRoundTrip();
    void settingsKeyValue();

    void interactionRoundTrip();
    void interactionWriteIsVisibleToAnotherConnection();
    void interactionNeedsKnownCustomerAndAgent();
    void messagesKeepOrderAndAttachments();
    void workItemsOpenForCustomer();

    void timelineOrderCountsAndAgentNames();
    void timelinePagesByKeyset();
    void timelineChannelFilter();
    void timelineTextFilter();
    void timelineOfTenThousandInteractions();

    void transactionRollsBackAndSavepointsNest();

private:
    std::unique_ptr<StoreTestDatabase> m_databases;
    QString m_lastConnection;
    std::unique_ptr<Database> m_lookupDatabase;
    QHash<QString, qint64> m_lookupCustomers;
};

void TestStoreRepositories::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(TestBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(m_databases->unavailableReason().toUtf8().constData());
}

void TestStoreRepositories::cleanupTestCase()
{
    m_lookupDatabase.reset();
    m_databases.reset();
}

void TestStoreRepositories::freshDatabaseIsAtLatestVersion()
{
    Database database;
    OPEN_FRESH(database, "latest");
    QCOMPARE(database.backend(), TestBackend);
    auto version = database.schemaVersion();
    VERIFY_RESULT(version);
    QCOMPARE(version.value(), Migrations::latestVersion());
    QCOMPARE(database.latestSchemaVersion(), Migrations::latestVersion());

    // The seeded wrap-up codes, in their sort order, with both labels.
    DispositionRepository dispositions(database);
    auto codes = dispositions.list();
    VERIFY_RESULT(codes);
    QVERIFY(codes->size() >= 10);
    QCOMPARE(codes->constFirst().code, u"resolved"_s);
    QCOMPARE(codes->constFirst().label(u"ko"_s), u"해결"_s);
    QCOMPARE(codes->constFirst().label(u"en"_s), u"Resolved"_s);
    for (qsizetype i = 1; i < codes->size(); ++i)
        QVERIFY(codes->at(i - 1).sortOrder < codes->at(i).sortOrder);
}

void TestStoreRepositories::reopeningKeepsDataAndMigratesOnce()
{
    Database database;
    OPEN_FRESH(database, "reopen");
    CustomerRepository customers(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    VERIFY_OK(customers.insert(customer));
    database.close();
    QVERIFY(!database.isOpen());

    VERIFY_OK(database.open(m_lastConnection));
    auto version = database.schemaVersion();
    VERIFY_RESULT(version);
    QCOMPARE(version.value(), Migrations::latestVersion());
    auto rows = database.execute(u"SELECT COUNT(*) FROM schema_version"_s);
    VERIFY_RESULT(rows);
    QVERIFY(rows.value()->next());
    QCOMPARE(rows.value()->value(0).toInt(), Migrations::latestVersion());
    rows.value()->finish();
    auto found = customers.findById(customer.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->displayName(), u"김민준"_s);
}

void TestStoreRepositories::eachDatabaseHasItsOwnConnection()
{
    Database first;
    OPEN_FRESH(first, "two");
    Database second;
    VERIFY_OK(second.open(m_lastConnection));
    QVERIFY(first.isOpen());
    QVERIFY(second.isOpen());
    QVERIFY(first.connectionName() != second.connectionName());

    CustomerRepository viaFirst(first);
    CustomerRepository viaSecond(second);
    Customer customer = makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s});
    VERIFY_OK(viaFirst.insert(customer));
    auto count = viaSecond.count();
    VERIFY_RESULT(count);
    QCOMPARE(count.value(), 1);
    first.close();
    QVERIFY(second.isOpen());
    QVERIFY(viaSecond.findById(customer.id).ok());
}

void TestStoreRepositories::newerSchemaIsRefused()
{
    Database database;
    OPEN_FRESH(database, "newer");
    CustomerRepository customers(database);
    Customer customer = makeCustomer(u"Ada"_s, u"Lovelace"_s, {});
    VERIFY_OK(customers.insert(customer));
    // What a newer ContactDesk would leave behind.
    const int future = Migrations::latestVersion() + 1;
    auto written = database.execute(u"INSERT INTO schema_version (version, description) VALUES (?, ?)"_s,
                                    {future, u"from a newer ContactDesk"_s});
    VERIFY_RESULT(written);
    written.value()->finish();
    database.close();

    const auto error = database.open(m_lastConnection);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::SchemaTooNew.toString());
    QCOMPARE(
        error->message,
        u"database schema version %1 is newer than this ContactDesk (%2); upgrade ContactDesk"_s.arg(future)
            .arg(Migrations::latestVersion()));
    QVERIFY(!database.isOpen());
    QVERIFY(customers.count().error().code == StoreErrorCode::NotOpen);

    // Refusing changed nothing: a build that knows the newer version still finds everything.
    QList<Migration> newer = Migrations::standard();
    newer.append(Migration{future, u"from a newer ContactDesk"_s, {}});
    VERIFY_OK(database.open(m_lastConnection, newer));
    QCOMPARE(database.schemaVersion().value(), future);
    auto count = customers.count();
    VERIFY_RESULT(count);
    QCOMPARE(count.value(), 1);
}

void TestStoreRepositories::failedMigrationLeavesDatabaseAsItWas()
{
    const Migration people{1,
                           u"people"_s,
                           {u"CREATE TABLE people (id {{autoid}}, name TEXT NOT NULL)"_s,
                            u"INSERT INTO people (name) VALUES ('Ada')"_s}};
    const Migration pets{2,
                         u"pets"_s,
                         {u"CREATE TABLE pets (id {{autoid}}, name TEXT NOT NULL)"_s,
                          u"INSERT INTO pets (name) VALUES ('Rex')"_s}};
    const Migration broken{3,
                           u"ages"_s,
                           {u"ALTER TABLE people ADD COLUMN age INTEGER"_s, u"UPDATE people SET age = 36"_s,
                            u"THIS IS NOT SQL"_s}};

    Database database;
    m_lastConnection = m_databases->freshConnectionString(u"rollback"_s);
    VERIFY_OK(database.open(m_lastConnection, {people}));
    QCOMPARE(database.schemaVersion().value(), 1);
    database.close();

    const auto error = database.open(m_lastConnection, {people, pets, broken});
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::MigrationFailed.toString());
    QVERIFY2(error->message.startsWith(u"Migration 3 (ages) failed at statement 3"_s),
             qPrintable(error->message));
    QVERIFY2(error->message.contains(u"left at schema version 1"_s), qPrintable(error->message));
    QVERIFY(!database.isOpen());

    // Version 1 exactly as it was: no pets table from step 2, no age column from step 3.
    VERIFY_OK(database.open(m_lastConnection, {people}));
    QCOMPARE(database.schemaVersion().value(), 1);
    auto names = database.execute(u"SELECT name FROM people ORDER BY id"_s);
    VERIFY_RESULT(names);
    QStringList found;
    while (names.value()->next())
        found << names.value()->value(0).toString();
    names.value()->finish();
    QCOMPARE(found, QStringList{u"Ada"_s});
    QVERIFY(!database.execute(u"SELECT COUNT(*) FROM pets"_s).ok());
    QVERIFY(!database.execute(u"SELECT age FROM people"_s).ok());
    database.close();

    // Once the step is fixed, the same database migrates.
    const Migration fixed{
        3, u"ages"_s, {u"ALTER TABLE people ADD COLUMN age INTEGER"_s, u"UPDATE people SET age = 36"_s}};
    VERIFY_OK(database.open(m_lastConnection, {people, pets, fixed}));
    QCOMPARE(database.schemaVersion().value(), 3);
    auto age = database.execute(u"SELECT age FROM people WHERE name = ?"_s, {u"Ada"_s});
    VERIFY_RESULT(age);
    QVERIFY(age.value()->next());
    QCOMPARE(age.value()->value(0).toInt(), 36);
    age.value()->finish();
}

void TestStoreRepositories::failedFirstMigrationLeavesEmptyDatabase()
{
    const Migration broken{1, u"broken"_s, {u"CREATE TABLE things (id {{autoid}})"_s, u"CREATE TABLE"_s}};
    Database database;
    m_lastConnection = m_databases->freshConnectionString(u"empty"_s);
    QVERIFY(database.open(m_lastConnection, {broken}));

    VERIFY_OK(database.open(m_lastConnection));
    QCOMPARE(database.schemaVersion().value(), Migrations::latestVersion());
    QVERIFY(!database.execute(u"SELECT COUNT(*) FROM things"_s).ok());
}

void TestStoreRepositories::customerRoundTrip()
{
    Database database;
    OPEN_FRESH(database, "customer");
    CustomerRepository customers(database);

    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s}, {u" Min.Kim@Example.COM "_s});
    customer.company = u"한빛전자"_s;
    customer.preferredLanguage = u"ko"_s;
    customer.segment = Segment::Corporate;
    customer.valueTier = ValueTier::Gold;
    customer.lifetimeValueMinor = 1234500;
    customer.currency = u"KRW"_s;
    customer.vip = true;
    customer.marketingConsent = true;
    customer.recordingConsent = false;
    customer.contactPoints[0].label = u"mobile"_s;
    customer.contactPoints[1].label = u"work"_s;
    ContactPoint social;
    social.kind = ContactKind::Social;
    social.value = u"Kakao:minjun.kim"_s;
    customer.contactPoints.append(social);

    VERIFY_OK(customers.insert(customer));
    QVERIFY(customer.id > 0);
    QCOMPARE(customer.contactPoints.at(0).value, u"+821012345678"_s);
    QCOMPARE(customer.contactPoints.at(1).value, u"min.kim@example.com"_s);
    QCOMPARE(customer.contactPoints.at(2).value, u"kakao:minjun.kim"_s);
    for (const ContactPoint &point : std::as_const(customer.contactPoints)) {
        QVERIFY(point.id > 0);
        QCOMPARE(point.customerId, customer.id);
    }

    auto found = customers.findById(customer.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->id, customer.id);
    QCOMPARE(found->givenName, u"민준"_s);
    QCOMPARE(found->familyName, u"김"_s);
    QCOMPARE(found->company, u"한빛전자"_s);
    QCOMPARE(found->preferredLanguage, u"ko"_s);
    QCOMPARE(found->segment, Segment::Corporate);
    QCOMPARE(found->valueTier, ValueTier::Gold);
    QCOMPARE(found->lifetimeValueMinor, 1234500);
    QCOMPARE(found->currency, u"KRW"_s);
    QCOMPARE(found->vip, true);
    QCOMPARE(found->marketingConsent, true);
    QCOMPARE(found->recordingConsent, false);
    QCOMPARE(found->createdAtMs, T0);
    QCOMPARE(found->contactPoints.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const ContactPoint &expected = customer.contactPoints.at(i);
        const ContactPoint &actual = found->contactPoints.at(i);
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.kind, expected.kind);
        QCOMPARE(actual.value, expected.value);
        QCOMPARE(actual.label, expected.label);
        QCOMPARE(actual.primary, expected.primary);
    }

    const auto again = customers.insert(customer);
    QVERIFY(again);
    QCOMPARE(again->code, StoreErrorCode::AlreadyStored.toString());
    QVERIFY(customers.findById(customer.id + 100).isNotFound());
}

void TestStoreRepositories::lookupByContactPoint_data()
{
    QTest::addColumn<ContactKind>("kind");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // key of the customer, empty: nobody

    const ContactKind phone = ContactKind::Phone;
    const ContactKind email = ContactKind::Email;
    QTest::newRow("kr national dashes") << phone << u"010-1234-5678"_s << u"KR"_s << u"kr"_s;
    QTest::newRow("kr national digits") << phone << u"01012345678"_s << QString() << u"kr"_s;
    QTest::newRow("kr national spaces") << phone << u"010 1234 5678"_s << QString() << u"kr"_s;
    QTest::newRow("kr parentheses") << phone << u"(010) 1234-5678"_s << QString() << u"kr"_s;
    QTest::newRow("kr dots") << phone << u"010.1234.5678"_s << QString() << u"kr"_s;
    QTest::newRow("kr international") << phone << u"+82 10-1234-5678"_s << QString() << u"kr"_s;
    QTest::newRow("kr international dashes") << phone << u" +82-10-1234-5678 "_s << QString() << u"kr"_s;
    QTest::newRow("kr e164") << phone << u"+821012345678"_s << QString() << u"kr"_s;
    QTest::newRow("kr from the us") << phone << u"+82 10 1234 5678"_s << u"US"_s << u"kr"_s;
    QTest::newRow("kr landline") << phone << u"02-312-3456"_s << QString() << u"kr-landline"_s;
    QTest::newRow("kr landline intl") << phone << u"+82 2 312 3456"_s << QString() << u"kr-landline"_s;
    QTest::newRow("us national") << phone << u"(415) 555-0132"_s << u"US"_s << u"us"_s;
    QTest::newRow("us dashes") << phone << u"415-555-0132"_s << u"US"_s << u"us"_s;
    QTest::newRow("us trunk prefix") << phone << u"1-415-555-0132"_s << u"US"_s << u"us"_s;
    QTest::newRow("us international") << phone << u"+1 415 555 0132"_s << u"KR"_s << u"us"_s;
    QTest::newRow("us dialled from kr") << phone << u"001 1 415 555 0132"_s << u"KR"_s << u"us"_s;
    QTest::newRow("neighbour number") << phone << u"010-1234-5670"_s << QString() << QString();
    QTest::newRow("us number read as kr") << phone << u"415-555-0132"_s << u"KR"_s << QString();
    QTest::newRow("email as stored") << email << u"min.kim@example.com"_s << QString() << u"kr"_s;
    QTest::newRow("email upper") << email << u"MIN.KIM@EXAMPLE.COM"_s << QString() << u"kr"_s;
    QTest::newRow("email mixed spaced") << email << u"  Min.Kim@Example.Com "_s << QString() << u"kr"_s;
    QTest::newRow("email other domain") << email << u"min.kim@example.org"_s << QString() << QString();
    QTest::newRow("email of us") << email << u"Emily@Carter.US"_s << QString() << u"us"_s;
}

void TestStoreRepositories::lookupByContactPoint()
{
    QFETCH(ContactKind, kind);
    QFETCH(QString, written);
    QFETCH(QString, region);
    QFETCH(QString, expected);

    if (!m_lookupDatabase) {
        m_lookupDatabase = std::make_unique<Database>();
        OPEN_FRESH(*m_lookupDatabase, "lookup");
        CustomerRepository customers(*m_lookupDatabase);
        Customer kr = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s}, {u"Min.Kim@Example.COM"_s});
        Customer neighbour = makeCustomer(u"서연"_s, u"박"_s, {u"010-1234-5679"_s});
        Customer landline = makeCustomer(u"지우"_s, u"이"_s, {u"02-312-3456"_s});
        Customer us = makeCustomer(u"Emily"_s, u"Carter"_s, {u"(415) 555-0132"_s}, {u"emily@carter.us"_s});
        VERIFY_OK(customers.insert(kr));
        VERIFY_OK(customers.insert(neighbour));
        VERIFY_OK(customers.insert(landline));
        VERIFY_OK(customers.insert(us, u"US"_s));
        QCOMPARE(us.contactPoints.constFirst().value, u"+14155550132"_s);
        m_lookupCustomers = {{u"kr"_s, kr.id}, {u"kr-landline"_s, landline.id}, {u"us"_s, us.id}};
    }

    CustomerRepository customers(*m_lookupDatabase);
    auto found = customers.findByContactPoint(kind, written, region);
    if (expected.isEmpty()) {
        QVERIFY2(found.isNotFound(),
                 found.ok() ? qPrintable(found->displayName()) : qPrintable(found.error().message));
        return;
    }
    VERIFY_RESULT(found);
    QCOMPARE(found->id, m_lookupCustomers.value(expected));
    QVERIFY(!found->contactPoints.isEmpty());
}

void TestStoreRepositories::unreadablePhoneIsAnError()
{
    Database database;
    OPEN_FRESH(database, "unreadable");
    CustomerRepository customers(database);
    auto found = customers.findByContactPoint(ContactKind::Phone, u"call me maybe"_s);
    QVERIFY(!found.ok());
    QVERIFY(!found.isNotFound());
    QCOMPARE(found.error().code, StoreErrorCode::InvalidPhone.toString());
    QVERIFY(found.error().message.contains(u"call me maybe"_s));
}

void TestStoreRepositories::sharedNumberFindsEveryCustomer()
{
    Database database;
    OPEN_FRESH(database, "shared");
    CustomerRepository customers(database);
    Customer mother = makeCustomer(u"영희"_s, u"최"_s, {u"02-555-0101"_s, u"010-2222-3333"_s});
    Customer son = makeCustomer(u"준호"_s, u"최"_s, {u"+82 2 555 0101"_s});
    VERIFY_OK(customers.insert(mother));
    VERIFY_OK(customers.insert(son));

    auto first = customers.findByContactPoint(ContactKind::Phone, u"(02) 555-0101"_s);
    VERIFY_RESULT(first);
    QCOMPARE(first->id, mother.id);
    auto all = customers.findAllByContactPoint(ContactKind::Phone, u"025550101"_s);
    VERIFY_RESULT(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, mother.id);
    QCOMPARE(all->at(1).id, son.id);
    QCOMPARE(all->at(0).contactPoints.size(), 2);
}

void TestStoreRepositories::customerUpdateReplacesContactPoints()
{
    Database database;
    OPEN_FRESH(database, "update");
    CustomerRepository customers(database);
    Customer customer =
        makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s}, {u"emily@old.example"_s});
    VERIFY_OK(customers.insert(customer));

    customer.familyName = u"Carter-Kim"_s;
    customer.vip = true;
    customer.contactPoints = makeCustomer(QString(), QString(), {u"010-9999-8888"_s}).contactPoints;
    VERIFY_OK(customers.update(customer));
    QCOMPARE(customer.contactPoints.constFirst().value, u"+821099998888"_s);

    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"+1 415 555 0132"_s).isNotFound());
    QVERIFY(customers.findByContactPoint(ContactKind::Email, u"emily@old.example"_s).isNotFound());
    auto found = customers.findByContactPoint(ContactKind::Phone, u"010 9999 8888"_s);
    VERIFY_RESULT(found);
    QCOMPARE(found->id, customer.id);
    QCOMPARE(found->familyName, u"Carter-Kim"_s);
    QCOMPARE(found->vip, true);
    QCOMPARE(found->contactPoints.size(), 1);

    Customer ghost = customer;
    ghost.id = customer.id + 1000;
    const auto error = customers.update(ghost);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::NotFound.toString());
    // The failed update rolled back its contact points too.
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010 9999 8888"_s).ok());
}

void TestStoreRepositories::invalidCustomerWritesNothing()
{
    Database database;
    OPEN_FRESH(database, "invalid");
    CustomerRepository customers(database);

    Customer nameless = makeCustomer(QString(), QString(), {u"010-1234-5678"_s});
    QCOMPARE(customers.insert(nameless)->code, u"missing-name"_s);
    Customer badPhone = makeCustomer(u"민준"_s, u"김"_s, {u"12"_s});
    QCOMPARE(customers.insert(badPhone)->code, StoreErrorCode::InvalidPhone.toString());
    Customer badEmail = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s}, {u"not-an-address"_s});
    QCOMPARE(customers.insert(badEmail)->code, u"invalid-email"_s);
    QCOMPARE(badEmail.id, 0);
    QCOMPARE(badEmail.contactPoints.constFirst().value, u"010-1234-5678"_s); // untouched on failure

    auto count = customers.count();
    VERIFY_RESULT(count);
    QCOMPARE(count.value(), 0);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010-1234-5678"_s).isNotFound());
}

void TestStoreRepositories::customerSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected"); // display names, in result order

    const QString kim = u"김민준"_s;
    const QString park = u"박서연"_s;
    const QString emily = u"Emily Carter"_s;
    QTest::newRow("korean name part") << u"김민"_s << 50 << QStringList{kim};
    QTest::newRow("given name") << u"서연"_s << 50 << QStringList{park};
    QTest::newRow("company any case") << u"ACME"_s << 50 << QStringList{emily};
    QTest::newRow("company korean") << u"한빛"_s << 50 << QStringList{kim};
    QTest::newRow("national number part") << u"1234-5678"_s << 50 << QStringList{kim};
    QTest::newRow("national prefix") << u"010-9876"_s << 50 << QStringList{park};
    QTest::newRow("international digits") << u"+82 10 9876"_s << 50 << QStringList{park};
    QTest::newRow("us number") << u"(415) 555"_s << 50 << QStringList{emily};
    QTest::newRow("email domain") << u"@acme.com"_s << 50 << QStringList{emily};
    QTest::newRow("percent is literal") << u"100%"_s << 50 << QStringList{};
    QTest::newRow("underscore is literal") << u"e_ily"_s << 50 << QStringList{};
    QTest::newRow("everyone by name") << QString() << 50 << QStringList{emily, kim, park};
    QTest::newRow("limit") << QString() << 2 << QStringList{emily, kim};
    QTest::newRow("nobody") << u"zzz"_s << 50 << QStringList{};
}

void TestStoreRepositories::customerSearch()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    Database database;
    OPEN_FRESH(database, "search");
    CustomerRepository customers(database);
    Customer kim = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s}, {u"minjun@hanbit.kr"_s});
    kim.company = u"한빛전자"_s;
    Customer emily = makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s}, {u"emily@acme.com"_s});
    emily.company = u"Acme Corp"_s;
    Customer park = makeCustomer(u"서연"_s, u"박"_s, {u"010-9876-5432"_s});
    VERIFY_OK(customers.insert(kim));
    VERIFY_OK(customers.insert(emily));
    VERIFY_OK(customers.insert(park));

    auto found = customers.search(text, limit);
    VERIFY_RESULT(found);
    QStringList names;
    for (const Customer &customer : found.value())
        names << customer.displayName();
    QCOMPARE(names, expected);
    auto count = customers.count();
    VERIFY_RESULT(count);
    QCOMPARE(count.value(), 3);
}

void TestStoreRepositories::agentRoundTrip()
{
    Database database;
    OPEN_FRESH(database, "agent");
    SkillRepository skills(database);
    VERIFY_OK(skills.save(Skill{u"billing"_s, u"Billing"_s}));
    VERIFY_OK(skills.save(Skill{u"sales-ko"_s, u"Sales (Korean)"_s}));
    AgentRepository agents(database);

    Agent agent;
    agent.login = u"jiwoo.lee"_s;
    agent.displayName = u"이지우"_s;
    agent.team = u"Seoul A"_s;
    agent.extension = u"2101"_s;
    agent.capacity.maximum = {{Channel::Voice, 1}, {Channel::Chat, 5}, {Channel::Email, 0}};
    agent.capacity.voiceBlocksOtherChannels = false;
    VERIFY_OK(agent.setSkill(u"billing"_s, 7));
    VERIFY_OK(agent.setSkill(u"sales-ko"_s, 3));
    agent.restoreState(AgentState::NotReady, u"lunch"_s, T0 + 5000);
    VERIFY_OK(agents.insert(agent));
    QVERIFY(agent.id > 0);

    auto found = agents.findById(agent.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->login, agent.login);
    QCOMPARE(found->displayName, agent.displayName);
    QCOMPARE(found->team, agent.team);
    QCOMPARE(found->extension, agent.extension);
    QCOMPARE(found->capacity.maximum, agent.capacity.maximum);
    QCOMPARE(found->capacity.voiceBlocksOtherChannels, false);
    QCOMPARE(found->skills(), agent.skills());
    QCOMPARE(found->state(), AgentState::NotReady);
    QCOMPARE(found->reasonCode(), u"lunch"_s);
    QCOMPARE(found->stateSinceMs(), T0 + 5000);

    agent.team = u"Seoul B"_s;
    agent.removeSkill(u"sales-ko"_s);
    VERIFY_OK(agents.update(agent));
    VERIFY_OK(agent.changeState(AgentState::Ready, QString(), T0 + 60000));
    VERIFY_OK(agents.updateState(agent));
    auto byLogin = agents.findByLogin(u"jiwoo.lee"_s);
    VERIFY_RESULT(byLogin);
    QCOMPARE(byLogin->team, u"Seoul B"_s);
    QCOMPARE(byLogin->skills(), (SkillLevels{{u"billing"_s, 7}}));
    QCOMPARE(byLogin->state(), AgentState::Ready);
    QCOMPARE(byLogin->reasonCode(), QString());
    QCOMPARE(byLogin->stateSinceMs(), T0 + 60000);

    Agent twin;
    twin.login = u"jiwoo.lee"_s;
    twin.displayName = u"Another"_s;
    QVERIFY(agents.insert(twin)); // logins are unique
    Agent unskilled;
    unskilled.login = u"minho"_s;
    unskilled.displayName = u"민호"_s;
    VERIFY_OK(unskilled.setSkill(u"no-such-skill"_s, 5));
    const auto error = agents.insert(unskilled);
    QVERIFY(error);
    QVERIFY2(error->message.contains(u"no-such-skill"_s), qPrintable(error->message));
    QCOMPARE(unskilled.id, 0);

    auto list = agents.list();
    VERIFY_RESULT(list);
    QCOMPARE(list->size(), 1); // neither refused agent left a row behind
    QVERIFY(agents.findByLogin(u"minho"_s).isNotFound());
}

void TestStoreRepositories::skillsAndQueuesRoundTrip()
{
    Database database;
    OPEN_FRESH(database, "queues");
    SkillRepository skills(database);
    VERIFY_OK(skills.save(Skill{u"billing"_s, u"Billing"_s}));
    VERIFY_OK(skills.save(Skill{u"billing"_s, u"Billing and payments"_s}));
    QVERIFY(skills.save(Skill{u"Not An Id"_s, u"x"_s}));
    auto skillList = skills.list();
    VERIFY_RESULT(skillList);
    QCOMPARE(skillList->size(), 1);
    QCOMPARE(skillList->constFirst().name, u"Billing and payments"_s);
    QVERIFY(skills.findById(u"billing"_s).ok());
    QVERIFY(skills.findById(u"sales"_s).isNotFound());

    QueueRepository queues(database);
    Queue queue;
    queue.id = u"billing-ko"_s;
    queue.name = u"요금 문의"_s;
    queue.channels = {Channel::Voice, Channel::Chat};
    queue.requiredSkills = {SkillRequirement{u"billing"_s, 4}};
    queue.strategy = SelectionStrategy::MostSkilled;
    queue.defaultPriority = 60;
    queue.serviceLevelPercent = 90;
    queue.serviceLevelSeconds = 30;
    queue.shortAbandonSeconds = 7;
    queue.maxLength = 40;
    queue.callbackThresholdSeconds = 180;
    VERIFY_OK(queues.save(queue));
    auto found = queues.findById(u"billing-ko"_s);
    VERIFY_RESULT(found);
    QCOMPARE(found->name, queue.name);
    QCOMPARE(found->channels, queue.channels);
    QCOMPARE(found->requiredSkills, queue.requiredSkills);
    QCOMPARE(found->strategy, queue.strategy);
    QCOMPARE(found->defaultPriority, 60);
    QCOMPARE(found->serviceLevelPercent, 90);
    QCOMPARE(found->serviceLevelSeconds, 30);
    QCOMPARE(found->shortAbandonSeconds, 7);
    QCOMPARE(found->maxLength, 40);
    QCOMPARE(found->callbackThresholdSeconds, 180);

    queue.channels = {Channel::Email};
    queue.maxLength = 0;
    VERIFY_OK(queues.save(queue));
    Queue invalid = queue;
    invalid.id = u"other"_s;
    invalid.channels.clear();
    QCOMPARE(queues.save(invalid)->code, u"no-channels"_s);
    auto list = queues.list();
    VERIFY_RESULT(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->constFirst().channels, QList<Channel>{Channel::Email});
    QCOMPARE(list->constFirst().maxLength, 0);
}

void TestStoreRepositories::settingsKeyValue()
{
    Database database;
    OPEN_FRESH(database, "settings");
    SettingsRepository settings(database);
    QCOMPARE(settings.value(u"site.name"_s, u"default"_s).value(), u"default"_s);
    VERIFY_OK(settings.setValue(u"site.name"_s, u"서울 센터"_s));
    VERIFY_OK(settings.setValue(u"site.name"_s, u"부산 센터"_s));
    QCOMPARE(settings.value(u"site.name"_s).value(), u"부산 센터"_s);
    VERIFY_OK(settings.remove(u"site.name"_s));
    QCOMPARE(settings.value(u"site.name"_s, u"gone"_s).value(), u"gone"_s);
}

void TestStoreRepositories::interactionRoundTrip()
{
    Database database;
    OPEN_FRESH(database, "interaction");
    CustomerRepository customers(database);
    AgentRepository agents(database);
    SkillRepository skills(database);
    InteractionRepository interactions(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    VERIFY_OK(customers.insert(customer));
    VERIFY_OK(skills.save(Skill{u"billing"_s, u"Billing"_s}));
    Agent agent;
    agent.login = u"jiwoo"_s;
    agent.displayName = u"이지우"_s;
    VERIFY_OK(agents.insert(agent));

    Interaction chat = makeInteraction(customer.id, Channel::Chat, T0);
    chat.direction = Direction::Inbound;
    chat.queueId = u"billing-ko"_s;
    chat.requiredSkills = {SkillRequirement{u"billing"_s, 5}, SkillRequirement{u"korean"_s, 8}};
    chat.priority = 70;
    chat.agentId = agent.id;
    chat.subject = u"요금 문의"_s;
    chat.externalRef = u"chat-42"_s;
    chat.dispositionCode = u"resolved"_s;
    chat.notes = u"Explained the roaming charge."_s;
    chat.resolved = true;
    VERIFY_OK(chat.transitionTo(InteractionState::Queued, T0 + 1000));
    VERIFY_OK(chat.transitionTo(InteractionState::Offered, T0 + 2000));
    VERIFY_OK(chat.transitionTo(InteractionState::Connected, T0 + 3000));
    VERIFY_OK(chat.transitionTo(InteractionState::Held, T0 + 4000));
    VERIFY_OK(chat.transitionTo(InteractionState::Connected, T0 + 6500));
    VERIFY_OK(chat.transitionTo(InteractionState::WrapUp, T0 + 9000));
    VERIFY_OK(chat.transitionTo(InteractionState::Closed, T0 + 12000));
    VERIFY_OK(chat.setCsat(4));
    VERIFY_OK(interactions.insert(chat));
    QVERIFY(chat.id > 0);

    auto found = interactions.findById(chat.id);
    VERIFY_RESULT(found);
    const Interaction &stored = found.value();
    QCOMPARE(stored.id, chat.id);
    QCOMPARE(stored.channel, Channel::Chat);
    QCOMPARE(stored.direction, Direction::Inbound);
    QCOMPARE(stored.customerId, customer.id);
    QCOMPARE(stored.queueId, chat.queueId);
    QCOMPARE(stored.requiredSkills, chat.requiredSkills);
    QCOMPARE(stored.priority, 70);
    QCOMPARE(stored.agentId, agent.id);
    QCOMPARE(stored.subject, chat.subject);
    QCOMPARE(stored.externalRef, chat.externalRef);
    QCOMPARE(stored.dispositionCode, chat.dispositionCode);
    QCOMPARE(stored.notes, chat.notes);
    QCOMPARE(stored.resolved, true);
    QCOMPARE(stored.state(), InteractionState::Closed);
    QCOMPARE(stored.csat(), std::optional<int>(4));
    const InteractionTimes &a = stored.times();
    const InteractionTimes &b = chat.times();
    QCOMPARE(a.createdMs, b.createdMs);
    QCOMPARE(a.queuedMs, b.queuedMs);
    QCOMPARE(a.offeredMs, b.offeredMs);
    QCOMPARE(a.connectedMs, b.connectedMs);
    QCOMPARE(a.wrapUpMs, b.wrapUpMs);
    QCOMPARE(a.closedMs, b.closedMs);
    QCOMPARE(a.abandonedMs, b.abandonedMs);
    QCOMPARE(a.callbackRequestedMs, b.callbackRequestedMs);
    QCOMPARE(a.heldSinceMs, b.heldSinceMs);
    QCOMPARE(a.totalHoldMs, 2500);
    QCOMPARE(stored.talkMs(), chat.talkMs());
    QCOMPARE(stored.waitMs(), chat.waitMs());

    // An unidentified caller still waiting: no customer, no agent, no CSAT.
    Interaction call = makeInteraction(0, Channel::Voice, T0 + 20000);
    VERIFY_OK(call.transitionTo(InteractionState::Queued, T0 + 20500));
    VERIFY_OK(interactions.insert(call));
    auto waiting = interactions.findById(call.id);
    VERIFY_RESULT(waiting);
    QCOMPARE(waiting->customerId, 0);
    QCOMPARE(waiting->agentId, 0);
    QCOMPARE(waiting->csat(), std::nullopt);

    // The restored interaction carries on with its state machine, and updates are stored.
    Interaction resumed = waiting.value();
    VERIFY_OK(resumed.transitionTo(InteractionState::Offered, T0 + 21000));
    VERIFY_OK(resumed.transitionTo(InteractionState::Connected, T0 + 22000));
    resumed.agentId = agent.id;
    resumed.customerId = customer.id;
    VERIFY_OK(interactions.update(resumed));
    auto updated = interactions.findById(call.id);
    VERIFY_RESULT(updated);
    QCOMPARE(updated->state(), InteractionState::Connected);
    QCOMPARE(updated->times().connectedMs, T0 + 22000);
    QCOMPARE(updated->agentId, agent.id);
    QCOMPARE(updated->customerId, customer.id);
    QVERIFY(updated->transitionTo(InteractionState::Queued, T0 + 21500)); // earlier than the last change

    auto unfinished = interactions.unfinished();
    VERIFY_RESULT(unfinished);
    QCOMPARE(unfinished->size(), 1);
    QCOMPARE(unfinished->constFirst().id, call.id);

    auto byRef = interactions.findByExternalRef(u"chat-42"_s);
    VERIFY_RESULT(byRef);
    QCOMPARE(byRef->id, chat.id);
    QVERIFY(interactions.findByExternalRef(u"chat-43"_s).isNotFound());
    QVERIFY(interactions.findByExternalRef(QString()).isNotFound());

    Interaction ghost = chat;
    ghost.id = chat.id + 1000;
    QCOMPARE(interactions.update(ghost)->code, StoreErrorCode::NotFound.toString());
    Interaction timeless;
    QCOMPARE(interactions.insert(timeless)->code, u"missing-time"_s);
    QCOMPARE(interactions.insert(chat)->code, StoreErrorCode::AlreadyStored.toString());
}

void TestStoreRepositories::interactionWriteIsVisibleToAnotherConnection()
{
    Database writer;
    OPEN_FRESH(writer, "durable");
    Database reader;
    VERIFY_OK(reader.open(m_lastConnection));
    InteractionRepository written(writer);
    InteractionRepository read(reader);

    // Committed when insert() returns: another connection (another process, after a crash) sees it.
    Interaction call = makeInteraction(0, Channel::Voice, T0);
    VERIFY_OK(written.insert(call));
    auto found = read.findById(call.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->times().createdMs, T0);

    VERIFY_OK(call.transitionTo(InteractionState::Queued, T0 + 100));
    VERIFY_OK(written.update(call));
    QCOMPARE(read.findById(call.id)->state(), InteractionState::Queued);
}

void TestStoreRepositories::interactionNeedsKnownCustomerAndAgent()
{
    Database database;
    OPEN_FRESH(database, "foreign");
    InteractionRepository interactions(database);
    Interaction orphan = makeInteraction(424242, Channel::Voice, T0);
    QCOMPARE(interactions.insert(orphan)->code, StoreErrorCode::QueryFailed.toString());
    Interaction unassigned = makeInteraction(0, Channel::Voice, T0);
    unassigned.agentId = 777;
    QCOMPARE(interactions.insert(unassigned)->code, StoreErrorCode::QueryFailed.toString());
    QCOMPARE(orphan.id, 0);
    QCOMPARE(interactions.unfinished()->size(), 0);
}

void TestStoreRepositories::messagesKeepOrderAndAttachments()
{
    Database database;
    OPEN_FRESH(database, "messages");
    InteractionRepository interactions(database);
    MessageRepository messages(database);
    Interaction email = makeInteraction(0, Channel::Email, T0);
    VERIFY_OK(interactions.insert(email));

    auto message = [&](qint64 sentMs, const QString &body) {
        Message m;
        m.interactionId = email.id;
        m.sender = SenderRole::Customer;
        m.senderName = u"김민준"_s;
        m.subject = u"청구서"_s;
        m.body = body;
        m.sentAtMs = sentMs;
        return m;
    };
    Message late = message(T0 + 3000, u"third"_s);
    Message early = message(T0 + 1000, u"first"_s);
    Message tie = message(T0 + 3000, u"fourth (same time as third, appended later)"_s);
    Message withFile = message(T0 + 2000, QString());
    withFile.sender = SenderRole::Agent;
    withFile.attachments = {Attachment{u"invoice-2026-01.pdf"_s, u"application/pdf"_s, 48213},
                            Attachment{u"사진.jpg"_s, u"image/jpeg"_s, 0}};
    VERIFY_OK(messages.append(late));
    VERIFY_OK(messages.append(early));
    VERIFY_OK(messages.append(tie));
    VERIFY_OK(messages.append(withFile));

    auto found = messages.forInteraction(email.id);
    VERIFY_RESULT(found);
    QStringList bodies;
    for (const Message &m : found.value())
        bodies << m.body;
    QCOMPARE(bodies, (QStringList{u"first"_s, QString(), u"third"_s,
                                  u"fourth (same time as third, appended later)"_s}));
    const Message &stored = found->at(1);
    QCOMPARE(stored.id, withFile.id);
    QCOMPARE(stored.sender, SenderRole::Agent);
    QCOMPARE(stored.senderName, u"김민준"_s);
    QCOMPARE(stored.subject, u"청구서"_s);
    QCOMPARE(stored.attachments, withFile.attachments);
    QCOMPARE(stored.sentAtMs, T0 + 2000);

    Message orphan = message(T0, u"lost"_s);
    orphan.interactionId = email.id + 99;
    QVERIFY(messages.append(orphan));
    Message empty = message(T0, QString());
    QCOMPARE(messages.append(empty)->code, u"empty-message"_s);
    QCOMPARE(messages.forInteraction(email.id)->size(), 4);
}

void TestStoreRepositories::workItemsOpenForCustomer()
{
    Database database;
    OPEN_FRESH(database, "workitems");
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    WorkItemRepository items(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    Customer other = makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s});
    VERIFY_OK(customers.insert(customer));
    VERIFY_OK(customers.insert(other));
    Interaction source = makeInteraction(customer.id, Channel::Email, T0);
    VERIFY_OK(interactions.insert(source));

    auto item = [&](qint64 customerId, const QString &title, qint64 dueMs, WorkItemStatus status) {
        WorkItem w;
        w.customerId = customerId;
        w.sourceInteractionId = source.id;
        w.queueId = u"back-office"_s;
        w.title = title;
        w.description = u"from the e-mail"_s;
        w.createdAtMs = T0;
        w.dueAtMs = dueMs;
        w.status = status;
        return w;
    };
    WorkItem refund = item(customer.id, u"Refund"_s, T0 + 3 * 3600000, WorkItemStatus::Open);
    WorkItem address = item(customer.id, u"Change address"_s, T0 + 3600000, WorkItemStatus::InProgress);
    WorkItem done = item(customer.id, u"Send form"_s, T0 + 2 * 3600000, WorkItemStatus::Done);
    WorkItem foreign = item(other.id, u"Other customer's"_s, T0 + 1000, WorkItemStatus::Open);
    foreign.sourceInteractionId = 0;
    for (WorkItem *w : {&refund, &address, &done, &foreign})
        VERIFY_OK(items.insert(*w));

    auto open = items.openForCustomer(customer.id);
    VERIFY_RESULT(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).id, address.id);
    QCOMPARE(open->at(1).id, refund.id);
    QCOMPARE(open->at(0).status, WorkItemStatus::InProgress);
    QCOMPARE(open->at(1).sourceInteractionId, source.id);
    QCOMPARE(open->at(1).description, u"from the e-mail"_s);
    QCOMPARE(open->at(1).assignedAgentId, 0);

    refund.status = WorkItemStatus::Done;
    VERIFY_OK(items.update(refund));
    QCOMPARE(items.openForCustomer(customer.id)->size(), 1);
    auto everyone = items.open();
    VERIFY_RESULT(everyone);
    QCOMPARE(everyone->size(), 2);
    QCOMPARE(everyone->at(0).id, foreign.id);
    QCOMPARE(everyone->at(0).sourceInteractionId, 0);
    auto found = items.findById(done.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->title, u"Send form"_s);
    QCOMPARE(found->dueAtMs, T0 + 2 * 3600000);

    WorkItem late = item(customer.id, u"Impossible"_s, T0 - 1, WorkItemStatus::Open);
    QCOMPARE(items.insert(late)->code, u"due-before-created"_s);
}

void TestStoreRepositories::timelineOrderCountsAndAgentNames()
{
    Database database;
    OPEN_FRESH(database, "timeline");
    CustomerRepository customers(database);
    AgentRepository agents(database);
    InteractionRepository interactions(database);
    MessageRepository messages(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    Customer other = makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s});
    VERIFY_OK(customers.insert(customer));
    VERIFY_OK(customers.insert(other));
    Agent agent;
    agent.login = u"jiwoo"_s;
    agent.displayName = u"이지우"_s;
    VERIFY_OK(agents.insert(agent));

    Interaction oldest = makeInteraction(customer.id, Channel::Voice, T0 + 100);
    Interaction tieA = makeInteraction(customer.id, Channel::Chat, T0 + 200);
    Interaction tieB = makeInteraction(customer.id, Channel::Email, T0 + 200);
    Interaction newest = makeInteraction(customer.id, Channel::Sms, T0 + 300);
    Interaction others = makeInteraction(other.id, Channel::Voice, T0 + 400);
    tieA.agentId = agent.id;
    for (Interaction *i : {&newest, &oldest, &tieA, &tieB, &others}) // stored out of time order
        VERIFY_OK(interactions.insert(*i));
    for (int n = 0; n < 2; ++n) {
        Message m;
        m.interactionId = newest.id;
        m.body = u"message %1"_s.arg(n);
        m.sentAtMs = T0 + 300 + n;
        VERIFY_OK(messages.append(m));
    }
    Message single;
    single.interactionId = tieA.id;
    single.body = u"hello"_s;
    single.sentAtMs = T0 + 201;
    VERIFY_OK(messages.append(single));

    auto page = interactions.timeline(customer.id, TimelineQuery{});
    VERIFY_RESULT(page);
    QCOMPARE(idsOf(page->entries), (QList<qint64>{newest.id, tieB.id, tieA.id, oldest.id}));
    QVERIFY(!page->hasMore);
    QCOMPARE(page->entries.at(0).messageCount, 2);
    QCOMPARE(page->entries.at(1).messageCount, 0);
    QCOMPARE(page->entries.at(2).messageCount, 1);
    QCOMPARE(page->entries.at(2).agentDisplayName, u"이지우"_s);
    QCOMPARE(page->entries.at(0).agentDisplayName, QString());
    QCOMPARE(page->entries.at(0).interaction.channel, Channel::Sms);
    QCOMPARE(interactions.countForCustomer(customer.id).value(), 4);
    QCOMPARE(interactions.countForCustomer(other.id).value(), 1);
    QCOMPARE(interactions.timeline(customer.id + 99, TimelineQuery{})->entries.size(), 0);
}

void TestStoreRepositories::timelinePagesByKeyset()
{
    Database database;
    OPEN_FRESH(database, "paging");
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    VERIFY_OK(customers.insert(customer));

    // 23 interactions in groups of three with the same creation time, so pages cut through ties.
    struct Key
    {
        qint64 created;
        qint64 id;
    };
    QList<Key> keys;
    for (int i = 0; i < 23; ++i) {
        Interaction interaction = makeInteraction(customer.id, Channel::Voice, T0 + (i / 3) * 1000);
        VERIFY_OK(interactions.insert(interaction));
        keys.append({interaction.times().createdMs, interaction.id});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    QList<qint64> expected;
    for (const Key &key : std::as_const(keys))
        expected << key.id;

    TimelineQuery query;
    query.limit = 5;
    QList<qint64> seen;
    QList<int> pageSizes;
    for (int pageNumber = 0; pageNumber < 10; ++pageNumber) {
        auto page = interactions.timeline(customer.id, query);
        VERIFY_RESULT(page);
        pageSizes << int(page->entries.size());
        seen += idsOf(page->entries);
        if (pageNumber == 0) {
            // Something newer arrives while the agent reads: later pages neither repeat nor skip.
            Interaction arrival = makeInteraction(customer.id, Channel::Chat, T0 + 999999);
            VERIFY_OK(interactions.insert(arrival));
        }
        if (!page->hasMore)
            break;
        QCOMPARE(page->next.beforeCreatedMs,
                 std::optional<qint64>(page->entries.constLast().interaction.times().createdMs));
        QCOMPARE(page->next.beforeId, page->entries.constLast().interaction.id);
        query = page->next;
    }
    QCOMPARE(pageSizes, (QList<int>{5, 5, 5, 5, 3}));
    QCOMPARE(seen, expected);
}

void TestStoreRepositories::timelineChannelFilter()
{
    Database database;
    OPEN_FRESH(database, "channels");
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    VERIFY_OK(customers.insert(customer));
    const QList<Channel> sequence = {Channel::Voice, Channel::Chat,   Channel::Email, Channel::Sms,
                                     Channel::Chat,  Channel::Social, Channel::Email, Channel::Voice};
    QList<qint64> chatOrEmail;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        Interaction interaction = makeInteraction(customer.id, sequence.at(i), T0 + i * 1000);
        VERIFY_OK(interactions.insert(interaction));
        if (sequence.at(i) == Channel::Chat || sequence.at(i) == Channel::Email)
            chatOrEmail.prepend(interaction.id);
    }

    TimelineQuery query;
    query.channels = {Channel::Chat, Channel::Email};
    auto page = interactions.timeline(customer.id, query);
    VERIFY_RESULT(page);
    QCOMPARE(idsOf(page->entries), chatOrEmail);
    QCOMPARE(interactions.countForCustomer(customer.id, query).value(), 4);

    query.limit = 3;
    page = interactions.timeline(customer.id, query);
    VERIFY_RESULT(page);
    QVERIFY(page->hasMore);
    auto rest = interactions.timeline(customer.id, page->next);
    VERIFY_RESULT(rest);
    QCOMPARE(idsOf(page->entries) + idsOf(rest->entries), chatOrEmail);
    QVERIFY(!rest->hasMore);

    query = TimelineQuery{};
    query.channels = {Channel::WorkItem};
    QCOMPARE(interactions.timeline(customer.id, query)->entries.size(), 0);
    QCOMPARE(interactions.countForCustomer(customer.id, query).value(), 0);
}

void TestStoreRepositories::timelineTextFilter()
{
    Database database;
    OPEN_FRESH(database, "text");
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    MessageRepository messages(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    VERIFY_OK(customers.insert(customer));

    Interaction bySubject = makeInteraction(customer.id, Channel::Email, T0 + 1000);
    bySubject.subject = u"Refund for order 100% overcharged"_s;
    Interaction byNotes = makeInteraction(customer.id, Channel::Voice, T0 + 2000);
    byNotes.notes = u"Customer wants a REFUND, 환불 요청"_s;
    Interaction byMessage = makeInteraction(customer.id, Channel::Chat, T0 + 3000);
    byMessage.subject = u"Delivery"_s;
    Interaction unrelated = makeInteraction(customer.id, Channel::Sms, T0 + 4000);
    unrelated.subject = u"1000 points"_s;
    for (Interaction *i : {&bySubject, &byNotes, &byMessage, &unrelated})
        VERIFY_OK(interactions.insert(*i));
    Message body;
    body.interactionId = byMessage.id;
    body.body = u"Where is my Parcel? 택배가 안 왔어요"_s;
    body.sentAtMs = T0 + 3001;
    VERIFY_OK(messages.append(body));

    const QList<std::pair<QString, QList<qint64>>> cases = {
        {u"refund"_s, {byNotes.id, bySubject.id}},
        {u"REFUND"_s, {byNotes.id, bySubject.id}},
        {u"parcel"_s, {byMessage.id}},
        {u"택배"_s, {byMessage.id}},
        {u"환불"_s, {byNotes.id}},
        {u"100%"_s, {bySubject.id}},
        {u"nothing like this"_s, {}},
    };
    for (const auto &[text, expected] : cases) {
        TimelineQuery query;
        query.text = text;
        auto page = interactions.timeline(customer.id, query);
        VERIFY_RESULT(page);
        QCOMPARE(idsOf(page->entries), expected);
        QCOMPARE(interactions.countForCustomer(customer.id, query).value(), expected.size());
    }

    TimelineQuery both;
    both.text = u"refund"_s;
    both.channels = {Channel::Voice};
    QCOMPARE(idsOf(interactions.timeline(customer.id, both)->entries), QList<qint64>{byNotes.id});
}

void TestStoreRepositories::timelineOfTenThousandInteractions()
{
    Database database;
    OPEN_FRESH(database, "tenthousand");
    CustomerRepository customers(database);
    InteractionRepository interactions(database);
    MessageRepository messages(database);
    Customer customer = makeCustomer(u"민준"_s, u"김"_s, {u"010-1234-5678"_s});
    Customer other = makeCustomer(u"Emily"_s, u"Carter"_s, {u"+1 415 555 0132"_s});
    VERIFY_OK(customers.insert(customer));
    VERIFY_OK(customers.insert(other));

    constexpr int Count = 10000;
    const QList<Channel> channels = allChannels();
    QList<qint64> newestFirst;
    VERIFY_OK(database.transaction([&]() -> std::optional<DomainError> {
        for (int i = 0; i < Count; ++i) {
            // Every tenth one shares its time with the one before it.
            const qint64 created = T0 + qint64(i - (i % 10 == 9 ? 1 : 0)) * 60000;
            Interaction interaction = makeInteraction(customer.id, channels.at(i % channels.size()), created);
            interaction.subject = u"Contact %1"_s.arg(i);
            if (auto error = interactions.insert(interaction))
                return error;
            newestFirst.prepend(interaction.id);
            if (i % 100 == 0) {
                Interaction noise = makeInteraction(other.id, Channel::Voice, created);
                if (auto error = interactions.insert(noise))
                    return error;
            }
            if (i >= Count - 3) {
                Message message;
                message.interactionId = interaction.id;
                message.body = u"latest"_s;
                message.sentAtMs = created;
                if (auto error = messages.append(message))
                    return error;
            }
        }
        return std::nullopt;
    }));
    // Ids grow with time here except inside a tie, where the higher id comes first: same order.
    QCOMPARE(interactions.countForCustomer(customer.id).value(), Count);

    auto first = interactions.timeline(customer.id, TimelineQuery{});
    VERIFY_RESULT(first);
    QCOMPARE(first->entries.size(), 50);
    QVERIFY(first->hasMore);
    QCOMPARE(idsOf(first->entries), newestFirst.mid(0, 50));
    QCOMPARE(first->entries.at(0).interaction.subject, u"Contact %1"_s.arg(Count - 1));
    QCOMPARE(first->entries.at(0).messageCount, 1);
    QCOMPARE(first->entries.at(3).messageCount, 0);

    auto second = interactions.timeline(customer.id, first->next);
    VERIFY_RESULT(second);
    QCOMPARE(idsOf(second->entries), newestFirst.mid(50, 50));

    // A deep page straight from a cursor costs one index seek, and is as correct as the first.
    auto deepStart = interactions.findById(newestFirst.at(8999));
    VERIFY_RESULT(deepStart);
    TimelineQuery deep;
    deep.beforeCreatedMs = deepStart->times().createdMs;
    deep.beforeId = deepStart->id;
    deep.limit = 100;
    auto deepPage = interactions.timeline(customer.id, deep);
    VERIFY_RESULT(deepPage);
    QCOMPARE(idsOf(deepPage->entries), newestFirst.mid(9000, 100));
    deep.limit = 1000;
    auto last = interactions.timeline(customer.id, deep);
    VERIFY_RESULT(last);
    QCOMPARE(last->entries.size(), 1000);
    QVERIFY(!last->hasMore);
}

void TestStoreRepositories::transactionRollsBackAndSavepointsNest()
{
    Database database;
    OPEN_FRESH(database, "transactions");
    CustomerRepository customers(database);
    QVERIFY(!database.inTransaction());

    const DomainError refusal{u"test-refusal"_s, u"changed my mind"_s};
    const auto error = database.transaction([&]() -> std::optional<DomainError> {
        Customer customer = makeCustomer(u"Rolled"_s, u"Back"_s, {u"010-1111-2222"_s});
        if (auto e = customers.insert(customer))
            return e;
        return refusal;
    });
    QVERIFY(error);
    QCOMPARE(error->code, refusal.code);
    QCOMPARE(customers.count().value(), 0);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010-1111-2222"_s).isNotFound());

    VERIFY_OK(database.transaction([&]() -> std::optional<DomainError> {
        Customer kept = makeCustomer(u"Kept"_s, u"Outer"_s, {u"010-3333-4444"_s});
        if (auto e = customers.insert(kept))
            return e;
        const auto inner = database.transaction([&]() -> std::optional<DomainError> {
            Customer dropped = makeCustomer(u"Dropped"_s, u"Inner"_s, {u"010-5555-6666"_s});
            if (auto e = customers.insert(dropped))
                return e;
            return refusal;
        });
        if (!inner)
            return DomainError{u"test"_s, u"inner transaction should have failed"_s};
        if (!database.inTransaction())
            return DomainError{u"test"_s, u"the inner failure ended the outer transaction"_s};
        return database.transaction([&]() -> std::optional<DomainError> {
            Customer also = makeCustomer(u"Also"_s, u"Kept"_s, {u"010-7777-8888"_s});
            return customers.insert(also);
        });
    }));
    QVERIFY(!database.inTransaction());
    QCOMPARE(customers.count().value(), 2);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010-5555-6666"_s).isNotFound());
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010-7777-8888"_s).ok());
}

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "tst_storerepositories.moc"
