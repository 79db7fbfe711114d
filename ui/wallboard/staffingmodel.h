#pragma once

#include "backend/wallboard.h"
#include "livetablemodel.h"

namespace ContactDesk {

// Today's 15-minute intervals for the chart group: forecast and actual traffic, the agents Erlang C
// (and Erlang A) require, the agents staffed and Ready, and the gap between staffed and required.
// Past intervals show what happened, later ones the forecast for the rest of the day.
class StaffingModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffingModel)

public:
    enum Column
    {
        TimeColumn,
        ForecastColumn,
        OfferedColumn,
        AhtColumn,
        ErlangCColumn,
        ErlangAColumn,
        StaffedColumn,
        ReadyColumn,
        GapColumn,
        ColumnCount
    };
    enum Role
    {
        GapRole = FirstCustomRole, // double, staffed - required; invalid for later intervals
        CurrentRole,
    };

    explicit StaffingModel(QObject *parent = nullptr);

    void setIntervals(const QList<WallboardInterval> &intervals);
    const QList<WallboardInterval> &intervals() const { return m_intervals; }
    int currentRow() const;
    // staffed - required (Erlang C) for intervals that have begun; empty for later ones.
    static std::optional<double> gap(const WallboardInterval &interval);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<WallboardInterval> m_intervals;
};

} // namespace ContactDesk
