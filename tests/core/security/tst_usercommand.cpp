// `contactdesk-cli user` as an administrator or a script runs it: real processes, passwords on
// standard input, a real SQLite database, and the exit codes scripts rely on (0 done, 1 refused
// or failed, 2 usage).
#include "domain/agent.h"
#include "security/accounterrors.h"
#include "security/authenticator.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const QString GoodPassword = u"correct horse battery staple"_s;
static const QString OtherPassword = u"another long passphrase"_s;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI with `input` on its standard input (closed afterwards, as a pipe would be).
static CliRun runCli(const QStringList &arguments, const QString &input = QString())
{
    QProcess process;
    process.start(QStringLiteral(CONTACTDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#define VERIFY_EXIT(run, code)                                                                \
    QVERIFY2((run).exitCode == (code),                                                        \
             qPrintable(u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s.arg((run).exitCode) \
                            .arg(code)                                                        \
                            .arg((run).out, (run).err)))

class TestUserCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void addThenListAsJson();
    void listAsText();
    void passwdChangesThePasswordAndSignsOut();
    void disableAndEnable();
    void duplicateLoginIsRefused();
    void weakPasswordsAreRefused_data();
    void weakPasswordsAreRefused();
    void unknownAgentOrUserIsRefused();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QStringList db() const { return {u"--db"_s, m_database}; }
    QJsonArray listedUsers();
    QString signInCode(const QString &login, const QString &password);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_database;
};

void TestUserCommand::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_database = m_folder->filePath(u"accounts.sqlite"_s);
    Database database;
    QVERIFY(!database.open(m_database));
    Agent agent;
    agent.login = u"minjun.kim"_s;
    agent.displayName = u"김민준"_s;
    QVERIFY(!AgentRepository(database).insert(agent));
}

QJsonArray TestUserCommand::listedUsers()
{
    const CliRun run = runCli(QStringList{u"user"_s, u"list"_s, u"--json"_s} + db());
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"users"_s).toArray();
}

// What signing in with this password says now: "" when it works, else the error code.
QString TestUserCommand::signInCode(const QString &login, const QString &password)
{
    Database database;
    if (database.open(m_database))
        return u"cannot open"_s;
    auto session = Authenticator(database).signIn(login, password, QDateTime::currentMSecsSinceEpoch());
    return session.ok() ? QString() : session.error().code;
}

void TestUserCommand::addThenListAsJson()
{
    CliRun run = runCli(QStringList{u"user"_s, u"add"_s, u"Min.Kim"_s, u"--name"_s, u"김민준"_s, u"--role"_s,
                                    u"agent"_s, u"--agent"_s, u"minjun.kim"_s}
                            + db(),
                        GoodPassword + u'\n');
    VERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"min.kim"_s), qPrintable(run.out));
    // A line end from Windows is not part of the password.
    run = runCli(
        QStringList{u"user"_s, u"add"_s, u"bora"_s, u"--name"_s, u"Bora Lee"_s, u"--role"_s, u"supervisor"_s}
            + db(),
        OtherPassword + u"\r\n"_s);
    VERIFY_EXIT(run, 0);

    const CliRun list = runCli(QStringList{u"user"_s, u"list"_s, u"--json"_s} + db());
    VERIFY_EXIT(list, 0);
    QVERIFY2(!list.out.contains(u"argon2"_s) && !list.out.contains(GoodPassword), qPrintable(list.out));
    const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"users"_s).toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject bora = users.at(0).toObject();
    const QJsonObject minjun = users.at(1).toObject();
    QCOMPARE(bora.value(u"login"_s).toString(), u"bora"_s);
    QCOMPARE(bora.value(u"name"_s).toString(), u"Bora Lee"_s);
    QCOMPARE(bora.value(u"role"_s).toString(), u"supervisor"_s);
    QVERIFY(bora.value(u"agent"_s).isNull());
    QCOMPARE(bora.value(u"disabled"_s).toBool(true), false);
    QCOMPARE(minjun.value(u"login"_s).toString(), u"min.kim"_s);
    QCOMPARE(minjun.value(u"name"_s).toString(), u"김민준"_s);
    QCOMPARE(minjun.value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(minjun.value(u"agent"_s).toString(), u"minjun.kim"_s);
    QVERIFY(!minjun.contains(u"password_hash"_s));

    // What the CLI stored is an Argon2id hash the sign-in accepts.
    Database database;
    QVERIFY(!database.open(m_database));
    auto stored = UserRepository(database).findByLogin(u"min.kim"_s);
    QVERIFY(stored.ok());
    QVERIFY(stored->passwordHash.startsWith(u"$argon2id$"_s));
    QCOMPARE(signInCode(u"MIN.KIM"_s, GoodPassword), QString());
    QCOMPARE(signInCode(u"bora"_s, OtherPassword), QString());
    QCOMPARE(signInCode(u"bora"_s, OtherPassword + u"\r"_s), AccountErrorCode::InvalidCredentials.toString());
}

