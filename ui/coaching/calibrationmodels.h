#pragma once

#include "coaching/calibration.h"
#include "coaching/scorecard.h"

#include <QAbstractTableModel>

namespace ContactDesk {

// A calibration's evaluators: each one's outcome and score, and how far it is from the mean.
class CalibrationScoreModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationScoreModel)

public:
    enum Column
    {
        EvaluatorColumn,
        OutcomeColumn,
        ScoreColumn,
        DeviationColumn,
        ColumnCount
    };

    explicit CalibrationScoreModel(QObject *parent = nullptr);

    void setReport(const CalibrationReport &report);
    const CalibrationReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    CalibrationReport m_report;
};

// The questions the evaluators answered differently: one column per evaluator with their answer,
// and the spread of the values.
class CalibrationDisagreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationDisagreementModel)

public:
    enum Column
    {
        QuestionColumn,
        SpreadColumn,
        FirstEvaluatorColumn, // then one per evaluator, in the order of the report's scores
    };

    explicit CalibrationDisagreementModel(QObject *parent = nullptr);

    void setReport(const CalibrationReport &report, const Scorecard &form);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    CalibrationReport m_report;
    Scorecard m_form;
};

} // namespace ContactDesk
