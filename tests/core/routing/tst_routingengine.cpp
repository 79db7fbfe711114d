#include "routing/inmemoryroutingjournal.h"
#include "routing/routingengine.h"
#include "routing/virtualclock.h"
#include "routingtestsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::RoutingTest;

namespace {

// One engine on a virtual clock, with an in-memory journal, a recording KPI feed and listener.
struct Rig
{
    VirtualClock clock{StartMs};
    InMemoryRoutingJournal journal;
    RecordingKpiFeed kpi;
    RecordingListener listener;
    std::unique_ptr<RoutingEngine> engine;

    Rig()
        : engine(std::make_unique<RoutingEngine>(clock, &journal, &kpi))
    {
        engine->addListener(&listener);
    }

    void addQueue(const RoutingQueueConfig &config) { QVERIFY(!engine->configureQueue(config)); }
    void addAgent(const Agent &agent) { QVERIFY(!engine->configureAgent(agent)); }
    void ready(qint64 agentId) { QVERIFY(!engine->setAgentState(agentId, AgentState::Ready)); }
    qint64 arrive(const ContactRequest &request)
    {
        const ArrivalResult result = engine->contactArrived(request);
        if (result.error)
            qWarning() << result.error->message;
        return result.interactionId;
    }
    void advanceSeconds(double seconds) { clock.advanceBy(qint64(seconds * 1000)); }
    // Accepts whatever the agent is offered and returns its id (0 when nothing was offered).
    qint64 acceptOffer(qint64 agentId)
    {
        const qint64 offered = engine->pendingOffer(agentId);
        if (offered != 0 && engine->acceptOffer(agentId, offered))
            return -1;
        return offered;
    }
    InteractionState state(qint64 interactionId) const
    {
        const RoutedContact *contact = engine->contact(interactionId);
        return contact ? contact->interaction.state() : InteractionState::Closed;
    }
    QString agentState(qint64 agentId) const
    {
        const RoutedAgent *agent = engine->agent(agentId);
        return agentStateKey(agent->state)
               + (agent->reasonCode.isEmpty() ? QString() : u':' + agent->reasonCode);
    }
};

#define CHECK_INVARIANTS(rig)                                           \
    do {                                                                \
        const QStringList problems = (rig).engine->checkInvariants();   \
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n'))); \
    } while (false)

} // namespace

class TestRoutingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestIdleOffersTheAgentWaitingLongest();
    void mostSkilledOffersTheHighestLevel();
    void roundRobinGoesAroundInAgentOrder();
    void leastOccupiedPrefersTheLeastBusyAgent();
    void fewestContactsTodayPrefersTheLeastUsedAgent();
    void higherPriorityIsServedFirst();
    void agingLetsAnOldLowPriorityContactThrough();
    void vipJumpsTheLine();
    void vipWaitsForASkilledEnoughAgent();
    void affinityOffersTheLastAgentWhenFree();
    void affinityWaitsForTheLastAgentThenFallsBack();
    void affinityEndsWhenTheLastAgentFreesUp();
    void escalationWidensTheSearchStepByStep();
    void overflowMovesTheContactToAnotherQueue();
    void callbackKeepsThePlaceAndIsNotAnAbandon();
    void missedOfferGoesBackToTheFrontAndAgentIsNotReadyMissed();
    void rejectedOfferGoesBackToItsPlaceAndAgentIsNotReadyRejected();
    void chatCapacityLimitsConcurrentContacts();
    void voiceCallBlocksOtherChannelsWhenConfigured();
    void workItemsNeverInterruptACallAndGoByDueTime();
    void outboundPacingNeverExceedsIdleAgents();
    void fullQueueBlocksNewContacts();
    void estimatedWaitFollowsTheDocumentedFormula();
    void abandonWhileRingingFreesTheAgent();
    void afterCallWorkKeepsTheAgentThenEndsByItself();
    void manualWrapUpEndsWithFinishOrReady();
    void holdTimeIsReportedApartFromTalk();
    void transferToQueueStartsANewWaitAndReportsOneCompletion();
    void transferToAgentOffersDirectlyOrIsRefused();
    void logoutIsRefusedWithOpenContactsAndReturnsAPendingOffer();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void restartRestoresTheLineInOrder();
    void listenerMayAcceptOffersFromInsideItsCallback();
    void kpiFeedSeesEveryEventInOrderWithClockTime();
};

