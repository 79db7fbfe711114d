#include "tileeditordialog.h"

#include "wallboardtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

constexpr int QueueIdRole = Qt::UserRole;

void fillQueueList(QListWidget *list, const QList<QueueChoice> &queues)
{
    list->clear();
    for (const QueueChoice &queue : queues) {
        auto *item = new QListWidgetItem(queue.name.isEmpty() ? queue.id : queue.name, list);
        item->setData(QueueIdRole, queue.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void checkQueues(QListWidget *list, const QStringList &ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(ids.contains(item->data(QueueIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedQueues(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(QueueIdRole).toString();
    }
    return ids;
}

} // namespace

TileEditorDialog::TileEditorDialog(const WallboardLayout &layout, const QList<QueueChoice> &queues,
                                   QWidget *parent)
    : QDialog(parent)
    , m_layout(layout)
    , m_queueChoices(queues)
{
    setObjectName(QStringLiteral("tileEditorDialog"));

    m_tiles = new QListWidget(this);
    m_tiles->setObjectName(QStringLiteral("tileList"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addTile"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeTile"));
    m_up = new QPushButton(this);
    m_up->setObjectName(QStringLiteral("moveTileUp"));
    m_down = new QPushButton(this);
    m_down->setObjectName(QStringLiteral("moveTileDown"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetTiles"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int current = currentTile();
        addTile(current >= 0 ? m_layout.tiles.at(current).kpi : WallboardKpi::ServiceLevel);
    });
    connect(m_remove, &QPushButton::clicked, this, &TileEditorDialog::removeCurrentTile);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentTile(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentTile(1); });
    connect(m_reset, &QPushButton::clicked, this, &TileEditorDialog::resetToStandard);
    connect(m_tiles, &QListWidget::currentRowChanged, this, &TileEditorDialog::showTile);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto *left = new QVBoxLayout;
    left->addWidget(m_tiles, 1);
    left->addLayout(listButtons);
    left->addWidget(m_reset, 0, Qt::AlignLeft);

    m_tileBox = new QGroupBox(this);
    m_kpi = new QComboBox(m_tileBox);
    m_kpi->setObjectName(QStringLiteral("tileKpi"));
    for (WallboardKpi kpi : allWallboardKpis())
        m_kpi->addItem(QString(), int(kpi));
    m_title = new QLineEdit(m_tileBox);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_title->setClearButtonEnabled(true);
    m_queues = new QListWidget(m_tileBox);
    m_queues->setObjectName(QStringLiteral("tileQueues"));
    fillQueueList(m_queues, m_queueChoices);
    m_target = new QDoubleSpinBox(m_tileBox);
    m_target->setObjectName(QStringLiteral("tileTarget"));
    m_alarm = new QDoubleSpinBox(m_tileBox);
    m_alarm->setObjectName(QStringLiteral("tileAlarm"));
    m_hint = new QLabel(m_tileBox);
    m_hint->setWordWrap(true);
    m_kpiLabel = new QLabel(m_tileBox);
    m_titleLabel = new QLabel(m_tileBox);
    m_queuesLabel = new QLabel(m_tileBox);
    m_targetLabel = new QLabel(m_tileBox);
    m_alarmLabel = new QLabel(m_tileBox);
    m_kpiLabel->setBuddy(m_kpi);
    m_titleLabel->setBuddy(m_title);
    m_queuesLabel->setBuddy(m_queues);
    m_targetLabel->setBuddy(m_target);
    m_alarmLabel->setBuddy(m_alarm);
    auto *form = new QFormLayout(m_tileBox);
    form->addRow(m_kpiLabel, m_kpi);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_queuesLabel, m_queues);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_alarmLabel, m_alarm);
    form->addRow(m_hint);

    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        const auto kpi = WallboardKpi(m_kpi->currentData().toInt());
        // Another KPI has another unit: start from its usual target and alarm.
        const WallboardTile standard = WallboardLayout::defaultTile(kpi);
        m_showing = true;
        setUnit(kpi);
        m_target->setValue(standard.target);
        m_alarm->setValue(standard.alarm);
        m_showing = false;
        storeTile();
    });
    connect(m_title, &QLineEdit::textEdited, this, &TileEditorDialog::storeTile);
    connect(m_queues, &QListWidget::itemChanged, this, &TileEditorDialog::storeTile);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &TileEditorDialog::storeTile);
    connect(m_alarm, &QDoubleSpinBox::valueChanged, this, &TileEditorDialog::storeTile);

    m_chartBox = new QGroupBox(this);
    m_chartHint = new QLabel(m_chartBox);
    m_chartHint->setWordWrap(true);
    m_chartQueues = new QListWidget(m_chartBox);
    m_chartQueues->setObjectName(QStringLiteral("chartQueues"));
    fillQueueList(m_chartQueues, m_queueChoices);
    checkQueues(m_chartQueues, m_layout.chartQueueIds);
    connect(m_chartQueues, &QListWidget::itemChanged, this,
            [this] { m_layout.chartQueueIds = checkedQueues(m_chartQueues); });
    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->addWidget(m_chartHint);
    chartLayout->addWidget(m_chartQueues);

    auto *right = new QVBoxLayout;
    right->addWidget(m_tileBox, 3);
    right->addWidget(m_chartBox, 2);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addLayout(columns, 1);
    layoutBox->addWidget(buttons);
    resize(820, 600);

    retranslate();
    fillTileList();
    selectTile(m_layout.tiles.isEmpty() ? -1 : 0);
}

