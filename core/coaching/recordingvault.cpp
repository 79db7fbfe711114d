#include "recordingvault.h"

#include "recordingerrors.h"
#include "recordingkeyring.h"
#include "security/sodiumruntime.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

constexpr char Magic[8] = {'C', 'D', 'R', 'E', 'C', 'O', 'R', 'D'};
constexpr quint8 VaultFormatVersion = 1;
constexpr qsizetype PrefixBytes = 40;
constexpr qsizetype HeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype ChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
// Larger chunks in a file are refused before anything is allocated for them.
constexpr quint32 MaxChunkBytes = 16 * 1024 * 1024;
const QString FileSuffix = u".cdrec"_s;

static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == RecordingKeyring::KeyBytes);

quint8 kindByte(RecordingKind kind)
{
    return kind == RecordingKind::Audio ? 1 : 2;
}

struct Prefix
{
    quint8 version = 0;
    quint8 kind = 0;
    quint32 chunkBytes = 0;
    qint64 recordingId = 0;
    qint64 plaintextBytes = 0;
    QByteArray keyId; // 8 bytes
};

QByteArray encodePrefix(const Prefix &prefix)
{
    QByteArray bytes(PrefixBytes, '\0');
    char *out = bytes.data();
    std::memcpy(out, Magic, sizeof Magic);
    out[8] = char(prefix.version);
    out[9] = char(prefix.kind);
    qToBigEndian<quint32>(prefix.chunkBytes, out + 12);
    qToBigEndian<quint64>(quint64(prefix.recordingId), out + 16);
    qToBigEndian<quint64>(quint64(prefix.plaintextBytes), out + 24);
    std::memcpy(out + 32, prefix.keyId.constData(), 8);
    return bytes;
}

Prefix decodePrefix(const QByteArray &bytes)
{
    const char *in = bytes.constData();
    Prefix prefix;
    prefix.version = quint8(in[8]);
    prefix.kind = quint8(in[9]);
    prefix.chunkBytes = qFromBigEndian<quint32>(in + 12);
    prefix.recordingId = qint64(qFromBigEndian<quint64>(in + 16));
    prefix.plaintextBytes = qint64(qFromBigEndian<quint64>(in + 24));
    prefix.keyId = bytes.mid(32, 8);
    return prefix;
}

qint64 chunkCount(qint64 plaintextBytes, qint64 chunkBytes)
{
    // An empty content is one empty FINAL chunk.
    return plaintextBytes == 0 ? 1 : (plaintextBytes + chunkBytes - 1) / chunkBytes;
}

DomainError vaultError(QStringView code, const QString &message)
{
    return DomainError{code.toString(), message};
}

QString hex(const unsigned char *bytes, size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size)).toHex());
}

// fsync() of what QFile wrote: a recording is on disk when its row commits.
bool syncToDisk(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace

RecordingVault::RecordingVault(const QString &folder, std::shared_ptr<const RecordingKeyring> keyring)
    : m_folder(QDir(folder).absolutePath())
    , m_keyring(std::move(keyring))
{}

RecordingVault::~RecordingVault() = default;

QString RecordingVault::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recordings"_s;
}

QString RecordingVault::fileNameOf(qint64 recordingId)
{
    return QString::number(recordingId) + FileSuffix;
}

QString RecordingVault::checksumOf(const QByteArray &plaintext)
{
    (void)SodiumRuntime::ready();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char *>(plaintext.constData()),
                       quint64(plaintext.size()), nullptr, 0);
    return hex(digest.data(), digest.size());
}

QString RecordingVault::pathOf(qint64 recordingId) const
{
    return m_folder + u'/' + fileNameOf(recordingId);
}

bool RecordingVault::contains(qint64 recordingId) const
{
    return QFile::exists(pathOf(recordingId));
}

std::optional<DomainError> RecordingVault::ensureFolder()
{
    QDir folder(m_folder);
    if (folder.exists())
        return std::nullopt;
    if (!folder.mkpath(u"."_s))
        return vaultError(RecordingErrorCode::FileError,
                          u"Cannot create the recording folder %1"_s.arg(m_folder));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return std::nullopt;
}

