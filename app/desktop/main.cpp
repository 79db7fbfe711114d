#include "agent/agentdeskcontroller.h"
#include "agent/agentworkspace.h"
#include "agent/customerdirectory.h"
#include "backend/centrehost.h"
#include "backend/coachingbackend.h"
#include "backend/embeddedbackend.h"
#include "backend/embeddedcoachingbackend.h"
#include "coaching/coachingview.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "coachingscreenshotpilot.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "common/settingsdialog.h"
#include "demodataseeder.h"
#include "net/remotebackend.h"
#include "net/remotecoachingbackend.h"
#include "net/sessionkeychain.h"
#include "screenshotautopilot.h"
#include "screenshotcapture.h"
#include "store/connectionsettings.h"
#include "store/database.h"
#include "wallboard/wallboardview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace ContactDesk;

namespace {

// How long --screenshot waits for the first customer before it takes the picture anyway.
constexpr int ScreenshotTimeoutMs = 60'000;

// A problem the user must hear about: on stderr for scripts and logs, and in a dialog for people
// (unless nobody is there to close it, as when taking a screenshot).
void reportError(const QString &title, const QString &details, bool interactive)
{
    std::fprintf(stderr, "contactdesk: %s: %s\n", qUtf8Printable(title), qUtf8Printable(details));
    if (interactive)
        QMessageBox::critical(nullptr, title, details);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("contactdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("contactdesk.org"));
    QApplication::setDesktopFileName(QStringLiteral(CONTACTDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.contactdesk.ContactDesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ContactDesk: the omnichannel contact-centre desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The database: a SQLite file path, :memory: or a postgresql:// URL (default: %1).")
                           .arg(ConnectionSettings::defaultSqlitePath()),
                       QStringLiteral("connection"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("The UI language for this run: ko or en."), QStringLiteral("code"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("The view to open: agent (the default), customers, wallboard or coaching."),
                                QStringLiteral("name"), QStringLiteral("agent"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE.png once the view is complete, then quit."),
                       QStringLiteral("file"));
    const QCommandLineOption afterOption(QStringLiteral("after-seconds"),
        QStringLiteral("With --screenshot: let the simulated contact centre run for N seconds first, the "
                       "agent Ready and taking the contacts offered."),
                       QStringLiteral("n"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Work on a contactdesk-server instead of the local centre: wss://host:port (ws:// only on a "
                       "trusted network)."),
            QStringLiteral("url"));
    const QCommandLineOption serverCaOption(QStringLiteral("server-ca"),
        QStringLiteral("With --server: also trust the certificate(s) in FILE (PEM), for a private CA."),
                       QStringLiteral("file"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("With --server: sign in as LOGIN at start, the password read from the first line of "
                       "standard input (never an argument), for kiosks and scripts."),
                       QStringLiteral("login"));
    parser.addOptions({dbOption, languageOption, viewOption, screenshotOption, afterOption, serverOption,
                       serverCaOption, userOption});
    parser.process(app);

    const QString screenshotPath = parser.value(screenshotOption);
    const bool interactive = screenshotPath.isEmpty();

    LanguageManager languages;
    languages.apply();
    if (parser.isSet(languageOption) && !languages.setSessionLanguage(parser.value(languageOption))) {
        std::fprintf(stderr, "contactdesk: unknown language '%s'; use one of: %s\n",
                     qUtf8Printable(parser.value(languageOption)),
                     qUtf8Printable(LanguageManager::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    const QString view = parser.value(viewOption);
    const QStringList views = {QStringLiteral("agent"), QStringLiteral("customers"), QStringLiteral("wallboard"), QStringLiteral("coaching")};
    if (!views.contains(view)) {
        std::fprintf(stderr, "contactdesk: unknown view '%s'; the views are: %s\n", qUtf8Printable(view),
                     qUtf8Printable(views.join(QStringLiteral(", "))));
        return 2;
    }
    int afterSeconds = -1;
    if (parser.isSet(afterOption)) {
        bool ok = false;
        afterSeconds = parser.value(afterOption).toInt(&ok);
        if (!ok || afterSeconds < 0 || screenshotPath.isEmpty()) {
            std::fprintf(
                stderr,
                "contactdesk: --after-seconds takes a whole number of seconds and needs --screenshot\n");
            return 2;
        }
    }

    std::unique_ptr<DeskBackend> backend;
    EmbeddedBackend *embedded = nullptr;
    RemoteBackend *remote = nullptr;
    std::unique_ptr<SessionKeychain> keychain;
    std::optional<SessionKeychain::Stored> storedSession;
    if (parser.isSet(serverOption)) {
        RemoteBackendOptions options;
        options.url = QUrl(parser.value(serverOption));
        if (!options.url.isValid() || (options.url.scheme() != u"ws" && options.url.scheme() != u"wss")) {
            std::fprintf(stderr, "contactdesk: --server takes a ws:// or wss:// URL, not '%s'\n",
                         qUtf8Printable(parser.value(serverOption)));
            return 2;
        }
        if (parser.isSet(serverCaOption)) {
            options.trustedCertificates = QSslCertificate::fromPath(parser.value(serverCaOption));
            if (options.trustedCertificates.isEmpty()) {
                std::fprintf(stderr, "contactdesk: no PEM certificate in %s\n",
                             qUtf8Printable(parser.value(serverCaOption)));
                return 2;
            }
        }
        auto remoteBackend = std::make_unique<RemoteBackend>(options);
        remote = remoteBackend.get();
        keychain = std::make_unique<SessionKeychain>(*remote, options.url.toString());
        QObject::connect(keychain.get(), &SessionKeychain::failed, [interactive](const QString &reason) {
            reportError(QCoreApplication::translate("main", "The sign-in could not be kept in the keychain"),
                        reason, interactive);
        });
        storedSession = keychain->stored(QDateTime::currentMSecsSinceEpoch());
        backend = std::move(remoteBackend);
    } else {
        const QString connection = parser.isSet(dbOption) ? parser.value(dbOption) : QString();
        auto database = std::make_unique<Database>();
        if (const auto error = database->open(connection)) {
            // Name the database without its password; a string that does not parse is named by the error.
            const auto settings = ConnectionSettings::parse(connection);
            const QString details = settings ? QCoreApplication::translate("main", "%1\n\nDatabase: %2")
                                                   .arg(error->message, settings->displayString())
                                             : error->message;
            reportError(QCoreApplication::translate("main", "The database could not be opened"), details,
                        interactive);
            return 1;
        }
        // Only the desktop's own SQLite file gets demo data: an empty shared PostgreSQL database is
        // someone's new production system, not a place for sample customers.
        if (database->backend() == DatabaseBackend::Sqlite) {
            if (const auto error =
                    DemoDataSeeder::seedIfEmpty(*database, QDateTime::currentMSecsSinceEpoch())) {
                // The workspace still opens, empty: the database is as it was.
                reportError(QCoreApplication::translate("main", "The demo data could not be created"),
                            error->message, interactive);
            }
        }

        auto embeddedBackend = std::make_unique<EmbeddedBackend>(std::move(database));
        embedded = embeddedBackend.get();
        embedded->setDefaultRegion(SettingsDialog::phoneRegion());
        // A new user sees a living contact centre: simulated customers and colleagues. Without it the
        // directory and the timelines still work.
        if (const auto &error = embedded->centreError()) {
            reportError(QCoreApplication::translate("main", "The contact centre could not start"),
                        error->message, interactive);
        } else {
            // Every contact is recorded into the vault beside the database, encrypted with a key
            // in the OS keychain. Without a keychain nothing is recorded (there is no other place
            // for the key): the coaching view says so, and so does this line for the log.
            embedded->host().setUpRecordings(RecordingVault::defaultFolder(),
                                             RecordingKeyring::fromKeychain());
            if (const auto why = embedded->host().recordingsUnavailable())
                std::fprintf(stderr, "contactdesk: %s\n", qUtf8Printable(why->message));
            if (embedded->database().backend() == DatabaseBackend::Sqlite) {
                if (const auto error = DemoDataSeeder::seedCoachingIfNew(
                        embedded->database(), embedded->host().recordingArchive(),
                        QDateTime::currentMSecsSinceEpoch())) {
                    reportError(
                        QCoreApplication::translate("main", "The demo coaching data could not be created"),
                        error->message, interactive);
                }
            }
            if (const auto error = embedded->startLiveTraffic()) {
                reportError(QCoreApplication::translate("main", "The simulated traffic could not start"),
                            error->message, interactive);
            }
        }
        backend = std::move(embeddedBackend);
    }
    // The coaching view works on the centre in this process, as the account of the agent signed
    // in at the desk, or on the server as the account signed in there. Declared before the
    // window, which keeps a pointer to it.
    std::unique_ptr<CoachingBackend> coachingBackend;
    if (embedded)
        coachingBackend = std::make_unique<EmbeddedCoachingBackend>(embedded->host(), *embedded);
    else if (remote)
        coachingBackend = std::make_unique<RemoteCoachingBackend>(*remote);
    MainWindow window(*backend, languages);
    window.setCoachingBackend(coachingBackend.get());
    if (embedded)
        QObject::connect(&window, &MainWindow::phoneRegionChanged, embedded,
                         &EmbeddedBackend::setDefaultRegion);
    window.showView(view);
    std::unique_ptr<ScreenshotAutopilot> autopilot;
    if (afterSeconds > 0)
        autopilot = std::make_unique<ScreenshotAutopilot>(*window.agentWorkspace()->desk());
    if (remote && parser.isSet(userOption)) {
        std::string line;
        std::getline(std::cin, line);
        const QString password = QString::fromStdString(line);
        const QString login = parser.value(userOption);
        AgentDeskController *desk = window.agentWorkspace()->desk();
        QObject::connect(
            remote, &RemoteBackend::linkChanged, desk, [desk, login, password](RemoteBackend::Link link) {
                if (link == RemoteBackend::Link::Connected && !desk->isSignedIn() && !desk->isSigningIn())
                    desk->signIn(login, password);
            });
        remote->open();
    } else if (remote && storedSession) {
        // Resume the session kept in the keychain; only when the server refuses it, ask.
        QObject::connect(remote, &DeskBackend::sessionEnded, window.agentWorkspace(),
                         &AgentWorkspace::showSignInChooser, Qt::SingleShotConnection);
        remote->open(storedSession->token);
    } else {
        if (remote)
            remote->open();
        window.agentWorkspace()->signInAutomatically();
    }

    // Sized for the smallest screen the product supports (1366×768), smaller when the screen is.
    QSize size(1366, 768);
    if (const QScreen *screen = window.screen(); screen && interactive)
        size = size.boundedTo(screen->availableGeometry().size());
    window.resize(size);
    window.show();

    std::unique_ptr<ScreenshotCapture> capture;
    if (!screenshotPath.isEmpty()) {
        capture = std::make_unique<ScreenshotCapture>(&window, screenshotPath);
        QObject::connect(capture.get(), &ScreenshotCapture::finished, &app, &QCoreApplication::exit);
        if (afterSeconds >= 0) {
            capture->captureAfter(afterSeconds * 1000);
        } else if (view == u"wallboard" && window.wallboard()) {
            // The tiles, the tables, the charts and the trend have all answered.
            WallboardView *wallboard = window.wallboard();
            auto captureWhenSettled = [&capture, wallboard] {
                if (wallboard->isSettled() && wallboard->hasIntraday() && wallboard->hasTrend())
                    capture->capture();
            };
            for (auto signal : {&WallboardView::snapshotUpdated, &WallboardView::intradayUpdated,
                                &WallboardView::trendUpdated, &WallboardView::layoutLoaded})
                QObject::connect(wallboard, signal, capture.get(), captureWhenSettled, Qt::QueuedConnection);
            QTimer::singleShot(0, capture.get(), captureWhenSettled);
            capture->captureAfter(ScreenshotTimeoutMs);
        } else if (view == u"coaching") {
            // A call open in the player with its waveform and markers, the scorecard partly answered
            // and its live score: the pilot prepares that, then the view must have nothing pending.
            CoachingView *coaching = window.coaching();
            auto *pilot = new CoachingScreenshotPilot(*coaching, capture.get());
            auto captureWhenSettled = [&capture, coaching, pilot] {
                if (pilot->isDone() && coaching->isSettled())
                    capture->capture();
            };
            QObject::connect(pilot, &CoachingScreenshotPilot::done, capture.get(), captureWhenSettled,
                             Qt::QueuedConnection);
            QObject::connect(coaching, &CoachingView::settledChanged, capture.get(), captureWhenSettled,
                             Qt::QueuedConnection);
            QTimer::singleShot(0, capture.get(), captureWhenSettled);
            capture->captureAfter(ScreenshotTimeoutMs);
        } else if (view == u"customers") {
            CustomerDirectory *directory = window.directory();
            // On a server: the customers the signed-in person finds, not the refusal before.
            auto captureWhenSettled = [&capture, directory, remote] {
                if (directory->isSettled() && (!remote || remote->session()))
                    capture->capture();
            };
            QObject::connect(directory, &CustomerDirectory::customerShown, capture.get(), captureWhenSettled,
                             Qt::QueuedConnection);
            QObject::connect(directory, &CustomerDirectory::searchFinished, capture.get(), captureWhenSettled,
                             Qt::QueuedConnection);
            // The embedded backend answers at once: the window may be complete already.
            QTimer::singleShot(0, capture.get(), captureWhenSettled);
            capture->captureAfter(ScreenshotTimeoutMs);
        } else {
            AgentWorkspace *workspace = window.agentWorkspace();
            auto captureWhenSettled = [&capture, workspace] {
                if (workspace->isSettled())
                    capture->capture();
            };
            QObject::connect(workspace, &AgentWorkspace::settledChanged, capture.get(), captureWhenSettled,
                             Qt::QueuedConnection);
            QTimer::singleShot(0, capture.get(), captureWhenSettled);
            capture->captureAfter(ScreenshotTimeoutMs);
        }
    }
    return app.exec();
}
