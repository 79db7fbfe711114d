// The supervisor's wallboard at scale: 5,000 agents and 100 queues on a live centre (SQLite, a
// virtual clock), about 20,000 contacts an hour, and the wallboard refreshed once a simulated
// second. Measures the time to build the snapshot the wallboard asks for every second (on the
// UI thread in the embedded desktop), the real WallboardView's whole update on the offscreen
// platform (snapshot, models, tiles, painting), and the time from a routing event (an agent's
// state change) to the changed row of the agent grid.
//
//   bench_wallboard [--agents N] [--queues Q] [--seconds S]

#include "backend/embeddedbackend.h"
#include "backend/wallboardlayout.h"
#include "centre/contactcentre.h"
#include "centre/wallboardbuilder.h"
#include "routing/virtualclock.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/queuerepository.h"
#include "store/skillrepository.h"
#include "wallboard/agentgridmodel.h"
#include "wallboard/wallboardview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ContactDesk;

namespace {

constexpr qint64 StartMs = 1'796'000'000'000; // 2026-11-29

double percentileMs(QList<qint64> nanoseconds, double share)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const qsizetype index =
        std::min<qsizetype>(nanoseconds.size() - 1, qsizetype(share * double(nanoseconds.size())));
    return double(nanoseconds.at(index)) / 1e6;
}

QString queueId(int i)
{
    return QStringLiteral("q%1").arg(i, 3, 10, QLatin1Char('0'));
}

