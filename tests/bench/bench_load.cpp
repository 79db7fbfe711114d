// Server load: a real contactdesk-server process (SQLite, its own simulated customers at 20,000
// contacts an hour) driven over loopback from this separate process by 2,000 agent desktops (the
// desktop's RemoteBackend, one QWebSocket each) and 20 supervisors watching the wallboard.
// Agents sign in (a bounded number at a time: the server hashes every password with Argon2id on
// its one thread), go Ready, accept every offer, end it after a short handle time and finish
// wrap-up with a disposition. Measured: sign-in time and throughput, offer latency from the
// routing decision (times.offeredMs) to the desktop, the wallboard notice's fan-out (its
// sentAtMs to the supervisor), the server's CPU and peak RSS from /proc. Mid-load the server is
// killed with SIGKILL and started again on the same port and database: the desktops reconnect by
// themselves, and every contact an agent had accepted before the kill must still be theirs in
// the database afterwards. Exits non-zero when one is not, or when a desktop could not sign in.
//
//   bench_load [--agents N] [--supervisors S] [--simulate PER_HOUR] [--in-flight K] [--sign-ins P]
//              [--load-seconds L] [--after-seconds A] [--no-snapshots] [--server PATH] [--keep]

#include "loadclient.h"
#include "security/passwordhasher.h"
#include "security/sessionstore.h"
#include "security/sessiontoken.h"
#include "security/user.h"
#include "security/userrepository.h"
#include "serverprocess.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/demodatagenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace ContactDesk;
using namespace ContactDesk::Bench;

namespace {

struct Config
{
    int agents = 2000;
    int supervisors = 20;
    int perHour = 20'000;
    int inFlight = 8;
    // Agent desktops that sign in with their password; the others open with a session saved
    // earlier. The whole wave (2,000 Argon2id hashes, one after another on the server's thread)
    // takes longer than the rest of the run: --sign-ins 2000 runs it.
    int signIns = 500;
    int loadSeconds = 120;
    int afterSeconds = 60;
    // The longest wait for the desktops to come back after the restart (then the after-phase
    // starts anyway and the missing ones are reported).
    int recoverySeconds = 60;
    bool snapshots = true;
    bool keep = false;
    QString server;
    HandleTimes times;
};

struct Account
{
    QString login;
    qint64 agentId = 0;
    QString savedToken; // empty: signs in with the password
};

constexpr auto Password = "load-bench-password";

struct Percentiles
{
    qsizetype count = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Nearest rank: the p99 of 100 samples is the 99th smallest, not an interpolation.
Percentiles percentiles(QList<qint64> values)
{
    Percentiles result;
    result.count = values.size();
    if (values.isEmpty())
        return result;
    std::sort(values.begin(), values.end());
    const auto rank = [&](double share) {
        const qsizetype index = qsizetype(std::ceil(share * double(values.size()))) - 1;
        return double(values.at(std::clamp<qsizetype>(index, 0, values.size() - 1)));
    };
    result.p50 = rank(0.50);
    result.p99 = rank(0.99);
    result.max = double(values.last());
    return result;
}

// Runs the event loop (the clients, the timers) until `done` holds or `timeoutMs` passed.
bool runUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(int(timeoutMs));
    loop.exec();
    return done();
}

void raiseFileLimit(QTextStream &progress)
{
    // Both processes hold one socket per desktop; the server inherits this limit from us.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    getrlimit(RLIMIT_NOFILE, &limit);
    progress << "open files limit: " << qulonglong(limit.rlim_cur) << Qt::endl;
}

// The schema, queues and skills, `agents` agents covering every queue (the demo data set), and a
// user account for each agent plus the supervisors, all with one password hash: the server
// hashes per sign-in, not per account, so hashing 2,000 times here would measure nothing. The
// agents after the first `signIns` get a session, as if they had signed in yesterday.
std::optional<DomainError> prepareDatabase(const QString &path, const Config &config, QList<Account> &agents,
                                           QStringList &supervisors, double &hashMs, QTextStream &progress)
{
    Database database;
    if (auto error = database.open(path))
        return error;
    DemoDataOptions options;
    options.seed = 7;
    options.customers = 5000;
    options.interactions = 5000;
    options.agents = config.agents;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    DemoDataGenerator generator(database);
    auto summary = generator.generate(options);
    if (!summary)
        return summary.error();
    progress << "demo data: " << summary->queues << " queues, " << summary->skills << " skills, "
             << summary->agents << " agents, " << summary->customers << " customers" << Qt::endl;

    // The median of a few hashes: what one sign-in costs the server's thread on this machine.
    PasswordHasher hasher;
    StoreResult<QString> hash = QString();
    QList<qint64> hashNs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer hashing;
        hashing.start();
        hash = hasher.hash(QString::fromLatin1(Password));
        hashNs.append(hashing.nsecsElapsed());
        if (!hash)
            return hash.error();
    }
    std::sort(hashNs.begin(), hashNs.end());
    hashMs = double(hashNs.at(2)) / 1e6;

