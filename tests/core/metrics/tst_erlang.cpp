#include "metrics/erlang.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace ContactDesk;

namespace {

// Straightforward textbook formulas, kept independent of the production code: factorials and
// powers in long double (fine for small N), and the plain probability recursion for Erlang B.
long double factorialFormulaErlangB(long double traffic, int agents)
{
    long double term = 1; // A^k / k!
    long double sum = 1;
    for (int k = 1; k <= agents; ++k) {
        term = term * traffic / k;
        sum += term;
    }
    return term / sum;
}

long double factorialFormulaErlangC(long double traffic, int agents)
{
    long double term = 1;
    long double below = 0; // Σ_{k<N} A^k / k!
    for (int k = 0; k < agents; ++k) {
        below += term;
        term = term * traffic / (k + 1);
    }
    const long double top = term * agents / (agents - traffic);
    return top / (below + top);
}

double plainRecursionErlangB(double traffic, int agents)
{
    double b = 1;
    for (int k = 1; k <= agents; ++k)
        b = traffic * b / (k + traffic * b);
    return b;
}

// Erlang A by brute force: the birth-death chain of the number in system, truncated far out,
// and a tagged customer's path through the queue. Nothing here shares a formula with erlang.cpp.
struct BruteForceErlangA
{
    double probabilityWait = 0;
    double probabilityAbandon = 0;
    double serviceLevel = 0;
    double asaSeconds = 0;
};

BruteForceErlangA bruteForceErlangA(double lambda, double aht, double patience, int agents, double target)
{
    const double mu = 1.0 / aht;
    const double theta = 1.0 / patience;
    const int states = 3000;
    std::vector<double> p(states);
    p[0] = 1;
    for (int k = 1; k < states; ++k) {
        const double departures = std::min(k, agents) * mu + std::max(k - agents, 0) * theta;
        p[k] = p[k - 1] * lambda / departures;
    }
    double total = 0;
    for (double x : p)
        total += x;
    for (double &x : p)
        x /= total;

    BruteForceErlangA result;
    double queueLength = 0;
    for (int k = agents; k < states; ++k) {
        result.probabilityWait += p[k];
        queueLength += (k - agents) * p[k];
    }
    // Little's law for the abandoning stream: abandons per second = θ E[Q].
    result.probabilityAbandon = theta * queueLength / lambda;

    // A tagged customer at position i (i ahead) leaves the position at rate Nμ + iθ + θ; it moves
    // up with probability (Nμ + iθ) / that. served[i] = P(served), servedTime[i] = E[V; served].
    const int positions = states - agents;
    std::vector<double> served(positions);
    std::vector<double> servedTime(positions);
    double previousServed = 1;
    double previousTime = 0;
    for (int i = 0; i < positions; ++i) {
        const double rate = agents * mu + (i + 1) * theta;
        const double advance = (agents * mu + i * theta) / rate;
        served[i] = advance * previousServed;
        servedTime[i] = advance * (previousServed / rate + previousTime);
        previousServed = served[i];
        previousTime = servedTime[i];
    }
    double noWait = 0;
    for (int k = 0; k < agents; ++k)
        noWait += p[k];
    double servedTotal = noWait;
    double waitOfServed = 0;
    for (int j = 0; j < positions; ++j) {
        servedTotal += p[agents + j] * served[j];
        waitOfServed += p[agents + j] * servedTime[j];
    }
    result.asaSeconds = waitOfServed / servedTotal;

    // Served within the target: uniformize the tagged customer's chain (positions 0..J-1 plus
    // "served") and sum the Poisson-weighted step distributions.
    const int tracked = 300;
    const double uniform = agents * mu + (tracked + 1) * theta;
    std::vector<double> position(tracked);
    for (int j = 0; j < tracked; ++j)
        position[j] = p[agents + j];
    double servedMass = 0;
    double weight = std::exp(-uniform * target);
    double servedWithin = 0;
    for (int step = 0; step < 5000; ++step) {
        servedWithin += weight * servedMass;
        std::vector<double> next(tracked);
        servedMass += position[0] * agents * mu / uniform;
        for (int i = 0; i < tracked; ++i) {
            next[i] += position[i] * (1 - (agents * mu + (i + 1) * theta) / uniform);
            if (i > 0)
                next[i - 1] += position[i] * (agents * mu + i * theta) / uniform;
        }
        position.swap(next);
        weight *= uniform * target / (step + 1);
    }
    result.serviceLevel = noWait + servedWithin;
    return result;
}

Erlang::Input classicInput()
{
    // 100 calls in 30 minutes at 180 s each: 10 erlangs.
    Erlang::Input input;
    input.arrivals = 100;
    input.intervalSeconds = 1800;
    input.ahtSeconds = 180;
    input.targetSeconds = 20;
    return input;
}

bool meets(const Erlang::Result &result, const Erlang::StaffingGoal &goal)
{
    return result.stable && (!goal.serviceLevel || result.serviceLevel >= *goal.serviceLevel)
           && (!goal.asaSeconds || result.asaSeconds <= *goal.asaSeconds)
           && result.occupancy <= goal.maxOccupancy;
}

} // namespace

