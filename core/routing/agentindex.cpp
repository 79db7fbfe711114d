#include "agentindex.h"

#include "domain/skill.h"

#include <algorithm>
#include <limits>

namespace ContactDesk {

void AgentIndex::ensureSkillCount(int skillCount)
{
    if (skillCount <= m_skillCount)
        return;
    m_skillCount = skillCount;
    const std::size_t bucketCount = std::size_t(skillCount) * ChannelCount * LevelSlots;
    m_buckets.resize(bucketCount);
    for (int kind = 0; kind < OrderedKindCount; ++kind) {
        if (m_orderedEnabled[kind])
            m_ordered[kind].resize(bucketCount);
    }
}

void AgentIndex::setAgentSkills(int agent, const std::vector<SkillLevel> &skills)
{
    if (agent >= int(m_agents.size())) {
        m_agents.resize(std::size_t(agent) + 1);
        m_stamps.resize(std::size_t(agent) + 1, 0);
    }
    AgentEntry &entry = m_agents[agent];
    Q_ASSERT(entry.channelMask == 0);
    int highestSkill = -1;
    for (const SkillLevel &skill : skills)
        highestSkill = std::max(highestSkill, skill.skill);
    ensureSkillCount(highestSkill + 1);
    entry.skills.clear();
    for (const SkillLevel &skill : skills)
        entry.skills.append(skill);
}

AgentIndex::OrderedKind AgentIndex::orderedKind(SelectionStrategy strategy)
{
    switch (strategy) {
    case SelectionStrategy::LeastOccupied:
        return ByOccupancy;
    case SelectionStrategy::RoundRobin:
        return ByAgentId;
    case SelectionStrategy::FewestContactsToday:
        return ByContactsToday;
    case SelectionStrategy::LongestIdle:
    case SelectionStrategy::MostSkilled:
        break;
    }
    return OrderedKindCount;
}

qint64 AgentIndex::orderedKey(OrderedKind kind, const AgentEntry &entry) const
{
    switch (kind) {
    case ByOccupancy:
        return entry.keys.occupancyPermille;
    case ByAgentId:
        return entry.keys.agentId;
    case ByContactsToday:
        return entry.keys.contactsToday;
    case OrderedKindCount:
        break;
    }
    return 0;
}

void AgentIndex::enableStrategy(SelectionStrategy strategy)
{
    const OrderedKind kind = orderedKind(strategy);
    if (kind == OrderedKindCount || m_orderedEnabled[kind])
        return;
    m_orderedEnabled[kind] = true;
    m_ordered[kind].resize(m_buckets.size());
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        const AgentEntry &entry = m_agents[agent];
        for (int channel = 0; channel < ChannelCount; ++channel) {
            if (!(entry.channelMask & (1u << channel)))
                continue;
            for (const SkillLevel &skill : entry.skills) {
                m_ordered[kind][bucketIndex(skill.skill, channel, skill.level)].insert(
                    OrderedEntry{orderedKey(kind, entry), entry.stamp, agent});
            }
        }
    }
}

void AgentIndex::insertOrdered(int agent)
{
    const AgentEntry &entry = m_agents[agent];
    for (int kind = 0; kind < OrderedKindCount; ++kind) {
        if (!m_orderedEnabled[kind])
            continue;
        const OrderedEntry item{orderedKey(OrderedKind(kind), entry), entry.stamp, agent};
        for (int channel = 0; channel < ChannelCount; ++channel) {
            if (!(entry.channelMask & (1u << channel)))
                continue;
            for (const SkillLevel &skill : entry.skills)
                m_ordered[kind][bucketIndex(skill.skill, channel, skill.level)].insert(item);
        }
    }
}

void AgentIndex::eraseOrdered(int agent)
{
    const AgentEntry &entry = m_agents[agent];
    for (int kind = 0; kind < OrderedKindCount; ++kind) {
        if (!m_orderedEnabled[kind])
            continue;
        const OrderedEntry item{orderedKey(OrderedKind(kind), entry), entry.stamp, agent};
        for (int channel = 0; channel < ChannelCount; ++channel) {
            if (!(entry.channelMask & (1u << channel)))
                continue;
            for (const SkillLevel &skill : entry.skills)
                m_ordered[kind][bucketIndex(skill.skill, channel, skill.level)].erase(item);
        }
    }
}

