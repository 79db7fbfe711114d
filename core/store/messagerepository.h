#pragma once

#include "domain/message.h"
#include "storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

// Messages of chat, SMS, social and e-mail interactions. Attachments are stored as metadata.
class MessageRepository final
{
public:
    explicit MessageRepository(Database &database);

    // Validates and writes a new message of an existing interaction; sets message.id.
    std::optional<DomainError> append(Message &message);
    // In the order they were sent (ties keep the order they were appended).
    StoreResult<QList<Message>> forInteraction(qint64 interactionId);

private:
    Database &m_database;
};

} // namespace ContactDesk
