#pragma once

#include "idtable.h"
#include "routingjournal.h"

#include <QHash>

#include <vector>

namespace ContactDesk {

// A journal that keeps the latest state in memory: for the simulator and the benchmark, and for
// tests that restart an engine within one process. It survives the engine, not the process.
class InMemoryRoutingJournal final : public RoutingJournal
{
public:
    std::optional<DomainError> write(const JournalBatch &batch) override;
    std::variant<JournalState, DomainError> load() override;

    int writes() const { return m_writes; }
    int openContacts() const { return int(m_contactIndex.size()); }

private:
    // Flat tables and pools: no allocation per contact once warmed up.
    IdTable m_contactIndex;
    std::vector<RoutedContact> m_contacts;
    std::vector<int> m_freeContacts;
    IdTable m_agentIndex;
    std::vector<RoutedAgent> m_agents;
    IdTable m_affinityIndex;
    std::vector<AffinityEntry> m_affinity;
    QHash<QString, OutboundCampaign> m_campaigns;
    qint64 m_nextInteractionId = 1;
    qint64 m_nextPlaceSequence = 1;
    int m_writes = 0;
};

} // namespace ContactDesk
