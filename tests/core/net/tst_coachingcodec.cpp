#include "net/protocolcodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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

} // namespace

// The coaching values of protocol v1 (docs/PROTOCOL.md, "Coaching value shapes"): each one
// survives encode() and decode() whole, and malformed ones get typed errors with their path.
class TestCoachingCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_APPLESS_MAIN(TestCoachingCodec)

#include "tst_coachingcodec.moc"
