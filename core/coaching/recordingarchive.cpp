#include "recordingarchive.h"

#include "recordingerrors.h"
#include "recordingrepository.h"
#include "recordingvault.h"
#include "store/database.h"
#include "transcript.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

// A RIFF/WAVE container: what the call-audio assembly writes. The vault does not care, but the
// player does, and a wrong file is better refused now than found at playback.
static bool isWav(const QByteArray &content)
{
    return content.size() >= 12 && content.startsWith("RIFF") && content.mid(8, 4) == "WAVE";
}

static std::optional<DomainError> checkContent(const Recording &recording, const QByteArray &content)
{
    if (recording.kind == RecordingKind::Audio) {
        if (isWav(content))
            return std::nullopt;
        return DomainError{RecordingErrorCode::InvalidContent.toString(),
                           u"The audio of interaction %1 is not a WAV file"_s.arg(recording.interactionId)};
    }
    auto decoded = Transcript::decode(content);
    if (decoded)
        return std::nullopt;
    return DomainError{RecordingErrorCode::InvalidContent.toString(),
                       u"The transcript of interaction %1 is not one: %2"_s.arg(recording.interactionId)
                           .arg(decoded.error().message)};
}

RecordingArchive::RecordingArchive(Database &database, RecordingVault &vault)
    : m_database(database)
    , m_vault(vault)
{}

std::optional<DomainError> RecordingArchive::store(Recording &recording, const QByteArray &content)
{
    if (!recording.consent) {
        return DomainError{
            RecordingErrorCode::InvalidRecording.toString(),
            u"Interaction %1 has no recording consent; store it with storeWithoutConsent()"_s.arg(
                recording.interactionId)};
    }
    if (auto invalid = checkContent(recording, content))
        return invalid;
    Recording stored = recording;
    stored.fileName.clear();
    stored.checksum.clear();
    stored.sizeBytes = 0;
    stored.deletedMs.reset();
    bool fileWritten = false;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        RecordingRepository repository(m_database);
        if (auto failed = repository.insert(stored))
            return failed;
        // The file is named by the new id, so it is written after the row and before the commit;
        // should the commit fail, it is removed again below.
        auto entry = m_vault.write(stored.id, stored.kind, content);
        if (!entry)
            return entry.error();
        fileWritten = true;
        stored.fileName = entry->fileName;
        stored.checksum = entry->checksum;
        stored.sizeBytes = entry->sizeBytes;
        return repository.setContent(stored.id, stored.fileName, stored.checksum, stored.sizeBytes);
    });
    if (error) {
        if (fileWritten)
            (void)m_vault.remove(stored.id); // best effort: the error that matters is `error`
        return error;
    }
    recording = stored;
    return std::nullopt;
}

std::optional<DomainError> RecordingArchive::storeWithoutConsent(Recording &recording)
{
    Recording stored = recording;
    stored.consent = false;
    stored.fileName.clear();
    stored.checksum.clear();
    stored.sizeBytes = 0;
    if (auto error = RecordingRepository(m_database).insert(stored))
        return error;
    recording = stored;
    return std::nullopt;
}

} // namespace ContactDesk
