// Accounts, passwords, sessions and the permission matrix (core/security), compiled twice like
// the store suite: tst_accounts_sqlite on SQLite files and tst_accounts_postgres
// (CONTACTDESK_STORE_TEST_BACKEND=postgres) on the server named by CONTACTDESK_TEST_POSTGRES. Every test
// that stores anything opens its own fresh database.
#include "domain/agent.h"
#include "security/accounterrors.h"
#include "security/authenticator.h"
#include "security/passwordhasher.h"
#include "security/permissions.h"
#include "security/role.h"
#include "security/sessionstore.h"
#include "security/sessiontoken.h"
#include "security/user.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "storetestdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>
#include <string>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const DatabaseBackend TestBackend = storeTestBackend();

// 2026-01-01 00:00:00 UTC: every time in these tests is an offset from it.
static constexpr qint64 T0 = 1767225600000;
static constexpr qint64 Hour = 60 * 60 * 1000;

static const QString GoodPassword = u"correct horse battery staple"_s;
static const QString OtherPassword = u"another long passphrase"_s;

static QByteArray describe(const std::optional<DomainError> &error)
{
    return error ? (error->code + u": "_s + error->message).toUtf8() : QByteArray();
}

#define VERIFY_OK(expression)                                   \
    do {                                                        \
        const std::optional<DomainError> error_ = (expression); \
        QVERIFY2(!error_, describe(error_).constData());        \
    } while (false)

// Each evaluates its expression once: several are sign-ins.
#define VERIFY_RESULT(expression)                                                                  \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(),                                                                     \
                 (result_.error().code + u": "_s + result_.error().message).toUtf8().constData()); \
    } while (false)

#define VERIFY_REFUSED(expression, expectedCode)                      \
    do {                                                              \
        const std::optional<DomainError> error_ = (expression);       \
        QVERIFY2(error_, "expected " #expectedCode ", got success");  \
        QCOMPARE(error_->code, QStringView(expectedCode).toString()); \
    } while (false)

#define VERIFY_ERROR(expression, expectedCode)                                \
    do {                                                                      \
        const auto &result_ = (expression);                                   \
        QVERIFY2(!result_.ok(), "expected " #expectedCode ", got a value");   \
        QCOMPARE(result_.error().code, QStringView(expectedCode).toString()); \
    } while (false)

static Principal principal(Role role, qint64 agentId, qint64 userId = 1)
{
    return Principal{userId, role, agentId};
}

static bool allowed(const Principal &who, Action action, const Resource &what = {})
{
    return !Permissions::check(who, action, what).has_value();
}

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    // Passwords
    void hashIsArgon2id();
    void verifyRightAndWrong();
    void passwordPolicy_data();
    void passwordPolicy();
    void samePasswordTypedAnotherWay();
    void cheaperHashNeedsRehash();

    // Users
    void freshDatabaseHasAccountTables();
    void userRoundTrip();
    void loginIsUniqueWhateverTheCase();
    void invalidUsersAreRefused();
    void agentRecordsLinkOnce();
    void roleChanges();

    // Sign-in and sessions
    void signInOpensASession();
    void wrongPasswordAndUnknownLoginLookTheSame();
    void disabledAccountCannotSignIn();
    void sessionExpiresAtItsBoundary();
    void sessionLifetimeIsConfigurable();
    void revokedAndMalformedTokensAreInvalid();
    void passwordChangeRevokesSessions();
    void disablingRevokesSessions();
    void roleChangeAppliesToTheNextRequest();
    void sessionTableHoldsNoToken();
    void lastSeenIsKeptCoarsely();
    void expiredSessionsAreForgottenAtSignIn();
    void cheaperHashIsUpgradedAtSignIn();

    // The permission matrix
    void matrixHasOneRowPerActionAndKeys();
    void agentActsOnlyOnOwnContacts();
    void agentReadsOnlyCustomersServedOrFound();
    void supervisorOnly_data();
    void supervisorOnly();
    void recordingsFollowTheCoachingRules();
    void adminOnly();
    void everyoneMaySearchAndCreateCustomers();
    void refusalNamesActionAndRole();
    void signedInSessionIsThePrincipal();

private:
    void openFresh();
    qint64 addAgent(const QString &login, const QString &name);
    User addUser(const QString &login, Role role, qint64 agentId, const QString &password = GoodPassword);
    QString storedHash(qint64 userId);

    std::unique_ptr<StoreTestDatabase> m_databases;
    std::unique_ptr<Database> m_database;
    QString m_connection;
    PasswordHasher m_hasher;
};

void TestAccounts::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(TestBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(m_databases->unavailableReason().toUtf8().constData());
}

void TestAccounts::cleanup()
{
    m_database.reset();
}

void TestAccounts::cleanupTestCase()
{
    m_database.reset();
    m_databases.reset();
}

void TestAccounts::openFresh()
{
    m_database = std::make_unique<Database>();
    m_connection = m_databases->freshConnectionString(u"accounts"_s);
    VERIFY_OK(m_database->open(m_connection));
}

qint64 TestAccounts::addAgent(const QString &login, const QString &name)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    AgentRepository agents(*m_database);
    if (auto error = agents.insert(agent))
        qWarning() << "cannot add agent" << login << describe(error);
    return agent.id;
}

User TestAccounts::addUser(const QString &login, Role role, qint64 agentId, const QString &password)
{
    User user;
    user.login = login;
    user.displayName = login;
    user.role = role;
    user.agentId = agentId;
    auto hash = m_hasher.hash(password);
    if (!hash) {
        qWarning() << "cannot hash" << describe(hash.error());
        return user;
    }
    user.passwordHash = hash.value();
    user.createdMs = T0;
    user.passwordChangedMs = T0;
    if (auto error = UserRepository(*m_database).add(user))
        qWarning() << "cannot add user" << login << describe(error);
    return user;
}

