#include "timelinewidget.h"

#include "carddelegate.h"
#include "displaytext.h"
#include "timelinemodel.h"
#include "transcriptview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// Long enough to wait out a word being typed, short enough to feel immediate.
constexpr int TimelineSearchDelayMs = 350;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
{
    setObjectName(QStringLiteral("timeline"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("timelineHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(TimelineSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TimelineWidget::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &TimelineWidget::applyFilter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCount"));

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_heading);
    headerRow->addStretch(1);
    headerRow->addWidget(m_count);
    headerRow->addSpacing(8);
    headerRow->addWidget(m_search, 1);

    auto makeToggle = [this](const QString &objectName) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    m_allButton = makeToggle(QStringLiteral("timelineFilterAll"));
    m_allButton->setChecked(true);
    connect(m_allButton, &QToolButton::clicked, this, &TimelineWidget::allToggled);
    filterRow->addWidget(m_allButton);
    for (Channel channel : allChannels()) {
        QToolButton *button = makeToggle(QStringLiteral("timelineFilter-") + channelKey(channel));
        button->setIcon(DisplayText::channelIcon(channel));
        connect(button, &QToolButton::toggled, this,
                [this, channel](bool checked) { channelToggled(channel, checked); });
        m_channelButtons.at(std::size_t(channel)) = button;
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("timelineList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CardDelegate(
        {TimelineModel::DetailLineRole, TimelineModel::TimeTextRole, TimelineModel::CsatTextRole, true},
        m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TimelineWidget::onCurrentChanged);
    // A live interaction that moves on while shown: the details follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int current = m_view->currentIndex().row();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    onCurrentChanged();
            });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_transcript = new TranscriptView(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_transcript);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headerRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &TimelineModel::totalCountChanged, this, &TimelineWidget::updateCount);
    connect(m_model, &TimelineModel::firstPageLoaded, this, &TimelineWidget::onFirstPageLoaded);
    connect(m_model, &TimelineModel::modelReset, this, [this] {
        m_transcript->clearEntry();
        updateEmptyState();
    });
    connect(m_model, &TimelineModel::rowsInserted, this, &TimelineWidget::updateEmptyState);
    connect(m_model, &TimelineModel::errorOccurred, this, &TimelineWidget::updateEmptyState);

    setTabOrder(m_search, m_allButton);
    QWidget *previous = m_allButton;
    for (QToolButton *button : m_channelButtons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_view);
    setTabOrder(m_view, m_transcript);

    retranslate();
}

void TimelineWidget::setBackend(DeskBackend *backend)
{
    m_transcript->setBackend(backend);
    m_model->setBackend(backend);
}

void TimelineWidget::setCustomer(qint64 customerId)
{
    m_model->setCustomer(customerId);
}

qint64 TimelineWidget::customerId() const
{
    return m_model->customerId();
}

bool TimelineWidget::isFirstPageShown() const
{
    return m_model->isFirstPageLoaded();
}

QList<Channel> TimelineWidget::channels() const
{
    return m_model->filter().channels;
}

void TimelineWidget::setChannels(const QList<Channel> &channels)
{
    for (Channel channel : allChannels()) {
        QToolButton *button = m_channelButtons.at(std::size_t(channel));
        const QSignalBlocker blocker(button);
        button->setChecked(channels.contains(channel));
    }
    m_allButton->setChecked(channels.isEmpty());
    applyFilter();
}

void TimelineWidget::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void TimelineWidget::channelToggled(Channel channel, bool checked)
{
    Q_UNUSED(channel)
    Q_UNUSED(checked)
    bool any = false;
    for (QToolButton *button : m_channelButtons)
        any = any || button->isChecked();
    m_allButton->setChecked(!any);
    applyFilter();
}

void TimelineWidget::allToggled()
{
    // "All" cannot be switched off by itself: it is on exactly when no channel is picked.
    for (QToolButton *button : m_channelButtons) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    m_allButton->setChecked(true);
    applyFilter();
}

void TimelineWidget::applyFilter()
{
    m_searchDelay->stop();
    TimelineFilter filter;
    for (Channel channel : allChannels()) {
        if (m_channelButtons.at(std::size_t(channel))->isChecked())
            filter.channels.append(channel);
    }
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void TimelineWidget::updateCount()
{
    const int total = m_model->totalCount();
    if (m_model->customerId() == 0)
        m_count->clear();
    else if (total < 0)
        m_count->setText(tr("Counting…"));
    else
        m_count->setText(tr("%Ln interaction(s)", nullptr, total));
    m_count->setAccessibleName(m_count->text());
}

void TimelineWidget::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->customerId() == 0)
        m_empty->setText(tr("Select a customer to see their history."));
    else if (!m_model->lastError().isEmpty())
        m_empty->setText(tr("The history could not be loaded: %1").arg(m_model->lastError()));
    else if (!m_model->isFirstPageLoaded())
        m_empty->setText(tr("Loading history…"));
    else if (!m_model->filter().channels.isEmpty() || !m_model->filter().text.isEmpty())
        m_empty->setText(tr("No interactions match the filter."));
    else
        m_empty->setText(tr("This customer has not been in contact yet."));
    m_listStack->setCurrentWidget(m_empty);
}

void TimelineWidget::onFirstPageLoaded()
{
    updateEmptyState();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0));
    Q_EMIT firstPageShown(m_model->customerId());
}

void TimelineWidget::onCurrentChanged()
{
    const TimelineItem *entry = m_model->entryAt(m_view->currentIndex().row());
    if (entry)
        m_transcript->showEntry(*entry);
    else
        m_transcript->clearEntry();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslate()
{
    m_heading->setText(tr("Interactions"));
    m_search->setPlaceholderText(tr("Search subjects, notes and messages"));
    m_search->setAccessibleName(tr("Search the customer's interactions"));
    m_allButton->setText(tr("All"));
    m_allButton->setToolTip(tr("Show every channel"));
    m_allButton->setAccessibleName(tr("Show every channel"));
    for (Channel channel : allChannels()) {
        QToolButton *button = m_channelButtons.at(std::size_t(channel));
        button->setText(DisplayText::channelName(channel));
        button->setToolTip(tr("Show %1 interactions").arg(DisplayText::channelName(channel)));
        button->setAccessibleName(button->toolTip());
    }
    m_view->setAccessibleName(tr("Interaction history, newest first"));
    m_model->retranslate();
    updateCount();
    updateEmptyState();
}

} // namespace ContactDesk
