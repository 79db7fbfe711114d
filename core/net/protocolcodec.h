#pragma once

#include "backend/agentdesk.h"
#include "backend/coachingbackend.h" // CoachingUser, CoachableAgent
#include "backend/deskbackend.h"
#include "backend/wallboard.h"
#include "coaching/calibration.h"
#include "coaching/coachingcomment.h"
#include "coaching/coachingsession.h"
#include "coaching/evaluation.h"
#include "coaching/evaluationrepository.h"
#include "coaching/recording.h"
#include "coaching/recordingaccess.h"
#include "coaching/recordingrepository.h"
#include "coaching/scorecard.h"
#include "coaching/scorecardscoring.h"
#include "net/protocol.h"
#include "security/auditlog.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace ContactDesk::Protocol {

// The JSON shapes of protocol v1's values (docs/PROTOCOL.md, "Value shapes"): every value that
// crosses DeskBackend, in both directions, so the server and a remote backend agree by
// construction. Keys are camelCase field names, enums their stable keys ("ready", "chat",
// "offered"), times milliseconds since the epoch (UTC), an empty std::optional is null.
//
// decode() checks the shape, not the domain: a well-typed customer without a name decodes, and
// the backend refuses it as it would refuse it in-process.

// Names, ids, codes and subjects; bodies, notes and JSON documents may be longer.
inline constexpr qsizetype MaxNameLength = 4096;
inline constexpr qsizetype MaxTextLength = 1024 * 1024;

// --- writing -------------------------------------------------------------------------------

QJsonValue encode(bool value);
QJsonValue encode(int value);
QJsonValue encode(qint64 value);
QJsonValue encode(double value);
QJsonValue encode(const QString &value);
// The payloads that are bytes (an offer catalogue, a wallboard layout) are JSON documents in
// UTF-8, so they travel as a string; only valid UTF-8 comes back byte for byte.
QJsonValue encode(const QByteArray &value);
QJsonValue encode(const QStringList &value);
// Without this a string literal would silently become a boolean.
QJsonValue encode(const char *value) = delete;

QJsonValue encode(Channel value);
QJsonValue encode(Direction value);
QJsonValue encode(InteractionState value);
QJsonValue encode(AgentState value);
QJsonValue encode(ContactKind value);
QJsonValue encode(Segment value);
QJsonValue encode(ValueTier value);
QJsonValue encode(SenderRole value);
QJsonValue encode(WorkItemStatus value);
QJsonValue encode(Role value); // also UserRole
QJsonValue encode(ConsultStage value);
QJsonValue encode(SupervisionMode value);
QJsonValue encode(RecordingState value);
QJsonValue encode(TransferTarget::Kind value); // "agent", "queue"
QJsonValue encode(WallboardActivity value);
QJsonValue encode(WallboardFigure value);
QJsonValue encode(OfferCategory value);
QJsonValue encode(OfferConsent value);

QJsonValue encode(const SkillLevels &value); // {"billing": 7}
QJsonValue encode(const SkillRequirement &value);
QJsonValue encode(const ChannelCapacity &value);
QJsonValue encode(const Skill &value);
QJsonValue encode(const ContactPoint &value);
QJsonValue encode(const Customer &value);
QJsonValue encode(const InteractionTimes &value);
QJsonValue encode(const Interaction &value);
QJsonValue encode(const Attachment &value);
QJsonValue encode(const Message &value);
QJsonValue encode(const WorkItem &value);
QJsonValue encode(const TimelineFilter &value);
QJsonValue encode(const TimelineCursor &value);
QJsonValue encode(const TimelineItem &value);
QJsonValue encode(const TimelineItemPage &value);
QJsonValue encode(const AgentSession &value);
QJsonValue encode(const AgentStatus &value);
QJsonValue encode(const ContactSummary &value);
QJsonValue encode(const WrapUp &value);
QJsonValue encode(const DispositionOption &value);
QJsonValue encode(const CannedResponse &value);
QJsonValue encode(const TransferTarget &value);
QJsonValue encode(const InternalMessage &value);
QJsonValue encode(const NextOffer &value);
QJsonValue encode(const OfferProduct &value);
QJsonValue encode(const OfferRules &value);
QJsonValue encode(const Offer &value);
QJsonValue encode(const OfferImportSummary &value);
QJsonValue encode(const OfferReportRow &value);
QJsonValue encode(const KpiCounters &value);
QJsonValue encode(const AgentTime &value);
QJsonValue encode(const WallboardHeads &value);
QJsonValue encode(const WallboardQueue &value);
QJsonValue encode(const WallboardAgent &value);
QJsonValue encode(const WallboardSnapshot &value);
QJsonValue encode(const WallboardInterval &value);
QJsonValue encode(const WallboardIntraday &value);
QJsonValue encode(const WallboardDayTotal &value);
QJsonValue encode(const WallboardDrillDown &value);
QJsonValue encode(const WallboardContact &value);

