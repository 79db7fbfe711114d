#pragma once

#include "backend/wallboard.h"
#include "backend/wallboardlayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QPalette;

namespace ContactDesk {

// The words, formats and colours of the supervisor's wallboard. Everything is looked up at call
// time, so what re-renders on QEvent::LanguageChange shows the new language.
class WallboardText final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::WallboardText)

public:
    static QString kpiName(WallboardKpi kpi);
    // What the tile shows: "83%", "0:42", "12"; "—" without a value.
    static QString kpiValue(WallboardKpi kpi, std::optional<double> value);
    // A target or threshold in the KPI's unit, for the tile's second line and the editor.
    static QString kpiTarget(WallboardKpi kpi, double value);
    static QString tileTitle(const WallboardTile &tile);
    static QString statusName(TileStatus status);
    static QString activityName(WallboardActivity activity);
    // "Not Ready — Lunch", "Busy", "Ready"
    static QString agentStateText(const WallboardAgent &agent);
    static QString supervisionName(SupervisionMode mode);
    static QString figureName(WallboardFigure figure);
    // "0:42", "12:05", "1:02:03" (rounded down to the second); "—" for negative.
    static QString duration(qint64 ms);
    static QString percent(std::optional<double> share); // 0..1 → "83%"
    static QString noValue();
    // "Waiting: the contacts waiting now" — what a drill-down lists.
    static QString figureDescription(WallboardFigure figure);
    // The queue names of `queueIds` in `snapshot`, "All queues" for an empty list.
    static QString queueGroupName(const QStringList &queueIds, const WallboardSnapshot &snapshot);
    static QString errorText(const QString &code, const QString &message);

    // Fixed colours that mean the same in light and dark themes.
    static QColor statusColor(TileStatus status);
    static QColor thresholdColor(int level); // 1 amber, 2 red; invalid for 0
};

} // namespace ContactDesk
