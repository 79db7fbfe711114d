#include "message.h"

namespace ContactDesk {

QString senderRoleKey(SenderRole role)
{
    switch (role) {
    case SenderRole::Customer:
        return QStringLiteral("customer");
    case SenderRole::Agent:
        return QStringLiteral("agent");
    case SenderRole::System:
        return QStringLiteral("system");
    case SenderRole::Bot:
        return QStringLiteral("bot");
    }
    Q_UNREACHABLE();
}

std::optional<SenderRole> senderRoleFromKey(QStringView key)
{
    for (SenderRole role : {SenderRole::Customer, SenderRole::Agent, SenderRole::System, SenderRole::Bot}) {
        if (key == senderRoleKey(role))
            return role;
    }
    return std::nullopt;
}

std::optional<DomainError> Message::validate() const
{
    if (body.isEmpty() && attachments.isEmpty()) {
        return DomainError{QStringLiteral("empty-message"),
                                          QStringLiteral("A message needs a body or an attachment")};
    }
    if (sentAtMs <= 0)
        return DomainError{QStringLiteral("missing-time"), QStringLiteral("A message needs a sending time")};
    for (const Attachment &attachment : attachments) {
        if (attachment.fileName.trimmed().isEmpty() || attachment.sizeBytes < 0) {
            return DomainError{
                QStringLiteral("invalid-attachment"),
                               QStringLiteral("An attachment needs a file name and a size of zero or more")};
        }
    }
    return std::nullopt;
}

} // namespace ContactDesk
