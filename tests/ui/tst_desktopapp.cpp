#include "store/customerrepository.h"
#include "store/database.h"

#include <QImage>
#include <QProcess>
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
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("coaching")}
                                                            << QStringLiteral("unknown view 'coaching'");
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

    Run run(const QStringList &arguments) const
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