class TestErlang : public QObject
{
    Q_OBJECT

private slots:
    void erlangBMatchesFactorialFormula_data();
    void erlangBMatchesFactorialFormula();
    void erlangCMatchesFactorialFormula_data();
    void erlangCMatchesFactorialFormula();
    void classicExample();
    void tenThousandAgentsStayFinite();
    void unstableWithoutPatience();
    void erlangAMatchesBruteForce_data();
    void erlangAMatchesBruteForce();
    void erlangAWithEndlessPatienceIsErlangC();
    void erlangAAbandonmentRisesAsPatienceFalls();
    void erlangAOverloadedAbandonsTheExcess();
    void requiredAgents_data();
    void requiredAgents();
    void requiredAgentsAtTenThousandScale();
    void scheduledAgentsRoundUpExactly();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void badGoalIsRefused_data();
    void badGoalIsRefused();
};

void TestErlang::erlangBMatchesFactorialFormula_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<int>("agents");
    QTest::newRow("1 erlang, 1 agent") << 1.0 << 1;
    QTest::newRow("2.5 erlangs, 3 agents") << 2.5 << 3;
    QTest::newRow("10 erlangs, 10 agents") << 10.0 << 10;
    QTest::newRow("10 erlangs, 15 agents") << 10.0 << 15;
    QTest::newRow("42.7 erlangs, 50 agents") << 42.7 << 50;
    QTest::newRow("80 erlangs, 60 agents") << 80.0 << 60;
}

void TestErlang::erlangBMatchesFactorialFormula()
{
    QFETCH(double, traffic);
    QFETCH(int, agents);
    const double expected = double(factorialFormulaErlangB(traffic, agents));
    QVERIFY2(std::abs(Erlang::erlangB(traffic, agents) - expected) <= 1e-12 * expected,
             qPrintable(QStringLiteral("%1 vs %2").arg(Erlang::erlangB(traffic, agents)).arg(expected)));
}

void TestErlang::erlangCMatchesFactorialFormula_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<int>("agents");
    QTest::newRow("0.5 erlangs, 1 agent") << 0.5 << 1;
    QTest::newRow("2.5 erlangs, 3 agents") << 2.5 << 3;
    QTest::newRow("10 erlangs, 11 agents") << 10.0 << 11;
    QTest::newRow("10 erlangs, 13 agents") << 10.0 << 13;
    QTest::newRow("10 erlangs, 20 agents") << 10.0 << 20;
    QTest::newRow("42.7 erlangs, 50 agents") << 42.7 << 50;
    QTest::newRow("99.9 erlangs, 100 agents") << 99.9 << 100;
}

