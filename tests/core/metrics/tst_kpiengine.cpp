#include "metrics/kpiengine.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace ContactDesk;

namespace {

// Monday 5 January 2026, 09:00 UTC: the start of a 15-minute interval.
const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

qint64 at(qint64 offsetMs)
{
    return t0 + offsetMs;
}

const QString sales = QStringLiteral("sales");
const QString support = QStringLiteral("support");

// One contact's whole life: queued, answered by `agentId`, completed.
struct Contact
{
    qint64 id = 0;
    QString queue = sales;
    Channel channel = Channel::Voice;
    qint64 customerId = 0;
    qint64 agentId = 1;
    qint64 queuedAt = t0;
    qint64 waitMs = 10 * second;
    qint64 talkMs = 120 * second;
    qint64 holdMs = 0;
    qint64 acwMs = 30 * second;
    bool resolved = true;
};

void handle(KpiEngine &engine, const Contact &c)
{
    engine.contactQueued(c.id, c.queue, c.channel, c.customerId, c.queuedAt);
    engine.contactAnswered(c.id, c.queue, c.agentId, c.waitMs, c.queuedAt + c.waitMs);
    engine.contactCompleted(c.id, c.queue, c.channel, c.agentId, c.customerId, c.talkMs, c.holdMs, c.acwMs,
                            c.resolved, c.queuedAt + c.waitMs + c.talkMs + c.holdMs + c.acwMs);
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-12;
}

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private slots:
    void serviceLevelVariants_data();
    void serviceLevelVariants();
    void figuresWithoutDenominatorAreUndefined();
    void blockedAndCallbacksAreNotAbandons();
    void movedOutCountsAsNeitherAnsweredNorAbandoned();
    void handlingTimes();
    void occupancyFromAgentTimeline();
    void agentStateCounts();
    void depthAndLongestWait();
    void intervalBucketingAcrossBoundary();
    void intervalRetentionBoundsMemory();
    void firstContactResolution();
    void firstContactResolutionWindowIsConfigurable();
    void csat();
    void rejectedEventsLeaveFiguresUntouched_data();
    void rejectedEventsLeaveFiguresUntouched();
    void contactsSeenOnlyFromTheirAnswer();
    void changedSignalPerEvent();
};

void TestKpiEngine::serviceLevelVariants_data()
{
    QTest::addColumn<int>("shortAbandonSeconds");
    QTest::addColumn<int>("shortAbandons");
    QTest::addColumn<double>("excludingShort");
    QTest::newRow("short abandons under 5 s") << 5 << 1 << 2.0 / 4;
    QTest::newRow("no short-abandon threshold") << 0 << 0 << 2.0 / 5;
    QTest::newRow("threshold catches both abandons") << 60 << 2 << 2.0 / 3;
}

void TestKpiEngine::serviceLevelVariants()
{
    QFETCH(int, shortAbandonSeconds);
    QFETCH(int, shortAbandons);
    QFETCH(double, excludingShort);

    KpiEngine engine;
    engine.queueConfigured(sales, 20, shortAbandonSeconds);
    for (qint64 id = 1; id <= 5; ++id)
        engine.contactQueued(id, sales, Channel::Voice, 100 + id, at(id * second));
    engine.contactAnswered(1, sales, 7, 10 * second, at(11 * second)); // in target
    engine.contactAnswered(2, sales, 7, 30 * second, at(32 * second)); // late
    engine.contactAnswered(3, sales, 8, 20 * second, at(23 * second)); // exactly on target: in
    engine.contactAbandoned(4, sales, 3 * second, at(7 * second));     // short (under 5 s)
    engine.contactAbandoned(5, sales, 40 * second, at(45 * second));

    const QueueKpis kpis = engine.queue(sales, at(60 * second));
    const KpiCounters &c = kpis.counters;
    QCOMPARE(c.offered, 5);
    QCOMPARE(c.answered, 3);
    QCOMPARE(c.answeredInTarget, 2);
    QCOMPARE(c.abandoned, 2);
    QCOMPARE(c.shortAbandoned, shortAbandons);
    QVERIFY(near(c.serviceLevel(ServiceLevelVariant::AnsweredOnly), 2.0 / 3));
    QVERIFY(near(c.serviceLevel(ServiceLevelVariant::AnsweredAndAbandoned), 2.0 / 5));
    QVERIFY(near(c.serviceLevel(ServiceLevelVariant::ExcludingShortAbandons), excludingShort));
    QCOMPARE(c.serviceLevel(), c.serviceLevel(ServiceLevelVariant::ExcludingShortAbandons));
    QVERIFY(near(c.asaSeconds(), 20.0));
    QVERIFY(near(c.averageAbandonSeconds(), 21.5));
    QVERIFY(near(c.abandonRate(), 0.4));
    QCOMPARE(c.maxWaitMs, 40 * second);
    QCOMPARE(kpis.waiting, 0);
    QCOMPARE(kpis.serviceLevelSeconds, 20);
    QCOMPARE(kpis.shortAbandonSeconds, shortAbandonSeconds);

    // Agents see their own answers; the voice channel sees all of them.
    QCOMPARE(engine.agent(7, at(60 * second)).counters.answered, 2);
    QCOMPARE(engine.agent(8, at(60 * second)).counters.answered, 1);
    QCOMPARE(engine.channel(Channel::Voice, at(60 * second)).counters.answered, 3);
    QCOMPARE(engine.channel(Channel::Chat, at(60 * second)).counters.offered, 0);
    QCOMPARE(engine.overall(at(60 * second)).counters, c);
}

