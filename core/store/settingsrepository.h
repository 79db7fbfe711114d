#pragma once

#include "storeresult.h"

#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// Small installation-wide settings kept with the data (not per-user preferences: those belong in
// QSettings, and never secrets: those belong in the keychain).
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &database);

    // The stored value, or `defaultValue` when the key is not set.
    StoreResult<QString> value(const QString &key, const QString &defaultValue = QString());
    std::optional<DomainError> setValue(const QString &key, const QString &value);
    std::optional<DomainError> remove(const QString &key);

private:
    Database &m_database;
};

} // namespace ContactDesk
