// `contactdesk-cli offers` as a user or a script runs it: real processes, real files, a real
// SQLite database, and the exit codes scripts rely on (0 done, 1 refused or failed, 2 usage).
#include "domain/customer.h"
#include "domain/interaction.h"
#include "offers/customerproducts.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const QString DemoCatalogue = QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/demo/offers.json");
static const QString Now = u"2026-01-10T00:00:00Z"_s;
static constexpr qint64 NowMs = 1768003200000;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

static CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTACTDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

static QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

class TestOffersCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void evaluateBeatsBothBaselines();
    void evaluateIsDeterministic();
    void evaluateReadableOutput();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpOfASubcommandIsUsage();
    void importThenSuggest();
    void badImportChangesNothing();
    void recordThenReport();

private:
    qint64 scalar(const QString &sql);
    qint64 addCustomer(const QStringList &owned, bool consent);
    qint64 addInteraction(qint64 customerId, const QString &queue);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_database;
};

void TestOffersCommand::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_database = m_folder->filePath(u"offers.sqlite"_s);
}

qint64 TestOffersCommand::scalar(const QString &sql)
{
    Database database;
    if (database.open(m_database))
        return -1;
    auto found = database.execute(sql);
    if (!found || !found.value()->next())
        return -1;
    const qint64 value = found.value()->value(0).toLongLong();
    found.value()->finish();
    return value;
}

qint64 TestOffersCommand::addCustomer(const QStringList &owned, bool consent)
{
    Database database;
    if (database.open(m_database))
        return 0;
    Customer customer;
    customer.givenName = u"서연"_s;
    customer.familyName = u"이"_s;
    customer.segment = Segment::Consumer;
    customer.valueTier = ValueTier::Gold;
    customer.marketingConsent = consent;
    customer.createdAtMs = NowMs - 1000LL * 24 * 60 * 60 * 1000;
    ContactPoint phone;
    phone.kind = ContactKind::Phone;
    phone.value = u"010-9876-5432"_s;
    phone.primary = true;
    customer.contactPoints = {phone};
    CustomerRepository customers(database);
    if (customers.insert(customer))
        return 0;
    CustomerProducts products(database);
    if (products.replace(customer.id, owned, NowMs))
        return 0;
    return customer.id;
}

qint64 TestOffersCommand::addInteraction(qint64 customerId, const QString &queue)
{
    Database database;
    if (database.open(m_database))
        return 0;
    Interaction interaction = Interaction::create(Channel::Voice, Direction::Inbound, NowMs);
    interaction.customerId = customerId;
    interaction.queueId = queue;
    InteractionRepository interactions(database);
    if (interactions.insert(interaction))
        return 0;
    return interaction.id;
}