void TestKpiEngine::figuresWithoutDenominatorAreUndefined()
{
    KpiEngine engine;
    const KpiCounters empty = engine.queue(sales, at(0)).counters;
    QVERIFY(!empty.serviceLevel(ServiceLevelVariant::AnsweredOnly));
    QVERIFY(!empty.serviceLevel(ServiceLevelVariant::AnsweredAndAbandoned));
    QVERIFY(!empty.serviceLevel(ServiceLevelVariant::ExcludingShortAbandons));
    QVERIFY(!empty.asaSeconds());
    QVERIFY(!empty.ahtSeconds());
    QVERIFY(!empty.acwSeconds());
    QVERIFY(!empty.fcrProvisional());
    QVERIFY(!empty.fcrFinal());
    QVERIFY(!empty.csatMean());
    QVERIFY(!empty.csatSatisfiedShare());
    QVERIFY(!engine.overall(at(0)).agentTime.occupancy());

    // Only a short abandon: nothing to judge the queue by, except in the variant that counts it.
    engine.queueConfigured(sales, 20, 5);
    engine.contactQueued(1, sales, Channel::Voice, 0, at(0));
    engine.contactAbandoned(1, sales, 2 * second, at(2 * second));
    const KpiCounters c = engine.queue(sales, at(10 * second)).counters;
    QVERIFY(!c.serviceLevel(ServiceLevelVariant::AnsweredOnly));
    QVERIFY(!c.serviceLevel(ServiceLevelVariant::ExcludingShortAbandons));
    QVERIFY(near(c.serviceLevel(ServiceLevelVariant::AnsweredAndAbandoned), 0.0));
    QVERIFY(!c.asaSeconds());
}

void TestKpiEngine::blockedAndCallbacksAreNotAbandons()
{
    KpiEngine engine;
    engine.queueConfigured(sales, 20, 5);
    engine.contactBlocked(1, sales, Channel::Voice, 11, at(0));
    engine.contactQueued(2, sales, Channel::Voice, 12, at(0));
    engine.callbackRequested(2, sales, at(50 * second));
    engine.contactQueued(3, sales, Channel::Voice, 13, at(60 * second));
    engine.contactAnswered(3, sales, 1, 5 * second, at(65 * second));

    const QueueKpis kpis = engine.queue(sales, at(70 * second));
    QCOMPARE(kpis.counters.offered, 3);
    QCOMPARE(kpis.counters.blocked, 1);
    QCOMPARE(kpis.counters.callbacks, 1);
    QCOMPARE(kpis.counters.abandoned, 0);
    QCOMPARE(kpis.counters.answered, 1);
    QCOMPARE(kpis.counters.maxWaitMs, 50 * second); // the callback customer waited 50 s first
    QCOMPARE(kpis.waiting, 0);
    for (ServiceLevelVariant variant :
         {ServiceLevelVariant::AnsweredOnly, ServiceLevelVariant::AnsweredAndAbandoned,
          ServiceLevelVariant::ExcludingShortAbandons}) {
        QVERIFY(near(kpis.counters.serviceLevel(variant), 1.0));
    }
    QCOMPARE(engine.channel(Channel::Voice, at(70 * second)).counters.blocked, 1);
}

