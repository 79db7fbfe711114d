#include "clicommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ContactDesk::Cli;

static void printUsage(QTextStream &stream)
{
    stream << "Usage: contactdesk-cli COMMAND [ARGUMENTS]\n\nCommands:\n";
    for (const Command &command : commands())
        stream << "  " << command.synopsis << '\n';
    stream.flush();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("contactdesk.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "contactdesk-cli " << CONTACTDESK_VERSION << Qt::endl;
        return ExitOk;
    }

    const QString name = arguments.takeFirst();
    for (const Command &command : commands()) {
        if (command.name == name) {
            CommandContext context{arguments, out, err};
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "contactdesk-cli: unknown command '" << name << "'\n";
    printUsage(err);
    return ExitUsage;
}
