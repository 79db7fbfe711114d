#include "channel.h"

namespace ContactDesk {

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return QStringLiteral("voice");
    case Channel::Chat:
        return QStringLiteral("chat");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::Social:
        return QStringLiteral("social");
    case Channel::WorkItem:
        return QStringLiteral("workitem");
    }
    Q_UNREACHABLE();
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (Channel channel : allChannels()) {
        if (key == channelKey(channel))
            return channel;
    }
    return std::nullopt;
}

QList<Channel> allChannels()
{
    return {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms, Channel::Social, Channel::WorkItem};
}

bool isSynchronous(Channel channel)
{
    return channel == Channel::Voice;
}

bool isConversation(Channel channel)
{
    return channel == Channel::Chat || channel == Channel::Email || channel == Channel::Sms
           || channel == Channel::Social;
}

QString directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    case Direction::Internal:
        return QStringLiteral("internal");
    }
    Q_UNREACHABLE();
}

std::optional<Direction> directionFromKey(QStringView key)
{
    for (Direction direction : {Direction::Inbound, Direction::Outbound, Direction::Internal}) {
        if (key == directionKey(direction))
            return direction;
    }
    return std::nullopt;
}

} // namespace ContactDesk
