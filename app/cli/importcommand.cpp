#include "clicommand.h"
#include "store/customercsvimporter.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ContactDesk::Cli {

static constexpr const char *importUsage =
    "Usage: contactdesk-cli import customers FILE.csv [--db DATABASE] [--region CC] [--json]\n";

int runImportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import customers from a CSV file."_s);
    const QCommandLineOption dbOption(u"db"_s,
                                      u"Database: a SQLite file, :memory: or postgresql://... "
                                      "(default: the user's ContactDesk database)."_s,
                                      u"DATABASE"_s);
    const QCommandLineOption regionOption(u"region"_s,
                                          u"Region assumed for phone numbers without a country code "
                                          "when a row has no region (default KR)."_s,
                                          u"CC"_s, u"KR"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    parser.addOption(dbOption);
    parser.addOption(regionOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"customers"_s, u"What to import."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The CSV file."_s);

    if (!parser.parse(QStringList{u"import"_s} + context.arguments)) {
        context.err << "contactdesk-cli import: " << parser.errorText() << '\n' << importUsage;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("customers")) {
        context.err << importUsage;
        return ExitUsage;
    }
    const QString region = parser.value(regionOption).trimmed().toUpper();
    if (region.size() != 2) {
        context.err << "contactdesk-cli import: --region takes a two-letter region code such as KR or US\n";
        return ExitUsage;
    }
    const QString file = positional.at(1);
    const bool json = parser.isSet(jsonOption);

    Database database;
    if (auto error = database.open(parser.value(dbOption))) {
        if (json) {
            printJson(context.out, QJsonDocument(QJsonObject{{u"file"_s, file},
                                                             {u"refused"_s, true},
                                                             {u"refusal"_s, error->message},
                                                             {u"imported"_s, 0}}));
        }
        context.err << "contactdesk-cli import: " << error->message << '\n';
        return ExitFailure;
    }

    CustomerCsvImporter importer(database, region, QDateTime::currentMSecsSinceEpoch());
    const CsvImportReport report = importer.importFile(file);

    if (json) {
        QJsonArray rejected;
        for (const CsvImportIssue &issue : report.rejected) {
            rejected.append(QJsonObject{{u"line"_s, issue.line}, {u"reason"_s, issue.reason}});
        }
        QJsonObject object{{u"file"_s, file},
                           {u"database"_s, database.settings().displayString()},
                           {u"refused"_s, report.refused},
                           {u"rows"_s, report.rows},
                           {u"imported"_s, report.imported},
                           {u"rejected"_s, rejected}};
        if (report.refused)
            object.insert(u"refusal"_s, report.refusal);
        printJson(context.out, QJsonDocument(object));
    } else if (!report.refused) {
        context.out << "Imported " << report.imported << " of " << report.rows << " customers from " << file
                    << " into " << database.settings().displayString() << '\n';
        if (!report.rejected.isEmpty()) {
            context.out << "Skipped " << report.rejected.size()
                        << (report.rejected.size() == 1 ? " row" : " rows") << ":\n";
            for (const CsvImportIssue &issue : report.rejected)
                context.out << "  line " << issue.line << ": " << issue.reason << '\n';
        }
    }

    if (report.refused) {
        context.err << "contactdesk-cli import: " << file << " was not imported: " << report.refusal << '\n';
        return ExitFailure;
    }
    return report.allImported() ? ExitOk : ExitFailure;
}

} // namespace ContactDesk::Cli
