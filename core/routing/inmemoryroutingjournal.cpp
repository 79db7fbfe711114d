#include "inmemoryroutingjournal.h"

#include <algorithm>

namespace ContactDesk {

std::optional<DomainError> InMemoryRoutingJournal::write(const JournalBatch &batch)
{
    for (const RoutedContact *contact : batch.contacts) {
        if (contact->interaction.isTerminal())
            m_contacts.erase(contact->interaction.id);
        else
            m_contacts.insert_or_assign(contact->interaction.id, *contact);
    }
    for (const RoutedAgent *agent : batch.agents)
        m_agents.insert_or_assign(agent->agentId, *agent);
    for (const AffinityEntry &entry : batch.affinity)
        m_affinity.insert_or_assign(entry.customerId, entry);
    for (const OutboundCampaign *campaign : batch.campaigns)
        m_campaigns.insert(campaign->id, *campaign);
    m_nextInteractionId = std::max(m_nextInteractionId, batch.nextInteractionId);
    m_nextPlaceSequence = std::max(m_nextPlaceSequence, batch.nextPlaceSequence);
    ++m_writes;
    return std::nullopt;
}

std::variant<JournalState, DomainError> InMemoryRoutingJournal::load()
{
    JournalState state;
    for (const auto &[id, contact] : m_contacts)
        state.contacts.append(contact);
    std::sort(
        state.contacts.begin(), state.contacts.end(),
        [](const RoutedContact &a, const RoutedContact &b) { return a.interaction.id < b.interaction.id; });
    for (const auto &[id, agent] : m_agents)
        state.agents.append(agent);
    std::sort(state.agents.begin(), state.agents.end(),
              [](const RoutedAgent &a, const RoutedAgent &b) { return a.agentId < b.agentId; });
    for (const auto &[id, entry] : m_affinity)
        state.affinity.append(entry);
    std::sort(state.affinity.begin(), state.affinity.end(),
              [](const AffinityEntry &a, const AffinityEntry &b) { return a.customerId < b.customerId; });
    for (const OutboundCampaign &campaign : std::as_const(m_campaigns))
        state.campaigns.append(campaign);
    std::sort(state.campaigns.begin(), state.campaigns.end(),
              [](const OutboundCampaign &a, const OutboundCampaign &b) { return a.id < b.id; });
    state.nextInteractionId = m_nextInteractionId;
    state.nextPlaceSequence = m_nextPlaceSequence;
    return state;
}

} // namespace ContactDesk
