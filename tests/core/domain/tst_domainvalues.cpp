#include "domain/agent.h"
#include "domain/contactpoint.h"
#include "domain/customer.h"
#include "domain/message.h"
#include "domain/queue.h"
#include "domain/workitem.h"

#include <QTest>

using namespace ContactDesk;

class TestDomainValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanNamesAreFamilyFirst_data();
    void koreanNamesAreFamilyFirst();
    void customerNeedsSomeName();
    void contactPointsAreStoredNormalised_data();
    void contactPointsAreStoredNormalised();
    void agentSkillLevelsAreOneToTen();
    void agentStateNeedsReasonOnlyForNotReady();
    void capacityAllowsOneCallAtMost();
    void skillRequirementsMatchLevels();
    void queueValidation();
    void workItemCannotBeDueBeforeCreated();
    void messageNeedsBodyOrAttachment();
    void currencyMinorDigits();
};

void TestDomainValues::koreanNamesAreFamilyFirst_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("expected");
    QTest::newRow("korean") << QStringLiteral("민준") << QStringLiteral("김") << QStringLiteral("김민준");
    QTest::newRow("english") << QStringLiteral("Emily") << QStringLiteral("Carter")
                                                                          << QStringLiteral("Emily Carter");
    QTest::newRow("given only") << QStringLiteral("Emily") << QString() << QStringLiteral("Emily");
    QTest::newRow("family only") << QString() << QStringLiteral("박") << QStringLiteral("박");
}

void TestDomainValues::koreanNamesAreFamilyFirst()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, expected);
    Customer customer;
    customer.givenName = given;
    customer.familyName = family;
    QCOMPARE(customer.displayName(), expected);
}

void TestDomainValues::customerNeedsSomeName()
{
    Customer customer;
    QCOMPARE(customer.validate()->code, QStringLiteral("missing-name"));
    customer.company = QStringLiteral("한빛전자");
    QVERIFY(!customer.validate());
    customer.lifetimeValueMinor = -1;
    QCOMPARE(customer.validate()->code, QStringLiteral("negative-value"));
    customer.lifetimeValueMinor = 0;
    customer.contactPoints.append(
        ContactPoint{0, 0, ContactKind::Phone, QStringLiteral("010-1234-5678"), {}, true});
    QCOMPARE(customer.validate()->code, QStringLiteral("phone-not-e164"));
}

void TestDomainValues::contactPointsAreStoredNormalised_data()
{
    QTest::addColumn<ContactKind>("kind");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("valid");
    QTest::newRow("email case") << ContactKind::Email
                                << QStringLiteral("  Emily.Carter@Example.COM ")
                                                  << QStringLiteral("emily.carter@example.com") << true;
    QTest::newRow("email no domain") << ContactKind::Email
                                     << QStringLiteral("emily@") << QStringLiteral("emily@") << false;
    QTest::newRow("social network lower")
        << ContactKind::Social << QStringLiteral("Kakao:MinJun") << QStringLiteral("kakao:MinJun") << true;
    QTest::newRow("social without network")
        << ContactKind::Social << QStringLiteral("minjun") << QStringLiteral("minjun") << false;
    QTest::newRow("e164") << ContactKind::Phone
                          << QStringLiteral("+821012345678") << QStringLiteral("+821012345678") << true;
    QTest::newRow("phone not e164") << ContactKind::Phone
                                    << QStringLiteral("01012345678") << QStringLiteral("01012345678")
                                                                                       << false;
}

void TestDomainValues::contactPointsAreStoredNormalised()
{
    QFETCH(ContactKind, kind);
    QFETCH(QString, raw);
    QFETCH(QString, normalised);
    QFETCH(bool, valid);
    ContactPoint point;
    point.kind = kind;
    point.value = ContactPoint::normalize(kind, raw);
    QCOMPARE(point.value, normalised);
    QCOMPARE(!point.validate().has_value(), valid);
}

void TestDomainValues::agentSkillLevelsAreOneToTen()
{
    Agent agent;
    QCOMPARE(agent.setSkill(QStringLiteral("sales"), 0)->code, QStringLiteral("invalid-skill-level"));
    QCOMPARE(agent.setSkill(QStringLiteral("sales"), 11)->code, QStringLiteral("invalid-skill-level"));
    QCOMPARE(agent.setSkill(QStringLiteral("Sales Team"), 5)->code, QStringLiteral("invalid-skill-id"));
    QVERIFY(!agent.setSkill(QStringLiteral("sales"), 10));
    QCOMPARE(agent.skillLevel(QStringLiteral("sales")), 10);
    QCOMPARE(agent.skillLevel(QStringLiteral("billing")), 0);
    agent.removeSkill(QStringLiteral("sales"));
    QVERIFY(agent.skills().isEmpty());
}

