#include "messagerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

MessageRepository::MessageRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> MessageRepository::append(Message &message)
{
    if (message.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Message %1 is already stored"_s.arg(message.id)};
    }
    if (auto error = message.validate())
        return error;
    auto inserted = m_database.execute(
        u"INSERT INTO messages (interaction_id, sender, sender_name, subject, body, sent_ms, attachments)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {qlonglong(message.interactionId), senderRoleKey(message.sender), message.senderName, message.subject,
         message.body, qlonglong(message.sentAtMs), SqlValues::attachmentsToJson(message.attachments)});
    if (!inserted)
        return inserted.error();
    QSqlQuery *query = inserted.value();
    query->next();
    message.id = query->value(0).toLongLong();
    query->finish();
    return std::nullopt;
}

StoreResult<QList<Message>> MessageRepository::forInteraction(qint64 interactionId)
{
    auto found = m_database.execute(
        u"SELECT id, interaction_id, sender, sender_name, subject, body, sent_ms, attachments"
        " FROM messages WHERE interaction_id = ? ORDER BY sent_ms, id"_s,
        {qlonglong(interactionId)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<Message> messages;
    while (query->next()) {
        Message message;
        message.id = query->value(0).toLongLong();
        message.interactionId = query->value(1).toLongLong();
        message.sender = senderRoleFromKey(query->value(2).toString()).value_or(SenderRole::Customer);
        message.senderName = query->value(3).toString();
        message.subject = query->value(4).toString();
        message.body = query->value(5).toString();
        message.sentAtMs = query->value(6).toLongLong();
        message.attachments = SqlValues::attachmentsFromJson(query->value(7).toString());
        messages.append(message);
    }
    query->finish();
    return messages;
}

} // namespace ContactDesk
