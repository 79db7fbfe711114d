#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

// `contactdesk-cli erlangc` run as a real process, as a planner or a script would run it.
class TestErlangCCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonForGivenAgents();
    void targetServiceLevelAsFractionOrPercent_data();
    void targetServiceLevelAsFractionOrPercent();
    void targetAsa();
    void patienceAddsAbandonment();
    void shrinkageAddsScheduledAgents();
    void maxOccupancyRaisesAgents();
    void readableTable();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments);
    static QJsonObject runJson(const QStringList &arguments);
};

namespace {

const QStringList classic = {
    QStringLiteral("erlangc"), QStringLiteral("--calls"),
                                              QStringLiteral("100"),     QStringLiteral("--interval-seconds"),
                                                                                        QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                                                               QStringLiteral("180"),     QStringLiteral("--target-seconds"),
                                                                                                                                                                         QStringLiteral("20")};

QStringList with(const QStringList &base, const QStringList &more)
{
    return base + more;
}

} // namespace

TestErlangCCli::Run TestErlangCCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTACTDESK_CLI_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestErlangCCli::runJson(const QStringList &arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("exit %d: %s", result.exitCode, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(result.out));
    return document.object();
}

void TestErlangCCli::jsonForGivenAgents()
{
    const QJsonObject object =
        runJson(with(classic, {QStringLiteral("--agents"), QStringLiteral("13"), QStringLiteral("--json")}));
    QCOMPARE(
        object.keys(),
        (QStringList{QStringLiteral("agents"),
            QStringLiteral("asa_seconds"),
                           QStringLiteral("occupancy"),
                                          QStringLiteral("probability_wait"),
                                                         QStringLiteral("service_level"),
                                                                        QStringLiteral("traffic_erlangs")}));
    QCOMPARE(object.value(QStringLiteral("traffic_erlangs")).toDouble(), 10.0);
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 13);
    QVERIFY(std::abs(object.value(QStringLiteral("probability_wait")).toDouble() - 0.2852704530) < 1e-9);
    QVERIFY(std::abs(object.value(QStringLiteral("service_level")).toDouble() - 0.7955947884) < 1e-9);
    QVERIFY(std::abs(object.value(QStringLiteral("asa_seconds")).toDouble() - 17.116227182) < 1e-8);
    QVERIFY(std::abs(object.value(QStringLiteral("occupancy")).toDouble() - 10.0 / 13) < 1e-12);
}

void TestErlangCCli::targetServiceLevelAsFractionOrPercent_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("fraction") << QStringLiteral("0.8");
    QTest::newRow("percent") << QStringLiteral("80");
    QTest::newRow("percent sign") << QStringLiteral("80%");
}

void TestErlangCCli::targetServiceLevelAsFractionOrPercent()
{
    QFETCH(QString, target);
    const QJsonObject object =
        runJson(with(classic, {QStringLiteral("--target-service-level"), target, QStringLiteral("--json")}));
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 14);
    QVERIFY(object.value(QStringLiteral("service_level")).toDouble() >= 0.8);
}

void TestErlangCCli::targetAsa()
{
    const QJsonObject object = runJson(with(
        classic, {QStringLiteral("--target-asa-seconds"), QStringLiteral("15"), QStringLiteral("--json")}));
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 14);
    QVERIFY(object.value(QStringLiteral("asa_seconds")).toDouble() <= 15);
}

void TestErlangCCli::patienceAddsAbandonment()
{
    const QJsonObject object = runJson(with(
        classic, {QStringLiteral("--agents"),
                     QStringLiteral("10"), QStringLiteral("--patience-seconds"),
                                                          QStringLiteral("120"), QStringLiteral("--json")}));
    // 10 agents for 10 erlangs is unstable in Erlang C, but impatient customers keep it finite.
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 10);
    const double abandon = object.value(QStringLiteral("probability_abandon")).toDouble(-1);
    QVERIFY(abandon > 0 && abandon < 1);
    QVERIFY(!object.contains(QStringLiteral("scheduled_agents")));
}

