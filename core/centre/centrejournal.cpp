#include "centrejournal.h"

#include "domain/agent.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

namespace ContactDesk {

CentreJournal::CentreJournal(Database &database, std::unique_ptr<RoutingJournal> inner)
    : m_database(database)
    , m_inner(std::move(inner))
    , m_interactions(std::make_unique<InteractionRepository>(database))
    , m_agents(std::make_unique<AgentRepository>(database))
{}

CentreJournal::~CentreJournal() = default;

std::optional<DomainError> CentreJournal::write(const JournalBatch &batch)
{
    const std::optional<DomainError> error = m_database.transaction([&]() -> std::optional<DomainError> {
        for (const RoutedContact *contact : batch.contacts) {
            Interaction row = contact->interaction;
            if (m_patch)
                m_patch(row);
            if (auto rowError = m_interactions->update(row)) {
                if (rowError->code == StoreErrorCode::NotFound) {
                    return DomainError{
                        QStringLiteral("interaction-not-stored"),
                                       QStringLiteral("The routing engine changed interaction %1, which the "
                                                      "store does not have: contacts must enter through "
                                                      "the contact centre")
                                                          .arg(row.id)};
                }
                return rowError;
            }
        }
        for (const RoutedAgent *routed : batch.agents) {
            Agent agent;
            agent.id = routed->agentId;
            agent.restoreState(routed->state, routed->reasonCode, routed->stateSinceMs);
            if (auto agentError = m_agents->updateState(agent))
                return agentError;
        }
        return m_inner->write(batch);
    });
    if (error)
        return error;
    if (m_written)
        m_written(batch);
    return std::nullopt;
}

std::variant<JournalState, DomainError> CentreJournal::load()
{
    return m_inner->load();
}

} // namespace ContactDesk
