#include "scorecardscoring.h"

#include "evaluationerrors.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ContactDesk {

ScorecardAnswer ScorecardAnswer::of(const QString &questionId, int value, const QString &comment)
{
    ScorecardAnswer answer;
    answer.questionId = questionId;
    answer.value = value;
    answer.comment = comment;
    return answer;
}

ScorecardAnswer ScorecardAnswer::na(const QString &questionId, const QString &comment)
{
    ScorecardAnswer answer;
    answer.questionId = questionId;
    answer.notApplicable = true;
    answer.comment = comment;
    return answer;
}

QString scoreOutcomeKey(ScoreOutcome outcome)
{
    switch (outcome) {
    case ScoreOutcome::Scored:
        return u"scored"_s;
    case ScoreOutcome::CriticalFailed:
        return u"critical-failed"_s;
    case ScoreOutcome::Incomplete:
        return u"incomplete"_s;
    case ScoreOutcome::NotApplicable:
        return u"not-applicable"_s;
    }
    Q_UNREACHABLE();
}

std::optional<ScoreOutcome> scoreOutcomeFromKey(QStringView key)
{
    for (ScoreOutcome outcome : {ScoreOutcome::Scored, ScoreOutcome::CriticalFailed, ScoreOutcome::Incomplete,
                                 ScoreOutcome::NotApplicable}) {
        if (key == scoreOutcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

double ScorecardScoring::fraction(const ScorecardQuestion &question, int value)
{
    switch (question.type) {
    case QuestionType::YesNo:
        return value != 0 ? 1.0 : 0.0;
    case QuestionType::Scale1to5:
        return (value - 1) / 4.0;
    case QuestionType::Points:
        return question.maxPoints > 0 ? double(value) / question.maxPoints : 0.0;
    }
    Q_UNREACHABLE();
}

bool ScorecardScoring::fails(const ScorecardQuestion &question, int value)
{
    // The lowest answer of each type: what "did not do it" means on that type.
    return value == question.minimumValue();
}

static DomainError answerError(QStringView code, const QString &why)
{
    return DomainError{code.toString(), why};
}

StoreResult<ScorecardScore> ScorecardScoring::score(const Scorecard &form,
                                                    const QList<ScorecardAnswer> &answers)
{
    if (auto error = form.validate())
        return *error;

    QHash<QString, const ScorecardAnswer *> byQuestion;
    for (const ScorecardAnswer &answer : answers) {
        const ScorecardQuestion *question = form.question(answer.questionId);
        if (!question) {
            return answerError(EvaluationErrorCode::InvalidAnswer,
                               u"scorecard '%1' version %2 has no question '%3'"_s.arg(
                                   form.id, QString::number(form.version), answer.questionId));
        }
        if (byQuestion.contains(answer.questionId)) {
            return answerError(EvaluationErrorCode::InvalidAnswer,
                               u"question '%1' is answered twice"_s.arg(answer.questionId));
        }
        byQuestion.insert(answer.questionId, &answer);
        if (answer.notApplicable && answer.value) {
            return answerError(EvaluationErrorCode::InvalidAnswer,
                               u"question '%1' is answered both with a value and \"not applicable\""_s.arg(
                                   answer.questionId));
        }
        if (answer.notApplicable && !question->notApplicableAllowed) {
            return answerError(EvaluationErrorCode::NotApplicableRefused,
                               u"question '%1' does not allow \"not applicable\""_s.arg(answer.questionId));
        }
        if (answer.value
            && (*answer.value < question->minimumValue() || *answer.value > question->maximumValue())) {
            return answerError(EvaluationErrorCode::InvalidAnswer,
                               u"%1 is not an answer to %2 question '%3' (%4 to %5)"_s.arg(
                                   QString::number(*answer.value), questionTypeKey(question->type),
                                   answer.questionId, QString::number(question->minimumValue()),
                                   QString::number(question->maximumValue())));
        }
    }

    ScorecardScore result;
    for (const ScorecardSection &section : form.sections) {
        SectionScore subtotal;
        subtotal.sectionId = section.id;
        for (const ScorecardQuestion &question : section.questions) {
            const ScorecardAnswer *answer = byQuestion.value(question.id);
            if (!answer || !answer->isAnswered()) {
                ++subtotal.unanswered;
                result.unansweredQuestions.append(question.id);
                continue;
            }
            if (answer->notApplicable) {
                ++subtotal.notApplicable;
                continue;
            }
            ++subtotal.answered;
            subtotal.earned += fraction(question, *answer->value) * question.weight;
            subtotal.possible += question.weight;
            if (question.critical && fails(question, *answer->value)) {
                subtotal.criticalFailed = true;
                result.criticalFailed = true;
                result.failedCriticalQuestions.append(question.id);
            }
        }
        if (subtotal.possible > 0)
            subtotal.percent = 100.0 * subtotal.earned / subtotal.possible;
        result.earned += subtotal.earned;
        result.possible += subtotal.possible;
        result.sections.append(subtotal);
    }

    if (!result.unansweredQuestions.isEmpty()) {
        result.outcome = ScoreOutcome::Incomplete;
    } else if (result.possible <= 0) {
        result.outcome = ScoreOutcome::NotApplicable;
    } else {
        result.weightedPercent = 100.0 * result.earned / result.possible;
        if (result.criticalFailed) {
            result.outcome = ScoreOutcome::CriticalFailed;
            result.percent = 0.0;
        } else {
            result.outcome = ScoreOutcome::Scored;
            result.percent = result.weightedPercent;
        }
    }
    return result;
}

// --- JSON: how a score is kept with its evaluation --------------------------------------------

static QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

static std::optional<double> readOptionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

static QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonObject ScorecardScore::toJson() const
{
    QJsonArray sectionArray;
    for (const SectionScore &section : sections) {
        sectionArray.append(QJsonObject{{u"section"_s, section.sectionId},
                                        {u"earned"_s, section.earned},
                                        {u"possible"_s, section.possible},
                                        {u"percent"_s, optionalNumber(section.percent)},
                                        {u"answered"_s, section.answered},
                                        {u"notApplicable"_s, section.notApplicable},
                                        {u"unanswered"_s, section.unanswered},
                                        {u"criticalFailed"_s, section.criticalFailed}});
    }
    return QJsonObject{{u"outcome"_s, scoreOutcomeKey(outcome)},
                       {u"percent"_s, optionalNumber(percent)},
                       {u"weightedPercent"_s, optionalNumber(weightedPercent)},
                       {u"earned"_s, earned},
                       {u"possible"_s, possible},
                       {u"criticalFailed"_s, criticalFailed},
                       {u"failedCriticalQuestions"_s, QJsonArray::fromStringList(failedCriticalQuestions)},
                       {u"unansweredQuestions"_s, QJsonArray::fromStringList(unansweredQuestions)},
                       {u"sections"_s, sectionArray}};
}

std::optional<ScorecardScore> ScorecardScore::fromJson(const QJsonObject &json)
{
    const auto outcome = scoreOutcomeFromKey(json.value(u"outcome"_s).toString());
    if (!outcome)
        return std::nullopt;
    ScorecardScore score;
    score.outcome = *outcome;
    score.percent = readOptionalNumber(json.value(u"percent"_s));
    score.weightedPercent = readOptionalNumber(json.value(u"weightedPercent"_s));
    score.earned = json.value(u"earned"_s).toDouble();
    score.possible = json.value(u"possible"_s).toDouble();
    score.criticalFailed = json.value(u"criticalFailed"_s).toBool();
    score.failedCriticalQuestions = stringList(json.value(u"failedCriticalQuestions"_s));
    score.unansweredQuestions = stringList(json.value(u"unansweredQuestions"_s));
    for (const QJsonValue &item : json.value(u"sections"_s).toArray()) {
        const QJsonObject object = item.toObject();
        SectionScore section;
        section.sectionId = object.value(u"section"_s).toString();
        section.earned = object.value(u"earned"_s).toDouble();
        section.possible = object.value(u"possible"_s).toDouble();
        section.percent = readOptionalNumber(object.value(u"percent"_s));
        section.answered = object.value(u"answered"_s).toInt();
        section.notApplicable = object.value(u"notApplicable"_s).toInt();
        section.unanswered = object.value(u"unanswered"_s).toInt();
        section.criticalFailed = object.value(u"criticalFailed"_s).toBool();
        score.sections.append(section);
    }
    return score;
}

} // namespace ContactDesk
