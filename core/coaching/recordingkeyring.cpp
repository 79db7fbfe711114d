#include "recordingkeyring.h"

#include "recordingerrors.h"
#include "security/sodiumruntime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static constexpr QFileDevice::Permissions NotOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                     | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                     | QFileDevice::WriteOther | QFileDevice::ExeOther;

RecordingKeyring::RecordingKeyring(const QByteArray &key, bool created)
    : m_key(key.constData(), key.size()) // a copy of our own, so that wiping it wipes only ours
    , m_created(created)
{
    static const char Personal[] = "contactdesk-recording-key-id";
    unsigned char id[8];
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof id);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(Personal), sizeof Personal - 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(m_key.constData()),
                              size_t(m_key.size()));
    crypto_generichash_final(&state, id, sizeof id);
    m_keyId = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex());
}

RecordingKeyring::~RecordingKeyring()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

static DomainError noSodium()
{
    return DomainError{RecordingErrorCode::KeyInvalid.toString(), u"libsodium could not be initialised"_s};
}

static QByteArray randomKey()
{
    QByteArray key(RecordingKeyring::KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

StoreResult<std::shared_ptr<const RecordingKeyring>> RecordingKeyring::fromBytes(const QByteArray &key)
{
    if (!SodiumRuntime::ready())
        return noSodium();
    if (key.size() != KeyBytes) {
        return DomainError{RecordingErrorCode::KeyInvalid.toString(),
                           u"A recording key is %1 bytes, not %2"_s.arg(KeyBytes).arg(key.size())};
    }
    return std::shared_ptr<const RecordingKeyring>(new RecordingKeyring(key, false));
}

StoreResult<std::shared_ptr<const RecordingKeyring>> RecordingKeyring::fromKeychain(const QString &service,
                                                                                    const QString &keyName)
{
    if (!SodiumRuntime::ready())
        return noSodium();
    bool created = false;
    auto stored = Keychain::read(service, keyName);
    if (auto *error = std::get_if<DomainError>(&stored)) {
        if (error->code != KeychainErrorCode::NotFound)
            return *error;
        QByteArray key = randomKey();
        auto written = Keychain::write(service, keyName, key);
        SodiumRuntime::wipe(key);
        if (written)
            return *written;
        // Read back what the keychain now holds rather than trusting our copy: should another
        // process have created the key at the same moment, both use the one that stayed.
        stored = Keychain::read(service, keyName);
        if (auto *again = std::get_if<DomainError>(&stored))
            return *again;
        created = true;
    }
    QByteArray &key = std::get<QByteArray>(stored);
    if (key.size() != KeyBytes) {
        const qsizetype size = key.size();
        SodiumRuntime::wipe(key);
        return DomainError{
            RecordingErrorCode::KeyInvalid.toString(),
            u"The keychain entry '%1' of %2 holds %3 bytes, not a %4-byte recording key; it was "
            "left as it is"_s.arg(keyName, service)
                .arg(size)
                .arg(KeyBytes)};
    }
    auto keyring = std::shared_ptr<const RecordingKeyring>(new RecordingKeyring(key, created));
    SodiumRuntime::wipe(key);
    return keyring;
}

static DomainError keyFileError(const QString &path, const QString &what)
{
    return DomainError{RecordingErrorCode::KeyFileError.toString(),
                       u"The recording key file %1: %2"_s.arg(path, what)};
}

static QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes a new key to `path` so that no reader ever sees a partial file and two processes
// creating it at once end up with one key: the key goes into a private temporary file, which is
// synced and then hard-linked to `path` (link() fails when `path` exists, unlike rename()).
// Returns false with no error when another process created `path` first.
static StoreResult<bool> createKeyFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(u"."_s))
            return keyFileError(path, u"cannot create its folder"_s);
        QFile::setPermissions(folder.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QByteArray suffix(8, Qt::Uninitialized);
    randombytes_buf(suffix.data(), size_t(suffix.size()));
    const QString temporary = info.absoluteFilePath() + u".new-"_s + QString::fromLatin1(suffix.toHex());
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return keyFileError(path, u"cannot create %1: %2"_s.arg(temporary, file.errorString()));
    QByteArray key = randomKey();
    const bool written = file.write(key) == key.size() && file.flush() && ::fsync(file.handle()) == 0;
    SodiumRuntime::wipe(key);
    const QString writeError = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(temporary);
        return keyFileError(path, u"cannot write a new key: %1"_s.arg(writeError));
    }
    const QByteArray source = QFile::encodeName(temporary);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const int linked = ::link(source.constData(), target.constData());
    const int linkErrno = errno;
    QFile::remove(temporary);
    if (linked != 0) {
        if (linkErrno == EEXIST)
            return false;
        errno = linkErrno;
        return keyFileError(path, u"cannot create it: %1"_s.arg(systemError()));
    }
    // The new name must survive a power cut as the recordings encrypted with it will.
    const QByteArray folderName = QFile::encodeName(folder.absolutePath());
    const int folderHandle = ::open(folderName.constData(), O_RDONLY | O_DIRECTORY);
    if (folderHandle >= 0) {
        ::fsync(folderHandle);
        ::close(folderHandle);
    }
    return true;
}

StoreResult<std::shared_ptr<const RecordingKeyring>> RecordingKeyring::fromKeyFile(const QString &path)
{
    if (!SodiumRuntime::ready())
        return noSodium();
    if (path.isEmpty())
        return keyFileError(path, u"no path was given"_s);
    bool created = false;
    if (!QFileInfo::exists(path)) {
        auto made = createKeyFile(path);
        if (!made)
            return made.error();
        created = made.value();
    }
    const QFileInfo info(path);
    if (!info.isFile())
        return keyFileError(path, u"is not a file"_s);
    if (info.permissions() & NotOwner) {
        return DomainError{RecordingErrorCode::KeyFileInsecure.toString(),
                           u"The recording key file %1 may be read or written by others than its owner; "
                           "make it private (chmod 600) first"_s.arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(path, u"cannot be read: %1"_s.arg(file.errorString()));
    QByteArray key = file.read(KeyBytes + 1);
    if (key.size() != KeyBytes) {
        const qsizetype size = key.size() > KeyBytes ? info.size() : key.size();
        SodiumRuntime::wipe(key);
        return DomainError{
            RecordingErrorCode::KeyInvalid.toString(),
            u"The recording key file %1 holds %2 bytes, not a %3-byte key; it was left as it is"_s.arg(path)
                .arg(size)
                .arg(KeyBytes)};
    }
    auto keyring = std::shared_ptr<const RecordingKeyring>(new RecordingKeyring(key, created));
    SodiumRuntime::wipe(key);
    return keyring;
}

} // namespace ContactDesk