void TestDomainValues::agentStateNeedsReasonOnlyForNotReady()
{
    Agent agent;
    QCOMPARE(agent.changeState(AgentState::AfterCallWork, {}, 10)->code,
             QStringLiteral("illegal-agent-transition"));
    QCOMPARE(agent.changeState(AgentState::NotReady, {}, 10)->code, QStringLiteral("reason-required"));
    QCOMPARE(agent.changeState(AgentState::Ready, QStringLiteral("lunch"), 10)->code,
                               QStringLiteral("reason-not-allowed"));
    QVERIFY(!agent.changeState(AgentState::NotReady, QStringLiteral("lunch"), 10));
    QCOMPARE(agent.reasonCode(), QStringLiteral("lunch"));
    QVERIFY(!agent.changeState(AgentState::Ready, {}, 20));
    QCOMPARE(agent.reasonCode(), QString());
    QCOMPARE(agent.stateSinceMs(), 20);
    QCOMPARE(agent.changeState(AgentState::NotReady, QStringLiteral("break"), 19)->code,
                               QStringLiteral("time-went-backwards"));
    QCOMPARE(agent.state(), AgentState::Ready);
}

void TestDomainValues::capacityAllowsOneCallAtMost()
{
    ChannelCapacity capacity = ChannelCapacity::standard();
    QVERIFY(!capacity.validate());
    QCOMPARE(capacity.limitFor(Channel::Chat), 3);
    capacity.maximum[Channel::Voice] = 2;
    QCOMPARE(capacity.validate()->code, QStringLiteral("invalid-capacity"));
    capacity.maximum[Channel::Voice] = 1;
    capacity.maximum[Channel::Chat] = -1;
    QCOMPARE(capacity.validate()->code, QStringLiteral("invalid-capacity"));
}

void TestDomainValues::skillRequirementsMatchLevels()
{
    const SkillLevels levels{{QStringLiteral("sales"), 7}, {QStringLiteral("korean"), 3}};
    QVERIFY(meetsRequirements(levels, {}));
    QVERIFY(meetsRequirements(levels, {{QStringLiteral("sales"), 7}}));
    QVERIFY(!meetsRequirements(levels, {{QStringLiteral("sales"), 8}}));
    QVERIFY(!meetsRequirements(levels, {{QStringLiteral("sales"), 1}, {QStringLiteral("billing"), 1}}));
    QVERIFY(validateRequirements({{QStringLiteral("sales"), 0}}));
}

void TestDomainValues::queueValidation()
{
    Queue queue;
    queue.id = QStringLiteral("sales");
    queue.name = QStringLiteral("Sales");
    QCOMPARE(queue.validate()->code, QStringLiteral("no-channels"));
    queue.channels = {Channel::Voice};
    QVERIFY(!queue.validate());
    queue.serviceLevelPercent = 0;
    QCOMPARE(queue.validate()->code, QStringLiteral("invalid-service-level"));
    queue.serviceLevelPercent = 80;
    queue.maxLength = -1;
    QCOMPARE(queue.validate()->code, QStringLiteral("negative-setting"));
    for (auto strategy :
         {SelectionStrategy::LongestIdle, SelectionStrategy::MostSkilled, SelectionStrategy::LeastOccupied,
          SelectionStrategy::RoundRobin, SelectionStrategy::FewestContactsToday}) {
        QCOMPARE(selectionStrategyFromKey(selectionStrategyKey(strategy)), strategy);
    }
}

void TestDomainValues::workItemCannotBeDueBeforeCreated()
{
    WorkItem item;
    item.title = QStringLiteral("보험금 청구서 검토");
    item.createdAtMs = 1000;
    item.dueAtMs = 999;
    QCOMPARE(item.validate()->code, QStringLiteral("due-before-created"));
    item.dueAtMs = 5000;
    QVERIFY(!item.validate());
    QVERIFY(item.isOverdue(5001));
    item.status = WorkItemStatus::Done;
    QVERIFY(!item.isOverdue(5001));
}

void TestDomainValues::messageNeedsBodyOrAttachment()
{
    Message message;
    message.sentAtMs = 1;
    QCOMPARE(message.validate()->code, QStringLiteral("empty-message"));
    message.attachments.append({QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"), 2048});
    QVERIFY(!message.validate());
}

void TestDomainValues::currencyMinorDigits()
{
    QCOMPARE(ContactDesk::currencyMinorDigits(QStringLiteral("KRW")), 0);
    QCOMPARE(ContactDesk::currencyMinorDigits(QStringLiteral("USD")), 2);
}

QTEST_APPLESS_MAIN(TestDomainValues)
#include "tst_domainvalues.moc"
