#pragma once

#include "backend/wallboardlayout.h"
#include "wallboardtext.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ContactDesk {

class QueueTableModel;
class WallboardTileWidget;

// The wallboard for the TV on the wall: a frameless, read-only window in large type that turns
// its pages by itself — the tiles chosen for it, the chosen queues, and the agents (heads per
// state and who is over a threshold). Esc closes it. It shows what the WallboardView hands it.
class TvWallboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TvWallboard)

public:
    enum class Page
    {
        Tiles,
        Queues,
        Agents,
    };

    explicit TvWallboard(QWidget *parent = nullptr);
    ~TvWallboard() override;

    void setWallboardLayout(const WallboardLayout &layout);
    void setSnapshot(const WallboardSnapshot &snapshot);
    void setThresholds(const AgentStateThresholds &thresholds);

    QList<Page> pages() const { return m_pages; }
    int currentPage() const { return m_current; }
    Page currentPageKind() const;
    void showPage(int index);
    void nextPage();
    int pageSeconds() const { return m_layout.tv.pageSeconds; }
    bool isRotating() const;

    QList<WallboardTileWidget *> tiles() const { return m_tiles; }
    // Rows on the queue page.
    int queueRowCount() const;
    // Agents on the agent page with the time in their state past a threshold.
    int agentsOverThreshold() const;
    int headCount(WallboardActivity activity) const;

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuildTiles();
    void rebuildPages();
    void updateTiles();
    void updateAgentPage();
    void updateHeader();

    WallboardLayout m_layout;
    WallboardSnapshot m_snapshot;
    AgentStateThresholds m_thresholds;
    QList<Page> m_pages;
    int m_current = 0;

    QLabel *m_title = nullptr;
    QLabel *m_pageName = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_hint = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_tilePage = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QList<WallboardTileWidget *> m_tiles;
    QTableView *m_queueView = nullptr;
    QueueTableModel *m_queueModel = nullptr;
    QSortFilterProxyModel *m_queueFilter = nullptr;
    QWidget *m_agentPage = nullptr;
    QList<QLabel *> m_headNames;
    QList<QLabel *> m_headCounts;
    QLabel *m_overTitle = nullptr;
    QListWidget *m_overList = nullptr;
    QTimer *m_rotation = nullptr;
};

} // namespace ContactDesk