void TestErlang::erlangCMatchesFactorialFormula()
{
    QFETCH(double, traffic);
    QFETCH(int, agents);
    const double expected = double(factorialFormulaErlangC(traffic, agents));
    const double actual = Erlang::erlangC(traffic, agents);
    QVERIFY2(std::abs(actual - expected) <= 1e-11 * expected,
             qPrintable(QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestErlang::classicExample()
{
    const Erlang::Input input = classicInput();
    QCOMPARE(Erlang::trafficErlangs(input), 10.0);

    const Erlang::Result result = Erlang::evaluate(input, 13);
    QVERIFY(!result.error);
    QVERIFY(result.stable);
    QCOMPARE(result.agents, 13);
    const double wait = double(factorialFormulaErlangC(10, 13));
    QVERIFY(std::abs(result.probabilityWait - wait) < 1e-12);
    QVERIFY(std::abs(result.probabilityWait - 0.2852704530) < 1e-9);
    // SL = 1 - C e^{-(N-A) T / AHT}; ASA = C AHT / (N - A).
    QVERIFY(std::abs(result.serviceLevel - (1 - wait * std::exp(-3.0 * 20 / 180))) < 1e-12);
    QVERIFY(std::abs(result.serviceLevel - 0.7955947884) < 1e-9);
    QVERIFY(std::abs(result.asaSeconds - wait * 180 / 3) < 1e-9);
    QVERIFY(std::abs(result.asaSeconds - 17.116227182) < 1e-8);
    QVERIFY(std::abs(result.occupancy - 10.0 / 13) < 1e-15);
    QCOMPARE(result.probabilityAbandon, 0.0);
}

void TestErlang::tenThousandAgentsStayFinite()
{
    // 9,800 erlangs on 10,000 agents: far beyond where A^N / N! fits in a double.
    QCOMPARE(Erlang::erlangB(9800, 10000), plainRecursionErlangB(9800, 10000));
    Erlang::Input input = classicInput();
    input.arrivals = 9800.0 * 1800 / 180;
    const Erlang::Result busy = Erlang::evaluate(input, 10000);
    QVERIFY(!busy.error);
    QVERIFY(std::isfinite(busy.probabilityWait) && busy.probabilityWait > 0 && busy.probabilityWait < 1);
    QVERIFY(std::isfinite(busy.serviceLevel) && busy.serviceLevel > 0.99 && busy.serviceLevel <= 1);
    QVERIFY(std::isfinite(busy.asaSeconds) && busy.asaSeconds >= 0 && busy.asaSeconds < 1);
    // Cross-check Erlang C against the plain recursion, which is stable but can underflow.
    const double b = plainRecursionErlangB(9800, 10000);
    const double c = 10000 * b / (10000 - 9800 * (1 - b));
    QVERIFY(std::abs(busy.probabilityWait - c) < 1e-12);

    // 10 erlangs on 10,000 agents: B underflows any double, and the answer is "nobody waits".
    input.arrivals = 100;
    const Erlang::Result idle = Erlang::evaluate(input, 10000);
    QVERIFY(!idle.error);
    QCOMPARE(idle.probabilityWait, 0.0);
    QCOMPARE(idle.serviceLevel, 1.0);
    QVERIFY(Erlang::erlangB(10, 10000) >= 0);

    // The same with impatient customers.
    input.patienceSeconds = 60;
    input.arrivals = 9800.0 * 1800 / 180;
    const Erlang::Result impatient = Erlang::evaluate(input, 10000);
    QVERIFY(!impatient.error);
    for (double value : {impatient.probabilityWait, impatient.probabilityAbandon, impatient.serviceLevel,
                         impatient.occupancy}) {
        QVERIFY(std::isfinite(value) && value >= 0 && value <= 1);
    }
    QVERIFY(impatient.probabilityWait < busy.probabilityWait);
    QVERIFY(impatient.probabilityAbandon > 0);
}

void TestErlang::unstableWithoutPatience()
{
    const Erlang::Result result = Erlang::evaluate(classicInput(), 10);
    QVERIFY(!result.stable);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, QStringLiteral("unstable"));
    QCOMPARE(Erlang::erlangC(10, 10), 1.0);

    // With patience the same staffing is stable: the abandons keep the queue finite.
    Erlang::Input impatient = classicInput();
    impatient.patienceSeconds = 120;
    const Erlang::Result withPatience = Erlang::evaluate(impatient, 10);
    QVERIFY(!withPatience.error);
    QVERIFY(withPatience.stable);
}

void TestErlang::erlangAMatchesBruteForce_data()
{
    QTest::addColumn<double>("arrivals");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("patience");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("target");
    QTest::newRow("classic, 13 agents, 10 min patience") << 100.0 << 180.0 << 600.0 << 13 << 20.0;
    QTest::newRow("classic, 11 agents, 1 min patience") << 100.0 << 180.0 << 60.0 << 11 << 20.0;
    QTest::newRow("overloaded: 8 agents for 10 erlangs") << 100.0 << 180.0 << 120.0 << 8 << 30.0;
    QTest::newRow("single agent, patient customers") << 20.0 << 60.0 << 300.0 << 1 << 10.0;
    QTest::newRow("target 0 s") << 100.0 << 180.0 << 200.0 << 12 << 0.0;
    QTest::newRow("long target") << 150.0 << 240.0 << 90.0 << 18 << 120.0;
}

void TestErlang::erlangAMatchesBruteForce()
{
    QFETCH(double, arrivals);
    QFETCH(double, aht);
    QFETCH(double, patience);
    QFETCH(int, agents);
    QFETCH(double, target);
    Erlang::Input input;
    input.arrivals = arrivals;
    input.intervalSeconds = 1800;
    input.ahtSeconds = aht;
    input.targetSeconds = target;
    input.patienceSeconds = patience;
    const Erlang::Result result = Erlang::evaluate(input, agents);
    QVERIFY(!result.error);
    const BruteForceErlangA expected = bruteForceErlangA(arrivals / 1800, aht, patience, agents, target);
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    };
    QVERIFY2(close(result.probabilityWait, expected.probabilityWait),
             qPrintable(QStringLiteral("P(wait) %1 vs %2").arg(result.probabilityWait).arg(expected.probabilityWait)));
    QVERIFY2(close(result.probabilityAbandon, expected.probabilityAbandon),
             qPrintable(QStringLiteral("P(abandon) %1 vs %2") .arg(result.probabilityAbandon).arg(expected.probabilityAbandon)));
    QVERIFY2(close(result.serviceLevel, expected.serviceLevel),
             qPrintable(QStringLiteral("SL %1 vs %2").arg(result.serviceLevel).arg(expected.serviceLevel)));
    QVERIFY2(close(result.asaSeconds, expected.asaSeconds),
             qPrintable(QStringLiteral("ASA %1 vs %2").arg(result.asaSeconds).arg(expected.asaSeconds)));
    // Occupancy = carried traffic / agents = A (1 - P(abandon)) / N.
    QVERIFY(close(result.occupancy, arrivals * aht / 1800 * (1 - expected.probabilityAbandon) / agents));
}

void TestErlang::erlangAWithEndlessPatienceIsErlangC()
{
    for (int agents : {11, 13, 20}) {
        const Erlang::Result c = Erlang::evaluate(classicInput(), agents);
        Erlang::Input input = classicInput();
        input.patienceSeconds = 1e12;
        const Erlang::Result a = Erlang::evaluate(input, agents);
        QVERIFY(!a.error);
        QVERIFY(std::abs(a.probabilityWait - c.probabilityWait) < 1e-8);
        QVERIFY(std::abs(a.serviceLevel - c.serviceLevel) < 1e-8);
        QVERIFY(std::abs(a.asaSeconds - c.asaSeconds) < 1e-6);
        QVERIFY(std::abs(a.occupancy - c.occupancy) < 1e-8);
        QVERIFY(a.probabilityAbandon < 1e-8);
    }
}

void TestErlang::erlangAAbandonmentRisesAsPatienceFalls()
{
    double previousAbandon = -1;
    double previousWait = 2;
    for (double patience : {1e6, 3600.0, 600.0, 120.0, 30.0, 5.0, 1.0}) {
        Erlang::Input input = classicInput();
        input.patienceSeconds = patience;
        const Erlang::Result result = Erlang::evaluate(input, 11);
        QVERIFY(!result.error);
        QVERIFY2(result.probabilityAbandon > previousAbandon, qPrintable(QString::number(patience)));
        QVERIFY2(result.probabilityWait < previousWait, qPrintable(QString::number(patience)));
        previousAbandon = result.probabilityAbandon;
        previousWait = result.probabilityWait;
    }
    QVERIFY(previousAbandon > 0.05);
}

void TestErlang::erlangAOverloadedAbandonsTheExcess()
{
    // 9,800 erlangs on 9,000 agents: in the many-server limit the agents work flat out and the
    // excess (800 / 9,800) abandons.
    Erlang::Input input = classicInput();
    input.arrivals = 9800.0 * 1800 / 180;
    input.patienceSeconds = 120;
    const Erlang::Result result = Erlang::evaluate(input, 9000);
    QVERIFY(!result.error);
    QVERIFY(std::abs(result.probabilityAbandon - 800.0 / 9800) < 1e-3);
    QVERIFY(result.probabilityWait > 0.999);
    QVERIFY(result.occupancy > 0.999 && result.occupancy <= 1);
    QVERIFY(std::isfinite(result.asaSeconds) && result.asaSeconds > 0);
}

void TestErlang::requiredAgents_data()
{
    QTest::addColumn<double>("serviceLevel"); // 0 = not set
    QTest::addColumn<double>("asa");          // 0 = not set
    QTest::addColumn<double>("maxOccupancy");
    QTest::addColumn<double>("shrinkage");
    QTest::addColumn<double>("patience");
    QTest::addColumn<int>("required");
    QTest::addColumn<int>("scheduled");
    // 13 agents give 79.6% in 20 s and ASA 17.1 s; 14 give 88.8% and 7.8 s.
    QTest::newRow("80/20") << 0.8 << 0.0 << 1.0 << 0.0 << 0.0 << 14 << 14;
    QTest::newRow("79/20") << 0.79 << 0.0 << 1.0 << 0.0 << 0.0 << 13 << 13;
    QTest::newRow("ASA 20 s") << 0.0 << 20.0 << 1.0 << 0.0 << 0.0 << 13 << 13;
    QTest::newRow("ASA 15 s") << 0.0 << 15.0 << 1.0 << 0.0 << 0.0 << 14 << 14;
    QTest::newRow("both, ASA binds") << 0.5 << 5.0 << 1.0 << 0.0 << 0.0 << 15 << 15;
    QTest::newRow("occupancy cap 70%") << 0.8 << 0.0 << 0.7 << 0.0 << 0.0 << 15 << 15;
    QTest::newRow("35% shrinkage") << 0.8 << 0.0 << 1.0 << 0.35 << 0.0 << 14 << 22;
    QTest::newRow("impatient customers need fewer") << 0.8 << 0.0 << 1.0 << 0.0 << 60.0 << 12 << 12;
}

void TestErlang::requiredAgents()
{
    QFETCH(double, serviceLevel);
    QFETCH(double, asa);
    QFETCH(double, maxOccupancy);
    QFETCH(double, shrinkage);
    QFETCH(double, patience);
    QFETCH(int, required);
    QFETCH(int, scheduled);
    Erlang::Input input = classicInput();
    input.patienceSeconds = patience;
    Erlang::StaffingGoal goal;
    if (serviceLevel > 0)
        goal.serviceLevel = serviceLevel;
    if (asa > 0)
        goal.asaSeconds = asa;
    goal.maxOccupancy = maxOccupancy;
    goal.shrinkage = shrinkage;
    const Erlang::Staffing staffing = Erlang::requiredAgents(input, goal);
    QVERIFY(!staffing.error);
    QCOMPARE(staffing.requiredAgents, required);
    QCOMPARE(staffing.scheduledAgents, scheduled);
    QCOMPARE(staffing.figures.agents, required);
    QVERIFY(meets(staffing.figures, goal));
    QVERIFY(!meets(Erlang::evaluate(input, required - 1), goal));
}

void TestErlang::requiredAgentsAtTenThousandScale()
{
    Erlang::Input input = classicInput();
    input.arrivals = 9800.0 * 1800 / 180;
    Erlang::StaffingGoal goal;
    goal.serviceLevel = 0.8;
    const Erlang::Staffing staffing = Erlang::requiredAgents(input, goal);
    QVERIFY(!staffing.error);
    QVERIFY(staffing.requiredAgents > 9800 && staffing.requiredAgents < 10000);
    QVERIFY(meets(staffing.figures, goal));
    QVERIFY(!meets(Erlang::evaluate(input, staffing.requiredAgents - 1), goal));

    input.patienceSeconds = 180;
    const Erlang::Staffing impatient = Erlang::requiredAgents(input, goal);
    QVERIFY(!impatient.error);
    QVERIFY(impatient.requiredAgents <= staffing.requiredAgents);
    QVERIFY(meets(impatient.figures, goal));
    QVERIFY(!meets(Erlang::evaluate(input, impatient.requiredAgents - 1), goal));
}

void TestErlang::scheduledAgentsRoundUpExactly()
{
    // 13 / 0.65 is 20.000000000000004 in binary floating point; a plain ceil() would say 21.
    QCOMPARE(Erlang::scheduledAgents(13, 0.35), 20);
    QCOMPARE(Erlang::scheduledAgents(14, 0.35), 22);
    QCOMPARE(Erlang::scheduledAgents(14, 0.0), 14);
    QCOMPARE(Erlang::scheduledAgents(30, 0.1), 34);
    QCOMPARE(Erlang::scheduledAgents(9, 0.1), 10);
}

void TestErlang::badInputIsRefused_data()
{
    QTest::addColumn<double>("arrivals");
    QTest::addColumn<double>("interval");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("patience");
    QTest::addColumn<QString>("code");
    QTest::newRow("no calls") << 0.0 << 1800.0 << 180.0 << 20.0 << 0.0 << QStringLiteral("invalid-calls");
    QTest::newRow("negative calls") << -5.0 << 1800.0 << 180.0 << 20.0 << 0.0
                                    << QStringLiteral("invalid-calls");
    QTest::newRow("NaN calls") << std::nan("") << 1800.0 << 180.0 << 20.0 << 0.0
                               << QStringLiteral("invalid-calls");
    QTest::newRow("zero interval") << 100.0 << 0.0 << 180.0 << 20.0 << 0.0
                                   << QStringLiteral("invalid-interval");
    QTest::newRow("zero AHT") << 100.0 << 1800.0 << 0.0 << 20.0 << 0.0 << QStringLiteral("invalid-aht");
    QTest::newRow("infinite AHT") << 100.0 << 1800.0 << HUGE_VAL << 20.0 << 0.0
                                  << QStringLiteral("invalid-aht");
    QTest::newRow("negative target") << 100.0 << 1800.0 << 180.0 << -1.0 << 0.0
                                     << QStringLiteral("invalid-target");
    QTest::newRow("negative patience")
        << 100.0 << 1800.0 << 180.0 << 20.0 << -3.0 << QStringLiteral("invalid-patience");
    QTest::newRow("absurd traffic") << 1e12 << 1.0 << 180.0 << 20.0 << 0.0
                                    << QStringLiteral("invalid-traffic");
}

void TestErlang::badInputIsRefused()
{
    QFETCH(double, arrivals);
    QFETCH(double, interval);
    QFETCH(double, aht);
    QFETCH(double, target);
    QFETCH(double, patience);
    QFETCH(QString, code);
    const Erlang::Input input{arrivals, interval, aht, target, patience};
    const auto problem = Erlang::validate(input);
    QVERIFY(problem);
    QCOMPARE(problem->code, code);
    QVERIFY(!problem->message.isEmpty());
    const Erlang::Result result = Erlang::evaluate(input, 20);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, code);
    Erlang::StaffingGoal goal;
    goal.serviceLevel = 0.8;
    const Erlang::Staffing staffing = Erlang::requiredAgents(input, goal);
    QVERIFY(staffing.error);
    QCOMPARE(staffing.error->code, code);

    QCOMPARE(Erlang::evaluate(classicInput(), 0).error->code, QStringLiteral("invalid-agents"));
}