QString TestAccounts::storedHash(qint64 userId)
{
    auto found = m_database->execute(u"SELECT password_hash FROM users WHERE id = ?"_s, {qlonglong(userId)});
    if (!found || !found.value()->next())
        return QString();
    const QString hash = found.value()->value(0).toString();
    found.value()->finish();
    return hash;
}

// --- Passwords ---------------------------------------------------------------------------

void TestAccounts::hashIsArgon2id()
{
    auto hash = m_hasher.hash(GoodPassword);
    VERIFY_RESULT(hash);
    QVERIFY2(hash->startsWith(u"$argon2id$v=19$"_s), qPrintable(hash.value()));
    // libsodium's interactive cost: 64 MiB, two passes.
    QVERIFY2(hash->contains(u"$m=65536,t=2,p=1$"_s), qPrintable(hash.value()));
    QVERIFY(!hash->contains(GoodPassword));
    // A fresh salt every time.
    auto again = m_hasher.hash(GoodPassword);
    VERIFY_RESULT(again);
    QVERIFY(again.value() != hash.value());
    QVERIFY(!m_hasher.needsRehash(hash.value()));
}

void TestAccounts::verifyRightAndWrong()
{
    auto hash = m_hasher.hash(GoodPassword);
    VERIFY_RESULT(hash);
    QVERIFY(m_hasher.verify(hash.value(), GoodPassword));
    QVERIFY(!m_hasher.verify(hash.value(), OtherPassword));
    QVERIFY(!m_hasher.verify(hash.value(), GoodPassword.toUpper()));
    QVERIFY(!m_hasher.verify(hash.value(), GoodPassword + u' '));
    QVERIFY(!m_hasher.verify(hash.value(), QString()));
    QVERIFY(!m_hasher.verify(QString(), GoodPassword));
    QVERIFY(!m_hasher.verify(u"not a hash"_s, GoodPassword));
    QVERIFY(!m_hasher.verify(hash.value(), QString(PasswordHasher::MaxPasswordBytes + 1, u'x')));
}

void TestAccounts::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code"); // empty: accepted

    const QString korean10 = u"가나다라마바사아자차"_s; // 10 characters, 30 bytes
    QTest::newRow("empty") << QString() << AccountErrorCode::PasswordTooShort.toString();
    QTest::newRow("9 characters") << u"123456789"_s << AccountErrorCode::PasswordTooShort.toString();
    QTest::newRow("10 characters") << u"1234567890"_s << QString();
    QTest::newRow("9 Korean characters") << korean10.left(9) << AccountErrorCode::PasswordTooShort.toString();
    QTest::newRow("10 Korean characters") << korean10 << QString();
    // Nine characters outside the BMP are 18 UTF-16 units, still nine characters.
    QTest::newRow("9 emoji") << QString::fromUcs4(std::u32string(9, U'\U0001F600').data(), 9)
                             << AccountErrorCode::PasswordTooShort.toString();
    QTest::newRow("10 spaces") << QString(10, u' ') << AccountErrorCode::PasswordBlank.toString();
    QTest::newRow("tabs and spaces") << u" \t \t  \t \t\u3000 "_s
                                     << AccountErrorCode::PasswordBlank.toString();
    QTest::newRow("spaces inside") << u"  open sesame  "_s << QString();
    QTest::newRow("1024 bytes") << QString(1024, u'a') << QString();
    QTest::newRow("1025 bytes") << QString(1025, u'a') << AccountErrorCode::PasswordTooLong.toString();
    QTest::newRow("341 Korean, 1023 bytes") << QString(341, u'한') << QString();
    QTest::newRow("342 Korean, 1026 bytes")
        << QString(342, u'한') << AccountErrorCode::PasswordTooLong.toString();
}

void TestAccounts::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(QString, code);
    const auto refusal = PasswordHasher::checkPolicy(password);
    auto hash = m_hasher.hash(password);
    if (code.isEmpty()) {
        QVERIFY2(!refusal, describe(refusal).constData());
        VERIFY_RESULT(hash);
        QVERIFY(m_hasher.verify(hash.value(), password));
        return;
    }
    QVERIFY(refusal);
    QCOMPARE(refusal->code, code);
    QVERIFY(!refusal->message.isEmpty());
    // The hasher will not hash what the policy refuses.
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, code);
}

void TestAccounts::samePasswordTypedAnotherWay()
{
    // Full-width letters and digits (a Korean input method's) are the ASCII password...
    auto ascii = m_hasher.hash(u"password123"_s);
    VERIFY_RESULT(ascii);
    QVERIFY(m_hasher.verify(ascii.value(), u"ｐａｓｓｗｏｒｄ１２３"_s));
    // ... and decomposed Hangul (as some systems send it) is the composed one.
    const QString composed = u"한국어비밀번호입니다"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != composed);
    auto korean = m_hasher.hash(composed);
    VERIFY_RESULT(korean);
    QVERIFY(m_hasher.verify(korean.value(), decomposed));
}

void TestAccounts::cheaperHashNeedsRehash()
{
    const PasswordHasher cheap(PasswordHasher::Cost{1, 8 * 1024});
    auto hash = cheap.hash(GoodPassword);
    VERIFY_RESULT(hash);
    QVERIFY2(hash->startsWith(u"$argon2id$v=19$m=8,t=1,p=1$"_s), qPrintable(hash.value()));
    // Any hasher verifies any Argon2 string: the cost is in it.
    QVERIFY(m_hasher.verify(hash.value(), GoodPassword));
    QVERIFY(m_hasher.needsRehash(hash.value()));
    QVERIFY(!cheap.needsRehash(hash.value()));
    // Argon2i, even of the same cost, is another algorithm.
    QString argon2i = hash.value();
    argon2i.replace(u"$argon2id$"_s, u"$argon2i$"_s);
    QVERIFY(cheap.needsRehash(argon2i));
    QVERIFY(m_hasher.needsRehash(u"not a hash"_s));
}

