#include "metrics/erlang.h"
#include "routing/scenario.h"
#include "routing/simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;

namespace {

constexpr int Days = 30; // long enough for the averages to settle, still well under a second each

QJsonObject exponential(double meanSeconds)
{
    return QJsonObject{{QStringLiteral("distribution"), QStringLiteral("exponential")},
                        {QStringLiteral("mean_seconds"), meanSeconds}};
}

// One queue, one skill, N identical agents: the system Erlang C and Erlang A describe.
QJsonObject singleSkill(int agents, double perHour, double ahtSeconds, double patienceSeconds,
                        int days = Days)
{
    return QJsonObject{
        {QStringLiteral("seed"), 1},
         {QStringLiteral("duration_seconds"), days * 86400},
          {QStringLiteral("service_level_seconds"), 20},
           {QStringLiteral("short_abandon_seconds"), 5},
            {QStringLiteral("queues"),
                QJsonArray{
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("sales")},
                                 {QStringLiteral("skills"), QJsonObject{{QStringLiteral("sales"), 1}}},
                                  {QStringLiteral("strategy"), QStringLiteral("longest-idle")}}}},
                    {QStringLiteral("agents"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("count"), agents},
                             {QStringLiteral("skills"), QJsonObject{{QStringLiteral("sales"), 5}}},
                              {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("voice"), 1}}}}}},
                                   {QStringLiteral("arrivals"), QJsonArray{QJsonObject{
                                                        {QStringLiteral("queue"), QStringLiteral("sales")},
                                                         {QStringLiteral("channel"), QStringLiteral("voice")},
                                                          {QStringLiteral("per_hour"), perHour}}}},
                                       {QStringLiteral("handle_time"), exponential(ahtSeconds)},
                                        {QStringLiteral("patience"), patienceSeconds > 0 ? QJsonValue(
                                                                         exponential(patienceSeconds))
                                                                                         : QJsonValue()},
                                         {QStringLiteral("after_call_work_seconds"), 0},
                                        };
}

Scenario parse(const QJsonObject &object)
{
    std::variant<Scenario, DomainError> parsed = Scenario::fromJson(QJsonDocument(object).toJson());
    if (const DomainError *error = std::get_if<DomainError>(&parsed))
        qFatal("scenario refused: %s", qPrintable(error->message));
    return std::get<Scenario>(std::move(parsed));
}

SimulationReport simulate(const QJsonObject &object)
{
    Simulator simulator(parse(object));
    return simulator.run();
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTACTDESK_CLI_PATH), QStringList{QStringLiteral("simulate")} + arguments);
    CliRun run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesErlangC_data();
    void matchesErlangC();
    void matchesErlangA_data();
    void matchesErlangA();
    void sameSeedSameReport();
    void steppingGivesTheSameResultAsRunningToTheEnd();
    void intervalRatesShapeTheDay();
    void lognormalHandleTimeHasTheRequestedMean();
    void callbacksAreNotAbandons();
    void overflowKeepsEveryContact();
    void badScenariosNameThePathOfTheProblem_data();
    void badScenariosNameThePathOfTheProblem();
    void cliPrintsTheSameBytesForTheSameSeed();
    void cliRefusesABadFileWithItsPath();
};

void TestSimulator::matchesErlangC_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("perHour");
    QTest::addColumn<double>("ahtSeconds");
    QTest::newRow("10 erlangs on 14 agents") << 14 << 200.0 << 180.0;
    QTest::newRow("26.7 erlangs on 30 agents") << 30 << 800.0 << 120.0;
}

void TestSimulator::matchesErlangC()
{
    QFETCH(int, agents);
    QFETCH(double, perHour);
    QFETCH(double, ahtSeconds);
    const SimulationReport report = simulate(singleSkill(agents, perHour, ahtSeconds, 0));
    const KpiCounters &sales = report.queues.constFirst().counters;

    const Erlang::Result expected = Erlang::evaluate(Erlang::Input{perHour, 3600, ahtSeconds, 20, 0}, agents);
    QVERIFY(!expected.error);
    QCOMPARE(sales.abandoned, 0);
    QVERIFY(sales.offered > Days * 24 * perHour * 0.95);
    const double serviceLevel = double(sales.answeredInTarget) / double(sales.offered);
    QVERIFY2(std::abs(serviceLevel - expected.serviceLevel) <= 0.015,
             qPrintable(QStringLiteral("service level %1 vs Erlang C %2").arg(serviceLevel).arg(expected.serviceLevel)));
    QVERIFY2(std::abs(*sales.asaSeconds() / expected.asaSeconds - 1.0) <= 0.10,
             qPrintable(
                 QStringLiteral("ASA %1 vs Erlang C %2").arg(*sales.asaSeconds()).arg(expected.asaSeconds)));
    QVERIFY2(std::abs(*report.occupancy - expected.occupancy) <= 0.01,
             qPrintable(QStringLiteral("occupancy %1 vs %2").arg(*report.occupancy).arg(expected.occupancy)));
}

