#include "clicommand.h"
#include "routing/scenario.h"
#include "routing/simulator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace ContactDesk::Cli {

namespace {

void printError(CommandContext &context, bool json, const DomainError &error)
{
    if (json) {
        printJson(context.out, QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                          {QStringLiteral("message"), error.message}}}}));
    }
    context.err << "contactdesk-cli simulate: " << error.message << '\n';
}

} // namespace

int runSimulateCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run a contact-centre scenario through the routing engine."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Overrides the scenario's seed."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(seedOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("SCENARIO.json"),
                                                QStringLiteral("The scenario (docs/SIMULATION.md)."));
    if (!parser.parse(QStringList{QStringLiteral("simulate")} + context.arguments)) {
        context.err << "contactdesk-cli simulate: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << "Usage: contactdesk-cli simulate SCENARIO.json [--seed N] [--json]\n";
        return ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    const QString path = parser.positionalArguments().constFirst();

    std::optional<quint64> seed;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            context.err << "contactdesk-cli simulate: --seed needs a whole number >= 0, not '"
                        << parser.value(seedOption) << "'\n";
            return ExitUsage;
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(
            context, json,
            DomainError{QStringLiteral("unreadable-scenario"),
                                       QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return ExitFailure;
    }
    std::variant<Scenario, DomainError> parsed = Scenario::fromJson(file.readAll());
    if (const DomainError *error = std::get_if<DomainError>(&parsed)) {
        printError(context, json, DomainError{error->code, path + u": " + error->message});
        return ExitFailure;
    }
    Scenario scenario = std::get<Scenario>(std::move(parsed));
    if (seed)
        scenario.seed = *seed;

    Simulator simulator(scenario);
    if (const std::optional<DomainError> error = simulator.start()) {
        printError(context, json, DomainError{error->code, path + u": " + error->message});
        return ExitFailure;
    }
    const SimulationReport report = simulator.run();
    if (json)
        printJson(context.out, QJsonDocument(report.toJson()));
    else
        context.out << report.toText();
    return ExitOk;
}

} // namespace ContactDesk::Cli
