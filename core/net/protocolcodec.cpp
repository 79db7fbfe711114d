#include "protocolcodec.h"

#include <QJsonArray>

namespace ContactDesk::Protocol {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject toJson(const KpiCounters &counters)
{
    return {{QLatin1String("offered"), counters.offered},
            {QLatin1String("answered"), counters.answered},
            {QLatin1String("answeredInTarget"), counters.answeredInTarget},
            {QLatin1String("abandoned"), counters.abandoned},
            {QLatin1String("blocked"), counters.blocked},
            {QLatin1String("completed"), counters.completed},
            {QLatin1String("callbacks"), counters.callbacks},
            {QLatin1String("movedOut"), counters.movedOut},
            {QLatin1String("shortAbandoned"), counters.shortAbandoned},
            {QLatin1String("answerWaitMs"), counters.answerWaitMs},
            {QLatin1String("abandonWaitMs"), counters.abandonWaitMs},
            {QLatin1String("maxWaitMs"), counters.maxWaitMs},
            {QLatin1String("talkMs"), counters.talkMs},
            {QLatin1String("holdMs"), counters.holdMs},
            {QLatin1String("afterCallWorkMs"), counters.afterCallWorkMs},
            {QLatin1String("resolvedFlagged"), counters.resolvedFlagged},
            {QLatin1String("fcrFinalContacts"), counters.fcrFinalContacts},
            {QLatin1String("fcrFinalResolved"), counters.fcrFinalResolved},
            {QLatin1String("csatResponses"), counters.csatResponses},
            {QLatin1String("csatSatisfied"), counters.csatSatisfied},
            {QLatin1String("csatScoreSum"), counters.csatScoreSum}};
}

} // namespace

QJsonObject toJson(const AgentStatus &status)
{
    return {{QLatin1String("agentId"), status.agentId},
            {QLatin1String("state"), agentStateKey(status.state)},
            {QLatin1String("reasonCode"), status.reasonCode},
            {QLatin1String("sinceMs"), status.sinceMs},
            {QLatin1String("activeContacts"), status.activeContacts}};
}

QJsonObject toJson(const InteractionTimes &times)
{
    return {{QLatin1String("createdMs"), times.createdMs},
            {QLatin1String("queuedMs"), times.queuedMs},
            {QLatin1String("offeredMs"), times.offeredMs},
            {QLatin1String("connectedMs"), times.connectedMs},
            {QLatin1String("wrapUpMs"), times.wrapUpMs},
            {QLatin1String("closedMs"), times.closedMs},
            {QLatin1String("abandonedMs"), times.abandonedMs},
            {QLatin1String("callbackRequestedMs"), times.callbackRequestedMs},
            {QLatin1String("heldSinceMs"), times.heldSinceMs},
            {QLatin1String("totalHoldMs"), times.totalHoldMs}};
}

QJsonObject toJson(const ContactSummary &contact)
{
    return {{QLatin1String("interactionId"), contact.interactionId},
            {QLatin1String("channel"), channelKey(contact.channel)},
            {QLatin1String("direction"), directionKey(contact.direction)},
            {QLatin1String("state"), interactionStateKey(contact.state)},
            {QLatin1String("queueId"), contact.queueId},
            {QLatin1String("queueName"), contact.queueName},
            {QLatin1String("customerId"), contact.customerId},
            {QLatin1String("customerName"), contact.customerName},
            {QLatin1String("vip"), contact.vip},
            {QLatin1String("from"), contact.from},
            {QLatin1String("subject"), contact.subject},
            {QLatin1String("agentId"), contact.agentId},
            {QLatin1String("times"), toJson(contact.times)},
            {QLatin1String("offerExpiresAtMs"), contact.offerExpiresAtMs},
            {QLatin1String("muted"), contact.muted},
            {QLatin1String("callback"), contact.callback},
            {QLatin1String("campaign"), contact.campaign},
            {QLatin1String("workItemId"), contact.workItemId},
            {QLatin1String("consult"), consultStageKey(contact.consult)},
            {QLatin1String("consultAgentId"), contact.consultAgentId},
            {QLatin1String("consultAgentName"), contact.consultAgentName},
            {QLatin1String("consultInteractionId"), contact.consultInteractionId},
            {QLatin1String("consultForInteractionId"), contact.consultForInteractionId},
            {QLatin1String("supervision"), supervisionModeKey(contact.supervision)}};
}

