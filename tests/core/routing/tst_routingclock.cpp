#include "routing/virtualclock.h"
#include "routing/wallclock.h"

#include <QDateTime>
#include <QTest>

using namespace ContactDesk;

class TestRoutingClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtualTimersFireInDueOrderAtTheirOwnTime();
    void sameMillisecondFiresInSchedulingOrder();
    void cancelledTimersNeverFire();
    void callbacksMaySchedulePastAndFutureTimers();
    void timeNeverGoesBackwards();
    void manyCancelledTimersDoNotPileUp();
    void wallClockFiresFromTheEventLoop();
};

void TestRoutingClock::virtualTimersFireInDueOrderAtTheirOwnTime()
{
    VirtualClock clock(1000);
    QList<QPair<int, qint64>> fired;
    clock.schedule(5000, [&] { fired.append({5, clock.nowMs()}); });
    clock.schedule(2000, [&] { fired.append({2, clock.nowMs()}); });
    clock.schedule(3000, [&] { fired.append({3, clock.nowMs()}); });
    clock.advanceTo(4000);
    QCOMPARE(fired, (QList<QPair<int, qint64>>{{2, 2000}, {3, 3000}}));
    QCOMPARE(clock.nowMs(), 4000);
    QCOMPARE(clock.pendingTimers(), 1);
    clock.advanceBy(1000);
    QCOMPARE(fired.last(), (QPair<int, qint64>{5, 5000}));
}

void TestRoutingClock::sameMillisecondFiresInSchedulingOrder()
{
    VirtualClock clock(0);
    QList<int> order;
    for (int i = 0; i < 50; ++i)
        clock.schedule(100, [&order, i] { order.append(i); });
    clock.advanceTo(100);
    QList<int> expected;
    for (int i = 0; i < 50; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
}

void TestRoutingClock::cancelledTimersNeverFire()
{
    VirtualClock clock(0);
    int fired = 0;
    const TimerId first = clock.schedule(10, [&] { ++fired; });
    const TimerId second = clock.schedule(20, [&] { fired += 10; });
    clock.cancel(first);
    clock.cancel(first); // twice is harmless
    clock.cancel(0);
    clock.advanceTo(100);
    QCOMPARE(fired, 10);
    clock.cancel(second); // after it fired: harmless, and it must not cancel a later timer in that slot
    const TimerId third = clock.schedule(200, [&] { fired += 100; });
    QVERIFY(third != second);
    clock.cancel(second);
    clock.advanceTo(300);
    QCOMPARE(fired, 110);
}

void TestRoutingClock::callbacksMaySchedulePastAndFutureTimers()
{
    VirtualClock clock(0);
    QList<qint64> times;
    clock.schedule(10, [&] {
        times.append(clock.nowMs());
        clock.schedule(5, [&] { times.append(clock.nowMs()); });  // already past: runs at once, at 10
        clock.schedule(30, [&] { times.append(clock.nowMs()); }); // still inside this advance
    });
    clock.advanceTo(50);
    QCOMPARE(times, (QList<qint64>{10, 10, 30}));
    QVERIFY(clock.runNext() == false);
}

void TestRoutingClock::timeNeverGoesBackwards()
{
    VirtualClock clock(1000);
    clock.advanceTo(500);
    QCOMPARE(clock.nowMs(), 1000);
    WallClock wall;
    const qint64 first = wall.nowMs();
    QVERIFY(wall.nowMs() >= first);
}

void TestRoutingClock::manyCancelledTimersDoNotPileUp()
{
    VirtualClock clock(0);
    for (int i = 0; i < 100'000; ++i)
        clock.cancel(clock.schedule(1'000'000 + i, [] {}));
    QCOMPARE(clock.pendingTimers(), 0);
    QVERIFY(!clock.nextDueMs().has_value());
}

void TestRoutingClock::wallClockFiresFromTheEventLoop()
{
    WallClock clock;
    bool cancelledFired = false;
    bool fired = false;
    const TimerId cancelled = clock.schedule(clock.nowMs() + 5, [&] { cancelledFired = true; });
    clock.schedule(clock.nowMs() + 30, [&] { fired = true; });
    clock.cancel(cancelled);
    QTRY_VERIFY(fired);
    QVERIFY(!cancelledFired); // it was due first, so it would have fired by now
    QCOMPARE(clock.pendingTimers(), 0);
}

QTEST_GUILESS_MAIN(TestRoutingClock)
#include "tst_routingclock.moc"
