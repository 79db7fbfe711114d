#include "contactinboxmodel.h"

#include "displaytext.h"
#include "phone/phonenumbers.h"

#include <QDateTime>

#include <algorithm>

namespace ContactDesk {

ContactInboxModel::ContactInboxModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    for (Channel channel : allChannels())
        m_channelIcons.at(std::size_t(channel)) = DisplayText::channelIcon(channel);
}

void ContactInboxModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void ContactInboxModel::setPhoneRegion(const QString &region)
{
    if (m_phoneRegion == region)
        return;
    m_phoneRegion = region;
    retranslate();
}

bool ContactInboxModel::isOffer(const ContactSummary &contact)
{
    return contact.state == InteractionState::Offered;
}

bool ContactInboxModel::lessThan(const Row &a, const Row &b) const
{
    const bool aOffer = isOffer(a.contact);
    const bool bOffer = isOffer(b.contact);
    if (aOffer != bOffer)
        return aOffer;
    if (aOffer) {
        if (a.contact.offerExpiresAtMs != b.contact.offerExpiresAtMs)
            return a.contact.offerExpiresAtMs < b.contact.offerExpiresAtMs;
        return a.contact.interactionId < b.contact.interactionId;
    }
    return a.order < b.order;
}

int ContactInboxModel::insertionRow(const Row &row) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return int(it - m_rows.cbegin());
}

bool ContactInboxModel::upsert(const ContactSummary &contact)
{
    const int existing = rowOf(contact.interactionId);
    Row row{contact, 0};
    if (existing >= 0) {
        const Row &old = m_rows.at(existing);
        row.order = old.order;
        if (!isOffer(contact) && (isOffer(old.contact) || row.order == 0))
            row.order = m_nextOrder++;
        const bool sameKind = isOffer(old.contact) == isOffer(contact)
                              && old.contact.offerExpiresAtMs == contact.offerExpiresAtMs;
        if (sameKind) {
            m_rows[existing] = row;
            Q_EMIT dataChanged(index(existing), index(existing));
            return false;
        }
        beginRemoveRows(QModelIndex(), existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    } else if (!isOffer(contact)) {
        row.order = m_nextOrder++;
    }
    const int at = insertionRow(row);
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, row);
    endInsertRows();
    return existing < 0;
}

bool ContactInboxModel::remove(qint64 interactionId)
{
    const int row = rowOf(interactionId);
    m_unread.remove(interactionId);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void ContactInboxModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_unread.clear();
    endResetModel();
}

const ContactSummary *ContactInboxModel::contactAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).contact;
}

const ContactSummary *ContactInboxModel::contactById(qint64 interactionId) const
{
    return contactAt(rowOf(interactionId));
}

int ContactInboxModel::rowOf(qint64 interactionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).contact.interactionId == interactionId)
            return row;
    }
    return -1;
}

QList<qint64> ContactInboxModel::interactionIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row &row : m_rows)
        ids.append(row.contact.interactionId);
    return ids;
}

int ContactInboxModel::offerCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return isOffer(row.contact); }));
}

void ContactInboxModel::noteUnread(qint64 interactionId)
{
    const int row = rowOf(interactionId);
    if (row < 0)
        return;
    ++m_unread[interactionId];
    Q_EMIT dataChanged(index(row), index(row), {UnreadRole, SubtitleRole});
}

void ContactInboxModel::clearUnread(qint64 interactionId)
{
    if (!m_unread.remove(interactionId))
        return;
    const int row = rowOf(interactionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole, SubtitleRole});
}

void ContactInboxModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {TimerTextRole, CountdownFractionRole, SubtitleRole, Qt::AccessibleTextRole});
}

void ContactInboxModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int ContactInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ContactInboxModel::contactName(const ContactSummary &contact, const QString &region)
{
    if (!contact.customerName.trimmed().isEmpty())
        return contact.customerName.trimmed();
    if (contact.from.startsWith(QLatin1Char('+')))
        return PhoneNumbers::formatForRegion(contact.from, region);
    if (!contact.from.trimmed().isEmpty())
        return contact.from.trimmed();
    return tr("Unknown customer");
}