void TestErlang::badGoalIsRefused_data()
{
    QTest::addColumn<double>("serviceLevel"); // < 0 = not set
    QTest::addColumn<double>("asa");          // < 0 = not set
    QTest::addColumn<double>("maxOccupancy");
    QTest::addColumn<double>("shrinkage");
    QTest::addColumn<QString>("code");
    QTest::newRow("no target") << -1.0 << -1.0 << 1.0 << 0.0 << QStringLiteral("missing-goal");
    QTest::newRow("100% cannot be reached")
        << 1.0 << -1.0 << 1.0 << 0.0 << QStringLiteral("invalid-service-level");
    QTest::newRow("0%") << 0.0 << -1.0 << 1.0 << 0.0 << QStringLiteral("invalid-service-level");
    QTest::newRow("ASA 0") << -1.0 << 0.0 << 1.0 << 0.0 << QStringLiteral("invalid-asa");
    QTest::newRow("occupancy 0") << 0.8 << -1.0 << 0.0 << 0.0 << QStringLiteral("invalid-max-occupancy");
    QTest::newRow("occupancy 120%") << 0.8 << -1.0 << 1.2 << 0.0 << QStringLiteral("invalid-max-occupancy");
    QTest::newRow("shrinkage 100%") << 0.8 << -1.0 << 1.0 << 1.0 << QStringLiteral("invalid-shrinkage");
    QTest::newRow("negative shrinkage") << 0.8 << -1.0 << 1.0 << -0.1 << QStringLiteral("invalid-shrinkage");
}

void TestErlang::badGoalIsRefused()
{
    QFETCH(double, serviceLevel);
    QFETCH(double, asa);
    QFETCH(double, maxOccupancy);
    QFETCH(double, shrinkage);
    QFETCH(QString, code);
    Erlang::StaffingGoal goal;
    if (serviceLevel >= 0)
        goal.serviceLevel = serviceLevel;
    if (asa >= 0)
        goal.asaSeconds = asa;
    goal.maxOccupancy = maxOccupancy;
    goal.shrinkage = shrinkage;
    const Erlang::Staffing staffing = Erlang::requiredAgents(classicInput(), goal);
    QVERIFY(staffing.error);
    QCOMPARE(staffing.error->code, code);
    QCOMPARE(staffing.requiredAgents, 0);
}

QTEST_APPLESS_MAIN(TestErlang)

#include "tst_erlang.moc"
