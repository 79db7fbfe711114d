// Keychain and the recording key kept in it, against the real Secret Service: run through
// scripts/with-services.sh (a private D-Bus session with an unlocked gnome-keyring), which
// scripts/run-tests.sh does for the whole suite. Without a D-Bus session this test fails and says
// so. Entries are filed under a service name of this run only, and removed afterwards, so a
// developer's own keychain is never touched.
#include "coaching/recording.h"
#include "coaching/recordingerrors.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "recordingtestcontent.h"
#include "security/keychain.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <variant>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static QByteArray describe(const DomainError &error)
{
    return (error.code + u": "_s + error.message).toUtf8();
}

// The secret read, or an empty array (and a warning saying why) when the read failed, so that a
// failed read fails the comparison instead of throwing std::bad_variant_access.
static QByteArray secretOf(const std::variant<QByteArray, DomainError> &read)
{
    if (const auto *error = std::get_if<DomainError>(&read)) {
        qWarning("%s", describe(*error).constData());
        return QByteArray();
    }
    return std::get<QByteArray>(read);
}

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void roundTrip();
    void missingEntryIsNotFound();
    void keyringCreatesTheKeyOnceAndLoadsItAgain();
    void entryThatIsNotAKeyIsRefusedAndKept();

private:
    QString m_service;
    QStringList m_keys; // to remove after each test
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service. This test needs "
              "the real keychain: run it through scripts/with-services.sh, which starts a private session "
              "with an unlocked gnome-keyring.");
    }
    m_service = u"%1.test-%2"_s.arg(Keychain::ServiceName).arg(QCoreApplication::applicationPid());
}

void TestKeychain::cleanup()
{
    for (const QString &key : std::as_const(m_keys)) {
        if (auto error = Keychain::remove(m_service, key))
            qWarning() << "cannot remove the test entry" << key << describe(*error);
    }
    m_keys.clear();
}

void TestKeychain::roundTrip()
{
    const QString key = u"session-token"_s;
    m_keys << key;
    // Binary: NUL, high bytes and UTF-8 of Korean all survive.
    const QByteArray secret = "\x00\x01\xfe\xff token "_ba + u"비밀"_s.toUtf8() + "\x00"_ba;
    auto written = Keychain::write(m_service, key, secret);
    QVERIFY2(!written, written ? describe(*written).constData() : "");
    auto read = Keychain::read(m_service, key);
    QCOMPARE(secretOf(read), secret);

    // Writing again replaces it.
    QVERIFY(!Keychain::write(m_service, key, "second"_ba));
    read = Keychain::read(m_service, key);
    QCOMPARE(secretOf(read), "second"_ba);

    // Another key of the same service is another entry.
    m_keys << u"other"_s;
    QVERIFY(!Keychain::write(m_service, u"other"_s, "third"_ba));
    QCOMPARE(secretOf(Keychain::read(m_service, key)), "second"_ba);

    auto removed = Keychain::remove(m_service, key);
    QVERIFY2(!removed, removed ? describe(*removed).constData() : "");
    read = Keychain::read(m_service, key);
    QVERIFY(std::holds_alternative<DomainError>(read));
    QCOMPARE(std::get<DomainError>(read).code, KeychainErrorCode::NotFound.toString());
    QVERIFY(!Keychain::remove(m_service, key)); // already gone
    QCOMPARE(secretOf(Keychain::read(m_service, u"other"_s)), "third"_ba);
}

void TestKeychain::missingEntryIsNotFound()
{
    auto read = Keychain::read(m_service, u"never-written"_s);
    QVERIFY(std::holds_alternative<DomainError>(read));
    const DomainError error = std::get<DomainError>(read);
    QCOMPARE(error.code, KeychainErrorCode::NotFound.toString());
    QVERIFY(error.message.contains(u"never-written"_s));
}

void TestKeychain::keyringCreatesTheKeyOnceAndLoadsItAgain()
{
    const QString keyName = RecordingKeyring::DefaultKeychainKey.toString();
    m_keys << keyName;
    auto created = RecordingKeyring::fromKeychain(m_service, keyName);
    QVERIFY2(created.ok(), describe(created.error()).constData());
    QVERIFY(created.value()->wasCreated());
    const QByteArray stored = secretOf(Keychain::read(m_service, keyName));
    QCOMPARE(stored.size(), RecordingKeyring::KeyBytes);

    auto loaded = RecordingKeyring::fromKeychain(m_service, keyName);
    QVERIFY2(loaded.ok(), describe(loaded.error()).constData());
    QVERIFY(!loaded.value()->wasCreated());
    QCOMPARE(loaded.value()->keyId(), created.value()->keyId());
    QCOMPARE(secretOf(Keychain::read(m_service, keyName)), stored);

    // It is the same key, not only the same fingerprint: what one vault wrote, the other reads.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    RecordingVault writer(folder.path(), created.value());
    RecordingVault reader(folder.path(), loaded.value());
    const QByteArray wav = RecordingTestContent::wav(100'000);
    auto entry = writer.write(31, RecordingKind::Audio, wav);
    QVERIFY2(entry.ok(), describe(entry.error()).constData());
    Recording recording;
    recording.id = 31;
    recording.kind = RecordingKind::Audio;
    recording.fileName = entry->fileName;
    recording.checksum = entry->checksum;
    recording.sizeBytes = entry->sizeBytes;
    auto back = reader.read(recording);
    QVERIFY2(back.ok(), describe(back.error()).constData());
    QCOMPARE(back.value(), wav);
}

void TestKeychain::entryThatIsNotAKeyIsRefusedAndKept()
{
    const QString keyName = u"damaged-recording-key"_s;
    m_keys << keyName;
    auto written = Keychain::write(m_service, keyName, "short"_ba);
    QVERIFY2(!written, written ? describe(*written).constData() : "");
    auto keyring = RecordingKeyring::fromKeychain(m_service, keyName);
    QVERIFY(!keyring.ok());
    QCOMPARE(keyring.error().code, RecordingErrorCode::KeyInvalid.toString());
    // Never replaced: a new key would make every recording encrypted with the old one unreadable.
    QCOMPARE(secretOf(Keychain::read(m_service, keyName)), "short"_ba);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