void AgentIndex::list(int agent, unsigned channelMask, const OrderKeys &keys)
{
    if (m_agents[agent].channelMask != 0)
        unlist(agent);
    if (channelMask == 0)
        return;
    AgentEntry &entry = m_agents[agent];
    entry.channelMask = channelMask;
    entry.stamp = m_nextStamp++;
    entry.keys = keys;
    m_stamps[std::size_t(agent)] = entry.stamp;
    for (int channel = 0; channel < ChannelCount; ++channel) {
        if (!(channelMask & (1u << channel)))
            continue;
        for (const SkillLevel &skill : entry.skills) {
            Bucket &bucket = m_buckets[bucketIndex(skill.skill, channel, skill.level)];
            if (bucket.front == bucket.entries.size())
                bucket.first = Listing{entry.stamp, agent};
            bucket.entries.push_back(Listing{entry.stamp, agent});
            ++bucket.count;
            // Stale or consumed entries may make up at most about half of a bucket, which keeps
            // compaction amortised O(1) per listing and the memory bounded.
            const std::size_t pending = bucket.entries.size() - bucket.front;
            if (pending > 2 * std::size_t(bucket.count) + 16 || bucket.front > pending + 16)
                compact(bucket);
        }
    }
    insertOrdered(agent);
    ++m_listedAgents;
}

void AgentIndex::unlist(int agent)
{
    if (agent >= int(m_agents.size()))
        return;
    AgentEntry &entry = m_agents[agent];
    if (entry.channelMask == 0)
        return;
    eraseOrdered(agent);
    for (int channel = 0; channel < ChannelCount; ++channel) {
        if (!(entry.channelMask & (1u << channel)))
            continue;
        for (const SkillLevel &skill : entry.skills)
            --m_buckets[bucketIndex(skill.skill, channel, skill.level)].count;
    }
    entry.channelMask = 0;
    m_stamps[std::size_t(agent)] = 0; // its entries are stale from now on
    --m_listedAgents;
}

const AgentIndex::Listing *AgentIndex::liveFront(Bucket &bucket) const
{
    if (bucket.front < bucket.entries.size() && isLive(bucket.first))
        return &bucket.first;
    while (bucket.front < bucket.entries.size() && !isLive(bucket.entries[bucket.front]))
        ++bucket.front;
    if (bucket.front == bucket.entries.size()) {
        bucket.entries.clear();
        bucket.front = 0;
        bucket.first = Listing{0, -1};
        return nullptr;
    }
    bucket.first = bucket.entries[bucket.front];
    return &bucket.first;
}

void AgentIndex::compact(Bucket &bucket)
{
    std::size_t kept = 0;
    for (std::size_t i = bucket.front; i < bucket.entries.size(); ++i) {
        if (isLive(bucket.entries[i]))
            bucket.entries[kept++] = bucket.entries[i];
    }
    bucket.entries.resize(kept);
    bucket.front = 0;
    bucket.first = kept > 0 ? bucket.entries.front() : Listing{0, -1};
}

void AgentIndex::refreshKeys(int agent, const OrderKeys &keys)
{
    if (agent >= int(m_agents.size()))
        return;
    if (m_agents[agent].channelMask == 0) {
        m_agents[agent].keys = keys;
        return;
    }
    eraseOrdered(agent);
    m_agents[agent].keys = keys;
    insertOrdered(agent);
}

int AgentIndex::levelOf(int agent, int skill) const
{
    for (const SkillLevel &entry : m_agents[agent].skills) {
        if (entry.skill == skill)
            return entry.level;
    }
    return 0;
}

bool AgentIndex::meets(int agent, const std::vector<Requirement> &requirements) const
{
    for (const Requirement &requirement : requirements) {
        if (levelOf(agent, requirement.skill) < requirement.minimumLevel)
            return false;
    }
    return true;
}

int AgentIndex::countListed(Channel channel, int skill, int minimumLevel) const
{
    if (skill < 0 || skill >= m_skillCount)
        return 0;
    int count = 0;
    const Bucket *levels = &m_buckets[bucketIndex(skill, int(channel), 0)];
    for (int level = std::max(minimumLevel, MinSkillLevel); level <= MaxSkillLevel; ++level)
        count += levels[level].count;
    return count;
}

const AgentIndex::Requirement &AgentIndex::driver(Channel channel,
                                                  const std::vector<Requirement> &requirements) const
{
    // Walk the rarest requirement: every candidate it yields is then checked against the others.
    const Requirement *best = &requirements.front();
    int bestCount = std::numeric_limits<int>::max();
    for (const Requirement &requirement : requirements) {
        const int count = countListed(channel, requirement.skill, requirement.minimumLevel);
        if (count < bestCount) {
            bestCount = count;
            best = &requirement;
        }
    }
    return *best;
}

