#include "backend/wallboardlayout.h"
#include "centre/contactcentre.h"
#include "centre/wallboardbuilder.h"
#include "centretestsupport.h"
#include "metrics/kpiengine.h"
#include "net/wallboardupdates.h"
#include "routing/virtualclock.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;

namespace {

struct Fixture
{
    Store store;
    std::unique_ptr<Database> database;
    VirtualClock clock{StartMs};
    std::unique_ptr<ContactCentre> centre;
    std::unique_ptr<WallboardBuilder> wallboard;

    bool setUp()
    {
        if (auto error = store.create()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        database = store.open();
        if (!database)
            return false;
        centre = std::make_unique<ContactCentre>(*database, clock);
        if (auto error = centre->start()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        wallboard = std::make_unique<WallboardBuilder>(*centre);
        return true;
    }

    ArrivalResult arrive(Channel channel, const QString &from, const QString &queue = QStringLiteral("sales"))
    {
        InboundContact contact;
        contact.channel = channel;
        contact.queueId = queue;
        contact.from = from;
        contact.subject = QStringLiteral("Plan change");
        return centre->contactArrived(contact);
    }

    const WallboardQueue *queue(const WallboardSnapshot &snapshot, const QString &id) const
    {
        for (const WallboardQueue &row : snapshot.queues) {
            if (row.queueId == id)
                return &row;
        }
        return nullptr;
    }

    const WallboardAgent *agent(const WallboardSnapshot &snapshot, qint64 id) const
    {
        for (const WallboardAgent &row : snapshot.agents) {
            if (row.agentId == id)
                return &row;
        }
        return nullptr;
    }

    QList<qint64> behind(WallboardFigure figure, const QString &queueId)
    {
        WallboardDrillDown request;
        request.queueIds = {queueId};
        request.figure = figure;
        request.fromMs = WallboardBuilder::dayStart(clock.nowMs());
        request.toMs = clock.nowMs() + 1;
        auto rows = wallboard->drillDown(request);
        if (!rows) {
            qWarning("drill-down: %s", qPrintable(rows.error().message));
            return {};
        }
        QList<qint64> ids;
        for (const WallboardContact &row : *rows)
            ids.append(row.interactionId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // A finished interaction of the past written straight into the store, as history is.
    bool insertHistory(const QString &queueId, qint64 createdMs, qint64 waitMs, bool answered,
                       qint64 handleMs)
    {
        const qint64 connected = answered ? createdMs + waitMs : 0;
        const qint64 wrapUp = answered ? connected + handleMs - 10'000 : 0;
        const qint64 closed = answered ? connected + handleMs : createdMs + waitMs;
        auto inserted = database->execute(QStringLiteral("INSERT INTO interactions (channel, direction, state, customer_id, queue_id,"
                           " required_skills, priority, agent_id, subject, external_ref, disposition_code, notes,"
                           " resolved, csat, created_ms, queued_ms, offered_ms, connected_ms, wrap_up_ms, closed_ms,"
                           " abandoned_ms, callback_requested_ms, held_since_ms, total_hold_ms)"
                           " VALUES ('voice', 'inbound', ?, NULL, ?, '[]', 50, NULL, '', '', '', '', 0, NULL, ?, ?,"
                           " 0, ?, ?, ?, ?, 0, 0, 0)"),
            {answered ? QStringLiteral("closed")
                      : QStringLiteral("abandoned"), queueId, qlonglong(createdMs), qlonglong(createdMs),
                                       qlonglong(connected), qlonglong(wrapUp),
                                       qlonglong(answered ? closed : 0), qlonglong(answered ? 0 : closed)});
        if (!inserted) {
            qWarning("%s", qPrintable(inserted.error().message));
            return false;
        }
        inserted.value()->finish();
        return true;
    }
};

WallboardSnapshot snapshotWith(int waiting, qint64 longestWaitMs, KpiCounters today = {})
{
    WallboardSnapshot snapshot;
    WallboardQueue queue;
    queue.queueId = QStringLiteral("sales");
    queue.waiting = waiting;
    queue.longestWaitMs = longestWaitMs;
    queue.today = today;
    snapshot.queues.append(queue);
    WallboardQueue other;
    other.queueId = QStringLiteral("billing");
    other.waiting = 100;
    snapshot.queues.append(other);
    return snapshot;
}

// A server's answer as a client decodes it.
WallboardUpdate decoded(const QByteArray &answer)
{
    const QJsonObject payload = QJsonDocument::fromJson(answer).object();
    auto update = decodeWallboardUpdate(payload);
    if (auto *error = std::get_if<Protocol::Error>(&update))
        qFatal("the answer does not decode: %s", qPrintable(error->message));
    return std::get<WallboardUpdate>(std::move(update));
}

QList<qint64> agentIdsOf(const WallboardSnapshot &snapshot)
{
    QList<qint64> ids;
    for (const WallboardAgent &row : snapshot.agents)
        ids.append(row.agentId);
    return ids;
}

} // namespace

class TestWallboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kpiKeysRoundTrip();
    void tileStatusFollowsTargetAndAlarm();
    void kpiValuesOverAQueueGroup();
    void layoutJsonRoundTripAndRefusals();
    void agentThresholdsColourPastOnceAndTwice();
    void agentThresholdsInTheLayoutJson();
    void snapshotShowsQueuesAndAgents();
    void agentRowsStayTheSameBetweenEvents();
    void revisionsCarryOnlyWhatChanged();
    void revisionsRefuseWhatTheyCannotCarry();
    void drillDownListsExactlyTheContactsBehindAFigure();
    void skillChangeReachesRoutingAtOnce();
    void supervisionGoesThroughTheTelephonyConnector();
    void callEndClearsMuteAndSupervision();
    void intradayForecastAndStaffing();
    void trendFromTheStore();
};

void TestWallboard::kpiKeysRoundTrip()
{
    const QList<WallboardKpi> kpis = allWallboardKpis();
    QCOMPARE(kpis.size(), 17);
    QSet<QString> keys;
    for (int i = 0; i < kpis.size(); ++i) {
        QCOMPARE(int(kpis.at(i)), i); // the table in wallboardlayout.cpp follows the enum
        const QString key = wallboardKpiKey(kpis.at(i));
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        QCOMPARE(wallboardKpiFromKey(key), std::optional<WallboardKpi>(kpis.at(i)));
    }
    QVERIFY(!wallboardKpiFromKey(u"no-such-kpi"));
    QCOMPARE(wallboardKpiUnit(WallboardKpi::ServiceLevel), QStringLiteral("percent"));
    QCOMPARE(wallboardKpiUnit(WallboardKpi::Asa), QStringLiteral("seconds"));
    QCOMPARE(wallboardKpiUnit(WallboardKpi::Waiting), QStringLiteral("count"));
    for (WallboardFigure figure : {WallboardFigure::Waiting, WallboardFigure::AnsweredLate,
                                   WallboardFigure::Completed, WallboardFigure::CallbacksWaiting})
        QCOMPARE(wallboardFigureFromKey(wallboardFigureKey(figure)), std::optional<WallboardFigure>(figure));
}

void TestWallboard::tileStatusFollowsTargetAndAlarm()
{
    WallboardTile sl = WallboardLayout::defaultTile(WallboardKpi::ServiceLevel); // 80 / 70
    QCOMPARE(sl.status(std::nullopt), TileStatus::NoData);
    QCOMPARE(sl.status(80.0), TileStatus::Good);
    QCOMPARE(sl.status(79.9), TileStatus::Warning);
    QCOMPARE(sl.status(70.0), TileStatus::Warning);
    QCOMPARE(sl.status(69.9), TileStatus::Alarm);

    WallboardTile asa = WallboardLayout::defaultTile(WallboardKpi::Asa); // 20 / 40
    QCOMPARE(asa.status(20.0), TileStatus::Good);
    QCOMPARE(asa.status(20.5), TileStatus::Warning);
    QCOMPARE(asa.status(40.0), TileStatus::Warning);
    QCOMPARE(asa.status(40.1), TileStatus::Alarm);
    QCOMPARE(asa.status(std::numeric_limits<double>::quiet_NaN()), TileStatus::NoData);
}

void TestWallboard::kpiValuesOverAQueueGroup()
{
    KpiCounters today;
    today.offered = 10;
    today.answered = 8;
    today.answeredInTarget = 6;
    today.abandoned = 2;
    today.answerWaitMs = 8 * 15'000;
    const WallboardSnapshot snapshot = snapshotWith(3, 42'000, today);
    const QStringList sales{QStringLiteral("sales")};
    QCOMPARE(wallboardKpiValue(WallboardKpi::Waiting, snapshot, sales), std::optional<double>(3));
    QCOMPARE(wallboardKpiValue(WallboardKpi::Waiting, snapshot, {}), std::optional<double>(103));
    QCOMPARE(wallboardKpiValue(WallboardKpi::LongestWait, snapshot, sales), std::optional<double>(42));
    QCOMPARE(wallboardKpiValue(WallboardKpi::Asa, snapshot, sales), std::optional<double>(15));
    QCOMPARE(wallboardKpiValue(WallboardKpi::AbandonRate, snapshot, sales), std::optional<double>(20));
    QCOMPARE(wallboardKpiValue(WallboardKpi::ServiceLevel, snapshot, sales), std::optional<double>(60));
    QVERIFY(!wallboardKpiValue(WallboardKpi::Aht, snapshot, sales)); // nothing completed: no figure
    QVERIFY(!wallboardKpiValue(WallboardKpi::Occupancy, snapshot, sales));
}

void TestWallboard::layoutJsonRoundTripAndRefusals()
{
    WallboardLayout layout = WallboardLayout::defaults();
    QCOMPARE(layout.tiles.size(), 11);
    WallboardTile custom = WallboardLayout::defaultTile(WallboardKpi::Waiting);
    custom.id = layout.newTileId();
    custom.title = QStringLiteral("영업 대기");
    custom.queueIds = {QStringLiteral("sales")};
    custom.target = 2;
    custom.alarm = 6;
    layout.tiles.append(custom);
    layout.tv.tileIds = {custom.id, QStringLiteral("service-level")};
    layout.tv.pageSeconds = 20;
    layout.tv.showAgentPage = false;
    layout.chartQueueIds = {QStringLiteral("billing")};

    QString error;
    const auto back = WallboardLayout::fromJson(layout.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, layout);

    QVERIFY(!WallboardLayout::fromJson("{not json", &error));
    QVERIFY(error.contains(QStringLiteral("not JSON")));
    QVERIFY(!WallboardLayout::fromJson(R"({"version":2,"tiles":[]})", &error));
    QVERIFY(!WallboardLayout::fromJson(
        R"({"version":1,"tiles":[{"id":"a","kpi":"mood","target":1,"alarm":2}]})", &error));
    QVERIFY(error.contains(QStringLiteral("mood")));
    QVERIFY(!WallboardLayout::fromJson(
        R"({"version":1,"tiles":[{"id":"a","kpi":"asa","target":1,"alarm":2},{"id":"a","kpi":"asa","target":1,"alarm":2}]})",
        &error));
    QVERIFY(!WallboardLayout::fromJson(
        R"({"version":1,"tiles":[{"id":"a","kpi":"asa","target":"x","alarm":2}]})", &error));
    QVERIFY(!WallboardLayout::fromJson(R"({"version":1,"tiles":[],"tv":{"pageSeconds":1}})", &error));
}

void TestWallboard::agentThresholdsColourPastOnceAndTwice()
{
    const AgentStateThresholds standard; // Not Ready 10 min, ACW 2 min, Busy 15 min
    constexpr qint64 Minute = 60 * 1000;
    QCOMPARE(standard.level(WallboardActivity::NotReady, 10 * Minute), 0);
    QCOMPARE(standard.level(WallboardActivity::NotReady, 10 * Minute + 1), 1);
    QCOMPARE(standard.level(WallboardActivity::NotReady, 20 * Minute), 1);
    QCOMPARE(standard.level(WallboardActivity::NotReady, 20 * Minute + 1), 2);
    QCOMPARE(standard.level(WallboardActivity::AfterCallWork, 2 * Minute), 0);
    QCOMPARE(standard.level(WallboardActivity::AfterCallWork, 4 * Minute), 1);
    QCOMPARE(standard.level(WallboardActivity::AfterCallWork, 4 * Minute + 1), 2);
    QCOMPARE(standard.level(WallboardActivity::Busy, 15 * Minute), 0);
    QCOMPARE(standard.level(WallboardActivity::Busy, 30 * Minute), 1);
    QCOMPARE(standard.level(WallboardActivity::Busy, 30 * Minute + 1), 2);
    // Ready and signed out agents are never a concern.
    QCOMPARE(standard.level(WallboardActivity::Ready, 24 * 60 * Minute), 0);
    QCOMPARE(standard.level(WallboardActivity::LoggedOut, 24 * 60 * Minute), 0);
}

void TestWallboard::agentThresholdsInTheLayoutJson()
{
    WallboardLayout layout = WallboardLayout::defaults();
    QCOMPARE(layout.agentThresholds, AgentStateThresholds());
    layout.agentThresholds.notReadyMs = 60 * 1000;
    layout.agentThresholds.afterCallWorkMs = 45 * 1000;
    layout.agentThresholds.busyMs = 4 * 60 * 60 * 1000;
    QString error;
    const auto back = WallboardLayout::fromJson(layout.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->agentThresholds, layout.agentThresholds);
    QCOMPARE(*back, layout);
    QVERIFY(layout.toJson().contains(R"("agentThresholds":{)"));
    QVERIFY(layout.toJson().contains(R"("notReadySeconds":60)"));

    // A layout saved before the thresholds were editable keeps the defaults.
    const auto old = WallboardLayout::fromJson(
        R"({"version":1,"tiles":[{"id":"a","kpi":"asa","target":1,"alarm":2}],"tv":{},"chartQueues":[]})",
        &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->agentThresholds, AgentStateThresholds());

    const auto partial = WallboardLayout::fromJson(
        R"({"version":1,"tiles":[],"agentThresholds":{"busySeconds":1200}})", &error);
    QVERIFY2(partial, qPrintable(error));
    QCOMPARE(partial->agentThresholds.busyMs, qint64(1200) * 1000);
    QCOMPARE(partial->agentThresholds.notReadyMs, AgentStateThresholds().notReadyMs);

    const auto exactlyADay = WallboardLayout::fromJson(
        R"({"version":1,"tiles":[],"agentThresholds":{"notReadySeconds":86400}})", &error);
    QVERIFY2(exactlyADay, qPrintable(error));

    const QByteArray refused[] = {
        R"({"version":1,"tiles":[],"agentThresholds":[600,120,900]})",
        R"({"version":1,"tiles":[],"agentThresholds":"600"})",
        R"({"version":1,"tiles":[],"agentThresholds":{"notReadySeconds":"600"}})",
        R"({"version":1,"tiles":[],"agentThresholds":{"afterCallWorkSeconds":0}})",
        R"({"version":1,"tiles":[],"agentThresholds":{"busySeconds":-5}})",
        R"({"version":1,"tiles":[],"agentThresholds":{"notReadySeconds":86401}})",
        R"({"version":1,"tiles":[],"agentThresholds":{"busySeconds":1e300}})",
    };
    for (const QByteArray &json : refused) {
        error.clear();
        QVERIFY2(!WallboardLayout::fromJson(json, &error), json.constData());
        QVERIFY2(error.contains(QStringLiteral("agentThresholds")), qPrintable(error));
    }
    QVERIFY(!WallboardLayout::fromJson(R"({"version":1,"tiles":[],"agentThresholds":{"busySeconds":0}})",
                                       &error));
    QVERIFY2(error.contains(QStringLiteral("busySeconds")), qPrintable(error));
}

void TestWallboard::snapshotShowsQueuesAndAgents()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::NotReady, QStringLiteral("break")));
    // Nobody is Ready: two callers wait in sales.
    QVERIFY(!f.arrive(Channel::Voice, f.store.koreanPhone).error);
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.arrive(Channel::Voice, f.store.englishPhone).error);
    f.clock.advanceBy(5 * SecondMs);

