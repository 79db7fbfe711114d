#include "evaluationlistmodel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

#include <QBrush>

namespace ContactDesk {

EvaluationListModel::EvaluationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EvaluationListModel::setEvaluations(const QList<Evaluation> &evaluations)
{
    beginResetModel();
    m_evaluations = evaluations;
    endResetModel();
}

const Evaluation *EvaluationListModel::evaluationAt(int row) const
{
    return row >= 0 && row < m_evaluations.size() ? &m_evaluations.at(row) : nullptr;
}

int EvaluationListModel::rowOfEvaluation(qint64 evaluationId) const
{
    for (int row = 0; row < m_evaluations.size(); ++row) {
        if (m_evaluations.at(row).id == evaluationId)
            return row;
    }
    return -1;
}

void EvaluationListModel::updateEvaluation(const Evaluation &evaluation)
{
    const int row = rowOfEvaluation(evaluation.id);
    if (row < 0)
        return;
    m_evaluations[row] = evaluation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EvaluationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evaluations.size());
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    const Evaluation *evaluation = index.isValid() ? evaluationAt(index.row()) : nullptr;
    if (!evaluation)
        return QVariant();
    if (role == EvaluationIdRole)
        return evaluation->id;
    if (role == Qt::ForegroundRole && index.column() == ScoreColumn && evaluation->score)
        return QBrush(CoachingText::scoreColor(*evaluation->score));
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return DisplayText::dateTime(evaluation->submittedMs > 0 ? evaluation->submittedMs
                                                                 : evaluation->updatedMs);
    case EvaluatorColumn:
        return evaluation->evaluatorName;
    case ScoreColumn:
        return CoachingText::scoreSummary(evaluation->score);
    case StatusColumn:
        return CoachingText::evaluationStatusName(evaluation->status);
    }
    return QVariant();
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EvaluatorColumn:
        return tr("Evaluator");
    case ScoreColumn:
        return tr("Score");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

void EvaluationListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_evaluations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ContactDesk
