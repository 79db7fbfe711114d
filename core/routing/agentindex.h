#pragma once

#include "domain/channel.h"
#include "domain/queue.h"

#include <QVarLengthArray>
#include <QtGlobal>

#include <set>
#include <span>
#include <vector>

namespace ContactDesk {

// The agents who could take a new contact right now, indexed so that choosing one never scans
// the agent list: one bucket per (skill, level, channel), holding the agents with exactly that
// level who have room on that channel.
//
// A bucket keeps agents in the order they became available, which is longest-idle order;
// most-skilled walks the buckets from level 10 down. Buckets are append-only arrays with lazy
// removal: taking an agent out only clears its listing stamp (one write in a compact array),
// and entries whose stamp no longer matches are skipped and compacted away later. That keeps a
// decision to a few cache lines however many agents there are, which is why it costs about the
// same at 1,000 and 100,000 agents. The other strategies keep, per bucket, an ordered set by
// their own key, built only once a queue uses them.
//
// Agents, skills and channels are small integers chosen by the engine. Skill 0 is reserved for
// "any agent": the engine gives it to everyone at level 10 when some queue needs it.
class AgentIndex final
{
public:
    struct SkillLevel
    {
        int skill;
        int level;
    };
    struct Requirement
    {
        int skill;
        int minimumLevel;
        bool operator==(const Requirement &other) const = default;
        auto operator<=>(const Requirement &other) const = default;
    };
    // Keys of the strategies that are not first-come-first-served, taken when the agent is listed.
    struct OrderKeys
    {
        qint64 occupancyPermille = 0;
        qint64 agentId = 0;
        qint64 contactsToday = 0;
    };

    void ensureSkillCount(int skillCount);
    // Adds the agent (unlisted) or replaces its skills; an agent must be unlisted to change them.
    // `skills` must be sorted by skill.
    void setAgentSkills(int agent, const std::vector<SkillLevel> &skills);
    void enableStrategy(SelectionStrategy strategy);

    // Puts the agent at the back of every bucket for its skills on the channels in `channelMask`
    // (bit n = Channel n). Unlists it first if it was listed.
    void list(int agent, unsigned channelMask, const OrderKeys &keys);
    void unlist(int agent);
    // New keys for the ordered strategies without moving the agent in first-come order (the
    // daily counters reset at midnight).
    void refreshKeys(int agent, const OrderKeys &keys);
    bool isListed(int agent) const { return listedChannels(agent) != 0; }
    unsigned listedChannels(int agent) const
    {
        return agent < int(m_agents.size()) ? m_agents[agent].channelMask : 0u;
    }
    int listedCount() const { return m_listedAgents; }

    int levelOf(int agent, int skill) const;
    bool meets(int agent, const std::vector<Requirement> &requirements) const;
    std::span<const SkillLevel> skillsOf(int agent) const
    {
        return {m_agents[agent].skills.constData(), std::size_t(m_agents[agent].skills.size())};
    }

    // The agent the strategy picks among the listed ones on `channel` who meet every requirement,
    // or -1. `primarySkill` is the skill most-skilled ranks by; `roundRobinAfter` is the agent id
    // the queue's round robin gave its last contact to.
    int select(Channel channel, const std::vector<Requirement> &requirements, int primarySkill,
               SelectionStrategy strategy, qint64 roundRobinAfter) const;

    // Listed agents on `channel` with `skill` at `minimumLevel` or more.
    int countListed(Channel channel, int skill, int minimumLevel) const;

private:
    static constexpr int LevelSlots = 11; // levels 1..10; slot 0 unused
    struct Listing
    {
        qint64 stamp; // the agent's listing stamp when it was appended
        int agent;
    };
    // Entries before `front` are gone; of the rest, those whose stamp is not the agent's current
    // one are stale. `count` is the number of live entries.
    struct Bucket
    {
        std::vector<Listing> entries;
        std::size_t front = 0;
        int count = 0;
        // A copy of entries[front] (when there is one), so that comparing the first agents of
        // ten levels reads ten neighbouring buckets and not ten arrays.
        Listing first{0, -1};
    };
    struct OrderedEntry
    {
        qint64 key;
        qint64 stamp;
        int agent;
        auto operator<=>(const OrderedEntry &other) const = default;
    };
    using OrderedSet = std::set<OrderedEntry>;
    enum OrderedKind
    {
        ByOccupancy,
        ByAgentId,
        ByContactsToday,
        OrderedKindCount,
    };
    struct AgentEntry
    {
        QVarLengthArray<SkillLevel, 6> skills;
        unsigned channelMask = 0;
        qint64 stamp = 0;
        OrderKeys keys;
    };

    static int bucketIndex(int skill, int channel, int level)
    {
        return (skill * ChannelCount + channel) * LevelSlots + level;
    }
    bool isLive(const Listing &listing) const
    {
        return m_stamps[std::size_t(listing.agent)] == listing.stamp;
    }
    // Drops stale entries at the front; returns the first live one or nullptr.
    const Listing *liveFront(Bucket &bucket) const;
    void compact(Bucket &bucket);
    static OrderedKind orderedKind(SelectionStrategy strategy);
    qint64 orderedKey(OrderedKind kind, const AgentEntry &entry) const;
    void insertOrdered(int agent);
    void eraseOrdered(int agent);
    const Requirement &driver(Channel channel, const std::vector<Requirement> &requirements) const;
    int selectFifo(Channel channel, const std::vector<Requirement> &requirements,
                   const Requirement &driver) const;
    int selectMostSkilled(Channel channel, const std::vector<Requirement> &requirements,
                          int primarySkill) const;
    int selectOrdered(Channel channel, const std::vector<Requirement> &requirements,
                      const Requirement &driver, OrderedKind kind, qint64 startKey) const;

    std::vector<AgentEntry> m_agents;
    std::vector<qint64> m_stamps; // per agent: its current listing stamp, 0 when unlisted
    // Dropping stale entries while selecting is housekeeping, not a change of what is listed.
    mutable std::vector<Bucket> m_buckets;
    std::vector<OrderedSet> m_ordered[OrderedKindCount];
    bool m_orderedEnabled[OrderedKindCount] = {false, false, false};
    int m_skillCount = 0;
    int m_listedAgents = 0;
    qint64 m_nextStamp = 1;
};

} // namespace ContactDesk