    const WallboardSnapshot snapshot = f.wallboard->snapshot();
    QCOMPARE(snapshot.nowMs, f.clock.nowMs());
    const WallboardQueue *sales = f.queue(snapshot, QStringLiteral("sales"));
    QVERIFY(sales);
    QCOMPARE(sales->name, QStringLiteral("Sales"));
    QCOMPARE(sales->waiting, 2);
    QCOMPARE(sales->longestWaitMs, 15 * SecondMs);
    QCOMPARE(sales->today.offered, 2);
    QCOMPARE(sales->estimatedWaitMs, -1); // nobody staffs it
    // Sales needs sales >= 3: human.kim, colleague.lee and sam.smith all qualify.
    QCOMPARE(sales->agents.notReady, 1);
    QCOMPARE(sales->agents.loggedIn(), 1);
    const WallboardQueue *billing = f.queue(snapshot, QStringLiteral("billing"));
    QVERIFY(billing);
    QCOMPARE(billing->waiting, 0);

    const WallboardAgent *lee = f.agent(snapshot, f.store.colleagueId);
    QVERIFY(lee);
    QCOMPARE(lee->activity, WallboardActivity::NotReady);
    QCOMPARE(lee->reasonCode, QStringLiteral("break"));
    QVERIFY(lee->queueIds.contains(QStringLiteral("billing")));
    QCOMPARE(wallboardKpiValue(WallboardKpi::Waiting, snapshot, {QStringLiteral("sales")}),
                               std::optional<double>(2));

