#include "coachingsessionmodel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

namespace ContactDesk {

CoachingSessionModel::CoachingSessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CoachingSessionModel::setSessions(const QList<CoachingSession> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

const CoachingSession *CoachingSessionModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions.at(row) : nullptr;
}

int CoachingSessionModel::rowOfSession(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            return row;
    }
    return -1;
}

void CoachingSessionModel::setAgentNames(const QHash<qint64, QString> &names)
{
    m_agentNames = names;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn));
}

int CoachingSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int CoachingSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoachingSessionModel::data(const QModelIndex &index, int role) const
{
    const CoachingSession *session = index.isValid() ? sessionAt(index.row()) : nullptr;
    if (!session)
        return QVariant();
    if (role == SessionIdRole)
        return session->id;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TitleColumn:
        return session->title;
    case AgentColumn: {
        const QString name = m_agentNames.value(session->agentId);
        return name.isEmpty() ? tr("Agent %1").arg(session->agentId) : name;
    }
    case DueColumn:
        return session->dueMs > 0 ? DisplayText::date(session->dueMs) : tr("No date");
    case StatusColumn:
        return CoachingText::sessionStatusName(session->status);
    case ContentColumn:
        return tr("%1, %2").arg(tr("%n evaluation(s)", nullptr, int(session->evaluationIds.size())),
                                tr("%n clip(s)", nullptr, int(session->clips.size())));
    }
    return QVariant();
}

QVariant CoachingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Session");
    case AgentColumn:
        return tr("Agent");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ContentColumn:
        return tr("To go through");
    }
    return QVariant();
}

void CoachingSessionModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ContactDesk
