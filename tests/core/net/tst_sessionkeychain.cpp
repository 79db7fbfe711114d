#include "net/remotebackend.h"
#include "net/sessionkeychain.h"
#include "security/keychain.h"
#include "servertestfixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ContactDesk;
using ContactDesk::NetTest::ServerFixture;

// The desktop keeps its session to a server in the OS keychain — the real Secret Service of
// scripts/with-services.sh — and never in its settings; the next start resumes with it.
class TestSessionKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionkeychain"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "No D-Bus session: run under scripts/with-services.sh (a private gnome-keyring)");
    }

    void theTokenLivesInTheKeychainAndTheNextStartResumesWithIt()
    {
        ServerFixture f;
        QVERIFY(f.setUp());
        const QString url = f.server->url();
        QVERIFY(!Keychain::remove(Keychain::ServiceName.toString(), SessionKeychain::entryKey(url)));
        QString token;
        {
            RemoteBackendOptions options;
            options.url = QUrl(url);
            RemoteBackend desktop(options);
            SessionKeychain keychain(desktop, url);
            QSignalSpy failed(&keychain, &SessionKeychain::failed);
            QVERIFY(!keychain.stored(QDateTime::currentMSecsSinceEpoch()));
            desktop.open();
            QTRY_VERIFY(desktop.link() == RemoteBackend::Link::Connected);
            bool signedIn = false;
            desktop.signIn(
                QStringLiteral("kim"), ServerFixture::password(),
                               [&](const BackendResult<AgentSession> &result) { signedIn = result.ok(); });
            QTRY_VERIFY(signedIn);
            QCOMPARE(failed.count(), 0);
            token = desktop.token();
            QVERIFY(!token.isEmpty());

            // In the keychain, as the desktop reads it back ...
            const auto stored = keychain.stored(f.wallNowMs);
            QVERIFY2(stored, qPrintable(keychain.lastError()));
            QCOMPARE(stored->token, token);
            QCOMPARE(stored->login, QStringLiteral("kim"));
            QVERIFY(stored->expiresMs > f.wallNowMs);
            const auto raw = Keychain::read(Keychain::ServiceName.toString(), SessionKeychain::entryKey(url));
            QVERIFY(std::holds_alternative<QByteArray>(raw));
            QVERIFY(std::get<QByteArray>(raw).contains(token.toUtf8()));
        }
        // ... and nowhere in the settings.
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(token), qPrintable(key));
        if (QFile file(settings.fileName()); file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(token.toUtf8()));

        // The next start: the same agent, resumed without a password.
        RemoteBackendOptions options;
        options.url = QUrl(url);
        RemoteBackend again(options);
        SessionKeychain keychain(again, url);
        const auto stored = keychain.stored(f.wallNowMs);
        QVERIFY(stored);
        QSignalSpy restored(&again, &DeskBackend::connectionRestored);
        again.open(stored->token);
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(again.session());
        QCOMPARE(again.session()->agentId, f.store.humanId);

        // Signing out takes the entry out of the keychain.
        bool signedOut = false;
        again.signOut([&](const BackendResult<bool> &result) { signedOut = result.ok(); });
        QTRY_VERIFY(signedOut);
        QTRY_VERIFY(!keychain.stored(f.wallNowMs));
        QVERIFY(keychain.lastError().isEmpty());
        const auto gone = Keychain::read(Keychain::ServiceName.toString(), SessionKeychain::entryKey(url));
        QVERIFY(std::holds_alternative<DomainError>(gone));
        QCOMPARE(std::get<DomainError>(gone).code, KeychainErrorCode::NotFound.toString());
    }
};

QTEST_GUILESS_MAIN(TestSessionKeychain)

#include "tst_sessionkeychain.moc"
