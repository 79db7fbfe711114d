// The JSON of the coaching view's values (issue #6; docs/PROTOCOL.md, "Coaching value shapes"):
// recordings and their library, the audit log, scorecards, evaluations and their scores,
// calibration, timestamped comments and coaching sessions. The rules are protocolcodec.cpp's
// (protocolcodecdetail.h); the declarations are in protocolcodec.h, so that the QList and
// std::optional templates find them.
//
// core/ is a unity build: file-local names here start with "coaching" so that they cannot meet
// another file's.

#include "protocolcodec.h"
#include "protocolcodecdetail.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk::Protocol {

namespace {

QString coachingEvaluationFilterKey(RecordingQuery::Evaluation filter)
{
    switch (filter) {
    case RecordingQuery::Evaluation::Any:
        return u"any"_s;
    case RecordingQuery::Evaluation::Evaluated:
        return u"evaluated"_s;
    case RecordingQuery::Evaluation::NotEvaluated:
        return u"not-evaluated"_s;
    }
    Q_UNREACHABLE();
}

std::optional<RecordingQuery::Evaluation> coachingEvaluationFilterFromKey(QStringView key)
{
    for (auto filter : {RecordingQuery::Evaluation::Any, RecordingQuery::Evaluation::Evaluated,
                        RecordingQuery::Evaluation::NotEvaluated}) {
        if (key == coachingEvaluationFilterKey(filter))
            return filter;
    }
    return std::nullopt;
}

} // namespace

QJsonValue encode(RecordingKind value)
{
    return recordingKindKey(value);
}

QJsonValue encode(RecordingMarkerKind value)
{
    return recordingMarkerKindKey(value);
}

QJsonValue encode(RecordingQuery::Evaluation value)
{
    return coachingEvaluationFilterKey(value);
}

QJsonValue encode(AuditOutcome value)
{
    return auditOutcomeKey(value);
}

QJsonValue encode(QuestionType value)
{
    return questionTypeKey(value);
}

QJsonValue encode(EvaluationStatus value)
{
    return evaluationStatusKey(value);
}

QJsonValue encode(ScoreOutcome value)
{
    return scoreOutcomeKey(value);
}

QJsonValue encode(CommentAnchorKind value)
{
    return commentAnchorKindKey(value);
}

QJsonValue encode(CoachingSessionStatus value)
{
    return coachingSessionStatusKey(value);
}

QJsonValue encode(const CoachingUser &value)
{
    return QJsonObject{{u"userId"_s, value.userId},
                       {u"login"_s, value.login},
                       {u"displayName"_s, value.displayName},
                       {u"role"_s, encode(value.role)},
                       {u"agentId"_s, value.agentId}};
}

QJsonValue encode(const CoachableAgent &value)
{
    return QJsonObject{
        {u"agentId"_s, value.agentId}, {u"displayName"_s, value.displayName}, {u"team"_s, value.team}};
}

QJsonValue encode(const RecordingPause &value)
{
    return QJsonObject{{u"startMs"_s, value.startMs}, {u"endMs"_s, value.endMs}};
}

QJsonValue encode(const RecordingMarker &value)
{
    return QJsonObject{
        {u"kind"_s, encode(value.kind)}, {u"atMs"_s, value.atMs}, {u"durationMs"_s, value.durationMs}};
}

QJsonValue encode(const Recording &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"interactionId"_s, value.interactionId},
                       {u"agentId"_s, value.agentId},
                       {u"team"_s, value.team},
                       {u"queueId"_s, value.queueId},
                       {u"customerId"_s, value.customerId},
                       {u"channel"_s, encode(value.channel)},
                       {u"dispositionCode"_s, value.dispositionCode},
                       {u"csat"_s, encode(value.csat)},
                       {u"startedMs"_s, value.startedMs},
                       {u"durationMs"_s, value.durationMs},
                       {u"kind"_s, encode(value.kind)},
                       {u"consent"_s, value.consent},
                       {u"checksum"_s, value.checksum},
                       {u"sizeBytes"_s, value.sizeBytes},
                       {u"fileName"_s, value.fileName},
                       {u"pauses"_s, encode(value.pauses)},
                       {u"markers"_s, encode(value.markers)},
                       {u"legalHold"_s, value.legalHold},
                       {u"deletedMs"_s, encode(value.deletedMs)}};
}

