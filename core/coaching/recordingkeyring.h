#pragma once

#include "security/keychain.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>

namespace ContactDesk {

// The one secret key the recording vault encrypts with (crypto_secretstream_xchacha20poly1305,
// 32 bytes). Lose it and every stored recording is unreadable, so it is created once, on first
// use, and never replaced by these functions: an entry or file that is there but not a key is an
// error, not a reason to make a new one.
//
// The desktop keeps it in the OS keychain; a headless server, which has no keychain session,
// keeps it in a file only its user may read. The key bytes never leave this object except into
// RecordingVault, and are wiped from memory when it goes.
class RecordingKeyring final
{
public:
    static constexpr qsizetype KeyBytes = 32;
    static constexpr QStringView DefaultKeychainKey = u"recording-key";

    ~RecordingKeyring();
    Q_DISABLE_COPY_MOVE(RecordingKeyring)

    // The key stored in the keychain under (service, keyName); when there is none, a new random
    // key, stored there first. Keychain errors pass through (KeychainErrorCode); an entry that is
    // not 32 bytes is recording-key-invalid.
    static StoreResult<std::shared_ptr<const RecordingKeyring>>
    fromKeychain(const QString &service = Keychain::ServiceName.toString(),
                 const QString &keyName = DefaultKeychainKey.toString());
    // The key in the file at `path` (32 raw bytes). When the file does not exist it is created
    // with a new random key, readable and writable by its owner only (0600; its folder 0700 when
    // created). A file that group or others may read or write is refused
    // (recording-key-file-insecure), as ssh refuses such a private key.
    static StoreResult<std::shared_ptr<const RecordingKeyring>> fromKeyFile(const QString &path);
    // A key given as bytes: for restoring from a backup and for tests.
    static StoreResult<std::shared_ptr<const RecordingKeyring>> fromBytes(const QByteArray &key);

    // A fingerprint of the key (16 hex digits of a BLAKE2b hash of it) that tells keys apart
    // without revealing them; every vault file carries it, so that a file encrypted with another
    // key says so instead of looking tampered with.
    QString keyId() const { return m_keyId; }
    // True when this load created the key (the first use of a keychain entry or a key file).
    bool wasCreated() const { return m_created; }

private:
    RecordingKeyring(const QByteArray &key, bool created);

    friend class RecordingVault;
    const QByteArray &key() const { return m_key; }

    QByteArray m_key;
    QString m_keyId;
    bool m_created = false;
};

} // namespace ContactDesk