// --- coaching (issue #6) --- docs/PROTOCOL.md, "Coaching value shapes"; implemented in
// coachingcodec.cpp. OpenedRecording's content is binary and travels as base64
// ("contentBase64"), not as encode(QByteArray)'s UTF-8 text.
QJsonValue encode(RecordingKind value);
QJsonValue encode(RecordingMarkerKind value);
QJsonValue encode(RecordingQuery::Evaluation value);
QJsonValue encode(AuditOutcome value);
QJsonValue encode(QuestionType value);
QJsonValue encode(EvaluationStatus value);
QJsonValue encode(ScoreOutcome value);
QJsonValue encode(CommentAnchorKind value);
QJsonValue encode(CoachingSessionStatus value);
QJsonValue encode(const CoachingUser &value);
QJsonValue encode(const CoachableAgent &value);
QJsonValue encode(const RecordingPause &value);
QJsonValue encode(const RecordingMarker &value);
QJsonValue encode(const Recording &value);
QJsonValue encode(const RecordingQuery &value);
QJsonValue encode(const RecordingPage &value);
QJsonValue encode(const OpenedRecording &value);
QJsonValue encode(const AuditFilter &value);
QJsonValue encode(const AuditEntry &value);
QJsonValue encode(const ScorecardQuestion &value);
QJsonValue encode(const ScorecardSection &value);
QJsonValue encode(const Scorecard &value);
QJsonValue encode(const ScorecardAnswer &value);
QJsonValue encode(const SectionScore &value);
QJsonValue encode(const ScorecardScore &value);
QJsonValue encode(const Evaluation &value);
QJsonValue encode(const CalibrationScore &value);
QJsonValue encode(const CalibrationAnswer &value);
QJsonValue encode(const QuestionDisagreement &value);
QJsonValue encode(const CalibrationReport &value);
QJsonValue encode(const ScoreTrendPoint &value);
QJsonValue encode(const CommentAnchor &value);
QJsonValue encode(const CoachingComment &value);
QJsonValue encode(const CoachingClip &value);
QJsonValue encode(const CoachingSession &value);
// --- end of coaching (issue #6) ---

template <typename T>
QJsonValue encode(const QList<T> &list);
template <typename T>
QJsonValue encode(const std::optional<T> &value); // null when empty

// The shapes the server sent before encode() existed; the same objects as encode().
QJsonObject toJson(const AgentStatus &status);
QJsonObject toJson(const ContactSummary &contact);
QJsonObject toJson(const InteractionTimes &times);
QJsonObject toJson(const WallboardSnapshot &snapshot);

// --- reading -------------------------------------------------------------------------------

// The value at `value`, or its first problem as an Error whose `field` is the path of the
// offending value ("payload.customer.contactPoints[2].kind") and whose code is
// ErrorCode::MissingField, WrongFieldType or InvalidValue (its id is left null for the caller).
//
// The rules are Fields' (protocol.h): absent and null are the same; integers are whole JSON
// numbers (not 1.5, not "1") and, unless a field says otherwise, from 0 to 2^53 - 1 (int: to
// 2^31 - 1). A decoded QString may have up to MaxTextLength characters (use decodeString() for a
// tighter limit); inside values names have up to MaxNameLength. In an object, a required field
// must be there; any other may be left out and keeps the struct's default, but if it is there
// it must be right. Keys this version does not know are ignored, so a newer peer may add some.
// A std::optional<T> is empty when the value is absent or null.
template <typename T>
std::variant<T, Error> decode(const QJsonValue &value, const QString &path);

