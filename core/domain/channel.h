#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class Channel
{
    Voice,
    Chat,
    Email,
    Sms,
    Social,
    WorkItem,
};

inline constexpr int ChannelCount = 6;

// Stable lower-case keys used in the database, the protocol and scenario files.
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);
QList<Channel> allChannels();

// Voice is the only channel where the customer is on the line the whole time; it is the one
// that can block an agent's other channels.
bool isSynchronous(Channel channel);
// Chat, e-mail, SMS and social: a contact that is an exchange of written messages (recorded as a
// transcript), where voice is audio and a work item has no conversation.
bool isConversation(Channel channel);

enum class Direction
{
    Inbound,
    Outbound,
    Internal,
};

QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(QStringView key);

} // namespace ContactDesk
