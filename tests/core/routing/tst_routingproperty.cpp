#include "metrics/kpiengine.h"
#include "routing/inmemoryroutingjournal.h"
#include "routing/routingengine.h"
#include "routing/virtualclock.h"
#include "routingtestsupport.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <memory>
#include <random>

using namespace ContactDesk;
using namespace ContactDesk::RoutingTest;

namespace {

// Counts what leaves the engine for good, and fingerprints everything it says.
class Witness final : public RoutingListener
{
public:
    QHash<qint64, int> finished; // contact -> how many times it reached a terminal state
    QCryptographicHash digest{QCryptographicHash::Sha256};

    void routingEvent(const RoutingEvent &event) override
    {
        if (event.type == RoutingEventType::ContactChanged && Interaction::isTerminal(event.contactState))
            ++finished[event.interactionId];
        digest.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                                          .arg(int(event.type))
                                          .arg(event.atMs)
                                          .arg(event.interactionId)
                                          .arg(event.agentId)
                                          .arg(event.queueId)
                                          .arg(int(event.contactState))
                                          .arg(event.reasonCode)
                                          .toUtf8());
    }
};

// A small contact centre driven by random operations from a seeded generator.
class RandomCentre
{
public:
    explicit RandomCentre(quint64 seed)
        : m_random(seed)
    {
        buildEngine();
        QVERIFY(!m_engine->restore());
    }

