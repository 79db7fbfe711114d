#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QVariant SqlValues::nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id));
}

qint64 SqlValues::idOrZero(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

static QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString SqlValues::channelsToJson(const QList<Channel> &channels)
{
    QJsonArray array;
    for (Channel channel : channels)
        array.append(channelKey(channel));
    return compactJson(QJsonDocument(array));
}

QList<Channel> SqlValues::channelsFromJson(const QString &json)
{
    QList<Channel> channels;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (auto channel = channelFromKey(value.toString()))
            channels.append(*channel);
    }
    return channels;
}

QString SqlValues::requirementsToJson(const QList<SkillRequirement> &requirements)
{
    QJsonArray array;
    for (const SkillRequirement &requirement : requirements) {
        array.append(
            QJsonObject{{u"skill"_s, requirement.skill}, {u"minimumLevel"_s, requirement.minimumLevel}});
    }
    return compactJson(QJsonDocument(array));
}

QList<SkillRequirement> SqlValues::requirementsFromJson(const QString &json)
{
    QList<SkillRequirement> requirements;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        requirements.append(SkillRequirement{object.value(u"skill"_s).toString(),
                                             object.value(u"minimumLevel"_s).toInt(MinSkillLevel)});
    }
    return requirements;
}

QString SqlValues::capacityToJson(const ChannelCapacity &capacity)
{
    QJsonObject maximum;
    for (auto it = capacity.maximum.cbegin(); it != capacity.maximum.cend(); ++it)
        maximum.insert(channelKey(it.key()), it.value());
    return compactJson(QJsonDocument(QJsonObject{
        {u"maximum"_s, maximum}, {u"voiceBlocksOtherChannels"_s, capacity.voiceBlocksOtherChannels}}));
}

ChannelCapacity SqlValues::capacityFromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return ChannelCapacity::standard();
    ChannelCapacity capacity;
    const QJsonObject maximum = object.value(u"maximum"_s).toObject();
    for (auto it = maximum.constBegin(); it != maximum.constEnd(); ++it) {
        if (auto channel = channelFromKey(it.key()))
            capacity.maximum.insert(*channel, it.value().toInt());
    }
    capacity.voiceBlocksOtherChannels = object.value(u"voiceBlocksOtherChannels"_s).toBool(true);
    return capacity;
}

QString SqlValues::attachmentsToJson(const QList<Attachment> &attachments)
{
    QJsonArray array;
    for (const Attachment &attachment : attachments) {
        array.append(QJsonObject{{u"fileName"_s, attachment.fileName},
                                 {u"mimeType"_s, attachment.mimeType},
                                 {u"sizeBytes"_s, double(attachment.sizeBytes)}});
    }
    return compactJson(QJsonDocument(array));
}

QList<Attachment> SqlValues::attachmentsFromJson(const QString &json)
{
    QList<Attachment> attachments;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        attachments.append(Attachment{object.value(u"fileName"_s).toString(),
                                      object.value(u"mimeType"_s).toString(),
                                      qint64(object.value(u"sizeBytes"_s).toDouble())});
    }
    return attachments;
}

QString SqlValues::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (QChar c : text.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

DomainError SqlValues::notFound(const QString &what)
{
    return DomainError{StoreErrorCode::NotFound.toString(), u"%1 was not found"_s.arg(what)};
}

} // namespace ContactDesk
