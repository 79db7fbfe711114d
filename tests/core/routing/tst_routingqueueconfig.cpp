#include "routing/routingqueueconfig.h"
#include "routing/skillexpression.h"

#include <QTest>

using namespace ContactDesk;

class TestRoutingQueueConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSkillExpressions_data();
    void parsesSkillExpressions();
    void refusesBrokenExpressions_data();
    void refusesBrokenExpressions();
    void validatesRoutingSettings_data();
    void validatesRoutingSettings();
    void stepsDefaultToTheQueueSkills();
};

void TestRoutingQueueConfig::parsesSkillExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("one with level") << QStringLiteral("sales>=7") << QStringLiteral("sales>=7");
    QTest::newRow("bare skill") << QStringLiteral(" sales ") << QStringLiteral("sales>=1");
    QTest::newRow("two") << QStringLiteral("sales >= 4 & ko>=3") << QStringLiteral("sales>=4 & ko>=3");
    QTest::newRow("anyone") << QStringLiteral("*") << QStringLiteral("*");
}

void TestRoutingQueueConfig::parsesSkillExpressions()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const auto parsed = SkillExpression::parse(text);
    const auto *requirements = std::get_if<QList<SkillRequirement>>(&parsed);
    QVERIFY(requirements);
    QCOMPARE(SkillExpression::format(*requirements), formatted);
}

void TestRoutingQueueConfig::refusesBrokenExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("level not a number") << QStringLiteral("sales>=high") << QStringLiteral("sales>=high");
    QTest::newRow("level too high") << QStringLiteral("sales>=11") << QStringLiteral("11");
    QTest::newRow("bad skill id") << QStringLiteral("Sales Team") << QStringLiteral("Sales Team");
    QTest::newRow("dangling and") << QStringLiteral("sales &") << QStringLiteral("not a skill id");
    QTest::newRow("twice") << QStringLiteral("sales>=2 & sales>=5") << QStringLiteral("twice");
}

void TestRoutingQueueConfig::refusesBrokenExpressions()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = SkillExpression::parse(text);
    const auto *error = std::get_if<DomainError>(&parsed);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("invalid-skill-expression"));
    QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
}

void TestRoutingQueueConfig::validatesRoutingSettings_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("step without timeout before another") << QStringLiteral("open-step")
                                                                           << QStringLiteral("never start");
    QTest::newRow("overflow into itself") << QStringLiteral("self-overflow") << QStringLiteral("itself");
    QTest::newRow("overflow without timeout") << QStringLiteral("overflow-no-timeout")
                                                                << QStringLiteral("last escalation step");
    QTest::newRow("offer timeout 0") << QStringLiteral("offer-0") << QStringLiteral("offer timeout");
    QTest::newRow("negative wrap-up") << QStringLiteral("acw-5") << QStringLiteral("after-call work");
    QTest::newRow("VIP level 11") << QStringLiteral("vip-11") << QStringLiteral("VIP minimum level");
}

void TestRoutingQueueConfig::validatesRoutingSettings()
{
    QFETCH(QString, change);
    QFETCH(QString, mentions);
    RoutingQueueConfig config;
    config.queue.id = QStringLiteral("sales");
    config.queue.name = QStringLiteral("Sales");
    config.queue.channels = {Channel::Voice};
    QVERIFY(!config.validate());
    if (change == u"open-step")
        config.steps = {EscalationStep{{}, 0}, EscalationStep{{}, 10}};
    else if (change == u"self-overflow")
        config.overflowQueueId = QStringLiteral("sales");
    else if (change == u"overflow-no-timeout")
        config.overflowQueueId = QStringLiteral("support");
    else if (change == u"offer-0")
        config.offerTimeoutSeconds = 0;
    else if (change == u"acw-5")
        config.afterCallWorkSeconds = -5;
    else if (change == u"vip-11")
        config.vipMinimumLevel = 11;
    const std::optional<DomainError> error = config.validate();
    QVERIFY(error);
    QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
    QVERIFY(error->message.contains(QStringLiteral("sales")));
}

void TestRoutingQueueConfig::stepsDefaultToTheQueueSkills()
{
    RoutingQueueConfig config;
    config.queue.requiredSkills = {SkillRequirement{QStringLiteral("sales"), 2}};
    QCOMPARE(config.effectiveSteps(),
             (QList<EscalationStep>{EscalationStep{{SkillRequirement{QStringLiteral("sales"), 2}}, 0}}));
    config.steps = {EscalationStep{{SkillRequirement{QStringLiteral("sales"), 7}}, 30},
                                   EscalationStep{{}, 0}};
    QCOMPARE(config.effectiveSteps().size(), 2);
}

QTEST_APPLESS_MAIN(TestRoutingQueueConfig)
#include "tst_routingqueueconfig.moc"