QJsonValue encode(const RecordingQuery &value)
{
    QList<qint64> evaluated(value.evaluatedInteractionIds.cbegin(), value.evaluatedInteractionIds.cend());
    std::sort(evaluated.begin(), evaluated.end());
    return QJsonObject{{u"agentId"_s, value.agentId},
                       {u"team"_s, value.team},
                       {u"queueId"_s, value.queueId},
                       {u"channels"_s, encode(value.channels)},
                       {u"dispositionCodes"_s, encode(value.dispositionCodes)},
                       {u"startedFromMs"_s, value.startedFromMs},
                       {u"startedBeforeMs"_s, value.startedBeforeMs},
                       {u"minCsat"_s, encode(value.minCsat)},
                       {u"maxCsat"_s, encode(value.maxCsat)},
                       {u"minDurationMs"_s, encode(value.minDurationMs)},
                       {u"maxDurationMs"_s, encode(value.maxDurationMs)},
                       {u"evaluation"_s, encode(value.evaluation)},
                       {u"evaluatedInteractionIds"_s, encode(evaluated)},
                       {u"includeDeleted"_s, value.includeDeleted},
                       {u"limit"_s, value.limit},
                       {u"beforeStartedMs"_s, encode(value.beforeStartedMs)},
                       {u"beforeId"_s, value.beforeId}};
}

QJsonValue encode(const RecordingPage &value)
{
    return QJsonObject{{u"recordings"_s, encode(value.recordings)},
                       {u"hasMore"_s, value.hasMore},
                       {u"next"_s, encode(value.next)}};
}

QJsonValue encode(const OpenedRecording &value)
{
    return QJsonObject{{u"recording"_s, encode(value.recording)},
                       {u"contentBase64"_s, QString::fromLatin1(value.content.toBase64())}};
}

QJsonValue encode(const AuditFilter &value)
{
    return QJsonObject{{u"userId"_s, encode(value.userId)}, {u"action"_s, value.action},
                       {u"resource"_s, value.resource},     {u"outcome"_s, encode(value.outcome)},
                       {u"fromMs"_s, value.fromMs},         {u"toMs"_s, value.toMs},
                       {u"beforeId"_s, value.beforeId}};
}

QJsonValue encode(const AuditEntry &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"atMs"_s, value.atMs},
                       {u"userId"_s, value.userId},
                       {u"login"_s, value.login},
                       {u"role"_s, value.role},
                       {u"action"_s, value.action},
                       {u"resource"_s, value.resource},
                       {u"outcome"_s, value.outcome},
                       {u"detail"_s, value.detail},
                       {u"prevHash"_s, value.prevHash},
                       {u"hash"_s, value.hash}};
}

QJsonValue encode(const ScorecardQuestion &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"textEn"_s, value.textEn},
                       {u"textKo"_s, value.textKo},
                       {u"type"_s, encode(value.type)},
                       {u"maxPoints"_s, value.maxPoints},
                       {u"weight"_s, value.weight},
                       {u"critical"_s, value.critical},
                       {u"notApplicableAllowed"_s, value.notApplicableAllowed}};
}

QJsonValue encode(const ScorecardSection &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"titleEn"_s, value.titleEn},
                       {u"titleKo"_s, value.titleKo},
                       {u"questions"_s, encode(value.questions)}};
}

QJsonValue encode(const Scorecard &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"version"_s, value.version},
                       {u"nameEn"_s, value.nameEn},
                       {u"nameKo"_s, value.nameKo},
                       {u"sections"_s, encode(value.sections)}};
}

QJsonValue encode(const ScorecardAnswer &value)
{
    return QJsonObject{{u"questionId"_s, value.questionId},
                       {u"value"_s, encode(value.value)},
                       {u"notApplicable"_s, value.notApplicable},
                       {u"comment"_s, value.comment}};
}

