#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>
#include <QtGlobal>

#include <functional>

namespace ContactDesk {

// A table over rows that a new snapshot replaces every second or so. syncRows() turns the new
// rows into the fewest model changes: rows that went are removed, new ones inserted, and of the
// rest only the columns the row's value changed are announced with dataChanged (consecutive rows
// in one range), so selections, sorting and scroll positions stay where they are.
//
// Cost: no cell is read; a row is compared with its new value by the model's diff, and a second's
// update of 5,000 agents is a handful of dataChanged ranges (bench_wallboard).
class LiveTableModel : public QAbstractTableModel
{
public:
    // The raw value sort proxies sort on (numbers, not their formatted text).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int FirstCustomRole = Qt::UserRole + 1;

    // A set of columns (bit n: column n); tables here have far fewer than 64.
    using Columns = quint64;
    static constexpr Columns column(int c) { return Columns(1) << c; }
    static constexpr Columns allColumns(int count) { return count >= 64 ? ~Columns(0) : column(count) - 1; }

    using QAbstractTableModel::QAbstractTableModel;

protected:
    struct SyncOptions
    {
        // Changes whatever else the cells depend on (the clock, names); called once the rows
        // that went are removed and before the new values are in.
        std::function<void()> apply;
        // What `apply` changes touches every row and column.
        bool everything = false;
        // Columns that follow the clock: announced for every row, whatever changed.
        Columns clockColumns = 0;
    };

    // `rows` and `next` in the same order of keys (the snapshot's lists are by id). `diff(old,
    // new)` returns the columns whose cells differ between the two values of a row.
    template <typename Row, typename Key, typename Diff>
    void syncRows(QList<Row> &rows, const QList<Row> &next, Key key, Diff diff,
                  const SyncOptions &options = {});

    // Every column when the values differ: for small tables whose rows change as a whole.
    template <typename Row>
    Columns wholeRowDiff(const Row &before, const Row &after) const
    {
        return before == after ? 0 : allColumns(columnCount());
    }

private:
    // changed[row]: the columns of the row (final numbering) to announce.
    void announce(const QList<Columns> &changed, const SyncOptions &options);
};

template <typename Row, typename Key, typename Diff>
void LiveTableModel::syncRows(QList<Row> &rows, const QList<Row> &next, Key key, Diff diff,
                              const SyncOptions &options)
{
    using KeyType = decltype(key(next.first()));
    QHash<KeyType, int> nextIndex;
    nextIndex.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(key(next.at(i)), i);

    // The first fill (or after the table emptied) is one reset, not a row-by-row insertion.
    if (rows.isEmpty()) {
        if (next.isEmpty()) {
            if (options.apply)
                options.apply();
            return;
        }
        beginResetModel();
        if (options.apply)
            options.apply();
        rows = next;
        endResetModel();
        return;
    }
    // Rows that stay keep their order (else, rarely, the table starts again).
    int previous = -1;
    for (const Row &row : std::as_const(rows)) {
        const auto found = nextIndex.constFind(key(row));
        if (found == nextIndex.cend())
            continue;
        if (*found < previous) {
            beginResetModel();
            if (options.apply)
                options.apply();
            rows = next;
            endResetModel();
            return;
        }
        previous = *found;
    }
    // 1. Rows that went.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (nextIndex.contains(key(rows.at(i))))
            continue;
        beginRemoveRows(QModelIndex(), i, i);
        rows.removeAt(i);
        endRemoveRows();
    }
    // 2. The new values of the rows that stay, and which of their columns change. The remaining
    // rows are in `next` order, so each lands where it is in `next` once the new rows are in.
    if (options.apply)
        options.apply();
    QList<Columns> changed(next.size(), 0);
    for (Row &row : rows) {
        const int at = nextIndex.value(key(row));
        changed[at] = diff(std::as_const(row), next.at(at));
        row = next.at(at);
    }
    // 3. The new rows where they belong.
    for (int j = 0; j < next.size(); ++j) {
        if (j < rows.size() && key(rows.at(j)) == key(next.at(j)))
            continue;
        beginInsertRows(QModelIndex(), j, j);
        rows.insert(j, next.at(j));
        endInsertRows();
    }
    announce(changed, options);
}

} // namespace ContactDesk
