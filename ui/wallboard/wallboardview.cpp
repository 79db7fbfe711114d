#include "wallboardview.h"

#include "agent/displaytext.h"
#include "agentgridmodel.h"
#include "agentskillsdialog.h"
#include "common/tableviews.h"
#include "drilldowndialog.h"
#include "metrics/kpiengine.h"
#include "queuetablemodel.h"
#include "staffingmodel.h"
#include "thresholdsdialog.h"
#include "tileeditordialog.h"
#include "tvlayoutdialog.h"
#include "tvwallboard.h"
#include "wallboardcharts.h"
#include "wallboardtilewidget.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ContactDesk {

namespace {

constexpr int StatusShownMs = 15'000;
constexpr int MinTileWidth = 168;
constexpr int AssumedTileAreaWidth = 1200;

} // namespace

WallboardView::WallboardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wallboardView"));

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &WallboardView::requestSnapshot);
    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &WallboardView::requestSnapshot);
    m_intradayTimer = new QTimer(this);
    m_intradayTimer->setInterval(IntradayRefreshMs);
    connect(m_intradayTimer, &QTimer::timeout, this, &WallboardView::requestIntraday);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(StatusShownMs);

    // --- actions --------------------------------------------------------------------------
    auto makeAction = [this](const QString &name, const QString &icon = QString()) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!icon.isEmpty())
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_customizeAction = makeAction(QStringLiteral("wallboardCustomize"), QStringLiteral("settings"));
    connect(m_customizeAction, &QAction::triggered, this, [this] { openTileEditor(); });
    m_tvLayoutAction = makeAction(QStringLiteral("wallboardTvLayout"));
    connect(m_tvLayoutAction, &QAction::triggered, this, [this] { openTvLayoutDialog(); });
    m_thresholdsAction = makeAction(QStringLiteral("wallboardThresholds"));
    connect(m_thresholdsAction, &QAction::triggered, this, [this] { openThresholdsDialog(); });
    m_tvAction = makeAction(QStringLiteral("wallboardTvMode"), QStringLiteral("view-wallboard"));
    m_tvAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(m_tvAction, &QAction::triggered, this, [this] { showTv(true); });
    m_refreshAction = makeAction(QStringLiteral("wallboardRefresh"), QStringLiteral("refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        refresh();
        refreshIntraday();
        requestTrend();
    });

    m_stateMenu = new QMenu(this);
    m_stateMenu->setObjectName(QStringLiteral("agentStateMenu"));
    m_readyAction = m_stateMenu->addAction(QIcon(QStringLiteral(":/icons/ready.svg")), QString());
    m_readyAction->setObjectName(QStringLiteral("agentState-ready"));
    connect(m_readyAction, &QAction::triggered, this,
            [this] { setAgentState(selectedAgentId(), AgentState::Ready, QString()); });
    m_notReadyMenu = m_stateMenu->addMenu(QIcon(QStringLiteral(":/icons/not-ready.svg")), QString());
    for (const QString &reason : {QStringLiteral("break"),
             QStringLiteral("lunch"), QStringLiteral("training"),
                                                     QStringLiteral("meeting"),
                                                                    QStringLiteral("coaching"),
                                                                                   QStringLiteral("admin")}) {
        QAction *action = m_notReadyMenu->addAction(QString());
        action->setObjectName(QStringLiteral("agentState-notReady-") + reason);
        action->setData(reason);
        connect(action, &QAction::triggered, this,
                [this, reason] { setAgentState(selectedAgentId(), AgentState::NotReady, reason); });
        m_notReadyActions.append(action);
    }
    m_stateMenu->addSeparator();
    m_logOutAction = m_stateMenu->addAction(QIcon(QStringLiteral(":/icons/sign-in.svg")), QString());
    m_logOutAction->setObjectName(QStringLiteral("agentState-loggedOut"));
    connect(m_logOutAction, &QAction::triggered, this,
            [this] { setAgentState(selectedAgentId(), AgentState::LoggedOut, QString()); });
    m_stateMenuAction = m_stateMenu->menuAction();

    m_skillsAction = makeAction(QStringLiteral("agentSkills"), QStringLiteral("group"));
    connect(m_skillsAction, &QAction::triggered, this, [this] { openSkillsDialog(selectedAgentId()); });
    m_messageAction = makeAction(QStringLiteral("agentMessage"), QStringLiteral("send"));
    connect(m_messageAction, &QAction::triggered, this, [this] { openMessageDialog(selectedAgentId()); });
    m_monitorAction = makeAction(QStringLiteral("agentMonitor"), QStringLiteral("channel-voice"));
    connect(m_monitorAction, &QAction::triggered, this,
            [this] { superviseCall(selectedAgentId(), SupervisionMode::Monitor); });
    m_whisperAction = makeAction(QStringLiteral("agentWhisper"));
    connect(m_whisperAction, &QAction::triggered, this,
            [this] { superviseCall(selectedAgentId(), SupervisionMode::Whisper); });
    m_bargeAction = makeAction(QStringLiteral("agentBarge"), QStringLiteral("conference"));
    connect(m_bargeAction, &QAction::triggered, this,
            [this] { superviseCall(selectedAgentId(), SupervisionMode::Barge); });
    m_leaveAction = makeAction(QStringLiteral("agentLeaveCall"), QStringLiteral("end"));
    connect(m_leaveAction, &QAction::triggered, this,
            [this] { superviseCall(selectedAgentId(), SupervisionMode::None); });

    // --- the bar above the tiles ----------------------------------------------------------
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("wallboardToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_customizeAction);
    m_toolBar->addAction(m_tvLayoutAction);
    m_toolBar->addAction(m_thresholdsAction);
    m_toolBar->addAction(m_tvAction);
    m_toolBar->addAction(m_refreshAction);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wallboardStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addWidget(m_status, 1);

    m_tileArea = new QWidget(this);
    m_tileArea->setObjectName(QStringLiteral("wallboardTiles"));
    m_tileGrid = new QGridLayout(m_tileArea);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(8);
    m_tileArea->installEventFilter(this);

    // --- queues -----------------------------------------------------------------------------
    m_queueModel = new QueueTableModel(this);
    m_queueProxy = new QSortFilterProxyModel(this);
    m_queueProxy->setSourceModel(m_queueModel);
    m_queueProxy->setSortRole(LiveTableModel::SortRole);
    m_queueProxy->setSortLocaleAware(true);
    m_queueProxy->setDynamicSortFilter(true);
    auto *queuePage = new QWidget(this);
    m_queueView = makeReadOnlyTable(queuePage, QStringLiteral("wallboardQueues"));
    m_queueView->setModel(m_queueProxy);
    m_queueView->setSortingEnabled(true);
    m_queueView->sortByColumn(QueueTableModel::NameColumn, Qt::AscendingOrder);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Fitted to the contents when queues come or go and when the language changes, not on every
    // second's figures: measuring every cell each second is what made the view slow.
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueView->horizontalHeader()->setSectionResizeMode(QueueTableModel::ChannelsColumn,
                                                          QHeaderView::Stretch);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_queueModel, signal, this, &WallboardView::fitQueueColumns);
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, &WallboardView::fitQueueColumns);
    m_queueView->setTextElideMode(Qt::ElideRight);
    m_queueView->horizontalHeader()->setStretchLastSection(false);
    connect(m_queueView, &QTableView::activated, this, &WallboardView::onQueueActivated);
    m_queueHint = new QLabel(queuePage);
    m_queueHint->setWordWrap(true);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->setContentsMargins(6, 6, 6, 6);
    queueLayout->addWidget(m_queueView, 1);
    queueLayout->addWidget(m_queueHint);

    // --- agents -----------------------------------------------------------------------------
    m_agentModel = new AgentGridModel(this);
    m_agentFilter = new AgentFilterModel(this);
    m_agentFilter->setSourceModel(m_agentModel);
    auto *agentPage = new QWidget(this);
    m_teamLabel = new QLabel(agentPage);
    m_teamFilter = new QComboBox(agentPage);
    m_teamFilter->setObjectName(QStringLiteral("agentTeamFilter"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamFilter->addItem(QString(), QString());
    m_teamLabel->setBuddy(m_teamFilter);
    m_skillLabel = new QLabel(agentPage);
    m_skillFilter = new QComboBox(agentPage);
    m_skillFilter->setObjectName(QStringLiteral("agentSkillFilter"));
    m_skillFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_skillFilter->addItem(QString(), QString());
    m_skillLabel->setBuddy(m_skillFilter);
    m_stateLabel = new QLabel(agentPage);
    m_stateFilter = new QComboBox(agentPage);
    m_stateFilter->setObjectName(QStringLiteral("agentStateFilter"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter->addItem(QString(), -1);
    for (WallboardActivity activity :
         {WallboardActivity::Ready, WallboardActivity::Busy, WallboardActivity::AfterCallWork,
          WallboardActivity::NotReady, WallboardActivity::LoggedOut})
        m_stateFilter->addItem(QString(), int(activity));
    m_stateLabel->setBuddy(m_stateFilter);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_agentFilter->setTeam(m_teamFilter->currentData().toString());
        updateAgentActions();
    });
    connect(m_skillFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_agentFilter->setSkill(m_skillFilter->currentData().toString());
        updateAgentActions();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_stateFilter->currentData().toInt();
        m_agentFilter->setActivity(value < 0 ? std::nullopt : std::optional(WallboardActivity(value)));
        updateAgentActions();
    });
    m_agentCount = new QLabel(agentPage);
    m_agentCount->setObjectName(QStringLiteral("agentCount"));

    m_agentBar = new QToolBar(agentPage);
    m_agentBar->setObjectName(QStringLiteral("agentActions"));
    m_agentBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_agentBar->setIconSize(QSize(16, 16));
    m_stateButton = new QToolButton(m_agentBar);
    m_stateButton->setObjectName(QStringLiteral("agentStateButton"));
    m_stateButton->setMenu(m_stateMenu);
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stateButton->setIcon(QIcon(QStringLiteral(":/icons/ready.svg")));
    m_agentBar->addWidget(m_stateButton);
    m_agentBar->addAction(m_skillsAction);
    m_agentBar->addAction(m_messageAction);
    m_agentBar->addSeparator();
    m_agentBar->addAction(m_monitorAction);
    m_agentBar->addAction(m_whisperAction);
    m_agentBar->addAction(m_bargeAction);
    m_agentBar->addAction(m_leaveAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_teamLabel);
    filters->addWidget(m_teamFilter);
    filters->addSpacing(12);
    filters->addWidget(m_skillLabel);
    filters->addWidget(m_skillFilter);
    filters->addSpacing(12);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(12);
    filters->addWidget(m_agentCount);
    filters->addStretch(1);

    m_agentView = makeReadOnlyTable(agentPage, QStringLiteral("wallboardAgents"));
    m_agentView->setModel(m_agentFilter);
    m_agentView->setSortingEnabled(true);
    m_agentView->sortByColumn(AgentGridModel::NameColumn, Qt::AscendingOrder);
    m_agentView->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths that fit the usual texts; the figures change every second, so the columns must not
    // follow their contents.
    QHeaderView *agentHeader = m_agentView->horizontalHeader();
    agentHeader->setSectionResizeMode(QHeaderView::Interactive);
    agentHeader->setStretchLastSection(false);
    agentHeader->setSectionResizeMode(AgentGridModel::ContactColumn, QHeaderView::Stretch);
    connect(m_agentView, &QWidget::customContextMenuRequested, this, &WallboardView::showAgentMenu);
    connect(m_agentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WallboardView::updateAgentActions);
    connect(m_agentFilter, &QAbstractItemModel::rowsInserted, this, &WallboardView::updateAgentActions);
    connect(m_agentFilter, &QAbstractItemModel::rowsRemoved, this, &WallboardView::updateAgentActions);
    connect(m_agentFilter, &QAbstractItemModel::modelReset, this, &WallboardView::updateAgentActions);

    auto *agentLayout = new QVBoxLayout(agentPage);
    agentLayout->setContentsMargins(6, 6, 6, 6);
    agentLayout->addLayout(filters);
    agentLayout->addWidget(m_agentBar);
    agentLayout->addWidget(m_agentView, 1);

    // --- charts and staffing ----------------------------------------------------------------
    m_charts = new WallboardCharts(this);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(6, 6, 6, 6);
    chartLayout->addWidget(m_charts);

    m_staffingModel = new StaffingModel(this);
    auto *staffingPage = new QWidget(this);
    m_staffingSummary = new QLabel(staffingPage);
    m_staffingSummary->setObjectName(QStringLiteral("staffingSummary"));
    m_staffingSummary->setWordWrap(true);
    m_staffingView = makeReadOnlyTable(staffingPage, QStringLiteral("wallboardStaffing"));
    m_staffingView->setModel(m_staffingModel);
    m_staffingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *staffingLayout = new QVBoxLayout(staffingPage);
    staffingLayout->setContentsMargins(6, 6, 6, 6);
    staffingLayout->addWidget(m_staffingSummary);
    staffingLayout->addWidget(m_staffingView, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("wallboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(QueuesTab, queuePage, QIcon(QStringLiteral(":/icons/queue.svg")), QString());
    m_tabs->insertTab(AgentsTab, agentPage, QIcon(QStringLiteral(":/icons/group.svg")), QString());
    m_tabs->insertTab(ChartsTab, chartPage, QString());
    m_tabs->insertTab(StaffingTab, staffingPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_tileArea);
    layout->addWidget(m_tabs, 1);

    m_layout = WallboardLayout::defaults();
    rebuildTiles();
    retranslate();
    updateAgentActions();
}

WallboardView::~WallboardView()
{
    delete m_tv.data();
}

// --- backend and refreshing -----------------------------------------------------------------

void WallboardView::setBackend(DeskBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    ++m_generation;
    m_snapshotRequest = {};
    m_intradayRequest = {};
    m_trendRequest = {};
    m_layoutRequests = 0;
    m_stale = true;
    if (!m_backend) {
        m_tick->stop();
        m_intradayTimer->stop();
        return;
    }
    connect(m_backend, &DeskBackend::wallboardChanged, this, [this] {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    });
    // The layout is the signed-in supervisor's: another person, another layout.
    connect(m_backend, &DeskBackend::stateChanged, this, [this] {
        const std::optional<AgentSession> session = m_backend ? m_backend->session() : std::nullopt;
        if ((session ? session->agentId : 0) != m_layoutOwner)
            loadLayout();
    });
    connect(m_backend, &DeskBackend::connectionRestored, this, [this] {
        refresh();
        refreshIntraday();
    });
    m_tick->start();
    m_intradayTimer->start();
    loadLayout();
    loadSkillCatalogue();
    refresh();
}

bool WallboardView::isWatched() const
{
    return isVisible() || (m_tv && m_tv->isVisible());
}

bool WallboardView::isSettled() const
{
    return m_backend && m_layoutLoaded && m_hasSnapshot && !m_snapshotRequest.pending
           && !m_intradayRequest.pending && !m_trendRequest.pending && m_layoutRequests == 0;
}

void WallboardView::refresh()
{
    m_coalesce->stop();
    requestSnapshot();
}

void WallboardView::refreshIntraday()
{
    requestIntraday();
}

void WallboardView::requestSnapshot()
{
    if (!m_backend)
        return;
    if (!isWatched() && m_hasSnapshot) {
        // Nobody looks: ask when the view shows again.
        m_stale = true;
        return;
    }
    if (m_snapshotRequest.pending) {
        m_snapshotRequest.again = true;
        return;
    }
    m_snapshotRequest.pending = true;
    m_stale = false;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->wallboard([self, generation](const BackendResult<WallboardSnapshot> &result) {
        if (!self || self->m_generation != generation)
            return;
        self->m_snapshotRequest.pending = false;
        if (result.ok())
            self->applySnapshot(result.value());
        else
            self->fail(tr("The wallboard could not be loaded"), result.error());
        if (self->m_snapshotRequest.again) {
            self->m_snapshotRequest.again = false;
            self->m_coalesce->start();
        }
    });
}

void WallboardView::requestIntraday()
{
    if (!m_backend)
        return;
    if (!isWatched() && m_hasIntraday) {
        m_stale = true;
        return;
    }
    if (m_intradayRequest.pending) {
        m_intradayRequest.again = true;
        return;
    }
    m_intradayRequest.pending = true;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->wallboardIntraday(
        m_layout.chartQueueIds, [self, generation](const BackendResult<WallboardIntraday> &result) {
            if (!self || self->m_generation != generation)
                return;
            self->m_intradayRequest.pending = false;
            if (result.ok())
                self->applyIntraday(result.value());
            else
                self->fail(tr("Today's intervals could not be loaded"), result.error());
            if (self->m_intradayRequest.again) {
                self->m_intradayRequest.again = false;
                QTimer::singleShot(0, self.data(), &WallboardView::requestIntraday);
            }
        });
}

void WallboardView::requestTrend()
{
    if (!m_backend)
        return;
    if (m_trendRequest.pending) {
        m_trendRequest.again = true;
        return;
    }
    m_trendRequest.pending = true;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->wallboardTrend(m_layout.chartQueueIds, TrendDays,
                              [self, generation](const BackendResult<QList<WallboardDayTotal>> &result) {
                                  if (!self || self->m_generation != generation)
                                      return;
                                  self->m_trendRequest.pending = false;
                                  if (result.ok()) {
                                      const int target =
                                          self->m_hasIntraday ? self->m_intraday.serviceLevelPercent : 80;
                                      self->m_charts->setTrend(result.value(), target);
                                      self->m_hasTrend = true;
                                      Q_EMIT self->trendUpdated();
                                  } else {
                                      self->fail(tr("The last days could not be loaded"), result.error());
                                  }
                                  if (self->m_trendRequest.again) {
                                      self->m_trendRequest.again = false;
                                      QTimer::singleShot(0, self.data(), &WallboardView::requestTrend);
                                  }
                              });
}

void WallboardView::applySnapshot(const WallboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    for (WallboardTileWidget *tile : std::as_const(m_tiles))
        tile->setValue(wallboardKpiValue(tile->tile().kpi, m_snapshot, tile->tile().queueIds));
    m_queueModel->setQueues(snapshot.queues);
    m_agentModel->setSnapshot(snapshot.agents, snapshot.nowMs, queueNames());
    updateTeamFilter();
    updateAgentActions();
    if (m_tv)
        m_tv->setSnapshot(snapshot);

    // A new quarter-hour brings a new point to the charts; a new day new totals.
    const qint64 interval = (snapshot.nowMs - snapshot.dayStartMs) / KpiEngine::IntervalMs;
    if (snapshot.dayStartMs != m_lastDay) {
        m_lastDay = snapshot.dayStartMs;
        m_lastInterval = interval;
        requestIntraday();
        requestTrend();
    } else if (interval != m_lastInterval) {
        m_lastInterval = interval;
        requestIntraday();
    }
    Q_EMIT snapshotUpdated();
}

void WallboardView::applyIntraday(const WallboardIntraday &day)
{
    const bool targetChanged = !m_hasIntraday || day.serviceLevelPercent != m_intraday.serviceLevelPercent;
    m_intraday = day;
    m_hasIntraday = true;
    m_charts->setIntraday(day);
    m_staffingModel->setIntervals(day.intervals);
    updateStaffingSummary();
    if (!m_staffingScrolled && m_staffingModel->currentRow() >= 0) {
        // The supervisor looks at now and the rest of the day: start there.
        m_staffingView->scrollTo(m_staffingModel->index(std::max(0, m_staffingModel->currentRow() - 2), 0),
                                 QAbstractItemView::PositionAtTop);
        m_staffingScrolled = true;
    }
    if (targetChanged && m_hasTrend)
        requestTrend();
    Q_EMIT intradayUpdated();
}

void WallboardView::updateStaffingSummary()
{
    if (!m_hasIntraday) {
        m_staffingSummary->setText(tr("Loading today's intervals…"));
        return;
    }
    const QString group = WallboardText::queueGroupName(m_intraday.queueIds, m_snapshot).toHtmlEscaped();
    const QString patience =
        m_intraday.patienceSeconds
            ? tr("customers' patience about %1 (Erlang A)")
                  .arg(WallboardText::duration(qint64(*m_intraday.patienceSeconds * 1000)))
            : tr("patience not known yet (too few abandons; Erlang C only)");
    const QString forecast =
        m_intraday.weeksInForecast > 0
            ? tr("forecast from %Ln past week(s) of the same weekday", nullptr, m_intraday.weeksInForecast)
            : tr("no forecast yet (no past weeks with data)");
    m_staffingSummary->setText(tr("<b>%1</b> · target %2% answered within %3 s · %4 · %5")
                                   .arg(group)
                                   .arg(m_intraday.serviceLevelPercent)
                                   .arg(m_intraday.serviceLevelSeconds)
                                   .arg(patience.toHtmlEscaped(), forecast.toHtmlEscaped()));
}

// --- the layout ---------------------------------------------------------------------------------

void WallboardView::loadLayout()
{
    if (!m_backend)
        return;
    const std::optional<AgentSession> session = m_backend->session();
    m_layoutOwner = session ? session->agentId : 0;
    ++m_layoutRequests;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->wallboardLayout([self, generation](const BackendResult<QByteArray> &result) {
        if (!self || self->m_generation != generation)
            return;
        --self->m_layoutRequests;
        if (!result.ok()) {
            self->fail(tr("Your wallboard layout could not be loaded; showing the standard one"),
                       result.error());
            self->applyLayout(WallboardLayout::defaults());
        } else if (result.value().trimmed().isEmpty()) {
            self->applyLayout(WallboardLayout::defaults());
        } else {
            QString why;
            const std::optional<WallboardLayout> layout = WallboardLayout::fromJson(result.value(), &why);
            if (!layout)
                self->showStatus(
                    tr("Your saved wallboard layout cannot be read (%1); showing the standard one.").arg(why),
                    true);
            self->applyLayout(layout.value_or(WallboardLayout::defaults()));
        }
        self->m_layoutLoaded = true;
        Q_EMIT self->layoutLoaded();
    });
}

void WallboardView::applyLayout(const WallboardLayout &layout)
{
    const bool chartGroupChanged = layout.chartQueueIds != m_layout.chartQueueIds;
    const bool tilesChanged = layout.tiles != m_layout.tiles;
    const bool thresholdsChanged = layout.agentThresholds != m_layout.agentThresholds;
    m_layout = layout;
    if (tilesChanged || m_tiles.size() != m_layout.tiles.size())
        rebuildTiles();
    if (thresholdsChanged) {
        m_agentModel->setThresholds(m_layout.agentThresholds);
        if (m_tv)
            m_tv->setThresholds(m_layout.agentThresholds);
    }
    if (m_tv)
        m_tv->setWallboardLayout(m_layout);
    if (chartGroupChanged) {
        m_staffingScrolled = false;
        requestIntraday();
        requestTrend();
    }
}

void WallboardView::saveLayout(const WallboardLayout &layout)
{
    applyLayout(layout);
    if (!m_backend)
        return;
    ++m_layoutRequests;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->saveWallboardLayout(layout.toJson(), [self, generation](const BackendResult<bool> &result) {
        if (!self || self->m_generation != generation)
            return;
        --self->m_layoutRequests;
        if (!result.ok()) {
            self->fail(tr("Your wallboard layout could not be saved"), result.error());
            return;
        }
        self->showStatus(tr("Wallboard layout saved."), false);
        Q_EMIT self->layoutSaved();
    });
}

void WallboardView::rebuildTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const WallboardTile &tileLayout : std::as_const(m_layout.tiles)) {
        auto *tile = new WallboardTileWidget(m_tileArea);
        tile->setTile(tileLayout);
        if (m_hasSnapshot)
            tile->setValue(wallboardKpiValue(tileLayout.kpi, m_snapshot, tileLayout.queueIds));
        connect(tile, &WallboardTileWidget::editRequested, this,
                [this](const QString &id) { openTileEditor(id); });
        m_tiles.append(tile);
    }
    arrangeTiles(true);
}

