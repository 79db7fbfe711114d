#pragma once

#include "backend/agentdesk.h"
#include "backend/wallboard.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

class QTimer;
class QWebSocket;

namespace ContactDesk {
class RemoteBackend;
}

namespace ContactDesk::Bench {

// A latency and the server's time of the event it is about (offeredMs, sentAtMs): the phase of
// the run a sample belongs to is decided from that time once the run's boundaries are known.
struct TimedSample
{
    qint64 atMs = 0;
    qint64 latencyMs = 0;
};

// Everything the load clients measure and count, shared by all of them (one thread).
struct LoadRecorder
{
    // The server instance requests go to: 0 before the kill, 1 after. A request sent to the
    // first instance and answered with a result was acknowledged by it.
    int generation = 0;
    qint64 killMs = 0;
    bool stopping = false; // the run is over: clients stop acting on what they hear

    QList<qint64> connectMs;   // open() to the handshake answered
    QList<qint64> signInMs;    // sign-in sent to its answer (the server hashes the password)
    qint64 lastSignInAtMs = 0; // the last agent's sign-in answered, for the throughput
    QList<qint64> supervisorSignInMs;
    QList<qint64> resumeMs;               // open() with a saved token to the session resumed
    QList<TimedSample> offerLatency;      // offeredMs to contactChanged(offered) in the client
    QList<TimedSample> acceptRoundTrip;   // accept-offer sent to its answer
    QList<TimedSample> wallboardFanOut;   // sentAtMs to the wallboard-changed event in the client
    QList<TimedSample> snapshotRoundTrip; // wallboard request to its answer, applied
    qint64 snapshotBytesMax = 0;          // the largest whole wallboard (a result frame, UTF-8)
    int wholeSnapshots = 0;               // answers that were the whole wallboard
    QList<qint64> changesBytes;           // the other answers: the rows changed since the last
    QList<qint64> restoreMs;              // the kill to the session resumed, per client
    // How late a 20 ms timer fires in this process: every client shares its one event loop, so
    // this is the part of a measured latency that is the measuring process's own.
    QList<TimedSample> clientLoopLag;

    QHash<qint64, qint64> acceptedBeforeKill; // interaction -> agent, acknowledged by instance 1
    QHash<qint64, qint64> acceptsCutByKill;   // sent to instance 1, answer lost with the connection
    int openAtKill = 0;       // accepted contacts (connected or wrap-up) the agents had at the kill
    int openBackOnResume = 0; // of those, in the agent's my-contacts after the resume
    // Wrapped up by the agent on the new server before the desk reloaded (its timer fired while
    // the resume was under way): rightly not in my-contacts any more.
    int openFinishedBeforeReload = 0;
    QHash<qint64, qint64> openMissingOnResume; // the others: interaction -> agent
    int offersOnResume = 0;                    // offered contacts found in my-contacts after the resume

    int offers = 0;
    int accepted = 0;
    int ended = 0;
    int wrappedUp = 0;
    int wallboardNotices = 0;
    int snapshots = 0;
    int sessionsEnded = 0;
    QMap<QString, int> withdrawn;       // offer-withdrawn by reason
    QMap<QString, int> errors;          // "request: code"
    QMap<QString, int> connectionsLost; // by the reason the client saw

    void failed(const QString &request, const QString &code)
    {
        ++errors[request + QStringLiteral(": ") + code];
    }
};

struct HandleTimes
{
    int handleMinMs = 3000; // connected to end-contact
    int handleMaxMs = 10'000;
    int wrapUpMinMs = 1000; // wrap-up to finish-wrap-up
    int wrapUpMaxMs = 3000;
};

qint64 wallNowMs();

// One agent's desktop: the real RemoteBackend (one QWebSocket, its own reconnection and session
// resume) and an agent who goes Ready, accepts every offer, ends the contact after a short
// handle time and finishes wrap-up with a disposition from the server's options. After the
// connection comes back it reloads its desk from my-contacts, as the desktop does.
class AgentClient final : public QObject
{
public:
    AgentClient(const QUrl &url, QString login, qint64 agentId, QString password, LoadRecorder &recorder,
                HandleTimes times, quint32 seed, QObject *parent = nullptr);
    ~AgentClient() override;

