#include "domain/interaction.h"

#include <QTest>

using namespace ContactDesk;

class TestInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathRecordsEveryTime();
    void holdTimeIsExcludedFromTalk();
    void legalTransitions_data();
    void legalTransitions();
    void illegalTransitionIsRefusedAndChangesNothing_data();
    void illegalTransitionIsRefusedAndChangesNothing();
    void timeCannotGoBackwards();
    void rejectedOfferGoesBackToQueueKeepingOriginalWait();
    void abandonedIsTerminalAndMeasuresWait();
    void csatMustBeOneToFive();
    void stateKeysRoundTrip();
    void restoreKeepsStateAndGuardsLaterTransitions();
};

void TestInteraction::happyPathRecordsEveryTime()
{
    Interaction interaction = Interaction::create(Channel::Chat, Direction::Inbound, 1000);
    QCOMPARE(interaction.state(), InteractionState::Created);
    QVERIFY(!interaction.transitionTo(InteractionState::Queued, 2000));
    QVERIFY(!interaction.transitionTo(InteractionState::Offered, 5000));
    QVERIFY(!interaction.transitionTo(InteractionState::Connected, 7000));
    QVERIFY(!interaction.transitionTo(InteractionState::WrapUp, 67000));
    QVERIFY(!interaction.transitionTo(InteractionState::Closed, 82000));

    QCOMPARE(interaction.state(), InteractionState::Closed);
    QVERIFY(interaction.isTerminal());
    QCOMPARE(interaction.times().createdMs, 1000);
    QCOMPARE(interaction.times().queuedMs, 2000);
    QCOMPARE(interaction.times().offeredMs, 5000);
    QCOMPARE(interaction.times().connectedMs, 7000);
    QCOMPARE(interaction.waitMs(), 5000);
    QCOMPARE(interaction.talkMs(), 60000);
    QCOMPARE(interaction.afterCallWorkMs(), 15000);
}

void TestInteraction::holdTimeIsExcludedFromTalk()
{
    Interaction call = Interaction::create(Channel::Voice, Direction::Inbound, 0);
    QVERIFY(!call.transitionTo(InteractionState::Offered, 0));
    QVERIFY(!call.transitionTo(InteractionState::Connected, 1000));
    QVERIFY(!call.transitionTo(InteractionState::Held, 11000));
    QVERIFY(!call.transitionTo(InteractionState::Connected, 31000));
    QVERIFY(!call.transitionTo(InteractionState::Held, 41000));
    QVERIFY(!call.transitionTo(InteractionState::WrapUp, 46000)); // hung up while on hold
    QCOMPARE(call.times().totalHoldMs, 25000);
    QCOMPARE(call.times().heldSinceMs, 0);
    QCOMPARE(call.talkMs(), 20000);
}

using S = InteractionState;

void TestInteraction::legalTransitions_data()
{
    QTest::addColumn<QList<InteractionState>>("path");
    QTest::newRow("blocked at arrival") << QList<S>{S::Blocked};
    QTest::newRow("abandon in queue") << QList<S>{S::Queued, S::Abandoned};
    QTest::newRow("abandon while ringing") << QList<S>{S::Queued, S::Offered, S::Abandoned};
    QTest::newRow("RONA back to queue")
        << QList<S>{S::Queued, S::Offered, S::Queued, S::Offered, S::Connected};
    QTest::newRow("callback keeps place")
        << QList<S>{S::Queued, S::CallbackRequested, S::Offered, S::Connected, S::WrapUp, S::Closed};
    QTest::newRow("transfer to queue")
        << QList<S>{S::Queued, S::Offered, S::Connected, S::Transferred, S::Queued, S::Offered, S::Connected};
    QTest::newRow("transfer from hold")
        << QList<S>{S::Offered, S::Connected, S::Held, S::Transferred, S::Offered};
    QTest::newRow("overflow to another queue") << QList<S>{S::Queued, S::Transferred, S::Queued};
}

void TestInteraction::legalTransitions()
{
    QFETCH(QList<InteractionState>, path);
    Interaction interaction = Interaction::create(Channel::Voice, Direction::Inbound, 100);
    qint64 at = 100;
    for (InteractionState next : path) {
        at += 10;
        const auto error = interaction.transitionTo(next, at);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(interaction.state(), next);
    }
}

