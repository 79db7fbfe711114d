#pragma once

#include "coaching/coachingsession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ContactDesk {

// Coaching sessions: what about, with whom, when, and whether they were held.
class CoachingSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingSessionModel)

public:
    enum Column
    {
        TitleColumn,
        AgentColumn,
        DueColumn,
        StatusColumn,
        ContentColumn,
        ColumnCount
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole,
    };

    explicit CoachingSessionModel(QObject *parent = nullptr);

    void setSessions(const QList<CoachingSession> &sessions);
    const QList<CoachingSession> &sessions() const { return m_sessions; }
    const CoachingSession *sessionAt(int row) const;
    int rowOfSession(qint64 sessionId) const;
    void setAgentNames(const QHash<qint64, QString> &names);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<CoachingSession> m_sessions;
    QHash<qint64, QString> m_agentNames;
};

} // namespace ContactDesk