void WallboardView::arrangeTiles(bool force)
{
    const int count = int(m_tiles.size());
    // Before the first layout the area has no real width yet; a single column then would make
    // the window as tall as eleven tiles.
    const int width = m_tileArea->testAttribute(Qt::WA_WState_Visible)
                          ? std::max(m_tileArea->width(), MinTileWidth)
                          : AssumedTileAreaWidth;
    int columns = std::clamp(width / MinTileWidth, 1, std::max(1, count));
    // Balanced rows: 11 tiles in 6 + 5 rather than 8 + 3.
    const int rows = count == 0 ? 1 : (count + columns - 1) / columns;
    columns = count == 0 ? 1 : (count + rows - 1) / rows;
    if (!force && columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    while (m_tileGrid->count() > 0)
        delete m_tileGrid->takeAt(0);
    for (int column = 0; column < m_tileGrid->columnCount(); ++column)
        m_tileGrid->setColumnStretch(column, 0);
    for (int i = 0; i < count; ++i)
        m_tileGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_tileGrid->setColumnStretch(column, 1);
    m_tileArea->setVisible(count > 0);
}

WallboardTileWidget *WallboardView::tile(const QString &tileId) const
{
    for (WallboardTileWidget *tile : m_tiles) {
        if (tile->tile().id == tileId)
            return tile;
    }
    return nullptr;
}

// --- queues and drill-downs ---------------------------------------------------------------------

QHash<QString, QString> WallboardView::queueNames() const
{
    QHash<QString, QString> names;
    for (const WallboardQueue &queue : m_snapshot.queues)
        names.insert(queue.queueId, queue.name);
    return names;
}

QList<QueueChoice> WallboardView::queueChoices() const
{
    QList<QueueChoice> choices;
    for (const WallboardQueue &queue : m_snapshot.queues)
        choices.append(QueueChoice{queue.queueId, queue.name});
    return choices;
}

void WallboardView::onQueueActivated(const QModelIndex &index)
{
    const QModelIndex source = m_queueProxy->mapToSource(index);
    const WallboardQueue *queue = m_queueModel->queueAt(source.row());
    const std::optional<WallboardFigure> figure = QueueTableModel::figureOf(source.column());
    if (!queue || !figure)
        return;
    openDrillDown(queue->queueId, *figure);
}

DrillDownDialog *WallboardView::openDrillDown(const QString &queueId, WallboardFigure figure)
{
    WallboardDrillDown request;
    if (!queueId.isEmpty())
        request.queueIds = {queueId};
    request.figure = figure;
    request.fromMs = m_snapshot.dayStartMs;
    request.toMs = m_snapshot.nowMs > 0 ? m_snapshot.nowMs + 1 : 0;
    const QString group = WallboardText::queueGroupName(request.queueIds, m_snapshot);
    auto *dialog = new DrillDownDialog(m_backend, request, group, queueNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::customerRequested, this,
            [this, dialog](qint64 customerId, const QString &name) {
                dialog->accept();
                Q_EMIT customerRequested(customerId, name);
            });
    dialog->open();
    return dialog;
}

// --- agents -------------------------------------------------------------------------------------

void WallboardView::loadSkillCatalogue()
{
    if (!m_backend)
        return;
    const quint64 generation = m_generation;
    QPointer<WallboardView> self(this);
    m_backend->skillCatalogue([self, generation](const BackendResult<QList<Skill>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->fail(tr("The skills could not be loaded"), result.error());
            return;
        }
        self->m_skills = result.value();
        const QString current = self->m_skillFilter->currentData().toString();
        const QSignalBlocker blocker(self->m_skillFilter);
        while (self->m_skillFilter->count() > 1)
            self->m_skillFilter->removeItem(1);
        for (const Skill &skill : std::as_const(self->m_skills))
            self->m_skillFilter->addItem(skill.name.isEmpty() ? skill.id : skill.name, skill.id);
        const int index = self->m_skillFilter->findData(current);
        self->m_skillFilter->setCurrentIndex(index < 0 ? 0 : index);
    });
}

