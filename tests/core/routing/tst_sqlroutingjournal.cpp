#include "routing/routingengine.h"
#include "routing/routingjournalcodec.h"
#include "routing/sqlroutingjournal.h"
#include "routing/virtualclock.h"
#include "routingtestsupport.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::RoutingTest;

namespace {

// A contact centre with a bit of everything in its journal.
void configure(RoutingEngine &engine)
{
    RoutingQueueConfig sales = queue(QStringLiteral("sales"), QStringLiteral("sales"));
    sales.affinityDays = 7;
    sales.afterCallWorkSeconds = -1;
    sales.agingPointsPerMinute = 2;
    QVERIFY(!engine.configureQueue(sales));
    QVERIFY(!engine.configureQueue(queue(QStringLiteral("renewals"), QStringLiteral("sales"))));
    for (qint64 id : {1, 2, 3})
        QVERIFY(!engine.configureAgent(agent(id, {{QStringLiteral("sales"), 3 + int(id)}})));
}

} // namespace

class TestSqlRoutingJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartRebuildsEverything_data();
    void restartRebuildsEverything();
    void failedWriteIsRefusedAndLosesNothing_data();
    void failedWriteIsRefusedAndLosesNothing();
    void damagedRecordIsReportedNotRestored();
    void codecRoundTripsEveryField();

private:
    QString connection(const QString &backend, QTemporaryDir &directory);
};

