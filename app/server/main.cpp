#include "store/connectionsettings.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ContactDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ContactDesk server: the routing core, headless, for a whole team."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("SQLite file path or postgresql:// URL (default: the user's "
                                                     "data directory)."),
                                             QStringLiteral("CONNECTION"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Open the database, apply pending migrations, print the "
                                                        "schema version and exit."));
    parser.addOption(dbOption);
    parser.addOption(checkOption);
    parser.process(app);

    Database database;
    if (auto error = database.open(parser.value(dbOption))) {
        err << "contactdesk-server: " << error->message << Qt::endl;
        return 1;
    }
    const auto version = database.schemaVersion();
    if (!version) {
        err << "contactdesk-server: " << version.error().message << Qt::endl;
        return 1;
    }
    out << "contactdesk-server: " << database.settings().displayString() << " is at schema version "
        << *version << Qt::endl;
    if (parser.isSet(checkOption))
        return 0;

    // The WebSocket protocol that lets desktops connect is built separately (docs/PROTOCOL.md);
    // until this build has it, refuse to pretend to serve.
    err << "contactdesk-server: this build has no network listener yet; use --check to prepare a database"
        << Qt::endl;
    return 2;
}
