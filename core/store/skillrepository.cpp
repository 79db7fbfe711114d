#include "skillrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

SkillRepository::SkillRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> SkillRepository::save(const Skill &skill)
{
    if (auto error = skill.validate())
        return error;
    auto saved = m_database.execute(u"INSERT INTO skills (id, name) VALUES (?, ?)"
                                    " ON CONFLICT (id) DO UPDATE SET name = excluded.name"_s,
                                    {skill.id, skill.name});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

static StoreResult<QList<Skill>> readSkills(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Skill> skills;
    while (query->next())
        skills.append(Skill{query->value(0).toString(), query->value(1).toString()});
    query->finish();
    return skills;
}

StoreResult<Skill> SkillRepository::findById(const QString &id)
{
    auto found = readSkills(m_database.execute(u"SELECT id, name FROM skills WHERE id = ?"_s, {id}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Skill '%1'"_s.arg(id));
    return found->constFirst();
}

StoreResult<QList<Skill>> SkillRepository::list()
{
    return readSkills(m_database.execute(u"SELECT id, name FROM skills ORDER BY id"_s));
}

} // namespace ContactDesk