int TileEditorDialog::currentTile() const
{
    const int row = m_tiles->currentRow();
    return row >= 0 && row < m_layout.tiles.size() ? row : -1;
}

void TileEditorDialog::selectTile(int index)
{
    m_tiles->setCurrentRow(index);
    showTile(index);
}

bool TileEditorDialog::selectTile(const QString &tileId)
{
    for (int i = 0; i < m_layout.tiles.size(); ++i) {
        if (m_layout.tiles.at(i).id == tileId) {
            selectTile(i);
            return true;
        }
    }
    return false;
}

void TileEditorDialog::fillTileList()
{
    const int current = m_tiles->currentRow();
    const QSignalBlocker blocker(m_tiles);
    m_tiles->clear();
    for (const WallboardTile &tile : std::as_const(m_layout.tiles)) {
        auto *item = new QListWidgetItem(WallboardText::tileTitle(tile), m_tiles);
        item->setToolTip(WallboardText::kpiName(tile.kpi));
    }
    if (current >= 0 && current < m_tiles->count())
        m_tiles->setCurrentRow(current);
}

void TileEditorDialog::setUnit(WallboardKpi kpi)
{
    const QString unit = wallboardKpiUnit(kpi);
    for (QDoubleSpinBox *box : {m_target, m_alarm}) {
        box->setDecimals(0);
        if (unit == u"percent") {
            box->setRange(0, 100);
            box->setSuffix(tr(" %"));
        } else if (unit == u"seconds") {
            box->setRange(0, 24 * 3600);
            box->setSuffix(tr(" s"));
        } else {
            box->setRange(0, 1'000'000);
            box->setSuffix(QString());
        }
    }
}

void TileEditorDialog::showTile(int index)
{
    const bool valid = index >= 0 && index < m_layout.tiles.size();
    m_tileBox->setEnabled(valid);
    updateButtons();
    if (!valid)
        return;
    const WallboardTile &tile = m_layout.tiles.at(index);
    m_showing = true;
    m_kpi->setCurrentIndex(m_kpi->findData(int(tile.kpi)));
    m_title->setText(tile.title);
    checkQueues(m_queues, tile.queueIds);
    setUnit(tile.kpi);
    m_target->setValue(tile.target);
    m_alarm->setValue(tile.alarm);
    m_showing = false;
    updateHint();
}

