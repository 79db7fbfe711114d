#include "tvlayoutdialog.h"

#include "wallboardtext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

constexpr int IdRole = Qt::UserRole;

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(IdRole).toString();
    }
    return ids;
}

QListWidgetItem *checkableItem(QListWidget *list, const QString &text, const QString &id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(IdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

TvLayoutDialog::TvLayoutDialog(const WallboardLayout &layout, const QList<QueueChoice> &queues,
                               QWidget *parent)
    : QDialog(parent)
    , m_layout(layout)
{
    setObjectName(QStringLiteral("tvLayoutDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_tileBox = new QGroupBox(this);
    m_tiles = new QListWidget(m_tileBox);
    m_tiles->setObjectName(QStringLiteral("tvTiles"));
    for (const WallboardTile &tile : std::as_const(m_layout.tiles))
        checkableItem(m_tiles, WallboardText::tileTitle(tile), tile.id,
                      m_layout.tv.tileIds.contains(tile.id));
    (new QVBoxLayout(m_tileBox))->addWidget(m_tiles);

    m_queueBox = new QGroupBox(this);
    m_queues = new QListWidget(m_queueBox);
    m_queues->setObjectName(QStringLiteral("tvQueues"));
    for (const QueueChoice &queue : queues)
        checkableItem(m_queues, queue.name.isEmpty() ? queue.id : queue.name, queue.id,
                      m_layout.tv.queueIds.contains(queue.id));
    (new QVBoxLayout(m_queueBox))->addWidget(m_queues);

    m_queuePage = new QCheckBox(this);
    m_queuePage->setObjectName(QStringLiteral("tvQueuePage"));
    m_queuePage->setChecked(m_layout.tv.showQueuePage);
    m_agentPage = new QCheckBox(this);
    m_agentPage->setObjectName(QStringLiteral("tvAgentPage"));
    m_agentPage->setChecked(m_layout.tv.showAgentPage);
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("tvPageSeconds"));
    m_seconds->setRange(3, 600);
    m_seconds->setValue(std::clamp(m_layout.tv.pageSeconds, 3, 600));
    m_secondsLabel = new QLabel(this);
    m_secondsLabel->setBuddy(m_seconds);
    connect(m_queuePage, &QCheckBox::toggled, m_queueBox, &QWidget::setEnabled);
    m_queueBox->setEnabled(m_queuePage->isChecked());

    auto *lists = new QHBoxLayout;
    lists->addWidget(m_tileBox);
    lists->addWidget(m_queueBox);
    auto *seconds = new QHBoxLayout;
    seconds->addWidget(m_secondsLabel);
    seconds->addWidget(m_seconds);
    seconds->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(m_intro);
    layoutBox->addLayout(lists, 1);
    layoutBox->addWidget(m_queuePage);
    layoutBox->addWidget(m_agentPage);
    layoutBox->addLayout(seconds);
    layoutBox->addWidget(buttons);
    resize(620, 480);
    retranslate();
}

WallboardLayout TvLayoutDialog::wallboardLayout() const
{
    WallboardLayout layout = m_layout;
    layout.tv.tileIds = checkedIds(m_tiles);
    layout.tv.queueIds = checkedIds(m_queues);
    layout.tv.showQueuePage = m_queuePage->isChecked();
    layout.tv.showAgentPage = m_agentPage->isChecked();
    layout.tv.pageSeconds = m_seconds->value();
    return layout;
}

void TvLayoutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TvLayoutDialog::retranslate()
{
    setWindowTitle(tr("TV Layout"));
    m_intro->setText(tr("The TV on the wall shows the tiles first, then the pages chosen below, one after "
                        "the other. Nothing checked in a list: all of them."));
    m_tileBox->setTitle(tr("Tiles"));
    m_queueBox->setTitle(tr("Queues on the queue page"));
    m_queuePage->setText(tr("Show the &queue page"));
    m_agentPage->setText(tr("Show the &agent page"));
    m_secondsLabel->setText(tr("&Each page shows for:"));
    m_seconds->setSuffix(tr(" s"));
}

} // namespace ContactDesk
