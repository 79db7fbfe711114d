#pragma once

#include "recording.h"
#include "recordingrepository.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ContactDesk {

class Clock;
class Database;
class RecordingVault;

struct OpenedRecording
{
    Recording recording;
    QByteArray content; // the WAV file or the transcript's JSON, decrypted and verified
};

// The only way a person gets at a recording's content, with the rule in the core rather than in
// a view: Permissions decides (agents their own recordings, team leads and above anyone's; export
// supervisors and admins; deletion admins), and every attempt, allowed or not, is written to the
// audit log before anything is handed out. If the audit entry cannot be written, the content is
// not handed out either.
class RecordingAccess final
{
public:
    RecordingAccess(Database &database, RecordingVault &vault, const Clock &clock);
    Q_DISABLE_COPY_MOVE(RecordingAccess)

    // Playback (PlayRecording on the recording's agent). "forbidden" when the matrix refuses,
    // audited as denied; a recording without content (no consent, deleted) or a damaged file
    // is an error, audited as failed.
    StoreResult<OpenedRecording> open(const Principal &who, qint64 recordingId);
    // ExportRecording: the decrypted content to the file at `path` (0600), audited with the path.
    std::optional<DomainError> exportTo(const Principal &who, qint64 recordingId, const QString &path);
    // ExportRecording to somewhere this process does not write (a desktop connected to the
    // server writes the file): the decrypted content, audited with `destination` as the client
    // named it.
    StoreResult<QByteArray> exportContent(const Principal &who, qint64 recordingId,
                                          const QString &destination);
    // DeleteRecording: deletes the file and makes the row a tombstone, audited with `reason`
    // (required). A recording under legal hold is not deleted (recording-legal-hold).
    std::optional<DomainError> remove(const Principal &who, qint64 recordingId, const QString &reason);

    // The library as `who` may see it: someone who may play only their own recordings finds only
    // theirs (asking for another agent's is "forbidden"). Listing is not audited; playing is.
    StoreResult<RecordingPage> search(const Principal &who, const RecordingQuery &query);

private:
    // The recording, when `who` may do `action` on it; a missing one or a refusal is audited
    // (failed, denied) and is the answer.
    StoreResult<Recording> permitted(const Principal &who, Action action, qint64 recordingId);

    Database &m_database;
    RecordingVault &m_vault;
    const Clock &m_clock;
};

} // namespace ContactDesk