qint64 ContactInboxModel::stateSinceMs(const ContactSummary &contact)
{
    const InteractionTimes &times = contact.times;
    switch (contact.state) {
    case InteractionState::Offered:
        return times.offeredMs;
    case InteractionState::Held:
        return times.heldSinceMs ? times.heldSinceMs : times.connectedMs;
    case InteractionState::WrapUp:
        return times.wrapUpMs;
    default:
        return times.connectedMs;
    }
}

QString ContactInboxModel::subtitle(const ContactSummary &contact) const
{
    const qint64 now = m_now();
    QStringList parts;
    if (isOffer(contact)) {
        const qint64 since = contact.times.queuedMs ? contact.times.queuedMs : contact.times.createdMs;
        if (since > 0)
            parts << tr("Waited %1").arg(DisplayText::duration(std::max<qint64>(0, now - since)));
    } else {
        parts << DisplayText::stateName(contact.state);
    }
    if (!contact.queueName.isEmpty())
        parts << contact.queueName;
    else if (!contact.queueId.isEmpty())
        parts << contact.queueId;
    if (const int count = m_unread.value(contact.interactionId))
        parts << tr("%n new message(s)", nullptr, count);
    return parts.join(QStringLiteral(" · "));
}

QString ContactInboxModel::timerText(const ContactSummary &contact) const
{
    const qint64 now = m_now();
    if (isOffer(contact)) {
        if (contact.offerExpiresAtMs <= 0)
            return QString();
        const qint64 left = std::max<qint64>(0, contact.offerExpiresAtMs - now);
        return tr("%n s", "seconds left to accept an offer", int((left + 999) / 1000));
    }
    const qint64 since = stateSinceMs(contact);
    return since > 0 ? DisplayText::duration(std::max<qint64>(0, now - since)) : QString();
}

QVariant ContactInboxModel::data(const QModelIndex &index, int role) const
{
    const ContactSummary *contact = index.isValid() ? contactAt(index.row()) : nullptr;
    if (!contact)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return contactName(*contact, m_phoneRegion);
    case Qt::DecorationRole:
        return m_channelIcons.at(std::size_t(contact->channel));
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(DisplayText::channelName(contact->channel), subtitle(*contact));
    case Qt::AccessibleTextRole: {
        QStringList parts{DisplayText::channelName(contact->channel), contactName(*contact, m_phoneRegion)};
        if (contact->vip)
            parts << tr("VIP");
        if (isOffer(*contact))
            parts << tr("offer, %1 left to accept").arg(timerText(*contact));
        parts << subtitle(*contact);
        return parts.join(QStringLiteral(", "));
    }
    case InteractionIdRole:
        return contact->interactionId;
    case ChannelRole:
        return int(contact->channel);
    case StateRole:
        return int(contact->state);
    case IsOfferRole:
        return isOffer(*contact);
    case VipRole:
        return contact->vip;
    case QueueNameRole:
        return contact->queueName.isEmpty() ? contact->queueId : contact->queueName;
    case SubtitleRole:
        return subtitle(*contact);
    case TimerTextRole:
        return timerText(*contact);
    case CountdownFractionRole: {
        if (!isOffer(*contact) || contact->offerExpiresAtMs <= 0)
            return QVariant();
        const qint64 start = contact->times.offeredMs;
        const qint64 span = contact->offerExpiresAtMs - start;
        if (start <= 0 || span <= 0)
            return QVariant();
        const qint64 left = std::clamp<qint64>(contact->offerExpiresAtMs - m_now(), 0, span);
        return double(left) / double(span);
    }
    case UnreadRole:
        return m_unread.value(contact->interactionId);
    case MutedRole:
        return contact->muted;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ContactInboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(InteractionIdRole, "interactionId");
    names.insert(ChannelRole, "channel");
    names.insert(StateRole, "state");
    names.insert(IsOfferRole, "isOffer");
    names.insert(CustomerNameRole, "customerName");
    names.insert(VipRole, "vip");
    names.insert(QueueNameRole, "queueName");
    names.insert(SubtitleRole, "subtitle");
    names.insert(TimerTextRole, "timerText");
    names.insert(CountdownFractionRole, "countdownFraction");
    names.insert(UnreadRole, "unread");
    names.insert(MutedRole, "muted");
    return names;
}

} // namespace ContactDesk