void TestOffersCommand::evaluateBeatsBothBaselines()
{
    const CliRun run =
        runCli({u"offers"_s, u"evaluate"_s, u"--rounds"_s, u"20000"_s, u"--seed"_s, u"7"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = parseObject(run.out);
    QVERIFY2(!result.isEmpty(), qPrintable(run.out));
    for (const QString &key : {u"rounds"_s, u"engine_revenue"_s, u"random_revenue"_s,
                               u"highest_margin_revenue"_s, u"oracle_revenue"_s, u"regret_curve"_s}) {
        QVERIFY2(result.contains(key), qPrintable(key));
    }
    QCOMPARE(result.value(u"rounds"_s).toInteger(), 20000);
    const qint64 engine = result.value(u"engine_revenue"_s).toInteger();
    const qint64 random = result.value(u"random_revenue"_s).toInteger();
    const qint64 highestMargin = result.value(u"highest_margin_revenue"_s).toInteger();
    const qint64 oracle = result.value(u"oracle_revenue"_s).toInteger();
    QVERIFY(random > 0 && highestMargin > 0);
    // "Clearly": at least a tenth more revenue than either baseline, and most of what an
    // oracle that knows the true probabilities makes (the run is deterministic).
    QVERIFY2(engine * 10 > random * 11, qPrintable(run.out.left(400)));
    QVERIFY2(engine * 10 > highestMargin * 11, qPrintable(run.out.left(400)));
    QVERIFY2(engine * 100 > oracle * 85, qPrintable(run.out.left(400)));
    QVERIFY2(engine < oracle, qPrintable(run.out.left(400)));

    const QJsonArray curve = result.value(u"regret_curve"_s).toArray();
    QCOMPARE(curve.size(), 100);
    qint64 previousRound = 0;
    for (const QJsonValue &point : curve) {
        const QJsonArray pair = point.toArray();
        QCOMPARE(pair.size(), 2);
        QVERIFY(pair.at(0).toInteger() > previousRound);
        previousRound = pair.at(0).toInteger();
    }
    QCOMPARE(previousRound, 20000);
    QCOMPARE(curve.last().toArray().at(1).toInteger(), oracle - engine);
    // Learning: the second half of the run loses less to the oracle than the first half.
    const qint64 half = curve.at(49).toArray().at(1).toInteger();
    const qint64 end = curve.last().toArray().at(1).toInteger();
    QVERIFY2(end - half < half, qPrintable(u"%1 then %2"_s.arg(half).arg(end - half)));
}

void TestOffersCommand::evaluateIsDeterministic()
{
    const QStringList arguments = {u"offers"_s, u"evaluate"_s, u"--rounds"_s,
                                   u"5000"_s,   u"--json"_s,   u"--seed"_s};
    const CliRun first = runCli(arguments + QStringList{u"11"_s});
    const CliRun second = runCli(arguments + QStringList{u"11"_s});
    const CliRun other = runCli(arguments + QStringList{u"12"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(!first.out.isEmpty());
    QCOMPARE(second.out, first.out);
    QVERIFY(other.out != first.out);
    QCOMPARE(parseObject(first.out).value(u"seed"_s).toInteger(), 11);
}

void TestOffersCommand::evaluateReadableOutput()
{
    const CliRun run = runCli({u"offers"_s, u"evaluate"_s, u"--rounds"_s, u"2000"_s, u"--offers"_s, u"20"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"2000 contacts, 20 offers, seed 1"_s), qPrintable(run.out));
    for (const QString &line : {u"engine"_s, u"random eligible"_s, u"highest margin"_s, u"oracle"_s})
        QVERIFY2(run.out.contains(line), qPrintable(line));
    QVERIFY(run.out.contains(u" KRW"_s));
}

void TestOffersCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{u"offers"_s} << u"Usage:"_s;
    QTest::newRow("unknown subcommand")
        << QStringList{u"offers"_s, u"sell"_s} << u"unknown subcommand 'sell'"_s;
    QTest::newRow("zero rounds") << QStringList{u"offers"_s, u"evaluate"_s, u"--rounds"_s, u"0"_s}
                                 << u"--rounds takes a whole number"_s;
    QTest::newRow("rounds not a number") << QStringList{u"offers"_s, u"evaluate"_s, u"--rounds"_s, u"many"_s}
                                         << u"--rounds takes a whole number"_s;
    QTest::newRow("negative seed") << QStringList{u"offers"_s, u"evaluate"_s, u"--seed"_s, u"-1"_s}
                                   << u"--seed takes a whole number"_s;
    QTest::newRow("too few offers") << QStringList{u"offers"_s, u"evaluate"_s, u"--offers"_s, u"2"_s}
                                    << u"--offers takes a whole number from 5"_s;
    QTest::newRow("unknown option") << QStringList{u"offers"_s, u"evaluate"_s, u"--round"_s, u"5"_s}
                                    << u"Unknown option 'round'"_s;
    QTest::newRow("import without file")
        << QStringList{u"offers"_s, u"import"_s} << u"name one catalogue file"_s;
    QTest::newRow("suggest without customer")
        << QStringList{u"offers"_s, u"suggest"_s, u"--db"_s, u":memory:"_s}
        << u"--customer takes a customer id"_s;
    QTest::newRow("suggest by fax") << QStringList{u"offers"_s, u"suggest"_s,   u"--customer"_s,
                                                   u"1"_s,      u"--channel"_s, u"fax"_s}
                                    << u"--channel takes voice"_s;
    QTest::newRow("record with a bad outcome")
        << QStringList{u"offers"_s,  u"record"_s, u"--interaction"_s, u"1"_s,
                       u"--offer"_s, u"x"_s,      u"--outcome"_s,     u"maybe"_s}
        << u"--outcome takes accepted, declined or not-now"_s;
    QTest::newRow("report by month") << QStringList{u"offers"_s, u"report"_s, u"--by"_s, u"month"_s}
                                     << u"--by takes offer, agent or segment"_s;
}

void TestOffersCommand::helpOfASubcommandIsUsage()
{
    for (const QString &subcommand : {u"evaluate"_s, u"suggest"_s, u"report"_s}) {
        const CliRun run = runCli({u"offers"_s, subcommand, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Usage:"_s), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }
}

void TestOffersCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestOffersCommand::importThenSuggest()
{
    const CliRun imported = runCli({u"offers"_s, u"import"_s, DemoCatalogue, u"--db"_s, m_database});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.startsWith(u"Imported 22 offers (22 new, 0 updated) and 21 products"_s),
             qPrintable(imported.out));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM offers"_s), 22);

    const QStringList owned = {u"internet-100m"_s, u"iptv-basic"_s, u"mobile-lte"_s};
    const qint64 customer = addCustomer(owned, true);
    QVERIFY(customer > 0);
    const CliRun suggested = runCli({u"offers"_s, u"suggest"_s, u"--db"_s, m_database, u"--customer"_s,
                                     QString::number(customer), u"--channel"_s, u"chat"_s, u"--reason"_s,
                                     u"sales"_s, u"--limit"_s, u"50"_s, u"--now"_s, Now, u"--json"_s});
    QVERIFY2(suggested.exitCode == 0, qPrintable(suggested.err));
    const QJsonObject result = parseObject(suggested.out);
    const QJsonArray suggestions = result.value(u"suggestions"_s).toArray();
    QVERIFY2(suggestions.size() >= 5, qPrintable(suggested.out));
    QStringList ids;
    for (const QJsonValue &value : suggestions) {
        const QJsonObject suggestion = value.toObject();
        ids.append(suggestion.value(u"offer"_s).toString());
        QVERIFY(!owned.contains(suggestion.value(u"product"_s).toString()));
        QVERIFY(!suggestion.value(u"reason_en"_s).toString().isEmpty());
        QVERIFY(suggestion.value(u"reason_ko"_s).toString().contains(u"골드 등급 개인 고객"_s));
        QVERIFY(suggestion.value(u"acceptance_probability"_s).toDouble() > 0.0);
    }
    QVERIFY(ids.contains(u"upsell-internet-500m"_s));     // builds on the owned 100M line
    QVERIFY(!ids.contains(u"summer-iptv-2025"_s));        // ended in 2025
    QVERIFY(!ids.contains(u"cross-iptv-basic"_s));        // owns IPTV Basic
    QVERIFY(!ids.contains(u"cross-business-internet"_s)); // a consumer

    const CliRun readable = runCli({u"offers"_s, u"suggest"_s, u"--db"_s, m_database, u"--customer"_s,
                                    QString::number(customer), u"--language"_s, u"ko"_s, u"--now"_s, Now});
    QCOMPARE(readable.exitCode, 0);
    QVERIFY2(readable.out.startsWith(u"1. "_s), qPrintable(readable.out));
    QVERIFY(readable.out.contains(u"보유"_s));

    const CliRun nobody = runCli(
        {u"offers"_s, u"suggest"_s, u"--db"_s, m_database, u"--customer"_s, u"424242"_s, u"--now"_s, Now});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains(u"424242"_s), qPrintable(nobody.err));
}

void TestOffersCommand::badImportChangesNothing()
{
    QCOMPARE(runCli({u"offers"_s, u"import"_s, DemoCatalogue, u"--db"_s, m_database}).exitCode, 0);
    const qint64 marginBefore =
        scalar(u"SELECT margin_minor FROM offers WHERE id = 'upsell-internet-500m'"_s);

    // The first offer is a valid change; the second has a margin in text.
    const QString broken = m_folder->filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"products": [],
 "offers": [
  {"id": "upsell-internet-500m", "name_en": "Cheaper", "name_ko": "할인", "category": "up-sell",
   "product": "internet-500m", "margin_minor": 1},
  {"id": "brand-new", "name_en": "New", "name_ko": "신규", "category": "cross-sell",
   "product": "home-cctv", "margin_minor": "lots"}
 ]})");
    file.close();
    const CliRun refused = runCli({u"offers"_s, u"import"_s, broken, u"--db"_s, m_database});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(broken + u": offers[1].margin_minor: must be a whole number, not a string"_s),
        qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"nothing was imported"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM offers"_s), 22);
    QCOMPARE(scalar(u"SELECT margin_minor FROM offers WHERE id = 'upsell-internet-500m'"_s), marginBefore);

    // Valid JSON that the database refuses (an unknown product) changes nothing either.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"offers": [
  {"id": "upsell-internet-500m", "name_en": "Cheaper", "name_ko": "할인", "category": "up-sell",
   "product": "internet-500m", "margin_minor": 1},
  {"id": "brand-new", "name_en": "New", "name_ko": "신규", "category": "cross-sell",
   "product": "drone", "margin_minor": 5000}]})");
    file.close();
    const CliRun unknownProduct =
        runCli({u"offers"_s, u"import"_s, broken, u"--db"_s, m_database, u"--json"_s});
    QCOMPARE(unknownProduct.exitCode, 1);
    QVERIFY2(unknownProduct.err.contains(
                 u"offers[1]: offer 'brand-new': product 'drone' is not in the catalogue"_s),
             qPrintable(unknownProduct.err));
    QCOMPARE(parseObject(unknownProduct.out).value(u"refused"_s).toBool(), true);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM offers"_s), 22);
    QCOMPARE(scalar(u"SELECT margin_minor FROM offers WHERE id = 'upsell-internet-500m'"_s), marginBefore);

    const CliRun missing =
        runCli({u"offers"_s, u"import"_s, m_folder->filePath(u"nope.json"_s), u"--db"_s, m_database});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"nope.json: cannot be read"_s));
}