void WallboardView::updateTeamFilter()
{
    QSet<QString> seen;
    const QString *last = nullptr; // agents of a team often come together: skip the hash then
    for (const WallboardAgent &agent : std::as_const(m_snapshot.agents)) {
        if (agent.team.isEmpty() || (last && *last == agent.team))
            continue;
        last = &agent.team;
        seen.insert(agent.team);
    }
    QStringList teams(seen.cbegin(), seen.cend());
    teams.sort(Qt::CaseInsensitive);
    QStringList present;
    for (int i = 1; i < m_teamFilter->count(); ++i)
        present << m_teamFilter->itemData(i).toString();
    if (present == teams)
        return;
    const QString current = m_teamFilter->currentData().toString();
    const QSignalBlocker blocker(m_teamFilter);
    while (m_teamFilter->count() > 1)
        m_teamFilter->removeItem(1);
    for (const QString &team : std::as_const(teams))
        m_teamFilter->addItem(team, team);
    const int index = m_teamFilter->findData(current);
    m_teamFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_agentFilter->setTeam(QString());
}

qint64 WallboardView::selectedAgentId() const
{
    const QModelIndex current = m_agentView->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(AgentGridModel::AgentIdRole).toLongLong();
}

bool WallboardView::selectAgent(qint64 agentId)
{
    const int row = m_agentModel->rowOfAgent(agentId);
    if (row < 0)
        return false;
    const QModelIndex index = m_agentFilter->mapFromSource(m_agentModel->index(row, 0));
    if (!index.isValid())
        return false;
    m_agentView->setCurrentIndex(index);
    m_agentView->selectionModel()->select(index,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateAgentActions();
    return true;
}

QString WallboardView::agentName(qint64 agentId) const
{
    if (const WallboardAgent *agent = m_agentModel->agent(agentId))
        return agent->name;
    return tr("agent %1").arg(agentId);
}

QAction *WallboardView::stateAction(AgentState state, const QString &reasonCode) const
{
    switch (state) {
    case AgentState::Ready:
        return m_readyAction;
    case AgentState::LoggedOut:
        return m_logOutAction;
    case AgentState::NotReady:
        for (QAction *action : m_notReadyActions) {
            if (action->data().toString() == reasonCode)
                return action;
        }
        return nullptr;
    case AgentState::AfterCallWork:
        return nullptr;
    }
    return nullptr;
}

void WallboardView::updateAgentActions()
{
    const WallboardAgent *agent = m_agentModel->agent(selectedAgentId());
    const bool selected = agent != nullptr && m_backend;
    m_stateButton->setEnabled(selected);
    m_stateMenuAction->setEnabled(selected);
    m_skillsAction->setEnabled(selected);
    m_messageAction->setEnabled(selected);
    if (agent) {
        m_readyAction->setEnabled(agent->state != AgentState::Ready);
        m_logOutAction->setEnabled(agent->state != AgentState::LoggedOut);
        for (QAction *action : std::as_const(m_notReadyActions))
            action->setEnabled(agent->state != AgentState::NotReady
                               || agent->reasonCode != action->data().toString());
    }
    const bool onCall = agent && agent->contactId != 0 && agent->contactChannel == Channel::Voice;
    const SupervisionMode mode = agent ? agent->supervision : SupervisionMode::None;
    m_monitorAction->setEnabled(selected && onCall && mode != SupervisionMode::Monitor);
    m_whisperAction->setEnabled(selected && onCall && mode != SupervisionMode::Whisper);
    m_bargeAction->setEnabled(selected && onCall && mode != SupervisionMode::Barge);
    m_leaveAction->setEnabled(selected && onCall && mode != SupervisionMode::None);
    m_agentCount->setText(tr("%Ln agent(s) shown", nullptr, m_agentFilter->rowCount()));
}

void WallboardView::showAgentMenu(const QPoint &position)
{
    const QModelIndex index = m_agentView->indexAt(position);
    if (!index.isValid())
        return;
    m_agentView->setCurrentIndex(index);
    updateAgentActions();
    QMenu menu(this);
    menu.addAction(m_stateMenuAction);
    menu.addAction(m_skillsAction);
    menu.addAction(m_messageAction);
    menu.addSeparator();
    menu.addAction(m_monitorAction);
    menu.addAction(m_whisperAction);
    menu.addAction(m_bargeAction);
    menu.addAction(m_leaveAction);
    menu.exec(m_agentView->viewport()->mapToGlobal(position));
}

void WallboardView::setAgentState(qint64 agentId, AgentState state, const QString &reasonCode)
{
    if (!m_backend || agentId == 0)
        return;
    const QString name = agentName(agentId);
    QString stateText = DisplayText::agentStateName(state);
    if (state == AgentState::NotReady && !reasonCode.isEmpty())
        stateText = tr("%1 — %2").arg(stateText, DisplayText::notReadyReasonName(reasonCode));
    QPointer<WallboardView> self(this);
    m_backend->setAgentStateFor(
        agentId, state, reasonCode, [self, name, stateText](const BackendResult<bool> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->fail(tr("%1 could not be set to %2").arg(name, stateText), result.error());
                return;
            }
            self->showStatus(tr("%1 is %2 now.").arg(name, stateText), false);
            self->refresh();
        });
}