    // Runs `operations` random steps; returns false (with the reason in failure()) at the first
    // broken invariant.
    bool run(int operations);
    QString failure() const { return m_failure; }
    QByteArray fingerprint() { return m_witness.digest.result().toHex(); }
    int accepted() const { return int(m_accepted.size()); }
    // The real KPI engine, fed across restarts: it refuses events that contradict what it was told.
    const KpiEngine &kpi() const { return m_kpi; }
    int restarts() const { return m_restarts; }

private:
    int pick(int bound) { return int(m_random() % quint64(bound)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T>
    T pickFrom(const QList<T> &values)
    {
        return values.at(pick(int(values.size())));
    }
    void buildEngine();
    void configure();
    bool step(int operation);
    bool check(int operation, const QString &what);
    bool restart(int operation);
    QList<qint64> contactsIn(const QList<InteractionState> &states) const;

    std::mt19937_64 m_random;
    std::unique_ptr<VirtualClock> m_clock;
    InMemoryRoutingJournal m_journal;
    KpiEngine m_kpi;
    std::unique_ptr<RoutingEngine> m_engine;
    Witness m_witness;
    QSet<qint64> m_accepted; // acknowledged contacts (arrivals and work items that were not refused)
    QString m_failure;
    int m_restarts = 0;
    bool m_campaignStarted = false;
    qint64 m_nextWorkItem = 1;
};

void RandomCentre::buildEngine()
{
    const qint64 now = m_clock ? m_clock->nowMs() : StartMs;
    m_engine.reset();
    m_clock = std::make_unique<VirtualClock>(now);
    m_engine = std::make_unique<RoutingEngine>(*m_clock, &m_journal, &m_kpi);
    m_engine->addListener(&m_witness);
    configure();
}

void RandomCentre::configure()
{
    RoutingQueueConfig support =
        queue(QStringLiteral("support"), QStringLiteral("support"), SelectionStrategy::LeastOccupied,
                                                        {Channel::Voice, Channel::Chat});
    support.affinityDays = 3;
    support.affinityWaitSeconds = 20;
    support.queue.maxLength = 6;
    support.queue.callbackThresholdSeconds = 30;
    support.offerTimeoutSeconds = 8;
    support.afterCallWorkSeconds = 5;
    QVERIFY(!m_engine->configureQueue(support));

    RoutingQueueConfig sales =
        queue(QStringLiteral("sales"), QStringLiteral("sales"), SelectionStrategy::MostSkilled,
                                                      {Channel::Voice, Channel::Email});
    sales.steps = {EscalationStep{{SkillRequirement{QStringLiteral("sales"), 6}}, 15},
                                  EscalationStep{{SkillRequirement{QStringLiteral("sales"), 3}}, 15},
                                                 EscalationStep{{}, 30}};
    sales.overflowQueueId = QStringLiteral("support");
    sales.agingPointsPerMinute = 5;
    sales.vipMinimumLevel = 7;
    sales.afterCallWorkSeconds = -1;
    QVERIFY(!m_engine->configureQueue(sales));

    RoutingQueueConfig backOffice =
        queue(QStringLiteral("claims"), QStringLiteral("claims"), SelectionStrategy::RoundRobin,
                                                       {Channel::Voice, Channel::WorkItem});
    backOffice.offerTimeoutSeconds = 12;
    QVERIFY(!m_engine->configureQueue(backOffice));

    RoutingQueueConfig renewals =
        queue(QStringLiteral("renewals"), QStringLiteral("sales"), SelectionStrategy::FewestContactsToday);
    QVERIFY(!m_engine->configureQueue(renewals));

    const QList<QMap<QString, int>> skills = {
        {{QStringLiteral("sales"), 8}, {QStringLiteral("support"), 3}},
         {{QStringLiteral("sales"), 4}},
          {{QStringLiteral("sales"), 2}, {QStringLiteral("claims"), 6}},
           {{QStringLiteral("support"), 7}},
            {{QStringLiteral("support"), 5}, {QStringLiteral("claims"), 4}},
             {{QStringLiteral("claims"), 9}},
              {{QStringLiteral("sales"), 7}, {QStringLiteral("support"), 7}, {QStringLiteral("claims"), 7}},
                {{QStringLiteral("support"), 2}},
              };
    for (int i = 0; i < skills.size(); ++i) {
        ChannelCapacity capacity = ChannelCapacity::standard();
        capacity.voiceBlocksOtherChannels = i % 2 == 0;
        if (i == 3)
            capacity = voiceOnly();
        QVERIFY(!m_engine->configureAgent(agent(i + 1, skills.at(i), capacity)));
    }
}

QList<qint64> RandomCentre::contactsIn(const QList<InteractionState> &states) const
{
    QList<qint64> ids;
    for (qint64 id : m_engine->liveContacts()) {
        if (states.contains(m_engine->contact(id)->interaction.state()))
            ids.append(id);
    }
    return ids;
}

bool RandomCentre::check(int operation, const QString &what)
{
    const QStringList problems = m_engine->checkInvariants();
    if (!problems.isEmpty()) {
        m_failure =
            QStringLiteral("after operation %1 (%2): %3").arg(operation).arg(what, problems.join(u"; "));
        return false;
    }
    // Nothing acknowledged is lost, nothing appears from nowhere, nothing ends twice.
    QSet<qint64> live;
    for (qint64 id : m_engine->liveContacts())
        live.insert(id);
    for (auto it = m_witness.finished.constBegin(); it != m_witness.finished.constEnd(); ++it) {
        if (it.value() != 1) {
            m_failure = QStringLiteral("after operation %1 (%2): contact %3 ended %4 times")
                                           .arg(operation)
                                           .arg(what)
                                           .arg(it.key())
                                           .arg(it.value());
            return false;
        }
        if (live.contains(it.key())) {
            m_failure = QStringLiteral("after operation %1 (%2): ended contact %3 is still live")
                                           .arg(operation)
                                           .arg(what)
                                           .arg(it.key());
            return false;
        }
    }
    for (qint64 id : std::as_const(m_accepted)) {
        if (!live.contains(id) && !m_witness.finished.contains(id)) {
            m_failure = QStringLiteral("after operation %1 (%2): accepted contact %3 vanished") .arg(operation).arg(what).arg(id);
            return false;
        }
    }
    for (qint64 id : std::as_const(live)) {
        const RoutedContact *contact = m_engine->contact(id);
        if (!m_accepted.contains(id) && contact->campaignId.isEmpty()) {
            m_failure = QStringLiteral("after operation %1 (%2): contact %3 came from nowhere") .arg(operation).arg(what).arg(id);
            return false;
        }
    }
    return true;
}

bool RandomCentre::restart(int operation)
{
    // As after kill -9: the engine and its clock go, the journal stays.
    QMap<qint64, QString> before;
    for (qint64 id : m_engine->liveContacts()) {
        const RoutedContact *contact = m_engine->contact(id);
        before.insert(id,
                      contact->interaction.queueId + u'/' + QString::number(contact->interaction.agentId));
    }
    QMap<QString, QList<qint64>> lines;
    for (const QString &queueId : {QStringLiteral("support"), QStringLiteral("sales"), QStringLiteral("claims"), QStringLiteral("renewals")})
        lines.insert(queueId, m_engine->waitingContacts(queueId));
    buildEngine();
    if (const auto error = m_engine->restore()) {
        m_failure =
            QStringLiteral("restore failed after operation %1: %2").arg(operation).arg(error->message);
        return false;
    }
    ++m_restarts;
    QList<qint64> after = m_engine->liveContacts();
    if (after != before.keys()) {
        m_failure = QStringLiteral("restart after operation %1 changed the live contacts").arg(operation);
        return false;
    }
    // Waiting contacts keep their relative order (some may have been offered on restart).
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it) {
        const QList<qint64> restored = m_engine->waitingContacts(it.key());
        QList<qint64> stillWaiting;
        for (qint64 id : it.value()) {
            if (restored.contains(id))
                stillWaiting.append(id);
        }
        QList<qint64> restoredOld;
        for (qint64 id : restored) {
            if (it.value().contains(id))
                restoredOld.append(id);
        }
        if (stillWaiting != restoredOld) {
            m_failure =
                QStringLiteral("restart after operation %1 reordered queue %2").arg(operation).arg(it.key());
            return false;
        }
    }
    return check(operation, QStringLiteral("restart"));
}

bool RandomCentre::step(int operation)
{
    const QList<QString> queues = {QStringLiteral("support"), QStringLiteral("sales"),
                                                                             QStringLiteral("claims")};
    const int kind = pick(100);
    QString what;
    if (kind < 22) {
        ContactRequest request;
        request.queueId = pickFrom(queues);
        const QList<Channel> channels =
            request.queueId == u"support" ? QList<Channel>{Channel::Voice, Channel::Chat}
            : request.queueId == u"sales" ? QList<Channel>{Channel::Voice, Channel::Email}
                                          : QList<Channel>{Channel::Voice};
        request.channel = pickFrom(channels);
        request.customerId = chance(70) ? 100 + pick(15) : 0;
        request.vip = chance(10);
        request.priority = chance(50) ? std::optional<int>(pick(101)) : std::nullopt;
        if (chance(5))
            request.channel = Channel::Sms; // not served: must be refused without a trace
        const ArrivalResult result = m_engine->contactArrived(request);
        if (!result.error && result.outcome != ArrivalOutcome::Blocked)
            m_accepted.insert(result.interactionId);
        if (!result.error && result.outcome == ArrivalOutcome::Blocked
            && m_engine->contact(result.interactionId)) {
            m_failure = QStringLiteral("blocked contact %1 is live").arg(result.interactionId);
            return false;
        }
        what = QStringLiteral("arrive");
    } else if (kind < 26) {
        WorkItem item;
        item.id = m_nextWorkItem++;
        item.queueId = QStringLiteral("claims");
        item.title = QStringLiteral("claim");
        item.createdAtMs = m_clock->nowMs();
        item.dueAtMs = item.createdAtMs + pick(48) * 3600'000;
        const ArrivalResult result = m_engine->createWorkItem(item);
        if (!result.error && result.outcome != ArrivalOutcome::Blocked)
            m_accepted.insert(result.interactionId);
        what = QStringLiteral("work item");
    } else if (kind < 38) {
        const qint64 agentId = 1 + pick(8);
        const int choice = pick(10);
        if (choice < 6)
            m_engine->setAgentState(agentId, AgentState::Ready);
        else if (choice < 9)
            m_engine->setAgentState(agentId, AgentState::NotReady, QStringLiteral("break"));
        else
            m_engine->setAgentState(agentId, AgentState::LoggedOut);
        what = QStringLiteral("agent state");
    } else if (kind < 56) {
        const qint64 agentId = 1 + pick(8);
        const qint64 offered = m_engine->pendingOffer(agentId);
        if (offered != 0) {
            if (chance(85))
                m_engine->acceptOffer(agentId, offered);
            else
                m_engine->rejectOffer(agentId, offered);
        } else {
            m_engine->acceptOffer(agentId, 1 + pick(50)); // mostly refused
        }
        what = QStringLiteral("answer");
    } else if (kind < 61) {
        const QList<qint64> waiting = contactsIn({InteractionState::Queued, InteractionState::Offered});
        if (!waiting.isEmpty()) {
            if (chance(70))
                m_engine->abandon(pickFrom(waiting));
            else
                m_engine->requestCallback(pickFrom(waiting));
        }
        what = QStringLiteral("customer");
    } else if (kind < 78) {
        const QList<qint64> talking = contactsIn({InteractionState::Connected, InteractionState::Held});
        if (!talking.isEmpty()) {
            const qint64 id = pickFrom(talking);
            const int choice = pick(20);
            if (choice < 12)
                m_engine->endContact(id);
            else if (choice < 15)
                m_engine->hold(id);
            else if (choice < 17)
                m_engine->resume(id);
            else if (choice < 19)
                m_engine->transferToQueue(id, pickFrom(queues));
            else
                m_engine->transferToAgent(id, 1 + pick(8));
        }
        what = QStringLiteral("conversation");
    } else if (kind < 84) {
        const QList<qint64> wrapping = contactsIn({InteractionState::WrapUp});
        if (!wrapping.isEmpty())
            m_engine->finishWrapUp(pickFrom(wrapping), QStringLiteral("done"), chance(50));
        what = QStringLiteral("wrap-up");
    } else if (kind < 85 && !m_campaignStarted) {
        OutboundCampaign campaign;
        campaign.id = QStringLiteral("renew");
        campaign.queueId = QStringLiteral("renewals");
        for (int i = 0; i < 25; ++i)
            campaign.customerIds.append(900 + i);
        if (!m_engine->startCampaign(campaign))
            m_campaignStarted = true;
        what = QStringLiteral("campaign");
    } else if (kind < 86) {
        return restart(operation);
    } else {
        m_clock->advanceBy(pick(40'000));
        what = QStringLiteral("time");
    }
    return check(operation, what);
}

bool RandomCentre::run(int operations)
{
    for (int operation = 0; operation < operations; ++operation) {
        if (!step(operation))
            return false;
    }
    return true;
}

} // namespace

class TestRoutingProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOperationsKeepEveryInvariant_data();
    void randomOperationsKeepEveryInvariant();
    void sameSeedGivesTheSameDecisions();
};

void TestRoutingProperty::randomOperationsKeepEveryInvariant_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ull, 7ull, 42ull, 2024ull, 9001ull})
        QTest::addRow("seed %llu", seed) << seed;
}

void TestRoutingProperty::randomOperationsKeepEveryInvariant()
{
    QFETCH(quint64, seed);
    RandomCentre centre(seed);
    QVERIFY2(centre.run(3000), qPrintable(centre.failure()));
    QVERIFY(centre.accepted() > 300); // the walk did real work
    QVERIFY(centre.restarts() > 5);
    QVERIFY2(centre.kpi().rejectedEvents() == 0, qPrintable(centre.kpi().lastRejection()));
}

void TestRoutingProperty::sameSeedGivesTheSameDecisions()
{
    RandomCentre first(77);
    RandomCentre second(77);
    QVERIFY2(first.run(1500), qPrintable(first.failure()));
    QVERIFY2(second.run(1500), qPrintable(second.failure()));
    QCOMPARE(first.fingerprint(), second.fingerprint());
    RandomCentre other(78);
    QVERIFY2(other.run(1500), qPrintable(other.failure()));
    QVERIFY(other.fingerprint() != first.fingerprint());
}

QTEST_APPLESS_MAIN(TestRoutingProperty)
#include "tst_routingproperty.moc"
