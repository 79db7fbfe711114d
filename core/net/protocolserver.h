#pragma once

#include "domain/domainerror.h"
#include "protocol.h"
#include "security/authenticator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace ContactDesk {

class ContactCentre;
class WallboardBuilder;
struct AgentStatus;
struct ContactSummary;

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
};

// Protocol v1 over WebSocket (docs/PROTOCOL.md): the handshake, sign-in with a session token,
// the agent's desk (state, contacts, offers) and the wallboard for supervisors, with the
// permission matrix checked on every request. Runs on the thread of the centre it serves.
class ProtocolServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolServer)

public:
    ProtocolServer(ContactCentre &centre, Authenticator &authenticator, ProtocolServerOptions options = {},
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

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        bool greeted = false;
        std::optional<Session> session;
        QSet<qint64> contacts; // live contacts the client's agent was told of
        double tokens = 0;
        QElapsedTimer refill;
        int protocolErrors = 0;
        QElapsedTimer heardFrom;
    };
    using Handler = std::function<void(Client &, const Protocol::Request &)>;

    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &frame);
    void onBinaryMessage(QWebSocket *socket);
    void onDisconnected(QWebSocket *socket);
    void heartbeat();

    bool takeToken(Client &client);
    void protocolError(Client &client, Protocol::Error error);
    void reply(Client &client, const QJsonValue &id, const QJsonObject &payload = {});
    void fail(Client &client, const QJsonValue &id, const DomainError &error,
              const QString &field = QString());
    void send(Client &client, const QByteArray &frame);
    void sendEvent(Client &client, const QString &event, const QJsonObject &payload);
    // Fails the request and returns false when nobody is signed in, or the role may not.
    bool requireSession(Client &client, const QJsonValue &id);
    bool allowed(Client &client, const QJsonValue &id, int action, qint64 ownerAgentId = 0);
    void startSession(Client &client, const QJsonValue &id, const Session &session);

    void handleHello(Client &client, const Protocol::Request &request);
    void handleSignIn(Client &client, const Protocol::Request &request);
    void handleResume(Client &client, const Protocol::Request &request);
    void handleSignOut(Client &client, const Protocol::Request &request);
    void handleSetState(Client &client, const Protocol::Request &request);
    void handleMyContacts(Client &client, const Protocol::Request &request);
    void handleAnswerOffer(Client &client, const Protocol::Request &request, bool accept);
    void handleWallboard(Client &client, const Protocol::Request &request);

    bool agentConnected(qint64 agentId) const;
    void startGrace(qint64 agentId);
    void graceOver(qint64 agentId);

    void onAgentChanged(const AgentStatus &status);
    void onContactChanged(const ContactSummary &contact);
    void onOfferWithdrawn(qint64 interactionId, qint64 agentId, const QString &reasonCode);

    ContactCentre &m_centre;
    Authenticator &m_authenticator;
    ProtocolServerOptions m_options;
    std::unique_ptr<WallboardBuilder> m_wallboard;
    QWebSocketServer *m_server = nullptr;
    QTimer *m_heartbeat = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, Handler> m_handlers;
    QHash<qint64, quint64> m_graceTimers; // agent id -> the centre clock's timer
    std::function<qint64()> m_now;
};

} // namespace ContactDesk
