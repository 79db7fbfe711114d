#include "auditlogmodel.h"

#include "agent/displaytext.h"
#include "coaching/recording.h"
#include "coachingtext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace ContactDesk {

namespace {

// The legal hold is switched under the deletion permission (RecordingRetention::setLegalHold), so
// its entries carry the deletion's action key; the detail the core writes says which it was.
constexpr QStringView AuditLegalHoldOnDetail = u"legal hold: on";
constexpr QStringView AuditLegalHoldOffDetail = u"legal hold: off";

// Down to the second: entries of one minute are told apart, and put next to other logs.
QString auditEntryTime(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QStringLiteral("%1 %2").arg(DisplayText::date(ms), at.time().toString(u"HH:mm:ss"));
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditLogModel::appendEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

const AuditEntry *AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void AuditLogModel::setRecordingContacts(const QHash<qint64, qint64> &interactionOfRecording)
{
    m_interactionOfRecording = interactionOfRecording;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, RecordingColumn), index(rowCount() - 1, RecordingColumn));
}

qint64 AuditLogModel::recordingIdOfResource(const QString &resource)
{
    const QString prefix = Recording::auditResourceOf(0).chopped(1); // "recording:"
    if (!resource.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(resource).mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString AuditLogModel::actionName(const AuditEntry &entry)
{
    const std::optional<Action> action = Permissions::actionFromKey(entry.action);
    if (!action)
        return entry.action; // as stored: a key this version does not know
    switch (*action) {
    case Action::PlayRecording:
        return tr("Playback");
    case Action::ExportRecording:
        return tr("Export");
    case Action::DeleteRecording:
        if (entry.detail.startsWith(AuditLegalHoldOnDetail))
            return tr("Legal hold placed");
        if (entry.detail.startsWith(AuditLegalHoldOffDetail))
            return tr("Legal hold lifted");
        return tr("Deletion");
    default:
        return entry.action;
    }
}

QString AuditLogModel::outcomeName(const QString &outcomeKey)
{
    if (const std::optional<AuditOutcome> outcome = auditOutcomeFromKey(outcomeKey)) {
        switch (*outcome) {
        case AuditOutcome::Done:
            return tr("Done");
        case AuditOutcome::Denied:
            return tr("Denied");
        case AuditOutcome::Failed:
            return tr("Failed");
        }
    }
    return outcomeKey; // kept as stored, so that a changed value shows as it is
}

QString AuditLogModel::actorName(const AuditEntry &entry)
{
    QString role = entry.role;
    if (const std::optional<ContactDesk::Role> known = roleFromKey(entry.role))
        role = CoachingText::roleName(*known);
    else if (entry.role == u"system")
        role = tr("ContactDesk itself");
    const QString who = !entry.login.isEmpty() ? entry.login : tr("user %1").arg(entry.userId);
    return role.isEmpty() ? who : tr("%1 (%2)").arg(who, role);
}

QString AuditLogModel::recordingText(const AuditEntry &entry) const
{
    const qint64 recordingId = recordingIdOfResource(entry.resource);
    if (recordingId == 0)
        return entry.resource;
    if (const qint64 interactionId = m_interactionOfRecording.value(recordingId); interactionId > 0)
        return tr("Recording %1 · contact %2").arg(recordingId).arg(interactionId);
    return tr("Recording %1").arg(recordingId);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex &index) const
{
    // Selectable to read and copy, never editable.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return QVariant();
    if (role == EntryIdRole)
        return entry->id;
    if (role == RecordingIdRole)
        return recordingIdOfResource(entry->resource);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn
        && entry->outcome != auditOutcomeKey(AuditOutcome::Done))
        return QBrush(QColor(0xd9, 0x3a, 0x32));
    if (role == Qt::ToolTipRole && index.column() == DetailColumn && !entry->detail.isEmpty())
        return entry->detail;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return auditEntryTime(entry->atMs);
    case UserColumn:
        return actorName(*entry);
    case ActionColumn:
        return actionName(*entry);
    case RecordingColumn:
        return recordingText(*entry);
    case OutcomeColumn:
        return outcomeName(entry->outcome);
    case DetailColumn:
        // Written by the core, in English, as it was stored.
        return entry->detail;
    }
    return QVariant();
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case RecordingColumn:
        return tr("Recording");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ContactDesk