void TestOffersCommand::recordThenReport()
{
    QCOMPARE(runCli({u"offers"_s, u"import"_s, DemoCatalogue, u"--db"_s, m_database}).exitCode, 0);
    const qint64 customer = addCustomer({u"internet-100m"_s}, true);
    const qint64 interaction = addInteraction(customer, u"sales"_s);
    QVERIFY(interaction > 0);
    const QStringList record = {u"offers"_s,        u"record"_s,
                                u"--db"_s,          m_database,
                                u"--interaction"_s, QString::number(interaction),
                                u"--offer"_s,       u"upsell-internet-500m"_s,
                                u"--now"_s,         Now};

    const CliRun accepted =
        runCli(record + QStringList{u"--outcome"_s, u"accepted"_s, u"--revenue"_s, u"55000"_s, u"--json"_s});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    const QJsonObject outcome = parseObject(accepted.out);
    QCOMPARE(outcome.value(u"outcome"_s).toString(), u"accepted"_s);
    QCOMPARE(outcome.value(u"revenue_minor"_s).toInteger(), 55000);
    QVERIFY(outcome.value(u"acceptance_probability"_s).toDouble() > 0.1); // learned at once (prior 10%)
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM offer_outcomes WHERE interaction_id = %1"_s.arg(interaction)), 1);
    QCOMPARE(scalar(u"SELECT observations FROM offer_model WHERE offer_id = 'upsell-internet-500m'"_s), 1);

    const CliRun again = runCli(record + QStringList{u"--outcome"_s, u"declined"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already recorded"_s), qPrintable(again.err));
    // The demo catalogue's summer offer ended in 2025: no answer to it can be recorded now.
    const CliRun expired = runCli({u"offers"_s, u"record"_s, u"--db"_s, m_database, u"--interaction"_s,
                                   QString::number(interaction), u"--offer"_s, u"summer-iptv-2025"_s,
                                   u"--now"_s, Now, u"--outcome"_s, u"declined"_s});
    QCOMPARE(expired.exitCode, 1);
    QVERIFY2(expired.err.contains(u"has expired"_s), qPrintable(expired.err));

    const CliRun report =
        runCli({u"offers"_s, u"report"_s, u"--db"_s, m_database, u"--by"_s, u"offer"_s, u"--json"_s});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonArray rows = parseObject(report.out).value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(u"key"_s).toString(), u"upsell-internet-500m"_s);
    QCOMPARE(row.value(u"label_ko"_s).toString(), u"인터넷 500M 업그레이드"_s);
    QCOMPARE(row.value(u"offered"_s).toInteger(), 1);
    QCOMPARE(row.value(u"accepted"_s).toInteger(), 1);
    QCOMPARE(row.value(u"acceptance_rate"_s).toDouble(), 1.0);
    QCOMPARE(row.value(u"revenue_minor"_s).toInteger(), 55000);
    QCOMPARE(row.value(u"currency"_s).toString(), u"KRW"_s);

    const CliRun bySegment =
        runCli({u"offers"_s, u"report"_s, u"--db"_s, m_database, u"--by"_s, u"segment"_s});
    QCOMPARE(bySegment.exitCode, 0);
    QVERIFY2(bySegment.out.contains(u"consumer: 1, 1, 0, 0, 100.0%, 55000 KRW"_s), qPrintable(bySegment.out));
}

QTEST_APPLESS_MAIN(TestOffersCommand)
#include "tst_offerscommand.moc"