// SectionScore and ScorecardScore: the object ScorecardScore::toJson() writes and the evaluations
// table keeps (docs/KPIS.md, "Evaluation score"), so its keys ("section" for the id) are those.
QJsonValue encode(const SectionScore &value)
{
    return QJsonObject{{u"section"_s, value.sectionId},     {u"earned"_s, value.earned},
                       {u"possible"_s, value.possible},     {u"percent"_s, encode(value.percent)},
                       {u"answered"_s, value.answered},     {u"notApplicable"_s, value.notApplicable},
                       {u"unanswered"_s, value.unanswered}, {u"criticalFailed"_s, value.criticalFailed}};
}

QJsonValue encode(const ScorecardScore &value)
{
    return QJsonObject{{u"outcome"_s, encode(value.outcome)},
                       {u"percent"_s, encode(value.percent)},
                       {u"weightedPercent"_s, encode(value.weightedPercent)},
                       {u"earned"_s, value.earned},
                       {u"possible"_s, value.possible},
                       {u"criticalFailed"_s, value.criticalFailed},
                       {u"failedCriticalQuestions"_s, encode(value.failedCriticalQuestions)},
                       {u"unansweredQuestions"_s, encode(value.unansweredQuestions)},
                       {u"sections"_s, encode(value.sections)}};
}

QJsonValue encode(const Evaluation &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"interactionId"_s, value.interactionId},
                       {u"agentId"_s, value.agentId},
                       {u"evaluatorUserId"_s, value.evaluatorUserId},
                       {u"evaluatorName"_s, value.evaluatorName},
                       {u"scorecardId"_s, value.scorecardId},
                       {u"scorecardVersion"_s, value.scorecardVersion},
                       {u"answers"_s, encode(value.answers)},
                       {u"overallComment"_s, value.overallComment},
                       {u"status"_s, encode(value.status)},
                       {u"agentComment"_s, value.agentComment},
                       {u"createdMs"_s, value.createdMs},
                       {u"updatedMs"_s, value.updatedMs},
                       {u"submittedMs"_s, value.submittedMs},
                       {u"respondedMs"_s, value.respondedMs},
                       {u"score"_s, encode(value.score)}};
}

QJsonValue encode(const CalibrationScore &value)
{
    return QJsonObject{{u"evaluationId"_s, value.evaluationId},
                       {u"evaluatorUserId"_s, value.evaluatorUserId},
                       {u"evaluatorName"_s, value.evaluatorName},
                       {u"outcome"_s, encode(value.outcome)},
                       {u"percent"_s, encode(value.percent)}};
}

QJsonValue encode(const CalibrationAnswer &value)
{
    return QJsonObject{{u"evaluationId"_s, value.evaluationId},
                       {u"value"_s, encode(value.value)},
                       {u"notApplicable"_s, value.notApplicable}};
}

QJsonValue encode(const QuestionDisagreement &value)
{
    return QJsonObject{{u"sectionId"_s, value.sectionId},
                       {u"questionId"_s, value.questionId},
                       {u"answers"_s, encode(value.answers)},
                       {u"distinctAnswers"_s, value.distinctAnswers},
                       {u"valueSpread"_s, encode(value.valueSpread)}};
}

QJsonValue encode(const CalibrationReport &value)
{
    return QJsonObject{{u"interactionId"_s, value.interactionId},
                       {u"scorecardId"_s, value.scorecardId},
                       {u"scorecardVersion"_s, value.scorecardVersion},
                       {u"scores"_s, encode(value.scores)},
                       {u"scoredCount"_s, value.scoredCount},
                       {u"mean"_s, encode(value.mean)},
                       {u"minimum"_s, encode(value.minimum)},
                       {u"maximum"_s, encode(value.maximum)},
                       {u"spread"_s, encode(value.spread)},
                       {u"standardDeviation"_s, encode(value.standardDeviation)},
                       {u"disagreements"_s, encode(value.disagreements)}};
}

QJsonValue encode(const ScoreTrendPoint &value)
{
    return QJsonObject{
        {u"evaluationId"_s, value.evaluationId},        {u"interactionId"_s, value.interactionId},
        {u"submittedMs"_s, value.submittedMs},          {u"percent"_s, value.percent},
        {u"criticalFailed"_s, value.criticalFailed},    {u"scorecardId"_s, value.scorecardId},
        {u"scorecardVersion"_s, value.scorecardVersion}};
}

