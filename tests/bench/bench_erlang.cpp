#include "metrics/erlang.h"
#include "metrics/kpiengine.h"

#include <QTest>

using namespace ContactDesk;

// How long staffing and live KPI bookkeeping take at contact-centre scale. Measures only; the
// correctness checks live in tests/core/metrics.
class BenchErlang : public QObject
{
    Q_OBJECT

private slots:
    void evaluateErlangC_data();
    void evaluateErlangC();
    void evaluateErlangA_data();
    void evaluateErlangA();
    void requiredAgents_data();
    void requiredAgents();
    void kpiEngineEvents();
};

namespace {

Erlang::Input inputFor(double traffic, double patience)
{
    Erlang::Input input;
    input.arrivals = traffic * 1800 / 180;
    input.intervalSeconds = 1800;
    input.ahtSeconds = 180;
    input.targetSeconds = 20;
    input.patienceSeconds = patience;
    return input;
}

void addScales()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<int>("agents");
    QTest::newRow("10 erlangs, 13 agents") << 10.0 << 13;
    QTest::newRow("1,000 erlangs, 1,030 agents") << 1000.0 << 1030;
    QTest::newRow("9,800 erlangs, 10,000 agents") << 9800.0 << 10000;
}

} // namespace

void BenchErlang::evaluateErlangC_data()
{
    addScales();
}

void BenchErlang::evaluateErlangC()
{
    QFETCH(double, traffic);
    QFETCH(int, agents);
    const Erlang::Input input = inputFor(traffic, 0);
    Erlang::Result result;
    QBENCHMARK
    {
        result = Erlang::evaluate(input, agents);
    }
    QVERIFY(!result.error);
}

void BenchErlang::evaluateErlangA_data()
{
    addScales();
}

void BenchErlang::evaluateErlangA()
{
    QFETCH(double, traffic);
    QFETCH(int, agents);
    const Erlang::Input input = inputFor(traffic, 120);
    Erlang::Result result;
    QBENCHMARK
    {
        result = Erlang::evaluate(input, agents);
    }
    QVERIFY(!result.error);
}

void BenchErlang::requiredAgents_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("patience");
    QTest::newRow("Erlang C, 10 erlangs") << 10.0 << 0.0;
    QTest::newRow("Erlang C, 9,800 erlangs") << 9800.0 << 0.0;
    QTest::newRow("Erlang A, 10 erlangs") << 10.0 << 120.0;
    QTest::newRow("Erlang A, 9,800 erlangs") << 9800.0 << 120.0;
}

void BenchErlang::requiredAgents()
{
    QFETCH(double, traffic);
    QFETCH(double, patience);
    const Erlang::Input input = inputFor(traffic, patience);
    Erlang::StaffingGoal goal;
    goal.serviceLevel = 0.8;
    Erlang::Staffing staffing;
    QBENCHMARK
    {
        staffing = Erlang::requiredAgents(input, goal);
    }
    QVERIFY(!staffing.error);
}

void BenchErlang::kpiEngineEvents()
{
    // 100,000 contacts through 10 queues and 200 agents, seven events each, in time order.
    const qint64 start = 1'767'600'000'000;
    const QString queues[] = {
        QStringLiteral("q0"), QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                                                                                         QStringLiteral("q4"), QStringLiteral("q5"), QStringLiteral("q6"), QStringLiteral("q7"),
                                                                                                                                                                          QStringLiteral("q8"), QStringLiteral("q9")};
    QBENCHMARK_ONCE
    {
        KpiEngine engine;
        for (qint64 i = 0; i < 100'000; ++i) {
            const qint64 at = start + i * 190'000;
            const QString &queue = queues[i % 10];
            const qint64 agent = i % 200;
            engine.contactQueued(i + 1, queue, Channel::Voice, i % 30'000 + 1, at);
            engine.contactAnswered(i + 1, queue, agent, 5'000, at + 5'000);
            engine.agentWorkloadChanged(agent, 1, at + 5'000);
            engine.contactCompleted(i + 1, queue, Channel::Voice, agent, i % 30'000 + 1, 150'000, 10'000,
                                    20'000, i % 3 != 0, at + 185'000);
            engine.agentWorkloadChanged(agent, 0, at + 185'000);
            engine.csatRecorded(i + 1, queue, agent, int(i % 5) + 1, at + 186'000);
            engine.agentStateChanged(agent, AgentState::Ready, {}, at + 186'000);
        }
        QCOMPARE(engine.overall(start + 100'000 * 190'000LL).counters.completed, 100'000);
    }
}

QTEST_APPLESS_MAIN(BenchErlang)

#include "bench_erlang.moc"
