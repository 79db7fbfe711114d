#pragma once

#include "scorecard.h"
#include "store/storeresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

// The evaluator's answer to one question. `value` empty and notApplicable false: not answered yet
// (a draft may keep a comment on a question it has not scored).
struct ScorecardAnswer
{
    QString questionId;
    std::optional<int> value; // yes/no: 1 yes, 0 no; scale: 1..5; points: 0..maxPoints
    bool notApplicable = false;
    QString comment;

    bool isAnswered() const { return value.has_value() || notApplicable; }
    static ScorecardAnswer of(const QString &questionId, int value, const QString &comment = QString());
    static ScorecardAnswer na(const QString &questionId, const QString &comment = QString());
    bool operator==(const ScorecardAnswer &other) const = default;
};

enum class ScoreOutcome
{
    Scored,         // every question answered: percent is the weighted score
    CriticalFailed, // every question answered and a critical one failed: percent is 0
    Incomplete,     // a question is unanswered: no score (submission is refused)
    NotApplicable,  // every question answered "not applicable": no score
};

QString scoreOutcomeKey(ScoreOutcome outcome); // "scored", "critical-failed", "incomplete", "not-applicable"
std::optional<ScoreOutcome> scoreOutcomeFromKey(QStringView key);

struct SectionScore
{
    QString sectionId;
    double earned = 0;             // sum of fraction × weight over answered applicable questions
    double possible = 0;           // sum of the weights of those questions
    std::optional<double> percent; // 100 × earned / possible; empty when nothing in it applied
    int answered = 0;              // with a value
    int notApplicable = 0;         // answered "not applicable"
    int unanswered = 0;
    bool criticalFailed = false; // a critical question of this section failed

    bool operator==(const SectionScore &other) const = default;
};

struct ScorecardScore
{
    ScoreOutcome outcome = ScoreOutcome::Incomplete;
    // 0 to 100: the score for Scored, 0 for CriticalFailed, empty otherwise.
    std::optional<double> percent;
    // The weighted score before the critical rule (what the agent earned on the rest, for
    // coaching); empty when nothing applied or something is unanswered.
    std::optional<double> weightedPercent;
    double earned = 0;
    double possible = 0;
    bool criticalFailed = false;         // also reported for an incomplete evaluation
    QStringList failedCriticalQuestions; // in form order
    QStringList unansweredQuestions;     // in form order
    QList<SectionScore> sections;        // in form order

    QJsonObject toJson() const;
    static std::optional<ScorecardScore> fromJson(const QJsonObject &json);
    bool operator==(const ScorecardScore &other) const = default;
};

// The arithmetic of an evaluation (docs/KPIS.md, "Evaluation score"):
//   fraction: yes 1, no 0; scale (v − 1) / 4; points p / max
//   score = 100 × Σ fraction × weight / Σ weight, both sums over applicable answered questions
// "Not applicable" leaves a question out of both sums. A critical question is failed by "no", by
// scale 1, or by 0 points; a failed critical question makes the score 0.
class ScorecardScoring final
{
public:
    // Refused with an error: an invalid form, an answer to a question the form does not have, two
    // answers to one question, a value outside the question's range
    // (EvaluationErrorCode::InvalidAnswer), "not applicable" where the question does not allow it
    // (EvaluationErrorCode::NotApplicableRefused), or an answer with both a value and "not applicable".
    static StoreResult<ScorecardScore> score(const Scorecard &form, const QList<ScorecardAnswer> &answers);

    // The share of the question's weight the value earns: 0 to 1.
    static double fraction(const ScorecardQuestion &question, int value);
    // Whether `value` fails a critical question: "no", scale 1, 0 points.
    static bool fails(const ScorecardQuestion &question, int value);
};

} // namespace ContactDesk
