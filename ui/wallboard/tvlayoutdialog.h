#pragma once

#include "backend/wallboardlayout.h"
#include "tileeditordialog.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace ContactDesk {

// What the TV on the wall shows: which tiles, which queues on the queue page, which pages, and how
// long each page stays. Works on a copy of the layout; wallboardLayout() is what OK gives back.
class TvLayoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TvLayoutDialog)

public:
    TvLayoutDialog(const WallboardLayout &layout, const QList<QueueChoice> &queues,
                   QWidget *parent = nullptr);

    // The layout with the TV part as the dialog shows it.
    WallboardLayout wallboardLayout() const;

    QListWidget *tileList() const { return m_tiles; }
    QListWidget *queueList() const { return m_queues; }
    QCheckBox *queuePageBox() const { return m_queuePage; }
    QCheckBox *agentPageBox() const { return m_agentPage; }
    QSpinBox *secondsBox() const { return m_seconds; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WallboardLayout m_layout;
    QLabel *m_intro = nullptr;
    QGroupBox *m_tileBox = nullptr;
    QListWidget *m_tiles = nullptr;
    QGroupBox *m_queueBox = nullptr;
    QListWidget *m_queues = nullptr;
    QCheckBox *m_queuePage = nullptr;
    QCheckBox *m_agentPage = nullptr;
    QLabel *m_secondsLabel = nullptr;
    QSpinBox *m_seconds = nullptr;
};

} // namespace ContactDesk