void TestRoutingEngine::longestIdleOffersTheAgentWaitingLongest()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    for (qint64 id : {1, 2, 3})
        rig.addAgent(agent(id, {{QStringLiteral("sales"), 5}}));
    rig.ready(2);
    rig.advanceSeconds(1);
    rig.ready(3);
    rig.advanceSeconds(1);
    rig.ready(1);

    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(2), first);
    QCOMPARE(rig.acceptOffer(2), first);
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(3), second);
    rig.acceptOffer(3);

    rig.advanceSeconds(10);
    QVERIFY(!rig.engine->endContact(first)); // agent 2 is idle again, but only since now
    const qint64 third = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(1), third);
    rig.acceptOffer(1);
    const qint64 fourth = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(2), fourth);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::mostSkilledOffersTheHighestLevel()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales"), SelectionStrategy::MostSkilled));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 3}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 9}}));
    rig.addAgent(agent(3, {{QStringLiteral("sales"), 5}}));
    for (qint64 id : {1, 2, 3}) {
        rig.ready(id);
        rig.advanceSeconds(1);
    }
    QList<qint64> offeredTo;
    for (int i = 0; i < 3; ++i) {
        rig.arrive(call(QStringLiteral("sales")));
        for (qint64 id : {1, 2, 3}) {
            if (rig.engine->pendingOffer(id) != 0 && rig.acceptOffer(id) > 0)
                offeredTo.append(id);
        }
    }
    QCOMPARE(offeredTo, (QList<qint64>{2, 3, 1}));
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::roundRobinGoesAroundInAgentOrder()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales"), SelectionStrategy::RoundRobin));
    for (qint64 id : {3, 1, 2}) { // longest idle would go 3, 1, 2
        rig.addAgent(agent(id, {{QStringLiteral("sales"), 5}}));
        rig.ready(id);
        rig.advanceSeconds(1);
    }
    QList<qint64> offeredTo;
    for (int i = 0; i < 6; ++i) {
        const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
        for (qint64 id : {1, 2, 3}) {
            if (rig.engine->pendingOffer(id) == contact) {
                offeredTo.append(id);
                rig.acceptOffer(id);
            }
        }
        rig.advanceSeconds(1);
        QVERIFY(!rig.engine->endContact(contact));
    }
    QCOMPARE(offeredTo, (QList<qint64>{1, 2, 3, 1, 2, 3}));
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::leastOccupiedPrefersTheLeastBusyAgent()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales"), SelectionStrategy::LeastOccupied));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 busy = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    rig.advanceSeconds(3000);
    QVERIFY(!rig.engine->endContact(busy)); // agent 1: busy all of its 3000 s so far
    rig.advanceSeconds(500);
    rig.ready(2); // agent 2: idle, but for less time than agent 1
    rig.advanceSeconds(100);

    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(2), contact);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::fewestContactsTodayPrefersTheLeastUsedAgent()
{
    Rig rig;
    rig.addQueue(
        queue(QStringLiteral("sales"), QStringLiteral("sales"), SelectionStrategy::FewestContactsToday));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    for (int i = 0; i < 2; ++i) {
        const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
        rig.acceptOffer(1);
        rig.advanceSeconds(5);
        QVERIFY(!rig.engine->endContact(contact));
    }
    rig.advanceSeconds(10);
    rig.ready(2);
    rig.advanceSeconds(10);
    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(2), contact);
    QCOMPARE(rig.engine->agent(1)->contactsToday, 2);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::higherPriorityIsServedFirst()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    ContactRequest low = call(QStringLiteral("sales"));
    low.priority = 10;
    ContactRequest high = call(QStringLiteral("sales"));
    high.priority = 50;
    const qint64 lowId = rig.arrive(low);
    rig.advanceSeconds(60);
    const qint64 highId = rig.arrive(high);
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), (QList<qint64>{highId, lowId}));
    rig.advanceSeconds(60);
    rig.ready(1);
    QCOMPARE(rig.engine->pendingOffer(1), highId);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::agingLetsAnOldLowPriorityContactThrough()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.agingPointsPerMinute = 10;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    ContactRequest low = call(QStringLiteral("sales"));
    low.priority = 10;
    ContactRequest high = call(QStringLiteral("sales"));
    high.priority = 50;
    const qint64 lowId = rig.arrive(low);
    rig.advanceSeconds(5 * 60);
    const qint64 highId = rig.arrive(high);
    // At 5 min the low one has aged to 60 against 50: it is already ahead.
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), (QList<qint64>{lowId, highId}));
    rig.advanceSeconds(60);
    rig.ready(1);
    QCOMPARE(rig.engine->pendingOffer(1), lowId);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::vipJumpsTheLine()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    QList<qint64> regular;
    for (int i = 0; i < 3; ++i) {
        regular.append(rig.arrive(call(QStringLiteral("sales"))));
        rig.advanceSeconds(10);
    }
    ContactRequest vip = call(QStringLiteral("sales"), 42);
    vip.vip = true;
    const qint64 vipId = rig.arrive(vip);
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")).first(), vipId);
    QCOMPARE(rig.engine->contact(vipId)->routingPriority, 70);
    rig.ready(1);
    QCOMPARE(rig.engine->pendingOffer(1), vipId);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::vipWaitsForASkilledEnoughAgent()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.vipMinimumLevel = 8;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 9}}));
    rig.ready(1);
    ContactRequest vip = call(QStringLiteral("sales"), 42);
    vip.vip = true;
    const qint64 vipId = rig.arrive(vip);
    QCOMPARE(rig.state(vipId), InteractionState::Queued);
    QCOMPARE(rig.engine->pendingOffer(1), 0);

    const qint64 regular = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(1), regular); // the VIP waits, the regular caller does not
    rig.ready(2);
    QCOMPARE(rig.engine->pendingOffer(2), vipId);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::affinityOffersTheLastAgentWhenFree()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.affinityDays = 7;
    config.affinityWaitSeconds = 30;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(2);
    const qint64 first = rig.arrive(call(QStringLiteral("sales"), 77));
    rig.acceptOffer(2);
    rig.advanceSeconds(1);
    rig.ready(1); // agent 1 will be the longest idle ... but agent 2 served customer 77
    rig.advanceSeconds(60);
    QVERIFY(!rig.engine->endContact(first));
    rig.advanceSeconds(40);

    const qint64 second = rig.arrive(call(QStringLiteral("sales"), 77));
    QCOMPARE(rig.engine->pendingOffer(2), second);
    QCOMPARE(rig.engine->contact(second)->affinityAgentId, 2);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::affinityWaitsForTheLastAgentThenFallsBack()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.affinityDays = 7;
    config.affinityWaitSeconds = 30;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    rig.arrive(call(QStringLiteral("sales"), 77));
    rig.acceptOffer(1); // agent 1 serves customer 77 and stays on that call
    rig.ready(2);

    const qint64 again = rig.arrive(call(QStringLiteral("sales"), 77));
    QCOMPARE(rig.state(again), InteractionState::Queued);
    QCOMPARE(rig.engine->pendingOffer(2), 0);
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), QList<qint64>{again});
    CHECK_INVARIANTS(rig);

    rig.clock.advanceBy(29'999);
    QCOMPARE(rig.engine->pendingOffer(2), 0);
    rig.clock.advanceBy(1);
    QCOMPARE(rig.engine->pendingOffer(2), again);

    // Another customer with no history is not held up at all.
    const qint64 stranger = rig.arrive(call(QStringLiteral("sales"), 78));
    QCOMPARE(rig.state(stranger), InteractionState::Queued);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::affinityEndsWhenTheLastAgentFreesUp()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.affinityDays = 7;
    config.affinityWaitSeconds = 30;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales"), 77));
    rig.acceptOffer(1);
    rig.ready(2);
    const qint64 again = rig.arrive(call(QStringLiteral("sales"), 77));
    rig.advanceSeconds(12);
    QVERIFY(!rig.engine->endContact(first));
    QCOMPARE(rig.engine->pendingOffer(1), again);
    QCOMPARE(rig.engine->pendingOffer(2), 0);

    // Outside the affinity window (more than 7 days later), nobody waits for agent 1.
    rig.acceptOffer(1);
    rig.advanceSeconds(8 * 86400);
    const qint64 late = rig.arrive(call(QStringLiteral("sales"), 77));
    QCOMPARE(rig.engine->pendingOffer(2), late);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::escalationWidensTheSearchStepByStep()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.steps = {EscalationStep{{SkillRequirement{QStringLiteral("sales"), 7}}, 30},
                                   EscalationStep{{SkillRequirement{QStringLiteral("sales"), 4}}, 30},
                                                  EscalationStep{{}, 0}};
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 2}}));
    rig.addAgent(agent(3, {{QStringLiteral("support"), 9}}));
    for (qint64 id : {1, 2, 3})
        rig.ready(id);

    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.state(contact), InteractionState::Queued);
    rig.clock.advanceBy(29'999);
    QCOMPARE(rig.engine->pendingOffer(1), 0);
    rig.clock.advanceBy(1);
    QCOMPARE(rig.engine->pendingOffer(1), contact); // level >= 4 after 30 s
    rig.acceptOffer(1);

    const qint64 next = rig.arrive(call(QStringLiteral("sales")));
    rig.advanceSeconds(30);
    QCOMPARE(rig.state(next), InteractionState::Queued); // the level-5 agent is busy
    QCOMPARE(rig.engine->contact(next)->step, 1);
    rig.advanceSeconds(30);
    QCOMPARE(rig.engine->pendingOffer(2), next); // then anyone in the queue, never the support agent
    QCOMPARE(rig.engine->pendingOffer(3), 0);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::overflowMovesTheContactToAnotherQueue()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("support"), QStringLiteral("support")));
    RoutingQueueConfig sales = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    sales.steps = {EscalationStep{{}, 20}};
    sales.overflowQueueId = QStringLiteral("support");
    rig.addQueue(sales);
    rig.addAgent(agent(1, {{QStringLiteral("support"), 5}}));
    rig.ready(1);

    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    rig.advanceSeconds(20);
    QCOMPARE(rig.engine->pendingOffer(1), contact);
    QCOMPARE(rig.engine->contact(contact)->interaction.queueId, QStringLiteral("support"));
    rig.acceptOffer(1);
    const QStringList contactCalls = rig.kpi.calls.filter(QRegularExpression(
        QStringLiteral("^(queued|moved-out|answered|abandoned|completed) %1 ").arg(contact)));
    QCOMPARE(
        contactCalls,
        (QStringList{QStringLiteral("queued %1 sales voice customer=0 @%2").arg(contact).arg(StartMs),
            QStringLiteral("moved-out %1 sales @%2").arg(contact).arg(StartMs + 20000),
                QStringLiteral("queued %1 support voice customer=0 @%2").arg(contact).arg(StartMs + 20000),
                               QStringLiteral("answered %1 support agent=1 wait=20000 @%2").arg(contact).arg(
                                   StartMs + 20000)}));
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::callbackKeepsThePlaceAndIsNotAnAbandon()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.queue.callbackThresholdSeconds = 60;
    config.expectedHandleSeconds = 300;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 busy = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);

    const ArrivalResult waiting = rig.engine->contactArrived(call(QStringLiteral("sales"), 5));
    QVERIFY(waiting.callbackOffered);
    QCOMPARE(waiting.estimatedWaitMs, 300'000); // one ahead of nobody, 300 s handle time, one agent
    QCOMPARE(rig.listener.ofType(RoutingEventType::CallbackOffered).size(), 1);
    QVERIFY(!rig.engine->requestCallback(waiting.interactionId));
    QCOMPARE(rig.state(waiting.interactionId), InteractionState::CallbackRequested);

    rig.advanceSeconds(5);
    const qint64 later = rig.arrive(call(QStringLiteral("sales"), 6));
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")),
                                         (QList<qint64>{waiting.interactionId, later}));
    const std::optional<DomainError> abandon = rig.engine->abandon(waiting.interactionId);
    QVERIFY(abandon);
    QCOMPARE(abandon->code, QStringLiteral("callback-requested"));

    rig.advanceSeconds(100);
    QVERIFY(!rig.engine->endContact(busy));
    QCOMPARE(rig.engine->pendingOffer(1), waiting.interactionId);
    QCOMPARE(rig.acceptOffer(1), waiting.interactionId);
    QCOMPARE(rig.kpi.callsStartingWith(QStringLiteral("callback ")).size(), 1);
    QVERIFY(rig.kpi.callsStartingWith(QStringLiteral("abandoned ")).isEmpty());
    QVERIFY(rig.kpi.callsStartingWith(QStringLiteral("answered %1 ").arg(waiting.interactionId)).isEmpty());
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::missedOfferGoesBackToTheFrontAndAgentIsNotReadyMissed()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.offerTimeoutSeconds = 10;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    rig.advanceSeconds(2);
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(1), first);

    rig.clock.advanceBy(7'999);
    QCOMPARE(rig.state(first), InteractionState::Offered);
    rig.clock.advanceBy(1);
    QCOMPARE(rig.agentState(1), QStringLiteral("not-ready:missed"));
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), (QList<qint64>{first, second}));
    const QList<RoutingEvent> withdrawn = rig.listener.ofType(RoutingEventType::OfferWithdrawn);
    QCOMPARE(withdrawn.size(), 1);
    QCOMPARE(withdrawn.first().reasonCode, QStringLiteral("missed"));
    QCOMPARE(withdrawn.first().atMs, StartMs + 10000);

    rig.ready(2);
    QCOMPARE(rig.engine->pendingOffer(2), first);
    QVERIFY(
        !rig.kpi.calls.filter(QStringLiteral("agent 1 not-ready:missed @%1").arg(StartMs + 10000)).isEmpty());
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::rejectedOfferGoesBackToItsPlaceAndAgentIsNotReadyRejected()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    rig.advanceSeconds(3);
    QVERIFY(!rig.engine->rejectOffer(1, first));
    QCOMPARE(rig.agentState(1), QStringLiteral("not-ready:rejected"));
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), (QList<qint64>{first, second}));
    QCOMPARE(rig.engine->contact(first)->interaction.times().queuedMs, StartMs); // its wait still counts
    rig.ready(2);
    QCOMPARE(rig.engine->pendingOffer(2), first);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::chatCapacityLimitsConcurrentContacts()
{
    Rig rig;
    rig.addQueue(
        queue(QStringLiteral("web"), QStringLiteral("web"), SelectionStrategy::LongestIdle, {Channel::Chat}));
    ChannelCapacity capacity;
    capacity.maximum = {{Channel::Chat, 3}};
    rig.addAgent(agent(1, {{QStringLiteral("web"), 5}}, capacity));
    rig.ready(1);
    QList<qint64> chats;
    for (int i = 0; i < 4; ++i) {
        ContactRequest chat = call(QStringLiteral("web"));
        chat.channel = Channel::Chat;
        chats.append(rig.arrive(chat));
        rig.acceptOffer(1);
    }
    QCOMPARE(rig.engine->agentContacts(1), chats.mid(0, 3));
    QCOMPARE(rig.state(chats[3]), InteractionState::Queued);
    QVERIFY(!rig.engine->endContact(chats[1]));
    QCOMPARE(rig.engine->pendingOffer(1), chats[3]);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::voiceCallBlocksOtherChannelsWhenConfigured()
{
    for (const bool blocks : {true, false}) {
        Rig rig;
        rig.addQueue(queue(QStringLiteral("mixed"), QStringLiteral("mixed"), SelectionStrategy::LongestIdle,
                                                                   {Channel::Voice, Channel::Chat}));
        ChannelCapacity capacity;
        capacity.maximum = {{Channel::Voice, 1}, {Channel::Chat, 3}};
        capacity.voiceBlocksOtherChannels = blocks;
        rig.addAgent(agent(1, {{QStringLiteral("mixed"), 5}}, capacity));
        rig.ready(1);
        const qint64 voice = rig.arrive(call(QStringLiteral("mixed")));
        rig.acceptOffer(1);
        ContactRequest chat = call(QStringLiteral("mixed"));
        chat.channel = Channel::Chat;
        const qint64 chatId = rig.arrive(chat);
        QCOMPARE(rig.engine->pendingOffer(1) == chatId, !blocks);
        if (blocks) {
            QVERIFY(!rig.engine->endContact(voice));
            QCOMPARE(rig.engine->pendingOffer(1), chatId);
        }
        CHECK_INVARIANTS(rig);
    }
}

void TestRoutingEngine::workItemsNeverInterruptACallAndGoByDueTime()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("claims"), QStringLiteral("claims"), SelectionStrategy::LongestIdle,
                                                                {Channel::Voice, Channel::WorkItem}));
    ChannelCapacity capacity;
    capacity.maximum = {{Channel::Voice, 1}, {Channel::WorkItem, 1}};
    capacity.voiceBlocksOtherChannels = false; // even so, work items wait for the call to end
    rig.addAgent(agent(1, {{QStringLiteral("claims"), 5}}, capacity));
    rig.ready(1);
    const qint64 voice = rig.arrive(call(QStringLiteral("claims")));
    rig.acceptOffer(1);

    const auto workItem = [](qint64 id, qint64 dueMs) {
        WorkItem item;
        item.id = id;
        item.queueId = QStringLiteral("claims");
        item.title = QStringLiteral("Claim %1").arg(id);
        item.createdAtMs = StartMs;
        item.dueAtMs = dueMs;
        return item;
    };
    const ArrivalResult later = rig.engine->createWorkItem(workItem(501, StartMs + 7200'000));
    const ArrivalResult sooner = rig.engine->createWorkItem(workItem(502, StartMs + 3600'000));
    QVERIFY(!later.error);
    QVERIFY(!sooner.error);
    QCOMPARE(rig.engine->pendingOffer(1), 0);
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("claims")),
                                         (QList<qint64>{sooner.interactionId, later.interactionId}));

    const qint64 waitingCall = rig.arrive(call(QStringLiteral("claims")));
    rig.advanceSeconds(60);
    QVERIFY(!rig.engine->endContact(voice));
    QCOMPARE(rig.engine->pendingOffer(1), waitingCall); // a waiting customer comes before back-office work
    rig.acceptOffer(1);
    rig.advanceSeconds(60);
    QVERIFY(!rig.engine->endContact(waitingCall));
    QCOMPARE(rig.engine->pendingOffer(1), sooner.interactionId);
    QCOMPARE(rig.engine->contact(sooner.interactionId)->workItemId, 502);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::outboundPacingNeverExceedsIdleAgents()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("renewals"), QStringLiteral("renewals")));
    for (qint64 id : {1, 2, 3}) {
        rig.addAgent(agent(id, {{QStringLiteral("renewals"), 5}}));
        rig.ready(id);
    }
    rig.addAgent(agent(4, {{QStringLiteral("other"), 5}}));
    rig.ready(4);
    OutboundCampaign campaign;
    campaign.id = QStringLiteral("spring");
    campaign.queueId = QStringLiteral("renewals");
    for (qint64 customer = 1000; customer < 1010; ++customer)
        campaign.customerIds.append(customer);
    QVERIFY(!rig.engine->startCampaign(campaign));

    QCOMPARE(rig.engine->liveContacts().size(), 3);
    QCOMPARE(rig.engine->campaign(QStringLiteral("spring"))->nextIndex, 3);
    QCOMPARE(rig.engine->pendingOffer(4), 0);
    for (qint64 id : {1, 2, 3}) {
        const RoutedContact *outbound = rig.engine->contact(rig.engine->pendingOffer(id));
        QVERIFY(outbound);
        QCOMPARE(outbound->interaction.direction, Direction::Outbound);
        rig.acceptOffer(id);
    }
    QCOMPARE(rig.engine->liveContacts().size(), 3); // everyone busy: nothing more is dialled

    const qint64 inbound = rig.arrive(call(QStringLiteral("renewals")));
    const qint64 firstOutbound = rig.engine->agentContacts(1).first();
    QVERIFY(!rig.engine->endContact(firstOutbound));
    QCOMPARE(rig.engine->pendingOffer(1), inbound); // inbound customers first
    rig.acceptOffer(1);
    const qint64 secondOutbound = rig.engine->agentContacts(2).first();
    QVERIFY(!rig.engine->endContact(secondOutbound));
    const RoutedContact *next = rig.engine->contact(rig.engine->pendingOffer(2));
    QVERIFY(next);
    QCOMPARE(next->interaction.customerId, 1003);
    QCOMPARE(rig.engine->campaign(QStringLiteral("spring"))->nextIndex, 4);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::fullQueueBlocksNewContacts()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.queue.maxLength = 2;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    rig.arrive(call(QStringLiteral("sales")));
    const ArrivalResult blocked = rig.engine->contactArrived(call(QStringLiteral("sales"), 9));
    QVERIFY(!blocked.error);
    QCOMPARE(blocked.outcome, ArrivalOutcome::Blocked);
    QVERIFY(!rig.engine->contact(blocked.interactionId));
    QCOMPARE(rig.kpi.callsStartingWith(
        QStringLiteral("blocked ")),
        QStringList{
            QStringLiteral("blocked %1 sales voice customer=9 @%2").arg(blocked.interactionId).arg(StartMs)});
    QCOMPARE(rig.engine->waitingCount(QStringLiteral("sales")), 2);

    rig.ready(1);
    QCOMPARE(rig.engine->pendingOffer(1), first);
    const ArrivalResult admitted = rig.engine->contactArrived(call(QStringLiteral("sales")));
    QCOMPARE(admitted.outcome, ArrivalOutcome::Queued);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::estimatedWaitFollowsTheDocumentedFormula()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.expectedHandleSeconds = 120;
    rig.addQueue(config);
    QCOMPARE(rig.engine->estimatedWaitMs(QStringLiteral("sales")), -1); // nobody staffs it
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    QCOMPARE(rig.engine->estimatedWaitMs(QStringLiteral("sales")), 0); // someone is free
    rig.ready(2);
    for (int i = 0; i < 5; ++i) {
        rig.arrive(call(QStringLiteral("sales")));
        rig.acceptOffer(1);
        rig.acceptOffer(2);
    }
    // Two agents busy, three waiting: (3 + 1) x 120 s / 2 agents.
    QCOMPARE(rig.engine->waitingCount(QStringLiteral("sales")), 3);
    QCOMPARE(rig.engine->estimatedWaitMs(QStringLiteral("sales")), 240'000);
    QVERIFY(!rig.engine->setAgentState(2, AgentState::NotReady, QStringLiteral("break")));
    QCOMPARE(rig.engine->estimatedWaitMs(QStringLiteral("sales")), 480'000);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::abandonWhileRingingFreesTheAgent()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    rig.advanceSeconds(4);
    QVERIFY(!rig.engine->abandon(first));
    QVERIFY(!rig.engine->contact(first));
    QCOMPARE(rig.agentState(1), QStringLiteral("ready"));
    QCOMPARE(rig.engine->pendingOffer(1), second);
    QCOMPARE(rig.kpi.callsStartingWith(
        QStringLiteral("abandoned ")),
        QStringList{QStringLiteral("abandoned %1 sales wait=4000 @%2").arg(first).arg(StartMs + 4000)});
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::afterCallWorkKeepsTheAgentThenEndsByItself()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.afterCallWorkSeconds = 30;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    rig.advanceSeconds(100);
    QVERIFY(!rig.engine->endContact(first));
    QCOMPARE(rig.agentState(1), QStringLiteral("after-call-work"));
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.state(second), InteractionState::Queued);
    rig.clock.advanceBy(29'999);
    QCOMPARE(rig.state(first), InteractionState::WrapUp);
    rig.clock.advanceBy(1);
    QVERIFY(!rig.engine->contact(first));
    QCOMPARE(rig.agentState(1), QStringLiteral("ready"));
    QCOMPARE(rig.engine->pendingOffer(1), second);
    QCOMPARE(rig.kpi.callsStartingWith(
        QStringLiteral("completed ")),
        QStringList{QStringLiteral("completed %1 sales voice agent=1 customer=0 talk=100000 hold=0 acw=30000 "
                                        "resolved=0 @%2")
                                       .arg(first)
                                       .arg(StartMs + 130'000)});
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::manualWrapUpEndsWithFinishOrReady()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.afterCallWorkSeconds = -1;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    QVERIFY(!rig.engine->endContact(first));
    rig.advanceSeconds(3600);
    QCOMPARE(rig.agentState(1), QStringLiteral("after-call-work")); // no timer ends it
    QVERIFY(!rig.engine->finishWrapUp(first, QStringLiteral("sale"), true));
    QCOMPARE(rig.agentState(1), QStringLiteral("ready"));
    QVERIFY(rig.kpi.callsStartingWith(
        QStringLiteral("completed ")).last().contains(QStringLiteral("acw=3600000 resolved=1")));

    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    QVERIFY(!rig.engine->endContact(second));
    QVERIFY(!rig.engine->setAgentState(1, AgentState::Ready)); // "done": ends the wrap-up
    QVERIFY(!rig.engine->contact(second));
    QCOMPARE(rig.agentState(1), QStringLiteral("ready"));

    const qint64 third = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    QVERIFY(!rig.engine->endContact(third));
    QVERIFY(!rig.engine->setAgentState(1, AgentState::NotReady, QStringLiteral("lunch")));
    QVERIFY(!rig.engine->finishWrapUp(third));
    QCOMPARE(rig.agentState(1), QStringLiteral("not-ready:lunch")); // Not Ready chosen during wrap-up stays
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::holdTimeIsReportedApartFromTalk()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    rig.advanceSeconds(20);
    QVERIFY(!rig.engine->hold(contact));
    QCOMPARE(rig.state(contact), InteractionState::Held);
    QVERIFY(rig.engine->hold(contact)); // already held
    rig.advanceSeconds(15);
    QVERIFY(!rig.engine->resume(contact));
    rig.advanceSeconds(25);
    QVERIFY(!rig.engine->endContact(contact));
    QVERIFY(rig.kpi.callsStartingWith(
        QStringLiteral("completed ")).last().contains(QStringLiteral("talk=45000 hold=15000")));
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::transferToQueueStartsANewWaitAndReportsOneCompletion()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addQueue(queue(QStringLiteral("billing"), QStringLiteral("billing")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("billing"), 5}}));
    rig.ready(1);
    const qint64 contact = rig.arrive(call(QStringLiteral("sales"), 5));
    rig.acceptOffer(1);
    rig.advanceSeconds(40);
    QVERIFY(!rig.engine->transferToQueue(contact, QStringLiteral("billing")));
    QCOMPARE(rig.engine->agentContacts(1), QList<qint64>{});
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("billing")), QList<qint64>{contact});
    rig.advanceSeconds(10);
    rig.ready(2);
    rig.acceptOffer(2);
    rig.advanceSeconds(30);
    QVERIFY(!rig.engine->endContact(contact));

    QCOMPARE(rig.kpi.callsStartingWith(
        QStringLiteral("answered ")),
        (QStringList{QStringLiteral("answered %1 sales agent=1 wait=0 @%2").arg(contact).arg(StartMs),
            QStringLiteral("answered %1 billing agent=2 wait=10000 @%2").arg(contact).arg(StartMs
                                                                                          + 50'000)}));
    QCOMPARE(rig.kpi.callsStartingWith(
        QStringLiteral("completed ")),
        QStringList{QStringLiteral("completed %1 billing voice agent=2 customer=5 talk=70000 hold=0 acw=0 "
                                        "resolved=0 @%2")
                                       .arg(contact)
                                       .arg(StartMs + 80'000)});
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::transferToAgentOffersDirectlyOrIsRefused()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.offerTimeoutSeconds = 10;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    const std::optional<DomainError> refused = rig.engine->transferToAgent(contact, 2);
    QVERIFY(refused);
    QCOMPARE(refused->code, QStringLiteral("agent-unavailable"));
    QCOMPARE(rig.engine->agentContacts(1), QList<qint64>{contact}); // still with agent 1

    rig.ready(2);
    QVERIFY(!rig.engine->transferToAgent(contact, 2));
    QCOMPARE(rig.engine->pendingOffer(2), contact);
    rig.advanceSeconds(10); // agent 2 misses it: it joins the queue, and agent 1 is free again
    QCOMPARE(rig.agentState(2), QStringLiteral("not-ready:missed"));
    QCOMPARE(rig.engine->pendingOffer(1), contact);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::logoutIsRefusedWithOpenContactsAndReturnsAPendingOffer()
{
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 first = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    const std::optional<DomainError> busy = rig.engine->setAgentState(1, AgentState::LoggedOut);
    QVERIFY(busy);
    QCOMPARE(busy->code, QStringLiteral("agent-busy"));
    QCOMPARE(rig.agentState(1), QStringLiteral("ready"));

    rig.ready(2);
    const qint64 second = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(rig.engine->pendingOffer(2), second);
    QVERIFY(!rig.engine->setAgentState(2, AgentState::LoggedOut));
    QCOMPARE(rig.state(second), InteractionState::Queued);
    QVERIFY(!rig.engine->endContact(first));
    QCOMPARE(rig.engine->pendingOffer(1), second);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown queue") << QStringLiteral("arrive-unknown-queue")
                                                     << QStringLiteral("unknown-queue");
    QTest::newRow("channel not served") << QStringLiteral("arrive-email")
                                                          << QStringLiteral("channel-not-served");
    QTest::newRow("priority too high") << QStringLiteral("arrive-priority-150")
                                                         << QStringLiteral("invalid-priority");
    QTest::newRow("bad skill") << QStringLiteral("arrive-bad-skill") << QStringLiteral("invalid-skill-id");
    QTest::newRow("duplicate id") << QStringLiteral("arrive-duplicate")
                                                    << QStringLiteral("duplicate-contact");
    QTest::newRow("accept another's offer") << QStringLiteral("accept-wrong-agent")
                                                              << QStringLiteral("not-offered");
    QTest::newRow("unknown contact") << QStringLiteral("end-unknown") << QStringLiteral("unknown-contact");
    QTest::newRow("end a waiting contact") << QStringLiteral("end-waiting")
                                                             << QStringLiteral("not-connected");
    QTest::newRow("abandon a connected call") << QStringLiteral("abandon-connected")
                                                                << QStringLiteral("not-waiting");
    QTest::newRow("not ready without reason") << QStringLiteral("not-ready-no-reason")
                                                                << QStringLiteral("reason-required");
    QTest::newRow("after-call work by hand") << QStringLiteral("acw-by-hand")
                                                               << QStringLiteral("illegal-agent-transition");
    QTest::newRow("unknown agent") << QStringLiteral("ready-unknown-agent")
                                                     << QStringLiteral("unknown-agent");
    QTest::newRow("transfer to a full queue") << QStringLiteral("transfer-full")
                                                                << QStringLiteral("queue-full");
}

void TestRoutingEngine::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    Rig rig;
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    RoutingQueueConfig full = queue(QStringLiteral("full"), QStringLiteral("sales"));
    full.queue.maxLength = 1;
    rig.addQueue(full);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 connected = rig.arrive(call(QStringLiteral("sales")));
    rig.acceptOffer(1);
    rig.ready(2);
    const qint64 offered = rig.arrive(call(QStringLiteral("sales")));
    const qint64 waiting = rig.arrive(call(QStringLiteral("sales")));
    rig.arrive(call(QStringLiteral("full")));
    const QList<qint64> before = rig.engine->liveContacts();
    const QList<qint64> line = rig.engine->waitingContacts(QStringLiteral("sales"));
    const int writes = rig.journal.writes();
    const int kpiCalls = int(rig.kpi.calls.size());

    std::optional<DomainError> error;
    ContactRequest request = call(QStringLiteral("sales"));
    if (input == u"arrive-unknown-queue") {
        request.queueId = QStringLiteral("nope");
        error = rig.engine->contactArrived(request).error;
    } else if (input == u"arrive-email") {
        request.channel = Channel::Email;
        error = rig.engine->contactArrived(request).error;
    } else if (input == u"arrive-priority-150") {
        request.priority = 150;
        error = rig.engine->contactArrived(request).error;
    } else if (input == u"arrive-bad-skill") {
        request.requiredSkills = {SkillRequirement{QStringLiteral("Not A Skill"), 3}};
        error = rig.engine->contactArrived(request).error;
    } else if (input == u"arrive-duplicate") {
        request.interactionId = waiting;
        error = rig.engine->contactArrived(request).error;
    } else if (input == u"accept-wrong-agent") {
        error = rig.engine->acceptOffer(1, offered);
    } else if (input == u"end-unknown") {
        error = rig.engine->endContact(999'999);
    } else if (input == u"end-waiting") {
        error = rig.engine->endContact(waiting);
    } else if (input == u"abandon-connected") {
        error = rig.engine->abandon(connected);
    } else if (input == u"not-ready-no-reason") {
        error = rig.engine->setAgentState(2, AgentState::NotReady);
    } else if (input == u"acw-by-hand") {
        error = rig.engine->setAgentState(2, AgentState::AfterCallWork);
    } else if (input == u"ready-unknown-agent") {
        error = rig.engine->setAgentState(99, AgentState::Ready);
    } else if (input == u"transfer-full") {
        error = rig.engine->transferToQueue(connected, QStringLiteral("full"));
    }
    QVERIFY(error);
    QCOMPARE(error->code, code);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(rig.engine->liveContacts(), before);
    QCOMPARE(rig.engine->waitingContacts(QStringLiteral("sales")), line);
    QCOMPARE(rig.engine->pendingOffer(2), offered);
    QCOMPARE(rig.engine->agentContacts(1), QList<qint64>{connected});
    QCOMPARE(rig.journal.writes(), writes);
    QCOMPARE(int(rig.kpi.calls.size()), kpiCalls);
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::restartRestoresTheLineInOrder()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.affinityDays = 1;
    rig.addQueue(config);
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.addAgent(agent(2, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 connected = rig.arrive(call(QStringLiteral("sales"), 500));
    rig.acceptOffer(1);
    rig.ready(2);
    const qint64 offered = rig.arrive(call(QStringLiteral("sales")));
    QList<qint64> line;
    for (int priority : {10, 90, 50, 50, 10}) {
        ContactRequest request = call(QStringLiteral("sales"));
        request.priority = priority;
        line.append(rig.arrive(request));
        rig.advanceSeconds(1);
    }
    const QList<qint64> before = rig.engine->waitingContacts(QStringLiteral("sales"));
    QCOMPARE(before, (QList<qint64>{line[1], line[2], line[3], line[0], line[4]}));

    // A new engine on the same journal, as after a crash: the offer that was out goes back to
    // its place (first, it came earliest among the 50s), nothing is lost or doubled.
    rig.engine.reset();
    VirtualClock clock(rig.clock.nowMs() + 5000);
    RoutingEngine restarted(clock, &rig.journal);
    QVERIFY(!restarted.configureQueue(config));
    QVERIFY(!restarted.configureAgent(agent(1, {{QStringLiteral("sales"), 5}})));
    QVERIFY(!restarted.configureAgent(agent(2, {{QStringLiteral("sales"), 5}})));
    QVERIFY(!restarted.restore());

    QCOMPARE(restarted.agentContacts(1), QList<qint64>{connected});
    QCOMPARE(restarted.agent(2)->state, AgentState::Ready);
    // Agent 2 is Ready and free again, so it is offered the head of the line at once.
    QCOMPARE(restarted.pendingOffer(2), line[1]);
    QCOMPARE(restarted.waitingContacts(QStringLiteral("sales")),
                                       (QList<qint64>{offered, line[2], line[3], line[0], line[4]}));
    QCOMPARE(restarted.liveContacts().size(), 7);
    const QStringList problems = restarted.checkInvariants();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // New contacts get new ids, affinity survived.
    const ArrivalResult fresh = restarted.contactArrived(call(QStringLiteral("sales"), 500));
    QVERIFY(fresh.interactionId > line.last());
    QCOMPARE(restarted.contact(fresh.interactionId)->affinityAgentId, 1);
}

void TestRoutingEngine::listenerMayAcceptOffersFromInsideItsCallback()
{
    class AutoAnswer final : public RoutingListener
    {
    public:
        RoutingEngine *engine = nullptr;
        int accepted = 0;
        void routingEvent(const RoutingEvent &event) override
        {
            if (event.type == RoutingEventType::OfferMade
                && !engine->acceptOffer(event.agentId, event.interactionId))
                ++accepted;
        }
    };
    Rig rig;
    AutoAnswer autoAnswer;
    autoAnswer.engine = rig.engine.get();
    rig.engine->addListener(&autoAnswer);
    rig.addQueue(queue(QStringLiteral("sales"), QStringLiteral("sales")));
    rig.addAgent(agent(1, {{QStringLiteral("sales"), 5}}));
    rig.ready(1);
    const qint64 contact = rig.arrive(call(QStringLiteral("sales")));
    QCOMPARE(autoAnswer.accepted, 1);
    QCOMPARE(rig.state(contact), InteractionState::Connected);
    // The recording listener saw the offer before the connection, as it happened.
    QList<RoutingEventType> types;
    for (const RoutingEvent &event : rig.listener.events) {
        if (event.interactionId == contact)
            types.append(event.type);
    }
    QCOMPARE(types,
             (QList<RoutingEventType>{RoutingEventType::ContactChanged, RoutingEventType::ContactChanged,
                                      RoutingEventType::OfferMade, RoutingEventType::ContactChanged}));
    CHECK_INVARIANTS(rig);
}

void TestRoutingEngine::kpiFeedSeesEveryEventInOrderWithClockTime()
{
    Rig rig;
    RoutingQueueConfig config = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    config.queue.serviceLevelSeconds = 15;
    config.afterCallWorkSeconds = 10;
    rig.addQueue(config);
    rig.addAgent(agent(7, {{QStringLiteral("sales"), 5}}));
    const qint64 contact = rig.arrive(call(QStringLiteral("sales"), 3));
    rig.advanceSeconds(2);
    rig.ready(7);
    rig.advanceSeconds(1);
    rig.acceptOffer(7);
    rig.advanceSeconds(60);
    QVERIFY(!rig.engine->endContact(contact));
    rig.advanceSeconds(10);
    const QString t = QString::number(StartMs);
    const auto at = [](qint64 offsetMs) { return QString::number(StartMs + offsetMs); };
    QCOMPARE(
        rig.kpi.calls,
        (QStringList{QStringLiteral("configured sales sl=15 short=5"),
            QStringLiteral("queued %1 sales voice customer=3 @%2").arg(contact).arg(t),
                QStringLiteral("agent 7 ready @%1").arg(at(2000)),
                    QStringLiteral("answered %1 sales agent=7 wait=3000 @%2").arg(contact).arg(at(3000)),
                        QStringLiteral("workload 7 1 @%1").arg(at(3000)),
                            QStringLiteral("agent 7 after-call-work @%1").arg(at(63000)),
                                QStringLiteral("completed %1 sales voice agent=7 customer=3 talk=60000 hold=0 acw=10000 "
                                         "resolved=0 @%2")
                                        .arg(contact)
                                        .arg(at(73000)),
                                    QStringLiteral("workload 7 0 @%1").arg(at(73000)),
                                                   QStringLiteral("agent 7 ready @%1").arg(at(73000))}));
    CHECK_INVARIANTS(rig);
}

QTEST_APPLESS_MAIN(TestRoutingEngine)
#include "tst_routingengine.moc"
