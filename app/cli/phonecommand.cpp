#include "clicommand.h"
#include "phone/phonenumbers.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace ContactDesk::Cli {

int runPhoneCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Parse, validate and format a phone number."));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), QStringLiteral("Region assumed for national numbers (default KR)."),
                                                 QStringLiteral("CC"), QStringLiteral("KR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(regionOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("normalize"), QStringLiteral("The action."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("The number as written."));

    // QCommandLineParser expects the program name first. A number may start with '-' only in
    // nonsense input, so option parsing stays on.
    if (!parser.parse(QStringList{QStringLiteral("phone")} + context.arguments)) {
        context.err << "contactdesk-cli phone: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("normalize")) {
        context.err << "Usage: contactdesk-cli phone normalize NUMBER [--region CC] [--json]\n";
        return ExitUsage;
    }

    const PhoneNumberInfo info = PhoneNumbers::parse(positional.at(1), parser.value(regionOption));
    const bool json = parser.isSet(jsonOption);

    if (!info.parsed) {
        if (json) {
            printJson(context.out, QJsonDocument(QJsonObject{{QStringLiteral("input"), info.input},
                                                              {QStringLiteral("valid"), false},
                                                               {QStringLiteral("error"), info.error}}));
        }
        context.err << "contactdesk-cli phone: cannot parse '" << info.input << "': " << info.error << '\n';
        return ExitFailure;
    }

    if (json) {
        QJsonObject object{{QStringLiteral("input"), info.input},
                            {QStringLiteral("valid"), info.valid},
                             {QStringLiteral("e164"), info.e164},
                              {QStringLiteral("international"), info.international},
                               {QStringLiteral("national"), info.national},
                                {QStringLiteral("region"), info.region},
                                 {QStringLiteral("type"), phoneNumberTypeKey(info.type)}};
        if (!info.valid)
            object.insert(QStringLiteral("error"), info.error);
        printJson(context.out, QJsonDocument(object));
    } else {
        context.out << "input:         " << info.input << '\n'
                    << "valid:         " << (info.valid ? "yes" : "no") << '\n'
                    << "e164:          " << info.e164 << '\n'
                    << "international: " << info.international << '\n'
                    << "national:      " << info.national << '\n'
                    << "region:        " << info.region << '\n'
                    << "type:          " << phoneNumberTypeKey(info.type) << '\n';
    }
    if (!info.valid) {
        context.err << "contactdesk-cli phone: '" << info.input << "' is not a valid number: " << info.error
                    << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace ContactDesk::Cli
