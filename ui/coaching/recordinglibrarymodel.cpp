#include "recordinglibrarymodel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ContactDesk {

RecordingLibraryModel::RecordingLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordingLibraryModel::setRecordings(const QList<Recording> &recordings)
{
    beginResetModel();
    m_recordings = recordings;
    endResetModel();
}

void RecordingLibraryModel::updateRecording(const Recording &recording)
{
    const int row = rowOfRecording(recording.id);
    if (row < 0)
        return;
    m_recordings[row] = recording;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Recording *RecordingLibraryModel::recordingAt(int row) const
{
    return row >= 0 && row < m_recordings.size() ? &m_recordings.at(row) : nullptr;
}

int RecordingLibraryModel::rowOfRecording(qint64 recordingId) const
{
    for (int row = 0; row < m_recordings.size(); ++row) {
        if (m_recordings.at(row).id == recordingId)
            return row;
    }
    return -1;
}

void RecordingLibraryModel::setAgentNames(const QHash<qint64, QString> &names)
{
    m_agentNames = names;
    if (!m_recordings.isEmpty())
        Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn));
}

void RecordingLibraryModel::setQueueNames(const QHash<QString, QString> &names)
{
    m_queueNames = names;
    if (!m_recordings.isEmpty())
        Q_EMIT dataChanged(index(0, QueueColumn), index(rowCount() - 1, QueueColumn));
}

QString RecordingLibraryModel::queueName(const QString &queueId) const
{
    const QString name = m_queueNames.value(queueId);
    return name.isEmpty() ? queueId : name;
}

void RecordingLibraryModel::setEvaluatedInteractions(const QSet<qint64> &interactionIds)
{
    m_evaluated = interactionIds;
    if (!m_recordings.isEmpty())
        Q_EMIT dataChanged(index(0, EvaluatedColumn), index(rowCount() - 1, EvaluatedColumn));
}

QString RecordingLibraryModel::agentName(qint64 agentId) const
{
    const QString name = m_agentNames.value(agentId);
    return name.isEmpty() ? tr("Agent %1").arg(agentId) : name;
}

int RecordingLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recordings.size());
}

int RecordingLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingLibraryModel::data(const QModelIndex &index, int role) const
{
    const Recording *recording = index.isValid() ? recordingAt(index.row()) : nullptr;
    if (!recording)
        return QVariant();
    switch (role) {
    case RecordingIdRole:
        return recording->id;
    case InteractionIdRole:
        return recording->interactionId;
    case HasContentRole:
        return recording->hasContent();
    case Qt::FontRole:
        if (!recording->hasContent()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (!recording->hasContent())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return DisplayText::channelIcon(recording->channel);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == CsatColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (!recording->consent)
            return tr("The customer did not consent to recording, so nothing of this contact was recorded.");
        if (recording->isDeleted())
            return tr("The recording was deleted on %1.").arg(DisplayText::dateTime(*recording->deletedMs));
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case StartedColumn:
        return DisplayText::dateTime(recording->startedMs);
    case AgentColumn:
        return agentName(recording->agentId);
    case TeamColumn:
        return recording->team;
    case QueueColumn:
        return queueName(recording->queueId);
    case ChannelColumn:
        return DisplayText::channelName(recording->channel);
    case DurationColumn:
        return DisplayText::duration(recording->durationMs);
    case DispositionColumn:
        return recording->dispositionCode.isEmpty()
                   ? QString()
                   : DisplayText::dispositionName(recording->dispositionCode);
    case CsatColumn:
        return recording->csat ? QString::number(*recording->csat) : QString();
    case EvaluatedColumn:
        return m_evaluated.contains(recording->interactionId) ? tr("Evaluated") : QString();
    case StatusColumn:
        return CoachingText::recordingStatus(*recording);
    }
    return QVariant();
}

QVariant RecordingLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case QueueColumn:
        return tr("Queue");
    case ChannelColumn:
        return tr("Channel");
    case DurationColumn:
        return tr("Duration");
    case DispositionColumn:
        return tr("Disposition");
    case CsatColumn:
        return tr("CSAT");
    case EvaluatedColumn:
        return tr("Evaluation");
    case StatusColumn:
        return tr("Recording");
    }
    return QVariant();
}

void RecordingLibraryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_recordings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ContactDesk
