#include "livetablemodel.h"

namespace ContactDesk {

namespace {

// Icons are left out: QIcon has no equality, and a row's icon follows its text here.
constexpr int ComparedRoles[] = {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole,
                                 Qt::ToolTipRole, Qt::FontRole,       LiveTableModel::SortRole};

} // namespace

QList<QVariant> LiveTableModel::cellsOf(int row) const
{
    QList<QVariant> cells;
    const int columns = columnCount();
    cells.reserve(columns * int(std::size(ComparedRoles)));
    for (int column = 0; column < columns; ++column) {
        const QModelIndex cell = index(row, column);
        for (int role : ComparedRoles)
            cells.append(data(cell, role));
    }
    return cells;
}

void LiveTableModel::announceChanges(const QList<QList<QVariant>> &before, const QList<int> &newRows)
{
    const int roleCount = int(std::size(ComparedRoles));
    for (int i = 0; i < before.size() && i < newRows.size(); ++i) {
        const int row = newRows.at(i);
        const QList<QVariant> after = cellsOf(row);
        int first = -1;
        int last = -1;
        for (int column = 0; column * roleCount < after.size(); ++column) {
            bool changed = false;
            for (int r = 0; r < roleCount && !changed; ++r) {
                const int at = column * roleCount + r;
                changed = at >= before.at(i).size() || before.at(i).at(at) != after.at(at);
            }
            if (!changed)
                continue;
            if (first < 0)
                first = column;
            last = column;
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

} // namespace ContactDesk
