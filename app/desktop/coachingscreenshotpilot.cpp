#include "coachingscreenshotpilot.h"

#include "coaching/coachingview.h"
#include "coaching/evaluationeditor.h"
#include "coaching/interactionreview.h"
#include "coaching/recordinglibrary.h"
#include "coaching/recordinglibrarymodel.h"
#include "coaching/recordingplayer.h"
#include "coaching/scorecardform.h"

#include <QAbstractButton>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace ContactDesk {

namespace {

// How much of the scorecard the picture shows answered.
constexpr double AnsweredShare = 0.6;
// Where the playhead stands, as a share of the call.
constexpr double PlayheadShare = 0.4;

int preference(const Recording &recording)
{
    int score = 0;
    for (const RecordingMarker &marker : recording.markers) {
        if (marker.kind == RecordingMarkerKind::Pause)
            score += 4;
        else
            score += 1;
    }
    return score;
}

} // namespace

CoachingScreenshotPilot::CoachingScreenshotPilot(CoachingView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    connect(&view, &CoachingView::settledChanged, this, &CoachingScreenshotPilot::onSettled,
            Qt::QueuedConnection);
    QTimer::singleShot(0, this, &CoachingScreenshotPilot::onSettled);
}

void CoachingScreenshotPilot::onSettled()
{
    if (m_done || !m_view.isSettled())
        return;
    if (!m_view.backend()) {
        finish();
        return;
    }
    if (!m_view.isAvailable())
        return; // until someone is signed in (the capture's own timeout covers never)
    if (!m_opening) {
        pickCandidates();
        openNext();
        return;
    }
    // A recording was opened and everything about it has arrived.
    EvaluationEditor *editor = m_view.review()->editor();
    const bool editable = m_view.review()->hasContent() && editor->form()->hasScorecard()
                          && editor->evaluation().status == EvaluationStatus::Draft;
    if (editable || m_fallback) {
        fillScorecard();
        return;
    }
    if (m_next < m_candidates.size()) {
        openNext();
        return;
    }
    // The team lead has scored every call already: the best one, with its evaluation.
    m_fallback = true;
    m_next = 0;
    openNext();
}

void CoachingScreenshotPilot::pickCandidates()
{
    if (!m_candidates.isEmpty() || m_view.library()->model()->rowCount() == 0)
        return;
    m_recordings = m_view.library()->model()->recordings();
    QList<Recording> calls;
    for (const Recording &recording : std::as_const(m_recordings)) {
        if (recording.hasContent() && recording.kind == RecordingKind::Audio)
            calls.append(recording);
    }
    std::stable_sort(calls.begin(), calls.end(),
                     [](const Recording &a, const Recording &b) { return preference(a) > preference(b); });
    for (const Recording &recording : std::as_const(calls))
        m_candidates.append(recording.id);
}

void CoachingScreenshotPilot::openNext()
{
    if (m_next >= m_candidates.size()) {
        finish();
        return;
    }
    const qint64 id = m_candidates.at(m_next++);
    for (const Recording &recording : std::as_const(m_recordings)) {
        if (recording.id == id) {
            m_opening = true;
            m_view.library()->selectRecording(id);
            m_view.openRecording(recording);
            return;
        }
    }
    finish();
}

void CoachingScreenshotPilot::fillScorecard()
{
    InteractionReview *review = m_view.review();
    RecordingPlayer *player = review->player();
    if (player->isOpen())
        player->seek(qint64(double(player->duration()) * PlayheadShare));
    EvaluationEditor *editor = review->editor();
    ScorecardForm *form = editor->form();
    if (form->hasScorecard() && editor->evaluation().status == EvaluationStatus::Draft) {
        review->showSideTab(InteractionReview::EvaluateTab);
        const Scorecard &scorecard = form->scorecard();
        const int total = scorecard.questionCount();
        const int toAnswer = std::max(1, int(total * AnsweredShare));
        int answered = 0;
        bool notApplicableShown = false;
        for (const ScorecardSection &section : scorecard.sections) {
            for (const ScorecardQuestion &question : section.questions) {
                if (answered >= toAnswer)
                    break;
                ++answered;
                if (question.notApplicableAllowed && !notApplicableShown) {
                    notApplicableShown = true;
                    if (QAbstractButton *na = form->choiceButton(question.id, QStringLiteral("na"));
                                                                 na && !na->isChecked())
                        na->click();
                    continue;
                }
                switch (question.type) {
                case QuestionType::YesNo:
                    if (QAbstractButton *yes = form->choiceButton(question.id, QStringLiteral("yes"));
                                                                  yes && !yes->isChecked())
                        yes->click();
                    break;
                case QuestionType::Scale1to5:
                    if (QAbstractButton *four = form->choiceButton(question.id, QStringLiteral("4"));
                                                                   four && !four->isChecked())
                        four->click();
                    break;
                case QuestionType::Points:
                    if (QSpinBox *points = form->pointsBox(question.id); points && points->value() < 0)
                        points->setValue(std::max(0, question.maxPoints * 8 / 10));
                    break;
                }
            }
        }
    }
    finish();
}

void CoachingScreenshotPilot::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done();
}

} // namespace ContactDesk
