#include "tvwallboard.h"

#include "queuetablemodel.h"
#include "wallboardtilewidget.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ContactDesk {

namespace {

constexpr double TvScale = 2.0;
constexpr double TableScale = 1.7;

// The activities the agent page counts, in the order a supervisor reads them.
constexpr WallboardActivity HeadActivities[] = {WallboardActivity::Ready, WallboardActivity::Busy,
                                                WallboardActivity::AfterCallWork,
                                                WallboardActivity::NotReady};

// The queue page's rows: the queues chosen for the TV (all when none were).
class TvQueueFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setQueueIds(const QStringList &ids)
    {
        m_ids = QSet<QString>(ids.cbegin(), ids.cend());
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_ids.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return m_ids.contains(index.data(QueueTableModel::QueueIdRole).toString());
    }

private:
    QSet<QString> m_ids;
};

QFont scaled(QFont font, double scale, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

TvWallboard::TvWallboard(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("tvWallboard"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setFont(scaled(font(), 1.8, true));
    m_pageName = new QLabel(this);
    m_pageName->setObjectName(QStringLiteral("tvPageName"));
    m_pageName->setFont(scaled(font(), 1.5));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("tvClock"));
    m_clock->setFont(scaled(font(), 1.8, true));
    m_hint = new QLabel(this);
    m_hint->setFont(scaled(font(), 0.9));
    QColor quiet = palette().color(QPalette::WindowText);
    quiet.setAlphaF(0.6f);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, quiet);
    m_hint->setPalette(hintPalette);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(24);
    header->addWidget(m_pageName);
    header->addStretch(1);
    header->addWidget(m_clock);

    m_stack = new QStackedWidget(this);
    m_tilePage = new QWidget(m_stack);
    m_tileGrid = new QGridLayout(m_tilePage);
    m_tileGrid->setSpacing(18);
    m_stack->addWidget(m_tilePage);

    m_queueModel = new QueueTableModel(this);
    m_queueFilter = new TvQueueFilter(this);
    m_queueFilter->setSourceModel(m_queueModel);
    m_queueView = new QTableView(m_stack);
    m_queueView->setObjectName(QStringLiteral("tvQueues"));
    m_queueView->setModel(m_queueFilter);
    m_queueView->setFont(scaled(font(), TableScale));
    m_queueView->horizontalHeader()->setFont(scaled(font(), TableScale * 0.8, true));
    m_queueView->verticalHeader()->hide();
    m_queueView->setSelectionMode(QAbstractItemView::NoSelection);
    m_queueView->setFocusPolicy(Qt::NoFocus);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setShowGrid(false);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {QueueTableModel::ChannelsColumn, QueueTableModel::BlockedColumn,
                       QueueTableModel::BusyColumn, QueueTableModel::AfterCallWorkColumn,
                       QueueTableModel::NotReadyColumn, QueueTableModel::CallbacksColumn})
        m_queueView->hideColumn(column);
    m_stack->addWidget(m_queueView);

    m_agentPage = new QWidget(m_stack);
    auto *agentLayout = new QVBoxLayout(m_agentPage);
    auto *heads = new QGridLayout;
    heads->setSpacing(18);
    for (int i = 0; i < int(std::size(HeadActivities)); ++i) {
        auto *count = new QLabel(m_agentPage);
        count->setObjectName(QStringLiteral("tvHeads-") + wallboardActivityKey(HeadActivities[i]));
        count->setAlignment(Qt::AlignCenter);
        count->setFont(scaled(font(), 4.0, true));
        auto *name = new QLabel(m_agentPage);
        name->setAlignment(Qt::AlignCenter);
        name->setFont(scaled(font(), 1.6));
        heads->addWidget(count, 0, i);
        heads->addWidget(name, 1, i);
        m_headCounts.append(count);
        m_headNames.append(name);
    }
    m_overTitle = new QLabel(m_agentPage);
    m_overTitle->setFont(scaled(font(), 1.6, true));
    m_overList = new QListWidget(m_agentPage);
    m_overList->setObjectName(QStringLiteral("tvOverThreshold"));
    m_overList->setFont(scaled(font(), 1.6));
    m_overList->setSelectionMode(QAbstractItemView::NoSelection);
    m_overList->setFocusPolicy(Qt::NoFocus);
    agentLayout->addLayout(heads);
    agentLayout->addSpacing(24);
    agentLayout->addWidget(m_overTitle);
    agentLayout->addWidget(m_overList, 1);
    m_stack->addWidget(m_agentPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hint, 0, Qt::AlignRight);

    m_rotation = new QTimer(this);
    connect(m_rotation, &QTimer::timeout, this, &TvWallboard::nextPage);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    resize(1280, 720);
    rebuildTiles();
    rebuildPages();
    retranslate();
}

