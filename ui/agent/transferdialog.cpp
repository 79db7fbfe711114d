#include "transferdialog.h"

#include "displaytext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

constexpr int TargetIndexRole = Qt::UserRole;

QIcon presenceIcon(AgentState state)
{
    QColor color(QStringLiteral("#8a8f98"));
    if (state == AgentState::Ready)
        color = QColor(QStringLiteral("#2e9d5b"));
    else if (state == AgentState::NotReady)
        color = QColor(QStringLiteral("#d9483b"));
    else if (state == AgentState::AfterCallWork)
        color = QColor(QStringLiteral("#d89614"));
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    return QIcon(pixmap);
}

int presenceRank(AgentState state)
{
    switch (state) {
    case AgentState::Ready:
        return 0;
    case AgentState::AfterCallWork:
        return 1;
    case AgentState::NotReady:
        return 2;
    case AgentState::LoggedOut:
        break;
    }
    return 3;
}

} // namespace

TransferDialog::TransferDialog(DeskBackend &backend, Choice preferred, bool allowConsult, QWidget *parent)
    : QDialog(parent)
    , m_backend(&backend)
    , m_preferred(preferred)
    , m_choice(preferred)
    , m_allowConsult(allowConsult)
{
    setObjectName(QStringLiteral("transferDialog"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("transferFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transferTargets"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_buttons = new QDialogButtonBox(this);
    m_transferButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_transferButton->setObjectName(QStringLiteral("blindTransferButton"));
    m_consultButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_consultButton->setObjectName(QStringLiteral("consultButton"));
    m_consultButton->setVisible(allowConsult);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_transferButton, &QPushButton::clicked, this, [this] { choose(Choice::Transfer); });
    connect(m_consultButton, &QPushButton::clicked, this, [this] { choose(Choice::Consult); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The buttons accept themselves through choose(); the box must not accept first.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);

    connect(m_filter, &QLineEdit::textChanged, this, &TransferDialog::populate);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TransferDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { choose(m_preferred); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 440);
    retranslate();

    QPointer<TransferDialog> self(this);
    backend.transferTargets([self](const BackendResult<QList<TransferTarget>> &result) {
        if (!self)
            return;
        self->m_loaded = true;
        if (result.ok())
            self->m_targets = result.value();
        else
            self->m_error = result.error().message.isEmpty() ? result.error().code : result.error().message;
        self->populate();
        Q_EMIT self->targetsLoaded();
    });
    m_filter->setFocus();
}

std::optional<TransferTarget> TransferDialog::selectedTarget() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, TargetIndexRole).isValid())
        return std::nullopt;
    const int index = item->data(0, TargetIndexRole).toInt();
    if (index < 0 || index >= m_targets.size())
        return std::nullopt;
    return m_targets.at(index);
}