QJsonObject toJson(const WallboardSnapshot &snapshot)
{
    QJsonArray queues;
    for (const WallboardQueue &queue : snapshot.queues) {
        QJsonArray channels;
        for (Channel channel : queue.channels)
            channels.append(channelKey(channel));
        queues.append(QJsonObject{{QLatin1String("queueId"), queue.queueId},
                                  {QLatin1String("name"), queue.name},
                                  {QLatin1String("channels"), channels},
                                  {QLatin1String("serviceLevelPercent"), queue.serviceLevelPercent},
                                  {QLatin1String("serviceLevelSeconds"), queue.serviceLevelSeconds},
                                  {QLatin1String("today"), toJson(queue.today)},
                                  {QLatin1String("waiting"), queue.waiting},
                                  {QLatin1String("longestWaitMs"), queue.longestWaitMs},
                                  {QLatin1String("estimatedWaitMs"), queue.estimatedWaitMs},
                                  {QLatin1String("callbacksWaiting"), queue.callbacksWaiting},
                                  {QLatin1String("agents"),
                                   QJsonObject{{QLatin1String("ready"), queue.agents.ready},
                                               {QLatin1String("busy"), queue.agents.busy},
                                               {QLatin1String("afterCallWork"), queue.agents.afterCallWork},
                                               {QLatin1String("notReady"), queue.agents.notReady}}}});
    }
    QJsonArray agents;
    for (const WallboardAgent &agent : snapshot.agents) {
        QJsonObject skills;
        for (auto it = agent.skills.cbegin(); it != agent.skills.cend(); ++it)
            skills.insert(it.key(), it.value());
        agents.append(QJsonObject{{QLatin1String("agentId"), agent.agentId},
                                  {QLatin1String("name"), agent.name},
                                  {QLatin1String("team"), agent.team},
                                  {QLatin1String("skills"), skills},
                                  {QLatin1String("queueIds"), QJsonArray::fromStringList(agent.queueIds)},
                                  {QLatin1String("state"), agentStateKey(agent.state)},
                                  {QLatin1String("reasonCode"), agent.reasonCode},
                                  {QLatin1String("stateSinceMs"), agent.stateSinceMs},
                                  {QLatin1String("contactId"), agent.contactId},
                                  {QLatin1String("contactChannel"), channelKey(agent.contactChannel)},
                                  {QLatin1String("contactQueueId"), agent.contactQueueId},
                                  {QLatin1String("activeContacts"), agent.activeContacts},
                                  {QLatin1String("supervision"), supervisionModeKey(agent.supervision)},
                                  {QLatin1String("handledToday"), agent.handledToday},
                                  {QLatin1String("ahtSeconds"), optionalNumber(agent.ahtSeconds)},
                                  {QLatin1String("occupancy"), optionalNumber(agent.occupancy)}});
    }
    return {{QLatin1String("nowMs"), snapshot.nowMs},
            {QLatin1String("dayStartMs"), snapshot.dayStartMs},
            {QLatin1String("queues"), queues},
            {QLatin1String("agents"), agents},
            {QLatin1String("handlingMs"), snapshot.handlingMs},
            {QLatin1String("readyIdleMs"), snapshot.readyIdleMs},
            {QLatin1String("notReadyIdleMs"), snapshot.notReadyIdleMs}};
}

} // namespace ContactDesk::Protocol
