#pragma once

#include "routingjournal.h"

#include <QHash>

#include <unordered_map>

namespace ContactDesk {

// A journal that keeps the latest state in memory: for the simulator and the benchmark, and for
// tests that restart an engine within one process. It survives the engine, not the process.
class InMemoryRoutingJournal final : public RoutingJournal
{
public:
    std::optional<DomainError> write(const JournalBatch &batch) override;
    std::variant<JournalState, DomainError> load() override;

    int writes() const { return m_writes; }
    int openContacts() const { return int(m_contacts.size()); }

private:
    std::unordered_map<qint64, RoutedContact> m_contacts;
    std::unordered_map<qint64, RoutedAgent> m_agents;
    std::unordered_map<qint64, AffinityEntry> m_affinity;
    QHash<QString, OutboundCampaign> m_campaigns;
    qint64 m_nextInteractionId = 1;
    qint64 m_nextPlaceSequence = 1;
    int m_writes = 0;
};

} // namespace ContactDesk
