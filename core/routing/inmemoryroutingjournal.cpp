#include "inmemoryroutingjournal.h"

#include <algorithm>

namespace ContactDesk {

std::optional<DomainError> InMemoryRoutingJournal::write(const JournalBatch &batch)
{
    for (const RoutedContact *contact : batch.contacts) {
        const qint64 id = contact->interaction.id;
        const int slot = m_contactIndex.value(id);
        if (contact->interaction.isTerminal()) {
            if (slot >= 0) {
                m_contactIndex.erase(id);
                m_freeContacts.push_back(slot);
            }
        } else if (slot >= 0) {
            m_contacts[std::size_t(slot)] = *contact;
        } else if (!m_freeContacts.empty()) {
            const int reused = m_freeContacts.back();
            m_freeContacts.pop_back();
            m_contacts[std::size_t(reused)] = *contact;
            m_contactIndex.emplace(id, reused);
        } else {
            m_contacts.push_back(*contact);
            m_contactIndex.emplace(id, int(m_contacts.size() - 1));
        }
    }
    for (const RoutedAgent *agent : batch.agents) {
        const int slot = m_agentIndex.value(agent->agentId);
        if (slot >= 0) {
            m_agents[std::size_t(slot)] = *agent;
        } else {
            m_agents.push_back(*agent);
            m_agentIndex.emplace(agent->agentId, int(m_agents.size() - 1));
        }
    }
    for (const AffinityEntry &entry : batch.affinity) {
        const int slot = m_affinityIndex.value(entry.customerId);
        if (slot >= 0) {
            m_affinity[std::size_t(slot)] = entry;
        } else {
            m_affinity.push_back(entry);
            m_affinityIndex.emplace(entry.customerId, int(m_affinity.size() - 1));
        }
    }
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
    m_contactIndex.forEach([&](qint64, int slot) { state.contacts.append(m_contacts[std::size_t(slot)]); });
    std::sort(
        state.contacts.begin(), state.contacts.end(),
        [](const RoutedContact &a, const RoutedContact &b) { return a.interaction.id < b.interaction.id; });
    for (const RoutedAgent &agent : m_agents)
        state.agents.append(agent);
    std::sort(state.agents.begin(), state.agents.end(),
              [](const RoutedAgent &a, const RoutedAgent &b) { return a.agentId < b.agentId; });
    for (const AffinityEntry &entry : m_affinity)
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
