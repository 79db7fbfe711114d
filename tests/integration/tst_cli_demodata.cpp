// `contactdesk-cli demo-data` run as a real process on temporary SQLite files.

#include "domain/channel.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ContactDesk;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTACTDESK_CLI_PATH), QStringList{u"demo-data"_s} + arguments);
    CliRun run;
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = u"contactdesk-cli did not finish normally: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QStringList smallSet = {u"--customers"_s, u"60"_s, u"--interactions"_s, u"500"_s,
                              u"--seed"_s,      u"9"_s,  u"--now"_s,          u"2024-06-30T09:00:00Z"_s};

} // namespace

class TestCliDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void writesADataSetAndSummarisesItAsJson();
    void sameArgumentsGiveTheSameData();
    void printsASummaryAndProgress();
    void refusesADatabaseThatHoldsData();
    void acceptsEveryFormOfNow_data();
    void acceptsEveryFormOfNow();
    void rejectsBadArguments_data();
    void rejectsBadArguments();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestCliDemoData::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestCliDemoData::writesADataSetAndSummarisesItAsJson()
{
    const QString path = m_folder->filePath(u"demo.sqlite"_s);
    const CliRun run = runCli(QStringList{u"--db"_s, path, u"--json"_s} + smallSet);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // --json keeps standard error for errors

    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(u"seed").toString(), u"9"_s);
    QCOMPARE(summary.value(u"nowMs").toInteger(), qint64(1719738000000));
    QCOMPARE(summary.value(u"customers").toInteger(), qint64(60));
    QCOMPARE(summary.value(u"koreanCustomers").toInteger(), qint64(36));
    QCOMPARE(summary.value(u"englishCustomers").toInteger(), qint64(24));
    QCOMPARE(summary.value(u"interactions").toInteger(), qint64(500));
    const QJsonObject byChannel = summary.value(u"interactionsByChannel").toObject();
    qint64 total = 0;
    for (Channel channel : allChannels()) {
        QVERIFY2(byChannel.value(channelKey(channel)).toInteger() > 0, qPrintable(channelKey(channel)));
        total += byChannel.value(channelKey(channel)).toInteger();
    }
    QCOMPARE(total, qint64(500));
    QVERIFY(summary.value(u"agents").toInteger() >= 12);
    QVERIFY(summary.value(u"messages").toInteger() > 500);
    QVERIFY(summary.value(u"workItems").toInteger() > 0);

    // What the summary reports is what the file holds.
    Database database;
    QVERIFY(!database.open(path));
    CustomerRepository customers(database);
    auto count = customers.count();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), qint64(60));
    InteractionRepository interactions(database);
    auto last = interactions.findById(500);
    QVERIFY2(last.ok(), qPrintable(last.error().message));
    QVERIFY(interactions.findById(501).isNotFound());
}

void TestCliDemoData::sameArgumentsGiveTheSameData()
{
    const QString first = m_folder->filePath(u"first.sqlite"_s);
    const QString second = m_folder->filePath(u"second.sqlite"_s);
    QCOMPARE(runCli(QStringList{u"--db"_s, first, u"--quiet"_s} + smallSet).exitCode, 0);
    QCOMPARE(runCli(QStringList{u"--db"_s, second, u"--quiet"_s} + smallSet).exitCode, 0);

    Database a;
    Database b;
    QVERIFY(!a.open(first));
    QVERIFY(!b.open(second));
    CustomerRepository customersA(a);
    CustomerRepository customersB(b);
    for (qint64 id = 1; id <= 60; ++id) {
        auto x = customersA.findById(id);
        auto y = customersB.findById(id);
        QVERIFY(x.ok() && y.ok());
        QCOMPARE(x->displayName(), y->displayName());
        QCOMPARE(x->lifetimeValueMinor, y->lifetimeValueMinor);
        QCOMPARE(x->contactPoints.size(), y->contactPoints.size());
        for (qsizetype i = 0; i < x->contactPoints.size(); ++i)
            QCOMPARE(x->contactPoints.at(i).value, y->contactPoints.at(i).value);
    }
    InteractionRepository interactionsA(a);
    InteractionRepository interactionsB(b);
    for (qint64 id = 1; id <= 500; ++id) {
        auto x = interactionsA.findById(id);
        auto y = interactionsB.findById(id);
        QVERIFY(x.ok() && y.ok());
        QCOMPARE(x->customerId, y->customerId);
        QCOMPARE(x->subject, y->subject);
        QCOMPARE(x->times().createdMs, y->times().createdMs);
        QCOMPARE(x->times().closedMs, y->times().closedMs);
        QCOMPARE(x->dispositionCode, y->dispositionCode);
    }
}

