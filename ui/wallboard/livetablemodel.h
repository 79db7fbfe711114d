#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>

namespace ContactDesk {

// A table over rows that a new snapshot replaces every second or so. syncRows() turns the new
// rows into the fewest model changes: rows that went are removed, new ones inserted, and of the
// rest only the cells whose text, colour or sort value changed are announced with dataChanged,
// so selections, sorting and scroll positions stay where they are.
//
// Cost: every cell of every row is read before and after (cellsOf), which at 5,000 agent rows is
// most of the wallboard's 70 ms update (bench_wallboard). Comparing the row values first and
// reading cells only of rows that differ (the time-in-state column changes every second) is the
// known next step.
class LiveTableModel : public QAbstractTableModel
{
public:
    // The raw value sort proxies sort on (numbers, not their formatted text).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int FirstCustomRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

protected:
    // `rows` and `next` in the same order of keys (the snapshot's lists are by id). `apply` is
    // called after the old cells were read and before the new ones are: it changes whatever
    // else the cells depend on (the clock, names).
    template <typename Row, typename Key>
    void syncRows(QList<Row> &rows, const QList<Row> &next, Key key, const std::function<void()> &apply = {});

private:
    QList<QVariant> cellsOf(int row) const;
    void announceChanges(const QList<QList<QVariant>> &before, const QList<int> &newRows);
};

template <typename Row, typename Key>
void LiveTableModel::syncRows(QList<Row> &rows, const QList<Row> &next, Key key,
                              const std::function<void()> &apply)
{
    using KeyType = decltype(key(next.first()));
    QHash<KeyType, int> nextIndex;
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(key(next.at(i)), i);

    // Rows that stay keep their order (else, rarely, the table starts again).
    {
        QList<KeyType> staying;
        for (const Row &row : std::as_const(rows)) {
            if (nextIndex.contains(key(row)))
                staying.append(key(row));
        }
        int at = 0;
        bool sameOrder = true;
        for (const Row &row : next) {
            if (at < staying.size() && staying.at(at) == key(row))
                ++at;
        }
        sameOrder = at == staying.size();
        if (!sameOrder) {
            beginResetModel();
            if (apply)
                apply();
            rows = next;
            endResetModel();
            return;
        }
    }
    // 1. Rows that went.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (nextIndex.contains(key(rows.at(i))))
            continue;
        beginRemoveRows(QModelIndex(), i, i);
        rows.removeAt(i);
        endRemoveRows();
    }
    // 2. What the remaining rows show now.
    QList<QList<QVariant>> before;
    before.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        before.append(cellsOf(i));
    // 3. The new figures, then the new rows where they belong.
    if (apply)
        apply();
    QHash<KeyType, int> present;
    for (int i = 0; i < rows.size(); ++i)
        present.insert(key(rows.at(i)), i);
    for (int i = 0; i < rows.size(); ++i)
        rows[i] = next.at(nextIndex.value(key(rows.at(i))));
    QList<int> kept; // the rows of `before`, in the final numbering
    int position = 0;
    for (int j = 0; j < next.size(); ++j) {
        if (present.contains(key(next.at(j)))) {
            kept.append(position);
            ++position;
            continue;
        }
        beginInsertRows(QModelIndex(), position, position);
        rows.insert(position, next.at(j));
        endInsertRows();
        ++position;
    }
    announceChanges(before, kept);
}

} // namespace ContactDesk
