#pragma once

#include "domain/domainerror.h"
#include "scorecardscoring.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

// draft → submitted → acknowledged | disputed. Only the evaluator edits a draft; submitting fixes
// the answers and the score; only the evaluated agent acknowledges or disputes.
enum class EvaluationStatus
{
    Draft,
    Submitted,
    Acknowledged,
    Disputed,
};

QString evaluationStatusKey(EvaluationStatus status); // "draft", "submitted", "acknowledged", "disputed"
std::optional<EvaluationStatus> evaluationStatusFromKey(QStringView key);

// One evaluator's scoring of one interaction with one version of a scorecard.
struct Evaluation
{
    static constexpr int MaxCommentLength = 4000;

    qint64 id = 0;
    qint64 interactionId = 0;
    qint64 agentId = 0; // the agent evaluated
    qint64 evaluatorUserId = 0;
    QString evaluatorName;
    QString scorecardId;
    int scorecardVersion = 0;
    QList<ScorecardAnswer> answers; // each with its own comment
    QString overallComment;
    EvaluationStatus status = EvaluationStatus::Draft;
    QString agentComment; // the agent's, with the acknowledgement or the dispute
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 submittedMs = 0;
    qint64 respondedMs = 0;              // acknowledged or disputed
    std::optional<ScorecardScore> score; // as computed at submission; empty for a draft

    const ScorecardAnswer *answer(const QString &questionId) const;
    // The fields every evaluation needs, and comments within MaxCommentLength
    // (EvaluationErrorCode::InvalidEvaluation). Answers are checked against the form when scored.
    std::optional<DomainError> validate() const;
};

} // namespace ContactDesk
