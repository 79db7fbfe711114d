#include "calibration.h"

#include "evaluationerrors.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static DomainError invalidCalibration(const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidCalibration.toString(), why};
}

static std::optional<DomainError> checkComparable(const Scorecard &form, const QList<Evaluation> &evaluations)
{
    if (evaluations.size() < 2)
        return invalidCalibration(
            u"A calibration compares at least two evaluations, not %1"_s.arg(evaluations.size()));
    QSet<qint64> evaluators;
    const qint64 interactionId = evaluations.constFirst().interactionId;
    for (const Evaluation &evaluation : evaluations) {
        if (evaluation.interactionId != interactionId) {
            return invalidCalibration(
                u"Evaluation %1 is of interaction %2, not %3: a calibration compares one interaction"_s.arg(
                    QString::number(evaluation.id), QString::number(evaluation.interactionId),
                    QString::number(interactionId)));
        }
        if (evaluation.scorecardId != form.id || evaluation.scorecardVersion != form.version) {
            return invalidCalibration(
                u"Evaluation %1 uses scorecard '%2' version %3, not '%4' version %5"_s.arg(
                    QString::number(evaluation.id), evaluation.scorecardId,
                    QString::number(evaluation.scorecardVersion), form.id, QString::number(form.version)));
        }
        if (evaluators.contains(evaluation.evaluatorUserId)) {
            return invalidCalibration(
                u"Evaluator %1 appears twice: a calibration compares different evaluators"_s.arg(
                    evaluation.evaluatorUserId));
        }
        evaluators.insert(evaluation.evaluatorUserId);
        if (evaluation.status == EvaluationStatus::Draft || !evaluation.score) {
            return invalidCalibration(
                u"Evaluation %1 by %2 is not submitted yet, so it has no score to compare"_s.arg(
                    QString::number(evaluation.id), evaluation.evaluatorName));
        }
    }
    return std::nullopt;
}

static std::pair<std::optional<int>, bool> answerOf(const Evaluation &evaluation, const QString &questionId)
{
    const ScorecardAnswer *answer = evaluation.answer(questionId);
    if (!answer)
        return {std::nullopt, false};
    return {answer->value, answer->notApplicable};
}

StoreResult<CalibrationReport> Calibration::compare(const Scorecard &form,
                                                    const QList<Evaluation> &evaluations)
{
    if (auto error = checkComparable(form, evaluations))
        return *error;

    CalibrationReport report;
    report.interactionId = evaluations.constFirst().interactionId;
    report.scorecardId = form.id;
    report.scorecardVersion = form.version;

    QList<double> percents;
    for (const Evaluation &evaluation : evaluations) {
        CalibrationScore score;
        score.evaluationId = evaluation.id;
        score.evaluatorUserId = evaluation.evaluatorUserId;
        score.evaluatorName = evaluation.evaluatorName;
        score.outcome = evaluation.score->outcome;
        score.percent = evaluation.score->percent;
        if (score.percent)
            percents.append(*score.percent);
        report.scores.append(score);
    }

    report.scoredCount = int(percents.size());
    if (!percents.isEmpty()) {
        double sum = 0;
        for (double percent : percents)
            sum += percent;
        const double mean = sum / double(percents.size());
        double squares = 0;
        for (double percent : percents)
            squares += (percent - mean) * (percent - mean);
        const auto [lowest, highest] = std::minmax_element(percents.cbegin(), percents.cend());
        report.mean = mean;
        report.minimum = *lowest;
        report.maximum = *highest;
        report.spread = *highest - *lowest;
        report.standardDeviation = std::sqrt(squares / double(percents.size()));
    }

    for (const ScorecardSection &section : form.sections) {
        for (const ScorecardQuestion &question : section.questions) {
            QuestionDisagreement disagreement;
            disagreement.sectionId = section.id;
            disagreement.questionId = question.id;
            QList<std::pair<std::optional<int>, bool>> distinct;
            std::optional<int> lowest;
            std::optional<int> highest;
            for (const Evaluation &evaluation : evaluations) {
                const auto answer = answerOf(evaluation, question.id);
                disagreement.answers.append(CalibrationAnswer{evaluation.id, answer.first, answer.second});
                if (!distinct.contains(answer))
                    distinct.append(answer);
                if (answer.first) {
                    lowest = lowest ? std::min(*lowest, *answer.first) : *answer.first;
                    highest = highest ? std::max(*highest, *answer.first) : *answer.first;
                }
            }
            if (distinct.size() < 2)
                continue;
            disagreement.distinctAnswers = int(distinct.size());
            if (lowest)
                disagreement.valueSpread = *highest - *lowest;
            report.disagreements.append(disagreement);
        }
    }
    return report;
}

} // namespace ContactDesk
