#pragma once

#include "coachingbackend.h"

#include <optional>

namespace ContactDesk {

class CentreHost;
class EmbeddedBackend;

// CoachingBackend on the contact centre in this process (issue #6): the host's store, clock and
// recording vault, with RecordingAccess, RecordingRetention and the scorecard, evaluation,
// comment and coaching-session repositories, which check every request against the permission
// matrix and write what must be audited to the audit log. Replies come before the request
// returns, as EmbeddedBackend's do.
//
// It works as the user account linked to the agent signed in at `desk` (UserRepository: the
// user whose agentId is that agent), with that account's role: the desk signs in as an agent,
// the coaching view as the person behind it. No sign-in, or an agent nobody's account is linked
// to, and every request fails with "not-signed-in", saying which. Recordings need the host's
// vault (CentreHost::setUpRecordings); without it their requests fail with "unavailable" and
// recordingsUnavailable() says why, while scorecards and evaluations still work.
class EmbeddedCoachingBackend final : public CoachingBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedCoachingBackend)

public:
    // The host and the desk must outlive the backend.
    EmbeddedCoachingBackend(CentreHost &host, EmbeddedBackend &desk, QObject *parent = nullptr);
    // Works as `account` (the server: a connection's signed-in user, who may take no contacts),
    // until setAccount() says otherwise. It does not emit recordingAdded(): the server tells its
    // connections itself, once per recording rather than once per connection. The host must
    // outlive the backend.
    EmbeddedCoachingBackend(CentreHost &host, const CoachingUser &account, QObject *parent = nullptr);
    ~EmbeddedCoachingBackend() override;

    std::optional<CoachingUser> user() const override { return m_user; }
    std::optional<BackendError> recordingsUnavailable() const override;

    void coachableAgents(Reply<QList<CoachableAgent>> reply) override;
    // The "evaluated" filter is worked out here, from the evaluations the user may read:
    // query.evaluatedInteractionIds is replaced.
    void searchRecordings(const RecordingQuery &query, Reply<RecordingPage> reply) override;
    void openRecording(qint64 recordingId, Reply<OpenedRecording> reply) override;
    void exportRecording(qint64 recordingId, const QString &path, Reply<bool> reply) override;
    void deleteRecording(qint64 recordingId, const QString &reason, Reply<bool> reply) override;
    void setLegalHold(qint64 recordingId, bool hold, Reply<bool> reply) override;
    void auditEntries(const AuditFilter &filter, int limit, Reply<QList<AuditEntry>> reply) override;
    // ExportRecording for a client elsewhere: the decrypted content, audited as exported to
    // `destination` (where the client says it will write it).
    void exportContent(qint64 recordingId, const QString &destination, Reply<QByteArray> reply);
    // For an account-pinned backend: the account as it is now (its role may have changed), or
    // none (signed out); userChanged() when it differs.
    void setAccount(const std::optional<CoachingUser> &account);

    void scorecards(Reply<QList<Scorecard>> reply) override;
    // Version 0 or less: the latest version.
    void scorecard(const QString &scorecardId, int version, Reply<Scorecard> reply) override;
    void saveScorecard(const Scorecard &form, Reply<Scorecard> reply) override;
    void evaluationsForInteraction(qint64 interactionId, Reply<QList<Evaluation>> reply) override;
    void evaluationsForAgent(qint64 agentId, Reply<QList<Evaluation>> reply) override;
    void saveEvaluationDraft(const Evaluation &evaluation, Reply<Evaluation> reply) override;
    void submitEvaluation(qint64 evaluationId, Reply<Evaluation> reply) override;
    void acknowledgeEvaluation(qint64 evaluationId, const QString &comment, Reply<Evaluation> reply) override;
    void disputeEvaluation(qint64 evaluationId, const QString &comment, Reply<Evaluation> reply) override;
    // Of the interaction's submitted evaluations, those made with the scorecard version most of
    // them used.
    void calibration(qint64 interactionId, Reply<CalibrationReport> reply) override;
    void scoreTrend(qint64 agentId, qint64 fromMs, qint64 untilMs,
                    Reply<QList<ScoreTrendPoint>> reply) override;

    void comments(qint64 interactionId, Reply<QList<CoachingComment>> reply) override;
    void addComment(const CoachingComment &comment, Reply<CoachingComment> reply) override;
    void removeComment(qint64 commentId, Reply<bool> reply) override;

    void coachingSessionsForAgent(qint64 agentId, Reply<QList<CoachingSession>> reply) override;
    void coachingSessionsLedByMe(Reply<QList<CoachingSession>> reply) override;
    void saveCoachingSession(const CoachingSession &session, Reply<CoachingSession> reply) override;

private:
    // Looks the account up again for the desk's session; userChanged() when it is another.
    void refreshUser();
    // The user, or the error to answer with.
    std::optional<BackendError> requireUser() const;
    std::optional<BackendError> requireRecordings() const;
    qint64 nowMs() const;

    CentreHost &m_host;
    EmbeddedBackend *m_desk = nullptr; // none when pinned to an account
    std::optional<CoachingUser> m_user;
    BackendError m_noUser; // why there is no user, while there is none
};

} // namespace ContactDesk
