// `contactdesk-cli import customers` as a user runs it: a real process, real files, a real
// SQLite database, and the exit codes scripts rely on (0 all imported, 1 rejected/refused, 2 usage).
#include "store/customerrepository.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

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
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

static QString fixture(const QString &name)
{
    return QStringLiteral(CONTACTDESK_TEST_DATA_DIR) + u'/' + name;
}

class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void goodFileExitsZero();
    void rejectedRowsExitOne();
    void rejectedRowsAsJson();
    void refusedFileExitsOneAndChangesNothing();
    void unusableDatabaseExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    qint64 customerCount();

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_database;
};

void TestImportCommand::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_database = m_folder->filePath(u"cli.sqlite"_s);
}

qint64 TestImportCommand::customerCount()
{
    Database database;
    if (database.open(m_database))
        return -1;
    CustomerRepository customers(database);
    auto count = customers.count();
    return count ? count.value() : -1;
}

void TestImportCommand::goodFileExitsZero()
{
    const CliRun run =
        runCli({u"import"_s, u"customers"_s, fixture(u"customers_good.csv"_s), u"--db"_s, m_database});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"Imported 4 of 4 customers"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"Skipped"_s));
    QCOMPARE(customerCount(), 4);

    // The imported customers are found by caller ID, as the desktop will look them up.
    Database database;
    QVERIFY(!database.open(m_database));
    CustomerRepository customers(database);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010 1234 5678"_s).ok());
}

void TestImportCommand::rejectedRowsExitOne()
{
    const CliRun run =
        runCli({u"import"_s, u"customers"_s, fixture(u"customers_mixed.csv"_s), u"--db"_s, m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Imported 2 of 13 customers"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Skipped 11 rows:"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"line 3: phone '123' is not a phone number"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"line 10: phone +821012345678 is also on line 2 of this file"_s),
             qPrintable(run.out));
    QCOMPARE(customerCount(), 2);
}

void TestImportCommand::rejectedRowsAsJson()
{
    const CliRun run = runCli({u"import"_s, u"customers"_s, fixture(u"customers_mixed.csv"_s), u"--db"_s,
                               m_database, u"--json"_s, u"--region"_s, u"kr"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(run.out));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"refused"_s).toBool(true), false);
    QCOMPARE(object.value(u"rows"_s).toInt(), 13);
    QCOMPARE(object.value(u"imported"_s).toInt(), 2);
    QList<int> lines;
    for (const QJsonValue &issue : object.value(u"rejected"_s).toArray()) {
        lines << issue.toObject().value(u"line"_s).toInt();
        QVERIFY(!issue.toObject().value(u"reason"_s).toString().isEmpty());
    }
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14}));
}

void TestImportCommand::refusedFileExitsOneAndChangesNothing()
{
    QVERIFY(runCli({u"import"_s, u"customers"_s, fixture(u"customers_good.csv"_s), u"--db"_s, m_database})
                .exitCode
            == 0);

    const QString binary = m_folder->filePath(u"photo.csv"_s);
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb0043"));
    file.close();
    CliRun run = runCli({u"import"_s, u"customers"_s, binary, u"--db"_s, m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"was not imported: the file is binary"_s), qPrintable(run.err));
    QCOMPARE(customerCount(), 4);

    run = runCli({u"import"_s, u"customers"_s, fixture(u"customers_unterminated.csv"_s), u"--db"_s,
                  m_database, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"refused"_s).toBool(), true);
    QVERIFY(object.value(u"refusal"_s).toString().contains(u"never closed"_s));
    QCOMPARE(object.value(u"imported"_s).toInt(-1), 0);
    QCOMPARE(customerCount(), 4);

    run = runCli({u"import"_s, u"customers"_s, m_folder->filePath(u"missing.csv"_s), u"--db"_s, m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cannot read"_s), qPrintable(run.err));
}

void TestImportCommand::unusableDatabaseExitsOne()
{
    const CliRun run = runCli(
        {u"import"_s, u"customers"_s, fixture(u"customers_good.csv"_s), u"--db"_s, u"mysql://root@db/cd"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Invalid database connection string"_s), qPrintable(run.err));
}

void TestImportCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = fixture(u"customers_good.csv"_s);
    QTest::newRow("nothing to import") << QStringList{u"import"_s};
    QTest::newRow("no file") << QStringList{u"import"_s, u"customers"_s};
    QTest::newRow("not customers") << QStringList{u"import"_s, u"agents"_s, file};
    QTest::newRow("two files") << QStringList{u"import"_s, u"customers"_s, file, file};
    QTest::newRow("unknown option") << QStringList{u"import"_s, u"customers"_s, file, u"--colour"_s};
    QTest::newRow("db without value") << QStringList{u"import"_s, u"customers"_s, file, u"--db"_s};
    QTest::newRow("bad region") << QStringList{u"import"_s, u"customers"_s, file, u"--region"_s, u"KOREA"_s};
}

void TestImportCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments + QStringList{u"--db"_s, m_database});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.isEmpty(), "a usage error says what is wrong");
    QVERIFY(!QFile::exists(m_database)); // nothing was opened, let alone written
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
