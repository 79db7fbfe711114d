#include "remotecoachingbackend.h"

#include "protocolcodec.h"
#include "remotebackend.h"

#include <QFileDevice>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>

namespace ContactDesk {

using Protocol::encode;

RemoteCoachingBackend::RemoteCoachingBackend(RemoteBackend &desk, QObject *parent)
    : CoachingBackend(parent)
    , m_desk(desk)
{
    // A new token: signed in, resumed, or (empty) signed out; a restored connection resumed.
    connect(&desk, &RemoteBackend::sessionTokenChanged, this, &RemoteCoachingBackend::refreshStatus);
    connect(&desk, &DeskBackend::connectionRestored, this, &RemoteCoachingBackend::refreshStatus);
    connect(&desk, &RemoteBackend::serverEvent, this, &RemoteCoachingBackend::onServerEvent);
    refreshStatus();
}

RemoteCoachingBackend::~RemoteCoachingBackend() = default;

void RemoteCoachingBackend::setUser(const std::optional<CoachingUser> &user)
{
    if (user == m_user)
        return;
    m_user = user;
    Q_EMIT userChanged();
}

void RemoteCoachingBackend::refreshStatus()
{
    const quint64 generation = ++m_statusGeneration;
    m_statusKnown = false;
    if (m_desk.token().isEmpty()) {
        m_recordingsUnavailable.reset();
        setUser(std::nullopt);
        return;
    }
    QPointer<RemoteCoachingBackend> self(this);
    m_desk.request(QStringLiteral("coaching-status"), {}, [self, generation](const QJsonObject *result, const BackendError *error) {
            if (!self || self->m_statusGeneration != generation)
                return;
            if (error) {
                // Disconnected before it answered: asked again on connectionRestored().
                if (error->code != u"disconnected")
                    qWarning("contactdesk: coaching-status failed: %s", qPrintable(error->message));
                return;
            }
            auto user = Protocol::decode<std::optional<CoachingUser>>(result->value(QLatin1String("user")),
                                                                      QStringLiteral("payload.user"));
            if (auto *problem = std::get_if<Protocol::Error>(&user)) {
                qWarning("contactdesk: the server's coaching-status is malformed: %s",
                         qPrintable(problem->message));
                return;
            }
            const QJsonValue unavailable = result->value(QLatin1String("recordingsUnavailable"));
            if (unavailable.isObject()) {
                const QJsonObject why = unavailable.toObject();
                self->m_recordingsUnavailable = BackendError{why.value(QLatin1String("code")).toString(),
                                                             why.value(QLatin1String("message")).toString()};
            } else {
                self->m_recordingsUnavailable.reset();
            }
            self->m_statusKnown = true;
            self->setUser(std::get<std::optional<CoachingUser>>(std::move(user)));
            Q_EMIT self->statusKnown();
        });
}

void RemoteCoachingBackend::onServerEvent(const QString &event, const QJsonObject &payload)
{
    if (event == u"coaching-changed") {
        Q_EMIT coachingChanged();
    } else if (event == u"recording-added") {
        const QJsonValue id = payload.value(QLatin1String("recordingId"));
        if (id.isDouble())
            Q_EMIT recordingAdded(qint64(id.toDouble()));
    }
}

// --- recordings -------------------------------------------------------------------------------

void RemoteCoachingBackend::coachableAgents(Reply<QList<CoachableAgent>> reply)
{
    m_desk.call(QStringLiteral("coaching-agents"), {}, QStringLiteral("agents"), std::move(reply));
}

void RemoteCoachingBackend::searchRecordings(const RecordingQuery &query, Reply<RecordingPage> reply)
{
    // The server works out the "evaluated" filter itself, from what this user may read.
    RecordingQuery asked = query;
    asked.evaluatedInteractionIds.clear();
    m_desk.call(QStringLiteral("search-recordings"), {{QLatin1String("query"), encode(asked)}},
                               QStringLiteral("page"), std::move(reply));
}

void RemoteCoachingBackend::openRecording(qint64 recordingId, Reply<OpenedRecording> reply)
{
    m_desk.call(QStringLiteral("open-recording"), {{QLatin1String("recordingId"), recordingId}},
                               QStringLiteral("recording"), std::move(reply));
}

void RemoteCoachingBackend::exportRecording(qint64 recordingId, const QString &path, Reply<bool> reply)
{
    // The content is read as it is, not as a protocol string (those stop at 1 MiB of text).
    m_desk.request(QStringLiteral("export-recording"),
        {{QLatin1String("recordingId"), recordingId}, {QLatin1String("destination"), path}},
        [reply, path](const QJsonObject *result, const BackendError *error) {
            if (error) {
                reply(*error);
                return;
            }
            const QJsonValue encoded = result->value(QLatin1String("contentBase64"));
            auto content = QByteArray::fromBase64Encoding(encoded.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!encoded.isString() || !content) {
                reply(BackendError{QStringLiteral("bad-response"), QStringLiteral("The server's recording is not valid base64")});
                return;
            }
            // Owner-only, as the embedded export writes it; all or nothing.
            QSaveFile file(path);
            const bool opened = file.open(QIODevice::WriteOnly);
            if (opened)
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            if (!opened || file.write(*content) != (*content).size() || !file.commit()) {
                reply(BackendError{
                    QStringLiteral("recording-file-error"),
                                   QStringLiteral("Could not write %1: %2").arg(path, file.errorString())});
                return;
            }
            reply(true);
        });
}

void RemoteCoachingBackend::deleteRecording(qint64 recordingId, const QString &reason, Reply<bool> reply)
{
    m_desk.command(QStringLiteral("delete-recording"), {{QLatin1String("recordingId"), recordingId}, {QLatin1String("reason"), reason}},
        std::move(reply));
}

void RemoteCoachingBackend::setLegalHold(qint64 recordingId, bool hold, Reply<bool> reply)
{
    m_desk.command(QStringLiteral("set-legal-hold"), {{QLatin1String("recordingId"), recordingId}, {QLatin1String("hold"), hold}},
        std::move(reply));
}

void RemoteCoachingBackend::auditEntries(const AuditFilter &filter, int limit, Reply<QList<AuditEntry>> reply)
{
    m_desk.call(QStringLiteral("audit-entries"),
                               {{QLatin1String("filter"), encode(filter)}, {QLatin1String("limit"), limit}},
                               QStringLiteral("entries"), std::move(reply));
}

// --- scorecards and evaluations ---------------------------------------------------------------

void RemoteCoachingBackend::scorecards(Reply<QList<Scorecard>> reply)
{
    m_desk.call(QStringLiteral("scorecards"), {}, QStringLiteral("scorecards"), std::move(reply));
}

void RemoteCoachingBackend::scorecard(const QString &scorecardId, int version, Reply<Scorecard> reply)
{
    m_desk.call(QStringLiteral("scorecard"),
                               {{QLatin1String("scorecardId"), scorecardId},
                                {QLatin1String("version"), std::max(0, version)}},
                               QStringLiteral("scorecard"), std::move(reply));
}

void RemoteCoachingBackend::saveScorecard(const Scorecard &form, Reply<Scorecard> reply)
{
    m_desk.call(QStringLiteral("save-scorecard"), {{QLatin1String("scorecard"), encode(form)}},
                               QStringLiteral("scorecard"), std::move(reply));
}

void RemoteCoachingBackend::evaluationsForInteraction(qint64 interactionId, Reply<QList<Evaluation>> reply)
{
    m_desk.call(QStringLiteral("evaluations-for-interaction"),
                               {{QLatin1String("interactionId"), interactionId}},
                               QStringLiteral("evaluations"), std::move(reply));
}

void RemoteCoachingBackend::evaluationsForAgent(qint64 agentId, Reply<QList<Evaluation>> reply)
{
    m_desk.call(QStringLiteral("evaluations-for-agent"), {{QLatin1String("agentId"), agentId}},
                               QStringLiteral("evaluations"), std::move(reply));
}

void RemoteCoachingBackend::saveEvaluationDraft(const Evaluation &evaluation, Reply<Evaluation> reply)
{
    m_desk.call(QStringLiteral("save-evaluation-draft"), {{QLatin1String("evaluation"), encode(evaluation)}},
                               QStringLiteral("evaluation"), std::move(reply));
}

void RemoteCoachingBackend::submitEvaluation(qint64 evaluationId, Reply<Evaluation> reply)
{
    m_desk.call(QStringLiteral("submit-evaluation"), {{QLatin1String("evaluationId"), evaluationId}},
                               QStringLiteral("evaluation"), std::move(reply));
}

void RemoteCoachingBackend::acknowledgeEvaluation(qint64 evaluationId, const QString &comment,
                                                  Reply<Evaluation> reply)
{
    m_desk.call(
        QStringLiteral("acknowledge-evaluation"),
                       {{QLatin1String("evaluationId"), evaluationId}, {QLatin1String("comment"), comment}},
                       QStringLiteral("evaluation"), std::move(reply));
}

void RemoteCoachingBackend::disputeEvaluation(qint64 evaluationId, const QString &comment,
                                              Reply<Evaluation> reply)
{
    m_desk.call(
        QStringLiteral("dispute-evaluation"),
                       {{QLatin1String("evaluationId"), evaluationId}, {QLatin1String("comment"), comment}},
                       QStringLiteral("evaluation"), std::move(reply));
}

void RemoteCoachingBackend::calibration(qint64 interactionId, Reply<CalibrationReport> reply)
{
    m_desk.call(QStringLiteral("calibration"), {{QLatin1String("interactionId"), interactionId}},
                               QStringLiteral("report"), std::move(reply));
}

void RemoteCoachingBackend::scoreTrend(qint64 agentId, qint64 fromMs, qint64 untilMs,
                                       Reply<QList<ScoreTrendPoint>> reply)
{
    m_desk.call(QStringLiteral("score-trend"),
                               {{QLatin1String("agentId"), agentId},
                                {QLatin1String("fromMs"), std::max<qint64>(0, fromMs)},
                                {QLatin1String("untilMs"), std::max<qint64>(0, untilMs)}},
                               QStringLiteral("points"), std::move(reply));
}

// --- timestamped comments ---------------------------------------------------------------------

void RemoteCoachingBackend::comments(qint64 interactionId, Reply<QList<CoachingComment>> reply)
{
    m_desk.call(QStringLiteral("coaching-comments"), {{QLatin1String("interactionId"), interactionId}},
                               QStringLiteral("comments"), std::move(reply));
}

void RemoteCoachingBackend::addComment(const CoachingComment &comment, Reply<CoachingComment> reply)
{
    m_desk.call(QStringLiteral("add-coaching-comment"), {{QLatin1String("comment"), encode(comment)}},
                               QStringLiteral("comment"), std::move(reply));
}

void RemoteCoachingBackend::removeComment(qint64 commentId, Reply<bool> reply)
{
    m_desk.command(QStringLiteral("remove-coaching-comment"), {{QLatin1String("commentId"), commentId}},
                                  std::move(reply));
}

// --- coaching sessions ------------------------------------------------------------------------

void RemoteCoachingBackend::coachingSessionsForAgent(qint64 agentId, Reply<QList<CoachingSession>> reply)
{
    m_desk.call(QStringLiteral("coaching-sessions-for-agent"), {{QLatin1String("agentId"), agentId}},
                               QStringLiteral("sessions"), std::move(reply));
}

void RemoteCoachingBackend::coachingSessionsLedByMe(Reply<QList<CoachingSession>> reply)
{
    m_desk.call(QStringLiteral("coaching-sessions-led-by-me"), {},
                               QStringLiteral("sessions"), std::move(reply));
}

void RemoteCoachingBackend::saveCoachingSession(const CoachingSession &session, Reply<CoachingSession> reply)
{
    m_desk.call(QStringLiteral("save-coaching-session"), {{QLatin1String("session"), encode(session)}},
                               QStringLiteral("session"), std::move(reply));
}

} // namespace ContactDesk