// --- Users -------------------------------------------------------------------------------

void TestAccounts::freshDatabaseHasAccountTables()
{
    openFresh();
    QCOMPARE(m_database->schemaVersion().value(), Migrations::latestVersion());
    // Version 5 brought the accounts; later migrations do not change that.
    const auto accounts = std::find_if(Migrations::standard().cbegin(), Migrations::standard().cend(),
                                       [](const auto &migration) { return migration.version == 5; });
    QVERIFY(accounts != Migrations::standard().cend());
    QCOMPARE(accounts->description, u"accounts and sessions"_s);
    for (const QString &table : {u"users"_s, u"sessions"_s}) {
        auto counted = m_database->execute(u"SELECT COUNT(*) FROM "_s + table);
        VERIFY_RESULT(counted);
        QVERIFY(counted.value()->next());
        QCOMPARE(counted.value()->value(0).toInt(), 0);
        counted.value()->finish();
    }
    // The table refuses a role it does not know, whoever writes it.
    auto written = m_database->execute(u"INSERT INTO users (login, display_name, role, password_hash, "
                                       u"disabled, created_ms, password_changed_ms)"
                                       " VALUES ('x', 'X', 'boss', 'h', 0, 0, 0)"_s);
    QVERIFY(!written.ok());
}

void TestAccounts::userRoundTrip()
{
    openFresh();
    const qint64 agentId = addAgent(u"minjun.kim"_s, u"김민준"_s);
    User user;
    user.login = u"  Min.Kim "_s;
    user.displayName = u" 김민준 "_s;
    user.role = Role::Agent;
    user.agentId = agentId;
    user.passwordHash = m_hasher.hash(GoodPassword).value();
    user.createdMs = T0;
    user.passwordChangedMs = T0 + 1;
    UserRepository users(*m_database);
    VERIFY_OK(users.add(user));
    QVERIFY(user.id > 0);
    QCOMPARE(user.login, u"min.kim"_s);
    QCOMPARE(user.displayName, u"김민준"_s);

    for (const QString &typed : {u"min.kim"_s, u"MIN.KIM"_s, u" Min.Kim"_s}) {
        auto found = users.findByLogin(typed);
        VERIFY_RESULT(found);
        QCOMPARE(found->id, user.id);
    }
    auto found = users.findById(user.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->login, u"min.kim"_s);
    QCOMPARE(found->displayName, u"김민준"_s);
    QCOMPARE(found->role, Role::Agent);
    QCOMPARE(found->agentId, agentId);
    QCOMPARE(found->passwordHash, user.passwordHash);
    QCOMPARE(found->disabled, false);
    QCOMPARE(found->createdMs, T0);
    QCOMPARE(found->passwordChangedMs, T0 + 1);
    QVERIFY(users.findByLogin(u"nobody"_s).isNotFound());
    QVERIFY(users.findById(user.id + 100).isNotFound());

    const User admin = addUser(u"Admin"_s, Role::Admin, 0);
    const User lead = addUser(u"bora.lee"_s, Role::TeamLead, 0);
    auto listed = users.list();
    VERIFY_RESULT(listed);
    QStringList logins;
    for (const User &each : std::as_const(listed.value()))
        logins << each.login;
    QCOMPARE(logins, (QStringList{u"admin"_s, u"bora.lee"_s, u"min.kim"_s}));
    QCOMPARE(listed->at(0).agentId, 0);
    QCOMPARE(listed->at(1).role, Role::TeamLead);

    VERIFY_OK(users.setDisabled(admin.id, true));
    QCOMPARE(users.findById(admin.id)->disabled, true);
    VERIFY_OK(users.setDisabled(admin.id, false));
    QCOMPARE(users.findById(admin.id)->disabled, false);
    VERIFY_OK(users.setPassword(lead.id, m_hasher.hash(OtherPassword).value(), T0 + Hour));
    QVERIFY(m_hasher.verify(users.findById(lead.id)->passwordHash, OtherPassword));
    QCOMPARE(users.findById(lead.id)->passwordChangedMs, T0 + Hour);
    VERIFY_REFUSED(users.setDisabled(9999, true), StoreErrorCode::NotFound);
    VERIFY_REFUSED(users.setPassword(9999, user.passwordHash, T0), StoreErrorCode::NotFound);
    VERIFY_REFUSED(users.setPassword(lead.id, QString(), T0), AccountErrorCode::MissingPasswordHash);
}

void TestAccounts::loginIsUniqueWhateverTheCase()
{
    openFresh();
    addUser(u"Bora.Lee"_s, Role::TeamLead, 0);
    UserRepository users(*m_database);
    for (const QString &login : {u"bora.lee"_s, u"BORA.LEE"_s, u" bora.Lee "_s}) {
        User twin;
        twin.login = login;
        twin.displayName = u"Twin"_s;
        twin.role = Role::Supervisor;
        twin.passwordHash = m_hasher.hash(GoodPassword).value();
        VERIFY_REFUSED(users.add(twin), AccountErrorCode::LoginTaken);
        QCOMPARE(twin.id, 0);
    }
    QCOMPARE(users.list()->size(), 1);
}

