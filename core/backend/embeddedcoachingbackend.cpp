#include "embeddedcoachingbackend.h"

#include "centre/contactcentre.h"
#include "centrehost.h"
#include "coaching/coachingcommentrepository.h"
#include "coaching/coachingsessionrepository.h"
#include "coaching/contactrecorder.h"
#include "coaching/recordingretention.h"
#include "coaching/scorecardrepository.h"
#include "embeddedbackend.h"
#include "routing/clock.h"
#include "security/accounterrors.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// A refusal by the matrix and a missing row map to the backend's general codes, as the desk's
// do; the coaching rooms' own codes (evaluation-incomplete, recording-legal-hold ...) say more
// than any general one and pass through; other store failures are "storage".
BackendError fromCoaching(const DomainError &error)
{
    if (error.code == AccountErrorCode::Forbidden)
        return BackendError{u"forbidden"_s, error.message};
    if (error.code == StoreErrorCode::NotFound)
        return BackendError{u"not-found"_s, error.message};
    if (error.code.startsWith(u"store-"_s))
        return BackendError{u"storage"_s, error.message};
    return BackendError{error.code, error.message};
}

template <typename T>
void answerCoaching(const CoachingBackend::Reply<T> &reply, StoreResult<T> result)
{
    if (!result) {
        reply(fromCoaching(result.error()));
        return;
    }
    reply(std::move(result).value());
}

void answerCoachingDone(const CoachingBackend::Reply<bool> &reply, const std::optional<DomainError> &error)
{
    if (error)
        reply(fromCoaching(*error));
    else
        reply(true);
}

BackendError coachingNotSignedIn()
{
    return BackendError{u"not-signed-in"_s, u"Sign in to work with recordings and evaluations"_s};
}

} // namespace

EmbeddedCoachingBackend::EmbeddedCoachingBackend(CentreHost &host, EmbeddedBackend &desk, QObject *parent)
    : CoachingBackend(parent)
    , m_host(host)
    , m_desk(&desk)
{
    connect(&desk, &EmbeddedBackend::sessionChanged, this, &EmbeddedCoachingBackend::refreshUser);
    if (ContactRecorder *recorder = host.recorder()) {
        connect(recorder, &ContactRecorder::recorded, this,
                [this](qint64 recordingId, qint64) { Q_EMIT recordingAdded(recordingId); });
    }
    refreshUser();
}

EmbeddedCoachingBackend::EmbeddedCoachingBackend(CentreHost &host, const CoachingUser &account,
                                                 QObject *parent)
    : CoachingBackend(parent)
    , m_host(host)
    , m_user(account)
    , m_noUser(coachingNotSignedIn())
{}

void EmbeddedCoachingBackend::setAccount(const std::optional<CoachingUser> &account)
{
    Q_ASSERT(!m_desk);
    if (account == m_user)
        return;
    m_user = account;
    Q_EMIT userChanged();
}

EmbeddedCoachingBackend::~EmbeddedCoachingBackend() = default;

void EmbeddedCoachingBackend::refreshUser()
{
    std::optional<CoachingUser> found;
    if (!m_desk)
        return; // pinned: setAccount() says who
    const std::optional<AgentSession> session = m_desk->session();
    if (!session) {
        m_noUser = coachingNotSignedIn();
    } else {
        auto users = UserRepository(m_host.database()).list();
        if (!users) {
            m_noUser = fromCoaching(users.error());
        } else {
            for (const User &account : std::as_const(*users)) {
                if (account.agentId != session->agentId || account.disabled)
                    continue;
                found = CoachingUser{account.id, account.login, account.displayName, account.role,
                                     account.agentId};
            }
            if (!found) {
                m_noUser = BackendError{
                    u"not-signed-in"_s,
                    u"%1 (%2) has no user account to coach with; an admin creates one with contactdesk-cli "
                    "user add"_s.arg(session->displayName, session->login)};
            }
        }
    }
    if (found == m_user)
        return;
    m_user = found;
    Q_EMIT userChanged();
}

std::optional<BackendError> EmbeddedCoachingBackend::requireUser() const
{
    if (!m_user)
        return m_noUser;
    return std::nullopt;
}

std::optional<BackendError> EmbeddedCoachingBackend::recordingsUnavailable() const
{
    if (auto why = m_host.recordingsUnavailable())
        return BackendError{u"unavailable"_s, why->message};
    return std::nullopt;
}

std::optional<BackendError> EmbeddedCoachingBackend::requireRecordings() const
{
    if (auto error = requireUser())
        return error;
    return recordingsUnavailable();
}

qint64 EmbeddedCoachingBackend::nowMs() const
{
    return m_host.centre().clock().nowMs();
}

// ---------------------------------------------------------------------------------------------
// Recordings