void WallboardView::superviseCall(qint64 agentId, SupervisionMode mode)
{
    if (!m_backend || agentId == 0)
        return;
    const QString name = agentName(agentId);
    QPointer<WallboardView> self(this);
    m_backend->superviseCall(agentId, mode, [self, name, mode](const BackendResult<bool> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->fail(mode == SupervisionMode::None ? tr("Could not leave the call of %1").arg(name)
                                                     : tr("Could not join the call of %1").arg(name),
                       result.error());
            return;
        }
        switch (mode) {
        case SupervisionMode::None:
            self->showStatus(tr("You left the call of %1.").arg(name), false);
            break;
        case SupervisionMode::Monitor:
            self->showStatus(tr("You are listening to the call of %1.").arg(name), false);
            break;
        case SupervisionMode::Whisper:
            self->showStatus(tr("You are whispering to %1; the customer does not hear you.").arg(name),
                             false);
            break;
        case SupervisionMode::Barge:
            self->showStatus(tr("You joined the call of %1.").arg(name), false);
            break;
        }
        self->refresh();
    });
}

void WallboardView::messageAgent(qint64 agentId, const QString &body)
{
    const QString text = body.trimmed();
    if (!m_backend || agentId == 0 || text.isEmpty())
        return;
    const QString name = agentName(agentId);
    QPointer<WallboardView> self(this);
    m_backend->messageAgent(agentId, text, [self, name](const BackendResult<bool> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->fail(tr("The message to %1 could not be sent").arg(name), result.error());
            return;
        }
        self->showStatus(tr("Message sent to %1.").arg(name), false);
    });
}

