#pragma once

#include "recording.h"
#include "store/storeresult.h"

#include <QByteArray>

#include <optional>

namespace ContactDesk {

class Database;
class RecordingVault;

// Stores what was recorded of an interaction: the encrypted content in the vault and its row, so
// that a row with content always has its file. This is ContactDesk recording, not a user acting,
// so it is not audited; playing, exporting and deleting are (RecordingAccess).
class RecordingArchive final
{
public:
    RecordingArchive(Database &database, RecordingVault &vault);
    Q_DISABLE_COPY_MOVE(RecordingArchive)

    // A consented recording and its content: a WAV file for audio, Transcript's JSON for a
    // transcript (anything else is recording-invalid-content). Sets recording.id, fileName,
    // checksum and sizeBytes. The row and the file are written together: when either fails,
    // neither stays.
    std::optional<DomainError> store(Recording &recording, const QByteArray &content);
    // The row saying the customer did not consent, so nothing was recorded; sets recording.id
    // and consent = false.
    std::optional<DomainError> storeWithoutConsent(Recording &recording);

private:
    Database &m_database;
    RecordingVault &m_vault;
};

} // namespace ContactDesk