bool TransferDialog::selectAgent(qint64 agentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QVariant index = item->data(0, TargetIndexRole);
        if (!index.isValid())
            continue;
        const TransferTarget &target = m_targets.at(index.toInt());
        if (target.kind == TransferTarget::Kind::Agent && target.agentId == agentId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool TransferDialog::selectQueue(const QString &queueId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QVariant index = item->data(0, TargetIndexRole);
        if (!index.isValid())
            continue;
        const TransferTarget &target = m_targets.at(index.toInt());
        if (target.kind == TransferTarget::Kind::Queue && target.queueId == queueId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void TransferDialog::populate()
{
    const std::optional<TransferTarget> previous = selectedTarget();
    m_list->clear();
    if (!m_loaded) {
        m_status->setText(tr("Loading colleagues and queues…"));
        updateButtons();
        return;
    }
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The colleagues and queues could not be loaded: %1").arg(m_error));
        updateButtons();
        return;
    }
    const QString filter = m_filter->text().trimmed();
    QList<int> agents;
    QList<int> queues;
    for (int i = 0; i < m_targets.size(); ++i) {
        const TransferTarget &target = m_targets.at(i);
        if (!filter.isEmpty() && !target.name.contains(filter, Qt::CaseInsensitive)
            && !target.queueId.contains(filter, Qt::CaseInsensitive))
            continue;
        (target.kind == TransferTarget::Kind::Agent ? agents : queues).append(i);
    }
    std::stable_sort(agents.begin(), agents.end(), [this](int a, int b) {
        const TransferTarget &ta = m_targets.at(a);
        const TransferTarget &tb = m_targets.at(b);
        if (presenceRank(ta.agentState) != presenceRank(tb.agentState))
            return presenceRank(ta.agentState) < presenceRank(tb.agentState);
        return ta.name.localeAwareCompare(tb.name) < 0;
    });

    auto addHeading = [this](const QString &text) {
        auto *heading = new QTreeWidgetItem(m_list, {text});
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        heading->setFirstColumnSpanned(true);
    };
    QTreeWidgetItem *first = nullptr;
    if (!queues.isEmpty()) {
        addHeading(tr("Queues"));
        for (int index : std::as_const(queues)) {
            const TransferTarget &target = m_targets.at(index);
            auto *item =
                new QTreeWidgetItem(m_list, {target.name, tr("%n waiting", nullptr, target.waiting)});
            item->setData(0, TargetIndexRole, index);
            item->setIcon(0, QIcon(QStringLiteral(":/icons/queue.svg")));
            item->setData(0, Qt::AccessibleTextRole,
                          tr("Queue %1, %n contact(s) waiting", nullptr, target.waiting).arg(target.name));
            if (!first)
                first = item;
        }
    }
    if (!agents.isEmpty()) {
        addHeading(tr("Colleagues"));
        for (int index : std::as_const(agents)) {
            const TransferTarget &target = m_targets.at(index);
            auto *item =
                new QTreeWidgetItem(m_list, {target.name, DisplayText::presenceName(target.agentState)});
            item->setData(0, TargetIndexRole, index);
            item->setIcon(0, presenceIcon(target.agentState));
            item->setData(0, Qt::AccessibleTextRole,
                          tr("%1, %2").arg(target.name, DisplayText::presenceName(target.agentState)));
            if (!first
                || (m_preferred == Choice::Consult && first->data(0, TargetIndexRole).isValid()
                    && m_targets.at(first->data(0, TargetIndexRole).toInt()).kind
                           == TransferTarget::Kind::Queue))
                first = item;
        }
    }
    m_status->setText(m_targets.isEmpty() ? tr("There is nobody to transfer to.")
                                          : tr("Pick a colleague or a queue. Type to filter."));
    const bool restored = previous
                          && (previous->kind == TransferTarget::Kind::Agent ? selectAgent(previous->agentId)
                                                                            : selectQueue(previous->queueId));
    if (!restored && first)
        m_list->setCurrentItem(first);
    updateButtons();
}

void TransferDialog::updateButtons()
{
    const std::optional<TransferTarget> target = selectedTarget();
    m_transferButton->setEnabled(target.has_value());
    m_consultButton->setEnabled(target && target->kind == TransferTarget::Kind::Agent);
    QPushButton *preferred =
        m_preferred == Choice::Consult && m_consultButton->isEnabled() ? m_consultButton : m_transferButton;
    preferred->setDefault(true);
    (preferred == m_consultButton ? m_transferButton : m_consultButton)->setDefault(false);
}

void TransferDialog::choose(Choice choice)
{
    const std::optional<TransferTarget> target = selectedTarget();
    if (!target)
        return;
    if (choice == Choice::Consult && (target->kind != TransferTarget::Kind::Agent || !m_allowConsult))
        choice = Choice::Transfer;
    m_choice = choice;
    accept();
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down walk the list while the filter keeps the focus, so that typing can go on.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
            for (row += step; row >= 0 && row < m_list->topLevelItemCount(); row += step) {
                QTreeWidgetItem *item = m_list->topLevelItem(row);
                if (item->data(0, TargetIndexRole).isValid()) {
                    m_list->setCurrentItem(item);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TransferDialog::retranslate()
{
    setWindowTitle(m_preferred == Choice::Consult ? tr("Consult a colleague") : tr("Transfer the contact"));
    m_filter->setPlaceholderText(tr("Filter by name or queue"));
    m_filter->setAccessibleName(tr("Filter colleagues and queues"));
    m_list->setHeaderLabels({tr("Name"), tr("Status")});
    m_list->setAccessibleName(tr("Colleagues and queues"));
    m_transferButton->setText(tr("&Transfer now"));
    m_transferButton->setToolTip(tr("Hand the contact over at once (blind transfer)"));
    m_consultButton->setText(tr("&Consult first"));
    m_consultButton->setToolTip(tr("Talk to the colleague first; the customer waits on hold"));
    populate();
}

} // namespace ContactDesk