AgentSkillsDialog *WallboardView::openSkillsDialog(qint64 agentId)
{
    const WallboardAgent *agent = m_agentModel->agent(agentId);
    if (!agent)
        return nullptr;
    auto *dialog = new AgentSkillsDialog(m_backend, agentId, agent->name, agent->skills, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = agent->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        showStatus(tr("The skills of %1 are saved; routing uses them now.").arg(name), false);
        refresh();
    });
    dialog->open();
    return dialog;
}

QInputDialog *WallboardView::openMessageDialog(qint64 agentId)
{
    if (!m_agentModel->agent(agentId))
        return nullptr;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("agentMessageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(tr("Message to %1").arg(agentName(agentId)));
    dialog->setLabelText(tr("The message appears in the agent's help chat:"));
    dialog->setOkButtonText(tr("&Send"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, agentId](const QString &text) { messageAgent(agentId, text); });
    dialog->open();
    return dialog;
}

void WallboardView::setThresholds(const AgentStateThresholds &thresholds)
{
    WallboardLayout layout = m_layout;
    layout.agentThresholds = thresholds;
    saveLayout(layout);
}

// --- editors and the TV ---------------------------------------------------------------------------

TileEditorDialog *WallboardView::openTileEditor(const QString &tileId)
{
    auto *dialog = new TileEditorDialog(m_layout, queueChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!tileId.isEmpty())
        dialog->selectTile(tileId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveLayout(dialog->wallboardLayout()); });
    dialog->open();
    return dialog;
}