StoreResult<VaultEntry> RecordingVault::write(qint64 recordingId, RecordingKind kind,
                                              const QByteArray &plaintext)
{
    if (!SodiumRuntime::ready())
        return vaultError(RecordingErrorCode::EncryptionFailed, u"libsodium could not be initialised"_s);
    if (recordingId <= 0)
        return vaultError(RecordingErrorCode::InvalidRecording,
                          u"A recording's file needs its id, not %1"_s.arg(recordingId));
    if (auto failed = ensureFolder())
        return *failed;

    Prefix prefix;
    prefix.version = VaultFormatVersion;
    prefix.kind = kindByte(kind);
    prefix.chunkBytes = quint32(ChunkBytes);
    prefix.recordingId = recordingId;
    prefix.plaintextBytes = plaintext.size();
    prefix.keyId = QByteArray::fromHex(m_keyring->keyId().toLatin1());
    const QByteArray prefixBytes = encodePrefix(prefix);
    const auto *ad = reinterpret_cast<const unsigned char *>(prefixBytes.constData());

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[HeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, header, reinterpret_cast<const unsigned char *>(m_keyring->key().constData()));

    const QString path = pathOf(recordingId);
    QByteArray random(8, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QString temporary = path + u".new-"_s + QString::fromLatin1(random.toHex());
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return vaultError(RecordingErrorCode::FileError,
                          u"Cannot create %1 for recording %2: %3"_s.arg(temporary)
                              .arg(recordingId)
                              .arg(file.errorString()));
    }
    bool ok = file.write(prefixBytes) == PrefixBytes
              && file.write(reinterpret_cast<const char *>(header), HeaderBytes) == HeaderBytes;

    const qint64 chunks = chunkCount(plaintext.size(), ChunkBytes);
    QByteArray cipher(ChunkBytes + ChunkOverhead, Qt::Uninitialized);
    for (qint64 i = 0; ok && i < chunks; ++i) {
        const qint64 offset = i * ChunkBytes;
        const qint64 length = qMin<qint64>(ChunkBytes, plaintext.size() - offset);
        const bool last = i == chunks - 1;
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength,
            reinterpret_cast<const unsigned char *>(plaintext.constData() + offset), quint64(length), ad,
            quint64(prefixBytes.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        ok = file.write(cipher.constData(), qint64(cipherLength)) == qint64(cipherLength);
    }
    sodium_memzero(&state, sizeof state);
    ok = ok && syncToDisk(file);
    const QString writeError = file.errorString();
    file.close();
    if (!ok) {
        QFile::remove(temporary);
        return vaultError(
            RecordingErrorCode::FileError,
            u"Cannot write recording %1 to %2: %3"_s.arg(recordingId).arg(m_folder, writeError));
    }
    const QByteArray source = QFile::encodeName(temporary);
    const QByteArray target = QFile::encodeName(path);
    if (std::rename(source.constData(), target.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return vaultError(RecordingErrorCode::FileError,
                          u"Cannot store recording %1 as %2: %3"_s.arg(recordingId).arg(path, why));
    }
    return VaultEntry{fileNameOf(recordingId), checksumOf(plaintext), plaintext.size()};
}

std::optional<DomainError> RecordingVault::decrypt(const Recording &recording, const Sink &sink) const
{
    if (!SodiumRuntime::ready())
        return vaultError(RecordingErrorCode::EncryptionFailed, u"libsodium could not be initialised"_s);
    const QString which = u"Recording %1"_s.arg(recording.id);
    if (recording.deletedMs)
        return vaultError(RecordingErrorCode::Deleted, which + u" was deleted"_s);
    if (!recording.consent)
        return vaultError(RecordingErrorCode::NoContent,
                          which + u" was not recorded: the customer did not consent"_s);
    if (recording.fileName != fileNameOf(recording.id)) {
        return vaultError(RecordingErrorCode::WrongFile,
                          which
                              + u" names the file '%1'; its file is %2"_s.arg(recording.fileName,
                                                                              fileNameOf(recording.id)));
    }
    const QString path = pathOf(recording.id);
    QFile file(path);
    if (!file.exists())
        return vaultError(RecordingErrorCode::FileMissing, which + u": its file %1 is missing"_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return vaultError(RecordingErrorCode::FileError,
                          which + u": cannot read %1: %2"_s.arg(path, file.errorString()));

    const QByteArray prefixBytes = file.read(PrefixBytes);
    // What there is of the magic must match; a file shorter than the magic is a cut-off one.
    const size_t magicBytes = qMin(size_t(prefixBytes.size()), sizeof Magic);
    if (std::memcmp(prefixBytes.constData(), Magic, magicBytes) != 0)
        return vaultError(RecordingErrorCode::NotAVaultFile,
                          which + u": %1 is not a ContactDesk recording file"_s.arg(path));
    if (prefixBytes.size() < PrefixBytes)
        return vaultError(RecordingErrorCode::Truncated,
                          which + u": %1 is cut short inside its header"_s.arg(path));
    const Prefix prefix = decodePrefix(prefixBytes);
    if (prefix.version != VaultFormatVersion) {
        return vaultError(RecordingErrorCode::UnsupportedVersion,
                          which
                              + u": %1 has format version %2; this ContactDesk reads version %3"_s.arg(path)
                                    .arg(prefix.version)
                                    .arg(VaultFormatVersion));
    }
    if (prefix.recordingId != recording.id || prefix.kind != kindByte(recording.kind)) {
        return vaultError(RecordingErrorCode::WrongFile,
                          which
                              + u": %1 holds the content of recording %2, not of this one"_s.arg(path).arg(
                                  prefix.recordingId));
    }
    const QString fileKeyId = QString::fromLatin1(prefix.keyId.toHex());
    if (fileKeyId != m_keyring->keyId()) {
        return vaultError(
            RecordingErrorCode::WrongKey,
            which
                + u": %1 was encrypted with another recording key (%2); the key at hand is %3"_s.arg(
                    path, fileKeyId, m_keyring->keyId()));
    }
    if (prefix.plaintextBytes != recording.sizeBytes || prefix.chunkBytes == 0
        || prefix.chunkBytes > MaxChunkBytes) {
        return vaultError(
            RecordingErrorCode::Tampered,
            which
                + u": the header of %1 was changed (%2 bytes in chunks of %3; the recording has %4)"_s
                      .arg(path)
                      .arg(prefix.plaintextBytes)
                      .arg(prefix.chunkBytes)
                      .arg(recording.sizeBytes));
    }
    const qint64 chunks = chunkCount(prefix.plaintextBytes, prefix.chunkBytes);
    const qint64 expectedSize = PrefixBytes + HeaderBytes + prefix.plaintextBytes + chunks * ChunkOverhead;
    if (file.size() < expectedSize) {
        return vaultError(
            RecordingErrorCode::Truncated,
            which + u": %1 is cut short (%2 of %3 bytes)"_s.arg(path).arg(file.size()).arg(expectedSize));
    }
    if (file.size() > expectedSize) {
        return vaultError(
            RecordingErrorCode::Tampered,
            which + u": %1 has %2 bytes more than its content"_s.arg(path).arg(file.size() - expectedSize));
    }

    unsigned char header[HeaderBytes];
    if (file.read(reinterpret_cast<char *>(header), HeaderBytes) != HeaderBytes)
        return vaultError(RecordingErrorCode::FileError,
                          which + u": cannot read %1: %2"_s.arg(path, file.errorString()));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, header, reinterpret_cast<const unsigned char *>(m_keyring->key().constData()))
        != 0) {
        return vaultError(RecordingErrorCode::Tampered,
                          which + u": the stream header of %1 is invalid"_s.arg(path));
    }

    crypto_generichash_state checksum;
    crypto_generichash_init(&checksum, nullptr, 0, crypto_generichash_BYTES);
    const auto *ad = reinterpret_cast<const unsigned char *>(prefixBytes.constData());
    QByteArray plain(prefix.chunkBytes, Qt::Uninitialized);
    std::optional<DomainError> failure;
    qint64 remaining = prefix.plaintextBytes;
    for (qint64 i = 0; i < chunks && !failure; ++i) {
        const qint64 plainLength = qMin<qint64>(prefix.chunkBytes, remaining);
        const QByteArray cipher = file.read(plainLength + ChunkOverhead);
        if (cipher.size() != plainLength + ChunkOverhead) {
            failure = vaultError(RecordingErrorCode::FileError,
                                 which + u": cannot read %1: %2"_s.arg(path, file.errorString()));
            break;
        }
        unsigned long long outLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &outLength, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()), ad,
                quint64(prefixBytes.size()))
            != 0) {
            failure = vaultError(
                RecordingErrorCode::Tampered,
                which
                    + u": %1 was changed: chunk %2 of %3 does not authenticate"_s.arg(path).arg(i + 1).arg(
                        chunks));
            break;
        }
        const bool last = i == chunks - 1;
        const bool isFinal = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (isFinal != last) {
            failure = vaultError(RecordingErrorCode::Tampered,
                                 which
                                     + u": the chunks of %1 were rearranged (chunk %2 of %3 %4)"_s.arg(path)
                                           .arg(i + 1)
                                           .arg(chunks)
                                           .arg(isFinal ? u"ends the stream"_s : u"does not end it"_s));
            break;
        }
        crypto_generichash_update(&checksum, reinterpret_cast<const unsigned char *>(plain.constData()),
                                  outLength);
        if (!sink(plain.constData(), qsizetype(outLength))) {
            failure =
                vaultError(RecordingErrorCode::FileError, which + u": cannot write the decrypted content"_s);
            break;
        }
        remaining -= qint64(outLength);
    }
    SodiumRuntime::wipe(plain);
    sodium_memzero(&state, sizeof state);
    if (failure)
        return failure;
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&checksum, digest.data(), digest.size());
    const QString actual = hex(digest.data(), digest.size());
    if (actual != recording.checksum) {
        return vaultError(
            RecordingErrorCode::ChecksumMismatch,
            which + u": the content's checksum is %1, the recording's %2"_s.arg(actual, recording.checksum));
    }
    return std::nullopt;
}

