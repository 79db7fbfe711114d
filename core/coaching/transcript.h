#pragma once

#include "domain/message.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QList>

namespace ContactDesk {

// The content of a written conversation's recording: its messages in sending order, as JSON
// (UTF-8), so that the stored transcript is the conversation as the agent and the customer saw it
// and does not change when the messages table does. Attachments are their metadata only.
//
//   {"format": "contactdesk-transcript", "version": 1, "interactionId": 42,
//    "messages": [{"sender": "customer", "senderName": "...", "subject": "", "body": "...",
//                  "sentMs": 1767225600000, "attachments": [{"fileName", "mimeType", "sizeBytes"}]}]}
class Transcript final
{
public:
    static QByteArray encode(qint64 interactionId, const QList<Message> &messages);
    // The messages back (with interactionId set, ids 0), or recording-invalid-transcript.
    static StoreResult<QList<Message>> decode(const QByteArray &json);
};

} // namespace ContactDesk
