#pragma once

#include "backend/deskbackend.h"
#include "backend/wallboardlayout.h"
#include "wallboardtext.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QInputDialog;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace ContactDesk {

class AgentFilterModel;
class AgentGridModel;
class AgentSkillsDialog;
class AgentThresholdsDialog;
class DrillDownDialog;
class QueueTableModel;
class StaffingModel;
class TileEditorDialog;
class TvLayoutDialog;
class TvWallboard;
class WallboardCharts;
class WallboardTileWidget;
struct QueueChoice;

// The supervisor's live wallboard: headline tiles of the supervisor's own layout, and tabs with
// the queues (drill-down into the contacts behind a figure), the agents (filters and supervisor
// actions: state, skills, message, monitor / whisper / barge), intraday charts with the daily
// trend, and the staffing table. It asks DeskBackend::wallboard() when the backend says something
// changed (coalesced) and every second for the figures that grow, while it (or the TV window) is
// on screen; answers may come before the request returns or later.
class WallboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallboardView)

public:
    static constexpr int CoalesceMs = 100;
    static constexpr int TickMs = 1000;
    static constexpr int IntradayRefreshMs = 15'000;
    static constexpr int TrendDays = 7;

    enum Tab
    {
        QueuesTab,
        AgentsTab,
        ChartsTab,
        StaffingTab,
    };

    explicit WallboardView(QWidget *parent = nullptr);
    ~WallboardView() override;

    // Loads the supervisor's layout and starts watching.
    void setBackend(DeskBackend *backend);
    DeskBackend *backend() const { return m_backend; }

    bool hasSnapshot() const { return m_hasSnapshot; }
    const WallboardSnapshot &snapshot() const { return m_snapshot; }
    bool hasIntraday() const { return m_hasIntraday; }
    const WallboardIntraday &intraday() const { return m_intraday; }
    bool hasTrend() const { return m_hasTrend; }
    bool isLayoutLoaded() const { return m_layoutLoaded; }
    const WallboardLayout &wallboardLayout() const { return m_layout; }
    // Shows the layout at once and saves it for the supervisor (layoutSaved or an error follows).
    void saveLayout(const WallboardLayout &layout);
    // Nothing asked and not yet answered.
    bool isSettled() const;

    // Asks for a new snapshot now (the timers do this by themselves).
    void refresh();
    void refreshIntraday();

    QList<WallboardTileWidget *> tiles() const { return m_tiles; }
    WallboardTileWidget *tile(const QString &tileId) const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *queueView() const { return m_queueView; }
    QueueTableModel *queueModel() const { return m_queueModel; }
    QSortFilterProxyModel *queueProxy() const { return m_queueProxy; }
    QTableView *agentView() const { return m_agentView; }
    AgentGridModel *agentModel() const { return m_agentModel; }
    AgentFilterModel *agentFilter() const { return m_agentFilter; }
    QComboBox *teamFilter() const { return m_teamFilter; }
    QComboBox *skillFilter() const { return m_skillFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    WallboardCharts *charts() const { return m_charts; }
    StaffingModel *staffingModel() const { return m_staffingModel; }
    QTableView *staffingView() const { return m_staffingView; }
    QLabel *staffingSummary() const { return m_staffingSummary; }
    QLabel *statusLabel() const { return m_status; }
    TvWallboard *tv() const;

    QAction *customizeAction() const { return m_customizeAction; }
    QAction *tvAction() const { return m_tvAction; }
    QAction *tvLayoutAction() const { return m_tvLayoutAction; }
    QAction *thresholdsAction() const { return m_thresholdsAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *skillsAction() const { return m_skillsAction; }
    QAction *messageAction() const { return m_messageAction; }
    QAction *monitorAction() const { return m_monitorAction; }
    QAction *whisperAction() const { return m_whisperAction; }
    QAction *bargeAction() const { return m_bargeAction; }
    QAction *leaveAction() const { return m_leaveAction; }
    QMenu *stateMenu() const { return m_stateMenu; }
    // The state menu's action for a state ("ready", "logged-out", or a Not Ready reason code).
    QAction *stateAction(AgentState state, const QString &reasonCode = QString()) const;
    QList<QAction *> viewActions() const;

    // Colours the time in state in the grid and on the TV, and saves the thresholds with the
    // supervisor's layout.
    void setThresholds(const AgentStateThresholds &thresholds);
    const AgentStateThresholds &thresholds() const { return m_layout.agentThresholds; }

    // The agent the supervisor acts on: the current row of the agent grid.
    qint64 selectedAgentId() const;
    bool selectAgent(qint64 agentId);

    // The dialogs open without blocking (the tests drive them) and delete themselves when closed.
    DrillDownDialog *openDrillDown(const QString &queueId, WallboardFigure figure);
    AgentSkillsDialog *openSkillsDialog(qint64 agentId);
    QInputDialog *openMessageDialog(qint64 agentId);
    TileEditorDialog *openTileEditor(const QString &tileId = QString());
    TvLayoutDialog *openTvLayoutDialog();
    AgentThresholdsDialog *openThresholdsDialog();
    // The TV window: full screen for the wall, or a normal window (tests, a second monitor).
    TvWallboard *showTv(bool fullScreen = true);
    void closeTv();

    // Supervisor actions on an agent; the outcome goes to the status line.
    void setAgentState(qint64 agentId, AgentState state, const QString &reasonCode);
    void superviseCall(qint64 agentId, SupervisionMode mode);
    void messageAgent(qint64 agentId, const QString &body);

Q_SIGNALS:
    void snapshotUpdated();
    void intradayUpdated();
    void trendUpdated();
    void layoutLoaded();
    void layoutSaved();
    // A supervisor action succeeded ("… is Ready now").
    void actionDone(const QString &message);
    void errorOccurred(const QString &message);
    // Double-click on a contact in a drill-down: open the customer.
    void customerRequested(qint64 customerId, const QString &customerName);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Request
    {
        bool pending = false;
        bool again = false;
    };

    void retranslate();
    void fitAgentColumns();
    void fitQueueColumns();
    void loadLayout();
    void applyLayout(const WallboardLayout &layout);
    void rebuildTiles();
    void arrangeTiles(bool force = false);
    void requestSnapshot();
    void requestIntraday();
    void requestTrend();
    void applySnapshot(const WallboardSnapshot &snapshot);
    void applyIntraday(const WallboardIntraday &day);
    void updateStaffingSummary();
    void updateTeamFilter();
    void loadSkillCatalogue();
    void updateAgentActions();
    void showAgentMenu(const QPoint &position);
    void onQueueActivated(const QModelIndex &index);
    bool isWatched() const;
    void showStatus(const QString &message, bool error);
    void fail(const QString &what, const BackendError &error);
    QHash<QString, QString> queueNames() const;
    QList<QueueChoice> queueChoices() const;
    QString agentName(qint64 agentId) const;

    QPointer<DeskBackend> m_backend;
    quint64 m_generation = 0;
    qint64 m_layoutOwner = -1;

    WallboardLayout m_layout;
    bool m_layoutLoaded = false;
    WallboardSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    WallboardIntraday m_intraday;
    bool m_hasIntraday = false;
    bool m_hasTrend = false;
    qint64 m_lastInterval = -1;
    qint64 m_lastDay = -1;
    bool m_stale = true;
    Request m_snapshotRequest;
    Request m_intradayRequest;
    Request m_trendRequest;
    int m_layoutRequests = 0;
    QList<Skill> m_skills;

    QTimer *m_coalesce = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_intradayTimer = nullptr;
    QTimer *m_statusTimer = nullptr;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_tileArea = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QList<WallboardTileWidget *> m_tiles;
    int m_tileColumns = 0;
    QTabWidget *m_tabs = nullptr;

    QueueTableModel *m_queueModel = nullptr;
    QSortFilterProxyModel *m_queueProxy = nullptr;
    QTableView *m_queueView = nullptr;
    QLabel *m_queueHint = nullptr;

    AgentGridModel *m_agentModel = nullptr;
    AgentFilterModel *m_agentFilter = nullptr;
    QTableView *m_agentView = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QLabel *m_skillLabel = nullptr;
    QComboBox *m_skillFilter = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_agentCount = nullptr;
    QToolBar *m_agentBar = nullptr;
    QToolButton *m_stateButton = nullptr;

    WallboardCharts *m_charts = nullptr;
    StaffingModel *m_staffingModel = nullptr;
    QTableView *m_staffingView = nullptr;
    QLabel *m_staffingSummary = nullptr;
    bool m_staffingScrolled = false;

    QPointer<TvWallboard> m_tv;

    QAction *m_customizeAction = nullptr;
    QAction *m_tvAction = nullptr;
    QAction *m_tvLayoutAction = nullptr;
    QAction *m_thresholdsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QMenu *m_stateMenu = nullptr;
    QMenu *m_notReadyMenu = nullptr;
    QAction *m_readyAction = nullptr;
    QList<QAction *> m_notReadyActions;
    QAction *m_logOutAction = nullptr;
    QAction *m_stateMenuAction = nullptr;
    QAction *m_skillsAction = nullptr;
    QAction *m_messageAction = nullptr;
    QAction *m_monitorAction = nullptr;
    QAction *m_whisperAction = nullptr;
    QAction *m_bargeAction = nullptr;
    QAction *m_leaveAction = nullptr;
};

} // namespace ContactDesk
