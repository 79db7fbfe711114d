#pragma once

#include "security/auditlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ContactDesk {

// The audit log as a read-only table: when, who (login and role at the time), what was done to
// which recording (and the contact it recorded, when known), how it ended and the detail the core
// wrote (a reason, where an export went, why it was refused). Nothing here edits an entry.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordingColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole,
        RecordingIdRole, // 0: the entry is not about a recording
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    void appendEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry *entryAt(int row) const;
    // The contact each recording recorded, for the recording column (recording id → interaction id).
    void setRecordingContacts(const QHash<qint64, qint64> &interactionOfRecording);

    // The recording an audit resource names ("recording:42" → 42); 0 for anything else.
    static qint64 recordingIdOfResource(const QString &resource);
    // What the action column says for an entry: playback, export, deletion, legal hold.
    static QString actionName(const AuditEntry &entry);
    static QString outcomeName(const QString &outcomeKey);
    static QString actorName(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void retranslate();

private:
    QString recordingText(const AuditEntry &entry) const;

    QList<AuditEntry> m_entries;
    QHash<qint64, qint64> m_interactionOfRecording;
};

} // namespace ContactDesk
