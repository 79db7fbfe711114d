#pragma once

#include "domain/interaction.h"

#include <QString>

namespace ContactDesk {

// A contact as the routing engine holds it: the domain Interaction (state, times, queue, agent)
// plus where it stands in line and which timers it is subject to. This is also the record the
// engine journals, so that a restarted engine puts every contact back exactly where it was.
struct RoutedContact
{
    Interaction interaction;

    // Base priority plus the VIP boost; aging adds to it while the contact waits.
    int routingPriority = 0;
    bool vip = false;
    // The customer chose a callback: no longer on the line, cannot abandon, keeps their place.
    bool callback = false;
    // Told to the KPI feed as waiting in its queue, and not yet as answered, abandoned, moved out
    // or turned into a callback. Journaled: a restarted engine must report the answer.
    bool reportedWaiting = false;

    // Place in line in the current queue: contacts of equal priority are served in order of
    // placeMs, then placeSequence (which also orders contacts of the same millisecond).
    qint64 placeMs = 0;
    qint64 placeSequence = 0;

    int step = 0; // escalation step in the current queue
    qint64 stepSinceMs = 0;

    // Waiting for the customer's last agent until affinityUntilMs (0: not waiting for anyone).
    qint64 affinityAgentId = 0;
    qint64 affinityUntilMs = 0;

    qint64 offeredAgentId = 0; // while an offer is out
    qint64 offerExpiresMs = 0;

    qint64 workItemId = 0; // back-office work: served earliest due first
    qint64 dueAtMs = 0;
    QString campaignId; // proactive outbound

    // The current agent's part of the contact (a transfer starts a new part) ...
    qint64 segmentStartMs = 0;
    qint64 segmentHoldMs = 0; // the interaction's total hold when the part began
    // ... and the parts before it, reported together when the contact closes.
    qint64 priorTalkMs = 0;
    qint64 priorHoldMs = 0;

    bool isWaiting() const
    {
        return interaction.state() == InteractionState::Queued
               || interaction.state() == InteractionState::CallbackRequested;
    }
};

} // namespace ContactDesk
