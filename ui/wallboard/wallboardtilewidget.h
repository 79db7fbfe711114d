#pragma once

#include "backend/wallboardlayout.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace ContactDesk {

// One headline figure of the wallboard: its title, the value in the KPI's unit, the target, and a
// background and edge in the status colour (green on target, amber below it, red past the alarm,
// grey without data). Repaints only when what it shows changed, so a wall of tiles updated every
// second does not flicker. Double-clicking asks for the tile editor.
class WallboardTileWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallboardTileWidget)

public:
    explicit WallboardTileWidget(QWidget *parent = nullptr);

    void setTile(const WallboardTile &tile);
    const WallboardTile &tile() const { return m_tile; }
    // The value from the latest snapshot (in display units); empty: "—".
    void setValue(std::optional<double> value);
    std::optional<double> value() const { return m_value; }

    TileStatus status() const { return m_status; }
    QString titleText() const { return m_title; }
    QString valueText() const { return m_valueText; }
    QString targetText() const { return m_targetText; }
    // The colour the edge is painted in.
    QColor statusColor() const;

    // Bigger type for the TV on the wall (1 = the desk's size).
    void setScale(double scale);
    double scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void editRequested(const QString &tileId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    // Recomputes the texts and the status; repaints when any of them changed.
    void refreshTexts();

    WallboardTile m_tile;
    std::optional<double> m_value;
    TileStatus m_status = TileStatus::NoData;
    QString m_title;
    QString m_valueText;
    QString m_targetText;
    double m_scale = 1.0;
};

} // namespace ContactDesk