TvWallboard::~TvWallboard() = default;

void TvWallboard::setWallboardLayout(const WallboardLayout &layout)
{
    const bool tilesChanged = layout.tiles != m_layout.tiles || layout.tv.tileIds != m_layout.tv.tileIds;
    m_layout = layout;
    static_cast<TvQueueFilter *>(m_queueFilter)->setQueueIds(m_layout.tv.queueIds);
    if (tilesChanged)
        rebuildTiles();
    rebuildPages();
    updateTiles();
}

void TvWallboard::setSnapshot(const WallboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_queueModel->setQueues(snapshot.queues);
    updateTiles();
    updateAgentPage();
    updateHeader();
}

void TvWallboard::setThresholds(const AgentStateThresholds &thresholds)
{
    m_thresholds = thresholds;
    updateAgentPage();
}

TvWallboard::Page TvWallboard::currentPageKind() const
{
    return m_pages.value(m_current, Page::Tiles);
}

void TvWallboard::showPage(int index)
{
    if (m_pages.isEmpty())
        return;
    m_current = ((index % int(m_pages.size())) + int(m_pages.size())) % int(m_pages.size());
    switch (m_pages.at(m_current)) {
    case Page::Tiles:
        m_stack->setCurrentWidget(m_tilePage);
        break;
    case Page::Queues:
        m_stack->setCurrentWidget(m_queueView);
        break;
    case Page::Agents:
        m_stack->setCurrentWidget(m_agentPage);
        break;
    }
    updateHeader();
}

void TvWallboard::nextPage()
{
    showPage(m_current + 1);
}

bool TvWallboard::isRotating() const
{
    return m_rotation->isActive();
}

int TvWallboard::queueRowCount() const
{
    return m_queueFilter->rowCount();
}

int TvWallboard::agentsOverThreshold() const
{
    return m_overList->count();
}

int TvWallboard::headCount(WallboardActivity activity) const
{
    int count = 0;
    for (const WallboardAgent &agent : m_snapshot.agents) {
        if (agent.activity == activity)
            ++count;
    }
    return count;
}

void TvWallboard::rebuildTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    QList<WallboardTile> shown;
    for (const WallboardTile &tile : std::as_const(m_layout.tiles)) {
        if (m_layout.tv.tileIds.isEmpty() || m_layout.tv.tileIds.contains(tile.id))
            shown.append(tile);
    }
    // As square a grid as the tiles make, wider than tall like the screen.
    const int count = int(shown.size());
    const int columns = std::max(1, int(std::ceil(std::sqrt(count * 16.0 / 9.0))));
    for (int i = 0; i < count; ++i) {
        auto *tile = new WallboardTileWidget(m_tilePage);
        tile->setScale(TvScale);
        tile->setTile(shown.at(i));
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        m_tileGrid->addWidget(tile, i / columns, i % columns);
        m_tiles.append(tile);
    }
}