    auto stored = AgentRepository(database).list();
    if (!stored)
        return stored.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return database.transaction([&]() -> std::optional<DomainError> {
        UserRepository users(database);
        SessionStore sessions(database);
        for (const Agent &agent : stored.value()) {
            User user;
            user.login = agent.login;
            user.displayName = agent.displayName;
            user.role = Role::Agent;
            user.agentId = agent.id;
            user.passwordHash = *hash;
            user.createdMs = user.passwordChangedMs = now;
            if (auto error = users.add(user))
                return error;
            Account account{user.login, agent.id, QString()};
            if (agents.size() >= config.signIns) {
                account.savedToken = SessionToken::generate();
                SessionRecord session;
                session.tokenHash = SessionToken::hashOf(account.savedToken);
                session.userId = user.id;
                session.createdMs = session.lastSeenMs = now;
                session.expiresMs = now + 12 * 3600 * 1000;
                if (auto error = sessions.insert(session))
                    return error;
            }
            agents.append(account);
        }
        for (int i = 1; i <= config.supervisors; ++i) {
            User user;
            user.login = QStringLiteral("load.supervisor.%1").arg(i, 2, 10, QLatin1Char('0'));
            user.displayName = QStringLiteral("Supervisor %1").arg(i);
            user.role = Role::Supervisor;
            user.passwordHash = *hash;
            user.createdMs = user.passwordChangedMs = now;
            if (auto error = users.add(user))
                return error;
            supervisors.append(user.login);
        }
        return std::nullopt;
    });
}

enum Phase
{
    Ramp,     // while the desktops sign in
    Load,     // all signed in, before the kill
    Recovery, // from the kill until every desktop is back
    After,    // the restarted server under the same load
    PhaseCount,
};

const char *phaseName(int phase)
{
    static const char *names[] = {"sign-in ramp", "load", "recovery", "after restart"};
    return names[phase];
}

struct Boundaries
{
    qint64 loadStartMs = 0;
    qint64 killMs = 0;
    qint64 recoveredMs = 0;

    int phaseOf(qint64 atMs) const
    {
        if (atMs < loadStartMs)
            return Ramp;
        if (atMs < killMs)
            return Load;
        return atMs < recoveredMs ? Recovery : After;
    }
};

QList<qint64> inPhase(const QList<TimedSample> &samples, const Boundaries &boundaries, int phase)
{
    QList<qint64> values;
    for (const TimedSample &sample : samples) {
        if (boundaries.phaseOf(sample.atMs) == phase)
            values.append(sample.latencyMs);
    }
    return values;
}

QString figures(const Percentiles &p, const char *unit = "ms")
{
    if (p.count == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 / %2 / %3 %4 (n=%5)")
                              .arg(p.p50, 0, 'f', 0)
                              .arg(p.p99, 0, 'f', 0)
                              .arg(p.max, 0, 'f', 0)
                              .arg(QLatin1String(unit))
                              .arg(p.count);
}

// Time the main thread waited for a CPU between two samples, as a share of the wall time.
double waitPercent(const std::optional<ProcessSample> &from, const std::optional<ProcessSample> &to,
                   qint64 wallMs)
{
    if (!from || !to || wallMs <= 0)
        return 0;
    return 100.0 * (to->runQueueSeconds - from->runQueueSeconds) / (double(wallMs) / 1000.0);
}

// CPU used between two samples as a share of one core.
double corePercent(const std::optional<ProcessSample> &from, const std::optional<ProcessSample> &to,
                   qint64 wallMs)
{
    if (!from || !to || wallMs <= 0)
        return 0;
    return 100.0 * (to->cpuSeconds - from->cpuSeconds) / (double(wallMs) / 1000.0);
}

// The machine's 1-minute load average: other work on a shared machine competes for its 2 cores.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QString();
}

struct Verification
{
    int found = 0;
    QStringList missing;
    int cutFound = 0;
    QStringList openMissing; // open at the kill, not in my-contacts after: what the store says
    qint64 arrived = 0;
    qint64 arrivedIn[PhaseCount] = {}; // by created_ms
    qint64 closedWithDisposition = 0;
    QString error;
};

