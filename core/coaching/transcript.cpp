#include "transcript.h"

#include "recordingerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QString FormatName = u"contactdesk-transcript"_s;
static constexpr int TranscriptFormatVersion = 1;

QByteArray Transcript::encode(qint64 interactionId, const QList<Message> &messages)
{
    QJsonArray list;
    for (const Message &message : messages) {
        QJsonArray attachments;
        for (const Attachment &attachment : message.attachments) {
            attachments.append(QJsonObject{{u"fileName"_s, attachment.fileName},
                                           {u"mimeType"_s, attachment.mimeType},
                                           {u"sizeBytes"_s, attachment.sizeBytes}});
        }
        list.append(QJsonObject{{u"sender"_s, senderRoleKey(message.sender)},
                                {u"senderName"_s, message.senderName},
                                {u"subject"_s, message.subject},
                                {u"body"_s, message.body},
                                {u"sentMs"_s, message.sentAtMs},
                                {u"attachments"_s, attachments}});
    }
    const QJsonObject root{{u"format"_s, FormatName},
                           {u"version"_s, TranscriptFormatVersion},
                           {u"interactionId"_s, interactionId},
                           {u"messages"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

static DomainError invalidTranscript(const QString &why)
{
    return DomainError{RecordingErrorCode::InvalidTranscript.toString(), u"Not a transcript: "_s + why};
}

StoreResult<QList<Message>> Transcript::decode(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidTranscript(u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != FormatName)
        return invalidTranscript(u"the format is not %1"_s.arg(FormatName));
    if (root.value(u"version"_s).toInt() != TranscriptFormatVersion)
        return invalidTranscript(
            u"version %1 is not %2"_s.arg(root.value(u"version"_s).toInt()).arg(TranscriptFormatVersion));
    const qint64 interactionId = root.value(u"interactionId"_s).toInteger();
    QList<Message> messages;
    const QJsonArray list = root.value(u"messages"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const auto sender = senderRoleFromKey(object.value(u"sender"_s).toString());
        if (!sender)
            return invalidTranscript(u"message %1 has no known sender"_s.arg(i + 1));
        Message message;
        message.interactionId = interactionId;
        message.sender = *sender;
        message.senderName = object.value(u"senderName"_s).toString();
        message.subject = object.value(u"subject"_s).toString();
        message.body = object.value(u"body"_s).toString();
        message.sentAtMs = object.value(u"sentMs"_s).toInteger();
        for (const QJsonValue &value : object.value(u"attachments"_s).toArray()) {
            const QJsonObject attachment = value.toObject();
            message.attachments.append(Attachment{attachment.value(u"fileName"_s).toString(),
                                                  attachment.value(u"mimeType"_s).toString(),
                                                  attachment.value(u"sizeBytes"_s).toInteger()});
        }
        messages.append(message);
    }
    return messages;
}

} // namespace ContactDesk