void TestKpiEngine::movedOutCountsAsNeitherAnsweredNorAbandoned()
{
    const QString overflow = QStringLiteral("overflow");
    KpiEngine engine;
    engine.queueConfigured(sales, 20, 5);
    engine.queueConfigured(overflow, 20, 5);
    engine.contactQueued(1, sales, Channel::Chat, 5, at(0));
    engine.contactMovedOut(1, sales, at(30 * second));
    QCOMPARE(engine.queue(sales, at(40 * second)).waiting, 0);
    engine.contactQueued(1, overflow, Channel::Chat, 5, at(30 * second));
    QCOMPARE(engine.queue(overflow, at(40 * second)).waiting, 1);
    // The customer has waited since first queued: 40 s, across both queues.
    QCOMPARE(engine.queue(overflow, at(40 * second)).longestWaitMs, 40 * second);
    engine.contactAnswered(1, overflow, 3, 50 * second, at(50 * second));

    const KpiCounters first = engine.queue(sales, at(60 * second)).counters;
    QCOMPARE(first.offered, 1);
    QCOMPARE(first.movedOut, 1);
    QCOMPARE(first.answered, 0);
    QCOMPARE(first.abandoned, 0);
    QVERIFY(!first.serviceLevel());
    const KpiCounters later = engine.queue(overflow, at(60 * second)).counters;
    QCOMPARE(later.offered, 1);
    QCOMPARE(later.answered, 1);
    QCOMPARE(later.answeredInTarget, 0);
    QVERIFY(near(later.asaSeconds(), 50.0));
    QCOMPARE(engine.channel(Channel::Chat, at(60 * second)).counters.offered, 2);
    QCOMPARE(engine.queueIds(), (QStringList{overflow, sales}));
}

void TestKpiEngine::handlingTimes()
{
    KpiEngine engine;
    handle(
        engine,
        Contact{.id = 1, .agentId = 4, .talkMs = 100 * second, .holdMs = 20 * second, .acwMs = 30 * second});
    handle(engine, Contact{.id = 2,
                           .channel = Channel::Email,
                           .agentId = 5,
                           .queuedAt = at(10 * minute),
                           .talkMs = 200 * second,
                           .holdMs = 0,
                           .acwMs = 10 * second});

    const KpiCounters c = engine.queue(sales, at(hour)).counters;
    QCOMPARE(c.completed, 2);
    QVERIFY(near(c.ahtSeconds(), (150.0 + 210.0) / 2));
    QVERIFY(near(c.averageTalkSeconds(), 150.0));
    QVERIFY(near(c.averageHoldSeconds(), 10.0));
    QVERIFY(near(c.acwSeconds(), 20.0));
    QVERIFY(near(engine.agent(4, at(hour)).counters.ahtSeconds(), 150.0));
    QVERIFY(near(engine.agent(5, at(hour)).counters.ahtSeconds(), 210.0));
    QVERIFY(near(engine.channel(Channel::Email, at(hour)).counters.ahtSeconds(), 210.0));
    QVERIFY(near(engine.channel(Channel::Voice, at(hour)).counters.ahtSeconds(), 150.0));
}

void TestKpiEngine::occupancyFromAgentTimeline()
{
    KpiEngine engine;
    const qint64 agent = 7;
    engine.agentStateChanged(agent, AgentState::Ready, {}, at(0));
    engine.agentWorkloadChanged(agent, 1, at(600 * second));                          // 10 min ready idle
    engine.agentStateChanged(agent, AgentState::AfterCallWork, {}, at(900 * second)); // 5 min talking
    engine.agentWorkloadChanged(agent, 0, at(960 * second));                          // 1 min wrap-up
    engine.agentStateChanged(agent, AgentState::Ready, {}, at(960 * second));
    engine.agentStateChanged(agent, AgentState::NotReady, QStringLiteral("break"), at(1200 * second));

    const AgentKpis kpis = engine.agent(agent, at(1500 * second));
    QCOMPARE(kpis.time.handlingMs, 360 * second);
    QCOMPARE(kpis.time.readyIdleMs, 840 * second);
    QCOMPARE(kpis.time.notReadyIdleMs, 300 * second); // still on break at the query
    QCOMPARE(kpis.time.loggedInMs(), 1500 * second);
    QVERIFY(near(kpis.time.occupancy(), 360.0 / 1200));
    QCOMPARE(kpis.state, AgentState::NotReady);
    QCOMPARE(kpis.reasonCode, QStringLiteral("break"));
    QCOMPARE(kpis.stateSinceMs, at(1200 * second));
    QCOMPARE(kpis.activity, AgentActivity::NotReady);
    QCOMPARE(engine.overall(at(1500 * second)).agentTime, kpis.time);

    // The break keeps counting while nothing happens; occupancy does not move.
    QCOMPARE(engine.agent(agent, at(1800 * second)).time.notReadyIdleMs, 600 * second);
    QVERIFY(near(engine.agent(agent, at(1800 * second)).time.occupancy(), 0.3));

    // Logged out time counts for nothing.
    engine.agentStateChanged(agent, AgentState::LoggedOut, {}, at(1500 * second));
    QCOMPARE(engine.agent(agent, at(5000 * second)).time, kpis.time);
}

