#include "calibrationmodels.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

#include <QLocale>

namespace ContactDesk {

CalibrationScoreModel::CalibrationScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CalibrationScoreModel::setReport(const CalibrationReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int CalibrationScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.scores.size());
}

int CalibrationScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.scores.size())
        return QVariant();
    const CalibrationScore &score = m_report.scores.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= ScoreColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case EvaluatorColumn:
        return score.evaluatorName;
    case OutcomeColumn:
        return CoachingText::scoreOutcomeName(score.outcome);
    case ScoreColumn:
        return CoachingText::percent(score.percent);
    case DeviationColumn:
        if (!score.percent || !m_report.mean)
            return QStringLiteral("\u2014");
        {
            const double difference = *score.percent - *m_report.mean;
            const QString number = QLocale().toString(difference, 'f', 1);
            // Above the mean with a plus, as below it has a minus.
            return tr("%1 points").arg(difference > 0.05 ? QLocale().positiveSign() + number : number);
        }
    }
    return QVariant();
}

QVariant CalibrationScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EvaluatorColumn:
        return tr("Evaluator");
    case OutcomeColumn:
        return tr("Outcome");
    case ScoreColumn:
        return tr("Score");
    case DeviationColumn:
        return tr("From the mean");
    }
    return QVariant();
}

void CalibrationScoreModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

CalibrationDisagreementModel::CalibrationDisagreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CalibrationDisagreementModel::setReport(const CalibrationReport &report, const Scorecard &form)
{
    beginResetModel();
    m_report = report;
    m_form = form;
    endResetModel();
}

int CalibrationDisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.disagreements.size());
}

int CalibrationDisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstEvaluatorColumn + int(m_report.scores.size());
}

QVariant CalibrationDisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.disagreements.size())
        return QVariant();
    const QuestionDisagreement &disagreement = m_report.disagreements.at(index.row());
    const ScorecardQuestion *question = m_form.question(disagreement.questionId);
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn && question) {
        const ScorecardSection *section = m_form.sectionOf(disagreement.questionId);
        return section ? tr("%1: %2").arg(section->title(DisplayText::uiLanguage()),
                                          question->text(DisplayText::uiLanguage()))
                       : question->text(DisplayText::uiLanguage());
    }
    if (role == Qt::TextAlignmentRole && index.column() != QuestionColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (index.column() == QuestionColumn)
        return question ? question->text(DisplayText::uiLanguage()) : disagreement.questionId;
    if (index.column() == SpreadColumn)
        return disagreement.valueSpread ? QString::number(*disagreement.valueSpread)
                                        : QStringLiteral("\u2014");
    const int evaluator = index.column() - FirstEvaluatorColumn;
    if (evaluator < 0 || evaluator >= disagreement.answers.size() || !question)
        return QVariant();
    const CalibrationAnswer &answer = disagreement.answers.at(evaluator);
    ScorecardAnswer shown;
    shown.questionId = disagreement.questionId;
    shown.value = answer.value;
    shown.notApplicable = answer.notApplicable;
    return CoachingText::answerText(*question, &shown);
}

QVariant CalibrationDisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == QuestionColumn)
        return tr("Question");
    if (section == SpreadColumn)
        return tr("Spread");
    const int evaluator = section - FirstEvaluatorColumn;
    if (evaluator >= 0 && evaluator < m_report.scores.size())
        return m_report.scores.at(evaluator).evaluatorName;
    return QVariant();
}

void CalibrationDisagreementModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace ContactDesk
