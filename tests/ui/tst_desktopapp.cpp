#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"

#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;

// The contactdesk executable as a user or a script starts it: first start on a new database,
// the screenshot option, and clear refusals of bad options, databases and output paths.
class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void firstStartFillsANewDatabaseAndTakesTheScreenshot()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("new.sqlite"));
        const QString picture = dir.filePath(QStringLiteral("shot.png"));
        const Run first = run({QStringLiteral("--db"), database,
            QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--screenshot"), picture});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.errors.contains(QStringLiteral("added 300 demo customers")), qPrintable(first.errors));
        const QImage image(picture);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1366, 768));
        QCOMPARE(customerCount(database), 300);

        // Only a new database gets demo data.
        const Run second = run({QStringLiteral("--db"), database,
            QStringLiteral("--view"), QStringLiteral("customers"), QStringLiteral("--screenshot"), picture});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(!second.errors.contains(QStringLiteral("demo")), qPrintable(second.errors));
        QCOMPARE(customerCount(database), 300);

        // The supervisor's wallboard, once its figures, charts and trend have answered.
        const QString wallboard = dir.filePath(QStringLiteral("wallboard.png"));
        const Run third = run({QStringLiteral("--db"), database,
            QStringLiteral("--view"), QStringLiteral("wallboard"), QStringLiteral("--screenshot"),
                                                                                  wallboard});
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(QImage(wallboard).size(), QSize(1366, 768));

        // Coaching, once the view has opened what it shows and nothing is pending (a call under
        // evaluation, or the library saying why recordings are unavailable without a keychain).
        const QString coaching = dir.filePath(QStringLiteral("coaching.png"));
        const Run fourth = run({QStringLiteral("--db"), database,
            QStringLiteral("--view"), QStringLiteral("coaching"), QStringLiteral("--screenshot"), coaching});
        QCOMPARE(fourth.exitCode, 0);
        QCOMPARE(QImage(coaching).size(), QSize(1366, 768));
    }

    // The desktop on a real contactdesk-server process: signed in with an account (the password
    // on standard input), working the desk the server routes to it.
    void worksOnAServerWithAnAccount()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("team.sqlite"));
        const QString cli = QStringLiteral(CONTACTDESK_BINARY_DIR "/app/cli/contactdesk-cli");
        QProcess demo;
        demo.start(cli, {QStringLiteral("demo-data"),
                            QStringLiteral("--db"), database,
                                QStringLiteral("--customers"),
                                               QStringLiteral("200"), QStringLiteral("--interactions"),
                                                                                     QStringLiteral("600")});
        QVERIFY(demo.waitForFinished(120'000) && demo.exitCode() == 0);
        Database store;
        QVERIFY(!store.open(database));
        auto agents = AgentRepository(store).list();
        QVERIFY(agents && !agents->isEmpty());
        const Agent agent = agents->constFirst();
        QProcess add;
        add.start(cli, {QStringLiteral("user"),
                           QStringLiteral("add"), QStringLiteral("ana"),
                                                      QStringLiteral("--name"),
                                                          QStringLiteral("Ana"),
                                                              QStringLiteral("--role"),
                                                                  QStringLiteral("agent"),
                                                                      QStringLiteral("--agent"), agent.login,
                                                                          QStringLiteral("--db"), database});
        add.waitForStarted();
        add.write("a long password here\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60'000) && add.exitCode() == 0);

        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(CONTACTDESK_BINARY_DIR "/app/server/contactdesk-server"),
            {QStringLiteral("--db"), database,
                            QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0"),
                                                          QStringLiteral("--simulate"),
                                                                         QStringLiteral("3600")});
        QString url;
        QVERIFY(QTest::qWaitFor(
            [&] {
                server.waitForReadyRead(100);
                const QString output = QString::fromUtf8(server.peek(64 * 1024));
                const qsizetype at = output.indexOf(QStringLiteral("listening on "));
                if (at >= 0 && output.indexOf(QLatin1Char('\n'), at) > at)
                    url = output.mid(at + 13, output.indexOf(QLatin1Char('\n'), at) - at - 13).trimmed();
                return !url.isEmpty();
            },
            30'000));
        const QString picture = dir.filePath(QStringLiteral("remote.png"));
        const Run desk = run({QStringLiteral("--server"), url,
            QStringLiteral("--user"), QStringLiteral("ana"),
                                                     QStringLiteral("--screenshot"), picture,
                                                                    QStringLiteral("--after-seconds"),
                                                                                   QStringLiteral("15")},
                                                                    "a long password here\n");
        server.terminate();
        server.waitForFinished(10'000);
        QCOMPARE(desk.exitCode, 0);
        QVERIFY2(!desk.errors.contains(QStringLiteral("Could not sign in")), qPrintable(desk.errors));
        QCOMPARE(QImage(picture).size(), QSize(1366, 768));
        // The server saw the sign-in: one session of the account, with its token kept by the desktop.
        auto sessions = store.execute(QStringLiteral("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = "
                                                     "s.user_id WHERE u.login = 'ana'"));
        QVERIFY(sessions && sessions.value()->next());
        QCOMPARE(sessions.value()->value(0).toInt(), 1);
        sessions.value()->finish();
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("reports")}
                                                            << QStringLiteral("unknown view 'reports'");
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                                                << QStringLiteral("unknown language 'fr'");
        QTest::newRow("seconds") << QStringList{QStringLiteral("--screenshot"),
            QStringLiteral("x.png"), QStringLiteral("--after-seconds"), QStringLiteral("soon")}
                                                    << QStringLiteral("--after-seconds takes a whole number");
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("untouched.sqlite"));
        const Run result = run(QStringList{QStringLiteral("--db"), database} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errors.contains(message), qPrintable(result.errors));
        // Refused before anything was written.
        QVERIFY(!QFile::exists(database));
    }

    void saysWhichDatabaseCannotBeOpenedWithoutItsPassword()
    {
        QTemporaryDir dir;
        const Run result = run({QStringLiteral("--db"),
            QStringLiteral("postgresql://agent:hunter2@127.0.0.1:1/desk"),
                           QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("never.png"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errors.contains(QStringLiteral("The database could not be opened")),
                                        qPrintable(result.errors));
        QVERIFY2(result.errors.contains(QStringLiteral("127.0.0.1")), qPrintable(result.errors));
        QVERIFY2(!result.errors.contains(QStringLiteral("hunter2")), qPrintable(result.errors));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never.png"))));
    }

    void failsWhenTheScreenshotCannotBeSaved()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("db.sqlite"));
        const Run result = run({QStringLiteral("--db"), database,
            QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("no/such/folder/shot.png"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errors.contains(QStringLiteral("cannot save the screenshot")),
                                        qPrintable(result.errors));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString errors;
    };

    Run run(const QStringList &arguments, const QByteArray &input = QByteArray()) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Settings and data of the run stay in the test's folder, away from the user's.
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CONTACTDESK_BINARY_DIR "/app/desktop/contactdesk"), arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        Run result;
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            result.errors =
                QStringLiteral("did not finish: ") + QString::fromUtf8(process.readAllStandardError());
            return result;
        }
        result.exitCode = process.exitCode();
        result.errors = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static qint64 customerCount(const QString &path)
    {
        Database database;
        if (database.open(path))
            return -1;
        const auto count = CustomerRepository(database).count();
        return count ? *count : -1;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestDesktopApp)

#include "tst_desktopapp.moc"