void TestKpiEngine::agentStateCounts()
{
    KpiEngine engine;
    engine.agentStateChanged(1, AgentState::Ready, {}, at(0));
    engine.agentStateChanged(2, AgentState::Ready, {}, at(0));
    engine.agentWorkloadChanged(2, 2, at(1 * second));
    engine.agentStateChanged(3, AgentState::NotReady, QStringLiteral("lunch"), at(0));
    engine.agentStateChanged(4, AgentState::Ready, {}, at(0));
    engine.agentStateChanged(4, AgentState::AfterCallWork, {}, at(2 * second));
    engine.agentStateChanged(5, AgentState::Ready, {}, at(0));
    engine.agentStateChanged(5, AgentState::LoggedOut, {}, at(3 * second));
    engine.agentStateChanged(6, AgentState::NotReady, QStringLiteral("pending"), at(0));
    engine.agentWorkloadChanged(6, 1, at(4 * second)); // still finishing a chat: busy

    const AgentStateCounts counts = engine.agentStates();
    QCOMPARE(counts.ready, 1);
    QCOMPARE(counts.busy, 2);
    QCOMPARE(counts.notReady, 1);
    QCOMPARE(counts.afterCallWork, 1);
    QCOMPARE(counts.loggedOut, 1);
    QCOMPARE(counts.loggedIn(), 5);
    QCOMPARE(engine.overall(at(10 * second)).agents, counts);
    QCOMPARE(engine.agent(2, at(10 * second)).activity, AgentActivity::Busy);
    QCOMPARE(engine.agent(2, at(10 * second)).activeContacts, 2);
    QCOMPARE(engine.agents(at(10 * second)).size(), 6);
}

void TestKpiEngine::depthAndLongestWait()
{
    KpiEngine engine;
    engine.contactQueued(1, sales, Channel::Voice, 1, at(0));
    engine.contactQueued(2, sales, Channel::Voice, 2, at(10 * second));
    engine.contactQueued(3, support, Channel::Chat, 3, at(20 * second));

    QueueKpis salesNow = engine.queue(sales, at(60 * second));
    QCOMPARE(salesNow.waiting, 2);
    QCOMPARE(salesNow.longestWaitMs, 60 * second);
    QCOMPARE(salesNow.counters.maxWaitMs, 60 * second); // still waiting counts as seen
    QCOMPARE(engine.queue(support, at(60 * second)).longestWaitMs, 40 * second);
    OverallKpis all = engine.overall(at(60 * second));
    QCOMPARE(all.waiting, 3);
    QCOMPARE(all.longestWaitMs, 60 * second);
    QCOMPARE(engine.channel(Channel::Voice, at(60 * second)).waiting, 2);
    QCOMPARE(engine.channel(Channel::Chat, at(60 * second)).longestWaitMs, 40 * second);

    engine.contactAnswered(1, sales, 9, 65 * second, at(65 * second));
    salesNow = engine.queue(sales, at(70 * second));
    QCOMPARE(salesNow.waiting, 1);
    QCOMPARE(salesNow.longestWaitMs, 60 * second); // contact 2, waiting since 10 s
    QCOMPARE(salesNow.counters.maxWaitMs, 65 * second);

    engine.contactAbandoned(2, sales, 90 * second, at(100 * second));
    salesNow = engine.queue(sales, at(110 * second));
    QCOMPARE(salesNow.waiting, 0);
    QCOMPARE(salesNow.longestWaitMs, 0);
    QCOMPARE(salesNow.counters.maxWaitMs, 90 * second);
    all = engine.overall(at(110 * second));
    QCOMPARE(all.waiting, 1);
    QCOMPARE(all.longestWaitMs, 90 * second);
    QCOMPARE(all.counters.maxWaitMs, 90 * second);
}