TvLayoutDialog *WallboardView::openTvLayoutDialog()
{
    auto *dialog = new TvLayoutDialog(m_layout, queueChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveLayout(dialog->wallboardLayout()); });
    dialog->open();
    return dialog;
}

AgentThresholdsDialog *WallboardView::openThresholdsDialog()
{
    auto *dialog = new AgentThresholdsDialog(m_layout.agentThresholds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setThresholds(dialog->thresholds()); });
    dialog->open();
    return dialog;
}

void WallboardView::closeTv()
{
    if (m_tv)
        m_tv->close();
}

TvWallboard *WallboardView::showTv(bool fullScreen)
{
    if (!m_tv) {
        // A window of its own (parented for its lifetime only), so it can go to the TV's screen.
        m_tv = new TvWallboard(this);
        m_tv->setThresholds(m_layout.agentThresholds);
        m_tv->setWallboardLayout(m_layout);
        connect(m_tv, &TvWallboard::closed, this, [this] {
            if (!isVisible())
                m_stale = true;
        });
    }
    m_tv->setWallboardLayout(m_layout);
    if (m_hasSnapshot)
        m_tv->setSnapshot(m_snapshot);
    if (fullScreen)
        m_tv->showFullScreen();
    else
        m_tv->showNormal();
    m_tv->raise();
    m_tv->activateWindow();
    refresh();
    return m_tv;
}