void EmbeddedCoachingBackend::coachableAgents(Reply<QList<CoachableAgent>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    auto agents = AgentRepository(m_host.database()).list();
    if (!agents) {
        reply(fromCoaching(agents.error()));
        return;
    }
    // Whoever may play only their own recordings coaches nobody but themselves.
    const bool everyone = Permissions::grant(m_user->role, Action::PlayRecording) == Grant::Any;
    QList<CoachableAgent> result;
    for (const Agent &agent : std::as_const(*agents)) {
        if (everyone || agent.id == m_user->agentId)
            result.append(CoachableAgent{agent.id, agent.displayName, agent.team});
    }
    reply(result);
}

void EmbeddedCoachingBackend::searchRecordings(const RecordingQuery &query, Reply<RecordingPage> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    const Principal who = m_user->principal();
    RecordingQuery asked = query;
    asked.evaluatedInteractionIds.clear();
    if (asked.evaluation != RecordingQuery::Evaluation::Any) {
        auto evaluated = EvaluationRepository(m_host.database()).evaluatedInteractions(who);
        if (!evaluated) {
            reply(fromCoaching(evaluated.error()));
            return;
        }
        asked.evaluatedInteractionIds = QSet<qint64>(evaluated->cbegin(), evaluated->cend());
    }
    answerCoaching(reply,
                   RecordingAccess(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                       .search(who, asked));
}

void EmbeddedCoachingBackend::openRecording(qint64 recordingId, Reply<OpenedRecording> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    answerCoaching(reply,
                   RecordingAccess(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                       .open(m_user->principal(), recordingId));
}

void EmbeddedCoachingBackend::exportRecording(qint64 recordingId, const QString &path, Reply<bool> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    answerCoachingDone(reply,
                       RecordingAccess(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                           .exportTo(m_user->principal(), recordingId, path));
}

void EmbeddedCoachingBackend::exportContent(qint64 recordingId, const QString &destination,
                                            Reply<QByteArray> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    answerCoaching(reply,
                   RecordingAccess(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                       .exportContent(m_user->principal(), recordingId, destination));
}

void EmbeddedCoachingBackend::deleteRecording(qint64 recordingId, const QString &reason, Reply<bool> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    answerCoachingDone(reply,
                       RecordingAccess(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                           .remove(m_user->principal(), recordingId, reason));
}

void EmbeddedCoachingBackend::setLegalHold(qint64 recordingId, bool hold, Reply<bool> reply)
{
    if (auto error = requireRecordings()) {
        reply(*error);
        return;
    }
    answerCoachingDone(
        reply, RecordingRetention(m_host.database(), *m_host.recordingVault(), m_host.centre().clock())
                   .setLegalHold(m_user->principal(), recordingId, hold));
}

void EmbeddedCoachingBackend::auditEntries(const AuditFilter &filter, int limit,
                                           Reply<QList<AuditEntry>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    // The log says who got at which recording, so it is for the roles that may take recordings
    // out of ContactDesk: supervisors and admins (ExportRecording).
    if (auto refused = Permissions::check(m_user->principal(), Action::ExportRecording)) {
        reply(BackendError{u"forbidden"_s,
                           u"Only supervisors and admins read the audit log (%1)"_s.arg(refused->message)});
        return;
    }
    answerCoaching(reply, AuditLog(m_host.database()).entries(filter, limit));
}

// ---------------------------------------------------------------------------------------------
// Scorecards and evaluations

void EmbeddedCoachingBackend::scorecards(Reply<QList<Scorecard>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(reply, ScorecardRepository(m_host.database()).listLatest());
}

void EmbeddedCoachingBackend::scorecard(const QString &scorecardId, int version, Reply<Scorecard> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    ScorecardRepository forms(m_host.database());
    answerCoaching(reply, version > 0 ? forms.find(scorecardId, version) : forms.latest(scorecardId));
}

void EmbeddedCoachingBackend::saveScorecard(const Scorecard &form, Reply<Scorecard> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    Scorecard saved = form;
    if (auto error = ScorecardRepository(m_host.database()).save(m_user->principal(), saved, nowMs())) {
        reply(fromCoaching(*error));
        return;
    }
    reply(saved);
    Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::evaluationsForInteraction(qint64 interactionId, Reply<QList<Evaluation>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(
        reply,
        EvaluationRepository(m_host.database()).listForInteraction(m_user->principal(), interactionId));
}

void EmbeddedCoachingBackend::evaluationsForAgent(qint64 agentId, Reply<QList<Evaluation>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(reply, EvaluationRepository(m_host.database()).listForAgent(m_user->principal(), agentId));
}

void EmbeddedCoachingBackend::saveEvaluationDraft(const Evaluation &evaluation, Reply<Evaluation> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    Evaluation draft = evaluation;
    if (draft.evaluatorName.trimmed().isEmpty())
        draft.evaluatorName = m_user->displayName;
    if (auto error = EvaluationRepository(m_host.database()).saveDraft(m_user->principal(), draft, nowMs())) {
        reply(fromCoaching(*error));
        return;
    }
    reply(draft);
    Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::submitEvaluation(qint64 evaluationId, Reply<Evaluation> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    auto submitted =
        EvaluationRepository(m_host.database()).submit(m_user->principal(), evaluationId, nowMs());
    const bool changed = submitted.ok();
    answerCoaching(reply, std::move(submitted));
    if (changed)
        Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::acknowledgeEvaluation(qint64 evaluationId, const QString &comment,
                                                    Reply<Evaluation> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    auto answered = EvaluationRepository(m_host.database())
                        .acknowledge(m_user->principal(), evaluationId, comment, nowMs());
    const bool changed = answered.ok();
    answerCoaching(reply, std::move(answered));
    if (changed)
        Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::disputeEvaluation(qint64 evaluationId, const QString &comment,
                                                Reply<Evaluation> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    auto answered =
        EvaluationRepository(m_host.database()).dispute(m_user->principal(), evaluationId, comment, nowMs());
    const bool changed = answered.ok();
    answerCoaching(reply, std::move(answered));
    if (changed)
        Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::calibration(qint64 interactionId, Reply<CalibrationReport> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    auto evaluations =
        EvaluationRepository(m_host.database()).listForInteraction(m_user->principal(), interactionId);
    if (!evaluations) {
        reply(fromCoaching(evaluations.error()));
        return;
    }
    // Scores compare only on one form: the version most evaluators used (the earliest of equals).
    QHash<QString, int> uses;
    QList<Evaluation> submitted;
    for (const Evaluation &evaluation : std::as_const(*evaluations)) {
        if (evaluation.status == EvaluationStatus::Draft)
            continue;
        submitted.append(evaluation);
        ++uses[evaluation.scorecardId + u'\n' + QString::number(evaluation.scorecardVersion)];
    }
    const Evaluation *chosen = nullptr;
    for (const Evaluation &evaluation : std::as_const(submitted)) {
        const auto count = [&uses](const Evaluation &e) {
            return uses.value(e.scorecardId + u'\n' + QString::number(e.scorecardVersion));
        };
        if (!chosen || count(evaluation) > count(*chosen))
            chosen = &evaluation;
    }
    if (!chosen) {
        reply(BackendError{u"calibration-invalid"_s,
                           u"Interaction %1 has no submitted evaluation to calibrate"_s.arg(interactionId)});
        return;
    }
    auto form = ScorecardRepository(m_host.database()).find(chosen->scorecardId, chosen->scorecardVersion);
    if (!form) {
        reply(fromCoaching(form.error()));
        return;
    }
    QList<Evaluation> sameForm;
    for (const Evaluation &evaluation : std::as_const(submitted)) {
        if (evaluation.scorecardId == form->id && evaluation.scorecardVersion == form->version)
            sameForm.append(evaluation);
    }
    answerCoaching(reply, Calibration::compare(*form, sameForm));
}

void EmbeddedCoachingBackend::scoreTrend(qint64 agentId, qint64 fromMs, qint64 untilMs,
                                         Reply<QList<ScoreTrendPoint>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(
        reply,
        EvaluationRepository(m_host.database()).scoreTrend(m_user->principal(), agentId, fromMs, untilMs));
}

// ---------------------------------------------------------------------------------------------
// Comments and sessions

void EmbeddedCoachingBackend::comments(qint64 interactionId, Reply<QList<CoachingComment>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(
        reply,
        CoachingCommentRepository(m_host.database()).forInteraction(m_user->principal(), interactionId));
}

void EmbeddedCoachingBackend::addComment(const CoachingComment &comment, Reply<CoachingComment> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    CoachingComment added = comment;
    if (added.authorName.trimmed().isEmpty())
        added.authorName = m_user->displayName;
    if (auto error = CoachingCommentRepository(m_host.database()).add(m_user->principal(), added, nowMs())) {
        reply(fromCoaching(*error));
        return;
    }
    reply(added);
    Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::removeComment(qint64 commentId, Reply<bool> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    const auto error = CoachingCommentRepository(m_host.database()).remove(m_user->principal(), commentId);
    answerCoachingDone(reply, error);
    if (!error)
        Q_EMIT coachingChanged();
}

void EmbeddedCoachingBackend::coachingSessionsForAgent(qint64 agentId, Reply<QList<CoachingSession>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(reply,
                   CoachingSessionRepository(m_host.database()).listForAgent(m_user->principal(), agentId));
}

void EmbeddedCoachingBackend::coachingSessionsLedByMe(Reply<QList<CoachingSession>> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    answerCoaching(
        reply, CoachingSessionRepository(m_host.database()).listForLead(m_user->principal(), m_user->userId));
}

void EmbeddedCoachingBackend::saveCoachingSession(const CoachingSession &session,
                                                  Reply<CoachingSession> reply)
{
    if (auto error = requireUser()) {
        reply(*error);
        return;
    }
    CoachingSession saved = session;
    CoachingSessionRepository sessions(m_host.database());
    const auto error = saved.id == 0 ? sessions.create(m_user->principal(), saved, nowMs())
                                     : sessions.update(m_user->principal(), saved, nowMs());
    if (error) {
        reply(fromCoaching(*error));
        return;
    }
    reply(saved);
    Q_EMIT coachingChanged();
}

} // namespace ContactDesk