    // Kim goes Ready and takes the first caller.
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const auto offered = f.centre->contactsOf(f.store.humanId);
    QCOMPARE(offered.size(), 1);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, offered.first().interactionId));
    const WallboardSnapshot later = f.wallboard->snapshot();
    const WallboardAgent *kim = f.agent(later, f.store.humanId);
    QVERIFY(kim);
    QCOMPARE(kim->activity, WallboardActivity::Busy);
    QCOMPARE(kim->contactId, offered.first().interactionId);
    QCOMPARE(kim->contactChannel, Channel::Voice);
    QCOMPARE(kim->contactQueueId, QStringLiteral("sales"));
    QCOMPARE(f.queue(later, QStringLiteral("sales"))->waiting, 1);
    QCOMPARE(f.queue(later, QStringLiteral("sales"))->today.answered, 1);
}

void TestWallboard::agentRowsStayTheSameBetweenEvents()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::NotReady, QStringLiteral("break")));
    f.clock.advanceBy(40 * SecondMs);
    QVERIFY(!f.arrive(Channel::Voice, f.store.koreanPhone).error);
    const auto offered = f.centre->contactsOf(f.store.humanId);
    QCOMPARE(offered.size(), 1);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, offered.first().interactionId));
    f.clock.advanceBy(20 * SecondMs);

    const WallboardSnapshot first = f.wallboard->snapshot();
    f.clock.advanceBy(60 * SecondMs);
    const WallboardSnapshot later = f.wallboard->snapshot();
    const WallboardAgent *kim = f.agent(first, f.store.humanId);
    const WallboardAgent *kimLater = f.agent(later, f.store.humanId);
    QVERIFY(kim && kimLater);
    // Kim was Ready for 40 s and busy since: her time as of her last event and the clock after
    // it give her occupancy at any moment, as the engine counts it.
    QCOMPARE(wallboardAgentTime(*kim, first.nowMs).readyIdleMs, 40 * SecondMs);
    QCOMPARE(wallboardAgentTime(*kim, first.nowMs).handlingMs, 20 * SecondMs);
    QCOMPARE(kim->occupancy, std::optional<double>(20.0 / 60.0));
    QCOMPARE(kimLater->occupancy, std::optional<double>(80.0 / 120.0));
    QCOMPARE(wallboardAgentTime(*kim, later.nowMs).occupancy(), kimLater->occupancy);
    QCOMPARE(later.handlingMs - first.handlingMs, 60 * SecondMs);
    // Without an event, nothing of the rows but occupancy moved.
    for (qsizetype i = 0; i < first.agents.size(); ++i) {
        WallboardAgent row = later.agents.at(i);
        QCOMPARE(wallboardAgentTime(first.agents.at(i), later.nowMs).occupancy(), row.occupancy);
        row.occupancy = first.agents.at(i).occupancy;
        QVERIFY2(row == first.agents.at(i), qPrintable(row.name));
    }
}