void TestKpiEngine::intervalBucketingAcrossBoundary()
{
    KpiEngine engine;
    engine.queueConfigured(sales, 20, 5);
    engine.agentStateChanged(1, AgentState::Ready, {}, at(10 * minute));
    // Arrives 09:14:50, answered 09:15:10, completed 09:20: all of it counts at 09:00.
    engine.contactQueued(1, sales, Channel::Voice, 1, at(14 * minute + 50 * second));
    engine.contactAnswered(1, sales, 1, 20 * second, at(15 * minute + 10 * second));
    engine.agentWorkloadChanged(1, 1, at(15 * minute + 10 * second));
    // Arrives 09:15:05 and abandons: counts at 09:15.
    engine.contactQueued(2, sales, Channel::Voice, 2, at(15 * minute + 5 * second));
    engine.contactAbandoned(2, sales, 25 * second, at(15 * minute + 30 * second));
    engine.contactCompleted(1, sales, Channel::Voice, 1, 1, 240 * second, 0, 50 * second, true,
                            at(20 * minute));
    engine.agentWorkloadChanged(1, 0, at(20 * minute));

    const qint64 now = at(25 * minute);
    const QList<IntervalKpis> series = engine.intervals(at(-15 * minute), at(30 * minute), now);
    QCOMPARE(series.size(), 3);
    QCOMPARE(series[0].startMs, at(-15 * minute));
    QCOMPARE(series[0].counters, KpiCounters{});
    QCOMPARE(series[0].agentTime, AgentTime{});

    const IntervalKpis &nine = series[1];
    QCOMPARE(nine.startMs, at(0));
    QCOMPARE(nine.endMs, at(15 * minute));
    QCOMPARE(nine.counters.offered, 1);
    QCOMPARE(nine.counters.answered, 1);
    QCOMPARE(nine.counters.answeredInTarget, 1);
    QCOMPARE(nine.counters.abandoned, 0);
    QCOMPARE(nine.counters.completed, 1);
    QVERIFY(near(nine.counters.ahtSeconds(), 290.0));
    QCOMPARE(nine.agentTime.readyIdleMs, 5 * minute); // 09:10-09:15
    QCOMPARE(nine.agentTime.handlingMs, 0);

    const IntervalKpis &quarterPast = series[2];
    QCOMPARE(quarterPast.counters.offered, 1);
    QCOMPARE(quarterPast.counters.answered, 0);
    QCOMPARE(quarterPast.counters.abandoned, 1);
    QCOMPARE(quarterPast.counters.completed, 0);
    QCOMPARE(quarterPast.agentTime.readyIdleMs, 10 * second + 5 * minute); // incl. 09:20-09:25, still idle
    QCOMPARE(quarterPast.agentTime.handlingMs, 4 * minute + 50 * second);

    // One queue's series has the same contact figures and no agent time.
    const QList<IntervalKpis> salesSeries = engine.queueIntervals(sales, at(0), at(30 * minute));
    QCOMPARE(salesSeries.size(), 2);
    QCOMPARE(salesSeries[0].counters, nine.counters);
    QCOMPARE(salesSeries[1].counters, quarterPast.counters);
    QCOMPARE(salesSeries[1].agentTime, AgentTime{});

    const IntervalKpis today = engine.summary(at(-9 * hour), at(15 * hour), now);
    QCOMPARE(today.counters.offered, 2);
    QCOMPARE(today.counters.answered, 1);
    QCOMPARE(today.counters.abandoned, 1);
    QCOMPARE(today.agentTime.loggedInMs(), 15 * minute);
    QCOMPARE(today.counters.answered, engine.queue(sales, now).counters.answered);

    QCOMPARE(KpiEngine::intervalStart(at(14 * minute + 59 * second + 999)), at(0));
    QCOMPARE(KpiEngine::intervalStart(at(15 * minute)), at(15 * minute));
    QCOMPARE(KpiEngine::intervalStart(-1), -KpiEngine::IntervalMs);
}

void TestKpiEngine::intervalRetentionBoundsMemory()
{
    KpiEngine engine;
    engine.setIntervalRetention(4);
    QCOMPARE(engine.intervalRetention(), 4);
    for (qint64 i = 0; i < 6; ++i) {
        engine.contactQueued(i + 1, sales, Channel::Voice, i + 1, at(i * 15 * minute));
        engine.contactAbandoned(i + 1, sales, 30 * second, at(i * 15 * minute + 30 * second));
    }
    const qint64 now = at(6 * 15 * minute - 1);
    // The two oldest intervals are gone; the totals keep everything.
    const QList<IntervalKpis> oldest = engine.queueIntervals(sales, at(0), at(30 * minute));
    QCOMPARE(oldest.size(), 2);
    QCOMPARE(oldest[0].counters.offered, 0);
    QCOMPARE(oldest[1].counters.offered, 0);
    const QList<IntervalKpis> all = engine.intervals(at(0), now, now);
    QCOMPARE(all.size(), 4); // capped at the retention, latest kept
    QCOMPARE(all.first().startMs, at(30 * minute));
    for (const IntervalKpis &one : all)
        QCOMPARE(one.counters.offered, 1);
    QCOMPARE(engine.queue(sales, now).counters.offered, 6);
}

