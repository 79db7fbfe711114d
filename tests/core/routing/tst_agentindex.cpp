#include "routing/agentindex.h"

#include <QTest>

#include <map>
#include <random>

using namespace ContactDesk;

namespace {

constexpr unsigned VoiceOnly = 1u << int(Channel::Voice);
constexpr unsigned ChatOnly = 1u << int(Channel::Chat);

AgentIndex::OrderKeys keys(qint64 agentId, qint64 occupancy = 0, qint64 today = 0)
{
    return AgentIndex::OrderKeys{occupancy, agentId, today};
}

} // namespace

class TestAgentIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestIdleIsFirstListedAcrossLevels();
    void minimumLevelAndChannelAreRespected();
    void everyRequirementMustBeMet();
    void mostSkilledWalksLevelsDownward();
    void orderedStrategiesUseTheirKeys();
    void roundRobinWrapsAround();
    void unlistedAgentsAreNeverChosen();
    void agreesWithABruteForceScan();
};

void TestAgentIndex::longestIdleIsFirstListedAcrossLevels()
{
    AgentIndex index;
    index.setAgentSkills(0, {{1, 3}});
    index.setAgentSkills(1, {{1, 9}});
    index.setAgentSkills(2, {{1, 5}});
    index.list(2, VoiceOnly, keys(12));
    index.list(0, VoiceOnly, keys(10));
    index.list(1, VoiceOnly, keys(11));
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::LongestIdle, 0), 2);
    index.list(2, VoiceOnly, keys(12)); // relisting moves to the back
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::LongestIdle, 0), 0);
    QCOMPARE(index.countListed(Channel::Voice, 1, 4), 2);
    QCOMPARE(index.listedCount(), 3);
}

void TestAgentIndex::minimumLevelAndChannelAreRespected()
{
    AgentIndex index;
    index.setAgentSkills(0, {{1, 3}});
    index.setAgentSkills(1, {{1, 6}});
    index.list(0, VoiceOnly, keys(10));
    index.list(1, ChatOnly, keys(11));
    QCOMPARE(index.select(Channel::Voice, {{1, 4}}, 1, SelectionStrategy::LongestIdle, 0), -1);
    QCOMPARE(index.select(Channel::Chat, {{1, 4}}, 1, SelectionStrategy::LongestIdle, 0), 1);
    QCOMPARE(index.select(Channel::Email, {{1, 1}}, 1, SelectionStrategy::LongestIdle, 0), -1);
    QCOMPARE(index.select(Channel::Voice, {{7, 1}}, 7, SelectionStrategy::LongestIdle, 0),
             -1); // unknown skill
}

void TestAgentIndex::everyRequirementMustBeMet()
{
    AgentIndex index;
    index.setAgentSkills(0, {{1, 9}});
    index.setAgentSkills(1, {{1, 4}, {2, 8}});
    index.setAgentSkills(2, {{1, 8}, {2, 2}});
    for (int agent : {0, 1, 2})
        index.list(agent, VoiceOnly, keys(10 + agent));
    const std::vector<AgentIndex::Requirement> both{{1, 3}, {2, 5}};
    QCOMPARE(index.select(Channel::Voice, both, 1, SelectionStrategy::LongestIdle, 0), 1);
    QCOMPARE(index.select(Channel::Voice, both, 1, SelectionStrategy::MostSkilled, 0), 1);
    QVERIFY(index.meets(1, both));
    QVERIFY(!index.meets(2, both));
}

void TestAgentIndex::mostSkilledWalksLevelsDownward()
{
    AgentIndex index;
    index.setAgentSkills(0, {{1, 5}, {2, 9}});
    index.setAgentSkills(1, {{1, 8}, {2, 1}});
    index.list(0, VoiceOnly, keys(10));
    index.list(1, VoiceOnly, keys(11));
    // Ranked by the primary skill of the requirement.
    QCOMPARE(index.select(Channel::Voice, {{1, 1}, {2, 1}}, 1, SelectionStrategy::MostSkilled, 0), 1);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}, {2, 1}}, 2, SelectionStrategy::MostSkilled, 0), 0);
}

void TestAgentIndex::orderedStrategiesUseTheirKeys()
{
    AgentIndex index;
    index.enableStrategy(SelectionStrategy::LeastOccupied);
    for (int agent : {0, 1, 2})
        index.setAgentSkills(agent, {{1, 5}});
    index.list(0, VoiceOnly, keys(10, 700, 3));
    index.list(1, VoiceOnly, keys(11, 200, 9));
    index.list(2, VoiceOnly, keys(12, 500, 1));
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::LeastOccupied, 0), 1);
    // Enabled late: built from the agents already listed.
    index.enableStrategy(SelectionStrategy::FewestContactsToday);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::FewestContactsToday, 0), 2);
    index.refreshKeys(2, keys(12, 500, 20)); // e.g. counters reset elsewhere
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::FewestContactsToday, 0), 0);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::LongestIdle, 0),
             0); // order unchanged
}

