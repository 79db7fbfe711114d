#include "evaluation.h"

#include "evaluationerrors.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString evaluationStatusKey(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Draft:
        return u"draft"_s;
    case EvaluationStatus::Submitted:
        return u"submitted"_s;
    case EvaluationStatus::Acknowledged:
        return u"acknowledged"_s;
    case EvaluationStatus::Disputed:
        return u"disputed"_s;
    }
    Q_UNREACHABLE();
}

std::optional<EvaluationStatus> evaluationStatusFromKey(QStringView key)
{
    for (EvaluationStatus status : {EvaluationStatus::Draft, EvaluationStatus::Submitted,
                                    EvaluationStatus::Acknowledged, EvaluationStatus::Disputed}) {
        if (key == evaluationStatusKey(status))
            return status;
    }
    return std::nullopt;
}

const ScorecardAnswer *Evaluation::answer(const QString &questionId) const
{
    for (const ScorecardAnswer &candidate : answers) {
        if (candidate.questionId == questionId)
            return &candidate;
    }
    return nullptr;
}

static DomainError invalidEvaluation(const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidEvaluation.toString(), why};
}

std::optional<DomainError> Evaluation::validate() const
{
    if (interactionId <= 0)
        return invalidEvaluation(u"An evaluation needs the interaction it evaluates"_s);
    if (agentId <= 0)
        return invalidEvaluation(u"An evaluation needs the agent it evaluates"_s);
    if (evaluatorUserId <= 0)
        return invalidEvaluation(u"An evaluation needs its evaluator"_s);
    if (evaluatorName.trimmed().isEmpty())
        return invalidEvaluation(u"An evaluation needs its evaluator's name"_s);
    if (scorecardId.isEmpty() || scorecardVersion <= 0)
        return invalidEvaluation(u"An evaluation needs the stored scorecard version it uses"_s);
    if (overallComment.size() > MaxCommentLength || agentComment.size() > MaxCommentLength)
        return invalidEvaluation(
            u"An evaluation's comments may be at most %1 characters"_s.arg(MaxCommentLength));
    for (const ScorecardAnswer &candidate : answers) {
        if (candidate.comment.size() > MaxCommentLength) {
            return invalidEvaluation(u"The comment on question '%1' is longer than %2 characters"_s.arg(
                candidate.questionId, QString::number(MaxCommentLength)));
        }
    }
    return std::nullopt;
}

} // namespace ContactDesk
