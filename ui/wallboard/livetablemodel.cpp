#include "livetablemodel.h"

#include <bit>

namespace ContactDesk {

void LiveTableModel::announce(const QList<Columns> &changed, const SyncOptions &options)
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows == 0 || columns == 0)
        return;
    const Columns all = allColumns(columns);
    if (options.everything) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        return;
    }
    // Consecutive changed rows go out as one range over the columns any of them changed; the
    // clock's columns are left to one range of their own below.
    const auto emitRange = [&](int first, int last, Columns set) {
        set &= all;
        if (set == 0)
            return;
        const int left = std::countr_zero(set);
        const int right = 63 - std::countl_zero(set);
        Q_EMIT dataChanged(index(first, left), index(last, right));
    };
    int first = -1;
    Columns set = 0;
    for (int row = 0; row <= rows; ++row) {
        const Columns here = row < rows && row < changed.size() ? changed.at(row) & ~options.clockColumns : 0;
        if (here != 0) {
            if (first < 0)
                first = row;
            set |= here;
            continue;
        }
        if (first >= 0)
            emitRange(first, row - 1, set);
        first = -1;
        set = 0;
    }
    for (int column = 0; column < columns; ++column) {
        if (options.clockColumns & LiveTableModel::column(column))
            Q_EMIT dataChanged(index(0, column), index(rows - 1, column));
    }
}

} // namespace ContactDesk
