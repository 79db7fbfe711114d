#include "settingsrepository.h"

#include "database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

SettingsRepository::SettingsRepository(Database &database)
    : m_database(database)
{}

StoreResult<QString> SettingsRepository::value(const QString &key, const QString &defaultValue)
{
    auto found = m_database.execute(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    const QString result = query->next() ? query->value(0).toString() : defaultValue;
    query->finish();
    return result;
}

std::optional<DomainError> SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto saved = m_database.execute(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                    {key, value});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

std::optional<DomainError> SettingsRepository::remove(const QString &key)
{
    auto removed = m_database.execute(u"DELETE FROM settings WHERE key = ?"_s, {key});
    if (!removed)
        return removed.error();
    removed.value()->finish();
    return std::nullopt;
}

} // namespace ContactDesk
