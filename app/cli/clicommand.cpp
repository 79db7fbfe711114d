#include "clicommand.h"

namespace ContactDesk::Cli {

const QList<Command> &commands()
{
    // clang-format 14 re-indents nested braced lists differently on every run; the table keeps
    // its hand layout: name, synopsis, function.
    // clang-format off
    static const QList<Command> list = {
        {QStringLiteral("phone"),
         QStringLiteral("phone normalize NUMBER [--region CC] [--json]   parse, validate and format a phone number"),
         runPhoneCommand},
        {QStringLiteral("erlangc"),
         QStringLiteral("erlangc --calls N --interval-seconds S --aht-seconds H --target-seconds T (--agents A | "
                        "--target-service-level X | --target-asa-seconds Y) [--patience-seconds P] [--shrinkage F] "
                        "[--max-occupancy F] [--json]   Erlang C/A staffing for one interval"),
         runErlangCCommand},
        {QStringLiteral("import"),
         QStringLiteral("import customers FILE.csv [--db DB] [--region CC] [--json]   import customers"),
         runImportCommand},
        {QStringLiteral("demo-data"),
         QStringLiteral("demo-data --db DB [--customers N] [--interactions M] [--seed S] [--now TIME] [--json]"
                        "   write a demo data set"),
         runDemoDataCommand},
        {QStringLiteral("simulate"),
         QStringLiteral("simulate SCENARIO.json [--seed N] [--json]   run a scenario through the routing engine"),
         runSimulateCommand},
        {QStringLiteral("bench"),
         QStringLiteral("bench routing [--agents N,...] [--skills K] [--contacts M] [--json] | bench day [--agents N] "
                        "[--contacts M] [--json]   measure the routing engine"),
         runBenchCommand},
        {QStringLiteral("offers"),
         QStringLiteral("offers import FILE.json | suggest --customer ID | record --interaction ID --offer OFFER "
                        "--outcome O | report --by offer|agent|segment | evaluate [--rounds N] [--seed S] [--json]"
                        "   next-best offers"),
         runOffersCommand},
        {QStringLiteral("user"),
         QStringLiteral("user add LOGIN --name NAME --role ROLE [--agent AGENT_LOGIN] | passwd LOGIN | disable LOGIN | "
                        "enable LOGIN | list [--json]   [--db DB]   accounts (passwords from standard input)"),
         runUserCommand},
    };
    // clang-format on
    return list;
}

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace ContactDesk::Cli