StoreResult<QByteArray> RecordingVault::read(const Recording &recording) const
{
    QByteArray content;
    content.reserve(qsizetype(qMax<qint64>(0, recording.sizeBytes)));
    auto failed = decrypt(recording, [&content](const char *data, qsizetype size) {
        content.append(data, size);
        return true;
    });
    if (failed) {
        SodiumRuntime::wipe(content);
        return *failed;
    }
    return content;
}

std::optional<DomainError> RecordingVault::exportTo(const Recording &recording, const QString &path) const
{
    QSaveFile file(path);
    // QSaveFile keeps an existing file's permissions; a new export is its owner's alone.
    if (!file.open(QIODevice::WriteOnly)) {
        return vaultError(
            RecordingErrorCode::FileError,
            u"Cannot export recording %1 to %2: %3"_s.arg(recording.id).arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto failed = decrypt(
        recording, [&file](const char *data, qsizetype size) { return file.write(data, size) == size; });
    if (failed) {
        file.cancelWriting();
        return failed;
    }
    if (!file.commit()) {
        return vaultError(
            RecordingErrorCode::FileError,
            u"Cannot export recording %1 to %2: %3"_s.arg(recording.id).arg(path, file.errorString()));
    }
    return std::nullopt;
}

std::optional<DomainError> RecordingVault::remove(qint64 recordingId)
{
    const QString path = pathOf(recordingId);
    QFile file(path);
    if (!file.exists() || file.remove())
        return std::nullopt;
    return vaultError(RecordingErrorCode::FileError,
                      u"Cannot delete the file %1 of recording %2: %3"_s.arg(path)
                          .arg(recordingId)
                          .arg(file.errorString()));
}

} // namespace ContactDesk