void TestErlangCCli::shrinkageAddsScheduledAgents()
{
    const QJsonObject object = runJson(with(
        classic, {QStringLiteral("--target-service-level"),
                     QStringLiteral("80"), QStringLiteral("--shrinkage"),
                                                          QStringLiteral("0.35"), QStringLiteral("--json")}));
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 14);
    QCOMPARE(object.value(QStringLiteral("scheduled_agents")).toInt(), 22); // ceil(14 / 0.65)
    QVERIFY(!object.contains(QStringLiteral("probability_abandon")));

    const QJsonObject exact = runJson(with(
        classic, {QStringLiteral("--agents"),
                     QStringLiteral("13"), QStringLiteral("--shrinkage"),
                                                          QStringLiteral("35"), QStringLiteral("--json")}));
    QCOMPARE(exact.value(QStringLiteral("scheduled_agents")).toInt(), 20); // 13 / 0.65 = 20 exactly
}

void TestErlangCCli::maxOccupancyRaisesAgents()
{
    const QJsonObject object = runJson(with(
        classic, {QStringLiteral("--target-service-level"),
                     QStringLiteral("0.8"), QStringLiteral("--max-occupancy"),
                                                           QStringLiteral("0.7"), QStringLiteral("--json")}));
    QCOMPARE(object.value(QStringLiteral("agents")).toInt(), 15);
    QVERIFY(object.value(QStringLiteral("occupancy")).toDouble() <= 0.7);
}