void TestInteraction::illegalTransitionIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QList<InteractionState>>("path");
    QTest::addColumn<InteractionState>("illegal");
    QTest::newRow("connect without offer") << QList<S>{S::Queued} << S::Connected;
    QTest::newRow("close without wrap-up") << QList<S>{S::Offered, S::Connected} << S::Closed;
    QTest::newRow("reopen closed") << QList<S>{S::Offered, S::Connected, S::WrapUp, S::Closed} << S::Queued;
    QTest::newRow("abandon after connect") << QList<S>{S::Offered, S::Connected} << S::Abandoned;
    QTest::newRow("hold before connect") << QList<S>{S::Queued, S::Offered} << S::Held;
    QTest::newRow("leave blocked") << QList<S>{S::Blocked} << S::Queued;
    QTest::newRow("same state") << QList<S>{S::Queued} << S::Queued;
}

void TestInteraction::illegalTransitionIsRefusedAndChangesNothing()
{
    QFETCH(QList<InteractionState>, path);
    QFETCH(InteractionState, illegal);
    Interaction interaction = Interaction::create(Channel::Voice, Direction::Inbound, 100);
    qint64 at = 100;
    for (InteractionState next : path)
        QVERIFY(!interaction.transitionTo(next, ++at));

    const InteractionState before = interaction.state();
    const InteractionTimes timesBefore = interaction.times();
    const auto error = interaction.transitionTo(illegal, at + 1000);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("illegal-transition"));
    QVERIFY(error->message.contains(interactionStateKey(illegal)));
    QCOMPARE(interaction.state(), before);
    QCOMPARE(interaction.times().closedMs, timesBefore.closedMs);
    QCOMPARE(interaction.times().queuedMs, timesBefore.queuedMs);
}

void TestInteraction::timeCannotGoBackwards()
{
    Interaction interaction = Interaction::create(Channel::Email, Direction::Inbound, 5000);
    const auto error = interaction.transitionTo(InteractionState::Queued, 4999);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("time-went-backwards"));
    QCOMPARE(interaction.state(), InteractionState::Created);
}

void TestInteraction::rejectedOfferGoesBackToQueueKeepingOriginalWait()
{
    Interaction interaction = Interaction::create(Channel::Voice, Direction::Inbound, 0);
    QVERIFY(!interaction.transitionTo(InteractionState::Queued, 1000));
    QVERIFY(!interaction.transitionTo(InteractionState::Offered, 3000));
    QVERIFY(!interaction.transitionTo(InteractionState::Queued, 18000)); // missed
    QVERIFY(!interaction.transitionTo(InteractionState::Offered, 20000));
    QVERIFY(!interaction.transitionTo(InteractionState::Connected, 21000));
    QCOMPARE(interaction.times().queuedMs, 1000);
    QCOMPARE(interaction.waitMs(), 20000);
}

void TestInteraction::abandonedIsTerminalAndMeasuresWait()
{
    // Times are milliseconds since the epoch; 0 means "not yet", so real times are positive.
    Interaction interaction = Interaction::create(Channel::Voice, Direction::Inbound, 1000);
    QVERIFY(!interaction.transitionTo(InteractionState::Queued, 1000));
    QVERIFY(!interaction.transitionTo(InteractionState::Abandoned, 43000));
    QVERIFY(interaction.isTerminal());
    QCOMPARE(interaction.waitMs(), 42000);
    QCOMPARE(interaction.talkMs(), -1);
}

void TestInteraction::csatMustBeOneToFive()
{
    Interaction interaction = Interaction::create(Channel::Chat, Direction::Inbound, 1);
    QVERIFY(interaction.setCsat(0));
    QVERIFY(interaction.setCsat(6));
    QVERIFY(!interaction.csat().has_value());
    QVERIFY(!interaction.setCsat(4));
    QCOMPARE(interaction.csat().value(), 4);
}

void TestInteraction::stateKeysRoundTrip()
{
    for (int i = 0; i <= int(InteractionState::Blocked); ++i) {
        const auto state = InteractionState(i);
        QCOMPARE(interactionStateFromKey(interactionStateKey(state)), state);
    }
    QVERIFY(!interactionStateFromKey(u"ringing").has_value());
}

void TestInteraction::restoreKeepsStateAndGuardsLaterTransitions()
{
    InteractionTimes times;
    times.createdMs = 100;
    times.queuedMs = 200;
    times.offeredMs = 300;
    times.connectedMs = 400;
    Interaction interaction;
    interaction.restore(InteractionState::Connected, times, 5);
    QCOMPARE(interaction.state(), InteractionState::Connected);
    QCOMPARE(interaction.csat().value(), 5);
    QVERIFY(interaction.transitionTo(InteractionState::WrapUp, 350)); // before connect: refused
    QVERIFY(!interaction.transitionTo(InteractionState::WrapUp, 500));
}

QTEST_APPLESS_MAIN(TestInteraction)
#include "tst_interaction.moc"