    // Connects and signs in with the password, or with a token resumes a session saved earlier
    // (as the desktop does with the one in its keychain); `done` tells whether the session is there.
    void start(std::function<void(bool)> done, const QString &savedToken = QString());
    bool isSignedIn() const { return m_signedIn; }
    // Resumed on the restarted server (after noteKill).
    bool isRestored() const { return m_restored; }
    // The server is being killed: remember which accepted contacts are open, to look for them
    // in my-contacts after the resume.
    void noteKill();
    void close();

private:
    // What this agent has done about a contact in a given state, so that a repeated notice of
    // the same state (an event and then my-contacts after a reconnect) acts once.
    struct Plan
    {
        InteractionState state = InteractionState::Created;
        quint64 generation = 0; // a timer acts only for the plan it was set for
        bool inFlight = false;  // its request is out and not answered yet
    };

    void signedIn();
    void onContact(const ContactSummary &contact, bool fromEvent);
    void onState(const AgentStatus &status);
    void onRestored();
    void accept(const ContactSummary &contact);
    void endLater(qint64 interactionId);
    void wrapUpLater(qint64 interactionId);
    // A request that did not get through (the line dropped): forget the plan, so that the
    // contact is acted on again when it shows up in my-contacts after the resume.
    void replan(qint64 interactionId, const QString &request, const QString &code);
    bool planIs(qint64 interactionId, InteractionState state, quint64 generation) const;
    void goReadySoon(int delayMs);
    int between(int minimum, int maximum);

    RemoteBackend *m_backend = nullptr;
    QString m_login;
    qint64 m_agentId = 0;
    QString m_password;
    LoadRecorder &m_recorder;
    HandleTimes m_times;
    QRandomGenerator m_random;
    QStringList m_dispositions;
    QHash<qint64, Plan> m_plans;
    QSet<qint64> m_seenOffers;
    QSet<qint64> m_openAtKill;
    quint64 m_nextGeneration = 0;
    AgentState m_state = AgentState::LoggedOut;
    bool m_readyPending = false;
    bool m_signedIn = false;
    bool m_restored = false;
};

// A supervisor's desktop watching the wallboard, on a plain QWebSocket speaking protocol v1:
// RemoteBackend turns "wallboard-changed" into a signal without its payload, and the fan-out is
// measured from the payload's sentAtMs. Like the desktop's WallboardView it asks for the snapshot
// 100 ms after a notice and at least once a second, one request at a time (unless snapshots are
// off), naming the revision it has and applying the changes as RemoteBackend does, and it
// reconnects and resumes its session the way RemoteBackend does.
class SupervisorClient final : public QObject
{
public:
    SupervisorClient(const QUrl &url, QString login, QString password, LoadRecorder &recorder,
                     bool fetchSnapshots, QObject *parent = nullptr);
    ~SupervisorClient() override;

    void start(std::function<void(bool)> done);
    bool isSignedIn() const { return !m_token.isEmpty() && m_subscribed; }
    // Read from another thread when the supervisors have their own (bench_load does).
    bool isRestored() const { return m_restored.load(); }
    void close();

private:
    using Answer = std::function<void(const QJsonObject *result, const QString &errorCode)>;

    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onFrame(const QString &text);
    void request(const QString &type, const QJsonObject &payload, Answer answer);
    void subscribe();
    void requestSnapshot();
    void answer(qint64 id, const QJsonObject *result, const QString &errorCode);

    QUrl m_url;
    QString m_login;
    QString m_password;
    LoadRecorder &m_recorder;
    bool m_fetchSnapshots = true;
    QWebSocket *m_socket = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_coalesce = nullptr;
    QTimer *m_tick = nullptr;
    std::function<void(bool)> m_done;
    QHash<qint64, Answer> m_pending;
    qint64 m_lastId = 0;
    int m_attempt = 0;
    QString m_token;
    bool m_wanted = false;
    bool m_subscribed = false;
    std::atomic<bool> m_restored = false;
    bool m_snapshotInFlight = false;
    bool m_snapshotAgain = false;
    qint64 m_lastResultBytes = 0; // of the result frame being answered
    // The wallboard as the desktop keeps it (RemoteBackend): the last one and its revision.
    WallboardSnapshot m_wallboard;
    QString m_revision;
};

} // namespace ContactDesk::Bench
