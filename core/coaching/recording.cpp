#include "recording.h"

#include "recordingerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString recordingKindKey(RecordingKind kind)
{
    switch (kind) {
    case RecordingKind::Audio:
        return u"audio"_s;
    case RecordingKind::Transcript:
        return u"transcript"_s;
    }
    Q_UNREACHABLE();
}

std::optional<RecordingKind> recordingKindFromKey(QStringView key)
{
    for (RecordingKind kind : {RecordingKind::Audio, RecordingKind::Transcript}) {
        if (key == recordingKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

qint64 recordedPositionMs(qint64 callMs, const QList<RecordingPause> &pauses)
{
    qint64 cut = 0;
    for (const RecordingPause &pause : pauses) {
        if (callMs <= pause.startMs)
            break;
        cut += std::min(callMs, pause.endMs) - pause.startMs;
    }
    return callMs - cut;
}

QString recordingMarkerKindKey(RecordingMarkerKind kind)
{
    switch (kind) {
    case RecordingMarkerKind::Hold:
        return u"hold"_s;
    case RecordingMarkerKind::Transfer:
        return u"transfer"_s;
    case RecordingMarkerKind::Pause:
        return u"pause"_s;
    }
    Q_UNREACHABLE();
}

std::optional<RecordingMarkerKind> recordingMarkerKindFromKey(QStringView key)
{
    for (RecordingMarkerKind kind :
         {RecordingMarkerKind::Hold, RecordingMarkerKind::Transfer, RecordingMarkerKind::Pause}) {
        if (key == recordingMarkerKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString Recording::auditResourceOf(qint64 recordingId)
{
    return u"recording:%1"_s.arg(recordingId);
}

QString Recording::auditResource() const
{
    return auditResourceOf(id);
}

static DomainError invalidRecording(const QString &message)
{
    return DomainError{RecordingErrorCode::InvalidRecording.toString(), message};
}

std::optional<DomainError> Recording::validate() const
{
    const QString which = u"The recording of interaction %1"_s.arg(interactionId);
    if (interactionId <= 0)
        return invalidRecording(u"A recording needs the interaction it recorded"_s);
    if (agentId <= 0)
        return invalidRecording(which + u" needs the agent who handled it"_s);
    if (startedMs <= 0)
        return invalidRecording(which + u" needs the time it started"_s);
    if (durationMs < 0)
        return invalidRecording(which + u" cannot last %1 ms"_s.arg(durationMs));
    if (csat && (*csat < 1 || *csat > 5))
        return invalidRecording(which + u" has CSAT %1; it is 1 to 5"_s.arg(*csat));
    if (sizeBytes < 0)
        return invalidRecording(which + u" cannot have %1 bytes"_s.arg(sizeBytes));
    if (!consent && (!checksum.isEmpty() || !fileName.isEmpty() || sizeBytes != 0))
        return invalidRecording(which + u" has no consent, so it cannot have content"_s);
    qint64 lastEnd = 0;
    for (const RecordingPause &pause : pauses) {
        if (pause.startMs < lastEnd || pause.endMs < pause.startMs) {
            return invalidRecording(
                which
                + u" has a pause from %1 to %2 ms: pauses are in order and do not overlap"_s
                      .arg(pause.startMs)
                      .arg(pause.endMs));
        }
        lastEnd = pause.endMs;
    }
    for (const RecordingMarker &marker : markers) {
        if (marker.atMs < 0 || marker.durationMs < 0) {
            return invalidRecording(
                which
                + u" has a %1 marker at %2 ms lasting %3 ms"_s.arg(recordingMarkerKindKey(marker.kind))
                      .arg(marker.atMs)
                      .arg(marker.durationMs));
        }
    }
    return std::nullopt;
}

static QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

static std::optional<QJsonArray> parseArray(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

static bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

QString Recording::pausesToJson(const QList<RecordingPause> &pauses)
{
    QJsonArray array;
    for (const RecordingPause &pause : pauses)
        array.append(QJsonObject{{u"startMs"_s, pause.startMs}, {u"endMs"_s, pause.endMs}});
    return compactJson(array);
}

StoreResult<QList<RecordingPause>> Recording::pausesFromJson(const QString &json)
{
    const auto array = parseArray(json);
    if (!array)
        return invalidRecording(u"The pauses are not a JSON list: %1"_s.arg(json.left(80)));
    QList<RecordingPause> pauses;
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        if (!isWholeNumber(object.value(u"startMs"_s)) || !isWholeNumber(object.value(u"endMs"_s)))
            return invalidRecording(u"A pause needs whole startMs and endMs: %1"_s.arg(json.left(80)));
        pauses.append(
            RecordingPause{object.value(u"startMs"_s).toInteger(), object.value(u"endMs"_s).toInteger()});
    }
    return pauses;
}

QString Recording::markersToJson(const QList<RecordingMarker> &markers)
{
    QJsonArray array;
    for (const RecordingMarker &marker : markers) {
        array.append(QJsonObject{{u"kind"_s, recordingMarkerKindKey(marker.kind)},
                                 {u"atMs"_s, marker.atMs},
                                 {u"durationMs"_s, marker.durationMs}});
    }
    return compactJson(array);
}

StoreResult<QList<RecordingMarker>> Recording::markersFromJson(const QString &json)
{
    const auto array = parseArray(json);
    if (!array)
        return invalidRecording(u"The markers are not a JSON list: %1"_s.arg(json.left(80)));
    QList<RecordingMarker> markers;
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        const auto kind = recordingMarkerKindFromKey(object.value(u"kind"_s).toString());
        if (!kind || !isWholeNumber(object.value(u"atMs"_s))
            || !isWholeNumber(object.value(u"durationMs"_s))) {
            return invalidRecording(
                u"A marker needs a kind (hold, transfer, pause), atMs and durationMs: %1"_s.arg(
                    json.left(80)));
        }
        markers.append(RecordingMarker{*kind, object.value(u"atMs"_s).toInteger(),
                                       object.value(u"durationMs"_s).toInteger()});
    }
    return markers;
}

} // namespace ContactDesk