int AgentIndex::select(Channel channel, const std::vector<Requirement> &requirements, int primarySkill,
                       SelectionStrategy strategy, qint64 roundRobinAfter) const
{
    if (requirements.empty())
        return -1;
    for (const Requirement &requirement : requirements) {
        if (requirement.skill < 0 || requirement.skill >= m_skillCount)
            return -1;
    }
    switch (strategy) {
    case SelectionStrategy::LongestIdle:
        return selectFifo(channel, requirements, driver(channel, requirements));
    case SelectionStrategy::MostSkilled:
        return selectMostSkilled(channel, requirements, primarySkill);
    case SelectionStrategy::RoundRobin: {
        const Requirement &walk = driver(channel, requirements);
        const int after = selectOrdered(channel, requirements, walk, ByAgentId, roundRobinAfter + 1);
        return after >= 0 ? after
                          : selectOrdered(channel, requirements, walk, ByAgentId,
                                          std::numeric_limits<qint64>::min());
    }
    case SelectionStrategy::LeastOccupied:
        return selectOrdered(channel, requirements, driver(channel, requirements), ByOccupancy,
                             std::numeric_limits<qint64>::min());
    case SelectionStrategy::FewestContactsToday:
        return selectOrdered(channel, requirements, driver(channel, requirements), ByContactsToday,
                             std::numeric_limits<qint64>::min());
    }
    return -1;
}

int AgentIndex::selectFifo(Channel channel, const std::vector<Requirement> &requirements,
                           const Requirement &walk) const
{
    // A k-way merge, by listing stamp, of the buckets for the walked skill at each level allowed.
    Bucket *buckets[LevelSlots];
    std::size_t cursors[LevelSlots];
    Listing heads[LevelSlots];
    int open = 0;
    Bucket *levels = &m_buckets[bucketIndex(walk.skill, int(channel), 0)];
    for (int level = std::max(walk.minimumLevel, MinSkillLevel); level <= MaxSkillLevel; ++level) {
        if (levels[level].count == 0)
            continue;
        if (const Listing *front = liveFront(levels[level])) {
            buckets[open] = &levels[level];
            cursors[open] = levels[level].front;
            heads[open] = *front;
            ++open;
        }
    }
    const bool onlyOneRequirement = requirements.size() == 1;
    while (open > 0) {
        int best = 0;
        for (int i = 1; i < open; ++i) {
            if (heads[i].stamp < heads[best].stamp)
                best = i;
        }
        if (onlyOneRequirement || meets(heads[best].agent, requirements))
            return heads[best].agent;
        // Next live entry of that bucket.
        std::size_t &cursor = cursors[best];
        const std::vector<Listing> &entries = buckets[best]->entries;
        do {
            ++cursor;
        } while (cursor < entries.size() && !isLive(entries[cursor]));
        if (cursor == entries.size()) {
            --open;
            buckets[best] = buckets[open];
            cursors[best] = cursors[open];
            heads[best] = heads[open];
        } else {
            heads[best] = entries[cursor];
        }
    }
    return -1;
}

int AgentIndex::selectMostSkilled(Channel channel, const std::vector<Requirement> &requirements,
                                  int primarySkill) const
{
    const Requirement *primary = nullptr;
    for (const Requirement &requirement : requirements) {
        if (requirement.skill == primarySkill)
            primary = &requirement;
    }
    if (!primary)
        primary = &requirements.front();
    Bucket *levels = &m_buckets[bucketIndex(primary->skill, int(channel), 0)];
    for (int level = MaxSkillLevel; level >= std::max(primary->minimumLevel, MinSkillLevel); --level) {
        Bucket &bucket = levels[level];
        if (bucket.count == 0 || !liveFront(bucket))
            continue;
        for (std::size_t i = bucket.front; i < bucket.entries.size(); ++i) {
            const Listing &listing = bucket.entries[i];
            if (isLive(listing) && meets(listing.agent, requirements))
                return listing.agent;
        }
    }
    return -1;
}

int AgentIndex::selectOrdered(Channel channel, const std::vector<Requirement> &requirements,
                              const Requirement &walk, OrderedKind kind, qint64 startKey) const
{
    if (!m_orderedEnabled[kind])
        return -1;
    OrderedSet::const_iterator cursors[LevelSlots];
    OrderedSet::const_iterator ends[LevelSlots];
    int open = 0;
    const OrderedEntry start{startKey, std::numeric_limits<qint64>::min(), std::numeric_limits<int>::min()};
    for (int level = std::max(walk.minimumLevel, MinSkillLevel); level <= MaxSkillLevel; ++level) {
        const OrderedSet &set = m_ordered[kind][bucketIndex(walk.skill, int(channel), level)];
        auto it = set.lower_bound(start);
        if (it != set.end()) {
            cursors[open] = it;
            ends[open] = set.end();
            ++open;
        }
    }
    while (open > 0) {
        int best = 0;
        for (int i = 1; i < open; ++i) {
            if (*cursors[i] < *cursors[best])
                best = i;
        }
        const int agent = cursors[best]->agent;
        if (meets(agent, requirements))
            return agent;
        if (++cursors[best] == ends[best]) {
            --open;
            cursors[best] = cursors[open];
            ends[best] = ends[open];
        }
    }
    return -1;
}

} // namespace ContactDesk