QJsonValue encode(const CommentAnchor &value)
{
    return QJsonObject{{u"kind"_s, encode(value.kind)},
                       {u"positionMs"_s, value.positionMs},
                       {u"messageId"_s, value.messageId}};
}

QJsonValue encode(const CoachingComment &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"interactionId"_s, value.interactionId},
                       {u"authorUserId"_s, value.authorUserId},
                       {u"authorName"_s, value.authorName},
                       {u"body"_s, value.body},
                       {u"anchor"_s, encode(value.anchor)},
                       {u"createdMs"_s, value.createdMs}};
}

QJsonValue encode(const CoachingClip &value)
{
    return QJsonObject{{u"interactionId"_s, value.interactionId},
                       {u"startMs"_s, value.startMs},
                       {u"endMs"_s, value.endMs},
                       {u"note"_s, value.note}};
}

QJsonValue encode(const CoachingSession &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"agentId"_s, value.agentId},
                       {u"leadUserId"_s, value.leadUserId},
                       {u"title"_s, value.title},
                       {u"notes"_s, value.notes},
                       {u"dueMs"_s, value.dueMs},
                       {u"status"_s, encode(value.status)},
                       {u"evaluationIds"_s, encode(value.evaluationIds)},
                       {u"clips"_s, encode(value.clips)},
                       {u"createdMs"_s, value.createdMs},
                       {u"updatedMs"_s, value.updatedMs}};
}

