#pragma once

#include "recording.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ContactDesk {

class RecordingKeyring;

// Where a recording's content went: the file in the vault's folder, and the BLAKE2b-256
// checksum and size of the plaintext, for the recording's row.
struct VaultEntry
{
    QString fileName;
    QString checksum;
    qint64 sizeBytes = 0;
};

// Recording content at rest: one encrypted file per recording in one folder, named by the
// recording's id ("42.cdrec") and never by anything about the customer. The file format (see
// docs/STORAGE.md, "Recordings and the audit log"):
//
//   40-byte prefix: "CDRECORD", format version (1), kind (1 audio, 2 transcript), 2 zero
//   bytes, chunk size (u32), recording id (u64), plaintext size (u64), key id (8 bytes);
//   all integers big-endian
//   crypto_secretstream_xchacha20poly1305 header (24 bytes)
//   the plaintext in chunks of 64 KiB, the last one shorter (or empty) and tagged FINAL, each
//   encrypted with the prefix as additional data and 17 bytes longer than its plaintext
//
// So the file tells nothing but its length, a file moved to another recording's name or
// encrypted with another key says so, and a changed byte, a missing or reordered chunk, a cut
// end or trailing bytes are errors, never garbage. Reads check the plaintext against the
// recording's checksum too.
class RecordingVault final
{
public:
    static constexpr qint64 ChunkBytes = 64 * 1024;

    // `folder` is created (0700) when missing, at the first write.
    RecordingVault(const QString &folder, std::shared_ptr<const RecordingKeyring> keyring);
    ~RecordingVault();
    Q_DISABLE_COPY_MOVE(RecordingVault)

    // <AppDataLocation>/recordings: beside the embedded SQLite database.
    static QString defaultFolder();
    static QString fileNameOf(qint64 recordingId);
    // BLAKE2b-256, lower-case hex.
    static QString checksumOf(const QByteArray &plaintext);

    QString folder() const { return m_folder; }
    QString pathOf(qint64 recordingId) const;
    bool contains(qint64 recordingId) const;

    // Encrypts `plaintext` to the recording's file. The file appears whole or not at all (it is
    // written aside, synced and renamed), and replaces a file of that name left by an attempt
    // that never committed its row.
    StoreResult<VaultEntry> write(qint64 recordingId, RecordingKind kind, const QByteArray &plaintext);
    // The recording's content, checked against its id, kind, size and checksum.
    StoreResult<QByteArray> read(const Recording &recording) const;
    // The same, decrypted into the file at `path` (owner-only, 0600), which appears only when
    // the whole content was verified; a failed export leaves no file behind.
    std::optional<DomainError> exportTo(const Recording &recording, const QString &path) const;
    // Deletes the recording's file; a file that is not there is already deleted.
    std::optional<DomainError> remove(qint64 recordingId);

private:
    using Sink = std::function<bool(const char *data, qsizetype size)>;
    std::optional<DomainError> decrypt(const Recording &recording, const Sink &sink) const;
    std::optional<DomainError> ensureFolder();

    QString m_folder;
    std::shared_ptr<const RecordingKeyring> m_keyring;
};

} // namespace ContactDesk