// For parameters with limits of their own (a page size, a skill level, a body).
std::variant<qint64, Error> decodeInteger(const QJsonValue &value, const QString &path, qint64 minimum,
                                          qint64 maximum);
std::variant<QString, Error> decodeString(const QJsonValue &value, const QString &path, qsizetype maxLength);

// What decode() is made of: one overload per type, each filling `out` (which holds the
// defaults) or giving back the first problem.
namespace Detail {

std::optional<Error> read(const QJsonValue &value, const QString &path, bool &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, int &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, qint64 &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, double &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, QString &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, QByteArray &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, QStringList &out);

std::optional<Error> read(const QJsonValue &value, const QString &path, Channel &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Direction &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, InteractionState &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AgentState &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ContactKind &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Segment &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ValueTier &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, SenderRole &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WorkItemStatus &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Role &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ConsultStage &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, SupervisionMode &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingState &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TransferTarget::Kind &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardActivity &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardFigure &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferCategory &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferConsent &out);

std::optional<Error> read(const QJsonValue &value, const QString &path, SkillLevels &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, SkillRequirement &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ChannelCapacity &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Skill &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ContactPoint &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Customer &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, InteractionTimes &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Interaction &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Attachment &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Message &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WorkItem &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineFilter &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineCursor &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineItem &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineItemPage &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AgentSession &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AgentStatus &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ContactSummary &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WrapUp &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, DispositionOption &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CannedResponse &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, TransferTarget &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, InternalMessage &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, NextOffer &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferProduct &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferRules &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Offer &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferImportSummary &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OfferReportRow &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, KpiCounters &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AgentTime &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardHeads &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardQueue &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardAgent &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardSnapshot &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardInterval &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardIntraday &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardDayTotal &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardDrillDown &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardContact &out);

// --- coaching (issue #6) --- (coachingcodec.cpp)
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingKind &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingMarkerKind &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingQuery::Evaluation &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AuditOutcome &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, QuestionType &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, EvaluationStatus &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScoreOutcome &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CommentAnchorKind &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingSessionStatus &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingUser &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachableAgent &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingPause &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingMarker &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Recording &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingQuery &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingPage &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, OpenedRecording &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AuditFilter &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, AuditEntry &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardQuestion &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardSection &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Scorecard &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardAnswer &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, SectionScore &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardScore &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, Evaluation &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationScore &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationAnswer &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, QuestionDisagreement &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationReport &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, ScoreTrendPoint &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CommentAnchor &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingComment &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingClip &out);
std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingSession &out);
// --- end of coaching (issue #6) ---

template <typename T>
std::optional<Error> read(const QJsonValue &value, const QString &path, QList<T> &out);
template <typename T>
std::optional<Error> read(const QJsonValue &value, const QString &path, std::optional<T> &out);

// The parts of the templates that need no T.
std::optional<Error> readArray(const QJsonValue &value, const QString &path, QJsonArray &out);
QString elementPath(const QString &path, qsizetype index); // "payload.items[3]"

template <typename T>
std::optional<Error> read(const QJsonValue &value, const QString &path, QList<T> &out)
{
    QJsonArray array;
    if (std::optional<Error> error = readArray(value, path, array))
        return error;
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item{};
        if (std::optional<Error> error = read(array.at(i), elementPath(path, i), item))
            return error;
        out.append(std::move(item));
    }
    return std::nullopt;
}

template <typename T>
std::optional<Error> read(const QJsonValue &value, const QString &path, std::optional<T> &out)
{
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return std::nullopt;
    }
    T item{};
    if (std::optional<Error> error = read(value, path, item))
        return error;
    out = std::move(item);
    return std::nullopt;
}

} // namespace Detail

template <typename T>
QJsonValue encode(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(encode(item));
    return array;
}

template <typename T>
QJsonValue encode(const std::optional<T> &value)
{
    return value ? encode(*value) : QJsonValue(QJsonValue::Null);
}

template <typename T>
std::variant<T, Error> decode(const QJsonValue &value, const QString &path)
{
    T out{};
    if (std::optional<Error> error = Detail::read(value, path, out))
        return std::move(*error);
    return out;
}

} // namespace ContactDesk::Protocol