// After the run, with the server stopped: the database as the server left it, read-only.
Verification verify(const QString &path, const LoadRecorder &recorder, const Boundaries &boundaries,
                    qint64 sinceMs)
{
    Verification result;
    const QString name = QStringLiteral("bench_load_verify");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT agent_id, connected_ms FROM interactions WHERE id = ?"));
            const auto isTheirs = [&](qint64 interactionId, qint64 agentId) {
                query.bindValue(0, interactionId);
                return query.exec() && query.next() && query.value(0).toLongLong() == agentId
                       && query.value(1).toLongLong() > 0;
            };
            for (auto it = recorder.acceptedBeforeKill.cbegin(); it != recorder.acceptedBeforeKill.cend();
                 ++it) {
                if (isTheirs(it.key(), it.value()))
                    ++result.found;
                else
                    result.missing.append(QStringLiteral("%1 (agent %2)").arg(it.key()).arg(it.value()));
            }
            for (auto it = recorder.acceptsCutByKill.cbegin(); it != recorder.acceptsCutByKill.cend(); ++it) {
                if (isTheirs(it.key(), it.value()))
                    ++result.cutFound;
            }
            QSqlQuery row(db);
            row.prepare(QStringLiteral("SELECT state, agent_id, wrap_up_ms, closed_ms FROM interactions WHERE id = ?"));
            for (auto it = recorder.openMissingOnResume.cbegin(); it != recorder.openMissingOnResume.cend();
                 ++it) {
                row.bindValue(0, it.key());
                if (!row.exec() || !row.next()) {
                    result.openMissing.append(QStringLiteral("%1: not in the database").arg(it.key()));
                    continue;
                }
                const auto sinceKill = [&](int column) {
                    const qint64 ms = row.value(column).toLongLong();
                    return ms == 0 ? QStringLiteral("never")
                                   : QStringLiteral("%1 ms").arg(ms - recorder.killMs);
                };
                result.openMissing.append(
                    QStringLiteral("%1 (agent %2): now %3 with agent %4, wrap-up %5, closed %6 "
                                                         "(from the kill)")
                                       .arg(it.key())
                                       .arg(it.value())
                                       .arg(row.value(0).toString())
                                       .arg(row.value(1).toLongLong())
                                       .arg(sinceKill(2), sinceKill(3)));
            }
            QSqlQuery counts(db);
            counts.prepare(
                QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN state = 'closed' AND disposition_code <> ''"
                                          " THEN 1 ELSE 0 END) FROM interactions WHERE created_ms >= ?"));
            counts.bindValue(0, sinceMs);
            if (counts.exec() && counts.next()) {
                result.arrived = counts.value(0).toLongLong();
                result.closedWithDisposition = counts.value(1).toLongLong();
            }
            QSqlQuery arrivals(db);
            arrivals.prepare(QStringLiteral("SELECT created_ms FROM interactions WHERE created_ms >= ?"));
            arrivals.bindValue(0, sinceMs);
            if (arrivals.exec()) {
                while (arrivals.next())
                    ++result.arrivedIn[boundaries.phaseOf(arrivals.value(0).toLongLong())];
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

// What the supervisors' thread measured, into the one recorder the summary reads.
static void mergeSupervisors(LoadRecorder &into, const LoadRecorder &from)
{
    into.supervisorSignInMs += from.supervisorSignInMs;
    into.wallboardFanOut += from.wallboardFanOut;
    into.snapshotRoundTrip += from.snapshotRoundTrip;
    into.snapshotBytesMax = std::max(into.snapshotBytesMax, from.snapshotBytesMax);
    into.wholeSnapshots += from.wholeSnapshots;
    into.changesBytes += from.changesBytes;
    into.restoreMs += from.restoreMs;
    into.wallboardNotices += from.wallboardNotices;
    into.snapshots += from.snapshots;
    into.sessionsEnded += from.sessionsEnded;
    for (auto it = from.errors.cbegin(); it != from.errors.cend(); ++it)
        into.errors[it.key()] += it.value();
    for (auto it = from.connectionsLost.cbegin(); it != from.connectionsLost.cend(); ++it)
        into.connectionsLost[it.key()] += it.value();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream progress(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Server load over loopback, with a kill -9 and restart."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(
        QStringLiteral("agents"), QStringLiteral("Agent desktops (default 2000)."),
                                                 QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption supervisorsOption(
        QStringLiteral("supervisors"), QStringLiteral("Wallboard supervisors (default 20)."),
                                                      QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption simulateOption(
        QStringLiteral("simulate"), QStringLiteral("Simulated contacts an hour (default 20000)."),
                                                   QStringLiteral("PER_HOUR"), QStringLiteral("20000"));
    const QCommandLineOption inFlightOption(
        QStringLiteral("in-flight"), QStringLiteral("Sign-ins in flight at once (default 8)."),
                                                    QStringLiteral("K"), QStringLiteral("8"));
    const QCommandLineOption signInsOption(QStringLiteral("sign-ins"),
        QStringLiteral("Agent desktops that sign in with a password; the rest resume a saved session (default 500)."),
            QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption loadOption(
        QStringLiteral("load-seconds"), QStringLiteral("Load before the kill, after sign-in (default 120)."),
                                                       QStringLiteral("L"), QStringLiteral("120"));
    const QCommandLineOption afterOption(
        QStringLiteral("after-seconds"), QStringLiteral("Load after the desktops are back (default 60)."),
                                                        QStringLiteral("A"), QStringLiteral("60"));
    const QCommandLineOption noSnapshotsOption(QStringLiteral("no-snapshots"),
        QStringLiteral("Supervisors only listen to the notices and never ask for the wallboard."));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("The contactdesk-server to run."),
                                  QStringLiteral("PATH"), QStringLiteral(CONTACTDESK_SERVER_PATH));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the temporary directory (database, server logs)."));
    parser.addOptions({agentsOption, supervisorsOption, simulateOption, inFlightOption, signInsOption,
                       loadOption, afterOption, noSnapshotsOption, serverOption, keepOption});
    parser.process(app);

    Config config;
    config.agents = std::clamp(parser.value(agentsOption).toInt(), DemoDataOptions::MinAgents,
                               DemoDataOptions::MaxAgents);
    config.supervisors = std::clamp(parser.value(supervisorsOption).toInt(), 0, 200);
    config.perHour = std::max(1, parser.value(simulateOption).toInt());
    config.inFlight = std::clamp(parser.value(inFlightOption).toInt(), 1, 10'000);
    config.signIns = std::clamp(parser.value(signInsOption).toInt(), 0, config.agents);
    config.loadSeconds = std::clamp(parser.value(loadOption).toInt(), 5, 600);
    config.afterSeconds = std::clamp(parser.value(afterOption).toInt(), 5, 600);
    config.snapshots = !parser.isSet(noSnapshotsOption);
    config.keep = parser.isSet(keepOption);
    config.server = parser.value(serverOption);

    raiseFileLimit(progress);
    QTemporaryDir directory;
    directory.setAutoRemove(!config.keep);
    if (!directory.isValid()) {
        progress << "bench_load: no temporary directory: " << directory.errorString() << Qt::endl;
        return 1;
    }
    const QString databasePath = directory.filePath(QStringLiteral("load.sqlite"));
    QList<Account> agents;
    QStringList supervisorLogins;
    double hashMs = 0;
    QElapsedTimer preparing;
    preparing.start();
    if (auto error = prepareDatabase(databasePath, config, agents, supervisorLogins, hashMs, progress)) {
        progress << "bench_load: preparing the database: " << error->message << Qt::endl;
        return 1;
    }
    progress << "database ready in " << preparing.elapsed() / 1000.0 << " s: " << agents.size()
             << " agent and " << supervisorLogins.size() << " supervisor accounts; one Argon2id hash took "
             << hashMs << " ms" << Qt::endl;

    // --- the server -------------------------------------------------------------------------
    ServerProcess server(config.server, directory.path());
    const QStringList common{QStringLiteral("--db"), databasePath,
                                            QStringLiteral("--simulate"), QString::number(config.perHour)};
    QString error;
    const qint64 serverStartMs = wallNowMs();
    const auto port = server.start(
        common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, 60'000, error);
    if (!port) {
        progress << "bench_load: " << error << Qt::endl;
        return 1;
    }
    const qint64 firstListenMs = wallNowMs() - serverStartMs;
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(*port));
    progress << "server " << server.pid() << " listening on " << url.toString() << " after " << firstListenMs
             << " ms" << Qt::endl;

    LoadRecorder recorder;
    QTimer lagProbe;
    lagProbe.setTimerType(Qt::PreciseTimer);
    lagProbe.setInterval(20);
    QElapsedTimer sinceProbe;
    sinceProbe.start();
    QObject::connect(&lagProbe, &QTimer::timeout, [&] {
        recorder.clientLoopLag.append(
            TimedSample{wallNowMs(), std::max<qint64>(0, sinceProbe.restart() - 20)});
    });
    lagProbe.start();

    // --- the desktops sign in, a few at a time --------------------------------------------
    QObject holder;
    // The supervisors' wallboards on a thread of their own, with their own recorder: in a centre
    // they are other machines, and parsing twenty 700 KiB snapshots a second on the agents' event
    // loop would delay the agents' offers in this process, not in the server. Merged at the end.
    QThread supervisorThread;
    supervisorThread.setObjectName(QStringLiteral("supervisors"));
    supervisorThread.start();
    LoadRecorder supervisorRecorder;
    // Runs `work` on the supervisors' thread and waits for it.
    const auto onSupervisorThread = [&](const std::function<void()> &work) {
        QObject context;
        context.moveToThread(&supervisorThread);
        QMetaObject::invokeMethod(&context, work, Qt::BlockingQueuedConnection);
    };
    std::vector<SupervisorClient *> supervisors;
    std::vector<AgentClient *> agentClients;
    std::vector<std::function<void(std::function<void(bool)>)>> starters;
    // Agents first, supervisors last: the sign-in figures are then the server's hashing alone,
    // not hashing in competition with twenty wallboards asking for snapshots.
    for (qsizetype i = 0; i < agents.size(); ++i) {
        auto *client =
            new AgentClient(url, agents.at(i).login, agents.at(i).agentId, QString::fromLatin1(Password),
                            recorder, config.times, quint32(1000 + i), &holder);
        agentClients.push_back(client);
        starters.push_back([client, token = agents.at(i).savedToken](std::function<void(bool)> done) {
            client->start(std::move(done), token);
        });
    }
    for (const QString &login : std::as_const(supervisorLogins)) {
        auto *client = new SupervisorClient(url, login, QString::fromLatin1(Password), supervisorRecorder,
                                            config.snapshots);
        client->moveToThread(&supervisorThread);
        supervisors.push_back(client);
        starters.push_back([client, &holder](std::function<void(bool)> done) {
            QMetaObject::invokeMethod(client, [client, &holder, done = std::move(done)] {
                client->start([&holder, done](bool ok) {
                    QMetaObject::invokeMethod(&holder, [done, ok] { done(ok); });
                });
            });
        });
    }
    const int total = int(starters.size());
    int next = 0;
    int inFlight = 0;
    int signedIn = 0;
    int signInFailed = 0;
    std::function<void()> pump = [&] {
        while (inFlight < config.inFlight && next < total) {
            ++inFlight;
            starters.at(size_t(next++))([&](bool ok) {
                --inFlight;
                ++(ok ? signedIn : signInFailed);
                QTimer::singleShot(0, &holder, pump);
            });
        }
    };
    const auto cpuAtSignIn = sampleProcess(server.pid());
    const auto selfAtSignIn = sampleSelf();
    const qint64 signInStartMs = wallNowMs();
    pump();
    QElapsedTimer shown;
    shown.start();
    runUntil(
        [&] {
            if (shown.elapsed() > 10'000) {
                progress << "  signed in " << signedIn << " of " << total << Qt::endl;
                shown.restart();
            }
            return signedIn + signInFailed == total;
        },
        900'000);
    const qint64 signInWallMs = wallNowMs() - signInStartMs;
    const auto cpuAfterSignIn = sampleProcess(server.pid());
    const auto selfAfterSignIn = sampleSelf();
    progress << "signed in " << signedIn << " of " << total << " in " << signInWallMs / 1000.0 << " s ("
             << signInFailed << " failed)" << Qt::endl;

    // --- load, then kill -9 -----------------------------------------------------------------
    Boundaries boundaries;
    boundaries.loadStartMs = wallNowMs();
    const QString loadAverageAtLoad = loadAverage();
    progress << "load for " << config.loadSeconds << " s" << Qt::endl;
    runUntil([] { return false; }, qint64(config.loadSeconds) * 1000);
    const qint64 loadWallMs = wallNowMs() - boundaries.loadStartMs;
    const auto cpuBeforeKill = sampleProcess(server.pid());
    const auto selfBeforeKill = sampleSelf();

    for (AgentClient *client : agentClients)
        client->noteKill();
    const qint64 overflowsBeforeKill = listenOverflows();
    recorder.generation = 1;
    recorder.killMs = boundaries.killMs = wallNowMs();
    onSupervisorThread([&] {
        supervisorRecorder.generation = recorder.generation;
        supervisorRecorder.killMs = recorder.killMs;
    });
    progress << "kill -9 " << server.pid() << " with " << recorder.openAtKill << " accepted contacts open"
             << Qt::endl;
    server.kill9();
    const auto port2 = server.start(
        common
        + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(*port)}, 60'000, error);
    if (!port2) {
        progress << "bench_load: the restart failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 restartListenMs = wallNowMs() - recorder.killMs;
    const auto cpuAtRestart = sampleProcess(server.pid());
    const auto selfAtRestart = sampleSelf();
    progress << "server " << server.pid() << " listening again after " << restartListenMs << " ms"
             << Qt::endl;

    const auto restoredCount = [&] {
        int agentsBack = 0;
        for (const AgentClient *client : agentClients)
            agentsBack += client->isRestored() ? 1 : 0;
        int supervisorsBack = 0;
        for (const SupervisorClient *client : supervisors)
            supervisorsBack += client->isRestored() ? 1 : 0;
        return std::pair{agentsBack, supervisorsBack};
    };
    const int expectedBack = signedIn;
    runUntil(
        [&] {
            const auto [agentsBack, supervisorsBack] = restoredCount();
            return agentsBack + supervisorsBack >= expectedBack;
        },
        qint64(config.recoverySeconds) * 1000);
    boundaries.recoveredMs = wallNowMs();
    const qint64 overflowsInRecovery = listenOverflows() - overflowsBeforeKill;
    const auto [agentsBack, supervisorsBack] = restoredCount();
    progress << "back: " << agentsBack << " agents and " << supervisorsBack << " supervisors after "
             << (boundaries.recoveredMs - recorder.killMs) / 1000.0 << " s; load for " << config.afterSeconds
             << " s more" << Qt::endl;
    const auto cpuAfterRecovery = sampleProcess(server.pid());
    const auto selfAfterRecovery = sampleSelf();
    runUntil([] { return false; }, qint64(config.afterSeconds) * 1000);
    const qint64 endMs = wallNowMs();
    const QString loadAverageAtEnd = loadAverage();
    const auto cpuAtEnd = sampleProcess(server.pid());
    const auto selfAtEnd = sampleSelf();

    recorder.stopping = true;
    for (AgentClient *client : agentClients)
        client->close();
    onSupervisorThread([&] {
        supervisorRecorder.stopping = true;
        for (SupervisorClient *client : supervisors)
            client->close();
    });
    runUntil([] { return false; }, 500);
    onSupervisorThread([&] {
        for (SupervisorClient *client : supervisors)
            delete client;
    });
    const size_t supervisorCount = supervisors.size();
    supervisors.clear();
    supervisorThread.quit();
    supervisorThread.wait();
    mergeSupervisors(recorder, supervisorRecorder);
    server.stop();
    // Answers of the first instance still in the sockets at the kill are read after it: count
    // every acknowledged accept, whenever it was read.
    const int acceptedBeforeKill = int(recorder.acceptedBeforeKill.size());
    const Verification verification = verify(databasePath, recorder, boundaries, serverStartMs);
    const QStringList serverWarnings = server.errorLines();

    // --- the summary ------------------------------------------------------------------------
    const Percentiles signIn = percentiles(recorder.signInMs);
    const Percentiles connect = percentiles(recorder.connectMs);
    out << "\nServer load: " << config.agents << " agent desktops (RemoteBackend) and " << config.supervisors
        << " supervisors (wallboard" << (config.snapshots ? ", snapshots" : ", notices only") << "), "
        << config.perHour << " simulated contacts an hour, SQLite, loopback\n\n";
    out << "| figure | value |\n| --- | --- |\n";
    out << "| one Argon2id hash (median of 5, in this process) | " << QString::number(hashMs, 'f', 1)
        << " ms |\n";
    const double signInSeconds = double(recorder.lastSignInAtMs - signInStartMs) / 1000.0;
    out << "| agents' password sign-ins, " << config.inFlight << " in flight | " << signIn.count << " in "
        << QString::number(signInSeconds, 'f', 1)
        << " s = " << QString::number(signInSeconds > 0 ? double(signIn.count) / signInSeconds : 0, 'f', 1)
        << " /s |\n";
    out << "| agent sign-in time p50 / p99 / max | " << figures(signIn) << " |\n";
    out << "| supervisor sign-in time (after the agents) | "
        << figures(percentiles(recorder.supervisorSignInMs)) << " |\n";
    out << "| all desktops open | " << signedIn << " of " << total << " in "
        << QString::number(signInWallMs / 1000.0, 'f', 1) << " s |\n";
    out << "| connect + hello p50 / p99 / max | " << figures(connect) << " |\n";
    out << "| desktops opened with a saved session: connect + resume p50 / p99 / max | "
        << figures(percentiles(recorder.resumeMs)) << " |\n";
    for (int phase = 0; phase < PhaseCount; ++phase) {
        out << "| offer latency, " << phaseName(phase) << " p50 / p99 / max | "
            << figures(percentiles(inPhase(recorder.offerLatency, boundaries, phase))) << " |\n";
    }
    for (int phase = 0; phase < PhaseCount; ++phase) {
        out << "| accept round trip, " << phaseName(phase) << " | "
            << figures(percentiles(inPhase(recorder.acceptRoundTrip, boundaries, phase))) << " |\n";
    }
    for (int phase = 0; phase < PhaseCount; ++phase) {
        out << "| wallboard fan-out, " << phaseName(phase) << " | "
            << figures(percentiles(inPhase(recorder.wallboardFanOut, boundaries, phase))) << " |\n";
    }
    if (config.snapshots) {
        for (int phase = Load; phase < PhaseCount; phase += 2) {
            out << "| wallboard snapshot round trip, " << phaseName(phase) << " | "
                << figures(percentiles(inPhase(recorder.snapshotRoundTrip, boundaries, phase))) << " |\n";
        }
        out << "| wallboard answers: whole / changes since the last | " << recorder.wholeSnapshots
            << " (largest " << recorder.snapshotBytesMax / 1024 << " KiB) / " << recorder.changesBytes.size()
            << " |\n";
        if (!recorder.changesBytes.isEmpty()) {
            QList<qint64> sizes = recorder.changesBytes;
            std::sort(sizes.begin(), sizes.end());
            const auto at = [&](double share) {
                return sizes.at(qsizetype(share * double(sizes.size() - 1)));
            };
            const auto kib = [](qint64 bytes) { return QString::number(double(bytes) / 1024.0, 'f', 1); };
            out << "| wallboard changes size p50 / p99 / max | " << kib(at(0.5)) << " / " << kib(at(0.99))
                << " / " << kib(sizes.last()) << " KiB |\n";
        }
    }
    const qint64 recoveryWallMs = boundaries.recoveredMs - recorder.killMs - restartListenMs;
    for (int phase = Load; phase < PhaseCount; phase += 2) {
        out << "| this process's event loop late (20 ms timer), " << phaseName(phase) << " | "
            << figures(percentiles(inPhase(recorder.clientLoopLag, boundaries, phase))) << " |\n";
    }
    out << "| server CPU: sign-in / load / recovery / after restart | "
        << QString::number(corePercent(cpuAtSignIn, cpuAfterSignIn, signInWallMs), 'f', 0) << " / "
        << QString::number(corePercent(cpuAfterSignIn, cpuBeforeKill, loadWallMs), 'f', 0) << " / "
        << QString::number(corePercent(cpuAtRestart, cpuAfterRecovery, recoveryWallMs), 'f', 0) << " / "
        << QString::number(corePercent(cpuAfterRecovery, cpuAtEnd, endMs - boundaries.recoveredMs), 'f', 0)
        << " % of one core |\n";
    out << "| server's thread runnable but waiting for a CPU: sign-in / load / recovery / after | "
        << QString::number(waitPercent(cpuAtSignIn, cpuAfterSignIn, signInWallMs), 'f', 0) << " / "
        << QString::number(waitPercent(cpuAfterSignIn, cpuBeforeKill, loadWallMs), 'f', 0) << " / "
        << QString::number(waitPercent(cpuAtRestart, cpuAfterRecovery, recoveryWallMs), 'f', 0) << " / "
        << QString::number(waitPercent(cpuAfterRecovery, cpuAtEnd, endMs - boundaries.recoveredMs), 'f', 0)
        << " % of the time |\n";
    out << "| this process (all clients) CPU: sign-in / load / recovery / after | "
        << QString::number(corePercent(selfAtSignIn, selfAfterSignIn, signInWallMs), 'f', 0) << " / "
        << QString::number(corePercent(selfAfterSignIn, selfBeforeKill, loadWallMs), 'f', 0) << " / "
        << QString::number(corePercent(selfAtRestart, selfAfterRecovery, recoveryWallMs), 'f', 0) << " / "
        << QString::number(corePercent(selfAfterRecovery, selfAtEnd, endMs - boundaries.recoveredMs), 'f', 0)
        << " % of one core |\n";
    out << "| machine load average (1 min) at the load phase / at the end | " << loadAverageAtLoad << " / "
        << loadAverageAtEnd << " |\n";
    out << "| server RSS peak (VmHWM) before kill / after restart | "
        << (cpuBeforeKill ? cpuBeforeKill->peakRssKiB / 1024 : 0) << " / "
        << (cpuAtEnd ? cpuAtEnd->peakRssKiB / 1024 : 0) << " MiB |\n";
    out << "| server start: first / after kill -9 (kill to listening) | " << firstListenMs << " / "
        << restartListenMs << " ms |\n";
    const Percentiles restore = percentiles(recorder.restoreMs);
    out << "| connections refused by a full accept queue during the recovery (ListenOverflows) | "
        << overflowsInRecovery << " |\n";
    out << "| back after the restart | " << agentsBack << " of " << agentClients.size() << " agents, "
        << supervisorsBack << " of " << supervisorCount << " supervisors; kill to resumed p50 / p99 / max "
        << figures(restore) << " |\n";
    out << "| accepted contacts open at the kill, back in my-contacts (wrapped up before the reload) | "
        << recorder.openAtKill << ", " << recorder.openBackOnResume << " ("
        << recorder.openFinishedBeforeReload << ") |\n";
    out << "| accepted before kill, found after restart | " << acceptedBeforeKill << ", "
        << verification.found << " |\n";
    out << "| accepts cut by the kill (answer lost), committed anyway | " << recorder.acceptsCutByKill.size()
        << ", " << verification.cutFound << " |\n";
    out << "| offers / accepted / ended / wrapped up | " << recorder.offers << " / " << recorder.accepted
        << " / " << recorder.ended << " / " << recorder.wrappedUp << " |\n";
    out << "| contacts that arrived during the run / closed with a disposition | " << verification.arrived
        << " / " << verification.closedWithDisposition << " |\n";
    const double phaseSeconds[PhaseCount] = {double(boundaries.loadStartMs - serverStartMs) / 1000.0,
                                             double(boundaries.killMs - boundaries.loadStartMs) / 1000.0,
                                             double(boundaries.recoveredMs - boundaries.killMs) / 1000.0,
                                             double(endMs - boundaries.recoveredMs) / 1000.0};
    QStringList rates;
    for (int phase = 0; phase < PhaseCount; ++phase) {
        rates.append(QStringLiteral("%1 %2 (%3/h)")
                                        .arg(QLatin1String(phaseName(phase)))
                                        .arg(verification.arrivedIn[phase])
                                        .arg(phaseSeconds[phase] > 0 ? double(verification.arrivedIn[phase])
                                                                           * 3600.0 / phaseSeconds[phase]
                                                                     : 0,
                                             0, 'f', 0));
    }
    out << "| simulated arrivals by phase (asked " << config.perHour << "/h) | " << rates.join(u", ")
        << " |\n";
    out << "| wallboard notices / snapshots | " << recorder.wallboardNotices << " / " << recorder.snapshots
        << " |\n";
    QStringList withdrawn;
    for (auto it = recorder.withdrawn.cbegin(); it != recorder.withdrawn.cend(); ++it)
        withdrawn.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out << "| offers withdrawn | "
        << (withdrawn.isEmpty() ? QStringLiteral("none") : withdrawn.join(u", ")) << " |\n";
    QStringList errors;
    for (auto it = recorder.errors.cbegin(); it != recorder.errors.cend(); ++it)
        errors.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
    out << "| failed requests | "
        << (errors.isEmpty() ? QStringLiteral("none") : errors.join(u", ")) << " |\n";
    QStringList lost;
    for (auto it = recorder.connectionsLost.cbegin(); it != recorder.connectionsLost.cend(); ++it)
        lost.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
    out << "| connections lost and reconnects failed, by reason | "
        << (lost.isEmpty() ? QStringLiteral("none") : lost.join(u", ")) << " |\n";
    out << "| sessions the server ended | " << recorder.sessionsEnded << " |\n";
    out << "| server log lines on stderr | " << serverWarnings.size() << " |\n";

    const Percentiles loadOffers = percentiles(inPhase(recorder.offerLatency, boundaries, Load));
    const Percentiles afterOffers = percentiles(inPhase(recorder.offerLatency, boundaries, After));
    const qint64 peakMiB =
        std::max(cpuBeforeKill ? cpuBeforeKill->peakRssKiB : 0, cpuAtEnd ? cpuAtEnd->peakRssKiB : 0) / 1024;
    out << "\naim offer p99 < 50 ms under load: "
        << (loadOffers.count && loadOffers.p99 < 50 ? "met" : "MISSED") << " (" << loadOffers.p99
        << " ms); after the restart: " << (afterOffers.count && afterOffers.p99 < 50 ? "met" : "MISSED")
        << " (" << afterOffers.p99 << " ms)\n";
    out << "aim server RSS < 500 MB: " << (peakMiB * 1.048576 < 500 ? "met" : "MISSED") << " (peak "
        << peakMiB << " MiB)\n";
    const bool allFound = verification.error.isEmpty() && verification.found == acceptedBeforeKill;
    out << "accepted before kill: " << acceptedBeforeKill << ", found after restart: " << verification.found
        << (allFound ? "" : "  <- LOST") << "\n";
    if (!verification.error.isEmpty())
        out << "could not read the database: " << verification.error << "\n";
    for (const QString &missing : verification.missing.mid(0, 10))
        out << "  not the agent's after the restart: interaction " << missing << "\n";
    for (const QString &missing : verification.openMissing.mid(0, 10))
        out << "  open at the kill, not in my-contacts after the resume: " << missing << "\n";
    for (const QString &line : serverWarnings.mid(0, 10))
        out << "  server: " << line << "\n";
    if (config.keep)
        out << "kept " << directory.path() << "\n";
    out.flush();
    return allFound && signInFailed == 0 ? 0 : 1;
}
