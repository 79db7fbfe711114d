#pragma once

#include "storeresult.h"

#include <QList>
#include <QString>

namespace ContactDesk {

class Database;

// A wrap-up code an agent picks after a contact ("resolved", "follow-up" ...), with its labels.
struct DispositionCode
{
    QString code;
    QString labelEn;
    QString labelKo;
    int sortOrder = 0;

    QString label(const QString &language) const; // Korean for "ko...", English otherwise
    bool operator==(const DispositionCode &other) const = default;
};

class DispositionRepository final
{
public:
    explicit DispositionRepository(Database &database);

    StoreResult<QList<DispositionCode>> list(); // in sort order

private:
    Database &m_database;
};

} // namespace ContactDesk
