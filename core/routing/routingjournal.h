#pragma once

#include "domain/domainerror.h"
#include "outboundcampaign.h"
#include "routedagent.h"
#include "routedcontact.h"

#include <QList>

#include <optional>
#include <variant>
#include <vector>

namespace ContactDesk {

// The last agent who served a customer, for last-agent affinity.
struct AffinityEntry
{
    qint64 customerId = 0;
    qint64 agentId = 0;
    qint64 servedMs = 0;
};

// Everything one event changed. A contact or campaign is written as it is now; a contact in a
// terminal state (closed, abandoned, blocked) is finished and no longer restored.
struct JournalBatch
{
    std::vector<const RoutedContact *> contacts;
    std::vector<const RoutedAgent *> agents;
    std::vector<AffinityEntry> affinity;
    std::vector<const OutboundCampaign *> campaigns;
    qint64 nextInteractionId = 0;
    qint64 nextPlaceSequence = 0;

    bool isEmpty() const
    {
        return contacts.empty() && agents.empty() && affinity.empty() && campaigns.empty();
    }
    void clear();
};

// What a journal gives back to a (re)starting engine.
struct JournalState
{
    QList<RoutedContact> contacts; // the ones not finished, ordered by id
    QList<RoutedAgent> agents;
    QList<AffinityEntry> affinity;
    QList<OutboundCampaign> campaigns;
    qint64 nextInteractionId = 1;
    qint64 nextPlaceSequence = 1;
};

// Where the routing engine writes each change before it acknowledges it. write() returns only
// when the whole batch is durable, or reports that none of it was written; the engine then
// forgets the change and answers with the error, so an acknowledged contact is never lost.
class RoutingJournal
{
public:
    virtual ~RoutingJournal() = default;

    virtual std::optional<DomainError> write(const JournalBatch &batch) = 0;
    virtual std::variant<JournalState, DomainError> load() = 0;
};

} // namespace ContactDesk