void TestAgentIndex::roundRobinWrapsAround()
{
    AgentIndex index;
    index.enableStrategy(SelectionStrategy::RoundRobin);
    for (int agent : {0, 1, 2}) {
        index.setAgentSkills(agent, {{1, 5}});
        index.list(agent, VoiceOnly, keys(100 + agent));
    }
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::RoundRobin, 0), 0);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::RoundRobin, 100), 1);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::RoundRobin, 101), 2);
    QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, SelectionStrategy::RoundRobin, 102), 0);
}

void TestAgentIndex::unlistedAgentsAreNeverChosen()
{
    AgentIndex index;
    index.enableStrategy(SelectionStrategy::RoundRobin);
    index.setAgentSkills(0, {{1, 5}});
    index.setAgentSkills(1, {{1, 5}});
    index.list(0, VoiceOnly | ChatOnly, keys(10));
    index.list(1, VoiceOnly, keys(11));
    index.unlist(0);
    index.unlist(0);
    QVERIFY(!index.isListed(0));
    for (SelectionStrategy strategy :
         {SelectionStrategy::LongestIdle, SelectionStrategy::MostSkilled, SelectionStrategy::RoundRobin})
        QCOMPARE(index.select(Channel::Voice, {{1, 1}}, 1, strategy, 0), 1);
    QCOMPARE(index.select(Channel::Chat, {{1, 1}}, 1, SelectionStrategy::LongestIdle, 0), -1);
}

void TestAgentIndex::agreesWithABruteForceScan()
{
    // Thousands of random listings and removals (which leave stale entries behind and trigger
    // compaction), each followed by queries checked against a scan of a plain model.
    constexpr int Agents = 60;
    constexpr int Skills = 5;
    std::mt19937_64 random(11);
    const auto pick = [&random](int bound) { return int(random() % quint64(bound)); };
    AgentIndex index;
    index.enableStrategy(SelectionStrategy::RoundRobin);
    std::vector<std::vector<AgentIndex::SkillLevel>> skills(Agents);
    for (int agent = 0; agent < Agents; ++agent) {
        for (int skill = 1; skill <= Skills; ++skill) {
            if (pick(2) == 0)
                skills[agent].push_back({skill, 1 + pick(10)});
        }
        index.setAgentSkills(agent, skills[agent]);
    }
    std::vector<qint64> listedAt(Agents, 0); // model: listing order, 0 = not listed
    std::vector<unsigned> masks(Agents, 0);
    qint64 clock = 0;
    const auto level = [&skills](int agent, int skill) {
        for (const AgentIndex::SkillLevel &entry : skills[agent]) {
            if (entry.skill == skill)
                return entry.level;
        }
        return 0;
    };
    for (int step = 0; step < 20000; ++step) {
        const int agent = pick(Agents);
        if (pick(3) == 0) {
            index.unlist(agent);
            listedAt[agent] = 0;
            masks[agent] = 0;
        } else {
            const unsigned mask = pick(4) == 0 ? (VoiceOnly | ChatOnly) : VoiceOnly;
            index.list(agent, mask, keys(agent));
            listedAt[agent] = ++clock;
            masks[agent] = mask;
        }
        const std::vector<AgentIndex::Requirement> requirements =
            pick(3) == 0 ? std::vector<AgentIndex::Requirement>{{1 + pick(Skills), 1 + pick(10)},
                                                                {1 + pick(Skills), 1 + pick(6)}}
                         : std::vector<AgentIndex::Requirement>{{1 + pick(Skills), 1 + pick(10)}};
        const Channel channel = pick(3) == 0 ? Channel::Chat : Channel::Voice;
        int longestIdle = -1;
        int mostSkilled = -1;
        int lowestId = -1; // round robin from the start: the agent with the lowest id
        for (int candidate = 0; candidate < Agents; ++candidate) {
            if (!(masks[candidate] & (1u << int(channel))))
                continue;
            bool ok = true;
            for (const AgentIndex::Requirement &requirement : requirements)
                ok = ok && level(candidate, requirement.skill) >= requirement.minimumLevel;
            if (!ok)
                continue;
            if (longestIdle < 0 || listedAt[candidate] < listedAt[longestIdle])
                longestIdle = candidate;
            if (lowestId < 0)
                lowestId = candidate;
            const int primary = requirements.front().skill;
            if (mostSkilled < 0 || level(candidate, primary) > level(mostSkilled, primary)
                || (level(candidate, primary) == level(mostSkilled, primary)
                    && listedAt[candidate] < listedAt[mostSkilled]))
                mostSkilled = candidate;
        }
        QCOMPARE(index.select(channel, requirements, requirements.front().skill,
                              SelectionStrategy::LongestIdle, 0),
                 longestIdle);
        QCOMPARE(index.select(channel, requirements, requirements.front().skill,
                              SelectionStrategy::MostSkilled, 0),
                 mostSkilled);
        QCOMPARE(index.select(channel, requirements, requirements.front().skill,
                              SelectionStrategy::RoundRobin, -1),
                 lowestId);
        int listed = 0;
        for (unsigned mask : masks)
            listed += mask != 0 ? 1 : 0;
        QCOMPARE(index.listedCount(), listed);
    }
}

QTEST_APPLESS_MAIN(TestAgentIndex)
#include "tst_agentindex.moc"