void TileEditorDialog::storeTile()
{
    const int index = currentTile();
    if (m_showing || index < 0)
        return;
    WallboardTile &tile = m_layout.tiles[index];
    tile.kpi = WallboardKpi(m_kpi->currentData().toInt());
    tile.title = m_title->text().trimmed();
    tile.queueIds = checkedQueues(m_queues);
    tile.target = m_target->value();
    tile.alarm = m_alarm->value();
    if (QListWidgetItem *item = m_tiles->item(index)) {
        item->setText(WallboardText::tileTitle(tile));
        item->setToolTip(WallboardText::kpiName(tile.kpi));
    }
    updateHint();
}

void TileEditorDialog::addTile(WallboardKpi kpi)
{
    WallboardTile tile = WallboardLayout::defaultTile(kpi);
    tile.id = m_layout.newTileId();
    const int at = currentTile() >= 0 ? currentTile() + 1 : int(m_layout.tiles.size());
    m_layout.tiles.insert(at, tile);
    fillTileList();
    selectTile(at);
    m_kpi->setFocus();
}

void TileEditorDialog::removeCurrentTile()
{
    const int index = currentTile();
    if (index < 0)
        return;
    // The TV shows only tiles that exist.
    m_layout.tv.tileIds.removeAll(m_layout.tiles.at(index).id);
    m_layout.tiles.removeAt(index);
    fillTileList();
    selectTile(std::min(index, int(m_layout.tiles.size()) - 1));
}

void TileEditorDialog::moveCurrentTile(int delta)
{
    const int index = currentTile();
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= m_layout.tiles.size())
        return;
    m_layout.tiles.move(index, target);
    fillTileList();
    selectTile(target);
}

void TileEditorDialog::resetToStandard()
{
    const WallboardLayout standard = WallboardLayout::defaults();
    m_layout.tiles = standard.tiles;
    fillTileList();
    selectTile(0);
}

void TileEditorDialog::updateButtons()
{
    const int index = currentTile();
    m_remove->setEnabled(index >= 0);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index + 1 < m_layout.tiles.size());
}

void TileEditorDialog::updateHint()
{
    const int index = currentTile();
    if (index < 0) {
        m_hint->clear();
        return;
    }
    const WallboardTile &tile = m_layout.tiles.at(index);
    const QString target = WallboardText::kpiTarget(tile.kpi, tile.target);
    const QString alarm = WallboardText::kpiTarget(tile.kpi, tile.alarm);
    m_hint->setText(wallboardKpiHigherIsBetter(tile.kpi)
                        ? tr("Green at or above %1, red below %2, amber in between.").arg(target, alarm)
                        : tr("Green at or below %1, red above %2, amber in between.").arg(target, alarm));
    m_title->setPlaceholderText(WallboardText::kpiName(tile.kpi));
}

void TileEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TileEditorDialog::retranslate()
{
    setWindowTitle(tr("Customize the Wallboard"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_reset->setText(tr("Standard &Tiles"));
    m_tileBox->setTitle(tr("Tile"));
    m_kpiLabel->setText(tr("&Figure:"));
    m_titleLabel->setText(tr("T&itle:"));
    m_queuesLabel->setText(tr("&Queues:"));
    m_queues->setToolTip(tr("None checked: every customer queue"));
    m_targetLabel->setText(tr("Tar&get:"));
    m_alarmLabel->setText(tr("A&larm:"));
    m_chartBox->setTitle(tr("Charts and staffing"));
    m_chartHint->setText(tr("The queues the charts and the staffing table add up (none checked: all)."));
    for (int i = 0; i < m_kpi->count(); ++i)
        m_kpi->setItemText(i, WallboardText::kpiName(WallboardKpi(m_kpi->itemData(i).toInt())));
    fillTileList();
    const int index = currentTile();
    if (index >= 0)
        setUnit(m_layout.tiles.at(index).kpi);
    updateHint();
}

} // namespace ContactDesk