void TestWallboard::revisionsCarryOnlyWhatChanged()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    f.clock.advanceBy(30 * SecondMs);

    WallboardRevisions server;
    QVERIFY(!server.hasSnapshot());
    WallboardSnapshot base;
    QString revision;

    // The first answer is the whole wallboard.
    const WallboardSnapshot first = f.wallboard->snapshot();
    server.update(first);
    const WallboardUpdate whole = decoded(server.answer(QString()));
    QVERIFY(whole.since.isEmpty());
    QCOMPARE(whole.revision, server.revision());
    QCOMPARE(agentIdsOf(whole.snapshot), agentIdsOf(first));
    QVERIFY(applyWallboardUpdate(base, revision, whole));
    QVERIFY(base == first);
    QCOMPARE(revision, server.revision());

    // Time alone: no agent row travels, and the client's occupancy is the server's.
    f.clock.advanceBy(45 * SecondMs);
    const WallboardSnapshot quiet = f.wallboard->snapshot();
    QVERIFY(quiet != first);
    server.update(quiet);
    const QByteArray quietAnswer = server.answer(revision);
    const WallboardUpdate nothing = decoded(quietAnswer);
    QCOMPARE(nothing.since, revision);
    QVERIFY(nothing.snapshot.agents.isEmpty());
    QVERIFY(nothing.removedAgentIds.isEmpty());
    QCOMPARE(nothing.snapshot.queues.size(), quiet.queues.size());
    QVERIFY(applyWallboardUpdate(base, revision, nothing));
    QVERIFY(base == quiet);
    QVERIFY(quietAnswer.size() < server.answer(QString()).size());
    // The same base asked again gets the same bytes (one encoding per base and revision).
    QCOMPARE(server.answer(nothing.since), quietAnswer);
    const WallboardSnapshot atQuiet = base;
    const QString quietRevision = revision;

    // Kim takes a call: her row travels, Lee's does not.
    QVERIFY(!f.arrive(Channel::Voice, f.store.koreanPhone).error);
    const auto offered = f.centre->contactsOf(f.store.humanId);
    QCOMPARE(offered.size(), 1);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, offered.first().interactionId));
    f.clock.advanceBy(10 * SecondMs);
    const WallboardSnapshot call = f.wallboard->snapshot();
    server.update(call);
    const WallboardUpdate kimOnly = decoded(server.answer(revision));
    QCOMPARE(agentIdsOf(kimOnly.snapshot), QList<qint64>{f.store.humanId});
    QVERIFY(applyWallboardUpdate(base, revision, kimOnly));
    QVERIFY(base == call);

    // Lee goes on a break and Kim wraps up. A client still at the quiet revision gets both.
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::NotReady, QStringLiteral("break")));
    QVERIFY(!f.centre->endContact(f.store.humanId, offered.first().interactionId));
    f.clock.advanceBy(5 * SecondMs);
    const WallboardSnapshot after = f.wallboard->snapshot();
    server.update(after);
    WallboardSnapshot behind = atQuiet;
    QString behindRevision = quietRevision;
    const WallboardUpdate both = decoded(server.answer(behindRevision));
    QList<qint64> expected{f.store.humanId, f.store.colleagueId};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(agentIdsOf(both.snapshot), expected);
    QVERIFY(applyWallboardUpdate(behind, behindRevision, both));
    QVERIFY(behind == after);
    // The client that kept up gets only Lee and Kim's latest rows too.
    QVERIFY(applyWallboardUpdate(base, revision, decoded(server.answer(revision))));
    QVERIFY(base == after);
    QCOMPARE(revision, behindRevision);

    // An agent leaving the wallboard (a server's agents are fixed today; the revisions do not
    // rely on it) goes as an id; coming back, the whole row.
    WallboardSnapshot without = after;
    const WallboardAgent lee = *f.agent(after, f.store.colleagueId);
    without.agents.removeIf([&](const WallboardAgent &row) { return row.agentId == lee.agentId; });
    server.update(without);
    const WallboardUpdate gone = decoded(server.answer(revision));
    QCOMPARE(gone.removedAgentIds, QList<qint64>{lee.agentId});
    QVERIFY(gone.snapshot.agents.isEmpty());
    QVERIFY(applyWallboardUpdate(base, revision, gone));
    QVERIFY(base == without);
    server.update(after);
    const WallboardUpdate back = decoded(server.answer(revision));
    QCOMPARE(agentIdsOf(back.snapshot), QList<qint64>{lee.agentId});
    QVERIFY(applyWallboardUpdate(base, revision, back));
    QVERIFY(base == after);
}