QString TestSqlRoutingJournal::connection(const QString &backend, QTemporaryDir &directory)
{
    if (backend == u"sqlite")
        return directory.filePath(QStringLiteral("routing.sqlite"));
    QString url = qEnvironmentVariable("CONTACTDESK_TEST_POSTGRES");
    if (url.isEmpty())
        return QString();
    // A schema of its own, so that test runs never see each other's tables.
    return url + (url.contains(u'?') ? u'&' : u'?')
           + QStringLiteral("schema=routing_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestSqlRoutingJournal::restartRebuildsEverything_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSqlRoutingJournal::restartRebuildsEverything()
{
    QFETCH(QString, backend);
    QTemporaryDir directory;
    const QString where = connection(backend, directory);
    if (where.isEmpty())
        QSKIP("CONTACTDESK_TEST_POSTGRES is not set (run under scripts/with-services.sh)");

    QList<qint64> line;
    qint64 connected = 0;
    qint64 wrapping = 0;
    qint64 callback = 0;
    qint64 vip = 0;
    qint64 nowMs = 0;
    QStringList problems;
    {
        Database database;
        QVERIFY(!database.open(where));
        VirtualClock clock(StartMs);
        SqlRoutingJournal journal(database);
        RoutingEngine engine(clock, &journal);
        configure(engine);
        QVERIFY(!engine.restore());
        QVERIFY(!engine.setAgentState(1, AgentState::Ready));
        QVERIFY(!engine.setAgentState(2, AgentState::Ready));
        connected = engine.contactArrived(call(QStringLiteral("sales"), 700)).interactionId;
        QVERIFY(!engine.acceptOffer(1, connected));
        wrapping = engine.contactArrived(call(QStringLiteral("sales"), 701)).interactionId;
        QVERIFY(!engine.acceptOffer(2, wrapping));
        clock.advanceBy(30'000);
        QVERIFY(!engine.endContact(wrapping)); // manual wrap-up: agent 2 stays in after-call work
        for (int priority : {20, 80, 50, 50}) {
            ContactRequest request = call(QStringLiteral("sales"));
            request.priority = priority;
            line.append(engine.contactArrived(request).interactionId);
            clock.advanceBy(1000);
        }
        ContactRequest important = call(QStringLiteral("sales"), 42);
        important.vip = true;
        vip = engine.contactArrived(important).interactionId;
        callback = engine.contactArrived(call(QStringLiteral("sales"), 43)).interactionId;
        QVERIFY(!engine.requestCallback(callback));
        QVERIFY(!engine.setAgentState(3, AgentState::NotReady, QStringLiteral("training")));
        OutboundCampaign campaign;
        campaign.id = QStringLiteral("spring");
        campaign.queueId = QStringLiteral("renewals");
        campaign.customerIds = {900, 901, 902};
        QVERIFY(!engine.startCampaign(campaign)); // nobody free: nothing dialled yet
        line = engine.waitingContacts(QStringLiteral("sales"));
        problems = engine.checkInvariants();
        nowMs = clock.nowMs();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    Database database;
    QVERIFY(!database.open(where));
    VirtualClock clock(nowMs + 60'000);
    SqlRoutingJournal journal(database);
    RoutingEngine engine(clock, &journal);
    configure(engine);
    QVERIFY(!engine.restore());
    problems = engine.checkInvariants();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    QCOMPARE(engine.waitingContacts(QStringLiteral("sales")), line);
    QCOMPARE(engine.agentContacts(1), QList<qint64>{connected});
    QCOMPARE(engine.contact(connected)->interaction.state(), InteractionState::Connected);
    QCOMPARE(engine.agentContacts(2), QList<qint64>{wrapping});
    QCOMPARE(engine.contact(wrapping)->interaction.state(), InteractionState::WrapUp);
    QCOMPARE(engine.agent(2)->state, AgentState::AfterCallWork);
    QCOMPARE(engine.agent(3)->reasonCode, QStringLiteral("training"));
    QVERIFY(engine.contact(vip)->vip);
    QCOMPARE(engine.contact(vip)->routingPriority, 70);
    QVERIFY(engine.contact(callback)->callback);
    QCOMPARE(engine.contact(callback)->interaction.state(), InteractionState::CallbackRequested);
    QCOMPARE(engine.campaign(QStringLiteral("spring"))->customerIds.size(), 3);

    // Wrap-up ends: agent 2 takes the head of the line; nothing was lost, ids go on.
    QVERIFY(!engine.finishWrapUp(wrapping, QStringLiteral("sale"), true));
    QCOMPARE(engine.pendingOffer(2), line.first());
    const ArrivalResult again = engine.contactArrived(call(QStringLiteral("sales"), 700));
    QVERIFY(again.interactionId > callback);
    QCOMPARE(engine.contact(again.interactionId)->affinityAgentId, 1); // affinity survived too

    // The store holds exactly the open contacts.
    StoreResult<QSqlQuery *> rows = database.execute(QStringLiteral("SELECT COUNT(*) FROM routing_contacts"));
    QVERIFY(rows.ok());
    QVERIFY(rows.value()->next());
    QCOMPARE(rows.value()->value(0).toInt(), engine.liveContactCount());
    rows.value()->finish();
}

void TestSqlRoutingJournal::failedWriteIsRefusedAndLosesNothing_data()
{
    restartRebuildsEverything_data();
}

void TestSqlRoutingJournal::failedWriteIsRefusedAndLosesNothing()
{
    QFETCH(QString, backend);
    QTemporaryDir directory;
    const QString where = connection(backend, directory);
    if (where.isEmpty())
        QSKIP("CONTACTDESK_TEST_POSTGRES is not set (run under scripts/with-services.sh)");

    Database database;
    QVERIFY(!database.open(where));
    VirtualClock clock(StartMs);
    SqlRoutingJournal journal(database);
    RecordingKpiFeed kpi;
    RoutingEngine engine(clock, &journal, &kpi);
    configure(engine);
    QVERIFY(!engine.restore());
    QVERIFY(!engine.setAgentState(1, AgentState::Ready));
    const qint64 first = engine.contactArrived(call(QStringLiteral("sales"))).interactionId;
    const qint64 second = engine.contactArrived(call(QStringLiteral("sales"))).interactionId;
    const int kpiCalls = int(kpi.calls.size());

    // The database refuses writes for real (a read-only session), as a full disk would.
    const bool sqlite = backend == u"sqlite";
    QVERIFY(!database.executeDirect(sqlite ? QStringLiteral("PRAGMA query_only = ON")
                                           : QStringLiteral("SET default_transaction_read_only = on")));
    const ArrivalResult refused = engine.contactArrived(call(QStringLiteral("sales")));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, QStringLiteral("store-query-failed"));
    const std::optional<DomainError> notAccepted = engine.acceptOffer(1, first);
    QVERIFY(notAccepted);
    QCOMPARE(engine.liveContacts(), (QList<qint64>{first, second}));
    QCOMPARE(engine.pendingOffer(1), first); // as before the failures
    QCOMPARE(engine.contact(first)->interaction.state(), InteractionState::Offered);
    QCOMPARE(int(kpi.calls.size()), kpiCalls); // nobody was told about what did not happen
    QVERIFY(engine.checkInvariants().isEmpty());
    QVERIFY(!engine.isFailed());

    QVERIFY(!database.executeDirect(sqlite ? QStringLiteral("PRAGMA query_only = OFF")
                                           : QStringLiteral("SET default_transaction_read_only = off")));
    QVERIFY(!engine.acceptOffer(1, first));
    const ArrivalResult accepted = engine.contactArrived(call(QStringLiteral("sales")));
    QVERIFY(!accepted.error);
    QVERIFY(accepted.interactionId > second);
    QCOMPARE(engine.waitingContacts(QStringLiteral("sales")),
                                    (QList<qint64>{second, accepted.interactionId}));
}

void TestSqlRoutingJournal::damagedRecordIsReportedNotRestored()
{
    QTemporaryDir directory;
    const QString where = directory.filePath(QStringLiteral("routing.sqlite"));
    qint64 id = 0;
    {
        Database database;
        QVERIFY(!database.open(where));
        VirtualClock clock(StartMs);
        SqlRoutingJournal journal(database);
        RoutingEngine engine(clock, &journal);
        configure(engine);
        QVERIFY(!engine.restore());
        id = engine.contactArrived(call(QStringLiteral("sales"))).interactionId;
        StoreResult<QSqlQuery *> damage =
            database.execute(QStringLiteral("UPDATE routing_contacts SET record = ? WHERE id = ?"),
                                            {QStringLiteral("{\"id\": \"seven\"}"), id});
        QVERIFY(damage.ok());
        damage.value()->finish();
    }
    Database database;
    QVERIFY(!database.open(where));
    VirtualClock clock(StartMs + 1000);
    SqlRoutingJournal journal(database);
    RoutingEngine engine(clock, &journal);
    configure(engine);
    const std::optional<DomainError> error = engine.restore();
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("journal-damaged"));
    QVERIFY2(error->message.contains(QString::number(id)), qPrintable(error->message));
    QVERIFY(engine.isFailed());
    QVERIFY(engine.contactArrived(call(QStringLiteral("sales"))).error); // refuses until repaired
}

void TestSqlRoutingJournal::codecRoundTripsEveryField()
{
    RoutedContact contact;
    contact.interaction = Interaction::create(Channel::Chat, Direction::Inbound, StartMs);
    contact.interaction.id = 77;
    contact.interaction.customerId = 5;
    contact.interaction.queueId = QStringLiteral("sales");
    contact.interaction.requiredSkills = {SkillRequirement{QStringLiteral("ko"), 4}};
    contact.interaction.priority = 60;
    contact.interaction.subject = QStringLiteral("주문 문의");
    QVERIFY(!contact.interaction.transitionTo(InteractionState::Queued, StartMs + 10));
    QVERIFY(!contact.interaction.transitionTo(InteractionState::Offered, StartMs + 20));
    QVERIFY(!contact.interaction.transitionTo(InteractionState::Connected, StartMs + 30));
    QVERIFY(!contact.interaction.transitionTo(InteractionState::Held, StartMs + 40));
    contact.interaction.agentId = 3;
    contact.routingPriority = 80;
    contact.vip = true;
    contact.placeMs = StartMs + 10;
    contact.placeSequence = 12;
    contact.step = 2;
    contact.stepSinceMs = StartMs + 15;
    contact.affinityAgentId = 3;
    contact.workItemId = 9;
    contact.dueAtMs = StartMs + 99;
    contact.campaignId = QStringLiteral("c");
    contact.segmentStartMs = StartMs + 30;
    contact.priorTalkMs = 11;
    contact.priorHoldMs = 4;
    const QJsonObject json = RoutingJournalCodec::toJson(contact);
    const auto decoded = RoutingJournalCodec::contactFromJson(json);
    QVERIFY(std::holds_alternative<RoutedContact>(decoded));
    QCOMPARE(RoutingJournalCodec::toJson(std::get<RoutedContact>(decoded)), json);
    const RoutedContact &back = std::get<RoutedContact>(decoded);
    QCOMPARE(back.interaction.state(), InteractionState::Held);
    QCOMPARE(back.interaction.times().heldSinceMs, StartMs + 40);
    // It goes on from where it was: the hold ends and is counted.
    RoutedContact resumed = back;
    QVERIFY(!resumed.interaction.transitionTo(InteractionState::Connected, StartMs + 50));
    QCOMPARE(resumed.interaction.times().totalHoldMs, 10);

    RoutedAgent agent;
    agent.agentId = 3;
    agent.state = AgentState::NotReady;
    agent.reasonCode = QStringLiteral("missed");
    agent.contactsToday = 14;
    QCOMPARE(RoutingJournalCodec::toJson(std::get<RoutedAgent>(
                 RoutingJournalCodec::agentFromJson(RoutingJournalCodec::toJson(agent)))),
             RoutingJournalCodec::toJson(agent));

    QJsonObject broken = json;
    broken.insert(QStringLiteral("state"), QStringLiteral("levitating"));
    const auto refused = RoutingJournalCodec::contactFromJson(broken);
    QVERIFY(std::holds_alternative<DomainError>(refused));
    QVERIFY(std::get<DomainError>(refused).message.contains(QStringLiteral("levitating")));
}

QTEST_GUILESS_MAIN(TestSqlRoutingJournal)
#include "tst_sqlroutingjournal.moc"
