#pragma once

#include "deskdispatcher.h"
#include "domain/domainerror.h"
#include "protocol.h"
#include "security/authenticator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace ContactDesk {

class CentreHost;
class EmbeddedBackend;
class EmbeddedCoachingBackend;
class ContactRecorder;

struct ProtocolServerOptions
{
    qsizetype maxFrameBytes = Protocol::DefaultMaxFrameBytes;
    // A token bucket per connection: this many requests a second on average, bursts up to
    // `rateBurst`. Requests over it get "rate-limited" and are not carried out.
    int requestsPerSecond = 50;
    int rateBurst = 100;
    // Protocol errors (bad frames, unknown types, wrong fields) a connection may make before the
    // server closes it (1008, policy violation). Errors of a well-formed request do not count.
    int maxProtocolErrors = 16;
    // Browsers send an Origin header; a connection with one is accepted only from these origins
    // ("https://desk.example.com"). Clients that send none (the desktop, gateways) are not affected.
    QStringList allowedOrigins;
    // The server pings every interval; a client silent for three intervals is dropped.
    int heartbeatSeconds = 15;
    // An agent whose last connection dropped keeps their state and contacts this long (on the
    // centre's clock) to reconnect and resume; after it they are logged out (Not Ready
    // "disconnected" while contacts are still open) and an offer goes back to its queue.
    int reconnectGraceSeconds = 60;
    // Wallboard subscribers hear "wallboard-changed" at most this often: a burst of routing
    // events is one notice, and the client asks for the figures once. Twice a second is live for a
    // wallboard and halves what 2,000 agents' traffic costs in snapshots (tests/bench/bench_load).
    int wallboardNoticeMs = 500;
};

// Protocol v1 over WebSocket (docs/PROTOCOL.md): the handshake, sign-in with a session token,
// and then everything a desktop asks of the centre (DeskDispatcher), with the session checked
// and the permission matrix applied on every request. Each signed-in connection has its own
// desk — an EmbeddedBackend on the shared CentreHost — so the server and the desktop's embedded
// mode answer alike. Runs on the thread of the centre it serves.
class ProtocolServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolServer)

public:
    ProtocolServer(CentreHost &host, Authenticator &authenticator, ProtocolServerOptions options = {},
                   QObject *parent = nullptr);
    ~ProtocolServer() override;

    // `tls` empty: plain ws://. The caller decides whether that is allowed (contactdesk-server
    // refuses a non-loopback address without TLS unless --insecure).
    std::optional<DomainError> listen(const QHostAddress &address, quint16 port,
                                      const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    quint16 port() const;
    QString url() const; // ws://127.0.0.1:PORT or wss://...
    int connectionCount() const { return int(m_clients.size()); }
    // Agents gone and not yet back, within their grace period.
    QList<qint64> agentsInGrace() const { return m_graceTimers.keys(); }

    // Wall-clock milliseconds for session expiry; tests replace it.
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }

    // Sign-ins verified or waiting to be verified at once; more are refused with rate-limited.
    static constexpr int MaxPendingSignIns = 64;

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        bool greeted = false;
        std::optional<Session> session;
        std::unique_ptr<EmbeddedBackend> desk;             // while signed in
        std::unique_ptr<EmbeddedCoachingBackend> coaching; // as the signed-in account
        DeskClient deskClient;
        double tokens = 0;
        QElapsedTimer refill;
        int protocolErrors = 0;
        QElapsedTimer heardFrom;
        bool signingIn = false; // a password being verified on m_verifiers
    };
    using Handler = std::function<void(Client &, const Protocol::Request &)>;

    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &frame);
    void onBinaryMessage(QWebSocket *socket);
    void onDisconnected(QWebSocket *socket);
    void heartbeat();
    Client *find(QWebSocket *socket);

    bool takeToken(Client &client);
    void protocolError(Client &client, Protocol::Error error);
    void reply(Client &client, const QJsonValue &id, const QJsonObject &payload = {});
    void fail(Client &client, const QJsonValue &id, const DomainError &error,
              const QString &field = QString());
    void send(Client &client, const QByteArray &frame);
    void sendEvent(Client &client, const QString &event, const QJsonObject &payload);
    // Fails the request and returns false when nobody is signed in or the session ended.
    bool requireSession(Client &client, const QJsonValue &id);
    void startSession(Client &client, const QJsonValue &id, const Session &session);
    void endSession(Client &client);
    void dispatch(Client &client, const Protocol::Request &request);

    void handleHello(Client &client, const Protocol::Request &request);
    void handleSignIn(Client &client, const Protocol::Request &request);
    void handleResume(Client &client, const Protocol::Request &request);
    void handleSignOut(Client &client, const Protocol::Request &request);

    bool agentConnected(qint64 agentId) const;
    void startGrace(qint64 agentId);
    void graceOver(qint64 agentId);
    void wallboardChanged();
    void noticeWallboard();
    void connectRecorder();
    // A recording was stored: "recording-added" to everyone who may play it.
    void recordingStored(qint64 recordingId);
    // An evaluation, comment, scorecard or session changed: "coaching-changed" to everyone.
    void coachingChanged();

    CentreHost &m_host;
    QPointer<ContactRecorder> m_recorder; // whose "recorded" is connected
    Authenticator &m_authenticator;
    ProtocolServerOptions m_options;
    DeskDispatcher m_dispatcher;
    QWebSocketServer *m_server = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_wallboardNotice = nullptr;
    qint64 m_wallboardChangedMs = 0; // the first change the next notice is about
    std::unordered_map<QWebSocket *, std::unique_ptr<Client>> m_clients;
    QHash<QString, Handler> m_handlers;
    QHash<qint64, quint64> m_graceTimers; // agent id -> the centre clock's timer
    std::function<qint64()> m_now;
    // Argon2id verifications of sign-ins, off the event loop that routes and answers everyone
    // else. At most MaxPendingSignIns wait or run; more are refused with rate-limited.
    QThreadPool *m_verifiers = nullptr;
    int m_pendingSignIns = 0;
};

} // namespace ContactDesk
