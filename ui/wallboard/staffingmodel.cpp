#include "staffingmodel.h"

#include "wallboardtext.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ContactDesk {

namespace {

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

bool begun(const WallboardInterval &interval)
{
    return interval.past || interval.current;
}

} // namespace

StaffingModel::StaffingModel(QObject *parent)
    : LiveTableModel(parent)
{}

void StaffingModel::setIntervals(const QList<WallboardInterval> &intervals)
{
    syncRows(
        m_intervals, intervals, [](const WallboardInterval &interval) { return interval.startMs; },
        [this](const WallboardInterval &before, const WallboardInterval &after) {
            return wholeRowDiff(before, after);
        });
}

int StaffingModel::currentRow() const
{
    for (int row = 0; row < m_intervals.size(); ++row) {
        if (m_intervals.at(row).current)
            return row;
    }
    return -1;
}

std::optional<double> StaffingModel::gap(const WallboardInterval &interval)
{
    if (!begun(interval))
        return std::nullopt;
    return interval.staffedAgents - interval.requiredErlangC;
}

int StaffingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_intervals.size());
}

int StaffingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffingModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_intervals.size())
        return QVariant();
    const WallboardInterval &interval = m_intervals.at(index.row());
    const bool hasBegun = begun(interval);
    const std::optional<double> actualAht = interval.counters.ahtSeconds();
    const double aht = hasBegun && actualAht ? *actualAht : interval.forecastAhtSeconds;
    const std::optional<double> intervalGap = gap(interval);

    switch (role) {
    case GapRole:
        return intervalGap ? QVariant(*intervalGap) : QVariant();
    case CurrentRole:
        return interval.current;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return interval.startMs;
        case ForecastColumn:
            return interval.forecastOffered;
        case OfferedColumn:
            return hasBegun ? interval.counters.offered : -1;
        case AhtColumn:
            return aht;
        case ErlangCColumn:
            return interval.requiredErlangC;
        case ErlangAColumn:
            return interval.requiredErlangA.value_or(-1);
        case StaffedColumn:
            return hasBegun ? interval.staffedAgents : -1.0;
        case ReadyColumn:
            return hasBegun ? interval.readyAgents : -1.0;
        case GapColumn:
            return intervalGap.value_or(0.0);
        }
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(interval.startMs).time(),
                                      QLocale::ShortFormat);
        case ForecastColumn:
            return decimal(interval.forecastOffered);
        case OfferedColumn:
            return hasBegun ? QLocale().toString(interval.counters.offered) : QString();
        case AhtColumn:
            return aht > 0 ? WallboardText::duration(qint64(aht * 1000)) : WallboardText::noValue();
        case ErlangCColumn:
            return QLocale().toString(interval.requiredErlangC);
        case ErlangAColumn:
            return interval.requiredErlangA ? QLocale().toString(*interval.requiredErlangA)
                                            : WallboardText::noValue();
        case StaffedColumn:
            return hasBegun ? decimal(interval.staffedAgents) : QString();
        case ReadyColumn:
            return hasBegun ? decimal(interval.readyAgents) : QString();
        case GapColumn:
            if (!intervalGap)
                return QString();
            return *intervalGap > 0 ? tr("+%1").arg(decimal(*intervalGap)) : decimal(*intervalGap);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return int((index.column() == TimeColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() == GapColumn && intervalGap && *intervalGap < 0) {
            QColor red = WallboardText::statusColor(TileStatus::Alarm);
            red.setAlphaF(0.35f);
            return QBrush(red);
        }
        if (interval.current) {
            QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
            highlight.setAlphaF(0.18f);
            return QBrush(highlight);
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (!hasBegun)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return QVariant();
    case Qt::FontRole:
        if (interval.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (interval.fromHistory)
            return tr("Before the live centre started: figures from the database");
        if (!hasBegun)
            return tr("Forecast");
        return QVariant();
    }
    return QVariant();
}

QVariant StaffingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QVariant();
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TimeColumn:
        return tr("Interval");
    case ForecastColumn:
        return tip ? tr("Forecast offered: the same interval on the same weekday of past weeks")
                   : tr("Forecast");
    case OfferedColumn:
        return tr("Offered");
    case AhtColumn:
        return tip ? tr("Average handling time (actual, else forecast)") : tr("AHT");
    case ErlangCColumn:
        return tip ? tr("Agents required by Erlang C at the service-level target") : tr("Required (C)");
    case ErlangAColumn:
        return tip ? tr("Agents required by Erlang A, which counts the customers who give up")
                   : tr("Required (A)");
    case StaffedColumn:
        return tip ? tr("Agents signed in, on average over the interval") : tr("Staffed");
    case ReadyColumn:
        return tip ? tr("Agents handling or Ready, on average over the interval") : tr("Ready");
    case GapColumn:
        return tip ? tr("Staffed minus required (Erlang C)") : tr("Gap");
    }
    return QVariant();
}

void StaffingModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_intervals.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_intervals.size()) - 1, ColumnCount - 1));
}

} // namespace ContactDesk