void TestAccounts::invalidUsersAreRefused()
{
    openFresh();
    UserRepository users(*m_database);
    const QString hash = m_hasher.hash(GoodPassword).value();
    const auto refusal = [&](const QString &login, const QString &name, Role role, qint64 agentId,
                             const QString &passwordHash) {
        User user;
        user.login = login;
        user.displayName = name;
        user.role = role;
        user.agentId = agentId;
        user.passwordHash = passwordHash;
        const auto error = users.add(user);
        return error ? error->code : QString();
    };
    QCOMPARE(refusal(u""_s, u"No login"_s, Role::Admin, 0, hash), AccountErrorCode::InvalidLogin.toString());
    QCOMPARE(refusal(u"two words"_s, u"Name"_s, Role::Admin, 0, hash),
             AccountErrorCode::InvalidLogin.toString());
    QCOMPARE(refusal(u"semi;colon"_s, u"Name"_s, Role::Admin, 0, hash),
             AccountErrorCode::InvalidLogin.toString());
    QCOMPARE(refusal(QString(65, u'a'), u"Name"_s, Role::Admin, 0, hash),
             AccountErrorCode::InvalidLogin.toString());
    QCOMPARE(refusal(u"nameless"_s, u"  "_s, Role::Admin, 0, hash), AccountErrorCode::MissingName.toString());
    QCOMPARE(refusal(u"hashless"_s, u"Name"_s, Role::Admin, 0, QString()),
             AccountErrorCode::MissingPasswordHash.toString());
    // An agent takes contacts, so they must be someone in the agents table.
    QCOMPARE(refusal(u"agent"_s, u"Name"_s, Role::Agent, 0, hash),
             AccountErrorCode::AgentLinkRequired.toString());
    QCOMPARE(refusal(u"ghost"_s, u"Name"_s, Role::Agent, 4242, hash),
             AccountErrorCode::UnknownAgent.toString());
    // Letters of any script, digits and . _ - @ are a login.
    QCOMPARE(refusal(u"김민준"_s, u"김민준"_s, Role::Supervisor, 0, hash), QString());
    QCOMPARE(refusal(u"ops_lead-2@centre.example"_s, u"Ops"_s, Role::Admin, 0, hash), QString());
    QCOMPARE(users.list()->size(), 2);
}

void TestAccounts::agentRecordsLinkOnce()
{
    openFresh();
    const qint64 agentId = addAgent(u"minjun.kim"_s, u"김민준"_s);
    addUser(u"minjun"_s, Role::Agent, agentId);
    User second;
    second.login = u"minjun2"_s;
    second.displayName = u"Second"_s;
    second.role = Role::TeamLead;
    second.agentId = agentId;
    second.passwordHash = m_hasher.hash(GoodPassword).value();
    const auto error = UserRepository(*m_database).add(second);
    QVERIFY(error);
    QCOMPARE(error->code, AccountErrorCode::AgentAlreadyLinked.toString());
    QVERIFY2(error->message.contains(u"minjun.kim"_s) && error->message.contains(u"'minjun'"_s),
             qPrintable(error->message));
}

void TestAccounts::roleChanges()
{
    openFresh();
    const qint64 agentId = addAgent(u"minjun.kim"_s, u"김민준"_s);
    const User linked = addUser(u"minjun"_s, Role::Agent, agentId);
    const User unlinked = addUser(u"admin"_s, Role::Admin, 0);
    UserRepository users(*m_database);
    VERIFY_OK(users.setRole(linked.id, Role::TeamLead));
    QCOMPARE(users.findById(linked.id)->role, Role::TeamLead);
    VERIFY_OK(users.setRole(unlinked.id, Role::Supervisor));
    QCOMPARE(users.findById(unlinked.id)->role, Role::Supervisor);
    // An agent without an agent record could take no contact.
    VERIFY_REFUSED(users.setRole(unlinked.id, Role::Agent), AccountErrorCode::AgentLinkRequired);
    QCOMPARE(users.findById(unlinked.id)->role, Role::Supervisor);
    VERIFY_REFUSED(users.setRole(9999, Role::Admin), StoreErrorCode::NotFound);
}

// --- Sign-in and sessions ------------------------------------------------------------------