TvWallboard *WallboardView::tv() const
{
    return m_tv;
}

QList<QAction *> WallboardView::viewActions() const
{
    return {m_customizeAction, m_tvLayoutAction, m_thresholdsAction, m_tvAction, m_refreshAction};
}

// --- status, events -------------------------------------------------------------------------------

void WallboardView::showStatus(const QString &message, bool error)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? WallboardText::statusColor(TileStatus::Alarm)
                                             : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(message);
    m_status->setToolTip(message);
    m_statusTimer->start();
    if (error)
        Q_EMIT errorOccurred(message);
    else
        Q_EMIT actionDone(message);
}

void WallboardView::fail(const QString &what, const BackendError &error)
{
    showStatus(tr("%1: %2").arg(what, WallboardText::errorText(error.code, error.message)), true);
}

void WallboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || !m_hasSnapshot) {
        refresh();
        requestIntraday();
    }
    arrangeTiles();
}

bool WallboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tileArea && event->type() == QEvent::Resize)
        arrangeTiles();
    return QWidget::eventFilter(watched, event);
}

void WallboardView::fitAgentColumns()
{
    // Wide enough for the usual texts and the header in the UI language.
    QHeaderView *header = m_agentView->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    for (auto [column, width] :
         {std::pair{AgentGridModel::NameColumn, 13}, std::pair{AgentGridModel::TeamColumn, 11},
          std::pair{AgentGridModel::StateColumn, 12}, std::pair{AgentGridModel::TimeInStateColumn, 6},
          std::pair{AgentGridModel::SupervisionColumn, 7}, std::pair{AgentGridModel::HandledColumn, 5},
          std::pair{AgentGridModel::AhtColumn, 5}, std::pair{AgentGridModel::OccupancyColumn, 6}}) {
        const QString title = m_agentModel->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(width * em, metrics.horizontalAdvance(title) + 2 * em));
    }
}

