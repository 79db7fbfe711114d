#pragma once

#include "domain/agent.h"
#include "metrics/kpifeed.h"
#include "routing/routingengine.h"
#include "routing/routinglistener.h"
#include "routing/routingqueueconfig.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ContactDesk::RoutingTest {

// 2023-11-14 22:13:20 UTC: a realistic epoch time, so that interactions validate.
inline constexpr qint64 StartMs = 1'700'000'000'000;

// Every KpiFeed call as one line of text, e.g. "answered 3 sales agent=2 wait=4000 @1700000004000".
class RecordingKpiFeed final : public KpiFeed
{
public:
    QStringList calls;

    QStringList callsStartingWith(const QString &prefix) const;

    void queueConfigured(const QString &queueId, int serviceLevelSeconds, int shortAbandonSeconds) override;
    void contactQueued(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                       qint64 atMs) override;
    void contactBlocked(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                        qint64 atMs) override;
    void callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs) override;
    void contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId, qint64 waitMs,
                         qint64 atMs) override;
    void contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs, qint64 atMs) override;
    void contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs) override;
    void contactCompleted(qint64 interactionId, const QString &queueId, Channel channel, qint64 agentId,
                          qint64 customerId, qint64 talkMs, qint64 holdMs, qint64 afterCallWorkMs,
                          bool resolvedFlag, qint64 atMs) override;
    void csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                      qint64 atMs) override;
    void agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode, qint64 atMs) override;
    void agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs) override;
};

class RecordingListener final : public RoutingListener
{
public:
    QList<RoutingEvent> events;
    QList<RoutingEvent> ofType(RoutingEventType type) const;
    void routingEvent(const RoutingEvent &event) override;
};

// A queue for one channel set, with the given required skills ("sales>=3 & ko").
RoutingQueueConfig queue(const QString &id, const QString &skills,
                         SelectionStrategy strategy = SelectionStrategy::LongestIdle,
                         const QList<Channel> &channels = {Channel::Voice});

ChannelCapacity voiceOnly();
// An agent with skills given as {"sales": 5, ...} and voice-only capacity unless told otherwise.
Agent agent(qint64 id, const QMap<QString, int> &skills, const ChannelCapacity &capacity = voiceOnly());

ContactRequest call(const QString &queueId, qint64 customerId = 0);

} // namespace ContactDesk::RoutingTest
