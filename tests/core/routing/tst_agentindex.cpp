#include "routing/agentindex.h"

#include <QTest>

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

QTEST_APPLESS_MAIN(TestAgentIndex)
#include "tst_agentindex.moc"
