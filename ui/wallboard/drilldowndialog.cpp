#include "drilldowndialog.h"

#include "agent/displaytext.h"
#include "wallboardtext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ContactDesk {

DrillDownModel::DrillDownModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DrillDownModel::setContacts(const QList<WallboardContact> &contacts,
                                 const QHash<QString, QString> &queueNames)
{
    beginResetModel();
    m_contacts = contacts;
    m_queueNames = queueNames;
    endResetModel();
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_contacts.size())
        return QVariant();
    const WallboardContact &contact = m_contacts.at(index.row());
    if (role == CustomerIdRole)
        return contact.customerId;
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return contact.interactionId;
        case ArrivedColumn:
            return contact.arrivedMs;
        case WaitColumn:
            return contact.waitMs;
        case StateColumn:
            return int(contact.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == ChannelColumn)
        return DisplayText::channelIcon(contact.channel);
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == WaitColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case IdColumn:
        return QString::number(contact.interactionId);
    case ChannelColumn:
        return DisplayText::channelName(contact.channel);
    case QueueColumn:
        return m_queueNames.value(contact.queueId, contact.queueId);
    case CustomerColumn:
        return contact.customerName.isEmpty() ? tr("Not identified") : contact.customerName;
    case AgentColumn:
        return contact.agentName;
    case ArrivedColumn:
        return DisplayText::dateTime(contact.arrivedMs);
    case WaitColumn:
        return WallboardText::duration(contact.waitMs);
    case StateColumn:
        return DisplayText::stateName(contact.state);
    case SubjectColumn:
        return contact.subject.simplified();
    }
    return QVariant();
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IdColumn:
        return tr("Contact");
    case ChannelColumn:
        return tr("Channel");
    case QueueColumn:
        return tr("Queue");
    case CustomerColumn:
        return tr("Customer");
    case AgentColumn:
        return tr("Agent");
    case ArrivedColumn:
        return tr("Arrived");
    case WaitColumn:
        return tr("Wait");
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Subject");
    }
    return QVariant();
}

void DrillDownModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_contacts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_contacts.size()) - 1, ColumnCount - 1));
}

DrillDownDialog::DrillDownDialog(DeskBackend *backend, const WallboardDrillDown &request,
                                 const QString &groupName, const QHash<QString, QString> &queueNames,
                                 QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_request(request)
    , m_groupName(groupName)
    , m_queueNames(queueNames)
    , m_model(new DrillDownModel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DrillDownModel::SortRole);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("drillDownSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drillDownView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DrillDownModel::ArrivedColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DrillDownModel::SubjectColumn, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 customerId = index.data(DrillDownModel::CustomerIdRole).toLongLong();
        if (customerId > 0) {
            const QString name =
                m_proxy->index(index.row(), DrillDownModel::CustomerColumn).data().toString();
            Q_EMIT customerRequested(customerId, name);
        }
    });

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_reload->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_reload, &QPushButton::clicked, this, &DrillDownDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    retranslate();
    reload();
}

int DrillDownDialog::rowCount() const
{
    return m_model->rowCount();
}

QList<qint64> DrillDownDialog::interactionIds() const
{
    QList<qint64> ids;
    for (const WallboardContact &contact : m_model->contacts())
        ids << contact.interactionId;
    return ids;
}

void DrillDownDialog::reload()
{
    if (!m_backend)
        return;
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_error.clear();
    updateSummary();
    QPointer<DrillDownDialog> self(this);
    m_backend->wallboardDrillDown(
        m_request, [self, generation](const BackendResult<QList<WallboardContact>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (result.ok()) {
                self->m_model->setContacts(result.value(), self->m_queueNames);
            } else {
                self->m_model->setContacts({}, self->m_queueNames);
                self->m_error = WallboardText::errorText(result.error().code, result.error().message);
            }
            self->m_loaded = true;
            self->updateSummary();
            Q_EMIT self->loaded(self->rowCount());
        });
}

void DrillDownDialog::updateSummary()
{
    QString text =
        tr("<b>%1</b> — %2<br>%3")
            .arg(WallboardText::figureName(m_request.figure).toHtmlEscaped(), m_groupName.toHtmlEscaped(),
                 WallboardText::figureDescription(m_request.figure).toHtmlEscaped());
    if (!m_loaded)
        text += QStringLiteral("<br>") + tr("Loading…");
    else if (!m_error.isEmpty())
        text += QStringLiteral("<br>") + tr("Could not load the contacts: %1").arg(m_error.toHtmlEscaped());
    else
        text += QStringLiteral("<br>") + tr("%Ln contact(s)", nullptr, rowCount());
    m_summary->setText(text);
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DrillDownDialog::retranslate()
{
    setWindowTitle(tr("%1 — %2").arg(WallboardText::figureName(m_request.figure), m_groupName));
    m_reload->setText(tr("&Refresh"));
    m_model->retranslate();
    updateSummary();
}

} // namespace ContactDesk
