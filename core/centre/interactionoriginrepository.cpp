#include "interactionoriginrepository.h"

#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

InteractionOriginRepository::InteractionOriginRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> InteractionOriginRepository::set(qint64 interactionId, const QString &address)
{
    auto written =
        m_database.execute(u"INSERT INTO interaction_origins (interaction_id, address) VALUES (?, ?)"
                           " ON CONFLICT (interaction_id) DO UPDATE SET address = excluded.address"_s,
                           {qlonglong(interactionId), address});
    if (!written)
        return written.error();
    written.value()->finish();
    return std::nullopt;
}

StoreResult<QString> InteractionOriginRepository::address(qint64 interactionId)
{
    auto found = m_database.execute(u"SELECT address FROM interaction_origins WHERE interaction_id = ?"_s,
                                    {qlonglong(interactionId)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    const QString address = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return address;
}

} // namespace ContactDesk
