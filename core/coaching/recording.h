#pragma once

#include "domain/channel.h"
#include "domain/domainerror.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

// What a recording holds: the call's audio (a WAV file) or, for written channels, the
// conversation's transcript (Transcript's JSON).
enum class RecordingKind
{
    Audio,
    Transcript,
};

QString recordingKindKey(RecordingKind kind); // "audio", "transcript"
std::optional<RecordingKind> recordingKindFromKey(QStringView key);

// A stretch of the call that was deliberately not recorded (the agent paused recording while the
// customer gave card details, PCI DSS), in milliseconds from the start of the call.
struct RecordingPause
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool operator==(const RecordingPause &other) const = default;
};

// Where a moment of the call (ms from its start) lands in the recorded audio, which has the
// pauses (in order) cut out: the paused time before it is taken off, and a moment inside a pause
// lands on the cut.
qint64 recordedPositionMs(qint64 callMs, const QList<RecordingPause> &pauses);

enum class RecordingMarkerKind
{
    Hold,
    Transfer,
    Pause, // where a RecordingPause was cut out
};

QString recordingMarkerKindKey(RecordingMarkerKind kind); // "hold", "transfer", "pause"
std::optional<RecordingMarkerKind> recordingMarkerKindFromKey(QStringView key);

// Something the player shows on the time line, in milliseconds from the start of the stored audio
// (which lacks the pauses, so these are not call times).
struct RecordingMarker
{
    RecordingMarkerKind kind = RecordingMarkerKind::Hold;
    qint64 atMs = 0;
    qint64 durationMs = 0;

    bool operator==(const RecordingMarker &other) const = default;
};

// One interaction's recording as the library lists it: who handled it, where, how it ended, and
// where its encrypted content is (RecordingVault). The content itself is never in here.
struct Recording
{
    qint64 id = 0;
    qint64 interactionId = 0;
    qint64 agentId = 0;
    QString team;
    QString queueId;
    qint64 customerId = 0; // 0: not identified
    Channel channel = Channel::Voice;
    QString dispositionCode;
    std::optional<int> csat; // 1..5 when the customer answered the survey
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    RecordingKind kind = RecordingKind::Audio;
    // false: the customer did not consent, so nothing was recorded; the row says so and has no
    // file, checksum or size.
    bool consent = true;
    QString checksum;     // BLAKE2b-256 of the plaintext, lower-case hex
    qint64 sizeBytes = 0; // of the plaintext
    QString fileName;     // in the vault's folder; named by id, never by customer data
    QList<RecordingPause> pauses;
    QList<RecordingMarker> markers;
    bool legalHold = false;          // neither retention nor an admin may delete it meanwhile
    std::optional<qint64> deletedMs; // set: a tombstone, the content is gone

    bool isDeleted() const { return deletedMs.has_value(); }
    // Something to play: consented and not deleted.
    bool hasContent() const { return consent && !deletedMs; }
    // "recording:42", as the audit log names it.
    QString auditResource() const;

    // The metadata's own rules (ids, times, CSAT range, pauses and markers in order and not
    // negative, no file for a recording without consent). The content is checked by the vault.
    std::optional<DomainError> validate() const;

    // The JSON lists of the pauses and markers columns: [{"startMs":..,"endMs":..}] and
    // [{"kind":"hold","atMs":..,"durationMs":..}].
    static QString pausesToJson(const QList<RecordingPause> &pauses);
    static StoreResult<QList<RecordingPause>> pausesFromJson(const QString &json);
    static QString markersToJson(const QList<RecordingMarker> &markers);
    static StoreResult<QList<RecordingMarker>> markersFromJson(const QString &json);

    static QString auditResourceOf(qint64 recordingId);
};

} // namespace ContactDesk
