#include "clicommand.h"
#include "routing/routingbenchmark.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace ContactDesk::Cli {

namespace {

constexpr auto usage =
    "Usage: contactdesk-cli bench routing [--agents N[,N...]] [--skills K] [--contacts M] [--json]\n"
    "       contactdesk-cli bench day [--agents N] [--contacts M] [--json]\n";

bool parseCounts(const QString &text, qint64 minimum, qint64 maximum, QList<qint64> &counts)
{
    counts.clear();
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const qint64 value = part.trimmed().toLongLong(&ok);
        if (!ok || value < minimum || value > maximum)
            return false;
        counts.append(value);
    }
    return !counts.isEmpty();
}

QString rate(double perSecond)
{
    return QString::number(perSecond / 1e6, 'f', 2) + QStringLiteral(" M/s");
}

} // namespace

int runBenchCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measure the routing engine."));
    const QCommandLineOption agentsOption(
        QStringLiteral("agents"), QStringLiteral("Agent counts, comma-separated (routing), or one (day)."),
                                                 QStringLiteral("N"));
    const QCommandLineOption skillsOption(QStringLiteral("skills"), QStringLiteral("Skills (and queues)."), QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts to route."),
                                                                                       QStringLiteral("M"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({agentsOption, skillsOption, contactsOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("routing or day"));
    if (!parser.parse(QStringList{QStringLiteral("bench")} + context.arguments)) {
        context.err << "contactdesk-cli bench: " << parser.errorText() << '\n' << usage;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.size() == 1 ? positional.constFirst() : QString();
    const bool json = parser.isSet(jsonOption);
    QList<qint64> agents;
    QList<qint64> contacts;
    QList<qint64> skills;

    if (what == u"routing") {
        if (!parseCounts(
                parser.isSet(agentsOption) ? parser.value(agentsOption)
                                           : QStringLiteral("1000,10000,100000"), 1, 1'000'000, agents)
                    || !parseCounts(parser.value(skillsOption), 1, 100'000, skills) || skills.size() != 1
                    || !parseCounts(parser.isSet(contactsOption)
                                        ? parser.value(contactsOption)
                                        : QStringLiteral("1000000"), 1, 100'000'000, contacts)
                                        || contacts.size() != 1) {
            context.err
                << "contactdesk-cli bench: --agents, --skills and --contacts take whole numbers >= 1\n"
                << usage;
            return ExitUsage;
        }
        QJsonArray results;
        if (!json) {
            context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n") .arg(
                QStringLiteral("agents"), 8)
                    .arg(QStringLiteral("skills"), 7)
                             .arg(QStringLiteral("decisions"), 10)
                                      .arg(QStringLiteral("decisions/s"), 12)
                                               .arg(QStringLiteral("p50 ns"), 8)
                                                        .arg(QStringLiteral("p99 ns"), 8)
                                                                 .arg(QStringLiteral("naive/s"), 12)
                                                                          .arg(QStringLiteral("peak RSS MB"),
                                                                                              12);
        }
        for (qint64 count : std::as_const(agents)) {
            RoutingBenchmarkOptions options;
            options.agents = int(count);
            options.skills = int(skills.constFirst());
            options.contacts = contacts.constFirst();
            const RoutingBenchmarkResult result = RoutingBenchmark::run(options);
            results.append(result.toJson());
            if (!json) {
                context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(result.agents, 8)
                        .arg(result.skills, 7)
                        .arg(result.decisions, 10)
                        .arg(rate(result.decisionsPerSecond), 12)
                        .arg(result.p50Ns, 8)
                        .arg(result.p99Ns, 8)
                        .arg(rate(result.naiveDecisionsPerSecond), 12)
                        .arg(QString::number(double(result.peakRssBytes) / 1048576.0, 'f', 1), 12);
                context.out.flush();
            }
        }
        if (json)
            printJson(context.out, QJsonDocument(results));
        return ExitOk;
    }

    if (what == u"day") {
        if (!parseCounts(parser.isSet(agentsOption) ? parser.value(agentsOption)
                                                    : QStringLiteral("1000"), 10, 1'000'000, agents)
                             || agents.size() != 1
                             || !parseCounts(parser.isSet(contactsOption)
                                                 ? parser.value(contactsOption)
                                                 : QStringLiteral("300000"), 1, 100'000'000, contacts)
                                                 || contacts.size() != 1) {
            context.err << "contactdesk-cli bench: day takes one --agents (>= 10) and one --contacts\n"
                        << usage;
            return ExitUsage;
        }
        const SimulatedDayResult result =
            RoutingBenchmark::simulatedDay(int(agents.constFirst()), contacts.constFirst());
        if (json) {
            printJson(context.out, QJsonDocument(result.toJson()));
        } else {
            context.out << "simulated day: " << result.agents << " agents, " << result.contacts
                        << " contacts in " << result.wallMs << " ms (service level "
                        << QString::number(result.serviceLevel * 100, 'f', 1) << "%, occupancy "
                        << QString::number(result.occupancy * 100, 'f', 1) << "%)\n";
        }
        return ExitOk;
    }

    context.err << usage;
    return ExitUsage;
}

} // namespace ContactDesk::Cli