void TestKpiEngine::firstContactResolution()
{
    KpiEngine engine;
    QCOMPARE(engine.fcrWindowMs(), 7 * day);
    // Day 0: three contacts completed; customer 300's agent did not mark it resolved.
    handle(engine, Contact{.id = 1, .customerId = 100, .agentId = 1, .queuedAt = at(0)});
    handle(engine,
           Contact{.id = 2, .channel = Channel::Chat, .customerId = 200, .agentId = 2, .queuedAt = at(0)});
    handle(engine, Contact{.id = 3, .customerId = 300, .agentId = 2, .queuedAt = at(0), .resolved = false});
    KpiCounters c = engine.queue(sales, at(hour)).counters;
    QCOMPARE(c.completed, 3);
    QCOMPARE(c.resolvedFlagged, 2);
    QVERIFY(near(c.fcrProvisional(), 2.0 / 3));
    QVERIFY(!c.fcrFinal()); // no window has closed yet

    // Day 3: customer 100 is back, by e-mail: contact 1 was not resolved after all.
    engine.contactQueued(4, support, Channel::Email, 100, at(3 * day));
    c = engine.queue(sales, at(3 * day)).counters;
    QCOMPARE(c.repeatContacts, 1);
    QVERIFY(near(c.fcrProvisional(), 1.0 / 3));
    QCOMPARE(engine.agent(1, at(3 * day)).counters.fcrProvisionalResolved, 0);
    QCOMPARE(engine.channel(Channel::Voice, at(3 * day)).counters.repeatContacts, 1);
    engine.contactAnswered(4, support, 3, 0, at(3 * day));
    engine.contactCompleted(4, support, Channel::Email, 3, 100, 5 * minute, 0, 0, true, at(3 * day + hour));

    // A week after day 0 the first windows close, and the figures land in the interval the
    // contacts arrived in (kept for eight days by default, longer than the window).
    engine.advanceTo(at(7 * day + hour));
    QCOMPARE(engine.intervals(at(0), at(1), at(7 * day + hour)).first().counters.fcrFinalContacts, 3);
    QCOMPARE(engine.intervals(at(0), at(1), at(7 * day + hour)).first().counters.fcrFinalResolved, 1);

    // Day 8: customer 200 coming back now is a new matter.
    engine.contactQueued(5, sales, Channel::Chat, 200, at(8 * day));
    c = engine.queue(sales, at(8 * day)).counters;
    QCOMPARE(c.repeatContacts, 1);
    QCOMPARE(c.fcrFinalContacts, 3);
    QCOMPARE(c.fcrFinalResolved, 1); // contact 2 only
    QVERIFY(near(c.fcrFinal(), 1.0 / 3));
    QVERIFY(near(c.fcrProvisional(), 1.0 / 3));
    QCOMPARE(engine.agent(2, at(8 * day)).counters.fcrFinalResolved, 1);
    QCOMPARE(engine.agent(2, at(8 * day)).counters.fcrFinalContacts, 2);
    QVERIFY(!engine.queue(support, at(8 * day)).counters.fcrFinal()); // contact 4's window is open
    QVERIFY(near(engine.queue(support, at(8 * day)).counters.fcrProvisional(), 1.0));

    // A timer moving time past contact 4's window makes it final without any event.
    QSignalSpy changed(&engine, &KpiEngine::changed);
    engine.advanceTo(at(10 * day + 2 * hour));
    QCOMPARE(changed.size(), 1);
    QVERIFY(near(engine.queue(support, at(10 * day + 2 * hour)).counters.fcrFinal(), 1.0));
    QVERIFY(near(engine.overall(at(10 * day + 2 * hour)).counters.fcrFinal(), 2.0 / 4));
}

void TestKpiEngine::firstContactResolutionWindowIsConfigurable()
{
    KpiEngine engine;
    engine.setFcrWindowMs(day);
    handle(engine, Contact{.id = 1, .customerId = 100, .queuedAt = at(0)});
    handle(engine, Contact{.id = 2, .customerId = 200, .queuedAt = at(0)});
    handle(engine, Contact{.id = 3, .customerId = 0, .queuedAt = at(0)}); // unknown customer
    // The same interaction reopened is not a repeat contact.
    engine.contactQueued(1, sales, Channel::Voice, 100, at(2 * hour));
    engine.contactAbandoned(1, sales, 10 * second, at(2 * hour + 10 * second));
    // Customer 200 is back after the one-day window.
    engine.contactQueued(4, sales, Channel::Voice, 200, at(2 * day));
    const KpiCounters c = engine.queue(sales, at(2 * day)).counters;
    QCOMPARE(c.repeatContacts, 0);
    QCOMPARE(c.fcrFinalContacts, 3);
    QCOMPARE(c.fcrFinalResolved, 3);
    QVERIFY(near(c.fcrFinal(), 1.0));
}

