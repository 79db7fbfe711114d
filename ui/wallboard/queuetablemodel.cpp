#include "queuetablemodel.h"

#include "agent/displaytext.h"
#include "wallboardtext.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <limits>

namespace ContactDesk {

namespace {

QColor washed(QColor color)
{
    color.setAlphaF(0.30f);
    return color;
}

// Service level against the queue's own target: on target, within ten points, or worse.
TileStatus serviceLevelStatus(const WallboardQueue &queue)
{
    const std::optional<double> level = queue.today.serviceLevel();
    if (!level)
        return TileStatus::NoData;
    const double percent = *level * 100.0;
    if (percent >= queue.serviceLevelPercent)
        return TileStatus::Good;
    return percent >= queue.serviceLevelPercent - 10 ? TileStatus::Warning : TileStatus::Alarm;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QueueTableModel::QueueTableModel(QObject *parent)
    : LiveTableModel(parent)
{}

void QueueTableModel::setQueues(const QList<WallboardQueue> &queues)
{
    syncRows(
        m_queues, queues, [](const WallboardQueue &queue) { return queue.queueId; },
        [this](const WallboardQueue &before, const WallboardQueue &after) {
            return wholeRowDiff(before, after);
        });
}

int QueueTableModel::rowOfQueue(const QString &queueId) const
{
    for (int row = 0; row < m_queues.size(); ++row) {
        if (m_queues.at(row).queueId == queueId)
            return row;
    }
    return -1;
}

const WallboardQueue *QueueTableModel::queueAt(int row) const
{
    return row >= 0 && row < m_queues.size() ? &m_queues.at(row) : nullptr;
}

std::optional<WallboardFigure> QueueTableModel::figureOf(int column)
{
    switch (column) {
    case WaitingColumn:
        return WallboardFigure::Waiting;
    case OfferedColumn:
        return WallboardFigure::Offered;
    case AnsweredColumn:
        return WallboardFigure::Answered;
    case AbandonedColumn:
        return WallboardFigure::Abandoned;
    case BlockedColumn:
        return WallboardFigure::Blocked;
    case ServiceLevelColumn:
        return WallboardFigure::AnsweredLate;
    case CallbacksColumn:
        return WallboardFigure::CallbacksWaiting;
    default:
        return std::nullopt;
    }
}

qint64 QueueTableModel::figureValue(const WallboardQueue &queue, WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return queue.waiting;
    case WallboardFigure::Offered:
        return queue.today.offered;
    case WallboardFigure::Answered:
        return queue.today.answered;
    case WallboardFigure::AnsweredLate:
        return queue.today.answered - queue.today.answeredInTarget;
    case WallboardFigure::Abandoned:
        return queue.today.abandoned;
    case WallboardFigure::Blocked:
        return queue.today.blocked;
    case WallboardFigure::Callbacks:
        return queue.today.callbacks;
    case WallboardFigure::Completed:
        return queue.today.completed;
    case WallboardFigure::CallbacksWaiting:
        return queue.callbacksWaiting;
    }
    return 0;
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    const WallboardQueue *queue = queueAt(index.row());
    if (!queue || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    const KpiCounters &today = queue->today;
    if (role == QueueIdRole)
        return queue->queueId;

    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return queue->name;
        case ChannelsColumn:
            return int(queue->channels.size());
        case WaitingColumn:
            return queue->waiting;
        case LongestWaitColumn:
            return queue->longestWaitMs;
        case OfferedColumn:
            return today.offered;
        case AnsweredColumn:
            return today.answered;
        case AbandonedColumn:
            return today.abandoned;
        case BlockedColumn:
            return today.blocked;
        case ServiceLevelColumn:
            return today.serviceLevel().value_or(-1.0);
        case AsaColumn:
            return today.asaSeconds().value_or(-1.0);
        case EstimatedWaitColumn:
            return queue->estimatedWaitMs < 0 ? std::numeric_limits<qint64>::max() : queue->estimatedWaitMs;
        case CallbacksColumn:
            return queue->callbacksWaiting;
        case ReadyColumn:
            return queue->agents.ready;
        case BusyColumn:
            return queue->agents.busy;
        case AfterCallWorkColumn:
            return queue->agents.afterCallWork;
        case NotReadyColumn:
            return queue->agents.notReady;
        }
        return QVariant();
    }

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return queue->name;
        case ChannelsColumn: {
            QStringList names;
            for (Channel channel : queue->channels)
                names << DisplayText::channelName(channel);
            return names.join(tr(", "));
        }
        case WaitingColumn:
            return count(queue->waiting);
        case LongestWaitColumn:
            return WallboardText::duration(queue->longestWaitMs);
        case OfferedColumn:
            return count(today.offered);
        case AnsweredColumn:
            return count(today.answered);
        case AbandonedColumn:
            return count(today.abandoned);
        case BlockedColumn:
            return count(today.blocked);
        case ServiceLevelColumn:
            return WallboardText::percent(today.serviceLevel());
        case AsaColumn: {
            const std::optional<double> asa = today.asaSeconds();
            return asa ? WallboardText::duration(qint64(*asa * 1000)) : WallboardText::noValue();
        }
        case EstimatedWaitColumn:
            return queue->estimatedWaitMs < 0 ? tr("Unstaffed")
                                              : WallboardText::duration(queue->estimatedWaitMs);
        case CallbacksColumn:
            return count(queue->callbacksWaiting);
        case ReadyColumn:
            return count(queue->agents.ready);
        case BusyColumn:
            return count(queue->agents.busy);
        case AfterCallWorkColumn:
            return count(queue->agents.afterCallWork);
        case NotReadyColumn:
            return count(queue->agents.notReady);
        }
        return QVariant();
    }

    if (role == Qt::TextAlignmentRole) {
        if (index.column() == NameColumn || index.column() == ChannelsColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == ServiceLevelColumn) {
            const TileStatus status = serviceLevelStatus(*queue);
            if (status != TileStatus::NoData)
                return QBrush(washed(WallboardText::statusColor(status)));
        }
        if (index.column() == EstimatedWaitColumn && queue->estimatedWaitMs < 0 && queue->waiting > 0)
            return QBrush(washed(WallboardText::statusColor(TileStatus::Alarm)));
        return QVariant();
    }
    if (role == Qt::FontRole && index.column() == NameColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ServiceLevelColumn:
            return tr("Target: %1% answered within %2 s. Double-click for the contacts answered later.")
                .arg(queue->serviceLevelPercent)
                .arg(queue->serviceLevelSeconds);
        case CallbacksColumn:
            return tr("Callbacks waiting now; double-click for them. %Ln contact(s) asked for one today.",
                      nullptr, int(today.callbacks));
        case LongestWaitColumn:
            return tr("Longest wait today: %1").arg(WallboardText::duration(today.maxWaitMs));
        default:
            if (figureOf(index.column()))
                return tr("Double-click for the contacts behind the figure");
            return QVariant();
        }
    }
    return QVariant();
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return int((section <= ChannelsColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case ChannelsColumn:
        return tr("Channels");
    case WaitingColumn:
        return tr("Waiting");
    case LongestWaitColumn:
        return tip ? tr("The oldest contact waiting now") : tr("Longest");
    case OfferedColumn:
        return tr("Offered");
    case AnsweredColumn:
        return tr("Answered");
    case AbandonedColumn:
        return tr("Abandoned");
    case BlockedColumn:
        return tr("Blocked");
    case ServiceLevelColumn:
        return tip ? tr("Service level today") : tr("SL");
    case AsaColumn:
        return tip ? tr("Average speed of answer") : tr("ASA");
    case EstimatedWaitColumn:
        return tip ? tr("Estimated wait of a new arrival") : tr("EWT");
    case CallbacksColumn:
        return tip ? tr("Callbacks waiting") : tr("Callbacks");
    case ReadyColumn:
        return tip ? tr("Agents Ready who can take the queue's contacts") : tr("Ready");
    case BusyColumn:
        return tip ? tr("Agents busy on a contact") : tr("Busy");
    case AfterCallWorkColumn:
        return tip ? tr("Agents in after-call work") : tr("ACW");
    case NotReadyColumn:
        return tip ? tr("Agents Not Ready") : tr("Not Ready");
    }
    return QVariant();
}

void QueueTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_queues.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_queues.size()) - 1, ColumnCount - 1));
}

} // namespace ContactDesk