void TestAccounts::signInOpensASession()
{
    openFresh();
    const qint64 agentId = addAgent(u"minjun.kim"_s, u"김민준"_s);
    const User user = addUser(u"minjun"_s, Role::Agent, agentId);
    Authenticator authenticator(*m_database);
    QCOMPARE(authenticator.sessionLifetimeMs(), 12 * Hour);

    auto session = authenticator.signIn(u"MinJun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    QCOMPARE(session->userId, user.id);
    QCOMPARE(session->login, u"minjun"_s);
    QCOMPARE(session->role, Role::Agent);
    QCOMPARE(session->agentId, agentId);
    QCOMPARE(session->createdMs, T0);
    QCOMPARE(session->expiresMs, T0 + 12 * Hour);
    QVERIFY(SessionToken::isWellFormed(session->token));
    QCOMPARE(session->token.size(), 43);

    auto validated = authenticator.validate(session->token, T0 + Hour);
    VERIFY_RESULT(validated);
    QCOMPARE(validated->userId, user.id);
    QCOMPARE(validated->role, Role::Agent);
    QCOMPARE(validated->agentId, agentId);
    QCOMPARE(validated->expiresMs, session->expiresMs);
    QCOMPARE(validated->token, session->token);

    // Each sign-in is a session of its own, with its own token.
    auto second = authenticator.signIn(u"minjun"_s, GoodPassword, T0 + 1);
    VERIFY_RESULT(second);
    QVERIFY(second->token != session->token);
    QCOMPARE(SessionStore(*m_database).forUser(user.id)->size(), 2);

    // Another Authenticator on another connection (a restarted server) knows the session.
    Database other;
    VERIFY_OK(other.open(m_connection));
    VERIFY_RESULT(Authenticator(other).validate(session->token, T0 + 2 * Hour));
}

void TestAccounts::wrongPasswordAndUnknownLoginLookTheSame()
{
    openFresh();
    addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto wrong = authenticator.signIn(u"minjun"_s, OtherPassword, T0);
    auto unknown = authenticator.signIn(u"nobody"_s, GoodPassword, T0);
    auto empty = authenticator.signIn(QString(), QString(), T0);
    VERIFY_ERROR(wrong, AccountErrorCode::InvalidCredentials);
    VERIFY_ERROR(unknown, AccountErrorCode::InvalidCredentials);
    VERIFY_ERROR(empty, AccountErrorCode::InvalidCredentials);
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(empty.error().message, wrong.error().message);
    QVERIFY(!wrong.error().message.contains(u"minjun"_s));
    auto sessions = m_database->execute(u"SELECT COUNT(*) FROM sessions"_s);
    VERIFY_RESULT(sessions);
    QVERIFY(sessions.value()->next());
    QCOMPARE(sessions.value()->value(0).toInt(), 0);
    sessions.value()->finish();
}

void TestAccounts::disabledAccountCannotSignIn()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Supervisor, 0);
    UserRepository users(*m_database);
    VERIFY_OK(users.setDisabled(user.id, true));
    Authenticator authenticator(*m_database);
    VERIFY_ERROR(authenticator.signIn(u"minjun"_s, GoodPassword, T0), AccountErrorCode::AccountDisabled);
    // Without the right password, nobody learns that the account exists and is disabled.
    VERIFY_ERROR(authenticator.signIn(u"minjun"_s, OtherPassword, T0), AccountErrorCode::InvalidCredentials);
    VERIFY_OK(users.setDisabled(user.id, false));
    VERIFY_RESULT(authenticator.signIn(u"minjun"_s, GoodPassword, T0));
}

void TestAccounts::sessionExpiresAtItsBoundary()
{
    openFresh();
    addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    VERIFY_RESULT(authenticator.validate(session->token, T0));
    VERIFY_RESULT(authenticator.validate(session->token, T0 + 12 * Hour - 1));
    VERIFY_ERROR(authenticator.validate(session->token, T0 + 12 * Hour), AccountErrorCode::SessionExpired);
    VERIFY_ERROR(authenticator.validate(session->token, T0 + 13 * Hour), AccountErrorCode::SessionExpired);
}

void TestAccounts::sessionLifetimeIsConfigurable()
{
    openFresh();
    addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    VERIFY_REFUSED(authenticator.setSessionLifetimeMs(0), AccountErrorCode::InvalidSessionLifetime);
    VERIFY_REFUSED(authenticator.setSessionLifetimeMs(-5), AccountErrorCode::InvalidSessionLifetime);
    QCOMPARE(authenticator.sessionLifetimeMs(), 12 * Hour);
    VERIFY_OK(authenticator.setSessionLifetimeMs(30 * 60 * 1000));
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    QCOMPARE(session->expiresMs, T0 + 30 * 60 * 1000);
    VERIFY_RESULT(authenticator.validate(session->token, T0 + 30 * 60 * 1000 - 1));
    VERIFY_ERROR(authenticator.validate(session->token, T0 + 30 * 60 * 1000),
                 AccountErrorCode::SessionExpired);
}

void TestAccounts::revokedAndMalformedTokensAreInvalid()
{
    openFresh();
    addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto kept = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    auto revoked = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(kept);
    VERIFY_RESULT(revoked);
    VERIFY_OK(authenticator.revoke(revoked->token));
    VERIFY_ERROR(authenticator.validate(revoked->token, T0 + 1), AccountErrorCode::SessionInvalid);
    VERIFY_RESULT(authenticator.validate(kept->token, T0 + 1)); // the other session stays
    // Revoked before it expired, it stays invalid after expiry too (not "expired": it is gone).
    VERIFY_ERROR(authenticator.validate(revoked->token, T0 + 13 * Hour), AccountErrorCode::SessionInvalid);

    VERIFY_ERROR(authenticator.validate(SessionToken::generate(), T0), AccountErrorCode::SessionInvalid);
    for (const QString &malformed : {QString(), u"abc"_s, QString(43, u'*'), QString(kept->token + u'A')}) {
        VERIFY_ERROR(authenticator.validate(malformed, T0), AccountErrorCode::SessionInvalid);
        VERIFY_REFUSED(authenticator.revoke(malformed), AccountErrorCode::SessionInvalid);
    }
    VERIFY_REFUSED(authenticator.revoke(SessionToken::generate()), AccountErrorCode::SessionInvalid);
}

void TestAccounts::passwordChangeRevokesSessions()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Supervisor, 0);
    const User colleague = addUser(u"bora"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto first = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    auto second = authenticator.signIn(u"minjun"_s, GoodPassword, T0 + 1);
    auto other = authenticator.signIn(u"bora"_s, GoodPassword, T0 + 2);
    VERIFY_RESULT(first);
    VERIFY_RESULT(second);
    VERIFY_RESULT(other);

    VERIFY_OK(
        UserRepository(*m_database).setPassword(user.id, m_hasher.hash(OtherPassword).value(), T0 + Hour));
    VERIFY_ERROR(authenticator.validate(first->token, T0 + Hour), AccountErrorCode::SessionInvalid);
    VERIFY_ERROR(authenticator.validate(second->token, T0 + Hour), AccountErrorCode::SessionInvalid);
    VERIFY_RESULT(authenticator.validate(other->token, T0 + Hour)); // nobody else is signed out
    VERIFY_ERROR(authenticator.signIn(u"minjun"_s, GoodPassword, T0 + Hour),
                 AccountErrorCode::InvalidCredentials);
    auto again = authenticator.signIn(u"minjun"_s, OtherPassword, T0 + Hour);
    VERIFY_RESULT(again);
    VERIFY_RESULT(authenticator.validate(again->token, T0 + Hour));
    Q_UNUSED(colleague);
}