void TestKpiEngine::csat()
{
    KpiEngine engine;
    QSignalSpy rejected(&engine, &KpiEngine::eventRejected);
    const int scores[] = {5, 4, 3, 1};
    for (qint64 id = 1; id <= 4; ++id) {
        handle(engine, Contact{.id = id,
                               .channel = id == 1 ? Channel::Chat : Channel::Voice,
                               .agentId = id <= 2 ? 1 : 2,
                               .queuedAt = at(id * minute)});
        engine.csatRecorded(id, sales, id <= 2 ? 1 : 2, scores[id - 1], at(hour + id * minute));
    }
    const KpiCounters c = engine.queue(sales, at(2 * hour)).counters;
    QCOMPARE(c.csatResponses, 4);
    QCOMPARE(c.csatSatisfied, 2);
    QVERIFY(near(c.csatSatisfiedShare(), 0.5));
    QVERIFY(near(c.csatMean(), 13.0 / 4));
    QVERIFY(near(engine.agent(1, at(2 * hour)).counters.csatMean(), 4.5));
    QVERIFY(near(engine.agent(2, at(2 * hour)).counters.csatSatisfiedShare(), 0.0));
    QVERIFY(near(engine.channel(Channel::Chat, at(2 * hour)).counters.csatMean(), 5.0));
    // Counted in the interval the contact arrived in, though the survey came an hour later.
    QCOMPARE(engine.intervals(at(0), at(15 * minute), at(2 * hour)).first().counters.csatResponses, 4);

    for (int bad : {0, 6, -1}) {
        engine.csatRecorded(1, sales, 1, bad, at(3 * hour));
        QCOMPARE(engine.queue(sales, at(3 * hour)).counters, c);
    }
    QCOMPARE(rejected.size(), 3);
    QCOMPARE(engine.rejectedEvents(), 3);
    QVERIFY(engine.lastRejection().contains(QStringLiteral("outside 1-5")));
}

void TestKpiEngine::rejectedEventsLeaveFiguresUntouched_data()
{
    QTest::addColumn<std::function<void(KpiEngine &)>>("event");
    QTest::addColumn<QString>("reason");
    // Set-up for each row: contact 1 waits in sales, contact 2 was answered, agent 1 is Ready.
    QTest::newRow("answer an answered contact")
        << std::function<void(KpiEngine &)>([](KpiEngine &e) { e.contactAnswered(2, sales, 1, 0, at(hour)); })
        << QStringLiteral("not waiting");
    QTest::newRow("abandon an answered contact")
        << std::function<void(KpiEngine &)>([](KpiEngine &e) { e.contactAbandoned(2, sales, 0, at(hour)); })
        << QStringLiteral("not waiting");
    QTest::newRow("answer from the wrong queue") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactAnswered(1, support, 1, 0, at(hour));
    }) << QStringLiteral("not waiting in queue 'support'");
    QTest::newRow("queue a waiting contact again") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactQueued(1, support, Channel::Voice, 1, at(hour));
    }) << QStringLiteral("already waits");
    QTest::newRow("negative wait") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactAnswered(1, sales, 1, -5, at(hour));
    }) << QStringLiteral("negative wait");
    QTest::newRow("move out a contact that is not there")
        << std::function<void(KpiEngine &)>([](KpiEngine &e) { e.contactMovedOut(9, sales, at(hour)); })
        << QStringLiteral("not waiting");
    QTest::newRow("complete a waiting contact") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactCompleted(1, sales, Channel::Voice, 1, 1, 1000, 0, 0, true, at(hour));
    }) << QStringLiteral("still waits");
    QTest::newRow("negative talk time") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactCompleted(2, sales, Channel::Voice, 1, 2, -1000, 0, 0, true, at(hour));
    }) << QStringLiteral("negative duration");
    QTest::newRow("negative workload")
        << std::function<void(KpiEngine &)>([](KpiEngine &e) { e.agentWorkloadChanged(1, -1, at(hour)); })
        << QStringLiteral("negative workload");
    QTest::newRow("empty queue id") << std::function<void(KpiEngine &)>([](KpiEngine &e) {
        e.contactQueued(5, QString(), Channel::Voice, 5, at(hour));
    }) << QStringLiteral("empty queue id");
    QTest::newRow("negative service-level seconds")
        << std::function<void(KpiEngine &)>([](KpiEngine &e) { e.queueConfigured(sales, -20, 5); })
        << QStringLiteral("negative threshold");
}

