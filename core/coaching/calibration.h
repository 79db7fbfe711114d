#pragma once

#include "evaluation.h"
#include "scorecard.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// One evaluator's place in a calibration.
struct CalibrationScore
{
    qint64 evaluationId = 0;
    qint64 evaluatorUserId = 0;
    QString evaluatorName;
    ScoreOutcome outcome = ScoreOutcome::Scored;
    std::optional<double> percent; // empty when nothing applied for this evaluator
};

// What one evaluator answered to a question the evaluators did not agree on.
struct CalibrationAnswer
{
    qint64 evaluationId = 0;
    std::optional<int> value;
    bool notApplicable = false;
};

struct QuestionDisagreement
{
    QString sectionId;
    QString questionId;
    QList<CalibrationAnswer> answers; // one per evaluator, in the order of CalibrationReport::scores
    int distinctAnswers = 0;          // "not applicable" counts as one answer
    // Highest minus lowest value among the answers with a value: how far apart they are.
    std::optional<int> valueSpread;
};

struct CalibrationReport
{
    qint64 interactionId = 0;
    QString scorecardId;
    int scorecardVersion = 0;
    QList<CalibrationScore> scores; // in the order the evaluations were given
    // Over the evaluators with a percentage; all empty when none has one.
    int scoredCount = 0;
    std::optional<double> mean;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> spread; // maximum − minimum
    std::optional<double>
        standardDeviation; // population: √(Σ (x − mean)² / n), the evaluators are all there is
    QList<QuestionDisagreement> disagreements; // in form order
};

// Calibration: several evaluators score the same interaction with the same form, and the team
// compares how far apart they came out.
class Calibration final
{
public:
    // Refused (EvaluationErrorCode::InvalidCalibration): fewer than two evaluations, evaluations
    // of different interactions, a scorecard other than `form` (id and version), one evaluator
    // twice, or an evaluation not yet submitted (it has no score to compare).
    static StoreResult<CalibrationReport> compare(const Scorecard &form,
                                                  const QList<Evaluation> &evaluations);
};

} // namespace ContactDesk
