#pragma once

#include "backend/wallboard.h"
#include "livetablemodel.h"
#include "wallboardtext.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace ContactDesk {

// The wallboard's agents: state with the time in it (coloured past the thresholds), the contact
// they are on, the supervisor on their call and today's figures. Rows are updated in place.
class AgentGridModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentGridModel)

public:
    enum Column
    {
        NameColumn,
        TeamColumn,
        StateColumn,
        TimeInStateColumn,
        ContactColumn,
        SupervisionColumn,
        HandledColumn,
        AhtColumn,
        OccupancyColumn,
        ColumnCount
    };
    enum Role
    {
        AgentIdRole = FirstCustomRole,
        ActivityRole,
        TeamRole,
        SkillsRole,         // QStringList of the skills held
        ThresholdLevelRole, // 0, 1 (amber) or 2 (red) for the time in state
    };

    explicit AgentGridModel(QObject *parent = nullptr);

    void setSnapshot(const QList<WallboardAgent> &agents, qint64 nowMs,
                     const QHash<QString, QString> &queueNames);
    const QList<WallboardAgent> &agents() const { return m_agents; }
    const WallboardAgent *agentAt(int row) const;
    const WallboardAgent *agent(qint64 agentId) const;
    int rowOfAgent(qint64 agentId) const;
    qint64 nowMs() const { return m_nowMs; }

    void setThresholds(const AgentStateThresholds &thresholds);
    const AgentStateThresholds &thresholds() const { return m_thresholds; }
    int thresholdLevel(const WallboardAgent &agent) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

    // The columns that show a difference between two values of an agent's row.
    static Columns diff(const WallboardAgent &before, const WallboardAgent &after);

private:
    QString contactText(const WallboardAgent &agent) const;

    QList<WallboardAgent> m_agents;
    qint64 m_nowMs = 0;
    QHash<QString, QString> m_queueNames;
    AgentStateThresholds m_thresholds;
};

// The agent grid's filters: a team, a skill held, an activity. Empty: no filter.
class AgentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentFilterModel)

public:
    explicit AgentFilterModel(QObject *parent = nullptr);

    void setTeam(const QString &team);
    QString team() const { return m_team; }
    void setSkill(const QString &skillId);
    QString skill() const { return m_skill; }
    void setActivity(std::optional<WallboardActivity> activity);
    std::optional<WallboardActivity> activity() const { return m_activity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_team;
    QString m_skill;
    std::optional<WallboardActivity> m_activity;
};

} // namespace ContactDesk