void TestErlangCCli::readableTable()
{
    const Run result = run(with(
        classic, {QStringLiteral("--agents"), QStringLiteral("13"), QStringLiteral("--shrinkage"),
                                                                                   QStringLiteral("35")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains(QStringLiteral("Erlang C")));
    QVERIFY(result.out.contains(QStringLiteral("10.00 erlangs")));
    QVERIFY(result.out.contains(QStringLiteral("Scheduled agents: 20")));
    QVERIFY(result.out.contains(QStringLiteral("79.6% answered within 20.0 s")));
    QVERIFY(result.out.contains(QStringLiteral("ASA:              17.1 s")));
}

void TestErlangCCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString agents = QStringLiteral("--agents");
    const QStringList base = with(classic, {agents, QStringLiteral("13")});

    QTest::newRow("unstable: 10 agents for 10 erlangs")
        << with(classic, {agents, QStringLiteral("10"), QStringLiteral("--json")})
                          << 1 << QStringLiteral("grows without bound");
    QTest::newRow("unstable: 9 agents") << with(classic, {agents, QStringLiteral("9")})
                                                << 1 << QStringLiteral("grows without bound");
    QTest::newRow("missing --calls") << QStringList{
        QStringLiteral("erlangc"), QStringLiteral("--interval-seconds"),
                                                  QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                            QStringLiteral("180"),     QStringLiteral("--target-seconds"),
                                                                                                                                    QStringLiteral("20"),      agents,
                                                                                                                                                   QStringLiteral("13")}
                                                                                                                                                   << 2
                                                                                                                                                   << QStringLiteral("--calls is required");
    QTest::newRow("missing target seconds") << QStringList{
        QStringLiteral("erlangc"), QStringLiteral("--calls"),
                                                  QStringLiteral("100"),     QStringLiteral("--interval-seconds"),
                                                                                            QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                                                                   QStringLiteral("180"),     agents,
                                                                                                                                                  QStringLiteral("13")}
                                                                                                                                                  << 2
                                                                                                                                                  << QStringLiteral("--target-seconds is required");
    QTest::newRow("no agents and no target") << classic << 2 << QStringLiteral("give either --agents");
    QTest::newRow("agents and a target")
        << with(base, {QStringLiteral("--target-service-level"), QStringLiteral("0.8")})
                << 2 << QStringLiteral("give either --agents");
    QTest::newRow("zero calls") << QStringList{QStringLiteral("erlangc"),
                                                              QStringLiteral("--calls"),
                                                                             QStringLiteral("0"),
                                                                                            QStringLiteral("--interval-seconds"),
                                                                                                           QStringLiteral("1800"),
                                                                                                                          QStringLiteral("--aht-seconds"),
                                                                                                                                         QStringLiteral("180"),
                                                                                                                                                        QStringLiteral("--target-seconds"),
                                                                                                                                                                       QStringLiteral("20"),
                                                                                                                                                                                      agents,
                                                                                                                                                                                      QStringLiteral("13")}
                                                                                                                                                                                      << 2
                                                                                                                                                                                      << QStringLiteral("number of calls");
    QTest::newRow("negative AHT") << QStringList{
        QStringLiteral("erlangc"), QStringLiteral("--calls"),
                                                  QStringLiteral("100"),     QStringLiteral("--interval-seconds"),
                                                                                            QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                                                                   QStringLiteral("-180"),    QStringLiteral("--target-seconds"),
                                                                                                                                                                             QStringLiteral("20"),      agents,
                                                                                                                                                                                            QStringLiteral("13")}
                                                                                                                                                                                            << 2
                                                                                                                                                                                            << QStringLiteral("handling time");
    QTest::newRow("not a number") << QStringList{
        QStringLiteral("erlangc"), QStringLiteral("--calls"),
                                                  QStringLiteral("lots"),    QStringLiteral("--interval-seconds"),
                                                                                            QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                                                                   QStringLiteral("180"),     QStringLiteral("--target-seconds"),
                                                                                                                                                                             QStringLiteral("20"),      agents,
                                                                                                                                                                                            QStringLiteral("13")}
                                                                                                                                                                                            << 2
                                                                                                                                                                                            << QStringLiteral("--calls needs a number");
    QTest::newRow("NaN calls") << QStringList{
        QStringLiteral("erlangc"), QStringLiteral("--calls"),
                                                  QStringLiteral("nan"),     QStringLiteral("--interval-seconds"),
                                                                                            QStringLiteral("1800"),    QStringLiteral("--aht-seconds"),
                                                                                                                                   QStringLiteral("180"),     QStringLiteral("--target-seconds"),
                                                                                                                                                                             QStringLiteral("20"),      agents,
                                                                                                                                                                                            QStringLiteral("13")}
                                                                                                                                                                                            << 2
                                                                                                                                                                                            << QStringLiteral("--calls needs a number");
    QTest::newRow("zero agents") << with(classic, {agents, QStringLiteral("0")})
                                         << 2 << QStringLiteral("--agents needs a whole number");
    QTest::newRow("fractional agents") << with(classic, {agents, QStringLiteral("12.5")})
                                               << 2 << QStringLiteral("--agents needs a whole number");
    QTest::newRow("100% service level")
        << with(classic, {QStringLiteral("--target-service-level"), QStringLiteral("100")})
                << 2 << QStringLiteral("below 100%");
    QTest::newRow("zero ASA") << with(classic, {QStringLiteral("--target-asa-seconds"), QStringLiteral("0")})
                                      << 2 << QStringLiteral("target ASA");
    QTest::newRow("shrinkage 100%") << with(base, {QStringLiteral("--shrinkage"), QStringLiteral("100")})
                                            << 2 << QStringLiteral("--shrinkage must be");
    QTest::newRow("negative patience")
        << with(base, {QStringLiteral("--patience-seconds"), QStringLiteral("-5")})
                << 2 << QStringLiteral("--patience-seconds needs a positive");
    QTest::newRow("max occupancy without target")
        << with(base, {QStringLiteral("--max-occupancy"), QStringLiteral("0.85")})
                << 2 << QStringLiteral("--max-occupancy applies only");
    QTest::newRow("unknown option") << with(base, {QStringLiteral("--agnets"), QStringLiteral("3")})
                                            << 2 << QStringLiteral("agnets");
    QTest::newRow("stray argument") << with(base, {QStringLiteral("now")})
                                            << 2 << QStringLiteral("unexpected argument 'now'");
}

void TestErlangCCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out)); // nothing half-printed, no NaN figures
}

QTEST_GUILESS_MAIN(TestErlangCCli)

#include "tst_erlangccli.moc"
