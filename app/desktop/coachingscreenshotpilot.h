#pragma once

#include "coaching/recording.h"

#include <QList>
#include <QObject>

namespace ContactDesk {

class CoachingView;

// Prepares the coaching view for a screenshot (--screenshot with --view coaching), so that the
// picture shows an evaluation in progress rather than an empty library: once the library has
// answered it opens a call, preferring one with a recording pause and one the signed-in team lead
// may still score, moves the playhead into the call and answers the first part of the scorecard
// (one question "not applicable"), leaving the rest for the live score to say what is missing.
// done() comes when that is on screen, or at once when there is nothing to open.
class CoachingScreenshotPilot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingScreenshotPilot)

public:
    explicit CoachingScreenshotPilot(CoachingView &view, QObject *parent = nullptr);

    bool isDone() const { return m_done; }

Q_SIGNALS:
    void done();

private:
    void pickCandidates();
    void openNext();
    void onSettled();
    void fillScorecard();
    void finish();

    CoachingView &m_view;
    QList<qint64> m_candidates; // recording ids, best first
    QList<Recording> m_recordings;
    int m_next = 0;
    bool m_opening = false;
    bool m_fallback = false;
    bool m_done = false;
};

} // namespace ContactDesk
