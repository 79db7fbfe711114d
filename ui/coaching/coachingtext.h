#pragma once

#include "backend/coachingbackend.h"
#include "coaching/calibration.h"
#include "coaching/coachingsession.h"
#include "coaching/evaluation.h"
#include "coaching/recording.h"
#include "coaching/scorecard.h"
#include "coaching/scorecardscoring.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace ContactDesk {

// The words, figures and colours the coaching view shows for coaching values. Everything is looked
// up at call time, so a widget that re-renders on QEvent::LanguageChange shows the new language.
class CoachingText final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::CoachingText)

public:
    static QString markerName(RecordingMarkerKind kind);
    // What a marker on the waveform says on hover: "On hold for 0:42", "Transferred",
    // "Recording paused — not recorded (1:05 left out)".
    static QString markerDescription(const RecordingMarker &marker);
    static QColor markerColor(RecordingMarkerKind kind);

    // "Recorded", "Not recorded (no consent)", "Deleted", "Recorded · legal hold".
    static QString recordingStatus(const Recording &recording);
    static QString recordingKindName(RecordingKind kind);

    static QString evaluationStatusName(EvaluationStatus status);
    static QString scoreOutcomeName(ScoreOutcome outcome);
    // "83.5%" in the UI locale; a dash for none.
    static QString percent(std::optional<double> value);
    // A submitted score in one phrase: "83.5%", "0% · critical failed", "Not applicable".
    static QString scoreSummary(const std::optional<ScorecardScore> &score);
    static QColor scoreColor(const ScorecardScore &score);

    static QString answerText(const ScorecardQuestion &question, const ScorecardAnswer *answer);
    static QString sessionStatusName(CoachingSessionStatus status);
    static QString roleName(Role role);
    // A backend error as the person should read it: the backend's own sentence (a permission
    // refusal names what was refused and for whom), with the few codes that need other words.
    static QString errorText(const BackendError &error);
    // "What failed: why".
    static QString failure(const QString &what, const BackendError &error);
    // A position in the recording: "1:05" or "1:02:03".
    static QString position(qint64 ms);
    // What a date edit shows for "no date" (no end of a range, no due date): its minimum.
    static QDate noDate();
};

} // namespace ContactDesk
