#pragma once

#include "backend/coachingbackend.h"
#include "backend/deskbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace ContactDesk {

class AuditLogPanel;
class CoachingSessionPanel;
class InteractionReview;
class RecordingLibrary;
class ScorecardCache;
class ScoreTrendPanel;

// The coaching view (issue #6): the recordings library, the open interaction under review (player
// or transcript, timestamped comments, the scorecard, its evaluations and calibration), coaching
// sessions, and the evaluations of an agent with their score trend. Team leads and above coach
// everyone; an agent finds only their own recordings, evaluations and sessions, read-only, and
// acknowledges or disputes their evaluations. Without a coaching backend, or before someone is
// signed in, it says why instead. Supervisors and admins also read the audit log (who played,
// exported or deleted which recording), read-only.
class CoachingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingView)

public:
    static constexpr int RefreshDelayMs = 100;
    static constexpr int StatusShownMs = 15'000;

    enum Tab
    {
        LibraryTab,
        ReviewTab,
        SessionsTab,
        EvaluationsTab,
        AuditTab, // supervisors and admins only
    };

    explicit CoachingView(QWidget *parent = nullptr);
    ~CoachingView() override;

    // May be null: the view then says that coaching is not available here.
    void setBackend(CoachingBackend *backend);
    CoachingBackend *backend() const { return m_backend; }
    // The desk's backend, for the message ids of chat and e-mail transcripts (optional).
    void setDeskBackend(DeskBackend *desk);
    std::optional<CoachingUser> user() const { return m_user; }
    bool isAvailable() const;
    // Nothing asked and not yet answered.
    bool isSettled() const;

    void showTab(Tab tab);
    Tab currentTab() const;
    // Opens the recording in the review tab.
    void openRecording(const Recording &recording);
    // Finds the interaction's recording (of that agent) and opens it, selecting the stretch when
    // one is given: how an evaluation or a clip goes back to the call.
    void openInteraction(qint64 interactionId, qint64 agentId,
                         std::optional<std::pair<qint64, qint64>> stretch = {});

    QTabWidget *tabs() const { return m_tabs; }
    RecordingLibrary *library() const { return m_library; }
    InteractionReview *review() const { return m_review; }
    CoachingSessionPanel *sessions() const { return m_sessions; }
    ScoreTrendPanel *trend() const { return m_trend; }
    AuditLogPanel *auditLog() const { return m_audit; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QLabel *userLabel() const { return m_userLabel; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // isSettled() may have become true.
    void settledChanged();
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyUser();
    void loadAgents();
    void refreshEvaluated();
    void refreshAll();
    void findAndOpen(qint64 interactionId, qint64 agentId, const RecordingQuery &query);
    void updateClip();
    void showStatus(const QString &message, bool error);
    void showUnavailable(const QString &text);
    void begin();
    void end();

    QPointer<CoachingBackend> m_backend;
    QPointer<DeskBackend> m_desk;
    std::optional<CoachingUser> m_user;
    QList<CoachableAgent> m_agents;
    quint64 m_generation = 0;
    int m_requests = 0;
    std::optional<std::pair<qint64, std::pair<qint64, qint64>>> m_pendingStretch; // interaction, range

    ScorecardCache *m_scorecards = nullptr;
    QTimer *m_refresh = nullptr;
    QTimer *m_statusTimer = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_unavailable = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordingLibrary *m_library = nullptr;
    InteractionReview *m_review = nullptr;
    CoachingSessionPanel *m_sessions = nullptr;
    ScoreTrendPanel *m_trend = nullptr;
    AuditLogPanel *m_audit = nullptr;
};

} // namespace ContactDesk