void TestKpiEngine::rejectedEventsLeaveFiguresUntouched()
{
    QFETCH(std::function<void(KpiEngine &)>, event);
    QFETCH(QString, reason);

    KpiEngine engine;
    engine.queueConfigured(sales, 20, 5);
    engine.agentStateChanged(1, AgentState::Ready, {}, at(0));
    engine.contactQueued(1, sales, Channel::Voice, 1, at(0));
    engine.contactQueued(2, sales, Channel::Voice, 2, at(0));
    engine.contactAnswered(2, sales, 1, 5 * second, at(5 * second));
    engine.agentWorkloadChanged(1, 1, at(5 * second));

    const qint64 now = at(2 * hour);
    const QueueKpis salesBefore = engine.queue(sales, now);
    const OverallKpis overallBefore = engine.overall(now);
    const AgentKpis agentBefore = engine.agent(1, now);
    QSignalSpy changed(&engine, &KpiEngine::changed);
    QSignalSpy rejected(&engine, &KpiEngine::eventRejected);

    event(engine);

    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.first().first().toString().contains(reason), qPrintable(engine.lastRejection()));
    QCOMPARE(engine.rejectedEvents(), 1);
    QCOMPARE(changed.size(), 0);
    const QueueKpis salesAfter = engine.queue(sales, now);
    QCOMPARE(salesAfter.counters, salesBefore.counters);
    QCOMPARE(salesAfter.waiting, salesBefore.waiting);
    QCOMPARE(salesAfter.serviceLevelSeconds, 20);
    const OverallKpis overallAfter = engine.overall(now);
    QCOMPARE(overallAfter.counters, overallBefore.counters);
    QCOMPARE(overallAfter.waiting, overallBefore.waiting);
    QCOMPARE(overallAfter.agentTime, overallBefore.agentTime);
    QCOMPARE(engine.agent(1, now).activeContacts, agentBefore.activeContacts);

    // The engine keeps working after a refusal.
    engine.contactAnswered(1, sales, 1, 10 * second, at(10 * second));
    QCOMPARE(engine.queue(sales, now).counters.answered, 2);
}

void TestKpiEngine::contactsSeenOnlyFromTheirAnswer()
{
    // A KPI engine started while contacts were already waiting still counts what it sees.
    KpiEngine engine;
    engine.contactAnswered(1, sales, 1, 30 * second, at(15 * minute + 10 * second));
    engine.contactCompleted(1, sales, Channel::Voice, 1, 1, 60 * second, 0, 0, true, at(20 * minute));
    const KpiCounters c = engine.queue(sales, at(hour)).counters;
    QCOMPARE(c.offered, 0);
    QCOMPARE(c.answered, 1);
    QCOMPARE(c.answeredInTarget, 0);
    QCOMPARE(c.completed, 1);
    // It arrived at 09:14:40, so it counts in the 09:00 interval.
    const QList<IntervalKpis> series = engine.intervals(at(0), at(30 * minute), at(hour));
    QCOMPARE(series[0].counters.answered, 1);
    QCOMPARE(series[0].counters.completed, 1);
    QCOMPARE(series[1].counters.answered, 0);
    QCOMPARE(engine.rejectedEvents(), 0);
}

void TestKpiEngine::changedSignalPerEvent()
{
    KpiEngine engine;
    QSignalSpy changed(&engine, &KpiEngine::changed);
    engine.queueConfigured(sales, 30, 5);
    engine.contactQueued(1, sales, Channel::Sms, 1, at(0));
    engine.agentStateChanged(1, AgentState::Ready, {}, at(0));
    engine.contactAnswered(1, sales, 1, 25 * second, at(25 * second));
    QCOMPARE(changed.size(), 4);
    // The queue's own threshold applies: 25 s is within 30 s.
    QCOMPARE(engine.queue(sales, at(30 * second)).counters.answeredInTarget, 1);
    engine.advanceTo(at(40 * second)); // nothing to close: no signal
    QCOMPARE(changed.size(), 4);
}

QTEST_APPLESS_MAIN(TestKpiEngine)

#include "tst_kpiengine.moc"