void TestWallboard::revisionsRefuseWhatTheyCannotCarry()
{
    Fixture f;
    QVERIFY(f.setUp());
    WallboardRevisions server;
    server.update(f.wallboard->snapshot());
    const QString current = server.revision();

    // Anything but a revision of this server's gets the whole wallboard: nonsense, one from
    // before a restart (another epoch), one not taken yet.
    WallboardRevisions restarted;
    restarted.update(f.wallboard->snapshot());
    QVERIFY(restarted.revision() != current);
    const QString epoch = current.left(current.lastIndexOf(QLatin1Char('.')));
    const QStringList refused{QStringLiteral("nonsense"),    restarted.revision(),
                                             epoch + QStringLiteral(".2"),  epoch + QStringLiteral(".0"),
                                                                                                   epoch + QStringLiteral(".-1"), epoch + QStringLiteral("."),
                                                                                                                                                         QStringLiteral(".1")};
    for (const QString &since : refused) {
        const WallboardUpdate update = decoded(server.answer(since));
        QVERIFY2(update.since.isEmpty(), qPrintable(since));
        QCOMPARE(update.snapshot.agents.size(), f.wallboard->snapshot().agents.size());
    }

    // Changes from a revision the client is not at leave its wallboard alone.
    f.clock.advanceBy(SecondMs);
    server.update(f.wallboard->snapshot());
    const WallboardUpdate changes = decoded(server.answer(current));
    QCOMPARE(changes.since, current);
    WallboardSnapshot base;
    base.nowMs = 7;
    QString revision = QStringLiteral("elsewhere.1");
    QVERIFY(!applyWallboardUpdate(base, revision, changes));
    QCOMPARE(base.nowMs, qint64(7));
    QCOMPARE(revision, QStringLiteral("elsewhere.1"));

    // Malformed answers are errors with the field named.
    auto wrong = decodeWallboardUpdate(
        QJsonObject{{QLatin1String("nowMs"), 1}, {QLatin1String("removedAgentIds"), 3}});
    QVERIFY(std::holds_alternative<Protocol::Error>(wrong));
    QCOMPARE(std::get<Protocol::Error>(wrong).field, QStringLiteral("payload.removedAgentIds"));
    wrong = decodeWallboardUpdate(QJsonObject{{QLatin1String("nowMs"), 1}, {QLatin1String("revision"), 3}});
    QVERIFY(std::holds_alternative<Protocol::Error>(wrong));
    QCOMPARE(std::get<Protocol::Error>(wrong).field, QStringLiteral("payload.revision"));
    // A server without revisions: the whole wallboard, no revision to name next time.
    const auto old = decodeWallboardUpdate(QJsonObject{{QLatin1String("nowMs"), 5}});
    QVERIFY(std::holds_alternative<WallboardUpdate>(old));
    QVERIFY(applyWallboardUpdate(base, revision, std::get<WallboardUpdate>(old)));
    QCOMPARE(base.nowMs, qint64(5));
    QVERIFY(revision.isEmpty());
}