void TestCliDemoData::printsASummaryAndProgress()
{
    const QString path = m_folder->filePath(u"text.sqlite"_s);
    const CliRun run = runCli(QStringList{u"--db"_s, path} + smallSet);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"customers       60 (36 Korean, 24 English"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"interactions    500 (voice "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2024-06-30T09:00:00Z"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"interactions 500/500"_s), qPrintable(run.err));
}

void TestCliDemoData::refusesADatabaseThatHoldsData()
{
    const QString path = m_folder->filePath(u"twice.sqlite"_s);
    QCOMPARE(runCli(QStringList{u"--db"_s, path, u"--quiet"_s} + smallSet).exitCode, 0);

    const CliRun again =
        runCli(QStringList{u"--db"_s, path, u"--customers"_s, u"5"_s, u"--now"_s, u"2024-06-30T09:00:00Z"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"nothing was written"_s) && again.err.contains(u"empty database"_s),
             qPrintable(again.err));
    QVERIFY(again.out.isEmpty());

    // What was there is untouched.
    Database database;
    QVERIFY(!database.open(path));
    CustomerRepository customers(database);
    auto count = customers.count();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), qint64(60));
}

void TestCliDemoData::acceptsEveryFormOfNow_data()
{
    QTest::addColumn<QString>("now");
    QTest::newRow("milliseconds") << u"1719738000000"_s;
    QTest::newRow("utc") << u"2024-06-30T09:00:00Z"_s;
    QTest::newRow("no offset means utc") << u"2024-06-30T09:00:00"_s;
    QTest::newRow("seoul offset") << u"2024-06-30T18:00:00+09:00"_s;
}

void TestCliDemoData::acceptsEveryFormOfNow()
{
    QFETCH(QString, now);
    const QString path = m_folder->filePath(u"now.sqlite"_s);
    const CliRun run = runCli({u"--db"_s, path, u"--customers"_s, u"5"_s, u"--interactions"_s, u"10"_s,
                               u"--now"_s, now, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(u"nowMs").toInteger(), qint64(1719738000000));
    QCOMPARE(summary.value(u"fromMs").toInteger(), qint64(1719738000000 - 180LL * 24 * 3600 * 1000));
}

void TestCliDemoData::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString db = u"--db"_s;
    const QString file = u"@FILE@"_s;
    QTest::newRow("no database") << QStringList{u"--customers"_s, u"10"_s} << 2 << u"--db is required"_s;
    QTest::newRow("customers not a number")
        << QStringList{db, file, u"--customers"_s, u"many"_s} << 2 << u"--customers takes a whole number"_s;
    QTest::newRow("zero customers") << QStringList{db, file, u"--customers"_s, u"0"_s} << 2
                                    << u"--customers takes a whole number from 1"_s;
    QTest::newRow("negative interactions") << QStringList{db, file, u"--interactions"_s, u"-5"_s} << 2
                                           << u"--interactions takes a whole number"_s;
    QTest::newRow("too few agents") << QStringList{db, file, u"--agents"_s, u"3"_s} << 2
                                    << u"number of agents must be between 10"_s;
    QTest::newRow("korean share over 100") << QStringList{db, file, u"--korean-percent"_s, u"150"_s} << 2
                                           << u"--korean-percent takes a whole number from 0 to 100"_s;
    QTest::newRow("history too short")
        << QStringList{db, file, u"--days"_s, u"3"_s} << 2 << u"--days takes a whole number from 7 to 3650"_s;
    QTest::newRow("now not a time") << QStringList{db, file, u"--now"_s, u"yesterday"_s} << 2
                                    << u"--now takes milliseconds since 1970 or an ISO 8601 time"_s;
    QTest::newRow("negative seed") << QStringList{db, file, u"--seed"_s, u"-1"_s} << 2
                                   << u"--seed takes a whole number"_s;
    QTest::newRow("unknown option") << QStringList{db, file, u"--bogus"_s} << 2
                                    << u"Unknown option 'bogus'"_s;
    QTest::newRow("stray argument") << QStringList{db, file, u"customers"_s} << 2
                                    << u"unexpected argument 'customers'"_s;
    QTest::newRow("unwritable database")
        << QStringList{db, u"/proc/contactdesk-demo/demo.sqlite"_s} << 1 << u"cannot open the database"_s;
}

void TestCliDemoData::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString path = m_folder->filePath(u"bad.sqlite"_s);
    arguments.replaceInStrings(u"@FILE@"_s, path);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"contactdesk-cli demo-data: "_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // A refused command line creates no database.
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliDemoData)

#include "tst_cli_demodata.moc"
