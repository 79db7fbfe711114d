#pragma once

#include "domain/agent.h"
#include "domain/interaction.h"

#include <QString>

namespace ContactDesk {

enum class RoutingEventType
{
    ContactChanged,  // a contact changed state (contactState)
    OfferMade,       // a contact was offered to an agent (expiresAtMs)
    OfferWithdrawn,  // an offer ended without acceptance (reasonCode: missed, rejected, abandoned, withdrawn)
    AgentChanged,    // an agent's presence changed (agentState, reasonCode)
    CallbackOffered, // the wait is long enough to offer the customer a callback (estimatedWaitMs)
};

// One thing that happened in the engine, told after it was journaled.
struct RoutingEvent
{
    RoutingEventType type = RoutingEventType::ContactChanged;
    qint64 atMs = 0;
    qint64 interactionId = 0;
    qint64 agentId = 0;
    QString queueId;
    InteractionState contactState = InteractionState::Created;
    AgentState agentState = AgentState::LoggedOut;
    QString reasonCode;
    qint64 expiresAtMs = 0;
    qint64 estimatedWaitMs = 0;
};

// Told about every event, in order, once it is durable. A listener may call back into the engine
// (accept an offer, say); that call is handled as a new event after the current one.
class RoutingListener
{
public:
    virtual ~RoutingListener() = default;
    virtual void routingEvent(const RoutingEvent &event) = 0;
};

} // namespace ContactDesk
