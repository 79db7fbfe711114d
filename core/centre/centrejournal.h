#pragma once

#include "routing/routingjournal.h"

#include <functional>
#include <memory>

namespace ContactDesk {

class AgentRepository;
class Database;
class Interaction;
class InteractionRepository;

// The routing journal as the live centre uses it: each batch the engine writes goes to the
// interactions table (every changed contact's row) and the agents' stored state, and to the
// routing journal proper, in ONE store transaction. So an interaction is in the customer's
// timeline exactly when the engine has acknowledged it, and never half-way.
//
// Every contact the engine routes must already have its row (ContactCentre inserts it before
// the engine sees the contact); a batch naming an unknown interaction is refused.
class CentreJournal final : public RoutingJournal
{
public:
    // `inner` keeps the engine's own records; a store-backed one on the same Database joins the
    // transaction (as a savepoint).
    CentreJournal(Database &database, std::unique_ptr<RoutingJournal> inner);
    ~CentreJournal() override;
    Q_DISABLE_COPY_MOVE(CentreJournal)

    // Adds what the centre keeps beside the engine (a linked customer, notes) to a row before it
    // is written.
    void setPatch(std::function<void(Interaction &)> patch) { m_patch = std::move(patch); }
    // Told after a batch is durable, before the engine tells its listeners.
    void setWritten(std::function<void(const JournalBatch &)> written) { m_written = std::move(written); }

    std::optional<DomainError> write(const JournalBatch &batch) override;
    std::variant<JournalState, DomainError> load() override;

    RoutingJournal &inner() const { return *m_inner; }

private:
    Database &m_database;
    std::unique_ptr<RoutingJournal> m_inner;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<AgentRepository> m_agents;
    std::function<void(Interaction &)> m_patch;
    std::function<void(const JournalBatch &)> m_written;
};

} // namespace ContactDesk
