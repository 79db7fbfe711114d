#pragma once

#include "backend/coachingbackend.h"

namespace ContactDesk {

class RemoteBackend;

// CoachingBackend over protocol v1 (docs/PROTOCOL.md, "Coaching") on the connection of a
// RemoteBackend: the same requests the coaching view makes of the embedded backend, carried out
// on contactdesk-server as the signed-in account, with the permission matrix and the audit log
// there. user() and recordingsUnavailable() are what the server said ("coaching-status") after
// the last sign-in or resume; until it answered, user() is empty. An export is audited on the
// server, which hands over the content, and written here to the chosen file (owner-only).
class RemoteCoachingBackend final : public CoachingBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCoachingBackend)

public:
    // `desk` must outlive the backend.
    explicit RemoteCoachingBackend(RemoteBackend &desk, QObject *parent = nullptr);
    ~RemoteCoachingBackend() override;

    std::optional<CoachingUser> user() const override { return m_user; }
    std::optional<BackendError> recordingsUnavailable() const override { return m_recordingsUnavailable; }
    // Whether the server answered "coaching-status" for the session as it is now.
    bool isStatusKnown() const { return m_statusKnown; }

    void coachableAgents(Reply<QList<CoachableAgent>> reply) override;
    void searchRecordings(const RecordingQuery &query, Reply<RecordingPage> reply) override;
    void openRecording(qint64 recordingId, Reply<OpenedRecording> reply) override;
    void exportRecording(qint64 recordingId, const QString &path, Reply<bool> reply) override;
    void deleteRecording(qint64 recordingId, const QString &reason, Reply<bool> reply) override;
    void setLegalHold(qint64 recordingId, bool hold, Reply<bool> reply) override;
    void auditEntries(const AuditFilter &filter, int limit, Reply<QList<AuditEntry>> reply) override;

    void scorecards(Reply<QList<Scorecard>> reply) override;
    void scorecard(const QString &scorecardId, int version, Reply<Scorecard> reply) override;
    void saveScorecard(const Scorecard &form, Reply<Scorecard> reply) override;
    void evaluationsForInteraction(qint64 interactionId, Reply<QList<Evaluation>> reply) override;
    void evaluationsForAgent(qint64 agentId, Reply<QList<Evaluation>> reply) override;
    void saveEvaluationDraft(const Evaluation &evaluation, Reply<Evaluation> reply) override;
    void submitEvaluation(qint64 evaluationId, Reply<Evaluation> reply) override;
    void acknowledgeEvaluation(qint64 evaluationId, const QString &comment, Reply<Evaluation> reply) override;
    void disputeEvaluation(qint64 evaluationId, const QString &comment, Reply<Evaluation> reply) override;
    void calibration(qint64 interactionId, Reply<CalibrationReport> reply) override;
    void scoreTrend(qint64 agentId, qint64 fromMs, qint64 untilMs,
                    Reply<QList<ScoreTrendPoint>> reply) override;

    void comments(qint64 interactionId, Reply<QList<CoachingComment>> reply) override;
    void addComment(const CoachingComment &comment, Reply<CoachingComment> reply) override;
    void removeComment(qint64 commentId, Reply<bool> reply) override;

    void coachingSessionsForAgent(qint64 agentId, Reply<QList<CoachingSession>> reply) override;
    void coachingSessionsLedByMe(Reply<QList<CoachingSession>> reply) override;
    void saveCoachingSession(const CoachingSession &session, Reply<CoachingSession> reply) override;

Q_SIGNALS:
    // The server answered "coaching-status" (user() and recordingsUnavailable() are current).
    void statusKnown();

private:
    // Asks the server who coaches here now (after a sign-in, a resume or a sign-out).
    void refreshStatus();
    void onServerEvent(const QString &event, const QJsonObject &payload);
    void setUser(const std::optional<CoachingUser> &user);

    RemoteBackend &m_desk;
    std::optional<CoachingUser> m_user;
    std::optional<BackendError> m_recordingsUnavailable;
    bool m_statusKnown = false;
    quint64 m_statusGeneration = 0;
};

} // namespace ContactDesk
