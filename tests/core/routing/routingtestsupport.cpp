#include "routingtestsupport.h"

#include "routing/skillexpression.h"

namespace ContactDesk::RoutingTest {

QStringList RecordingKpiFeed::callsStartingWith(const QString &prefix) const
{
    QStringList matching;
    for (const QString &line : calls) {
        if (line.startsWith(prefix))
            matching.append(line);
    }
    return matching;
}

void RecordingKpiFeed::queueConfigured(const QString &queueId, int serviceLevelSeconds,
                                       int shortAbandonSeconds)
{
    calls.append(QStringLiteral("configured %1 sl=%2 short=%3").arg(queueId).arg(serviceLevelSeconds).arg(shortAbandonSeconds));
}

void RecordingKpiFeed::contactQueued(qint64 interactionId, const QString &queueId, Channel channel,
                                     qint64 customerId, qint64 atMs)
{
    calls.append(QStringLiteral("queued %1 %2 %3 customer=%4 @%5")
                                    .arg(interactionId)
                                    .arg(queueId, channelKey(channel))
                                    .arg(customerId)
                                    .arg(atMs));
}

void RecordingKpiFeed::contactBlocked(qint64 interactionId, const QString &queueId, Channel channel,
                                      qint64 customerId, qint64 atMs)
{
    calls.append(QStringLiteral("blocked %1 %2 %3 customer=%4 @%5")
                                    .arg(interactionId)
                                    .arg(queueId, channelKey(channel))
                                    .arg(customerId)
                                    .arg(atMs));
}

void RecordingKpiFeed::callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs)
{
    calls.append(QStringLiteral("callback %1 %2 @%3").arg(interactionId).arg(queueId).arg(atMs));
}

void RecordingKpiFeed::contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId,
                                       qint64 waitMs, qint64 atMs)
{
    calls.append(QStringLiteral("answered %1 %2 agent=%3 wait=%4 @%5")
                                    .arg(interactionId)
                                    .arg(queueId)
                                    .arg(agentId)
                                    .arg(waitMs)
                                    .arg(atMs));
}

void RecordingKpiFeed::contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs,
                                        qint64 atMs)
{
    calls.append(
        QStringLiteral("abandoned %1 %2 wait=%3 @%4").arg(interactionId).arg(queueId).arg(waitMs).arg(atMs));
}

void RecordingKpiFeed::contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs)
{
    calls.append(QStringLiteral("moved-out %1 %2 @%3").arg(interactionId).arg(queueId).arg(atMs));
}

void RecordingKpiFeed::contactCompleted(qint64 interactionId, const QString &queueId, Channel channel,
                                        qint64 agentId, qint64 customerId, qint64 talkMs, qint64 holdMs,
                                        qint64 afterCallWorkMs, bool resolvedFlag, qint64 atMs)
{
    calls.append(
        QStringLiteral("completed %1 %2 %3 agent=%4 customer=%5 talk=%6 hold=%7 acw=%8 resolved=%9 @%10")
                           .arg(interactionId)
                           .arg(queueId, channelKey(channel))
                           .arg(agentId)
                           .arg(customerId)
                           .arg(talkMs)
                           .arg(holdMs)
                           .arg(afterCallWorkMs)
                           .arg(resolvedFlag ? 1 : 0)
                           .arg(atMs));
}

void RecordingKpiFeed::csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                                    qint64 atMs)
{
    calls.append(QStringLiteral("csat %1 %2 agent=%3 score=%4 @%5")
                                    .arg(interactionId)
                                    .arg(queueId)
                                    .arg(agentId)
                                    .arg(score)
                                    .arg(atMs));
}

void RecordingKpiFeed::agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode,
                                         qint64 atMs)
{
    calls.append(QStringLiteral("agent %1 %2%3 @%4")
                                    .arg(agentId)
                                    .arg(agentStateKey(state))
                                    .arg(reasonCode.isEmpty() ? QString() : u':' + reasonCode)
                                    .arg(atMs));
}

void RecordingKpiFeed::agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs)
{
    calls.append(QStringLiteral("workload %1 %2 @%3").arg(agentId).arg(activeContacts).arg(atMs));
}

QList<RoutingEvent> RecordingListener::ofType(RoutingEventType type) const
{
    QList<RoutingEvent> matching;
    for (const RoutingEvent &event : events) {
        if (event.type == type)
            matching.append(event);
    }
    return matching;
}

void RecordingListener::routingEvent(const RoutingEvent &event)
{
    events.append(event);
}

RoutingQueueConfig queue(const QString &id, const QString &skills, SelectionStrategy strategy,
                         const QList<Channel> &channels)
{
    RoutingQueueConfig config;
    config.queue.id = id;
    config.queue.name = id;
    config.queue.channels = channels;
    config.queue.strategy = strategy;
    const auto parsed = SkillExpression::parse(skills);
    if (const auto *requirements = std::get_if<QList<SkillRequirement>>(&parsed))
        config.queue.requiredSkills = *requirements;
    return config;
}

ChannelCapacity voiceOnly()
{
    ChannelCapacity capacity;
    capacity.maximum = {{Channel::Voice, 1}};
    return capacity;
}

Agent agent(qint64 id, const QMap<QString, int> &skills, const ChannelCapacity &capacity)
{
    Agent result;
    result.id = id;
    result.login = QStringLiteral("agent%1").arg(id);
    result.displayName = QStringLiteral("Agent %1").arg(id);
    result.capacity = capacity;
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it)
        result.setSkill(it.key(), it.value());
    return result;
}

ContactRequest call(const QString &queueId, qint64 customerId)
{
    ContactRequest request;
    request.queueId = queueId;
    request.customerId = customerId;
    return request;
}

} // namespace ContactDesk::RoutingTest