void TestAccounts::disablingRevokesSessions()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    UserRepository users(*m_database);
    VERIFY_OK(users.setDisabled(user.id, true));
    VERIFY_ERROR(authenticator.validate(session->token, T0 + 1), AccountErrorCode::SessionInvalid);
    // Enabling the account again does not bring the old session back.
    VERIFY_OK(users.setDisabled(user.id, false));
    VERIFY_ERROR(authenticator.validate(session->token, T0 + 2), AccountErrorCode::SessionInvalid);
    auto sessions = SessionStore(*m_database).forUser(user.id);
    VERIFY_RESULT(sessions);
    QCOMPARE(sessions->size(), 1);
    QVERIFY(sessions->constFirst().revoked);
}

void TestAccounts::roleChangeAppliesToTheNextRequest()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Supervisor, 0);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    QVERIFY(allowed(session->principal(), Action::ReadWallboard));
    VERIFY_OK(UserRepository(*m_database).setRole(user.id, Role::TeamLead));
    auto validated = authenticator.validate(session->token, T0 + 1);
    VERIFY_RESULT(validated);
    QCOMPARE(validated->role, Role::TeamLead);
    QVERIFY(!allowed(validated->principal(), Action::ReadWallboard));
}

void TestAccounts::sessionTableHoldsNoToken()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Admin, 0);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    const QString token = session->token;
    const QString tokenBytesHex =
        QString::fromLatin1(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                         | QByteArray::OmitTrailingEquals)
                                .toHex());
    QCOMPARE(tokenBytesHex.size(), 64);

    auto rows = m_database->execute(u"SELECT * FROM sessions"_s);
    VERIFY_RESULT(rows);
    QSqlQuery *query = rows.value();
    int count = 0;
    while (query->next()) {
        ++count;
        const QSqlRecord record = query->record();
        QCOMPARE(record.count(), 6);
        for (int column = 0; column < record.count(); ++column) {
            const QString value = query->value(column).toString();
            QVERIFY2(!value.contains(token), qPrintable(record.fieldName(column)));
            QVERIFY2(!value.contains(tokenBytesHex, Qt::CaseInsensitive),
                     qPrintable(record.fieldName(column)));
        }
        QCOMPARE(query->value(u"token_hash"_s).toString(), SessionToken::hashOf(token));
        QCOMPARE(query->value(u"user_id"_s).toLongLong(), user.id);
    }
    query->finish();
    QCOMPARE(count, 1);
    QCOMPARE(SessionToken::hashOf(token).size(), 64); // BLAKE2b-256 in hex

    // Nor does the users table hold the password.
    auto users = m_database->execute(u"SELECT * FROM users"_s);
    VERIFY_RESULT(users);
    while (users.value()->next()) {
        for (int column = 0; column < users.value()->record().count(); ++column)
            QVERIFY(!users.value()->value(column).toString().contains(GoodPassword));
    }
    users.value()->finish();
}

void TestAccounts::lastSeenIsKeptCoarsely()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Admin, 0);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    SessionStore sessions(*m_database);
    const auto lastSeen = [&] { return sessions.forUser(user.id)->constFirst().lastSeenMs; };
    QCOMPARE(lastSeen(), T0);
    VERIFY_RESULT(authenticator.validate(session->token, T0 + Authenticator::LastSeenResolutionMs - 1));
    QCOMPARE(lastSeen(), T0);
    VERIFY_RESULT(authenticator.validate(session->token, T0 + Authenticator::LastSeenResolutionMs + 5));
    QCOMPARE(lastSeen(), T0 + Authenticator::LastSeenResolutionMs + 5);
}

void TestAccounts::expiredSessionsAreForgottenAtSignIn()
{
    openFresh();
    const User user = addUser(u"minjun"_s, Role::Admin, 0);
    Authenticator authenticator(*m_database);
    auto old = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(old);
    auto recent = authenticator.signIn(u"minjun"_s, GoodPassword, T0 + 6 * Hour);
    VERIFY_RESULT(recent);
    QCOMPARE(SessionStore(*m_database).forUser(user.id)->size(), 2);
    // At T0 + 12 h the first has expired: the next sign-in removes it, and only it.
    VERIFY_RESULT(authenticator.signIn(u"minjun"_s, GoodPassword, T0 + 12 * Hour));
    auto left = SessionStore(*m_database).forUser(user.id);
    VERIFY_RESULT(left);
    QCOMPARE(left->size(), 2);
    QCOMPARE(left->constFirst().createdMs, T0 + 6 * Hour);
    VERIFY_ERROR(authenticator.validate(old->token, T0 + 12 * Hour), AccountErrorCode::SessionInvalid);
    VERIFY_RESULT(authenticator.validate(recent->token, T0 + 12 * Hour));
}

