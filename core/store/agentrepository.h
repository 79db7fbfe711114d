#pragma once

#include "domain/agent.h"
#include "storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// Agents with their skills, channel capacity and current state. Skills must exist in the skills
// table first (SkillRepository::save); a missing one is refused by the database.
class AgentRepository final
{
public:
    explicit AgentRepository(Database &database);

    // Validates and writes a new agent with its skills; sets agent.id. Logins are unique.
    std::optional<DomainError> insert(Agent &agent);
    // Replaces everything stored for agent.id, skills included.
    std::optional<DomainError> update(const Agent &agent);
    // Stores only the state: the frequent write when an agent goes Ready, Not Ready ...
    std::optional<DomainError> updateState(const Agent &agent);
    // Stores only the skills (a supervisor's change), leaving the state alone.
    std::optional<DomainError> updateSkills(const Agent &agent);

    StoreResult<Agent> findById(qint64 id);
    StoreResult<Agent> findByLogin(const QString &login);
    StoreResult<QList<Agent>> list(); // by display name

private:
    std::optional<DomainError> writeSkills(const Agent &agent);
    StoreResult<QList<Agent>> loadSkills(QList<Agent> agents);

    Database &m_database;
};

} // namespace ContactDesk
