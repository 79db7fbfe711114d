#include "coachingtext.h"

#include "agent/displaytext.h"

#include <QLocale>

#include <algorithm>

namespace ContactDesk {

QString CoachingText::markerName(RecordingMarkerKind kind)
{
    switch (kind) {
    case RecordingMarkerKind::Hold:
        return tr("Hold");
    case RecordingMarkerKind::Transfer:
        return tr("Transfer");
    case RecordingMarkerKind::Pause:
        return tr("Recording paused — not recorded");
    }
    Q_UNREACHABLE();
}

QString CoachingText::markerDescription(const RecordingMarker &marker)
{
    switch (marker.kind) {
    case RecordingMarkerKind::Hold:
        return tr("On hold at %1 for %2")
            .arg(position(marker.atMs), DisplayText::duration(marker.durationMs));
    case RecordingMarkerKind::Transfer:
        return tr("Transferred at %1").arg(position(marker.atMs));
    case RecordingMarkerKind::Pause:
        return tr("Recording paused at %1 — %2 of the call were not recorded")
            .arg(position(marker.atMs), DisplayText::duration(marker.durationMs));
    }
    Q_UNREACHABLE();
}

QColor CoachingText::markerColor(RecordingMarkerKind kind)
{
    switch (kind) {
    case RecordingMarkerKind::Hold:
        return QColor(0xe0, 0x9b, 0x16);
    case RecordingMarkerKind::Transfer:
        return QColor(0x8e, 0x6c, 0xd8);
    case RecordingMarkerKind::Pause:
        return QColor(0xd9, 0x3a, 0x32);
    }
    Q_UNREACHABLE();
}

QString CoachingText::recordingStatus(const Recording &recording)
{
    if (!recording.consent)
        return tr("Not recorded (no consent)");
    if (recording.isDeleted())
        return tr("Deleted");
    if (recording.legalHold)
        return tr("Recorded · legal hold");
    return tr("Recorded");
}

QString CoachingText::recordingKindName(RecordingKind kind)
{
    switch (kind) {
    case RecordingKind::Audio:
        return tr("Call audio");
    case RecordingKind::Transcript:
        return tr("Transcript");
    }
    Q_UNREACHABLE();
}

QString CoachingText::evaluationStatusName(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Draft:
        return tr("Draft");
    case EvaluationStatus::Submitted:
        return tr("Submitted");
    case EvaluationStatus::Acknowledged:
        return tr("Acknowledged");
    case EvaluationStatus::Disputed:
        return tr("Disputed");
    }
    Q_UNREACHABLE();
}

QString CoachingText::scoreOutcomeName(ScoreOutcome outcome)
{
    switch (outcome) {
    case ScoreOutcome::Scored:
        return tr("Scored");
    case ScoreOutcome::CriticalFailed:
        return tr("Critical failed");
    case ScoreOutcome::Incomplete:
        return tr("Incomplete");
    case ScoreOutcome::NotApplicable:
        return tr("Not applicable");
    }
    Q_UNREACHABLE();
}

QString CoachingText::percent(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("\u2014");
    return tr("%1%").arg(QLocale().toString(*value, 'f', 1));
}

QString CoachingText::scoreSummary(const std::optional<ScorecardScore> &score)
{
    if (!score)
        return QStringLiteral("\u2014");
    switch (score->outcome) {
    case ScoreOutcome::Scored:
        return percent(score->percent);
    case ScoreOutcome::CriticalFailed:
        return tr("%1 · critical failed").arg(percent(score->percent));
    case ScoreOutcome::Incomplete:
    case ScoreOutcome::NotApplicable:
        return scoreOutcomeName(score->outcome);
    }
    Q_UNREACHABLE();
}

QColor CoachingText::scoreColor(const ScorecardScore &score)
{
    if (score.criticalFailed)
        return QColor(0xd9, 0x3a, 0x32);
    if (score.outcome == ScoreOutcome::Incomplete || !score.percent)
        return QColor(0x8a, 0x8f, 0x98);
    if (*score.percent >= 85)
        return QColor(0x2e, 0xa0, 0x43);
    if (*score.percent >= 70)
        return QColor(0xe0, 0x9b, 0x16);
    return QColor(0xd9, 0x3a, 0x32);
}

QString CoachingText::answerText(const ScorecardQuestion &question, const ScorecardAnswer *answer)
{
    if (!answer || !answer->isAnswered())
        return tr("Not answered");
    if (answer->notApplicable)
        return tr("N/A");
    const int value = *answer->value;
    switch (question.type) {
    case QuestionType::YesNo:
        return value ? tr("Yes") : tr("No");
    case QuestionType::Scale1to5:
        return tr("%1 of 5").arg(value);
    case QuestionType::Points:
        return tr("%1 of %2 points").arg(value).arg(question.maxPoints);
    }
    Q_UNREACHABLE();
}

QString CoachingText::sessionStatusName(CoachingSessionStatus status)
{
    switch (status) {
    case CoachingSessionStatus::Open:
        return tr("Open");
    case CoachingSessionStatus::Done:
        return tr("Done");
    }
    Q_UNREACHABLE();
}

QString CoachingText::roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::TeamLead:
        return tr("Team lead");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    }
    Q_UNREACHABLE();
}

QString CoachingText::errorText(const BackendError &error)
{
    if (error.code == u"not-signed-in")
        return tr("Sign in first: coaching works in your name.");
    if (error.code == u"disconnected")
        return tr("The connection to the contact centre is lost.");
    if (error.code == u"recording-legal-hold")
        return tr("The recording is under legal hold; lift the hold before deleting it.");
    if (error.code == u"recording-under-evaluation")
        return tr("The recording is under evaluation: it can be deleted once the agent has acknowledged "
                  "the evaluation or its draft is discarded.");
    if (!error.message.isEmpty())
        return error.message;
    if (error.code == u"forbidden")
        return tr("You are not allowed to do this.");
    return error.code;
}

QString CoachingText::failure(const QString &what, const BackendError &error)
{
    return tr("%1: %2").arg(what, errorText(error));
}

QDate CoachingText::noDate()
{
    return QDate(2000, 1, 1);
}

QString CoachingText::position(qint64 ms)
{
    // Down to the second the playhead is in, unlike a duration, which rounds.
    const qint64 totalSeconds = std::max<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

} // namespace ContactDesk
