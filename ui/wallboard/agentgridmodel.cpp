#include "agentgridmodel.h"

#include "agent/displaytext.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace ContactDesk {

AgentGridModel::AgentGridModel(QObject *parent)
    : LiveTableModel(parent)
{}

void AgentGridModel::setSnapshot(const QList<WallboardAgent> &agents, qint64 nowMs,
                                 const QHash<QString, QString> &queueNames)
{
    SyncOptions options;
    options.everything = queueNames != m_queueNames;
    options.clockColumns = column(TimeInStateColumn);
    options.apply = [&] {
        m_nowMs = nowMs;
        m_queueNames = queueNames;
    };
    syncRows(
        m_agents, agents, [](const WallboardAgent &agent) { return agent.agentId; }, &AgentGridModel::diff,
        options);
}

LiveTableModel::Columns AgentGridModel::diff(const WallboardAgent &before, const WallboardAgent &after)
{
    Columns changed = 0;
    if (before.name != after.name)
        changed |= column(NameColumn);
    if (before.team != after.team)
        changed |= column(TeamColumn);
    if (before.state != after.state || before.activity != after.activity
        || before.reasonCode != after.reasonCode)
        changed |= column(StateColumn);
    if (before.stateSinceMs != after.stateSinceMs || before.activity != after.activity)
        changed |= column(TimeInStateColumn);
    if (before.contactId != after.contactId || before.contactChannel != after.contactChannel
        || before.contactQueueId != after.contactQueueId || before.activeContacts != after.activeContacts)
        changed |= column(ContactColumn);
    if (before.supervision != after.supervision)
        changed |= column(SupervisionColumn);
    if (before.handledToday != after.handledToday)
        changed |= column(HandledColumn);
    if (before.ahtSeconds != after.ahtSeconds)
        changed |= column(AhtColumn);
    if (before.occupancy != after.occupancy)
        changed |= column(OccupancyColumn);
    // Skills and queues show in no column, but the skill filter reads them.
    if (changed == 0 && (before.skills != after.skills || before.queueIds != after.queueIds))
        changed |= column(NameColumn);
    return changed;
}

const WallboardAgent *AgentGridModel::agentAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? &m_agents.at(row) : nullptr;
}

const WallboardAgent *AgentGridModel::agent(qint64 agentId) const
{
    return agentAt(rowOfAgent(agentId));
}

int AgentGridModel::rowOfAgent(qint64 agentId) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).agentId == agentId)
            return row;
    }
    return -1;
}

void AgentGridModel::setThresholds(const AgentStateThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, TimeInStateColumn), index(int(m_agents.size()) - 1, TimeInStateColumn));
}

int AgentGridModel::thresholdLevel(const WallboardAgent &agent) const
{
    if (agent.stateSinceMs <= 0)
        return 0;
    return m_thresholds.level(agent.activity, m_nowMs - agent.stateSinceMs);
}

QString AgentGridModel::contactText(const WallboardAgent &agent) const
{
    if (agent.contactId == 0)
        return QString();
    const QString queue = m_queueNames.value(agent.contactQueueId, agent.contactQueueId);
    QString text = queue.isEmpty() ? DisplayText::channelName(agent.contactChannel)
                                   : tr("%1 · %2").arg(DisplayText::channelName(agent.contactChannel), queue);
    if (agent.activeContacts > 1)
        text = tr("%1 (+%2)").arg(text).arg(agent.activeContacts - 1);
    return text;
}

int AgentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentGridModel::data(const QModelIndex &index, int role) const
{
    const WallboardAgent *agent = agentAt(index.row());
    if (!agent || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    const qint64 inState = agent->stateSinceMs > 0 ? std::max<qint64>(0, m_nowMs - agent->stateSinceMs) : -1;

    switch (role) {
    case AgentIdRole:
        return agent->agentId;
    case ActivityRole:
        return int(agent->activity);
    case TeamRole:
        return agent->team;
    case SkillsRole:
        return QStringList(agent->skills.keys());
    case ThresholdLevelRole:
        return thresholdLevel(*agent);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return agent->name;
        case TeamColumn:
            return agent->team;
        case StateColumn:
            return int(agent->activity);
        case TimeInStateColumn:
            return inState;
        case ContactColumn:
            return contactText(*agent);
        case SupervisionColumn:
            return int(agent->supervision);
        case HandledColumn:
            return agent->handledToday;
        case AhtColumn:
            return agent->ahtSeconds.value_or(-1.0);
        case OccupancyColumn:
            return agent->occupancy.value_or(-1.0);
        }
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return agent->name;
        case TeamColumn:
            return agent->team;
        case StateColumn:
            return WallboardText::agentStateText(*agent);
        case TimeInStateColumn:
            return agent->activity == WallboardActivity::LoggedOut || inState < 0
                       ? QString()
                       : WallboardText::duration(inState);
        case ContactColumn:
            return contactText(*agent);
        case SupervisionColumn:
            return WallboardText::supervisionName(agent->supervision);
        case HandledColumn:
            return QLocale().toString(agent->handledToday);
        case AhtColumn:
            return agent->ahtSeconds ? WallboardText::duration(qint64(*agent->ahtSeconds * 1000))
                                     : WallboardText::noValue();
        case OccupancyColumn:
            return WallboardText::percent(agent->occupancy);
        }
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == ContactColumn && agent->contactId != 0)
            return DisplayText::channelIcon(agent->contactChannel);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= HandledColumn || index.column() == TimeInStateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() == TimeInStateColumn) {
            const int level = thresholdLevel(*agent);
            if (level > 0) {
                QColor color = WallboardText::thresholdColor(level);
                color.setAlphaF(0.35f);
                return QBrush(color);
            }
        }
        return QVariant();
    case Qt::FontRole:
        if (index.column() == SupervisionColumn && agent->supervision != SupervisionMode::None) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TimeInStateColumn && thresholdLevel(*agent) > 0)
            return tr("Longer in this state than the threshold");
        return QVariant();
    }
    return QVariant();
}

QVariant AgentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case StateColumn:
        return tr("State");
    case TimeInStateColumn:
        return tr("Time in state");
    case ContactColumn:
        return tr("Current contact");
    case SupervisionColumn:
        return tr("Supervisor");
    case HandledColumn:
        return tr("Handled");
    case AhtColumn:
        return tr("AHT");
    case OccupancyColumn:
        return tr("Occupancy");
    }
    return QVariant();
}

void AgentGridModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_agents.size()) - 1, ColumnCount - 1));
}

AgentFilterModel::AgentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LiveTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void AgentFilterModel::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    invalidateFilter();
}

void AgentFilterModel::setSkill(const QString &skillId)
{
    if (skillId == m_skill)
        return;
    m_skill = skillId;
    invalidateFilter();
}

void AgentFilterModel::setActivity(std::optional<WallboardActivity> activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    invalidateFilter();
}

bool AgentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_team.isEmpty() && index.data(AgentGridModel::TeamRole).toString() != m_team)
        return false;
    if (!m_skill.isEmpty() && !index.data(AgentGridModel::SkillsRole).toStringList().contains(m_skill))
        return false;
    if (m_activity && index.data(AgentGridModel::ActivityRole).toInt() != int(*m_activity))
        return false;
    return true;
}

} // namespace ContactDesk