void TestSimulator::matchesErlangA_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("perHour");
    QTest::addColumn<double>("ahtSeconds");
    QTest::addColumn<double>("patienceSeconds");
    QTest::newRow("light abandonment") << 14 << 200.0 << 180.0 << 300.0;
    QTest::newRow("fully loaded") << 10 << 200.0 << 180.0 << 120.0;
    QTest::newRow("25 agents") << 25 << 600.0 << 150.0 << 200.0;
}

void TestSimulator::matchesErlangA()
{
    QFETCH(int, agents);
    QFETCH(double, perHour);
    QFETCH(double, ahtSeconds);
    QFETCH(double, patienceSeconds);
    const SimulationReport report = simulate(singleSkill(agents, perHour, ahtSeconds, patienceSeconds));
    const KpiCounters &sales = report.queues.constFirst().counters;

    const Erlang::Result expected =
        Erlang::evaluate(Erlang::Input{perHour, 3600, ahtSeconds, 20, patienceSeconds}, agents);
    QVERIFY(!expected.error);
    const double serviceLevel = double(sales.answeredInTarget) / double(sales.offered);
    const double abandonRate = double(sales.abandoned) / double(sales.offered);
    QVERIFY2(std::abs(serviceLevel - expected.serviceLevel) <= 0.015,
             qPrintable(QStringLiteral("service level %1 vs Erlang A %2").arg(serviceLevel).arg(expected.serviceLevel)));
    QVERIFY2(std::abs(*sales.asaSeconds() / expected.asaSeconds - 1.0) <= 0.10,
             qPrintable(
                 QStringLiteral("ASA %1 vs Erlang A %2").arg(*sales.asaSeconds()).arg(expected.asaSeconds)));
    QVERIFY2(std::abs(abandonRate - expected.probabilityAbandon) <= 0.01,
             qPrintable(QStringLiteral("abandons %1 vs Erlang A %2").arg(abandonRate).arg(expected.probabilityAbandon)));
    QVERIFY(sales.shortAbandoned > 0 && sales.shortAbandoned < sales.abandoned);
}

void TestSimulator::sameSeedSameReport()
{
    const QJsonObject scenario = singleSkill(12, 200, 180, 240, 2);
    const QByteArray first = QJsonDocument(simulate(scenario).toJson()).toJson();
    const QByteArray second = QJsonDocument(simulate(scenario).toJson()).toJson();
    QCOMPARE(first, second);
    QJsonObject reseeded = scenario;
    reseeded.insert(QStringLiteral("seed"), 2);
    QVERIFY(QJsonDocument(simulate(reseeded).toJson()).toJson() != first);
}