void TestAccounts::cheaperHashIsUpgradedAtSignIn()
{
    openFresh();
    User user;
    user.login = u"minjun"_s;
    user.displayName = u"Minjun"_s;
    user.role = Role::Admin;
    user.passwordHash = PasswordHasher(PasswordHasher::Cost{1, 8 * 1024}).hash(GoodPassword).value();
    user.passwordChangedMs = T0;
    VERIFY_OK(UserRepository(*m_database).add(user));
    QVERIFY(m_hasher.needsRehash(storedHash(user.id)));

    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0 + Hour);
    VERIFY_RESULT(session);
    const QString upgraded = storedHash(user.id);
    QVERIFY2(upgraded.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(upgraded));
    QVERIFY(!m_hasher.needsRehash(upgraded));
    // The same password, so nothing else changed: not the password's date, not the session.
    auto stored = UserRepository(*m_database).findById(user.id);
    VERIFY_RESULT(stored);
    QCOMPARE(stored->passwordChangedMs, T0);
    VERIFY_RESULT(authenticator.validate(session->token, T0 + Hour));
    VERIFY_RESULT(authenticator.signIn(u"minjun"_s, GoodPassword, T0 + Hour));
}

// --- The permission matrix -----------------------------------------------------------------

void TestAccounts::matrixHasOneRowPerActionAndKeys()
{
    const QList<Action> actions = Permissions::allActions();
    QCOMPARE(actions.size(), ActionCount);
    QSet<QString> keys;
    for (int i = 0; i < actions.size(); ++i) {
        QCOMPARE(actions.at(i), Action(i));
        const QString key = Permissions::actionKey(actions.at(i));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(Permissions::actionFromKey(key), actions.at(i));
        QVERIFY(!Permissions::actionDescription(actions.at(i)).isEmpty());
    }
    QCOMPARE(Permissions::actionFromKey(u"no.such.action"), std::nullopt);

    QCOMPARE(allRoles().size(), RoleCount);
    for (Role role : allRoles())
        QCOMPARE(roleFromKey(roleKey(role)), role);
    QCOMPARE(roleKey(Role::Agent), u"agent"_s);
    QCOMPARE(roleKey(Role::TeamLead), u"team-lead"_s);
    QCOMPARE(roleKey(Role::Supervisor), u"supervisor"_s);
    QCOMPARE(roleKey(Role::Admin), u"admin"_s);
    QCOMPARE(roleFromKey(u"Admin"), std::nullopt);
    QCOMPARE(roleFromKey(u"teamlead"), std::nullopt);
}

void TestAccounts::agentActsOnlyOnOwnContacts()
{
    const Principal agent = principal(Role::Agent, 7);
    const QList<Action> contactActions = {
        Action::AnswerOffer,         Action::ControlContact,  Action::TransferContact,
        Action::EndContact,          Action::WrapUpContact,   Action::SendContactMessage,
        Action::LinkContactCustomer, Action::ReadNextOffers,  Action::RecordOfferOutcome,
        Action::SetOwnState,         Action::ReadOwnContacts,
    };
    for (Action action : contactActions) {
        QVERIFY2(allowed(agent, action, Resource::ofAgent(7)), qPrintable(Permissions::actionKey(action)));
        QVERIFY2(!allowed(agent, action, Resource::ofAgent(8)), qPrintable(Permissions::actionKey(action)));
        QVERIFY2(!allowed(agent, action, Resource()), qPrintable(Permissions::actionKey(action)));
        // Even a supervisor handles only their own contacts; for others' they have supervisor actions.
        QVERIFY(allowed(principal(Role::Supervisor, 3), action, Resource::ofAgent(3)));
        QVERIFY(!allowed(principal(Role::Supervisor, 3), action, Resource::ofAgent(7)));
        QVERIFY(!allowed(principal(Role::Admin, 0), action, Resource::ofAgent(7)));
    }
    // A user linked to no agent owns no contact, not even one "of agent 0".
    QVERIFY(!allowed(principal(Role::Agent, 0), Action::AnswerOffer, Resource::ofAgent(0)));
    QCOMPARE(Permissions::check(agent, Action::WrapUpContact, Resource::ofAgent(8))->code,
             AccountErrorCode::Forbidden.toString());
}

void TestAccounts::agentReadsOnlyCustomersServedOrFound()
{
    const Principal agent = principal(Role::Agent, 7);
    QVERIFY(allowed(agent, Action::ReadCustomer, Resource::customer(true, false)));
    QVERIFY(allowed(agent, Action::ReadCustomer, Resource::customer(false, true)));
    QVERIFY(!allowed(agent, Action::ReadCustomer, Resource::customer(false, false)));
    QVERIFY(!allowed(agent, Action::ReadCustomer));
    // A customer "owned" by the agent's id is not the same as serving them.
    QVERIFY(!allowed(agent, Action::ReadCustomer, Resource::ofAgent(7)));
    const auto refusal = Permissions::check(agent, Action::ReadCustomer, Resource::customer(false, false));
    QVERIFY(refusal);
    QVERIFY2(refusal->message.contains(u"serving or found by searching"_s), qPrintable(refusal->message));
    for (Role role : {Role::TeamLead, Role::Supervisor, Role::Admin})
        QVERIFY(allowed(principal(role, 0), Action::ReadCustomer, Resource::customer(false, false)));
}

void TestAccounts::supervisorOnly_data()
{
    QTest::addColumn<Action>("action");
    for (Action action :
         {Action::ReadWallboard, Action::SubscribeWallboard, Action::EditWallboardLayout,
          Action::SetAgentState, Action::ChangeAgentSkills, Action::MessageAgent, Action::MonitorCall,
          Action::WhisperCall, Action::BargeCall, Action::ReadOfferCatalogue, Action::EditOfferCatalogue,
          Action::ReadOfferReports, Action::ExportRecording}) {
        QTest::newRow(qPrintable(Permissions::actionKey(action))) << action;
    }
}

