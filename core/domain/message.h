#pragma once

#include "domainerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

enum class SenderRole
{
    Customer,
    Agent,
    System,
    Bot,
};

QString senderRoleKey(SenderRole role);
std::optional<SenderRole> senderRoleFromKey(QStringView key);

// Metadata only: the attachment's bytes live in the connector's storage, not in our database.
struct Attachment
{
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;

    bool operator==(const Attachment &other) const = default;
};

// One message of a chat, SMS, social or e-mail conversation.
struct Message
{
    qint64 id = 0;
    qint64 interactionId = 0;
    SenderRole sender = SenderRole::Customer;
    QString senderName;
    QString subject; // e-mail only
    QString body;
    qint64 sentAtMs = 0;
    QList<Attachment> attachments;

    std::optional<DomainError> validate() const;

    bool operator==(const Message &other) const = default;
};

} // namespace ContactDesk
