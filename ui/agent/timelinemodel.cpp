#include "timelinemodel.h"

#include "displaytext.h"

namespace ContactDesk {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (Channel channel : allChannels())
        m_channelIcons.at(std::size_t(channel)) = DisplayText::channelIcon(channel);
}

void TimelineModel::setBackend(DeskBackend *backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    reload();
}

void TimelineModel::setCustomer(qint64 customerId)
{
    if (m_customerId == customerId && m_firstPageLoaded)
        return;
    m_customerId = customerId;
    reload();
}

void TimelineModel::updateLiveState(qint64 interactionId, InteractionState state,
                                    const InteractionTimes &times)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Interaction &interaction = m_entries[row].interaction;
        if (interaction.id != interactionId)
            continue;
        interaction.restore(state, times, interaction.csat());
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    reload();
}

void TimelineModel::setPageSize(int pageSize)
{
    m_pageSize = std::max(1, pageSize);
}

const TimelineItem *TimelineModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int TimelineModel::rowOfInteraction(qint64 interactionId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).interaction.id == interactionId)
            return row;
    }
    return -1;
}

void TimelineModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_next = TimelineCursor();
    m_hasMore = false;
    m_firstPageLoaded = false;
    m_lastError.clear();
    endResetModel();
    setLoading(false);
    if (m_totalCount != -1) {
        m_totalCount = -1;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    if (!m_backend || m_customerId == 0)
        return;

    // The count goes first: with a backend that answers at once, the first page's signals then
    // find the count already in place.
    const quint64 generation = m_generation;
    QPointer<TimelineModel> self(this);
    m_backend->timelineCount(m_customerId, m_filter, [self, generation](const BackendResult<int> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->fail(result.error());
            return;
        }
        self->m_totalCount = result.value();
        Q_EMIT self->totalCountChanged(self->m_totalCount);
    });
    requestPage();
}

void TimelineModel::requestPage()
{
    if (!m_backend || m_loading)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    QPointer<TimelineModel> self(this);
    m_backend->timeline(m_customerId, m_filter, m_next, m_pageSize,
                        [self, generation](const BackendResult<TimelineItemPage> &result) {
                            if (!self || self->m_generation != generation)
                                return;
                            self->setLoading(false);
                            if (!result.ok()) {
                                self->fail(result.error());
                                return;
                            }
                            self->appendPage(result.value());
                        });
}

void TimelineModel::appendPage(const TimelineItemPage &page)
{
    if (!page.items.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(page.items.size()) - 1);
        m_entries.append(page.items);
        endInsertRows();
    }
    m_hasMore = page.hasMore && !page.items.isEmpty();
    m_next = page.next;
    if (!m_firstPageLoaded) {
        m_firstPageLoaded = true;
        Q_EMIT firstPageLoaded();
    }
}

void TimelineModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

void TimelineModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void TimelineModel::fail(const BackendError &error)
{
    m_lastError = error.message.isEmpty() ? error.code : error.message;
    m_hasMore = false;
    Q_EMIT errorOccurred(m_lastError);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

namespace {

QString detailLine(const TimelineItem &entry)
{
    const Interaction &interaction = entry.interaction;
    QStringList parts;
    parts << DisplayText::directionName(interaction.direction);
    if (!entry.agentName.isEmpty())
        parts << entry.agentName;
    if (interaction.state() != InteractionState::Closed)
        parts << DisplayText::stateName(interaction.state());
    if (!interaction.dispositionCode.isEmpty())
        parts << DisplayText::dispositionName(interaction.dispositionCode);
    if (interaction.channel == Channel::Voice) {
        const qint64 talk = interaction.talkMs();
        if (talk >= 0)
            parts << DisplayText::duration(talk);
    } else if (entry.messageCount > 0) {
        parts << TimelineModel::tr("%Ln message(s)", nullptr, entry.messageCount);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineItem *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return QVariant();
    const Interaction &interaction = entry->interaction;
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return DisplayText::interactionSummary(interaction);
    case Qt::DecorationRole:
        return m_channelIcons.at(std::size_t(interaction.channel));
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(DisplayText::channelName(interaction.channel),
                                             DisplayText::dateTime(interaction.times().createdMs));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3, %4") .arg(DisplayText::channelName(interaction.channel),
                                                     DisplayText::dateTime(interaction.times().createdMs),
                                                     DisplayText::interactionSummary(interaction),
                                                     detailLine(*entry));
    case InteractionIdRole:
        return interaction.id;
    case ChannelRole:
        return int(interaction.channel);
    case ChannelKeyRole:
        return channelKey(interaction.channel);
    case DirectionRole:
        return int(interaction.direction);
    case StateRole:
        return int(interaction.state());
    case CreatedAtRole:
        return interaction.times().createdMs;
    case AgentNameRole:
        return entry->agentName;
    case DispositionRole:
        return interaction.dispositionCode;
    case SubjectRole:
        return interaction.subject;
    case DetailLineRole:
        return detailLine(*entry);
    case TimeTextRole:
        return DisplayText::dateTime(interaction.times().createdMs);
    case CsatRole:
        return interaction.csat() ? QVariant(*interaction.csat()) : QVariant();
    case CsatTextRole:
        return interaction.csat() ? QStringLiteral("\u2605 %1").arg(*interaction.csat()) : QString();
    case MessageCountRole:
        return entry->messageCount;
    case NotesRole:
        return interaction.notes;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(InteractionIdRole, "interactionId");
    names.insert(ChannelRole, "channel");
    names.insert(ChannelKeyRole, "channelKey");
    names.insert(DirectionRole, "direction");
    names.insert(StateRole, "state");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(AgentNameRole, "agentName");
    names.insert(DispositionRole, "disposition");
    names.insert(SubjectRole, "subject");
    names.insert(SummaryRole, "summary");
    names.insert(DetailLineRole, "detailLine");
    names.insert(TimeTextRole, "timeText");
    names.insert(CsatRole, "csat");
    names.insert(CsatTextRole, "csatText");
    names.insert(MessageCountRole, "messageCount");
    names.insert(NotesRole, "notes");
    return names;
}

} // namespace ContactDesk