void TestSimulator::steppingGivesTheSameResultAsRunningToTheEnd()
{
    const Scenario scenario = parse(singleSkill(12, 200, 180, 240, 1));
    Simulator whole(scenario);
    const QJsonObject expected = whole.run().toJson();

    Simulator stepped(scenario);
    QVERIFY(!stepped.start());
    int steps = 0;
    while (stepped.clock().nowMs() < stepped.endMs()) {
        stepped.advanceBy(60'000); // one simulated minute per frame, as the desktop does
        if (++steps % 120 == 0)
            QVERIFY(stepped.engine().checkInvariants().isEmpty());
    }
    QCOMPARE(steps, 24 * 60);
    const SimulationReport midway = stepped.report();
    QVERIFY(midway.total.offered > 4000);
    QCOMPARE(stepped.run().toJson(), expected);
}

void TestSimulator::intervalRatesShapeTheDay()
{
    QJsonObject scenario = singleSkill(20, 0, 180, 0, 3);
    QJsonArray rates;
    for (int interval = 0; interval < 96; ++interval)
        rates.append(interval >= 36 && interval < 44 ? 60.0 : 0.0); // 09:00-11:00 only, 60 per 15 minutes
    QJsonArray arrivals = scenario.value(QStringLiteral("arrivals")).toArray();
    QJsonObject arrival = arrivals.at(0).toObject();
    arrival.remove(QStringLiteral("per_hour"));
    arrival.insert(QStringLiteral("per_interval"), rates);
    arrivals.replace(0, arrival);
    scenario.insert(QStringLiteral("arrivals"), arrivals);

    Simulator simulator(parse(scenario));
    const SimulationReport report = simulator.run();
    const qint64 offered = report.queues.constFirst().counters.offered;
    QVERIFY2(std::abs(double(offered) - 3 * 8 * 60.0) < 4 * std::sqrt(3 * 8 * 60.0),
             qPrintable(QString::number(offered)));
    const QList<IntervalKpis> intervals =
        simulator.kpi().queueIntervals(QStringLiteral("sales"), simulator.startMs(), simulator.endMs());
    QCOMPARE(intervals.size(), 3 * 96);
    for (int i = 0; i < intervals.size(); ++i) {
        const int ofDay = i % 96;
        if (ofDay < 36 || ofDay >= 44)
            QCOMPARE(intervals.at(i).counters.offered, 0);
        else
            QVERIFY(intervals.at(i).counters.offered > 20);
    }
}

void TestSimulator::lognormalHandleTimeHasTheRequestedMean()
{
    QJsonObject scenario = singleSkill(20, 200, 180, 0, 10);
    scenario.insert(QStringLiteral("handle_time"),
                                   QJsonObject{{QStringLiteral("distribution"), QStringLiteral("lognormal")},
                                                {QStringLiteral("mean_seconds"), 240},
                                                 {QStringLiteral("sd_seconds"), 120}});
    const SimulationReport report = simulate(scenario);
    const double aht = *report.queues.constFirst().counters.ahtSeconds();
    QVERIFY2(std::abs(aht / 240.0 - 1.0) < 0.03, qPrintable(QString::number(aht)));
}

void TestSimulator::callbacksAreNotAbandons()
{
    QJsonObject scenario = singleSkill(9, 200, 180, 120, 2); // overloaded: long waits
    QJsonArray queues = scenario.value(QStringLiteral("queues")).toArray();
    QJsonObject queue = queues.at(0).toObject();
    queue.insert(QStringLiteral("callback_threshold_seconds"), 60);
    queues.replace(0, queue);
    scenario.insert(QStringLiteral("queues"), queues);
    scenario.insert(QStringLiteral("callback_accept_share"), 0.5);
    const SimulationReport report = simulate(scenario);
    const KpiCounters &sales = report.queues.constFirst().counters;
    QVERIFY(sales.callbacks > 100);
    QVERIFY(report.decisions > 0);
    // Every contact ends one way: answered, abandoned, or taken as a callback (and then called).
    QCOMPARE(sales.offered, sales.answered + sales.abandoned + sales.callbacks);
    QCOMPARE(report.queues.constFirst().waitingAtEnd, 0);
    QCOMPARE(sales.completed, sales.answered + sales.callbacks); // every callback was made
}

void TestSimulator::overflowKeepsEveryContact()
{
    const QByteArray json = R"({
        "seed": 5, "duration_seconds": 172800,
        "queues": [
            {"id": "sales", "skills": "sales", "strategy": "most-skilled",
             "steps": [{"skills": "sales>=7", "timeout_seconds": 20}, {"skills": "sales>=3", "timeout_seconds": 40}],
             "overflow": "general"},
            {"id": "general", "skills": "general", "strategy": "round-robin", "channels": ["voice", "chat"]}
        ],
        "agents": [
            {"count": 4, "skills": {"sales": 8, "general": 2}, "capacity": {"voice": 1}},
            {"count": 4, "skills": {"sales": 4}, "capacity": {"voice": 1}},
            {"count": 6, "skills": {"general": 5}, "capacity": {"voice": 1, "chat": 3}, "voice_blocks_other_channels": true}
        ],
        "arrivals": [
            {"queue": "sales", "per_hour": 150, "vip_share": 0.1},
            {"queue": "general", "channel": "chat", "per_hour": 60, "customers": 500}
        ],
        "handle_time": {"distribution": "lognormal", "mean_seconds": 200, "sd_seconds": 100},
        "patience": {"distribution": "exponential", "mean_seconds": 400},
        "after_call_work_seconds": 15
    })";
    std::variant<Scenario, DomainError> parsed = Scenario::fromJson(json);
    QVERIFY(std::holds_alternative<Scenario>(parsed));
    Simulator simulator(std::get<Scenario>(parsed));
    const SimulationReport report = simulator.run();
    QCOMPARE(simulator.engine().liveContactCount(), 0);
    const QStringList problems = simulator.engine().checkInvariants();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const KpiCounters &total = report.total;
    // Each arrival is answered or abandoned exactly once; overflow counts as offered twice.
    QVERIFY(total.movedOut > 0);
    QVERIFY2(simulator.kpi().rejectedEvents() == 0, qPrintable(simulator.kpi().lastRejection()));
    QCOMPARE(total.offered - total.movedOut, total.answered + total.abandoned);
    QCOMPARE(total.completed, total.answered);
}

