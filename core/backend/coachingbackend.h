#pragma once

#include "coaching/calibration.h"
#include "coaching/coachingcomment.h"
#include "coaching/coachingsession.h"
#include "coaching/evaluation.h"
#include "coaching/evaluationrepository.h"
#include "coaching/recording.h"
#include "coaching/recordingaccess.h"
#include "coaching/recordingrepository.h"
#include "coaching/scorecard.h"
#include "deskbackend.h"
#include "domain/agent.h"
#include "security/auditlog.h"
#include "security/permissions.h"

#include <QObject>

#include <optional>

namespace ContactDesk {

// Who works in the coaching view: the account (user id for evaluations and comments, role for
// the permission matrix) and the agent record they work as, if any.
struct CoachingUser
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    qint64 agentId = 0;

    Principal principal() const { return Principal{userId, role, agentId}; }
    bool operator==(const CoachingUser &other) const = default;
};

// An agent a team lead can coach, for the library's filters and the session editor.
struct CoachableAgent
{
    qint64 agentId = 0;
    QString displayName;
    QString team;
    bool operator==(const CoachableAgent &other) const = default;
};

// What the coaching view may ask (issue #6): the recordings library and player, scorecards,
// evaluations with calibration, timestamped comments and coaching sessions. Every request is
// checked in core against the permission matrix for user(): an agent opens only their own
// recordings and evaluations, team leads and above everyone's; playback, export and deletion
// are written to the audit log. Replies may come before the call returns or later, as with
// DeskBackend; callbacks run on the backend's thread.
class CoachingBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingBackend)

public:
    template <typename T>
    using Reply = std::function<void(const BackendResult<T> &)>;

    using QObject::QObject;
    ~CoachingBackend() override = default;

    // Empty until someone is signed in (then everything fails with "not-signed-in").
    virtual std::optional<CoachingUser> user() const = 0;
    // Why recordings cannot be stored or opened here (no keychain, no vault folder); empty when
    // they can. The view says it instead of an empty library.
    virtual std::optional<BackendError> recordingsUnavailable() const = 0;

    // --- recordings -----------------------------------------------------------------------------
    virtual void coachableAgents(Reply<QList<CoachableAgent>> reply) = 0;
    // An agent's search is narrowed to their own recordings.
    virtual void searchRecordings(const RecordingQuery &query, Reply<RecordingPage> reply) = 0;
    // The decrypted content (WAV or transcript JSON) with its metadata; audited.
    virtual void openRecording(qint64 recordingId, Reply<OpenedRecording> reply) = 0;
    virtual void exportRecording(qint64 recordingId, const QString &path, Reply<bool> reply) = 0;
    virtual void deleteRecording(qint64 recordingId, const QString &reason, Reply<bool> reply) = 0;
    virtual void setLegalHold(qint64 recordingId, bool hold, Reply<bool> reply) = 0;
    // The audit log, newest first (admins and supervisors; read-only: nothing edits it).
    virtual void auditEntries(const AuditFilter &filter, int limit, Reply<QList<AuditEntry>> reply) = 0;

    // --- scorecards and evaluations -------------------------------------------------------------
    virtual void scorecards(Reply<QList<Scorecard>> reply) = 0; // the latest version of each
    virtual void scorecard(const QString &scorecardId, int version, Reply<Scorecard> reply) = 0;
    // A new version when the content changed; the saved form (with its version) comes back.
    virtual void saveScorecard(const Scorecard &form, Reply<Scorecard> reply) = 0;
    virtual void evaluationsForInteraction(qint64 interactionId, Reply<QList<Evaluation>> reply) = 0;
    virtual void evaluationsForAgent(qint64 agentId, Reply<QList<Evaluation>> reply) = 0;
    // Creates (id 0) or updates a draft of the signed-in evaluator.
    virtual void saveEvaluationDraft(const Evaluation &evaluation, Reply<Evaluation> reply) = 0;
    virtual void submitEvaluation(qint64 evaluationId, Reply<Evaluation> reply) = 0;
    // The evaluated agent's answer.
    virtual void acknowledgeEvaluation(qint64 evaluationId, const QString &comment,
                                       Reply<Evaluation> reply) = 0;
    virtual void disputeEvaluation(qint64 evaluationId, const QString &comment, Reply<Evaluation> reply) = 0;
    // Several evaluators' submitted scores of one interaction, and where they disagree.
    virtual void calibration(qint64 interactionId, Reply<CalibrationReport> reply) = 0;
    virtual void scoreTrend(qint64 agentId, qint64 fromMs, qint64 untilMs,
                            Reply<QList<ScoreTrendPoint>> reply) = 0;

    // --- timestamped comments -------------------------------------------------------------------
    virtual void comments(qint64 interactionId, Reply<QList<CoachingComment>> reply) = 0;
    virtual void addComment(const CoachingComment &comment, Reply<CoachingComment> reply) = 0;
    virtual void removeComment(qint64 commentId, Reply<bool> reply) = 0;

    // --- coaching sessions ----------------------------------------------------------------------
    virtual void coachingSessionsForAgent(qint64 agentId, Reply<QList<CoachingSession>> reply) = 0;
    virtual void coachingSessionsLedByMe(Reply<QList<CoachingSession>> reply) = 0;
    // Creates (id 0) or updates.
    virtual void saveCoachingSession(const CoachingSession &session, Reply<CoachingSession> reply) = 0;

Q_SIGNALS:
    void userChanged();
    // A recording was stored (a contact closed), so a library view can refresh.
    void recordingAdded(qint64 recordingId);
    // An evaluation, comment or session changed (by anyone on this backend).
    void coachingChanged();
};

} // namespace ContactDesk
