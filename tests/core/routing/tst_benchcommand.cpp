#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `contactdesk-cli bench` as a real process, at tiny sizes: the shape of what it prints. How fast
// it runs is for tests/bench/bench_routing to measure, not for a test to judge.
class TestBenchCommand : public QObject
{
    Q_OBJECT

private:
    static QProcess *run(const QStringList &arguments)
    {
        auto *process = new QProcess;
        process->start(QStringLiteral(CONTACTDESK_CLI_PATH),
                                      QStringList{QStringLiteral("bench")} + arguments);
        process->waitForFinished(120'000);
        return process;
    }

private Q_SLOTS:
    void routingPrintsOneObjectPerAgentCount();
    void dayPrintsItsWallTime();
    void badArgumentsAreUsageErrors();
};

void TestBenchCommand::routingPrintsOneObjectPerAgentCount()
{
    std::unique_ptr<QProcess> process(run({QStringLiteral("routing"),
        QStringLiteral("--agents"),
            QStringLiteral("200,400"),
                QStringLiteral("--skills"),
                    QStringLiteral("20"), QStringLiteral("--contacts"),
                                                         QStringLiteral("5000"), QStringLiteral("--json")}));
    QCOMPARE(process->exitCode(), 0);
    const QJsonArray results = QJsonDocument::fromJson(process->readAllStandardOutput()).array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("agents")).toInt(), 200);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("agents")).toInt(), 400);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        for (const QString &key : {QStringLiteral("agents"),
                 QStringLiteral("skills"),
                     QStringLiteral("decisions"),
                         QStringLiteral("decisions_per_second"),
                             QStringLiteral("p50_ns"),
                                            QStringLiteral("p99_ns"),
                                                           QStringLiteral("naive_decisions_per_second"),
                                                                          QStringLiteral("peak_rss_bytes")})
            QVERIFY2(result.value(key).isDouble(), qPrintable(key));
        QCOMPARE(result.value(QStringLiteral("skills")).toInt(), 20);
        // Every contact was routed: offered on arrival or to the next agent to become free.
        QVERIFY(result.value(QStringLiteral("decisions")).toInt() > 4000);
        QVERIFY(result.value(QStringLiteral("p99_ns")).toDouble()
                             >= result.value(QStringLiteral("p50_ns")).toDouble());
    }
}

void TestBenchCommand::dayPrintsItsWallTime()
{
    std::unique_ptr<QProcess> process(run({QStringLiteral("day"), QStringLiteral("--agents"),
                               QStringLiteral("50"), QStringLiteral("--contacts"),
                                                         QStringLiteral("3000"), QStringLiteral("--json")}));
    QCOMPARE(process->exitCode(), 0);
    const QJsonObject day = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
    QCOMPARE(day.value(QStringLiteral("agents")).toInt(), 50);
    QVERIFY(std::abs(day.value(QStringLiteral("contacts")).toDouble() - 3000) < 300);
    QVERIFY(day.value(QStringLiteral("wall_ms")).isDouble());
    QVERIFY(day.value(QStringLiteral("occupancy")).toDouble() > 0.5);
}

void TestBenchCommand::badArgumentsAreUsageErrors()
{
    for (const QStringList &arguments :
         {QStringList{}, QStringList{QStringLiteral("sideways")},
                                     QStringList{QStringLiteral("routing"), QStringLiteral("--agents"), QStringLiteral("ten")},
                                         QStringList{QStringLiteral("day"), QStringLiteral("--agents"), QStringLiteral("10,20")}}) {
        std::unique_ptr<QProcess> process(run(arguments));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY(process->readAllStandardError().contains("Usage"));
    }
}

QTEST_GUILESS_MAIN(TestBenchCommand)
#include "tst_benchcommand.moc"
