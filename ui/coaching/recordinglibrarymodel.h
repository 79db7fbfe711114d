#pragma once

#include "coaching/recording.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace ContactDesk {

// One page of the recordings library: when and by whom, where it came in, how it ended and
// whether it was recorded at all ("Not recorded (no consent)" rows have nothing to play).
class RecordingLibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingLibraryModel)

public:
    enum Column
    {
        StartedColumn,
        AgentColumn,
        TeamColumn,
        QueueColumn,
        ChannelColumn,
        DurationColumn,
        DispositionColumn,
        CsatColumn,
        EvaluatedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        RecordingIdRole = Qt::UserRole,
        InteractionIdRole,
        HasContentRole,
    };

    explicit RecordingLibraryModel(QObject *parent = nullptr);

    void setRecordings(const QList<Recording> &recordings);
    const QList<Recording> &recordings() const { return m_recordings; }
    const Recording *recordingAt(int row) const;
    int rowOfRecording(qint64 recordingId) const;
    // Replaces the row of the same id (its legal hold changed).
    void updateRecording(const Recording &recording);
    void setAgentNames(const QHash<qint64, QString> &names);
    // Queue names by id; a queue without one shows its id.
    void setQueueNames(const QHash<QString, QString> &names);
    // The interactions someone has evaluated (submitted or in draft), for the Evaluated column.
    void setEvaluatedInteractions(const QSet<qint64> &interactionIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and cells in the UI language; the view calls it on QEvent::LanguageChange.
    void retranslate();

private:
    QString agentName(qint64 agentId) const;
    QString queueName(const QString &queueId) const;

    QList<Recording> m_recordings;
    QHash<qint64, QString> m_agentNames;
    QHash<QString, QString> m_queueNames;
    QSet<qint64> m_evaluated;
};

} // namespace ContactDesk