void TestWallboard::drillDownListsExactlyTheContactsBehindAFigure()
{
    Fixture f;
    QVERIFY(f.setUp());
    QList<qint64> all;
    for (int i = 0; i < 5; ++i) {
        const ArrivalResult arrival = f.arrive(Channel::Chat, f.store.koreanEmail);
        QVERIFY(!arrival.error);
        all.append(arrival.interactionId);
        f.clock.advanceBy(5 * SecondMs);
    }
    // One caller gives up; Kim answers two (the first after 25 s: outside the 20 s target).
    QVERIFY(!f.centre->customerLeft(all.at(1)));
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    QList<qint64> answered;
    for (int i = 0; i < 2; ++i) {
        qint64 id = 0;
        for (const ContactSummary &contact : f.centre->contactsOf(f.store.humanId)) {
            if (contact.state == InteractionState::Offered)
                id = contact.interactionId;
        }
        QVERIFY(id != 0);
        QVERIFY(!f.centre->acceptOffer(f.store.humanId, id));
        answered.append(id);
    }
    std::sort(answered.begin(), answered.end());

    const WallboardSnapshot snapshot = f.wallboard->snapshot();
    const WallboardQueue *sales = f.queue(snapshot, QStringLiteral("sales"));
    QVERIFY(sales);
    QCOMPARE(f.behind(WallboardFigure::Offered, QStringLiteral("sales")), all);
    QCOMPARE(f.behind(WallboardFigure::Offered, QStringLiteral("sales")).size(), sales->today.offered);
    QCOMPARE(f.behind(WallboardFigure::Abandoned, QStringLiteral("sales")), QList<qint64>{all.at(1)});
    QCOMPARE(f.behind(WallboardFigure::Abandoned, QStringLiteral("sales")).size(), sales->today.abandoned);
    QCOMPARE(f.behind(WallboardFigure::Answered, QStringLiteral("sales")), answered);
    QCOMPARE(f.behind(WallboardFigure::AnsweredLate, QStringLiteral("sales")).size(),
                      sales->today.answered - sales->today.answeredInTarget);
    QList<qint64> waiting;
    for (qint64 id : all) {
        if (id != all.at(1) && !answered.contains(id))
            waiting.append(id);
    }
    QCOMPARE(f.behind(WallboardFigure::Waiting, QStringLiteral("sales")), waiting);
    QCOMPARE(f.behind(WallboardFigure::Waiting, QStringLiteral("sales")).size(), sales->waiting);
    QVERIFY(f.behind(WallboardFigure::Offered, QStringLiteral("billing")).isEmpty());

    // Rows carry who and what.
    WallboardDrillDown request;
    request.queueIds = {QStringLiteral("sales")};
    request.figure = WallboardFigure::Waiting;
    const auto rows = f.wallboard->drillDown(request);
    QVERIFY(rows);
    QVERIFY(!rows->isEmpty());
    QCOMPARE(rows->first().customerName, QStringLiteral("박서연"));
    QVERIFY(rows->first().waitMs > 0);

    // Callbacks waiting: the queue table's cell and its drill-down count the same contacts.
    QVERIFY(f.behind(WallboardFigure::CallbacksWaiting, QStringLiteral("sales")).isEmpty());
    QCOMPARE(f.queue(f.wallboard->snapshot(), QStringLiteral("sales"))->callbacksWaiting, 0);
    QVERIFY(!waiting.isEmpty());
    QVERIFY(!f.centre->requestCallback(waiting.last()));
    const WallboardSnapshot later = f.wallboard->snapshot();
    QCOMPARE(f.queue(later, QStringLiteral("sales"))->callbacksWaiting, 1);
    QCOMPARE(f.behind(WallboardFigure::CallbacksWaiting, QStringLiteral("sales")),
                      QList<qint64>{waiting.last()});
    QCOMPARE(f.behind(WallboardFigure::Callbacks, QStringLiteral("sales")), QList<qint64>{waiting.last()});
}

