// What an agent waits for: from a contact being offered to the customer panel and the first page
// of the customer's timeline painted in the real agent workspace, with 100,000 customers in the
// store (SQLite, the embedded default). Each round offers a chat from another customer, waits for
// the workspace to show that customer, paints the window, and lets the customer hang up.
//
//   bench_agentworkspace [--customers N] [--interactions M] [--rounds R]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "agent/agentdeskcontroller.h"
#include "agent/agentworkspace.h"
#include "agent/contactinboxmodel.h"
#include "backend/embeddedbackend.h"
#include "centre/contactcentre.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "offers/demoofferportfolio.h"
#include "routing/virtualclock.h"
#include "store/database.h"
#include "store/demodatagenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ContactDesk;

namespace {

constexpr qint64 NowMs = 1'796'000'000'000; // 2026-11-29

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

double percentileMs(QList<qint64> nanoseconds, double share)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const qsizetype index =
        std::min<qsizetype>(nanoseconds.size() - 1, qsizetype(share * double(nanoseconds.size())));
    return double(nanoseconds.at(index)) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk-bench"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), QStringLiteral("Customers in the store."),
                                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption interactionsOption(
        QStringLiteral("interactions"), QStringLiteral("Past interactions in the store."),
                                                       QStringLiteral("M"), QStringLiteral("300000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Contacts offered."), QStringLiteral("R"), QStringLiteral("200"));
    parser.addOptions({customersOption, interactionsOption, roundsOption});
    parser.addHelpOption();
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const int interactions = parser.value(interactionsOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    if (customers <= 0 || interactions < 0 || rounds <= 0) {
        std::fprintf(stderr, "bench_agentworkspace: --customers and --rounds take positive numbers\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        Database database;
        if (auto error = database.open(path)) {
            std::fprintf(stderr, "bench_agentworkspace: %s\n", qPrintable(error->message));
            return 1;
        }
        std::fprintf(stderr, "writing %d customers with %d interactions …\n", customers, interactions);
        DemoDataGenerator generator(database);
        DemoDataOptions options;
        options.seed = 11;
        options.customers = customers;
        options.interactions = interactions;
        options.nowMs = NowMs;
        if (auto summary = generator.generate(options); !summary) {
            std::fprintf(stderr, "bench_agentworkspace: %s\n", qPrintable(summary.error().message));
            return 1;
        }
        if (auto error = DemoOfferPortfolio::seed(database, NowMs)) {
            std::fprintf(stderr, "bench_agentworkspace: %s\n", qPrintable(error->message));
            return 1;
        }
    }

    auto database = std::make_unique<Database>();
    if (auto error = database->open(path)) {
        std::fprintf(stderr, "bench_agentworkspace: %s\n", qPrintable(error->message));
        return 1;
    }
    // Spread over the whole table, the same customers every run.
    QList<qint64> customerIds;
    {
        QSqlQuery query(database->connection());
        // Korean customers: the demo agent signed in here serves the sales queue in Korean.
        query.exec(QStringLiteral("SELECT id FROM customers WHERE preferred_language = 'ko' ORDER BY id"));
        QList<qint64> all;
        while (query.next())
            all.append(query.value(0).toLongLong());
        const qsizetype step = std::max<qsizetype>(1, all.size() / rounds);
        for (qsizetype i = step / 2; i < all.size() && customerIds.size() < rounds; i += step)
            customerIds.append(all.at(i));
    }

    VirtualClock clock(NowMs);
    EmbeddedBackendOptions options;
    options.clock = &clock;
    options.durableRouting = false;
    EmbeddedBackend backend(std::move(database), options);
    if (const auto &error = backend.centreError()) {
        std::fprintf(stderr, "bench_agentworkspace: %s\n", qPrintable(error->message));
        return 1;
    }
    LanguageManager languages;
    languages.setSessionLanguage(QStringLiteral("en"));
    MainWindow window(backend, languages);
    AgentWorkspace *workspace = window.agentWorkspace();
    workspace->setClock([&clock] { return clock.nowMs(); });
    window.resize(1366, 768);
    window.show();
    workspace->signInAutomatically();
    if (!waitFor([workspace] { return workspace->desk()->isSignedIn(); })) {
        std::fprintf(stderr, "bench_agentworkspace: the demo agent did not sign in\n");
        return 1;
    }
    workspace->desk()->setState(AgentState::Ready);
    waitFor([workspace] { return workspace->desk()->status().state == AgentState::Ready; });

    qint64 shownCustomer = 0;
    QObject::connect(workspace, &AgentWorkspace::customerShown, &app,
                     [&shownCustomer](qint64 id) { shownCustomer = id; });

    QList<qint64> nanoseconds;
    int missed = 0;
    for (qint64 customerId : std::as_const(customerIds)) {
        InboundContact contact;
        contact.channel = Channel::Chat;
        contact.queueId = QStringLiteral("sales");
        contact.customerId = customerId;
        Message opening;
        opening.sender = SenderRole::Customer;
        opening.body = QStringLiteral("Hello, a question about my bill.");
        opening.sentAtMs = clock.nowMs();
        contact.openingMessages = {opening};

        shownCustomer = 0;
        QElapsedTimer timer;
        timer.start();
        const ArrivalResult arrival = backend.centre().contactArrived(contact);
        if (arrival.error) {
            std::fprintf(stderr, "bench_agentworkspace: arrival refused: %s\n",
                         qPrintable(arrival.error->message));
            return 1;
        }
        const bool shown = waitFor([&shownCustomer, customerId] { return shownCustomer == customerId; });
        if (shown) {
            window.grab(); // paints every widget of the window, the new panel and timeline page among them
            nanoseconds.append(timer.nsecsElapsed());
        } else {
            ++missed;
        }
        backend.centre().customerLeft(arrival.interactionId);
        waitFor([workspace] { return workspace->desk()->inbox()->rowCount() == 0; });
        clock.advanceBy(30'000);
    }
    if (nanoseconds.isEmpty()) {
        std::fprintf(stderr, "bench_agentworkspace: no contact was shown (%d missed)\n", missed);
        return 1;
    }
    std::printf("offered → customer panel and first timeline page painted, %d customers, %d interactions, "
                "%lld contacts: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%s\n",
                customers, interactions, static_cast<long long>(nanoseconds.size()),
                percentileMs(nanoseconds, 0.5), percentileMs(nanoseconds, 0.9),
                percentileMs(nanoseconds, 0.99), percentileMs(nanoseconds, 1.0),
                missed ? " (some not shown within 10 s)" : "");
    return missed ? 1 : 0;
}
