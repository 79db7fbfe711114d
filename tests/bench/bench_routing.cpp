// Routing benchmark: decisions per second and p50/p99 decision latency at 1,000, 10,000 and
// 100,000 agents with 200 skills, beside a naive selector that scans every agent, and the wall
// time of a simulated day (1,000 agents, 300,000 contacts). A benchmark measures; it asserts
// nothing. Each agent count runs in a child process of its own, so that its peak RSS is its own.
// Run: bench_routing [--agents 1000,10000,100000] [--skills 200] [--contacts 1000000] [--json]
#include "routing/routingbenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

using namespace ContactDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
        QStringLiteral("Agent counts."), QStringLiteral("N,..."), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption skillsOption(
        QStringLiteral("skills"), QStringLiteral("Skills."), QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts per count."), QStringLiteral("M"), QStringLiteral("1000000"));
    const QCommandLineOption dayAgentsOption(QStringLiteral("day-agents"), QStringLiteral("Agents of the day."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption dayContactsOption(
        QStringLiteral("day-contacts"), QStringLiteral("Contacts of the day."),
                                                       QStringLiteral("M"), QStringLiteral("300000"));
    const QCommandLineOption singleOption(QStringLiteral("single"), QStringLiteral("(internal) one count."),
                                                                                   QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({agentsOption, skillsOption, contactsOption, dayAgentsOption, dayContactsOption,
                       singleOption, jsonOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    if (parser.isSet(singleOption)) {
        RoutingBenchmarkOptions options;
        options.agents = parser.value(singleOption).toInt();
        options.skills = parser.value(skillsOption).toInt();
        options.contacts = parser.value(contactsOption).toLongLong();
        out << QString::fromUtf8(
            QJsonDocument(RoutingBenchmark::run(options).toJson()).toJson(QJsonDocument::Compact))
            << Qt::endl;
        return 0;
    }

    QElapsedTimer total;
    total.start();
    const bool json = parser.isSet(jsonOption);
    QJsonArray routing;
    if (!json) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n") .arg(
            QStringLiteral("agents"), 8)
                .arg(QStringLiteral("skills"), 7)
                         .arg(QStringLiteral("decisions"), 10)
                                  .arg(QStringLiteral("decisions/s"), 12)
                                           .arg(QStringLiteral("events/s"), 10)
                                                    .arg(QStringLiteral("p50 ns"), 8)
                                                             .arg(QStringLiteral("p99 ns"), 8)
                                                                      .arg(QStringLiteral("naive/s"), 10)
                                                                               .arg(QStringLiteral("peak RSS MB"), 12);
        out.flush();
    }
    for (const QString &count : parser.value(agentsOption).split(u',')) {
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--single"), count.trimmed(),
                            QStringLiteral("--skills"), parser.value(skillsOption),
                                           QStringLiteral("--contacts"), parser.value(contactsOption)});
        if (!child.waitForFinished(300'000) || child.exitCode() != 0) {
            QTextStream(stderr) << "bench_routing: the run for " << count << " agents failed\n";
            return 1;
        }
        const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        routing.append(result);
        if (!json) {
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n") .arg(
                result.value(QStringLiteral("agents")).toInt(), 8)
                    .arg(
                        result.value(QStringLiteral("skills")).toInt(), 7)
                            .arg(
                                qint64(result.value(QStringLiteral("decisions")).toDouble()), 10)
                                    .arg(qint64(
                                             result.value(QStringLiteral("decisions_per_second")).toDouble()),
                                             12)
                                             .arg(qint64(result.value(
                                                             QStringLiteral("events_per_second")).toDouble()),
                                                         10)
                                                      .arg(qint64(result.value(
                                                                      QStringLiteral("p50_ns")).toDouble()),
                                                                  8)
                                                               .arg(qint64(
                                                                        result.value(QStringLiteral("p99_ns"))
                                                                                         .toDouble()),
                                                                        8)
                                                                        .arg(qint64(result.value(
                                                                                        QStringLiteral("naive_decisions_per_second"))
                                                                                            .toDouble()),
                                                                                    10)
                                                                                 .arg(result.value(
                                                                                     QStringLiteral("peak_rss_bytes"))
                                                                                             .toDouble()
                                                                                     / 1048576.0,
                                                                                     12, 'f', 1);
            out.flush();
        }
    }
    const SimulatedDayResult day = RoutingBenchmark::simulatedDay(
        parser.value(dayAgentsOption).toInt(), parser.value(dayContactsOption).toLongLong());
    if (json) {
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("routing"), routing}, {QStringLiteral("simulated_day"), day.toJson()},
                                                               {QStringLiteral("wall_ms"), total.elapsed()}})
                            .toJson(QJsonDocument::Compact))
                                 << Qt::endl;
    } else {
        out << "\nsimulated day: " << day.agents << " agents, " << day.contacts << " contacts in "
            << day.wallMs << " ms (service level " << QString::number(day.serviceLevel * 100, 'f', 1)
            << "%, occupancy " << QString::number(day.occupancy * 100, 'f', 1) << "%)\n"
            << "whole benchmark: " << total.elapsed() << " ms\n";
    }
    return 0;
}