void TestWallboard::skillChangeReachesRoutingAtOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    // Billing needs billing >= 2, which Kim lacks: the contact waits.
    const ArrivalResult arrival = f.arrive(Channel::Chat, f.store.koreanEmail, QStringLiteral("billing"));
    QVERIFY(!arrival.error);
    QCOMPARE(arrival.outcome, ArrivalOutcome::Queued);
    QVERIFY(!f.wallboard->snapshot().agents.isEmpty());
    QVERIFY(!f.agent(f.wallboard->snapshot(), f.store.humanId)->queueIds.contains(QStringLiteral("billing")));

    QCOMPARE(f.centre->setAgentSkill(f.store.humanId, QStringLiteral("no-such-skill"), 3)->code,
                                     QStringLiteral("unknown-skill"));
    QCOMPARE(f.centre->setAgentSkill(f.store.humanId, QStringLiteral("billing"), 11)->code,
                                     QStringLiteral("invalid-argument"));
    QVERIFY(!f.centre->setAgentSkill(f.store.humanId, QStringLiteral("billing"), 4));
    // Offered at once, not after the escalation minute.
    const auto contacts = f.centre->contactsOf(f.store.humanId);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().interactionId, arrival.interactionId);
    QCOMPARE(contacts.first().state, InteractionState::Offered);
    QVERIFY(f.agent(f.wallboard->snapshot(), f.store.humanId)->queueIds.contains(QStringLiteral("billing")));

    // Stored: a restart keeps it. Taking it away stores that too.
    AgentRepository agents(*f.database);
    QCOMPARE(agents.findById(f.store.humanId)->skillLevel(QStringLiteral("billing")), 4);
    QCOMPARE(agents.findById(f.store.humanId)->state(), AgentState::Ready);
    QVERIFY(!f.centre->setAgentSkill(f.store.humanId, QStringLiteral("billing"), 0));
    QCOMPARE(agents.findById(f.store.humanId)->skillLevel(QStringLiteral("billing")), 0);
    QCOMPARE(f.centre->agent(f.store.humanId)->skillLevel(QStringLiteral("billing")), 0);
}

void TestWallboard::supervisionGoesThroughTheTelephonyConnector()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy commands(f.centre.get(), &ContactCentre::telephonyCommand);
    QCOMPARE(f.centre->superviseCall(f.store.humanId, SupervisionMode::Monitor, QStringLiteral("Boss"))->code,
                                     QStringLiteral("not-a-call"));
    QCOMPARE(commands.size(), 0);

    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const ArrivalResult call = f.arrive(Channel::Voice, f.store.koreanPhone);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, call.interactionId));
    QVERIFY(!f.centre->superviseCall(f.store.humanId, SupervisionMode::Whisper, QStringLiteral("Boss")));
    QCOMPARE(commands.size(), 1);
    const auto command = commands.first().first().value<TelephonyCommand>();
    QCOMPARE(command.interactionId, call.interactionId);
    QCOMPARE(command.agentId, f.store.humanId);
    QCOMPARE(command.mode, SupervisionMode::Whisper);
    QCOMPARE(command.supervisorName, QStringLiteral("Boss"));
    // Not shown before the switch confirms it.
    QCOMPARE(f.centre->contact(call.interactionId)->supervision, SupervisionMode::None);
    QVERIFY(!f.centre->supervisionApplied(call.interactionId, SupervisionMode::Whisper));
    QCOMPARE(f.centre->contact(call.interactionId)->supervision, SupervisionMode::Whisper);
    QCOMPARE(f.agent(f.wallboard->snapshot(), f.store.humanId)->supervision, SupervisionMode::Whisper);
    QCOMPARE(f.centre->supervisionApplied(999999, SupervisionMode::Barge)->code,
             QStringLiteral("unknown-contact"));
}