namespace Detail {

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingKind &out)
{
    return readKey(value, path, "recording kind", recordingKindFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingMarkerKind &out)
{
    return readKey(value, path, "marker kind", recordingMarkerKindFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingQuery::Evaluation &out)
{
    return readKey(value, path, "evaluation filter", coachingEvaluationFilterFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AuditOutcome &out)
{
    return readKey(value, path, "audit outcome", auditOutcomeFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, QuestionType &out)
{
    return readKey(value, path, "question type", questionTypeFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, EvaluationStatus &out)
{
    return readKey(value, path, "evaluation status", evaluationStatusFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScoreOutcome &out)
{
    return readKey(value, path, "score outcome", scoreOutcomeFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CommentAnchorKind &out)
{
    return readKey(value, path, "anchor kind", commentAnchorKindFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingSessionStatus &out)
{
    return readKey(value, path, "session status", coachingSessionStatusFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingUser &out)
{
    ObjectReader object(value, path);
    object.field(u"userId", out.userId, Presence::Required);
    object.name(u"login", out.login);
    object.name(u"displayName", out.displayName);
    object.field(u"role", out.role);
    object.field(u"agentId", out.agentId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachableAgent &out)
{
    ObjectReader object(value, path);
    object.field(u"agentId", out.agentId, Presence::Required);
    object.name(u"displayName", out.displayName);
    object.name(u"team", out.team);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingPause &out)
{
    ObjectReader object(value, path);
    object.field(u"startMs", out.startMs, Presence::Required);
    object.field(u"endMs", out.endMs, Presence::Required);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingMarker &out)
{
    ObjectReader object(value, path);
    object.required(u"kind", out.kind);
    object.field(u"atMs", out.atMs);
    object.field(u"durationMs", out.durationMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Recording &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.field(u"agentId", out.agentId);
    object.name(u"team", out.team);
    object.name(u"queueId", out.queueId);
    object.field(u"customerId", out.customerId);
    object.field(u"channel", out.channel);
    object.name(u"dispositionCode", out.dispositionCode);
    object.integer(u"csat", out.csat, 1, 5);
    object.field(u"startedMs", out.startedMs);
    object.field(u"durationMs", out.durationMs);
    object.field(u"kind", out.kind);
    object.field(u"consent", out.consent);
    object.name(u"checksum", out.checksum);
    object.field(u"sizeBytes", out.sizeBytes);
    object.name(u"fileName", out.fileName);
    object.field(u"pauses", out.pauses);
    object.field(u"markers", out.markers);
    object.field(u"legalHold", out.legalHold);
    object.field(u"deletedMs", out.deletedMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingQuery &out)
{
    ObjectReader object(value, path);
    object.field(u"agentId", out.agentId);
    object.name(u"team", out.team);
    object.name(u"queueId", out.queueId);
    object.field(u"channels", out.channels);
    object.field(u"dispositionCodes", out.dispositionCodes);
    object.field(u"startedFromMs", out.startedFromMs);
    object.field(u"startedBeforeMs", out.startedBeforeMs);
    object.integer(u"minCsat", out.minCsat, 1, 5);
    object.integer(u"maxCsat", out.maxCsat, 1, 5);
    object.field(u"minDurationMs", out.minDurationMs);
    object.field(u"maxDurationMs", out.maxDurationMs);
    object.field(u"evaluation", out.evaluation);
    QList<qint64> evaluated;
    object.field(u"evaluatedInteractionIds", evaluated);
    out.evaluatedInteractionIds = QSet<qint64>(evaluated.cbegin(), evaluated.cend());
    object.field(u"includeDeleted", out.includeDeleted);
    object.integer(u"limit", out.limit, 1, 500);
    object.field(u"beforeStartedMs", out.beforeStartedMs);
    object.field(u"beforeId", out.beforeId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingPage &out)
{
    ObjectReader object(value, path);
    object.field(u"recordings", out.recordings);
    object.field(u"hasMore", out.hasMore);
    object.field(u"next", out.next);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OpenedRecording &out)
{
    ObjectReader object(value, path);
    object.required(u"recording", out.recording);
    QString base64;
    if (const QJsonValue content = object.object().value(u"contentBase64"); !isAbsent(content)) {
        const QString field = fieldPath(path, u"contentBase64");
        if (!content.isString()) {
            object.fail(wrongType(content, field, u"a string"_s));
        } else {
            auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                object.fail(invalid(field, u"not base64"_s));
            else
                out.content = std::move(*decoded);
        }
    }
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AuditFilter &out)
{
    ObjectReader object(value, path);
    object.field(u"userId", out.userId);
    object.name(u"action", out.action);
    object.name(u"resource", out.resource);
    object.field(u"outcome", out.outcome);
    object.field(u"fromMs", out.fromMs);
    object.field(u"toMs", out.toMs);
    object.field(u"beforeId", out.beforeId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AuditEntry &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id, Presence::Required);
    object.field(u"atMs", out.atMs);
    object.field(u"userId", out.userId);
    object.name(u"login", out.login);
    object.name(u"role", out.role);
    object.name(u"action", out.action);
    object.name(u"resource", out.resource);
    object.name(u"outcome", out.outcome);
    object.text(u"detail", out.detail);
    object.name(u"prevHash", out.prevHash);
    object.name(u"hash", out.hash);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardQuestion &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.text(u"textEn", out.textEn);
    object.text(u"textKo", out.textKo);
    object.field(u"type", out.type);
    object.integer(u"maxPoints", out.maxPoints, 0, ScorecardQuestion::MaxPoints);
    object.field(u"weight", out.weight);
    object.field(u"critical", out.critical);
    object.field(u"notApplicableAllowed", out.notApplicableAllowed);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardSection &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.name(u"titleEn", out.titleEn);
    object.name(u"titleKo", out.titleKo);
    object.field(u"questions", out.questions);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Scorecard &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.field(u"version", out.version);
    object.name(u"nameEn", out.nameEn);
    object.name(u"nameKo", out.nameKo);
    object.field(u"sections", out.sections);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardAnswer &out)
{
    ObjectReader object(value, path);
    object.name(u"questionId", out.questionId, Presence::Required);
    object.field(u"value", out.value);
    object.field(u"notApplicable", out.notApplicable);
    object.text(u"comment", out.comment);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, SectionScore &out)
{
    ObjectReader object(value, path);
    object.name(u"section", out.sectionId, Presence::Required);
    object.field(u"earned", out.earned);
    object.field(u"possible", out.possible);
    object.field(u"percent", out.percent);
    object.field(u"answered", out.answered);
    object.field(u"notApplicable", out.notApplicable);
    object.field(u"unanswered", out.unanswered);
    object.field(u"criticalFailed", out.criticalFailed);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScorecardScore &out)
{
    ObjectReader object(value, path);
    object.required(u"outcome", out.outcome);
    object.field(u"percent", out.percent);
    object.field(u"weightedPercent", out.weightedPercent);
    object.field(u"earned", out.earned);
    object.field(u"possible", out.possible);
    object.field(u"criticalFailed", out.criticalFailed);
    object.field(u"failedCriticalQuestions", out.failedCriticalQuestions);
    object.field(u"unansweredQuestions", out.unansweredQuestions);
    object.field(u"sections", out.sections);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Evaluation &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.field(u"agentId", out.agentId);
    object.field(u"evaluatorUserId", out.evaluatorUserId);
    object.name(u"evaluatorName", out.evaluatorName);
    object.name(u"scorecardId", out.scorecardId, Presence::Required);
    object.field(u"scorecardVersion", out.scorecardVersion);
    object.field(u"answers", out.answers);
    object.text(u"overallComment", out.overallComment);
    object.field(u"status", out.status);
    object.text(u"agentComment", out.agentComment);
    object.field(u"createdMs", out.createdMs);
    object.field(u"updatedMs", out.updatedMs);
    object.field(u"submittedMs", out.submittedMs);
    object.field(u"respondedMs", out.respondedMs);
    object.field(u"score", out.score);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationScore &out)
{
    ObjectReader object(value, path);
    object.field(u"evaluationId", out.evaluationId, Presence::Required);
    object.field(u"evaluatorUserId", out.evaluatorUserId);
    object.name(u"evaluatorName", out.evaluatorName);
    object.field(u"outcome", out.outcome);
    object.field(u"percent", out.percent);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationAnswer &out)
{
    ObjectReader object(value, path);
    object.field(u"evaluationId", out.evaluationId, Presence::Required);
    object.field(u"value", out.value);
    object.field(u"notApplicable", out.notApplicable);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, QuestionDisagreement &out)
{
    ObjectReader object(value, path);
    object.name(u"sectionId", out.sectionId);
    object.name(u"questionId", out.questionId, Presence::Required);
    object.field(u"answers", out.answers);
    object.field(u"distinctAnswers", out.distinctAnswers);
    object.field(u"valueSpread", out.valueSpread);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CalibrationReport &out)
{
    ObjectReader object(value, path);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.name(u"scorecardId", out.scorecardId);
    object.field(u"scorecardVersion", out.scorecardVersion);
    object.field(u"scores", out.scores);
    object.field(u"scoredCount", out.scoredCount);
    object.field(u"mean", out.mean);
    object.field(u"minimum", out.minimum);
    object.field(u"maximum", out.maximum);
    object.field(u"spread", out.spread);
    object.field(u"standardDeviation", out.standardDeviation);
    object.field(u"disagreements", out.disagreements);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ScoreTrendPoint &out)
{
    ObjectReader object(value, path);
    object.field(u"evaluationId", out.evaluationId, Presence::Required);
    object.field(u"interactionId", out.interactionId);
    object.field(u"submittedMs", out.submittedMs);
    object.field(u"percent", out.percent);
    object.field(u"criticalFailed", out.criticalFailed);
    object.name(u"scorecardId", out.scorecardId);
    object.field(u"scorecardVersion", out.scorecardVersion);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CommentAnchor &out)
{
    ObjectReader object(value, path);
    object.required(u"kind", out.kind);
    object.field(u"positionMs", out.positionMs);
    object.field(u"messageId", out.messageId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingComment &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.field(u"authorUserId", out.authorUserId);
    object.name(u"authorName", out.authorName);
    object.text(u"body", out.body, Presence::Required);
    object.required(u"anchor", out.anchor);
    object.field(u"createdMs", out.createdMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingClip &out)
{
    ObjectReader object(value, path);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.field(u"startMs", out.startMs);
    object.field(u"endMs", out.endMs);
    object.text(u"note", out.note);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CoachingSession &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"agentId", out.agentId, Presence::Required);
    object.field(u"leadUserId", out.leadUserId);
    object.name(u"title", out.title, Presence::Required);
    object.text(u"notes", out.notes);
    object.field(u"dueMs", out.dueMs);
    object.field(u"status", out.status);
    object.field(u"evaluationIds", out.evaluationIds);
    object.field(u"clips", out.clips);
    object.field(u"createdMs", out.createdMs);
    object.field(u"updatedMs", out.updatedMs);
    return object.error();
}

} // namespace Detail

} // namespace ContactDesk::Protocol
