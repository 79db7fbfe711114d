#pragma once

#include "routingjournal.h"

namespace ContactDesk {

class Database;

// The durable routing journal: the engine's changes in the store's database (SQLite or
// PostgreSQL), one transaction per event, committed before the engine acknowledges the event.
// The tables (routing_contacts, routing_agents, routing_affinity, routing_campaigns,
// routing_counters) come from the store's migration 2. The Database must be open and stay open
// while the journal is used, on the journal's thread.
class SqlRoutingJournal final : public RoutingJournal
{
public:
    explicit SqlRoutingJournal(Database &database);

    std::optional<DomainError> write(const JournalBatch &batch) override;
    std::variant<JournalState, DomainError> load() override;

private:
    Database &m_database;
};

} // namespace ContactDesk
