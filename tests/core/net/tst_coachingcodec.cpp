#include "net/protocolcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <concepts>
#include <functional>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

// encode() then decode<T>(): the value that comes back, or the test fails with the error.
template <typename T>
std::optional<T> roundTrip(const T &value)
{
    auto decoded = Protocol::decode<T>(Protocol::encode(value), u"payload.value"_s);
    if (auto *error = std::get_if<Protocol::Error>(&decoded)) {
        qWarning("%s: %s", qPrintable(error->code), qPrintable(error->message));
        return std::nullopt;
    }
    return std::get<T>(std::move(decoded));
}

template <typename T>
QString errorOf(const QJsonValue &value, QString *field = nullptr)
{
    auto decoded = Protocol::decode<T>(value, u"payload.value"_s);
    auto *error = std::get_if<Protocol::Error>(&decoded);
    if (!error)
        return QString();
    if (field)
        *field = error->field;
    return error->code;
}

Recording sampleRecording()
{
    Recording recording;
    recording.id = 41;
    recording.interactionId = 108;
    recording.agentId = 3;
    recording.team = u"고객 유지팀"_s;
    recording.queueId = u"retention"_s;
    recording.customerId = 12;
    recording.channel = Channel::Chat;
    recording.dispositionCode = u"resolved"_s;
    recording.csat = 4;
    recording.startedMs = 1'764'633'600'000;
    recording.durationMs = 142'000;
    recording.kind = RecordingKind::Transcript;
    recording.checksum = QString(64, u'a');
    recording.sizeBytes = 2048;
    recording.fileName = u"41.cdrec"_s;
    recording.pauses = {RecordingPause{50'000, 57'000}};
    recording.markers = {RecordingMarker{RecordingMarkerKind::Hold, 44'000, 70'000},
                         RecordingMarker{RecordingMarkerKind::Pause, 114'000, 0}};
    recording.legalHold = true;
    recording.deletedMs = 1'764'700'000'000;
    return recording;
}

bool sameRecording(const Recording &a, const Recording &b)
{
    return a.id == b.id && a.interactionId == b.interactionId && a.agentId == b.agentId && a.team == b.team
           && a.queueId == b.queueId && a.customerId == b.customerId && a.channel == b.channel
           && a.dispositionCode == b.dispositionCode && a.csat == b.csat && a.startedMs == b.startedMs
           && a.durationMs == b.durationMs && a.kind == b.kind && a.consent == b.consent
           && a.checksum == b.checksum && a.sizeBytes == b.sizeBytes && a.fileName == b.fileName
           && a.pauses == b.pauses && a.markers == b.markers && a.legalHold == b.legalHold
           && a.deletedMs == b.deletedMs;
}

Scorecard sampleScorecard()
{
    Scorecard form;
    form.id = u"customer-service-call"_s;
    form.version = 2;
    form.nameEn = u"Customer service call"_s;
    form.nameKo = u"고객 상담 통화"_s;
    ScorecardSection section;
    section.id = u"opening"_s;
    section.titleEn = u"Opening"_s;
    section.titleKo = u"오프닝"_s;
    ScorecardQuestion greeting;
    greeting.id = u"greeting"_s;
    greeting.textEn = u"Greeted the customer"_s;
    greeting.textKo = u"고객에게 인사했다"_s;
    greeting.critical = true;
    ScorecardQuestion solution;
    solution.id = u"solution"_s;
    solution.textEn = u"Gave a solution"_s;
    solution.type = QuestionType::Points;
    solution.maxPoints = 10;
    solution.weight = 2.5;
    solution.notApplicableAllowed = true;
    section.questions = {greeting, solution};
    form.sections = {section};
    return form;
}

// --- every type whole: fixtures with every field set, and the checks over the wire -----------

constexpr qint64 CoachingAt = 1'764'633'600'000; // 2025-12-02 00:00 UTC

// What the other end of a WebSocket gets: the value as text, parsed again.
QJsonValue coachingOverTheWire(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(text).array().at(0);
}

QString coachingJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Empty when `value` comes back equal (operator== where the type has one; otherwise the second
// encoding, which writes every field, must be the first).
template <typename T>
QString wholeRoundTrip(const T &value)
{
    const QJsonValue encoded = Protocol::encode(value);
    auto decoded = Protocol::decode<T>(coachingOverTheWire(encoded), u"payload.x"_s);
    if (const auto *error = std::get_if<Protocol::Error>(&decoded))
        return u"%1 did not decode: %2 (%3)"_s.arg(coachingJson(encoded), error->message, error->code);
    const T &back = std::get<T>(decoded);
    if constexpr (std::equality_comparable<T>) {
        if (!(back == value))
            return u"not equal after the round trip: %1"_s.arg(coachingJson(Protocol::encode(back)));
    }
    if (Protocol::encode(back) != encoded) {
        return u"sent %1, got back %2"_s.arg(coachingJson(encoded), coachingJson(Protocol::encode(back)));
    }
    return {};
}

using CoachingCheck = std::function<QString()>;

template <typename T>
CoachingCheck wholeRow(const T &value)
{
    return [value] { return wholeRoundTrip(value); };
}

// The error decoding `input` as T at "payload.x" gives: "code field", or "decoded".
template <typename T>
CoachingCheck errorRow(const QJsonValue &input, const QString &code, const QString &field)
{
    return [input, code, field]() -> QString {
        auto decoded = Protocol::decode<T>(input, u"payload.x"_s);
        const auto *error = std::get_if<Protocol::Error>(&decoded);
        if (!error)
            return u"decoded without an error; expected %1 at %2"_s.arg(code, field);
        if (error->code != code || error->field != field)
            return u"got %1 at %2 (%3); expected %4 at %5"_s.arg(error->code, error->field, error->message,
                                                                 code, field);
        if (!error->message.startsWith(field))
            return u"the message does not name the field: "_s + error->message;
        return {};
    };
}

CoachingUser fullCoachingUser()
{
    return CoachingUser{7, u"dong.seo"_s, u"서동현"_s, Role::Supervisor, 3};
}

CoachableAgent fullCoachableAgent()
{
    return CoachableAgent{3, u"박서연"_s, u"고객 유지팀"_s};
}

Recording fullRecording()
{
    Recording recording = sampleRecording();
    recording.consent = false; // not the default
    return recording;
}

RecordingQuery fullRecordingQuery()
{
    RecordingQuery query;
    query.agentId = 3;
    query.team = u"북부"_s;
    query.queueId = u"retention"_s;
    query.channels = {Channel::Voice, Channel::Social};
    query.dispositionCodes = {u"resolved"_s, u"환불"_s};
    query.startedFromMs = CoachingAt - 86'400'000;
    query.startedBeforeMs = CoachingAt;
    query.minCsat = 2;
    query.maxCsat = 5;
    query.minDurationMs = 10'000;
    query.maxDurationMs = 600'000;
    query.evaluation = RecordingQuery::Evaluation::Evaluated;
    query.evaluatedInteractionIds = {108, 5, 77};
    query.includeDeleted = true;
    query.limit = 500;
    query.beforeStartedMs = CoachingAt - 1;
    query.beforeId = 40;
    return query;
}

RecordingPage fullRecordingPage()
{
    RecordingPage page;
    Recording other = fullRecording();
    other.id = 40;
    other.csat.reset();
    other.deletedMs.reset();
    page.recordings = {fullRecording(), other};
    page.hasMore = true;
    page.next = fullRecordingQuery();
    return page;
}

AuditFilter fullAuditFilter()
{
    AuditFilter filter;
    filter.userId = 2;
    filter.action = u"recording.export"_s;
    filter.resource = u"recording:41"_s;
    filter.outcome = AuditOutcome::Failed;
    filter.fromMs = CoachingAt - 1000;
    filter.toMs = CoachingAt;
    filter.beforeId = 99;
    return filter;
}

AuditEntry fullAuditEntry()
{
    return AuditEntry{12,
                      CoachingAt,
                      2,
                      u"sue"_s,
                      u"supervisor"_s,
                      u"recording.delete"_s,
                      u"recording:41"_s,
                      u"denied"_s,
                      u"사유: 중복 업로드"_s,
                      QString(64, u'0'),
                      QString(64, u'f')};
}

ScorecardScore fullScore()
{
    ScorecardScore score;
    score.outcome = ScoreOutcome::CriticalFailed;
    score.percent = 0.0;
    score.weightedPercent = 71.25;
    score.earned = 2.85;
    score.possible = 4;
    score.criticalFailed = true;
    score.failedCriticalQuestions = {u"greeting"_s, u"identity"_s};
    score.unansweredQuestions = {u"closing"_s, u"summary"_s};
    SectionScore opening{u"opening"_s, 0.85, 1, 85.0, 2, 1, 0, true};
    SectionScore closing{u"closing"_s, 0, 0, std::nullopt, 0, 0, 2, false};
    score.sections = {opening, closing};
    return score;
}

Evaluation fullEvaluation()
{
    Evaluation evaluation;
    evaluation.id = 9;
    evaluation.interactionId = 108;
    evaluation.agentId = 3;
    evaluation.evaluatorUserId = 7;
    evaluation.evaluatorName = u"서동현"_s;
    evaluation.scorecardId = u"customer-service-call"_s;
    evaluation.scorecardVersion = 2;
    ScorecardAnswer unanswered;
    unanswered.questionId = u"closing"_s;
    unanswered.comment = u"아직"_s;
    evaluation.answers = {ScorecardAnswer::of(u"greeting"_s, 0, u"인사 없음"_s),
                          ScorecardAnswer::na(u"solution"_s, u"n/a"_s), unanswered};
    evaluation.overallComment = u"전반적으로 좋습니다"_s;
    evaluation.status = EvaluationStatus::Acknowledged;
    evaluation.agentComment = u"감사합니다"_s;
    evaluation.createdMs = CoachingAt + 1;
    evaluation.updatedMs = CoachingAt + 2;
    evaluation.submittedMs = CoachingAt + 3;
    evaluation.respondedMs = CoachingAt + 4;
    evaluation.score = fullScore();
    return evaluation;
}

CalibrationReport fullCalibration()
{
    CalibrationReport report;
    report.interactionId = 108;
    report.scorecardId = u"customer-service-call"_s;
    report.scorecardVersion = 3;
    report.scores = {CalibrationScore{9, 7, u"서동현"_s, ScoreOutcome::Scored, 85.5},
                     CalibrationScore{10, 8, u"Mia"_s, ScoreOutcome::NotApplicable, std::nullopt}};
    report.scoredCount = 2;
    report.mean = 80.25;
    report.minimum = 75.0;
    report.maximum = 85.5;
    report.spread = 10.5;
    report.standardDeviation = 5.25;
    QuestionDisagreement greeting{u"opening"_s,
                                  u"greeting"_s,
                                  {CalibrationAnswer{9, 1, false}, CalibrationAnswer{10, std::nullopt, true}},
                                  2,
                                  0};
    QuestionDisagreement solution{
        u"body"_s, u"solution"_s, {CalibrationAnswer{9, 10, false}, CalibrationAnswer{10, 3, false}}, 2, 7};
    report.disagreements = {greeting, solution};
    return report;
}

CoachingComment fullComment()
{
    CoachingComment comment;
    comment.id = 17;
    comment.interactionId = 108;
    comment.authorUserId = 7;
    comment.authorName = u"서동현"_s;
    comment.body = u"보류 전에 고객에게 양해를 구한 점이 좋습니다."_s;
    comment.anchor = CommentAnchor{CommentAnchorKind::TranscriptMessage, 44'000, 55};
    comment.createdMs = CoachingAt;
    return comment;
}

CoachingSession fullCoachingSession()
{
    CoachingSession session;
    session.id = 4;
    session.agentId = 3;
    session.leadUserId = 7;
    session.title = u"보류 안내"_s;
    session.notes = u"통화 보류 전에 안내하기"_s;
    session.dueMs = CoachingAt + 86'400'000;
    session.status = CoachingSessionStatus::Done;
    session.evaluationIds = {10, 9};
    session.clips = {CoachingClip{108, 40'000, 60'000, u"여기"_s}, CoachingClip{109, 0, 1, QString()}};
    session.createdMs = CoachingAt + 1;
    session.updatedMs = CoachingAt + 2;
    return session;
}

} // namespace

Q_DECLARE_METATYPE(CoachingCheck)

namespace {} // namespace

// The coaching values of protocol v1 (docs/PROTOCOL.md, "Coaching value shapes"): each one
// survives encode() and decode() whole, and malformed ones get typed errors with their path.
class TestCoachingCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeWhole_data();
    void everyTypeWhole() { runCheck(); }
    void typedErrors_data();
    void typedErrors() { runCheck(); }
    void evaluatedIdsAreASortedArray();
    void contentIsBase64NotText();

    void usersAndAgents()
    {
        const CoachingUser user{7, u"dong.seo"_s, u"서동현"_s, Role::TeamLead, 3};
        QCOMPARE(roundTrip(user), std::optional<CoachingUser>(user));
        const CoachableAgent agent{3, u"박서연"_s, u"UI test"_s};
        QCOMPARE(roundTrip(agent), std::optional<CoachableAgent>(agent));
        QCOMPARE(errorOf<CoachingUser>(QJsonObject{{u"login"_s, u"x"_s}}), u"missing-field"_s);
    }

    void recordingsAndPages()
    {
        const Recording recording = sampleRecording();
        const auto back = roundTrip(recording);
        QVERIFY(back);
        QVERIFY(sameRecording(*back, recording));

        RecordingQuery query;
        query.agentId = 3;
        query.team = u"north"_s;
        query.channels = {Channel::Voice, Channel::Email};
        query.dispositionCodes = {u"resolved"_s};
        query.minCsat = 2;
        query.maxDurationMs = 600'000;
        query.evaluation = RecordingQuery::Evaluation::NotEvaluated;
        query.evaluatedInteractionIds = {108, 5};
        query.includeDeleted = true;
        query.limit = 20;
        query.beforeStartedMs = 1'764'633'600'000;
        query.beforeId = 40;
        RecordingPage page;
        page.recordings = {recording};
        page.hasMore = true;
        page.next = query;
        const auto pageBack = roundTrip(page);
        QVERIFY(pageBack);
        QCOMPARE(pageBack->recordings.size(), 1);
        QVERIFY(sameRecording(pageBack->recordings.first(), recording));
        QVERIFY(pageBack->hasMore);
        const RecordingQuery &next = pageBack->next;
        QCOMPARE(next.agentId, 3);
        QCOMPARE(next.channels, query.channels);
        QCOMPARE(next.minCsat, std::optional<int>(2));
        QCOMPARE(next.maxCsat, std::optional<int>());
        QCOMPARE(next.maxDurationMs, query.maxDurationMs);
        QCOMPARE(next.evaluation, RecordingQuery::Evaluation::NotEvaluated);
        QCOMPARE(next.evaluatedInteractionIds, query.evaluatedInteractionIds);
        QCOMPARE(next.limit, 20);
        QCOMPARE(next.beforeStartedMs, query.beforeStartedMs);
        QCOMPARE(next.beforeId, qint64(40));

        QString field;
        QCOMPARE(errorOf<RecordingQuery>(QJsonObject{{u"channels"_s, QJsonArray{u"fax"_s}}}, &field),
                 u"invalid-value"_s);
        QCOMPARE(field, u"payload.value.channels[0]"_s);
        QCOMPARE(errorOf<RecordingQuery>(QJsonObject{{u"limit"_s, 501}}), u"invalid-value"_s);
        QCOMPARE(errorOf<RecordingQuery>(QJsonObject{{u"evaluation"_s, u"maybe"_s}}), u"invalid-value"_s);
        QCOMPARE(errorOf<Recording>(QJsonObject{{u"interactionId"_s, u"108"_s}}, &field),
                 u"wrong-field-type"_s);
        QCOMPARE(field, u"payload.value.interactionId"_s);
        QCOMPARE(errorOf<Recording>(QJsonObject{{u"interactionId"_s, 1}, {u"team"_s, QString(5000, u't')}}),
                 u"invalid-value"_s);
    }

    void openedRecordingsCarryBytes()
    {
        OpenedRecording opened{sampleRecording(), QByteArray("RIFF\x00\x01\xff\xfe", 8)};
        const auto back = roundTrip(opened);
        QVERIFY(back);
        QCOMPARE(back->content, opened.content);
        QVERIFY(sameRecording(back->recording, opened.recording));
        QString field;
        const QJsonObject recording = Protocol::encode(sampleRecording()).toObject();
        QCOMPARE(
            errorOf<OpenedRecording>(
                QJsonObject{{u"recording"_s, recording}, {u"contentBase64"_s, u"not base64!"_s}}, &field),
            u"invalid-value"_s);
        QCOMPARE(field, u"payload.value.contentBase64"_s);
        QCOMPARE(errorOf<OpenedRecording>(QJsonObject{{u"contentBase64"_s, u"AAAA"_s}}), u"missing-field"_s);
    }

    void auditLog()
    {
        AuditFilter filter;
        filter.userId = 0;
        filter.action = u"recording.play"_s;
        filter.outcome = AuditOutcome::Denied;
        filter.fromMs = 5;
        filter.beforeId = 99;
        const auto back = roundTrip(filter);
        QVERIFY(back);
        QCOMPARE(back->userId, std::optional<qint64>(0));
        QCOMPARE(back->outcome, std::optional<AuditOutcome>(AuditOutcome::Denied));
        QCOMPARE(back->beforeId, qint64(99));
        QCOMPARE(roundTrip(AuditFilter())->userId, std::optional<qint64>());

        AuditEntry entry{12,
                         1'764'633'600'000,
                         2,
                         u"sue"_s,
                         u"supervisor"_s,
                         u"recording.export"_s,
                         u"recording:41"_s,
                         u"done"_s,
                         u"audio, 2048 bytes, to /tmp/x.wav"_s,
                         QString(64, u'0'),
                         QString(64, u'f')};
        const auto entryBack = roundTrip(entry);
        QVERIFY(entryBack);
        QCOMPARE(entryBack->detail, entry.detail);
        QCOMPARE(entryBack->hash, entry.hash);
        QCOMPARE(errorOf<AuditFilter>(QJsonObject{{u"outcome"_s, u"maybe"_s}}), u"invalid-value"_s);
    }

    void scorecardsAndEvaluations()
    {
        const Scorecard form = sampleScorecard();
        QCOMPARE(roundTrip(form), std::optional<Scorecard>(form));

        Evaluation evaluation;
        evaluation.id = 9;
        evaluation.interactionId = 108;
        evaluation.agentId = 3;
        evaluation.evaluatorUserId = 7;
        evaluation.evaluatorName = u"서동현"_s;
        evaluation.scorecardId = form.id;
        evaluation.scorecardVersion = 2;
        evaluation.answers = {ScorecardAnswer::of(u"greeting"_s, 1, u"좋아요"_s),
                              ScorecardAnswer::na(u"solution"_s)};
        evaluation.overallComment = u"Well done"_s;
        evaluation.status = EvaluationStatus::Disputed;
        evaluation.agentComment = u"I did explain it"_s;
        evaluation.createdMs = 1;
        evaluation.updatedMs = 2;
        evaluation.submittedMs = 3;
        evaluation.respondedMs = 4;
        auto score = ScorecardScoring::score(form, evaluation.answers);
        QVERIFY(score);
        evaluation.score = score.value();
        const auto back = roundTrip(evaluation);
        QVERIFY(back);
        QCOMPARE(back->answers, evaluation.answers);
        QCOMPARE(back->status, EvaluationStatus::Disputed);
        QCOMPARE(back->score, evaluation.score);
        QCOMPARE(back->respondedMs, qint64(4));
        QCOMPARE(back->evaluatorName, evaluation.evaluatorName);

        QString field;
        QCOMPARE(errorOf<Evaluation>(QJsonObject{{u"interactionId"_s, 1}}, &field), u"missing-field"_s);
        QCOMPARE(field, u"payload.value.scorecardId"_s);
        QCOMPARE(errorOf<Evaluation>(QJsonObject{{u"interactionId"_s, 1},
                                                 {u"scorecardId"_s, u"f"_s},
                                                 {u"answers"_s, QJsonArray{QJsonObject{{u"value"_s, 1}}}}},
                                     &field),
                 u"missing-field"_s);
        QCOMPARE(field, u"payload.value.answers[0].questionId"_s);
        QCOMPARE(errorOf<Scorecard>(
                     QJsonObject{{u"id"_s, u"f"_s},
                                 {u"sections"_s,
                                  QJsonArray{QJsonObject{
                                      {u"id"_s, u"s"_s},
                                      {u"questions"_s, QJsonArray{QJsonObject{{u"id"_s, u"q"_s},
                                                                              {u"type"_s, u"stars"_s}}}}}}}},
                     &field),
                 u"invalid-value"_s);
        QCOMPARE(field, u"payload.value.sections[0].questions[0].type"_s);
        QCOMPARE(errorOf<Evaluation>(QJsonObject{{u"interactionId"_s, 1},
                                                 {u"scorecardId"_s, u"f"_s},
                                                 {u"score"_s, QJsonObject{{u"outcome"_s, u"great"_s}}}}),
                 u"invalid-value"_s);
    }

    void calibrationAndTrend()
    {
        CalibrationReport report;
        report.interactionId = 108;
        report.scorecardId = u"customer-service-call"_s;
        report.scorecardVersion = 1;
        report.scores = {CalibrationScore{9, 7, u"서동현"_s, ScoreOutcome::Scored, 85.0},
                         CalibrationScore{10, 8, u"Mia"_s, ScoreOutcome::NotApplicable, std::nullopt}};
        report.scoredCount = 1;
        report.mean = 85.0;
        report.spread = 0.0;
        QuestionDisagreement disagreement;
        disagreement.sectionId = u"opening"_s;
        disagreement.questionId = u"greeting"_s;
        disagreement.answers = {CalibrationAnswer{9, 1, false}, CalibrationAnswer{10, std::nullopt, true}};
        disagreement.distinctAnswers = 2;
        disagreement.valueSpread = 0;
        report.disagreements = {disagreement};
        const auto back = roundTrip(report);
        QVERIFY(back);
        QCOMPARE(back->scores.size(), 2);
        QCOMPARE(back->scores.at(0).percent, std::optional<double>(85.0));
        QCOMPARE(back->scores.at(1).percent, std::optional<double>());
        QCOMPARE(back->scores.at(1).outcome, ScoreOutcome::NotApplicable);
        QCOMPARE(back->mean, report.mean);
        QCOMPARE(back->minimum, std::optional<double>());
        QCOMPARE(back->disagreements.size(), 1);
        QCOMPARE(back->disagreements.first().answers.at(1).notApplicable, true);
        QCOMPARE(back->disagreements.first().valueSpread, std::optional<int>(0));

        const ScoreTrendPoint point{9, 108, 1'764'633'600'000, 62.5, true, u"customer-service-call"_s, 2};
        const auto pointBack = roundTrip(point);
        QVERIFY(pointBack);
        QCOMPARE(pointBack->percent, 62.5);
        QVERIFY(pointBack->criticalFailed);
        QCOMPARE(pointBack->scorecardVersion, 2);
    }

    void commentsAndSessions()
    {
        CoachingComment comment;
        comment.id = 17;
        comment.interactionId = 108;
        comment.authorUserId = 7;
        comment.authorName = u"서동현"_s;
        comment.body = u"보류 전에 고객에게 양해를 구한 점이 좋습니다."_s;
        comment.anchor = CommentAnchor::atMessage(55);
        comment.createdMs = 9;
        const auto back = roundTrip(comment);
        QVERIFY(back);
        QCOMPARE(back->anchor, comment.anchor);
        QCOMPARE(back->body, comment.body);
        QString field;
        QCOMPARE(errorOf<CoachingComment>(QJsonObject{{u"interactionId"_s, 1},
                                                      {u"body"_s, u"x"_s},
                                                      {u"anchor"_s, QJsonObject{{u"kind"_s, u"page"_s}}}},
                                          &field),
                 u"invalid-value"_s);
        QCOMPARE(field, u"payload.value.anchor.kind"_s);

        CoachingSession session;
        session.id = 4;
        session.agentId = 3;
        session.leadUserId = 7;
        session.title = u"보류 안내"_s;
        session.notes = u"Go through the hold"_s;
        session.dueMs = 1'764'900'000'000;
        session.status = CoachingSessionStatus::Done;
        session.evaluationIds = {9, 10};
        session.clips = {CoachingClip{108, 40'000, 60'000, u"here"_s}};
        session.createdMs = 1;
        session.updatedMs = 2;
        const auto sessionBack = roundTrip(session);
        QVERIFY(sessionBack);
        QCOMPARE(sessionBack->status, CoachingSessionStatus::Done);
        QCOMPARE(sessionBack->evaluationIds, session.evaluationIds);
        QCOMPARE(sessionBack->clips, session.clips);
        QCOMPARE(sessionBack->dueMs, session.dueMs);
        QCOMPARE(errorOf<CoachingSession>(QJsonObject{{u"agentId"_s, 3}}, &field), u"missing-field"_s);
        QCOMPARE(field, u"payload.value.title"_s);
        QCOMPARE(
            errorOf<CoachingSession>(
                QJsonObject{{u"agentId"_s, 3}, {u"title"_s, u"t"_s}, {u"evaluationIds"_s, QJsonArray{1.5}}},
                &field),
            u"wrong-field-type"_s);
        QCOMPARE(field, u"payload.value.evaluationIds[0]"_s);
    }

private:
    static void runCheck()
    {
        QFETCH(CoachingCheck, check);
        const QString problem = check();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

void TestCoachingCodec::everyTypeWhole_data()
{
    QTest::addColumn<CoachingCheck>("check");

    QTest::newRow("CoachingUser") << wholeRow(fullCoachingUser());
    QTest::newRow("CoachableAgent") << wholeRow(fullCoachableAgent());
    QTest::newRow("QList<CoachableAgent>") << wholeRow(QList<CoachableAgent>{fullCoachableAgent(), {}});
    QTest::newRow("optional<CoachingUser> set") << wholeRow(std::optional<CoachingUser>(fullCoachingUser()));
    QTest::newRow("optional<CoachingUser> empty") << wholeRow(std::optional<CoachingUser>());
    QTest::newRow("RecordingPause") << wholeRow(RecordingPause{50'000, 57'000});
    QTest::newRow("RecordingMarker") << wholeRow(RecordingMarker{RecordingMarkerKind::Transfer, 1, 2});
    QTest::newRow("Recording") << wholeRow(fullRecording());
    QTest::newRow("Recording{}") << wholeRow(Recording{});
    QTest::newRow("RecordingQuery") << wholeRow(fullRecordingQuery());
    QTest::newRow("RecordingQuery{}") << wholeRow(RecordingQuery{});
    QTest::newRow("RecordingPage") << wholeRow(fullRecordingPage());
    QTest::newRow("OpenedRecording") << wholeRow(
        OpenedRecording{fullRecording(), QByteArray("RIFF\x00\xff\xfe", 7)});
    QTest::newRow("OpenedRecording, no content") << wholeRow(OpenedRecording{fullRecording(), QByteArray()});
    QTest::newRow("AuditFilter") << wholeRow(fullAuditFilter());
    QTest::newRow("AuditFilter{}") << wholeRow(AuditFilter{});
    QTest::newRow("AuditEntry") << wholeRow(fullAuditEntry());
    QTest::newRow("ScorecardQuestion") << wholeRow(sampleScorecard().sections.first().questions.last());
    QTest::newRow("ScorecardSection") << wholeRow(sampleScorecard().sections.first());
    QTest::newRow("Scorecard") << wholeRow(sampleScorecard());
    QTest::newRow("ScorecardAnswer") << wholeRow(ScorecardAnswer::of(u"greeting"_s, 1, u"좋아요"_s));
    QTest::newRow("SectionScore") << wholeRow(fullScore().sections.first());
    QTest::newRow("ScorecardScore") << wholeRow(fullScore());
    QTest::newRow("Evaluation") << wholeRow(fullEvaluation());
    QTest::newRow("Evaluation, a draft without a score") << wholeRow([] {
        Evaluation draft = fullEvaluation();
        draft.status = EvaluationStatus::Draft;
        draft.score.reset();
        return draft;
    }());
    QTest::newRow("CalibrationScore") << wholeRow(fullCalibration().scores.first());
    QTest::newRow("CalibrationAnswer") << wholeRow(CalibrationAnswer{9, 4, true});
    QTest::newRow("QuestionDisagreement") << wholeRow(fullCalibration().disagreements.last());
    QTest::newRow("CalibrationReport") << wholeRow(fullCalibration());
    QTest::newRow("CalibrationReport{}") << wholeRow(CalibrationReport{});
    QTest::newRow("ScoreTrendPoint") << wholeRow(
        ScoreTrendPoint{9, 108, CoachingAt, 62.5, true, u"customer-service-call"_s, 2});
    QTest::newRow("CommentAnchor") << wholeRow(CommentAnchor::atPosition(44'000));
    QTest::newRow("CoachingComment") << wholeRow(fullComment());
    QTest::newRow("CoachingClip") << wholeRow(CoachingClip{108, 40'000, 60'000, u"여기"_s});
    QTest::newRow("CoachingSession") << wholeRow(fullCoachingSession());
    QTest::newRow("QList<CoachingSession>") << wholeRow(QList<CoachingSession>{fullCoachingSession(), {}});
}

void TestCoachingCodec::typedErrors_data()
{
    QTest::addColumn<CoachingCheck>("check");

    const QString missing = QString::fromLatin1(Protocol::ErrorCode::MissingField);
    const QString wrongType = QString::fromLatin1(Protocol::ErrorCode::WrongFieldType);
    const QString invalid = QString::fromLatin1(Protocol::ErrorCode::InvalidValue);
    const QString longName(Protocol::MaxNameLength + 1, u'이');
    const QJsonObject recording = Protocol::encode(fullRecording()).toObject();
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };

    // Missing required fields, with their paths.
    QTest::newRow("CoachingUser.userId")
        << errorRow<CoachingUser>(QJsonObject{{u"login"_s, u"x"_s}}, missing, u"payload.x.userId"_s);
    QTest::newRow("CoachableAgent.agentId")
        << errorRow<CoachableAgent>(QJsonObject{}, missing, u"payload.x.agentId"_s);
    QTest::newRow("the value itself") << errorRow<Recording>(QJsonValue(), missing, u"payload.x"_s);
    QTest::newRow("Recording.interactionId")
        << errorRow<Recording>(without(recording, u"interactionId"_s), missing, u"payload.x.interactionId"_s);
    QTest::newRow("Recording.pauses[1].endMs") << errorRow<Recording>(
        with(recording, u"pauses"_s,
             QJsonArray{QJsonObject{{u"startMs"_s, 1}, {u"endMs"_s, 2}}, QJsonObject{{u"startMs"_s, 3}}}),
        missing, u"payload.x.pauses[1].endMs"_s);
    QTest::newRow("RecordingMarker.kind")
        << errorRow<RecordingMarker>(QJsonObject{{u"atMs"_s, 1}}, missing, u"payload.x.kind"_s);
    QTest::newRow("RecordingPage.recordings[0].interactionId")
        << errorRow<RecordingPage>(QJsonObject{{u"recordings"_s, QJsonArray{QJsonObject{}}}}, missing,
                                   u"payload.x.recordings[0].interactionId"_s);
    QTest::newRow("OpenedRecording.recording") << errorRow<OpenedRecording>(
        QJsonObject{{u"contentBase64"_s, u"AAAA"_s}}, missing, u"payload.x.recording"_s);
    QTest::newRow("AuditEntry.id") << errorRow<AuditEntry>(QJsonObject{{u"atMs"_s, 1}}, missing,
                                                           u"payload.x.id"_s);
    QTest::newRow("Scorecard.id") << errorRow<Scorecard>(QJsonObject{}, missing, u"payload.x.id"_s);
    QTest::newRow("Scorecard.sections[0].questions[0].id") << errorRow<Scorecard>(
        QJsonObject{{u"id"_s, u"f"_s},
                    {u"sections"_s, QJsonArray{QJsonObject{{u"id"_s, u"s"_s},
                                                           {u"questions"_s, QJsonArray{QJsonObject{}}}}}}},
        missing, u"payload.x.sections[0].questions[0].id"_s);
    QTest::newRow("Evaluation.scorecardId")
        << errorRow<Evaluation>(QJsonObject{{u"interactionId"_s, 1}}, missing, u"payload.x.scorecardId"_s);
    QTest::newRow("Evaluation.score.outcome")
        << errorRow<Evaluation>(QJsonObject{{u"interactionId"_s, 1},
                                            {u"scorecardId"_s, u"f"_s},
                                            {u"score"_s, QJsonObject{{u"percent"_s, 50}}}},
                                missing, u"payload.x.score.outcome"_s);
    QTest::newRow("ScorecardScore.sections[0].section") << errorRow<ScorecardScore>(
        QJsonObject{{u"outcome"_s, u"scored"_s}, {u"sections"_s, QJsonArray{QJsonObject{{u"earned"_s, 1}}}}},
        missing, u"payload.x.sections[0].section"_s);
    QTest::newRow("CalibrationReport.scores[0].evaluationId") << errorRow<CalibrationReport>(
        QJsonObject{{u"interactionId"_s, 1}, {u"scores"_s, QJsonArray{QJsonObject{}}}}, missing,
        u"payload.x.scores[0].evaluationId"_s);
    QTest::newRow("QuestionDisagreement.answers[0].evaluationId") << errorRow<QuestionDisagreement>(
        QJsonObject{{u"questionId"_s, u"q"_s}, {u"answers"_s, QJsonArray{QJsonObject{{u"value"_s, 1}}}}},
        missing, u"payload.x.answers[0].evaluationId"_s);
    QTest::newRow("ScoreTrendPoint.evaluationId")
        << errorRow<ScoreTrendPoint>(QJsonObject{{u"percent"_s, 5}}, missing, u"payload.x.evaluationId"_s);
    QTest::newRow("CoachingComment.anchor") << errorRow<CoachingComment>(
        QJsonObject{{u"interactionId"_s, 1}, {u"body"_s, u"x"_s}}, missing, u"payload.x.anchor"_s);
    QTest::newRow("CoachingSession.clips[0].interactionId") << errorRow<CoachingSession>(
        QJsonObject{{u"agentId"_s, 3}, {u"title"_s, u"t"_s}, {u"clips"_s, QJsonArray{QJsonObject{}}}},
        missing, u"payload.x.clips[0].interactionId"_s);

    // Wrong types.
    QTest::newRow("not an object") << errorRow<CoachingSession>(QJsonArray{}, wrongType, u"payload.x"_s);
    QTest::newRow("id as a string") << errorRow<Recording>(with(recording, u"interactionId"_s, u"108"_s),
                                                           wrongType, u"payload.x.interactionId"_s);
    QTest::newRow("csat 4.5") << errorRow<Recording>(with(recording, u"csat"_s, 4.5), wrongType,
                                                     u"payload.x.csat"_s);
    QTest::newRow("legalHold as a number")
        << errorRow<Recording>(with(recording, u"legalHold"_s, 1), wrongType, u"payload.x.legalHold"_s);
    QTest::newRow("evaluatedInteractionIds an object")
        << errorRow<RecordingQuery>(QJsonObject{{u"evaluatedInteractionIds"_s, QJsonObject{}}}, wrongType,
                                    u"payload.x.evaluatedInteractionIds"_s);
    QTest::newRow("contentBase64 a number")
        << errorRow<OpenedRecording>(QJsonObject{{u"recording"_s, recording}, {u"contentBase64"_s, 12}},
                                     wrongType, u"payload.x.contentBase64"_s);
    QTest::newRow("weight a string") << errorRow<ScorecardQuestion>(
        QJsonObject{{u"id"_s, u"q"_s}, {u"weight"_s, u"2"_s}}, wrongType, u"payload.x.weight"_s);
    QTest::newRow("score percent a string") << errorRow<ScorecardScore>(
        QJsonObject{{u"outcome"_s, u"scored"_s}, {u"percent"_s, u"85"_s}}, wrongType, u"payload.x.percent"_s);
    QTest::newRow("AuditFilter.userId a bool")
        << errorRow<AuditFilter>(QJsonObject{{u"userId"_s, true}}, wrongType, u"payload.x.userId"_s);
    QTest::newRow("evaluationIds[0] 1.5") << errorRow<CoachingSession>(
        QJsonObject{{u"agentId"_s, 3}, {u"title"_s, u"t"_s}, {u"evaluationIds"_s, QJsonArray{1.5}}},
        wrongType, u"payload.x.evaluationIds[0]"_s);

    // Unknown enum keys.
    QTest::newRow("recording kind") << errorRow<Recording>(with(recording, u"kind"_s, u"video"_s), invalid,
                                                           u"payload.x.kind"_s);
    QTest::newRow("marker kind") << errorRow<Recording>(
        with(recording, u"markers"_s, QJsonArray{QJsonObject{{u"kind"_s, u"mute"_s}}}), invalid,
        u"payload.x.markers[0].kind"_s);
    QTest::newRow("channel") << errorRow<RecordingQuery>(QJsonObject{{u"channels"_s, QJsonArray{u"fax"_s}}},
                                                         invalid, u"payload.x.channels[0]"_s);
    QTest::newRow("evaluation filter") << errorRow<RecordingQuery>(QJsonObject{{u"evaluation"_s, u"maybe"_s}},
                                                                   invalid, u"payload.x.evaluation"_s);
    QTest::newRow("audit outcome") << errorRow<AuditFilter>(QJsonObject{{u"outcome"_s, u"maybe"_s}}, invalid,
                                                            u"payload.x.outcome"_s);
    QTest::newRow("role") << errorRow<CoachingUser>(QJsonObject{{u"userId"_s, 1}, {u"role"_s, u"boss"_s}},
                                                    invalid, u"payload.x.role"_s);
    QTest::newRow("question type") << errorRow<ScorecardQuestion>(
        QJsonObject{{u"id"_s, u"q"_s}, {u"type"_s, u"stars"_s}}, invalid, u"payload.x.type"_s);
    QTest::newRow("evaluation status") << errorRow<Evaluation>(
        QJsonObject{{u"interactionId"_s, 1}, {u"scorecardId"_s, u"f"_s}, {u"status"_s, u"closed"_s}}, invalid,
        u"payload.x.status"_s);
    QTest::newRow("score outcome") << errorRow<Evaluation>(
        QJsonObject{{u"interactionId"_s, 1},
                    {u"scorecardId"_s, u"f"_s},
                    {u"score"_s, QJsonObject{{u"outcome"_s, u"great"_s}}}},
        invalid, u"payload.x.score.outcome"_s);
    QTest::newRow("calibration outcome") << errorRow<CalibrationScore>(
        QJsonObject{{u"evaluationId"_s, 1}, {u"outcome"_s, u"meh"_s}}, invalid, u"payload.x.outcome"_s);
    QTest::newRow("anchor kind") << errorRow<CoachingComment>(
        QJsonObject{
            {u"interactionId"_s, 1}, {u"body"_s, u"x"_s}, {u"anchor"_s, QJsonObject{{u"kind"_s, u"page"_s}}}},
        invalid, u"payload.x.anchor.kind"_s);
    QTest::newRow("session status") << errorRow<CoachingSession>(
        QJsonObject{{u"agentId"_s, 3}, {u"title"_s, u"t"_s}, {u"status"_s, u"later"_s}}, invalid,
        u"payload.x.status"_s);

    // Values out of range.
    QTest::newRow("invalid base64") << errorRow<OpenedRecording>(
        QJsonObject{{u"recording"_s, recording}, {u"contentBase64"_s, u"not base64!"_s}}, invalid,
        u"payload.x.contentBase64"_s);
    QTest::newRow("base64 with non-Latin-1") << errorRow<OpenedRecording>(
        QJsonObject{{u"recording"_s, recording}, {u"contentBase64"_s, u"녹음"_s}}, invalid,
        u"payload.x.contentBase64"_s);
    QTest::newRow("csat 6") << errorRow<Recording>(with(recording, u"csat"_s, 6), invalid,
                                                   u"payload.x.csat"_s);
    QTest::newRow("limit 501") << errorRow<RecordingQuery>(QJsonObject{{u"limit"_s, 501}}, invalid,
                                                           u"payload.x.limit"_s);
    QTest::newRow("negative id") << errorRow<CoachingComment>(QJsonObject{{u"interactionId"_s, -1}}, invalid,
                                                              u"payload.x.interactionId"_s);

    // Over-long names.
    QTest::newRow("Recording.team") << errorRow<Recording>(with(recording, u"team"_s, longName), invalid,
                                                           u"payload.x.team"_s);
    QTest::newRow("CoachingUser.displayName") << errorRow<CoachingUser>(
        QJsonObject{{u"userId"_s, 1}, {u"displayName"_s, longName}}, invalid, u"payload.x.displayName"_s);
    QTest::newRow("Scorecard.nameKo") << errorRow<Scorecard>(
        QJsonObject{{u"id"_s, u"f"_s}, {u"nameKo"_s, longName}}, invalid, u"payload.x.nameKo"_s);
    QTest::newRow("RecordingQuery.dispositionCodes[1]")
        << errorRow<RecordingQuery>(QJsonObject{{u"dispositionCodes"_s, QJsonArray{u"ok"_s, longName}}},
                                    invalid, u"payload.x.dispositionCodes[1]"_s);
    QTest::newRow("CoachingSession.title") << errorRow<CoachingSession>(
        QJsonObject{{u"agentId"_s, 3}, {u"title"_s, longName}}, invalid, u"payload.x.title"_s);
    QTest::newRow("AuditEntry.login") << errorRow<AuditEntry>(
        QJsonObject{{u"id"_s, 1}, {u"login"_s, longName}}, invalid, u"payload.x.login"_s);
    QTest::newRow("CoachingComment.body over 1 MiB") << errorRow<CoachingComment>(
        QJsonObject{{u"interactionId"_s, 1}, {u"body"_s, QString(Protocol::MaxTextLength + 1, u'a')}},
        invalid, u"payload.x.body"_s);
}

void TestCoachingCodec::evaluatedIdsAreASortedArray()
{
    const QJsonObject encoded = Protocol::encode(fullRecordingQuery()).toObject();
    QCOMPARE(encoded.value(u"evaluatedInteractionIds"_s), QJsonValue(QJsonArray{5, 77, 108}));
    QCOMPARE(encoded.value(u"minDurationMs"_s), QJsonValue(10'000));
    QCOMPARE(Protocol::encode(RecordingQuery{}).toObject().value(u"minCsat"_s), QJsonValue(QJsonValue::Null));
}

void TestCoachingCodec::contentIsBase64NotText()
{
    const QByteArray wav("RIFF\x24\x00\x00\x00WAVE\xff\xfe", 14);
    const QJsonObject encoded = Protocol::encode(OpenedRecording{fullRecording(), wav}).toObject();
    QCOMPARE(encoded.value(u"contentBase64"_s).toString(), QString::fromLatin1(wav.toBase64()));
    QVERIFY(!encoded.contains(u"content"_s));
    // The score travels in the evaluations table's own shape.
    QCOMPARE(Protocol::encode(fullScore()).toObject(), fullScore().toJson());
}

QTEST_APPLESS_MAIN(TestCoachingCodec)

#include "tst_coachingcodec.moc"
