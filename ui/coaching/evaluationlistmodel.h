#pragma once

#include "coaching/evaluation.h"

#include <QAbstractTableModel>
#include <QList>

namespace ContactDesk {

// Evaluations as a list: when, by whom, the score and where it stands (draft, submitted,
// acknowledged, disputed).
class EvaluationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationListModel)

public:
    enum Column
    {
        DateColumn,
        EvaluatorColumn,
        ScoreColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        EvaluationIdRole = Qt::UserRole,
    };

    explicit EvaluationListModel(QObject *parent = nullptr);

    void setEvaluations(const QList<Evaluation> &evaluations);
    const QList<Evaluation> &evaluations() const { return m_evaluations; }
    const Evaluation *evaluationAt(int row) const;
    int rowOfEvaluation(qint64 evaluationId) const;
    // Replaces the row of the same id (after an acknowledgement or a dispute).
    void updateEvaluation(const Evaluation &evaluation);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<Evaluation> m_evaluations;
};

} // namespace ContactDesk
