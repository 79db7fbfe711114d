#include "clicommand.h"
#include "metrics/erlang.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace ContactDesk::Cli {

namespace {

const char usage[] =
    "Usage: contactdesk-cli erlangc --calls N --interval-seconds S --aht-seconds H --target-seconds T\n"
    "       (--agents A | --target-service-level X | --target-asa-seconds Y)\n"
    "       [--patience-seconds P] [--shrinkage F] [--max-occupancy F] [--json]\n";

// A parse failure: the message for stderr.
struct OptionError
{
    QString message;
};

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Shares are accepted as a fraction (0.8), a percentage (80) or with a percent sign (80%): any
// value above 1 is read as a percentage, so "1" means 100%.
std::optional<double> parseShare(QString text)
{
    text = text.trimmed();
    const bool percentSign = text.endsWith(QLatin1Char('%'));
    if (percentSign)
        text.chop(1);
    const auto value = parseNumber(text);
    if (!value)
        return std::nullopt;
    return percentSign || *value > 1 ? *value / 100.0 : *value;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString seconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" s");
}

} // namespace

int runErlangCCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Erlang C staffing for one interval (Erlang A when customers have a mean patience)."));
    const QCommandLineOption callsOption(
        QStringLiteral("calls"), QStringLiteral("Contacts offered in the interval."), QStringLiteral("N"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-seconds"), QStringLiteral("Length of the interval in seconds."), QStringLiteral("S"));
    const QCommandLineOption ahtOption(QStringLiteral("aht-seconds"),
        QStringLiteral("Average handling time (talk + hold + wrap-up) in seconds."), QStringLiteral("H"));
    const QCommandLineOption targetOption(QStringLiteral("target-seconds"),
        QStringLiteral("Service-level threshold: answered within T seconds."), QStringLiteral("T"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Evaluate this many agents on the phones."), QStringLiteral("A"));
    const QCommandLineOption serviceLevelOption(QStringLiteral("target-service-level"),
        QStringLiteral("Find the agents for this service level: a fraction (0.8) or a percentage (80 or 80%)."),
            QStringLiteral("X"));
    const QCommandLineOption asaOption(QStringLiteral("target-asa-seconds"),
        QStringLiteral("Find the agents for this average speed of answer."), QStringLiteral("Y"));
    const QCommandLineOption patienceOption(
        QStringLiteral("patience-seconds"),
                       QStringLiteral("Mean time customers wait before hanging up; switches to Erlang A."),
                                      QStringLiteral("P"));
    const QCommandLineOption shrinkageOption(QStringLiteral("shrinkage"),
        QStringLiteral("Share of paid time off the phones (0.35 or 35); adds scheduled agents."),
                       QStringLiteral("F"));
    const QCommandLineOption occupancyOption(QStringLiteral("max-occupancy"), QStringLiteral("Highest acceptable occupancy when finding agents (0.85 or 85)."),
                                         QStringLiteral("F"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                                    QStringLiteral("Show this help."));
    parser.addOptions({callsOption, intervalOption, ahtOption, targetOption, agentsOption, serviceLevelOption,
                       asaOption, patienceOption, shrinkageOption, occupancyOption, jsonOption, helpOption});

    const auto usageError = [&context](const QString &message) {
        context.err << "contactdesk-cli erlangc: " << message << '\n' << usage;
        return ExitUsage;
    };

    if (!parser.parse(QStringList{QStringLiteral("erlangc")} + context.arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        context.out << usage << '\n' << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Erlang::Input input;
    const struct
    {
        const QCommandLineOption &option;
        double &value;
    } required[] = {{callsOption, input.arrivals},
                    {intervalOption, input.intervalSeconds},
                    {ahtOption, input.ahtSeconds},
                    {targetOption, input.targetSeconds}};
    for (const auto &[option, value] : required) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(option))
            return usageError(QStringLiteral("--%1 is required").arg(name));
        const auto number = parseNumber(parser.value(option));
        if (!number)
            return usageError(
                QStringLiteral("--%1 needs a number, not '%2'").arg(name, parser.value(option)));
        value = *number;
    }
    const bool withPatience = parser.isSet(patienceOption);
    if (withPatience) {
        const auto patience = parseNumber(parser.value(patienceOption));
        if (!patience || *patience <= 0)
            return usageError(QStringLiteral("--patience-seconds needs a positive number of seconds"));
        input.patienceSeconds = *patience;
    }
    if (auto problem = Erlang::validate(input))
        return usageError(problem->message);

    Erlang::StaffingGoal goal;
    const bool withShrinkage = parser.isSet(shrinkageOption);
    if (withShrinkage) {
        const auto shrinkage = parseShare(parser.value(shrinkageOption));
        if (!shrinkage)
            return usageError(QStringLiteral("--shrinkage needs a fraction or a percentage"));
        if (!(*shrinkage >= 0 && *shrinkage < 1))
            return usageError(QStringLiteral("--shrinkage must be at least 0% and below 100%"));
        goal.shrinkage = *shrinkage;
    }
    if (parser.isSet(occupancyOption)) {
        const auto occupancy = parseShare(parser.value(occupancyOption));
        if (!occupancy)
            return usageError(QStringLiteral("--max-occupancy needs a fraction or a percentage"));
        goal.maxOccupancy = *occupancy;
    }
    if (parser.isSet(serviceLevelOption)) {
        const auto serviceLevel = parseShare(parser.value(serviceLevelOption));
        if (!serviceLevel)
            return usageError(QStringLiteral("--target-service-level needs a fraction or a percentage"));
        goal.serviceLevel = *serviceLevel;
    }
    if (parser.isSet(asaOption)) {
        const auto asa = parseNumber(parser.value(asaOption));
        if (!asa)
            return usageError(QStringLiteral("--target-asa-seconds needs a number of seconds"));
        goal.asaSeconds = *asa;
    }

    const bool withAgents = parser.isSet(agentsOption);
    const bool withGoal = goal.serviceLevel || goal.asaSeconds;
    if (withAgents == withGoal)
        return usageError(QStringLiteral("give either --agents or a target (--target-service-level and/or "
                                         "--target-asa-seconds)"));

    Erlang::Result result;
    int scheduled = 0;
    if (withAgents) {
        if (parser.isSet(occupancyOption))
            return usageError(
                QStringLiteral("--max-occupancy applies only when finding agents for a target"));
        bool ok = false;
        const int agents = parser.value(agentsOption).trimmed().toInt(&ok);
        if (!ok || agents < 1 || agents > Erlang::MaximumAgents)
            return usageError(
                QStringLiteral("--agents needs a whole number from 1 to %1").arg(Erlang::MaximumAgents));
        result = Erlang::evaluate(input, agents);
        if (result.error) {
            context.err << "contactdesk-cli erlangc: " << result.error->message << '\n';
            return ExitFailure;
        }
        scheduled = Erlang::scheduledAgents(agents, goal.shrinkage);
    } else {
        if (auto problem = Erlang::validate(goal))
            return usageError(problem->message);
        const Erlang::Staffing staffing = Erlang::requiredAgents(input, goal);
        if (staffing.error) {
            context.err << "contactdesk-cli erlangc: " << staffing.error->message << '\n';
            return ExitFailure;
        }
        result = staffing.figures;
        scheduled = staffing.scheduledAgents;
    }

    // Never print NaN or infinity: they are not JSON and mean nothing to a planner.
    for (double value : {result.trafficErlangs, result.probabilityWait, result.serviceLevel,
                         result.asaSeconds, result.occupancy, result.probabilityAbandon}) {
        if (!std::isfinite(value)) {
            context.err << "contactdesk-cli erlangc: the figures for these inputs are not finite\n";
            return ExitFailure;
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject object{{QStringLiteral("traffic_erlangs"), result.trafficErlangs},
                            {QStringLiteral("agents"), result.agents},
                             {QStringLiteral("probability_wait"), result.probabilityWait},
                              {QStringLiteral("service_level"), result.serviceLevel},
                               {QStringLiteral("asa_seconds"), result.asaSeconds},
                                {QStringLiteral("occupancy"), result.occupancy}};
        if (withPatience)
            object.insert(QStringLiteral("probability_abandon"), result.probabilityAbandon);
        if (withShrinkage)
            object.insert(QStringLiteral("scheduled_agents"), scheduled);
        printJson(context.out, QJsonDocument(object));
        return ExitOk;
    }

    context.out << "Model:            " << (withPatience ? "Erlang A (customers abandon)" : "Erlang C")
                << '\n'
                << "Traffic:          " << QString::number(result.trafficErlangs, 'f', 2) << " erlangs\n"
                << "Agents:           " << result.agents << '\n';
    if (withShrinkage) {
        context.out << "Scheduled agents: " << scheduled << " (" << percent(goal.shrinkage)
                    << " shrinkage)\n";
    }
    context.out << "P(wait):          " << percent(result.probabilityWait) << '\n'
                << "Service level:    " << percent(result.serviceLevel) << " answered within "
                << seconds(input.targetSeconds) << '\n'
                << "ASA:              " << seconds(result.asaSeconds) << '\n'
                << "Occupancy:        " << percent(result.occupancy) << '\n';
    if (withPatience)
        context.out << "P(abandon):       " << percent(result.probabilityAbandon) << '\n';
    return ExitOk;
}

} // namespace ContactDesk::Cli