void TestSimulator::badScenariosNameThePathOfTheProblem_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QStringLiteral("not-json") << QStringLiteral("not valid JSON at line 1");
    QTest::newRow("no queues") << QStringLiteral("no-queues") << QStringLiteral("$.queues: is required");
    QTest::newRow("strategy") << QStringLiteral("strategy") << QStringLiteral("$.queues[0].strategy: unknown strategy 'fastest'");
    QTest::newRow("typo") << QStringLiteral("typo") << QStringLiteral("$.queues[0].stratgy: unknown field");
    QTest::newRow("arrival queue") << QStringLiteral("arrival-queue") << QStringLiteral("$.arrivals[0].queue: no queue 'support' in $.queues");
    QTest::newRow("interval count") << QStringLiteral("intervals-95") << QStringLiteral("$.arrivals[0].per_interval: expected 96 rates");
    QTest::newRow("negative rate") << QStringLiteral("interval-negative") << QStringLiteral("$.arrivals[0].per_interval[5]: expected a number of contacts >= 0");
    QTest::newRow("both rates") << QStringLiteral("both-rates") << QStringLiteral("$.arrivals[0]: give exactly one of per_hour and per_interval");
    QTest::newRow("lognormal sd") << QStringLiteral("lognormal-no-sd") << QStringLiteral("$.handle_time.sd_seconds: is required");
    QTest::newRow("fractional count")
        << QStringLiteral("count-2.5") << QStringLiteral("$.agents[0].count: 2.5 is not a whole number");
    QTest::newRow("skill level") << QStringLiteral("level-11") << QStringLiteral("$.agents[0].skills.sales: the level must be a whole number from 1 to 10");
    QTest::newRow("channel") << QStringLiteral("fax") << QStringLiteral("$.arrivals[0].channel: unknown channel 'fax'");
    QTest::newRow("step expression") << QStringLiteral("step-level") << QStringLiteral("$.queues[0].steps[0].skills: Level 12 for 'sales' is outside 1-10");
    QTest::newRow("overflow loop") << QStringLiteral("loop") << QStringLiteral(".overflow: queues overflow into each other in a loop");
    QTest::newRow("patience type") << QStringLiteral("patience-number") << QStringLiteral("$.patience: expected an object, found a number");
}

