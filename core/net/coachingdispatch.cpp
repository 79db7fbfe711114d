// Protocol v1's coaching requests (docs/PROTOCOL.md, "Coaching"): DeskDispatcher's handlers for
// the coaching view of a desktop connected to the server. Each one decodes its payload with typed
// errors and hands it to the client's EmbeddedCoachingBackend, which works as the signed-in
// account: the repositories and RecordingAccess check the permission matrix for that principal
// on every request and write the audit log, exactly as in the embedded desktop.

#include "backend/embeddedcoachingbackend.h"
#include "deskdispatchercall.h"

#include <QJsonObject>

namespace ContactDesk {

namespace {

QString coachingRequestType(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

void DeskDispatcher::addCoachingRequests()
{
    // Every coaching request needs the client's coaching backend (the server makes one per
    // session); without it (a dispatcher used without one) the request is refused, not crashed.
    const auto coaching = [](Call &call) -> EmbeddedCoachingBackend * {
        if (!call.client.coaching)
            call.fail(BackendError{QStringLiteral("unavailable"), QStringLiteral("Coaching is not available on this connection")});
        return call.client.coaching;
    };
    const auto add = [this](const char *type, Handler handler) {
        const QString name = coachingRequestType(type);
        m_coachingTypes.insert(name);
        this->add(name, std::move(handler));
    };

    add("coaching-status", [coaching](Call &call) {
        EmbeddedCoachingBackend *backend = coaching(call);
        if (!backend)
            return;
        const std::optional<BackendError> unavailable = backend->recordingsUnavailable();
        call.succeed({{QLatin1String("user"), Protocol::encode(backend->user())},
                      {QLatin1String("recordingsUnavailable"),
                       unavailable ? QJsonValue(QJsonObject{{QLatin1String("code"), unavailable->code},
                                                            {QLatin1String("message"), unavailable->message}})
                                   : QJsonValue(QJsonValue::Null)}});
    });

    // --- recordings ---------------------------------------------------------------------------
    add("coaching-agents", [coaching](Call &call) {
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->coachableAgents(call.answer<QList<CoachableAgent>>(QStringLiteral("agents")));
    });
    add("search-recordings", [coaching](Call &call) {
        const auto query = call.required<RecordingQuery>(u"query");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->searchRecordings(query, call.answer<RecordingPage>(QStringLiteral("page")));
    });
    add("open-recording", [coaching](Call &call) {
        const qint64 recordingId = call.required<qint64>(u"recordingId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->openRecording(recordingId, call.answer<OpenedRecording>(QStringLiteral("recording")));
    });
    add("export-recording", [coaching](Call &call) {
        const qint64 recordingId = call.required<qint64>(u"recordingId");
        const QString destination = call.optional<QString>(u"destination");
        if (destination.size() > Protocol::MaxNameLength)
            call.invalid(u"destination", QStringLiteral("payload.destination is too long"));
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call)) {
            backend->exportContent(recordingId, destination,
                                   call.answerWith<QByteArray>([](const QByteArray &content) {
                                       return QJsonObject{{QLatin1String("contentBase64"),
                                                           QString::fromLatin1(content.toBase64())}};
                                   }));
        }
    });
    add("delete-recording", [coaching](Call &call) {
        const qint64 recordingId = call.required<qint64>(u"recordingId");
        const QString reason = call.required<QString>(u"reason");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->deleteRecording(recordingId, reason, call.done());
    });
    add("set-legal-hold", [coaching](Call &call) {
        const qint64 recordingId = call.required<qint64>(u"recordingId");
        const bool hold = call.required<bool>(u"hold");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->setLegalHold(recordingId, hold, call.done());
    });
    add("audit-entries", [coaching](Call &call) {
        const auto filter = call.optional<AuditFilter>(u"filter");
        const int limit = call.optional<int>(u"limit", 100);
        if (limit < 1 || limit > 1000)
            call.invalid(u"limit", QStringLiteral("payload.limit is from 1 to 1000"));
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->auditEntries(filter, limit, call.answer<QList<AuditEntry>>(QStringLiteral("entries")));
    });

    // --- scorecards and evaluations -----------------------------------------------------------
    add("scorecards", [coaching](Call &call) {
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->scorecards(call.answer<QList<Scorecard>>(QStringLiteral("scorecards")));
    });
    add("scorecard", [coaching](Call &call) {
        const QString scorecardId = call.required<QString>(u"scorecardId");
        const int version = call.optional<int>(u"version", 0);
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->scorecard(scorecardId, version, call.answer<Scorecard>(QStringLiteral("scorecard")));
    });
    add("save-scorecard", [coaching](Call &call) {
        const auto form = call.required<Scorecard>(u"scorecard");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->saveScorecard(form, call.answer<Scorecard>(QStringLiteral("scorecard")));
    });
    add("evaluations-for-interaction", [coaching](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->evaluationsForInteraction(interactionId,
                                               call.answer<QList<Evaluation>>(QStringLiteral("evaluations")));
    });
    add("evaluations-for-agent", [coaching](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->evaluationsForAgent(agentId,
                                         call.answer<QList<Evaluation>>(QStringLiteral("evaluations")));
    });
    add("save-evaluation-draft", [coaching](Call &call) {
        const auto evaluation = call.required<Evaluation>(u"evaluation");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->saveEvaluationDraft(evaluation, call.answer<Evaluation>(QStringLiteral("evaluation")));
    });
    add("submit-evaluation", [coaching](Call &call) {
        const qint64 evaluationId = call.required<qint64>(u"evaluationId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->submitEvaluation(evaluationId, call.answer<Evaluation>(QStringLiteral("evaluation")));
    });
    add("acknowledge-evaluation", [coaching](Call &call) {
        const qint64 evaluationId = call.required<qint64>(u"evaluationId");
        const QString comment = call.optional<QString>(u"comment");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->acknowledgeEvaluation(evaluationId, comment,
                                           call.answer<Evaluation>(QStringLiteral("evaluation")));
    });
    add("dispute-evaluation", [coaching](Call &call) {
        const qint64 evaluationId = call.required<qint64>(u"evaluationId");
        const QString comment = call.required<QString>(u"comment");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->disputeEvaluation(evaluationId, comment,
                                       call.answer<Evaluation>(QStringLiteral("evaluation")));
    });
    add("calibration", [coaching](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->calibration(interactionId, call.answer<CalibrationReport>(QStringLiteral("report")));
    });
    add("score-trend", [coaching](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        const qint64 fromMs = call.optional<qint64>(u"fromMs", 0);
        const qint64 untilMs = call.optional<qint64>(u"untilMs", 0);
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->scoreTrend(agentId, fromMs, untilMs,
                                call.answer<QList<ScoreTrendPoint>>(QStringLiteral("points")));
    });

    // --- timestamped comments -----------------------------------------------------------------
    add("coaching-comments", [coaching](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->comments(interactionId, call.answer<QList<CoachingComment>>(QStringLiteral("comments")));
    });
    add("add-coaching-comment", [coaching](Call &call) {
        const auto comment = call.required<CoachingComment>(u"comment");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->addComment(comment, call.answer<CoachingComment>(QStringLiteral("comment")));
    });
    add("remove-coaching-comment", [coaching](Call &call) {
        const qint64 commentId = call.required<qint64>(u"commentId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->removeComment(commentId, call.done());
    });

    // --- coaching sessions --------------------------------------------------------------------
    add("coaching-sessions-for-agent", [coaching](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->coachingSessionsForAgent(
                agentId, call.answer<QList<CoachingSession>>(QStringLiteral("sessions")));
    });
    add("coaching-sessions-led-by-me", [coaching](Call &call) {
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->coachingSessionsLedByMe(call.answer<QList<CoachingSession>>(QStringLiteral("sessions")));
    });
    add("save-coaching-session", [coaching](Call &call) {
        const auto session = call.required<CoachingSession>(u"session");
        if (!call.fieldsOk())
            return;
        if (EmbeddedCoachingBackend *backend = coaching(call))
            backend->saveCoachingSession(session, call.answer<CoachingSession>(QStringLiteral("session")));
    });
}

} // namespace ContactDesk
