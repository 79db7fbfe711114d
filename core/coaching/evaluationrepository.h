#pragma once

#include "evaluation.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// One submitted score of an agent, for the trend chart.
struct ScoreTrendPoint
{
    qint64 evaluationId = 0;
    qint64 interactionId = 0;
    qint64 submittedMs = 0;
    double percent = 0; // 0 for a failed critical question
    bool criticalFailed = false;
    QString scorecardId;
    int scorecardVersion = 0;
};

// Evaluations (table `evaluations`), with who may do what checked here, in the core, so that no
// client can skip it:
// - reading needs Action::ReadEvaluation on the evaluated agent: an agent reads only their own
//   evaluations, and only once submitted (drafts are the evaluator's work in progress);
// - writing needs Action::WriteEvaluation (team leads and up); only the evaluator edits, submits
//   or discards their draft, and nobody evaluates a contact of the agent they work as;
// - only the evaluated agent acknowledges or disputes.
// Refusals are AccountErrorCode::Forbidden.
class EvaluationRepository final
{
public:
    explicit EvaluationRepository(Database &database);
    Q_DISABLE_COPY_MOVE(EvaluationRepository)

    // evaluation.id 0: writes a new draft by `who` (evaluatorUserId becomes who.userId; the
    // interaction, agent and a stored scorecard version must be given) and sets id and times.
    // Otherwise replaces the answers and comments of that draft; the interaction, agent and
    // scorecard of a draft cannot change. Answers are checked against the form (unknown
    // questions, values out of range, "not applicable" where not allowed); unanswered
    // questions are fine in a draft.
    std::optional<DomainError> saveDraft(const Principal &who, Evaluation &evaluation, qint64 nowMs);
    // Scores the draft with its scorecard version and stores the score with it: refused while a
    // question is unanswered (EvaluationErrorCode::Incomplete, naming them).
    StoreResult<Evaluation> submit(const Principal &who, qint64 evaluationId, qint64 nowMs);
    // The evaluated agent's answer to a submitted evaluation; a dispute needs a comment.
    StoreResult<Evaluation> acknowledge(const Principal &who, qint64 evaluationId, const QString &comment,
                                        qint64 nowMs);
    StoreResult<Evaluation> dispute(const Principal &who, qint64 evaluationId, const QString &comment,
                                    qint64 nowMs);
    // The evaluator throws away their own draft.
    std::optional<DomainError> discardDraft(const Principal &who, qint64 evaluationId);

    StoreResult<Evaluation> findById(const Principal &who, qint64 evaluationId);
    // Newest first. Asking for another agent's evaluations as an agent is refused.
    StoreResult<QList<Evaluation>> listForAgent(const Principal &who, qint64 agentId);
    // Oldest first (several evaluators calibrating on one contact); only those `who` may read.
    StoreResult<QList<Evaluation>> listForInteraction(const Principal &who, qint64 interactionId);
    // Newest first; only those `who` may read.
    StoreResult<QList<Evaluation>> listByEvaluator(const Principal &who, qint64 evaluatorUserId);

    // Interactions with an evaluation in draft, submitted or disputed: work still open on them,
    // so retention keeps their recordings. Ascending; for the system, no principal.
    StoreResult<QList<qint64>> interactionsUnderEvaluation();
    // Whether one interaction has such an evaluation; for the system, no principal.
    StoreResult<bool> isUnderEvaluation(qint64 interactionId);
    // Interactions with a submitted evaluation (submitted, acknowledged or disputed) that `who`
    // may read: an agent's own, anyone's for team leads and up. Ascending; for the recordings
    // library's "evaluated" filter.
    StoreResult<QList<qint64>> evaluatedInteractions(const Principal &who);

    // The agent's submitted scores (submitted, acknowledged or disputed; "not applicable" ones
    // have no score and are left out) in submission order, within [fromMs, untilMs) where
    // untilMs 0 means no end.
    StoreResult<QList<ScoreTrendPoint>> scoreTrend(const Principal &who, qint64 agentId, qint64 fromMs = 0,
                                                   qint64 untilMs = 0);

private:
    StoreResult<Evaluation> load(qint64 evaluationId);
    StoreResult<QList<Evaluation>> readable(const Principal &who, StoreResult<QList<Evaluation>> evaluations);
    StoreResult<Evaluation> respond(const Principal &who, qint64 evaluationId, EvaluationStatus response,
                                    const QString &comment, qint64 nowMs);

    Database &m_database;
};

} // namespace ContactDesk