void TestUserCommand::listAsText()
{
    CliRun run = runCli(QStringList{u"user"_s, u"list"_s} + db());
    VERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"No users"_s), qPrintable(run.out));
    VERIFY_EXIT(runCli(QStringList{u"user"_s, u"add"_s, u"min.kim"_s, u"--name"_s, u"김민준"_s, u"--role"_s,
                                   u"team-lead"_s, u"--agent"_s, u"minjun.kim"_s}
                           + db(),
                       GoodPassword + u'\n'),
                0);
    run = runCli(QStringList{u"user"_s, u"list"_s} + db());
    VERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"min.kim, 김민준, team-lead, minjun.kim, enabled"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"argon2"_s));
}

void TestUserCommand::passwdChangesThePasswordAndSignsOut()
{
    VERIFY_EXIT(
        runCli(QStringList{u"user"_s, u"add"_s, u"bora"_s, u"--name"_s, u"Bora"_s, u"--role"_s, u"admin"_s}
                   + db(),
               GoodPassword + u'\n'),
        0);
    QString token;
    {
        Database database;
        QVERIFY(!database.open(m_database));
        auto session =
            Authenticator(database).signIn(u"bora"_s, GoodPassword, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(session.ok());
        token = session->token;
    }

    const CliRun run = runCli(QStringList{u"user"_s, u"passwd"_s, u"Bora"_s} + db(), OtherPassword + u'\n');
    VERIFY_EXIT(run, 0);
    QCOMPARE(signInCode(u"bora"_s, GoodPassword), AccountErrorCode::InvalidCredentials.toString());
    QCOMPARE(signInCode(u"bora"_s, OtherPassword), QString());
    Database database;
    QVERIFY(!database.open(m_database));
    auto validated = Authenticator(database).validate(token, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().code, AccountErrorCode::SessionInvalid.toString());

    // A refused new password changes nothing.
    VERIFY_EXIT(runCli(QStringList{u"user"_s, u"passwd"_s, u"bora"_s} + db(), u"short\n"_s), 1);
    QCOMPARE(signInCode(u"bora"_s, OtherPassword), QString());
}

void TestUserCommand::disableAndEnable()
{
    VERIFY_EXIT(runCli(QStringList{u"user"_s, u"add"_s, u"bora"_s, u"--name"_s, u"Bora"_s, u"--role"_s,
                                   u"supervisor"_s}
                           + db(),
                       GoodPassword + u'\n'),
                0);
    VERIFY_EXIT(runCli(QStringList{u"user"_s, u"disable"_s, u"BORA"_s} + db()), 0);
    QJsonArray users = listedUsers();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(u"disabled"_s).toBool(), true);
    QCOMPARE(signInCode(u"bora"_s, GoodPassword), AccountErrorCode::AccountDisabled.toString());

    VERIFY_EXIT(runCli(QStringList{u"user"_s, u"enable"_s, u"bora"_s} + db()), 0);
    users = listedUsers();
    QCOMPARE(users.at(0).toObject().value(u"disabled"_s).toBool(), false);
    QCOMPARE(signInCode(u"bora"_s, GoodPassword), QString());
}

