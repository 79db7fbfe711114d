#include "agentrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String
    agentColumns("id, login, display_name, team, extension, capacity, state, reason_code, state_since_ms");

static Agent readAgent(const QSqlQuery &query)
{
    Agent agent;
    agent.id = query.value(0).toLongLong();
    agent.login = query.value(1).toString();
    agent.displayName = query.value(2).toString();
    agent.team = query.value(3).toString();
    agent.extension = query.value(4).toString();
    agent.capacity = SqlValues::capacityFromJson(query.value(5).toString());
    agent.restoreState(agentStateFromKey(query.value(6).toString()).value_or(AgentState::LoggedOut),
                       query.value(7).toString(), query.value(8).toLongLong());
    return agent;
}

AgentRepository::AgentRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> AgentRepository::writeSkills(const Agent &agent)
{
    auto removed =
        m_database.execute(u"DELETE FROM agent_skills WHERE agent_id = ?"_s, {qlonglong(agent.id)});
    if (!removed)
        return removed.error();
    removed.value()->finish();
    const SkillLevels &skills = agent.skills();
    for (auto it = skills.cbegin(); it != skills.cend(); ++it) {
        auto inserted =
            m_database.execute(u"INSERT INTO agent_skills (agent_id, skill_id, level) VALUES (?, ?, ?)"_s,
                               {qlonglong(agent.id), it.key(), it.value()});
        if (!inserted) {
            DomainError error = inserted.error();
            error.message = u"Cannot give agent '%1' skill '%2' (is the skill stored?): %3"_s.arg(
                agent.login, it.key(), error.message);
            return error;
        }
        inserted.value()->finish();
    }
    return std::nullopt;
}

std::optional<DomainError> AgentRepository::insert(Agent &agent)
{
    if (agent.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Agent %1 is already stored; update it instead"_s.arg(agent.id)};
    }
    if (auto error = agent.validate())
        return error;
    qint64 newId = 0;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto inserted = m_database.execute(
            u"INSERT INTO agents (login, display_name, team, extension, capacity, state, reason_code,"
            " state_since_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {agent.login, agent.displayName, agent.team, agent.extension,
             SqlValues::capacityToJson(agent.capacity), agentStateKey(agent.state()), agent.reasonCode(),
             qlonglong(agent.stateSinceMs())});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        newId = query->value(0).toLongLong();
        query->finish();
        Agent stored = agent;
        stored.id = newId;
        return writeSkills(stored);
    });
    if (error)
        return error;
    agent.id = newId;
    return std::nullopt;
}

std::optional<DomainError> AgentRepository::update(const Agent &agent)
{
    if (auto error = agent.validate())
        return error;
    return m_database.transaction([&]() -> std::optional<DomainError> {
        auto updated = m_database.execute(
            u"UPDATE agents SET login = ?, display_name = ?, team = ?, extension = ?, capacity = ?,"
            " state = ?, reason_code = ?, state_since_ms = ? WHERE id = ?"_s,
            {agent.login, agent.displayName, agent.team, agent.extension,
             SqlValues::capacityToJson(agent.capacity), agentStateKey(agent.state()), agent.reasonCode(),
             qlonglong(agent.stateSinceMs()), qlonglong(agent.id)});
        if (!updated)
            return updated.error();
        const int rows = updated.value()->numRowsAffected();
        updated.value()->finish();
        if (rows != 1)
            return SqlValues::notFound(u"Agent %1"_s.arg(agent.id));
        return writeSkills(agent);
    });
}

std::optional<DomainError> AgentRepository::updateSkills(const Agent &agent)
{
    return m_database.transaction([&] { return writeSkills(agent); });
}

std::optional<DomainError> AgentRepository::updateState(const Agent &agent)
{
    auto updated =
        m_database.execute(u"UPDATE agents SET state = ?, reason_code = ?, state_since_ms = ? WHERE id = ?"_s,
                           {agentStateKey(agent.state()), agent.reasonCode(), qlonglong(agent.stateSinceMs()),
                            qlonglong(agent.id)});
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows != 1)
        return SqlValues::notFound(u"Agent %1"_s.arg(agent.id));
    return std::nullopt;
}

StoreResult<QList<Agent>> AgentRepository::loadSkills(QList<Agent> agents)
{
    for (Agent &agent : agents) {
        auto skills = m_database.execute(
            u"SELECT skill_id, level FROM agent_skills WHERE agent_id = ? ORDER BY skill_id"_s,
            {qlonglong(agent.id)});
        if (!skills)
            return skills.error();
        QSqlQuery *query = skills.value();
        while (query->next()) {
            // Levels were valid when written; a refused one would only mean a newer writer.
            (void)agent.setSkill(query->value(0).toString(), query->value(1).toInt());
        }
        query->finish();
    }
    return agents;
}

static StoreResult<QList<Agent>> readAgents(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Agent> agents;
    while (query->next())
        agents.append(readAgent(*query));
    query->finish();
    return agents;
}

StoreResult<Agent> AgentRepository::findById(qint64 id)
{
    auto found = readAgents(
        m_database.execute(u"SELECT "_s + agentColumns + u" FROM agents WHERE id = ?"_s, {qlonglong(id)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Agent %1"_s.arg(id));
    auto loaded = loadSkills(found.value());
    if (!loaded)
        return loaded.error();
    return loaded->constFirst();
}

StoreResult<Agent> AgentRepository::findByLogin(const QString &login)
{
    auto found = readAgents(
        m_database.execute(u"SELECT "_s + agentColumns + u" FROM agents WHERE login = ?"_s, {login}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Agent '%1'"_s.arg(login));
    auto loaded = loadSkills(found.value());
    if (!loaded)
        return loaded.error();
    return loaded->constFirst();
}

StoreResult<QList<Agent>> AgentRepository::list()
{
    auto found = readAgents(
        m_database.execute(u"SELECT "_s + agentColumns + u" FROM agents ORDER BY display_name, id"_s));
    if (!found)
        return found.error();
    return loadSkills(found.value());
}

} // namespace ContactDesk
