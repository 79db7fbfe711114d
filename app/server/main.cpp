#include "backend/centrehost.h"
#include "centre/contactcentre.h"
#include "centre/livetraffic.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "net/ctigateway.h"
#include "net/protocolserver.h"
#include "routing/sqlroutingjournal.h"
#include "routing/wallclock.h"
#include "security/authenticator.h"
#include "store/connectionsettings.h"
#include "store/database.h"
#include "store/storeresult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace ContactDesk;

namespace {

// ADDR:PORT, with [v6]:PORT for IPv6; empty when it is not that.
std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

StoreResult<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        return DomainError{QStringLiteral("tls"), QStringLiteral("No PEM certificate in %1").arg(certPath)};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return DomainError{
            QStringLiteral("tls"), QStringLiteral("Cannot read %1: %2").arg(keyPath, keyFile.errorString())};
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return DomainError{QStringLiteral("tls"), QStringLiteral("No PEM private key in %1").arg(keyPath)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with a password
    return configuration;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ContactDesk server: the routing core, headless, for a whole team (docs/PROTOCOL.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file path or postgresql:// URL (default: the user's data directory)."),
                              QStringLiteral("CONNECTION"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Open the database, apply pending migrations, print the "
                                                        "schema version and exit."));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address and port to serve protocol v1 on (default "
                                                         "127.0.0.1:8765; port 0 picks a free one)."),
                                  QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for wss://."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for wss://."), QStringLiteral("FILE"));
    const QCommandLineOption insecureOption(QStringLiteral("insecure"),
        QStringLiteral("Allow plain ws:// on a non-loopback address (passwords and tokens travel unencrypted)."));
    const QCommandLineOption originOption(
        QStringLiteral("allow-origin"), QStringLiteral("A browser origin allowed to connect (repeatable)."),
                                                       QStringLiteral("ORIGIN"));
    const QCommandLineOption simulateOption(QStringLiteral("simulate"),
        QStringLiteral("Simulated customers: this many new contacts an hour (demos, tests, load)."),
                       QStringLiteral("PER_HOUR"));
    const QCommandLineOption colleaguesOption(
        QStringLiteral("simulate-colleagues"),
                       QStringLiteral("With --simulate: agents nobody signed in as are played by bots."));
    const QCommandLineOption ctiListenOption(QStringLiteral("cti-listen"),
        QStringLiteral("Address and port of the CTI gateway endpoint (off unless given; same TLS rules)."),
                       QStringLiteral("ADDR:PORT"));
    const QCommandLineOption ctiKeyOption(
        QStringLiteral("cti-key-file"), QStringLiteral("File whose first line is the gateway's API key."),
                                                       QStringLiteral("FILE"));
    const QCommandLineOption ctiQueueOption(QStringLiteral("cti-queue"), QStringLiteral("A dialled number and the queue it reaches, NUMBER=QUEUE (repeatable)."),
                                     QStringLiteral("NUMBER=QUEUE"));
    const QCommandLineOption ctiDefaultQueueOption(
        QStringLiteral("cti-default-queue"), QStringLiteral("The queue of calls to other numbers."),
                                                            QStringLiteral("QUEUE"));
    const QCommandLineOption ctiRecordingsOption(QStringLiteral("cti-recordings"),
        QStringLiteral("Spool folder the gateway drops finished call recordings into (WAV files, reported with "
                       "recording-ready); each is stored encrypted and removed. Needs --recording-key-file."),
            QStringLiteral("DIR"));
    const QCommandLineOption recordingsDirOption(QStringLiteral("recordings-dir"),
        QStringLiteral("Folder of the encrypted recordings (default: recordings in the user's data directory)."),
            QStringLiteral("DIR"));
    const QCommandLineOption recordingKeyOption(QStringLiteral("recording-key-file"),
        QStringLiteral("The recordings' key: 32 bytes only its owner may read, made on first use. Without it "
                       "nothing is recorded."),
                       QStringLiteral("FILE"));
    parser.addOptions({dbOption, checkOption, listenOption, certOption, keyOption, insecureOption,
                       originOption, simulateOption, colleaguesOption, ctiListenOption, ctiKeyOption,
                       ctiQueueOption, ctiDefaultQueueOption, ctiRecordingsOption, recordingsDirOption,
                       recordingKeyOption});
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

    const auto listen = parseListen(parser.value(listenOption));
    if (!listen) {
        err << "contactdesk-server: --listen takes ADDR:PORT with a numeric address, e.g. 127.0.0.1:8765 or "
               "[::1]:8765; got '"
            << parser.value(listenOption) << "'" << Qt::endl;
        return 2;
    }
    const auto [address, port] = *listen;
    std::optional<std::pair<QHostAddress, quint16>> ctiListen;
    if (parser.isSet(ctiListenOption)) {
        ctiListen = parseListen(parser.value(ctiListenOption));
        if (!ctiListen) {
            err << "contactdesk-server: --cti-listen takes ADDR:PORT; got '" << parser.value(ctiListenOption)
                << "'" << Qt::endl;
            return 2;
        }
        if (!parser.isSet(ctiKeyOption)) {
            err << "contactdesk-server: --cti-listen needs --cti-key-file (the gateway's API key)"
                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(ctiRecordingsOption)) {
        if (!ctiListen) {
            err << "contactdesk-server: --cti-recordings needs --cti-listen (the gateway reports its "
                   "recordings "
                   "there)"
                << Qt::endl;
            return 2;
        }
        if (!parser.isSet(recordingKeyOption)) {
            err << "contactdesk-server: --cti-recordings needs --recording-key-file (the key the recordings "
                   "are "
                   "encrypted with)"
                << Qt::endl;
            return 2;
        }
        if (!QFileInfo(parser.value(ctiRecordingsOption)).isDir()) {
            err << "contactdesk-server: --cti-recordings: '" << parser.value(ctiRecordingsOption)
                << "' is not a folder" << Qt::endl;
            return 2;
        }
    }
    const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
    if (tls && !(parser.isSet(certOption) && parser.isSet(keyOption))) {
        err << "contactdesk-server: --tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }
    const bool anyPublic = !address.isLoopback() || (ctiListen && !ctiListen->first.isLoopback());
    if (!tls && anyPublic && !parser.isSet(insecureOption)) {
        err << "contactdesk-server: refusing to serve "
            << (address.isLoopback() ? ctiListen->first : address).toString()
            << " without TLS: give --tls-cert and --tls-key, or --insecure if the network is trusted"
            << Qt::endl;
        return 2;
    }
    std::optional<QSslConfiguration> sslConfiguration;
    if (tls) {
        auto loaded = loadTls(parser.value(certOption), parser.value(keyOption));
        if (!loaded) {
            err << "contactdesk-server: " << loaded.error().message << Qt::endl;
            return 1;
        }
        sslConfiguration = *loaded;
    }

    WallClock clock;
    ContactCentre centre(database, clock, std::make_unique<SqlRoutingJournal>(database));
    if (auto error = centre.start()) {
        err << "contactdesk-server: " << error->message << Qt::endl;
        return 1;
    }
    QObject::connect(&centre, &ContactCentre::failed, &app, [&err](const QString &reason) {
        err << "contactdesk-server: the routing core stopped: " << reason << Qt::endl;
        QCoreApplication::exit(1);
    });
    std::unique_ptr<LiveTraffic> traffic;
    if (parser.isSet(simulateOption)) {
        bool ok = false;
        LiveTrafficOptions trafficOptions;
        trafficOptions.arrivalsPerHour = parser.value(simulateOption).toDouble(&ok);
        trafficOptions.colleagues = parser.isSet(colleaguesOption);
        trafficOptions.seed = quint64(QDateTime::currentMSecsSinceEpoch());
        if (!ok || trafficOptions.arrivalsPerHour <= 0) {
            err << "contactdesk-server: --simulate takes a positive number of contacts an hour" << Qt::endl;
            return 2;
        }
        traffic = std::make_unique<LiveTraffic>(centre, trafficOptions);
        if (auto error = traffic->start()) {
            err << "contactdesk-server: " << error->message << Qt::endl;
            return 1;
        }
    }
    CentreHost host(database, centre);
    // A headless server has no keychain session: the key is a private file. Asked to record and
    // unable to (an insecure or broken key file), the server stops rather than run unrecorded.
    if (parser.isSet(recordingKeyOption)) {
        const QString folder = parser.isSet(recordingsDirOption) ? parser.value(recordingsDirOption)
                                                                 : RecordingVault::defaultFolder();
        host.setUpRecordings(folder, RecordingKeyring::fromKeyFile(parser.value(recordingKeyOption)));
        if (const auto why = host.recordingsUnavailable()) {
            err << "contactdesk-server: " << why->message << Qt::endl;
            return 1;
        }
        out << "contactdesk-server: recording calls and conversations into " << folder << Qt::endl;
    } else if (parser.isSet(recordingsDirOption)) {
        err << "contactdesk-server: --recordings-dir needs --recording-key-file (the key the recordings are "
               "encrypted with)"
            << Qt::endl;
        return 2;
    } else {
        out << "contactdesk-server: not recording: give --recording-key-file FILE to record calls and "
               "conversations"
            << Qt::endl;
    }
    Authenticator authenticator(database);
    ProtocolServerOptions options;
    options.allowedOrigins = parser.values(originOption);
    ProtocolServer server(host, authenticator, options);
    if (auto error = server.listen(address, quint16(port), sslConfiguration)) {
        err << "contactdesk-server: " << error->message << Qt::endl;
        return 1;
    }
    // Scripts and tests read the port from this line (with --listen ...:0).
    out << "contactdesk-server: listening on " << server.url() << Qt::endl;

    std::unique_ptr<CtiGateway> cti;
    if (ctiListen) {
        QFile keyFile(parser.value(ctiKeyOption));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            err << "contactdesk-server: cannot read " << keyFile.fileName() << ": " << keyFile.errorString()
                << Qt::endl;
            return 1;
        }
        CtiGatewayOptions ctiOptions;
        ctiOptions.apiKey = QString::fromUtf8(keyFile.readLine()).trimmed();
        if (ctiOptions.apiKey.size() < 16) {
            err << "contactdesk-server: the CTI API key in " << keyFile.fileName()
                << " has fewer than 16 characters" << Qt::endl;
            return 1;
        }
        for (const QString &mapping : parser.values(ctiQueueOption)) {
            const qsizetype equals = mapping.indexOf(QLatin1Char('='));
            if (equals <= 0 || equals == mapping.size() - 1) {
                err << "contactdesk-server: --cti-queue takes NUMBER=QUEUE; got '" << mapping << "'"
                    << Qt::endl;
                return 2;
            }
            ctiOptions.queueByDialledNumber.insert(mapping.left(equals).trimmed(),
                                                   mapping.mid(equals + 1).trimmed());
        }
        ctiOptions.defaultQueueId = parser.value(ctiDefaultQueueOption);
        ctiOptions.recordingSpool = parser.value(ctiRecordingsOption);
        cti = std::make_unique<CtiGateway>(host, ctiOptions);
        if (auto error = cti->listen(ctiListen->first, ctiListen->second, sslConfiguration)) {
            err << "contactdesk-server: " << error->message << Qt::endl;
            return 1;
        }
        out << "contactdesk-server: CTI gateway endpoint on " << cti->url() << Qt::endl;
        if (!ctiOptions.recordingSpool.isEmpty())
            out << "contactdesk-server: taking the gateway's call recordings from "
                << ctiOptions.recordingSpool << Qt::endl;
    }
    return app.exec();
}
