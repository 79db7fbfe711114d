#pragma once

#include "domain/skill.h"
#include "storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

class SkillRepository final
{
public:
    explicit SkillRepository(Database &database);

    // Inserts the skill or renames the stored one with the same id.
    std::optional<DomainError> save(const Skill &skill);
    StoreResult<Skill> findById(const QString &id);
    StoreResult<QList<Skill>> list(); // by id

private:
    Database &m_database;
};

} // namespace ContactDesk
