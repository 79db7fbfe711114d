#pragma once

#include "domain/agent.h"
#include "domain/channel.h"
#include "domain/message.h"
#include "domain/skill.h"
#include "storeresult.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace ContactDesk {

// How the repositories turn domain values into column values and back. Internal to core/store.
class SqlValues final
{
public:
    // 0 ("none") is stored as NULL so that foreign keys hold.
    static QVariant nullableId(qint64 id);
    static qint64 idOrZero(const QVariant &value);
    static int flag(bool value) { return value ? 1 : 0; }

    static QString channelsToJson(const QList<Channel> &channels);
    static QList<Channel> channelsFromJson(const QString &json);
    static QString requirementsToJson(const QList<SkillRequirement> &requirements);
    static QList<SkillRequirement> requirementsFromJson(const QString &json);
    static QString capacityToJson(const ChannelCapacity &capacity);
    static ChannelCapacity capacityFromJson(const QString &json);
    static QString attachmentsToJson(const QList<Attachment> &attachments);
    static QList<Attachment> attachmentsFromJson(const QString &json);

    // "%text%" for LIKE ... ESCAPE '\', lower-cased, with %, _ and \ in `text` matched literally.
    static QString containsPattern(const QString &text);

    static DomainError notFound(const QString &what);
};

} // namespace ContactDesk