void TestAccounts::supervisorOnly()
{
    QFETCH(Action, action);
    // Whatever the resource: for these an agent's own is no exception.
    for (const Resource &what : {Resource(), Resource::ofAgent(7), Resource::ofAgent(8)}) {
        QVERIFY(!allowed(principal(Role::Agent, 7), action, what));
        QVERIFY(!allowed(principal(Role::TeamLead, 7), action, what));
        QVERIFY(allowed(principal(Role::Supervisor, 7), action, what));
        QVERIFY(allowed(principal(Role::Admin, 0), action, what));
    }
    QCOMPARE(Permissions::grant(Role::TeamLead, action), Grant::No);
    QCOMPARE(Permissions::grant(Role::Supervisor, action), Grant::Any);
}

void TestAccounts::recordingsFollowTheCoachingRules()
{
    const Principal agent = principal(Role::Agent, 7);
    const Principal lead = principal(Role::TeamLead, 3);
    const Principal supervisor = principal(Role::Supervisor, 0);
    const Principal admin = principal(Role::Admin, 0);
    const Resource own = Resource::ofAgent(7);
    const Resource others = Resource::ofAgent(8);

    QVERIFY(allowed(agent, Action::PlayRecording, own));
    QVERIFY(!allowed(agent, Action::PlayRecording, others));
    QVERIFY(allowed(lead, Action::PlayRecording, others));
    QVERIFY(allowed(supervisor, Action::PlayRecording, others));
    QVERIFY(allowed(admin, Action::PlayRecording, others));

    for (const Principal &who : {agent, lead, supervisor})
        QVERIFY(!allowed(who, Action::DeleteRecording, own)
                && !allowed(who, Action::DeleteRecording, others));
    QVERIFY(allowed(admin, Action::DeleteRecording, others));

    // Evaluations: an agent reads their own; team leads and above read and write anyone's.
    QVERIFY(allowed(agent, Action::ReadEvaluation, own));
    QVERIFY(!allowed(agent, Action::ReadEvaluation, others));
    QVERIFY(!allowed(agent, Action::WriteEvaluation, own));
    for (const Principal &who : {lead, supervisor, admin}) {
        QVERIFY(allowed(who, Action::ReadEvaluation, others));
        QVERIFY(allowed(who, Action::WriteEvaluation, others));
    }
    // A team lead coaches from recordings but does not take them out of the centre.
    QVERIFY(!allowed(lead, Action::ExportRecording, others));
}

void TestAccounts::adminOnly()
{
    for (Action action :
         {Action::ManageUsers, Action::ImportCustomers, Action::ConfigureCentre, Action::DeleteRecording}) {
        for (Role role : {Role::Agent, Role::TeamLead, Role::Supervisor})
            QVERIFY2(!allowed(principal(role, 7), action, Resource::ofAgent(7)),
                     qPrintable(roleKey(role) + u' ' + Permissions::actionKey(action)));
        QVERIFY(allowed(principal(Role::Admin, 0), action));
    }
    // Reports: an agent's own figures, a team lead's team and beyond.
    QVERIFY(allowed(principal(Role::Agent, 7), Action::ReadReports, Resource::ofAgent(7)));
    QVERIFY(!allowed(principal(Role::Agent, 7), Action::ReadReports, Resource::ofAgent(8)));
    QVERIFY(!allowed(principal(Role::Agent, 7), Action::ReadReports));
    QVERIFY(allowed(principal(Role::TeamLead, 3), Action::ReadReports));
}

void TestAccounts::everyoneMaySearchAndCreateCustomers()
{
    for (Role role : allRoles()) {
        for (Action action : {Action::SearchCustomers, Action::CreateCustomer, Action::SendInternalMessage,
                              Action::ReadReferenceData})
            QVERIFY(allowed(principal(role, 0), action));
    }
}

void TestAccounts::refusalNamesActionAndRole()
{
    auto refusal = Permissions::check(principal(Role::TeamLead, 3), Action::SubscribeWallboard, {});
    QVERIFY(refusal);
    QCOMPARE(refusal->code, u"forbidden"_s);
    QCOMPARE(refusal->message,
             u"Role 'team-lead' may not subscribe to the wallboard (wallboard.subscribe)"_s);

    refusal = Permissions::check(principal(Role::Agent, 7), Action::PlayRecording, Resource::ofAgent(8));
    QVERIFY(refusal);
    QCOMPARE(
        refusal->message,
        u"Role 'agent' may play a recording (recording.play) only on their own (agent 7), and this is agent 8's"_s);

    refusal = Permissions::check(principal(Role::Agent, 0, 12), Action::SetOwnState, Resource::ofAgent(0));
    QVERIFY(refusal);
    QVERIFY2(refusal->message.contains(u"user 12 is linked to no agent"_s), qPrintable(refusal->message));
}

void TestAccounts::signedInSessionIsThePrincipal()
{
    openFresh();
    const qint64 minjun = addAgent(u"minjun.kim"_s, u"김민준"_s);
    const qint64 bora = addAgent(u"bora.lee"_s, u"이보라"_s);
    const User user = addUser(u"minjun"_s, Role::Agent, minjun);
    Authenticator authenticator(*m_database);
    auto session = authenticator.signIn(u"minjun"_s, GoodPassword, T0);
    VERIFY_RESULT(session);
    auto validated = authenticator.validate(session->token, T0 + 1);
    VERIFY_RESULT(validated);
    const Principal who = validated->principal();
    QCOMPARE(who.userId, user.id);
    QCOMPARE(who.role, Role::Agent);
    QCOMPARE(who.agentId, minjun);
    QVERIFY(allowed(who, Action::AnswerOffer, Resource::ofAgent(minjun)));
    QVERIFY(!allowed(who, Action::AnswerOffer, Resource::ofAgent(bora)));
    QVERIFY(!allowed(who, Action::SubscribeWallboard));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