void TestSimulator::badScenariosNameThePathOfTheProblem()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    QJsonObject scenario = singleSkill(10, 100, 180, 0, 1);
    QJsonArray queues = scenario.value(QStringLiteral("queues")).toArray();
    QJsonObject queue = queues.at(0).toObject();
    QJsonArray arrivals = scenario.value(QStringLiteral("arrivals")).toArray();
    QJsonObject arrival = arrivals.at(0).toObject();
    QJsonArray agents = scenario.value(QStringLiteral("agents")).toArray();
    QJsonObject agent = agents.at(0).toObject();
    QJsonArray rates;
    for (int i = 0; i < 96; ++i)
        rates.append(i == 5 ? -1.0 : 10.0);

    QByteArray json;
    if (change == u"not-json") {
        json = "{ \"seed\": 1,";
    } else if (change == u"strategy") {
        queue.insert(QStringLiteral("strategy"), QStringLiteral("fastest"));
    } else if (change == u"typo") {
        queue.insert(QStringLiteral("stratgy"), QStringLiteral("longest-idle"));
    } else if (change == u"arrival-queue") {
        arrival.insert(QStringLiteral("queue"), QStringLiteral("support"));
    } else if (change == u"intervals-95") {
        arrival.remove(QStringLiteral("per_hour"));
        rates.removeLast();
        arrival.insert(QStringLiteral("per_interval"), rates);
    } else if (change == u"interval-negative") {
        arrival.remove(QStringLiteral("per_hour"));
        arrival.insert(QStringLiteral("per_interval"), rates);
    } else if (change == u"both-rates") {
        arrival.insert(QStringLiteral("per_interval"), rates);
    } else if (change == u"lognormal-no-sd") {
        scenario.insert(QStringLiteral("handle_time"), QJsonObject{{QStringLiteral("distribution"), QStringLiteral("lognormal")},
                                         {QStringLiteral("mean_seconds"), 100}});
    } else if (change == u"count-2.5") {
        agent.insert(QStringLiteral("count"), 2.5);
    } else if (change == u"level-11") {
        agent.insert(QStringLiteral("skills"), QJsonObject{{QStringLiteral("sales"), 11}});
    } else if (change == u"fax") {
        arrival.insert(QStringLiteral("channel"), QStringLiteral("fax"));
    } else if (change == u"step-level") {
        queue.insert(QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("skills"), QStringLiteral("sales>=12")},
                                              {QStringLiteral("timeout_seconds"), 10}}});
    } else if (change == u"loop") {
        queue.insert(QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("skills"), QStringLiteral("sales")},
                                              {QStringLiteral("timeout_seconds"), 10}}});
        queue.insert(QStringLiteral("overflow"), QStringLiteral("other"));
        QJsonObject other = queue;
        other.insert(QStringLiteral("id"), QStringLiteral("other"));
        other.insert(QStringLiteral("overflow"), QStringLiteral("sales"));
        queues.append(other);
    } else if (change == u"patience-number") {
        scenario.insert(QStringLiteral("patience"), 300);
    }
    if (json.isEmpty()) {
        queues.replace(0, queue);
        scenario.insert(QStringLiteral("queues"), queues);
        if (change == u"no-queues")
            scenario.remove(QStringLiteral("queues"));
        arrivals.replace(0, arrival);
        scenario.insert(QStringLiteral("arrivals"), arrivals);
        agents.replace(0, agent);
        scenario.insert(QStringLiteral("agents"), agents);
        json = QJsonDocument(scenario).toJson();
    }
    const std::variant<Scenario, DomainError> parsed = Scenario::fromJson(json);
    const DomainError *error = std::get_if<DomainError>(&parsed);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("invalid-scenario"));
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

void TestSimulator::cliPrintsTheSameBytesForTheSameSeed()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("scenario.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(singleSkill(14, 200, 180, 300, 1)).toJson());
    file.close();

    const CliRun first = runCli({path, QStringLiteral("--json")});
    const CliRun second = runCli({path, QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    const QJsonObject report = QJsonDocument::fromJson(first.out).object();
    const QJsonObject sales = report.value(QStringLiteral("queues")).toArray().at(0).toObject();
    for (const QString &field : {QStringLiteral("offered"),
             QStringLiteral("answered"),
                 QStringLiteral("abandoned"),
                     QStringLiteral("short_abandoned"),
                         QStringLiteral("service_level"),
                             QStringLiteral("asa_seconds"),
                                            QStringLiteral("aht_seconds"),
                                                           QStringLiteral("occupancy"),
                                                                          QStringLiteral("max_wait_seconds")})
        QVERIFY2(sales.value(field).isDouble(), qPrintable(field));
    QCOMPARE(sales.value(QStringLiteral("id")).toString(), QStringLiteral("sales"));

    const CliRun reseeded =
        runCli({path, QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("2")});
    QCOMPARE(reseeded.exitCode, 0);
    QVERIFY(reseeded.out != first.out);
    QCOMPARE(QJsonDocument::fromJson(reseeded.out).object().value(QStringLiteral("seed")).toInt(), 2);

    const CliRun text = runCli({path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("sales"));
}

void TestSimulator::cliRefusesABadFileWithItsPath()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("broken.json"));
    QJsonObject scenario = singleSkill(14, 200, 180, 300, 1);
    scenario.insert(QStringLiteral("duration_seconds"), -5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(scenario).toJson());
    file.close();

    const CliRun run = runCli({path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("$.duration_seconds: -5 is outside 1 to"), run.err.constData());
    QVERIFY(run.err.contains(path.toUtf8()));

    const CliRun json = runCli({path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("error"))
                                                                  .toObject()
                                                                  .value(QStringLiteral("code")).toString(),
                                                                         QStringLiteral("invalid-scenario"));

    QCOMPARE(runCli({directory.filePath(QStringLiteral("missing.json"))}).exitCode, 1);
    QCOMPARE(runCli({}).exitCode, 2);
    QCOMPARE(runCli({path, QStringLiteral("--seed"), QStringLiteral("minus")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