std::optional<DomainError> populate(Database &database, int agents, int queues)
{
    return database.transaction([&]() -> std::optional<DomainError> {
        SkillRepository skills(database);
        QueueRepository queueRepository(database);
        for (int q = 0; q < queues; ++q) {
            if (auto error = skills.save(Skill{queueId(q), QStringLiteral("Skill %1").arg(q)}))
                return error;
            Queue queue;
            queue.id = queueId(q);
            queue.name = QStringLiteral("Queue %1").arg(q);
            queue.channels = {Channel::Voice, Channel::Chat};
            queue.requiredSkills = {SkillRequirement{queueId(q), 3}};
            if (auto error = queueRepository.save(queue))
                return error;
        }
        AgentRepository agentRepository(database);
        for (int a = 0; a < agents; ++a) {
            Agent agent;
            agent.login = QStringLiteral("agent.%1").arg(a);
            agent.displayName = QStringLiteral("Agent %1").arg(a);
            agent.team = QStringLiteral("Team %1").arg(a % 50);
            (void)agent.setSkill(queueId(a % queues), 5);
            (void)agent.setSkill(queueId((a + 1) % queues), 4);
            if (auto error = agentRepository.insert(agent))
                return error;
        }
        return std::nullopt;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("agents"), QStringLiteral("Agents."), QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption(
        {QStringLiteral("queues"), QStringLiteral("Queues."), QStringLiteral("Q"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Simulated seconds measured."),
                                                                QStringLiteral("S"), QStringLiteral("300")});
    parser.process(app);
    const int agents = parser.value(QStringLiteral("agents")).toInt();
    const int queues = parser.value(QStringLiteral("queues")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (agents <= 0 || queues <= 0 || seconds <= 0) {
        std::fprintf(stderr, "bench_wallboard: --agents, --queues and --seconds must be positive\n");
        return 2;
    }

    QTemporaryDir dir;
    auto database = std::make_unique<Database>();
    if (auto error = database->open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "bench_wallboard: %s\n", qPrintable(error->message));
        return 1;
    }
    if (auto error = populate(*database, agents, queues)) {
        std::fprintf(stderr, "bench_wallboard: %s\n", qPrintable(error->message));
        return 1;
    }
    VirtualClock clock(StartMs);
    EmbeddedBackendOptions options;
    options.clock = &clock;
    options.durableRouting = false;
    EmbeddedBackend backend(std::move(database), options);
    if (backend.centreError()) {
        std::fprintf(stderr, "bench_wallboard: %s\n", qPrintable(backend.centreError()->message));
        return 1;
    }
    ContactCentre &centre = backend.centre();
    const QList<Agent> all = centre.agents();
    for (const Agent &agent : all)
        (void)centre.setAgentState(agent.id, AgentState::Ready);

    // The traffic: ~5.6 arrivals a second (20,000 an hour) over the queues, accepted at once,
    // talked for 1-4 minutes, wrapped up after 10 s.
    QRandomGenerator random(7);
    struct Work
    {
        qint64 agentId;
        qint64 interactionId;
        qint64 dueMs;
    };
    QList<Work> talking;
    QList<Work> wrapping;
    QList<std::pair<qint64, qint64>> offers;
    QObject::connect(&centre, &ContactCentre::contactChanged, [&](const ContactSummary &contact) {
        if (contact.state == InteractionState::Offered)
            offers.append({contact.agentId, contact.interactionId});
    });
    int errors = 0;
    qint64 arrivals = 0;
    double owed = 0;
    const auto step = [&] {
        clock.advanceBy(1000);
        owed += 20000.0 / 3600.0;
        while (owed >= 1.0) {
            owed -= 1.0;
            InboundContact contact;
            contact.channel = random.bounded(3) == 0 ? Channel::Chat : Channel::Voice;
            contact.queueId = queueId(int(random.bounded(queues)));
            contact.from = QStringLiteral("+8210%1").arg(20000000 + random.bounded(70000000));
            if (const auto result = centre.contactArrived(contact); result.error) {
                if (errors++ == 0)
                    std::fprintf(stderr, "arrival refused: %s\n", qPrintable(result.error->message));
            }
            ++arrivals;
        }
        const QList<std::pair<qint64, qint64>> due = std::exchange(offers, {});
        for (const auto &[agentId, interactionId] : due) {
            const auto now = centre.contact(interactionId);
            if (!now || now->state != InteractionState::Offered || now->agentId != agentId)
                continue; // told twice, or already moved on
            if (const auto error = centre.acceptOffer(agentId, interactionId)) {
                if (errors++ == 0)
                    std::fprintf(stderr, "accept refused: %s\n", qPrintable(error->message));
            } else
                talking.append({agentId, interactionId, clock.nowMs() + 60'000 + random.bounded(180'000)});
        }
        for (qsizetype i = talking.size() - 1; i >= 0; --i) {
            if (talking.at(i).dueMs > clock.nowMs())
                continue;
            Work work = talking.takeAt(i);
            if (centre.endContact(work.agentId, work.interactionId))
                ++errors;
            work.dueMs = clock.nowMs() + 10'000;
            wrapping.append(work);
        }
        for (qsizetype i = wrapping.size() - 1; i >= 0; --i) {
            if (wrapping.at(i).dueMs > clock.nowMs())
                continue;
            const Work work = wrapping.takeAt(i);
            WrapUp wrapUp;
            wrapUp.interactionId = work.interactionId;
            wrapUp.resolved = true;
            if (centre.finishWrapUp(work.agentId, wrapUp))
                ++errors;
        }
    };

    std::fprintf(stderr, "warming up: 600 simulated seconds …\n");
    for (int s = 0; s < 600; ++s)
        step();

    WallboardView view;
    view.resize(1600, 1000);
    view.setBackend(&backend);
    view.show();
    const auto settle = [&](const std::function<bool()> &done) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 10'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return done();
    };
    if (!settle([&] { return view.isSettled(); })) {
        std::fprintf(stderr, "bench_wallboard: the view did not settle\n");
        return 1;
    }

    QList<qint64> snapshotNs;
    QList<qint64> tileNs;
    QList<qint64> viewNs;
    QList<qint64> applyNs;
    QList<qint64> fullPaintNs;
    QList<qint64> latencyNs;
    const WallboardLayout layout = WallboardLayout::defaults();
    QElapsedTimer timer;
    for (int s = 0; s < seconds; ++s) {
        step();
        timer.start();
        WallboardSnapshot snapshot;
        backend.wallboard([&](const BackendResult<WallboardSnapshot> &result) {
            if (result.ok())
                snapshot = result.value();
        });
        snapshotNs.append(timer.nsecsElapsed());
        timer.start();
        double sink = 0;
        for (const WallboardTile &tile : layout.tiles)
            sink += wallboardKpiValue(tile.kpi, snapshot, tile.queueIds).value_or(0);
        tileNs.append(timer.nsecsElapsed());
        if (snapshot.agents.size() != agents || sink < 0)
            ++errors;

        // The view's whole update on the UI thread: the request (the embedded core builds the
        // snapshot on this thread), models, tiles, and painting what changed, as the event loop
        // would. Then, for comparison, a repaint of the whole window.
        timer.start();
        view.refresh();
        const qint64 applied = timer.nsecsElapsed();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        viewNs.append(timer.nsecsElapsed());
        applyNs.append(applied);
        timer.start();
        view.repaint();
        fullPaintNs.append(timer.nsecsElapsed());

        // A routing event, then the agent's row in the grid shows it.
        const qint64 agentId = all.at(qsizetype(random.bounded(int(all.size())))).id;
        const bool toBreak = centre.agentStatus(agentId).state != AgentState::NotReady;
        const AgentState target = toBreak ? AgentState::NotReady : AgentState::Ready;
        timer.start();
        if (centre.setAgentState(agentId, target, toBreak ? QStringLiteral("break") : QString())) {
            ++errors;
            continue;
        }
        const bool shown = settle([&] {
            const int row = view.agentModel()->rowOfAgent(agentId);
            const WallboardAgent *shownAgent = row >= 0 ? view.agentModel()->agentAt(row) : nullptr;
            return shownAgent && shownAgent->state == target;
        });
        latencyNs.append(timer.nsecsElapsed());
        if (!shown)
            ++errors;
    }
    timer.start();
    qint64 intradayMs = 0;
    backend.wallboardIntraday({}, [&](const BackendResult<WallboardIntraday> &) {});
    intradayMs = timer.elapsed();

    std::printf(
        "bench_wallboard: %d agents, %d queues, %lld arrivals (%d s warm-up + %d s measured), %d errors\n",
        agents, queues, static_cast<long long>(arrivals), 600, seconds, errors);
    std::printf("  snapshot (every queue and agent) p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentileMs(snapshotNs, 0.5), percentileMs(snapshotNs, 0.99), percentileMs(snapshotNs, 1.0));
    std::printf("  11 tiles from the snapshot       p50 %.3f ms  p99 %.3f ms\n", percentileMs(tileNs, 0.5),
                percentileMs(tileNs, 0.99));
    std::printf("  intraday series with staffing   %lld ms\n", static_cast<long long>(intradayMs));
    std::printf("  view update (UI thread, painted) p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentileMs(viewNs, 0.5), percentileMs(viewNs, 0.99), percentileMs(viewNs, 1.0));
    // The same second's snapshot, measured just before, stands for the one inside the update.
    QList<qint64> ownNs;
    for (qsizetype i = 0; i < viewNs.size() && i < snapshotNs.size(); ++i)
        ownNs.append(std::max<qint64>(0, viewNs.at(i) - snapshotNs.at(i)));
    std::printf("    of which snapshot and models   p50 %.2f ms  p99 %.2f ms\n", percentileMs(applyNs, 0.5),
                percentileMs(applyNs, 0.99));
    std::printf("    the view's own part (no core)  p50 %.2f ms  p99 %.2f ms\n", percentileMs(ownNs, 0.5),
                percentileMs(ownNs, 0.99));
    std::printf("  whole-window repaint (reference) p50 %.2f ms  p99 %.2f ms\n",
                percentileMs(fullPaintNs, 0.5), percentileMs(fullPaintNs, 0.99));
    std::printf("  routing event -> grid row        p50 %.1f ms  p99 %.1f ms  max %.1f ms\n",
                percentileMs(latencyNs, 0.5), percentileMs(latencyNs, 0.99), percentileMs(latencyNs, 1.0));
    return errors == 0 ? 0 : 1;
}
