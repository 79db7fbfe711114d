#pragma once

#include "backend/wallboardlayout.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ContactDesk {

// A customer queue as the editors list it.
struct QueueChoice
{
    QString id;
    QString name;
};

// The supervisor's own wallboard: which tiles in which order, each a KPI over a group of queues
// with its target and alarm threshold (in the KPI's unit), and the queues the charts and the
// staffing table show. Works on a copy; wallboardLayout() is what OK gives back.
class TileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileEditorDialog)

public:
    TileEditorDialog(const WallboardLayout &layout, const QList<QueueChoice> &queues,
                     QWidget *parent = nullptr);

    const WallboardLayout &wallboardLayout() const { return m_layout; }
    int currentTile() const;
    void selectTile(int index);
    // Selects the tile with this id; false when there is none.
    bool selectTile(const QString &tileId);

    // What the buttons do, for the keyboard and the tests.
    void addTile(WallboardKpi kpi);
    void removeCurrentTile();
    void moveCurrentTile(int delta);
    void resetToStandard();

    QListWidget *tileList() const { return m_tiles; }
    QComboBox *kpiBox() const { return m_kpi; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *queueList() const { return m_queues; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QDoubleSpinBox *alarmBox() const { return m_alarm; }
    QListWidget *chartQueueList() const { return m_chartQueues; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTileList();
    void showTile(int index);
    void storeTile();
    void setUnit(WallboardKpi kpi);
    void updateButtons();
    void updateHint();

    WallboardLayout m_layout;
    QList<QueueChoice> m_queueChoices;
    bool m_showing = false;

    QListWidget *m_tiles = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_reset = nullptr;
    QGroupBox *m_tileBox = nullptr;
    QLabel *m_kpiLabel = nullptr;
    QComboBox *m_kpi = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_queuesLabel = nullptr;
    QListWidget *m_queues = nullptr;
    QLabel *m_targetLabel = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QLabel *m_alarmLabel = nullptr;
    QDoubleSpinBox *m_alarm = nullptr;
    QLabel *m_hint = nullptr;
    QGroupBox *m_chartBox = nullptr;
    QLabel *m_chartHint = nullptr;
    QListWidget *m_chartQueues = nullptr;
};

} // namespace ContactDesk
