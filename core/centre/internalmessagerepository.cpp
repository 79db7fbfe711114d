#include "internalmessagerepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {} // namespace

InternalMessageRepository::InternalMessageRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> InternalMessageRepository::append(InternalMessage &message)
{
    if (message.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Internal message %1 is already stored"_s.arg(message.id)};
    }
    auto inserted = m_database.execute(
        u"INSERT INTO internal_messages (from_agent_id, to_agent_id, to_group, about_interaction_id, body,"
        " sent_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {qlonglong(message.fromAgentId), SqlValues::nullableId(message.toAgentId), message.toGroup,
         SqlValues::nullableId(message.aboutInteractionId), message.body, qlonglong(message.sentAtMs)});
    if (!inserted)
        return inserted.error();
    QSqlQuery *query = inserted.value();
    query->next();
    message.id = query->value(0).toLongLong();
    query->finish();
    return std::nullopt;
}

StoreResult<QList<InternalMessage>> InternalMessageRepository::recentFor(qint64 agentId,
                                                                         const QStringList &groups, int limit)
{
    // Few agents belong to more than a handful of groups: one query per call is enough.
    QString groupList;
    QVariantList bindings{qlonglong(agentId), qlonglong(agentId)};
    for (const QString &group : groups) {
        groupList += groupList.isEmpty() ? u"?"_s : u", ?"_s;
        bindings << group;
    }
    bindings << limit;
    const QString groupCondition =
        groupList.isEmpty() ? QString() : u" OR m.to_group IN (%1)"_s.arg(groupList);
    auto found = m_database.execute(
        u"SELECT m.id, m.from_agent_id, a.display_name, m.to_agent_id, m.to_group, m.about_interaction_id,"
        " m.body, m.sent_ms FROM internal_messages m JOIN agents a ON a.id = m.from_agent_id"
        " WHERE m.from_agent_id = ? OR m.to_agent_id = ?%1 ORDER BY m.sent_ms DESC, m.id DESC LIMIT ?"_s.arg(
            groupCondition),
        bindings);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<InternalMessage> messages;
    while (query->next()) {
        InternalMessage message;
        message.id = query->value(0).toLongLong();
        message.fromAgentId = query->value(1).toLongLong();
        message.fromName = query->value(2).toString();
        message.toAgentId = query->value(3).toLongLong();
        message.toGroup = query->value(4).toString();
        message.aboutInteractionId = query->value(5).toLongLong();
        message.body = query->value(6).toString();
        message.sentAtMs = query->value(7).toLongLong();
        messages.append(message);
    }
    query->finish();
    std::reverse(messages.begin(), messages.end());
    return messages;
}

} // namespace ContactDesk