void TvWallboard::rebuildPages()
{
    const Page shown = currentPageKind();
    m_pages = {Page::Tiles};
    if (m_layout.tv.showQueuePage)
        m_pages.append(Page::Queues);
    if (m_layout.tv.showAgentPage)
        m_pages.append(Page::Agents);
    m_rotation->setInterval(std::max(3, m_layout.tv.pageSeconds) * 1000);
    if (m_pages.size() > 1)
        m_rotation->start();
    else
        m_rotation->stop();
    const int index = int(m_pages.indexOf(shown));
    showPage(index < 0 ? 0 : index);
}

void TvWallboard::updateTiles()
{
    for (WallboardTileWidget *tile : std::as_const(m_tiles))
        tile->setValue(wallboardKpiValue(tile->tile().kpi, m_snapshot, tile->tile().queueIds));
}

void TvWallboard::updateAgentPage()
{
    for (int i = 0; i < int(std::size(HeadActivities)); ++i)
        m_headCounts.at(i)->setText(QLocale().toString(headCount(HeadActivities[i])));

    struct Over
    {
        QString text;
        int level;
        qint64 ms;
    };
    QList<Over> over;
    for (const WallboardAgent &agent : std::as_const(m_snapshot.agents)) {
        if (agent.stateSinceMs <= 0)
            continue;
        const qint64 inState = m_snapshot.nowMs - agent.stateSinceMs;
        const int level = m_thresholds.level(agent.activity, inState);
        if (level == 0)
            continue;
        over.append(
            {tr("%1 — %2 — %3")
                 .arg(agent.name, WallboardText::agentStateText(agent), WallboardText::duration(inState)),
             level, inState});
    }
    std::sort(over.begin(), over.end(), [](const Over &a, const Over &b) { return a.ms > b.ms; });
    // Updated in place: the page does not jump while someone reads it.
    while (m_overList->count() > over.size())
        delete m_overList->takeItem(m_overList->count() - 1);
    for (int i = 0; i < over.size(); ++i) {
        QListWidgetItem *item = m_overList->item(i);
        if (!item)
            item = new QListWidgetItem(m_overList);
        if (item->text() != over.at(i).text)
            item->setText(over.at(i).text);
        QColor wash = WallboardText::thresholdColor(over.at(i).level);
        wash.setAlphaF(0.35f);
        item->setBackground(wash);
    }
}

void TvWallboard::updateHeader()
{
    switch (currentPageKind()) {
    case Page::Tiles:
        m_pageName->setText(tr("Today"));
        break;
    case Page::Queues:
        m_pageName->setText(tr("Queues"));
        break;
    case Page::Agents:
        m_pageName->setText(tr("Agents"));
        break;
    }
    if (m_pages.size() > 1)
        m_pageName->setText(
            tr("%1 (%2 of %3)").arg(m_pageName->text()).arg(m_current + 1).arg(m_pages.size()));
    const qint64 now = m_snapshot.nowMs > 0 ? m_snapshot.nowMs : QDateTime::currentMSecsSinceEpoch();
    m_clock->setText(QLocale().toString(QDateTime::fromMSecsSinceEpoch(now).time(), QLocale::ShortFormat));
}

void TvWallboard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Space:
        nextPage();
        m_rotation->start(); // a page turned by hand gets its full time
        return;
    case Qt::Key_Left:
        showPage(m_current - 1);
        m_rotation->start();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TvWallboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pages.size() > 1 && !m_rotation->isActive())
        m_rotation->start();
}

void TvWallboard::closeEvent(QCloseEvent *event)
{
    m_rotation->stop();
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

void TvWallboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TvWallboard::retranslate()
{
    setWindowTitle(tr("ContactDesk Wallboard"));
    m_title->setText(tr("Wallboard"));
    m_hint->setText(tr("Esc closes · ← → turn the pages"));
    for (int i = 0; i < int(std::size(HeadActivities)); ++i)
        m_headNames.at(i)->setText(WallboardText::activityName(HeadActivities[i]));
    m_overTitle->setText(tr("Longer in their state than the thresholds"));
    m_queueModel->retranslate();
    updateAgentPage();
    updateHeader();
}

} // namespace ContactDesk