void WallboardView::fitQueueColumns()
{
    // The contents now, but at least what the figures grow to in a day (a four-digit count,
    // "100%", "00:00"), so that a new figure is never cut off between two fittings.
    QHeaderView *header = m_queueView->horizontalHeader();
    const QFontMetrics metrics = m_queueView->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < QueueTableModel::ColumnCount; ++column) {
        if (column == QueueTableModel::ChannelsColumn)
            continue;
        m_queueView->resizeColumnToContents(column);
        QString widest;
        switch (column) {
        case QueueTableModel::NameColumn:
            continue;
        case QueueTableModel::ServiceLevelColumn:
            widest = WallboardText::percent(1.0);
            break;
        case QueueTableModel::LongestWaitColumn:
        case QueueTableModel::AsaColumn:
        case QueueTableModel::EstimatedWaitColumn:
            widest = WallboardText::duration(59 * 60 * 1000 + 59 * 1000);
            break;
        default:
            widest = QLocale().toString(8888);
            break;
        }
        const int needed = metrics.horizontalAdvance(widest) + padding;
        if (needed > header->sectionSize(column))
            header->resizeSection(column, needed);
    }
}

void WallboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WallboardView::retranslate()
{
    m_customizeAction->setText(tr("&Customize…"));
    m_customizeAction->setToolTip(tr("Choose the tiles, their targets and the queues of the charts"));
    m_tvLayoutAction->setText(tr("TV &Layout…"));
    m_tvLayoutAction->setToolTip(tr("Choose what the TV on the wall shows"));
    m_thresholdsAction->setText(tr("Agent State T&hresholds…"));
    m_thresholdsAction->setToolTip(tr(
        "Choose how long agents may stay Not Ready, in after-call work or busy before the time turns amber"));
    m_tvAction->setText(tr("&TV Mode"));
    m_tvAction->setToolTip(tr("The wallboard full screen for a TV (%1); Esc closes it")
                               .arg(m_tvAction->shortcut().toString(QKeySequence::NativeText)));
    m_refreshAction->setText(tr("&Refresh"));
    m_stateMenu->setTitle(tr("Change &State"));
    m_stateButton->setText(tr("Change &State"));
    m_stateButton->setToolTip(tr("Set the selected agent Ready, Not Ready or signed out"));
    m_readyAction->setText(tr("&Ready"));
    m_notReadyMenu->setTitle(tr("&Not Ready"));
    for (QAction *action : std::as_const(m_notReadyActions))
        action->setText(DisplayText::notReadyReasonName(action->data().toString()));
    m_logOutAction->setText(tr("Sign &Out"));
    m_skillsAction->setText(tr("S&kills…"));
    m_skillsAction->setToolTip(tr("Give or take skills; routing uses them at once"));
    m_messageAction->setText(tr("&Message…"));
    m_messageAction->setToolTip(tr("Send the agent a message in their help chat"));
    m_monitorAction->setText(tr("M&onitor"));
    m_monitorAction->setToolTip(tr("Listen to the call; neither party hears you"));
    m_whisperAction->setText(tr("&Whisper"));
    m_whisperAction->setToolTip(tr("Talk to the agent; the customer does not hear you"));
    m_bargeAction->setText(tr("&Barge In"));
    m_bargeAction->setToolTip(tr("Join the call; both hear you"));
    m_leaveAction->setText(tr("&Leave Call"));

    m_tabs->setTabText(QueuesTab, tr("Queues"));
    m_tabs->setTabText(AgentsTab, tr("Agents"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    m_tabs->setTabText(StaffingTab, tr("Staffing"));
    m_queueHint->setText(tr("Double-click a figure (or press Enter) for the contacts behind it."));
    m_teamLabel->setText(tr("&Team:"));
    m_skillLabel->setText(tr("S&kill:"));
    m_stateLabel->setText(tr("St&ate:"));
    m_teamFilter->setItemText(0, tr("All teams"));
    m_skillFilter->setItemText(0, tr("All skills"));
    m_stateFilter->setItemText(0, tr("All states"));
    for (int i = 1; i < m_stateFilter->count(); ++i)
        m_stateFilter->setItemText(
            i, WallboardText::activityName(WallboardActivity(m_stateFilter->itemData(i).toInt())));
    m_queueModel->retranslate();
    fitQueueColumns();
    m_agentModel->retranslate();
    fitAgentColumns();
    m_staffingModel->retranslate();
    updateStaffingSummary();
    updateAgentActions();
}

} // namespace ContactDesk
