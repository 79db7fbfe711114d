#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace ContactDesk {

// A read-only table of rows the way every list in ContactDesk looks: whole rows selected one at a
// time, alternating colours, no row numbers, rows a little taller than a line, the last column
// stretched.
QTableView *makeReadOnlyTable(QWidget *parent, const QString &objectName);

} // namespace ContactDesk