void TestUserCommand::duplicateLoginIsRefused()
{
    const QStringList add{u"user"_s, u"add"_s,    u"Bora.Lee"_s, u"--name"_s,
                          u"Bora"_s, u"--role"_s, u"admin"_s};
    VERIFY_EXIT(runCli(add + db(), GoodPassword + u'\n'), 0);
    const QStringList again{u"user"_s,  u"add"_s,    u"BORA.LEE"_s,  u"--name"_s,
                            u"Other"_s, u"--role"_s, u"supervisor"_s};
    const CliRun run = runCli(again + db(), OtherPassword + u'\n');
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"'bora.lee' is taken"_s), qPrintable(run.err));
    const QJsonArray users = listedUsers();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(u"name"_s).toString(), u"Bora"_s);
    QCOMPARE(signInCode(u"bora.lee"_s, GoodPassword), QString());
}

void TestUserCommand::weakPasswordsAreRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("short") << u"short1234\n"_s << u"at least 10 characters"_s;
    QTest::newRow("blank") << u"              \n"_s << u"only spaces"_s;
    QTest::newRow("too long") << QString(1025, u'x') + u'\n' << u"at most 1024 bytes"_s;
    QTest::newRow("empty line") << u"\n"_s << u"at least 10 characters"_s;
    QTest::newRow("no input at all") << QString() << u"no password on standard input"_s;
}

void TestUserCommand::weakPasswordsAreRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const CliRun run = runCli(
        QStringList{u"user"_s, u"add"_s, u"bora"_s, u"--name"_s, u"Bora"_s, u"--role"_s, u"admin"_s} + db(),
        input);
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was added"_s), qPrintable(run.err));
    QCOMPARE(listedUsers().size(), 0);
}

void TestUserCommand::unknownAgentOrUserIsRefused()
{
    CliRun run = runCli(QStringList{u"user"_s, u"add"_s, u"ghost"_s, u"--name"_s, u"Ghost"_s, u"--role"_s,
                                    u"agent"_s, u"--agent"_s, u"nobody"_s}
                            + db(),
                        GoodPassword + u'\n');
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"no agent 'nobody'"_s), qPrintable(run.err));
    QCOMPARE(listedUsers().size(), 0);

    for (const QString &subcommand : {u"passwd"_s, u"disable"_s, u"enable"_s}) {
        run = runCli(QStringList{u"user"_s, subcommand, u"nobody"_s} + db(), GoodPassword + u'\n');
        VERIFY_EXIT(run, 1);
        QVERIFY2(run.err.contains(u"no user 'nobody'"_s), qPrintable(run.err));
    }
}

void TestUserCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QStringList add{u"user"_s, u"add"_s, u"bora"_s, u"--name"_s, u"Bora"_s};
    QTest::newRow("no subcommand") << QStringList{u"user"_s} << u"Usage"_s;
    QTest::newRow("unknown subcommand")
        << QStringList{u"user"_s, u"delete"_s, u"bora"_s} << u"unknown subcommand 'delete'"_s;
    QTest::newRow("unknown role") << add + QStringList{u"--role"_s, u"boss"_s} << u"not 'boss'"_s;
    QTest::newRow("no role") << add << u"--role is required"_s;
    QTest::newRow("no name") << QStringList{u"user"_s, u"add"_s, u"bora"_s, u"--role"_s, u"admin"_s}
                             << u"--name is required"_s;
    QTest::newRow("agent without an agent record")
        << add + QStringList{u"--role"_s, u"agent"_s} << u"--agent"_s;
    QTest::newRow("no login") << QStringList{u"user"_s, u"add"_s,    u"--name"_s,
                                             u"Bora"_s, u"--role"_s, u"admin"_s}
                              << u"name the user's login"_s;
    QTest::newRow("bad login") << QStringList{u"user"_s, u"add"_s,    u"bo ra"_s, u"--name"_s,
                                              u"Bora"_s, u"--role"_s, u"admin"_s}
                               << u"may hold only letters"_s;
    QTest::newRow("password on the command line")
        << add + QStringList{u"--role"_s, u"admin"_s, u"--password"_s, u"secret"_s} << u"password"_s;
    QTest::newRow("two logins") << QStringList{u"user"_s, u"disable"_s, u"bora"_s, u"min"_s} << u"'min'"_s;
    QTest::newRow("list takes no login") << QStringList{u"user"_s, u"list"_s, u"bora"_s} << u"'bora'"_s;
}

void TestUserCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = runCli(arguments + db(), GoodPassword + u'\n');
    VERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(listedUsers().size(), 0);
}

QTEST_APPLESS_MAIN(TestUserCommand)
#include "tst_usercommand.moc"
