#pragma once

#include "backend/wallboard.h"
#include "livetablemodel.h"

#include <optional>

namespace ContactDesk {

// The wallboard's queues: one row per customer queue with today's figures and the agents who can
// serve it. Rows are updated in place (see LiveTableModel); every figure sorts on its number.
class QueueTableModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueTableModel)

public:
    enum Column
    {
        NameColumn,
        ChannelsColumn,
        WaitingColumn,
        LongestWaitColumn,
        OfferedColumn,
        AnsweredColumn,
        AbandonedColumn,
        BlockedColumn,
        ServiceLevelColumn,
        AsaColumn,
        EstimatedWaitColumn,
        CallbacksColumn,
        ReadyColumn,
        BusyColumn,
        AfterCallWorkColumn,
        NotReadyColumn,
        ColumnCount
    };
    enum Role
    {
        QueueIdRole = FirstCustomRole,
    };

    explicit QueueTableModel(QObject *parent = nullptr);

    void setQueues(const QList<WallboardQueue> &queues);
    const QList<WallboardQueue> &queues() const { return m_queues; }
    int rowOfQueue(const QString &queueId) const;
    const WallboardQueue *queueAt(int row) const;

    // The figure a drill-down on the column lists; empty for columns that are not a count.
    static std::optional<WallboardFigure> figureOf(int column);
    // The number in the cell the figure stands for (what a drill-down should list).
    static qint64 figureValue(const WallboardQueue &queue, WallboardFigure figure);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers in the UI language; the view calls it on QEvent::LanguageChange.
    void retranslate();

private:
    QList<WallboardQueue> m_queues;
};

} // namespace ContactDesk