void TestWallboard::callEndClearsMuteAndSupervision()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const ArrivalResult call = f.arrive(Channel::Voice, f.store.koreanPhone);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, call.interactionId));
    QVERIFY(!f.centre->setMuted(f.store.humanId, call.interactionId, true));
    QVERIFY(!f.centre->supervisionApplied(call.interactionId, SupervisionMode::Barge));
    QVERIFY(!f.centre->endContact(f.store.humanId, call.interactionId));
    const auto after = f.centre->contact(call.interactionId);
    QVERIFY(after);
    QCOMPARE(after->state, InteractionState::WrapUp);
    QVERIFY(!after->muted);
    QCOMPARE(after->supervision, SupervisionMode::None);
}

void TestWallboard::intradayForecastAndStaffing()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 today = WallboardBuilder::dayStart(f.clock.nowMs());
    const qint64 tenOClock = today + 10 * 3600 * 1000LL;
    // Two past weeks had 40 and 20 calls in the 10:00 interval (a 3-minute AHT), 12 of them
    // abandoned after a minute; three weeks ago nothing (it does not count).
    for (int week : {1, 2}) {
        const qint64 sameTime = WallboardBuilder::dayStart(f.clock.nowMs(), -7 * week) + 10 * 3600 * 1000LL;
        const int calls = week == 1 ? 40 : 20;
        for (int i = 0; i < calls; ++i)
            QVERIFY(f.insertHistory(QStringLiteral("sales"), sameTime + i * 20'000, i < 6 ? 60'000 : 10'000,
                                                   i >= 6, 180'000));
    }
    // Today before the centre started (09:00 in Seoul, where ctest runs this): a row at 00:30
    // is read from the store.
    QVERIFY(f.insertHistory(QStringLiteral("sales"), today + 30 * 60 * 1000LL, 5'000, true, 120'000));

    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    f.clock.advanceBy(60 * SecondMs);
    const auto day = f.wallboard->intraday({QStringLiteral("sales")});
    QVERIFY2(day, day ? "" : qPrintable(day.error().message));
    QCOMPARE(day->dayStartMs, today);
    QVERIFY(day->intervals.size() >= 92 && day->intervals.size() <= 100);
    QCOMPARE(day->weeksInForecast, 2);
    QCOMPARE(day->serviceLevelPercent, 80);
    QCOMPARE(day->serviceLevelSeconds, 20);
    QVERIFY(day->patienceSeconds.has_value()); // 12 abandons
    const qint64 index = (tenOClock - today) / KpiEngine::IntervalMs;
    const WallboardInterval &ten = day->intervals.at(index);
    QCOMPARE(ten.startMs, tenOClock);
    QCOMPARE(ten.forecastOffered, 30.0);
    QCOMPARE(ten.forecastAhtSeconds, 180.0);
    if (!ten.past) {
        // 30 calls × 180 s in 900 s = 6 Erlangs: 80/20 needs more than 6 agents.
        QVERIFY(ten.requiredErlangC > 6);
        QVERIFY(ten.requiredErlangA.has_value());
        QVERIFY(*ten.requiredErlangA <= ten.requiredErlangC);
    }
    const qint64 startedIndex =
        (KpiEngine::intervalStart(f.centre->startedAtMs()) - today) / KpiEngine::IntervalMs;
    if (qEnvironmentVariable("TZ") == u"Asia/Seoul")
        QCOMPARE(startedIndex, 36);
    if (startedIndex > 2) {
        QVERIFY(day->intervals.at(2).fromHistory);
        QCOMPARE(day->intervals.at(2).counters.offered, 1);
    }
    // Kim has been Ready for a minute of the current interval.
    const auto current = std::find_if(day->intervals.cbegin(), day->intervals.cend(),
                                      [](const WallboardInterval &interval) { return interval.current; });
    QVERIFY(current != day->intervals.cend());
    QVERIFY(current->staffedAgents > 0.0);
}

void TestWallboard::trendFromTheStore()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 yesterday = WallboardBuilder::dayStart(f.clock.nowMs(), -1);
    QVERIFY(f.insertHistory(QStringLiteral("sales"), yesterday + 3600'000, 5'000, true, 100'000));
    QVERIFY(f.insertHistory(QStringLiteral("sales"), yesterday + 7200'000, 30'000, true, 100'000));
    QVERIFY(f.insertHistory(QStringLiteral("billing"), yesterday + 7200'000, 30'000, false, 0));
    const auto trend = f.wallboard->trend({QStringLiteral("sales")}, 7);
    QVERIFY(trend);
    QCOMPARE(trend->size(), 7);
    QCOMPARE(trend->last().dayStartMs, yesterday);
    QCOMPARE(trend->last().counters.offered, 2);
    QCOMPARE(trend->last().counters.answered, 2);
    QCOMPARE(trend->last().counters.answeredInTarget, 1);
    QCOMPARE(trend->first().counters.offered, 0);
    const auto all = f.wallboard->trend({}, 7);
    QVERIFY(all);
    QCOMPARE(all->last().counters.offered, 3);
    QCOMPARE(all->last().counters.abandoned, 1);
}

QTEST_GUILESS_MAIN(TestWallboard)
#include "tst_wallboard.moc"
