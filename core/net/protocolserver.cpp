#include "protocolserver.h"

#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "backend/embeddedcoachingbackend.h"
#include "centre/contactcentre.h"
#include "coaching/contactrecorder.h"
#include "coaching/recordingrepository.h"
#include "metrics/kpiengine.h"
#include "net/websocketframes.h"
#include "protocolcodec.h"
#include "security/permissions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

namespace ContactDesk {

namespace {

using Protocol::Fields;
using Protocol::Request;

QJsonObject sessionJson(const Session &session)
{
    return {{QLatin1String("token"), session.token},
            {QLatin1String("expiresMs"), session.expiresMs},
            {QLatin1String("user"), QJsonObject{{QLatin1String("userId"), session.userId},
                                                {QLatin1String("login"), session.login},
                                                {QLatin1String("displayName"), session.displayName},
                                                {QLatin1String("role"), roleKey(session.role)},
                                                {QLatin1String("agentId"), session.agentId}}}};
}

// The coaching view works as the account, which may take no contacts.
CoachingUser coachingUserOf(const Session &session)
{
    return CoachingUser{session.userId, session.login, session.displayName, session.role, session.agentId};
}

} // namespace

ProtocolServer::ProtocolServer(CentreHost &host, Authenticator &authenticator, ProtocolServerOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_authenticator(authenticator)
    , m_options(std::move(options))
    , m_dispatcher(host)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_handlers.insert(QStringLiteral("hello"), [this](Client &c, const Request &r) { handleHello(c, r); });
    m_handlers.insert(QStringLiteral("ping"), [this](Client &c, const Request &r) { reply(c, r.id); });
    m_handlers.insert(QStringLiteral("sign-in"), [this](Client &c, const Request &r) { handleSignIn(c, r); });
    m_handlers.insert(QStringLiteral("resume"), [this](Client &c, const Request &r) { handleResume(c, r); });
    m_handlers.insert(QStringLiteral("sign-out"),
                                     [this](Client &c, const Request &r) { handleSignOut(c, r); });
    for (const QString &type : m_dispatcher.requestTypes())
        m_handlers.insert(type, [this](Client &c, const Request &r) { dispatch(c, r); });

    m_verifiers = new QThreadPool(this);
    m_verifiers->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));

    m_wallboardNotice = new QTimer(this);
    m_wallboardNotice->setSingleShot(true);
    m_wallboardNotice->setInterval(std::max(0, m_options.wallboardNoticeMs));
    connect(m_wallboardNotice, &QTimer::timeout, this, &ProtocolServer::noticeWallboard);
    ContactCentre &centre = m_host.centre();
    connect(&centre.kpi(), &KpiEngine::changed, this, &ProtocolServer::wallboardChanged);
    connect(&centre, &ContactCentre::agentChanged, this, &ProtocolServer::wallboardChanged);
    connect(&centre, &ContactCentre::contactChanged, this, &ProtocolServer::wallboardChanged);
    connectRecorder();
}

void ProtocolServer::connectRecorder()
{
    // The host may set up its recorder after the server was made (CentreHost::setUpRecordings).
    ContactRecorder *recorder = m_host.recorder();
    if (!recorder || recorder == m_recorder)
        return;
    m_recorder = recorder;
    connect(recorder, &ContactRecorder::recorded, this,
            [this](qint64 recordingId, qint64) { recordingStored(recordingId); });
}

ProtocolServer::~ProtocolServer()
{
    // No verification may finish into a server that is gone.
    m_verifiers->clear();
    m_verifiers->waitForDone();
    close();
}

std::optional<DomainError> ProtocolServer::listen(const QHostAddress &address, quint16 port,
                                                  const std::optional<QSslConfiguration> &tls)
{
    close();
    m_server = new QWebSocketServer(QStringLiteral("contactdesk-server"), tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls)
        m_server->setSslConfiguration(*tls);
    connect(m_server, &QWebSocketServer::originAuthenticationRequired, this,
            [this](QWebSocketCorsAuthenticator *authenticator) {
                const QString origin = authenticator->origin();
                authenticator->setAllowed(origin.isEmpty() || m_options.allowedOrigins.contains(origin));
            });
    connect(m_server, &QWebSocketServer::newConnection, this, &ProtocolServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return DomainError{QStringLiteral("listen-failed"),
            QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(reason)};
    }
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(std::max(1, m_options.heartbeatSeconds) * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &ProtocolServer::heartbeat);
    m_heartbeat->start();
    return std::nullopt;
}

void ProtocolServer::close()
{
    for (quint64 timer : std::as_const(m_graceTimers))
        m_host.centre().clock().cancel(timer);
    m_graceTimers.clear();
    for (auto &[socket, client] : m_clients) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        socket->deleteLater();
    }
    m_clients.clear();
    delete m_heartbeat;
    m_heartbeat = nullptr;
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

quint16 ProtocolServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ProtocolServer::url() const
{
    return m_server ? m_server->serverUrl().toString() : QString();
}

void ProtocolServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // Qt drops what is far over the limit before it is in memory; frames just over it get a
        // typed error from onTextMessage.
        prepareWebSocket(*socket, m_options.maxFrameBytes * 4);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->tokens = m_options.rateBurst;
        client->refill.start();
        client->heardFrom.start();
        m_clients.emplace(socket, std::move(client));
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &frame) { onTextMessage(socket, frame); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket] { onBinaryMessage(socket); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (Client *client = find(socket))
                client->heardFrom.restart();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        Q_EMIT clientConnected();
    }
}

ProtocolServer::Client *ProtocolServer::find(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    return it == m_clients.end() ? nullptr : it->second.get();
}

void ProtocolServer::onDisconnected(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const qint64 agentId = it->second->session ? it->second->session->agentId : 0;
    // The desk goes without logging out: the agent's state and contacts wait for them.
    m_clients.erase(it);
    socket->deleteLater();
    if (agentId > 0 && !agentConnected(agentId))
        startGrace(agentId);
    Q_EMIT clientDisconnected();
}

bool ProtocolServer::agentConnected(qint64 agentId) const
{
    for (const auto &[socket, client] : m_clients) {
        if (client->session && client->session->agentId == agentId)
            return true;
    }
    return false;
}

void ProtocolServer::startGrace(qint64 agentId)
{
    if (m_graceTimers.contains(agentId))
        return;
    const qint64 due =
        m_host.centre().clock().nowMs() + qint64(std::max(0, m_options.reconnectGraceSeconds)) * 1000;
    m_graceTimers.insert(agentId,
                         m_host.centre().clock().schedule(due, [this, agentId] { graceOver(agentId); }));
}

void ProtocolServer::graceOver(qint64 agentId)
{
    m_graceTimers.remove(agentId);
    if (agentConnected(agentId))
        return;
    const AgentStatus status = m_host.centre().agentStatus(agentId);
    if (status.state == AgentState::LoggedOut)
        return;
    // Not Ready first: nothing new is offered and an offer goes back to its queue. Open contacts
    // keep the agent logged in (they are there on return); with none left, they are logged out.
    if (auto error =
            m_host.centre().setAgentState(agentId, AgentState::NotReady, QStringLiteral("disconnected")))
        qWarning("contactdesk-server: agent %lld gone: %s", agentId, qPrintable(error->message));
    if (m_host.centre().agentStatus(agentId).activeContacts > 0)
        return;
    if (auto error = m_host.centre().setAgentState(agentId, AgentState::LoggedOut, QString()))
        qWarning("contactdesk-server: agent %lld gone: %s", agentId, qPrintable(error->message));
    m_host.centre().setAttended(agentId, false);
}

void ProtocolServer::heartbeat()
{
    const qint64 silentLimit = qint64(std::max(1, m_options.heartbeatSeconds)) * 3000;
    QList<QWebSocket *> silent;
    for (auto &[socket, client] : m_clients) {
        if (client->heardFrom.elapsed() > silentLimit)
            silent.append(socket);
        else
            socket->ping();
    }
    // Closed after the loop: a close may disconnect at once, which erases from m_clients.
    for (QWebSocket *socket : std::as_const(silent))
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("no answer to pings"));
}

bool ProtocolServer::takeToken(Client &client)
{
    const double elapsedSeconds = double(client.refill.restart()) / 1000.0;
    client.tokens =
        std::min<double>(m_options.rateBurst, client.tokens + elapsedSeconds * m_options.requestsPerSecond);
    if (client.tokens < 1.0)
        return false;
    client.tokens -= 1.0;
    return true;
}

void ProtocolServer::onBinaryMessage(QWebSocket *socket)
{
    Client *client = find(socket);
    if (!client)
        return;
    client->heardFrom.restart();
    protocolError(*client,
                  Protocol::Error{QStringLiteral("binary-frame"),
                      QStringLiteral("Protocol v1 is JSON in text frames; binary frames are refused"),
                                     QString(), QJsonValue()});
}

void ProtocolServer::onTextMessage(QWebSocket *socket, const QString &frame)
{
    Client *found = find(socket);
    if (!found)
        return;
    Client &client = *found;
    client.heardFrom.restart();
    auto parsed = Protocol::parseRequest(frame.toUtf8(), m_options.maxFrameBytes);
    if (!takeToken(client)) {
        // Not counted as a protocol error: a busy client slows down, it is not hostile.
        Protocol::Error error{
            QString::fromLatin1(Protocol::ErrorCode::RateLimited),
            QStringLiteral("More than %1 requests a second; this one was not carried out") .arg(
                               m_options.requestsPerSecond),
                           QString(), QJsonValue()};
        if (const auto *request = std::get_if<Request>(&parsed))
            error.id = request->id;
        send(client, Protocol::errorFrame(error));
        return;
    }
    if (auto *error = std::get_if<Protocol::Error>(&parsed)) {
        protocolError(client, std::move(*error));
        return;
    }
    const Request &request = std::get<Request>(parsed);
    const auto handler = m_handlers.constFind(request.type);
    if (handler == m_handlers.cend()) {
        protocolError(client, Protocol::Error{
                                  QString::fromLatin1(Protocol::ErrorCode::UnknownType),
                                  QStringLiteral("There is no request '%1' in protocol v1").arg(request.type),
                                                 QStringLiteral("type"), request.id});
        return;
    }
    if (!client.greeted && request.type != QLatin1String("hello")) {
        protocolError(client, Protocol::Error{QString::fromLatin1(Protocol::ErrorCode::HandshakeRequired),
                                              QStringLiteral("Send hello with the protocol version first"),
                                                             QString(), request.id});
        return;
    }
    (*handler)(client, request);
}

void ProtocolServer::protocolError(Client &client, Protocol::Error error)
{
    send(client, Protocol::errorFrame(error));
    if (++client.protocolErrors >= m_options.maxProtocolErrors) {
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                             QStringLiteral("too many protocol errors"));
    }
}

void ProtocolServer::send(Client &client, const QByteArray &frame)
{
    client.socket->sendTextMessage(QString::fromUtf8(frame));
}

void ProtocolServer::reply(Client &client, const QJsonValue &id, const QJsonObject &payload)
{
    send(client, Protocol::resultFrame(id, payload));
}

void ProtocolServer::fail(Client &client, const QJsonValue &id, const DomainError &error,
                          const QString &field)
{
    send(client, Protocol::errorFrame(Protocol::Error{error.code, error.message, field, id}));
}

void ProtocolServer::sendEvent(Client &client, const QString &event, const QJsonObject &payload)
{
    send(client, Protocol::eventFrame(event, payload));
}

bool ProtocolServer::requireSession(Client &client, const QJsonValue &id)
{
    if (!client.session) {
        fail(client, id, {QStringLiteral("not-signed-in"), QStringLiteral("Sign in first")});
        return false;
    }
    // Every request sees the account as it is now: expired, revoked (a new password, a disabled
    // user) or a changed role take effect at once.
    auto current = m_authenticator.validate(client.session->token, m_now());
    if (!current) {
        endSession(client);
        fail(client, id, current.error());
        return false;
    }
    const QString token = client.session->token;
    client.session = *current;
    client.session->token = token;
    client.deskClient.principal = client.session->principal();
    if (client.coaching)
        client.coaching->setAccount(coachingUserOf(*client.session));
    return true;
}

void ProtocolServer::endSession(Client &client)
{
    client.session.reset();
    client.deskClient = DeskClient();
    client.coaching.reset();
    client.desk.reset();
}

void ProtocolServer::recordingStored(qint64 recordingId)
{
    auto recording = RecordingRepository(m_host.database()).findById(recordingId);
    if (!recording)
        return;
    const QJsonObject payload{{QLatin1String("recordingId"), recordingId}};
    for (auto &[socket, client] : m_clients) {
        if (client->session
            && !Permissions::check(client->session->principal(), Action::PlayRecording,
                                   Resource::ofAgent(recording->agentId)))
            sendEvent(*client, QStringLiteral("recording-added"), payload);
    }
}

void ProtocolServer::coachingChanged()
{
    for (auto &[socket, client] : m_clients) {
        if (client->session)
            sendEvent(*client, QStringLiteral("coaching-changed"), {});
    }
}

void ProtocolServer::dispatch(Client &client, const Request &request)
{
    if (!requireSession(client, request.id))
        return;
    // The socket may go while a reply is on its way (not with the embedded desk, which answers
    // at once, but the responder does not rely on that).
    QPointer<QWebSocket> socket = client.socket;
    const QJsonValue id = request.id;
    DeskResponder responder;
    responder.result = [this, socket, id](const QJsonObject &payload) {
        if (Client *c = socket ? find(socket) : nullptr)
            reply(*c, id, payload);
    };
    responder.encodedResult = [this, socket, id](const QByteArray &payload) {
        if (Client *c = socket ? find(socket) : nullptr)
            send(*c, Protocol::resultFrameWithEncodedPayload(id, payload));
    };
    responder.error = [this, socket](const Protocol::Error &error, bool isProtocolError) {
        Client *c = socket ? find(socket) : nullptr;
        if (!c)
            return;
        if (isProtocolError)
            protocolError(*c, error);
        else
            send(*c, Protocol::errorFrame(error));
    };
    m_dispatcher.dispatch(client.deskClient, request, responder);
}

// --- requests ---------------------------------------------------------------------------------

void ProtocolServer::handleHello(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const qint64 version = fields.integer(u"protocol", 0, 1'000'000);
    fields.optionalString(u"client", 200);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    if (version != Protocol::Version) {
        send(client, Protocol::errorFrame(
                         {QString::fromLatin1(Protocol::ErrorCode::UnsupportedVersion),
                          QStringLiteral("This server speaks protocol %1, not %2") .arg(Protocol::Version).arg(version),
                              QStringLiteral("payload.protocol"), request.id}));
        client.socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                             QStringLiteral("unsupported protocol version"));
        return;
    }
    client.greeted = true;
    reply(client, request.id,
          {{QLatin1String("protocol"), Protocol::Version},
           {QLatin1String("server"), QStringLiteral("contactdesk-server/" CONTACTDESK_VERSION)},
            {QLatin1String("heartbeatSeconds"), m_options.heartbeatSeconds},
            {QLatin1String("maxFrameBytes"), qint64(m_options.maxFrameBytes)},
            {QLatin1String("requestsPerSecond"), m_options.requestsPerSecond}});
}

void ProtocolServer::startSession(Client &client, const QJsonValue &id, const Session &session)
{
    endSession(client);
    if (session.agentId > 0) {
        if (const auto timer = m_graceTimers.take(session.agentId))
            m_host.centre().clock().cancel(timer);
    }
    auto desk = std::make_unique<EmbeddedBackend>(m_host);
    // What the desk hears for its agent goes out as events (docs/PROTOCOL.md, "Events").
    Client *target = &client;
    connect(desk.get(), &DeskBackend::stateChanged, this, [this, target](const AgentStatus &status) {
        sendEvent(*target, QStringLiteral("state-changed"), Protocol::toJson(status));
    });
    connect(desk.get(), &DeskBackend::contactChanged, this, [this, target](const ContactSummary &contact) {
        sendEvent(*target, QStringLiteral("contact-changed"), Protocol::toJson(contact));
    });
    connect(desk.get(), &DeskBackend::offerWithdrawn, this,
            [this, target](qint64 interactionId, const QString &reasonCode) {
                sendEvent(*target, QStringLiteral("offer-withdrawn"),
                                                  {{QLatin1String("interactionId"), interactionId},
                                                   {QLatin1String("reasonCode"), reasonCode}});
            });
    connect(desk.get(), &DeskBackend::messageReceived, this, [this, target](const Message &message) {
        sendEvent(*target, QStringLiteral("message-received"),
                                          {{QLatin1String("message"), Protocol::encode(message)}});
    });
    connect(desk.get(), &DeskBackend::internalMessageReceived, this,
            [this, target](const InternalMessage &message) {
                sendEvent(*target, QStringLiteral("internal-message"),
                                                  {{QLatin1String("message"), Protocol::encode(message)}});
            });
    client.session = session;
    client.desk = std::move(desk);
    client.deskClient.desk = client.desk.get();
    connectRecorder();
    client.coaching = std::make_unique<EmbeddedCoachingBackend>(m_host, coachingUserOf(session));
    connect(client.coaching.get(), &CoachingBackend::coachingChanged, this, &ProtocolServer::coachingChanged);
    client.deskClient.coaching = client.coaching.get();
    client.deskClient.principal = session.principal();

    QJsonObject payload = sessionJson(session);
    if (session.agentId > 0) {
        // A person works as this agent now: routing may offer them contacts once they are Ready.
        std::optional<BackendError> refused;
        client.desk->signInAgent(session.agentId, session.role,
                                 [&](const BackendResult<AgentSession> &result) {
                                     if (!result.ok()) {
                                         refused = result.error();
                                         return;
                                     }
                                     payload.insert(QLatin1String("agent"), Protocol::encode(result.value()));
                                 });
        if (refused) {
            endSession(client);
            fail(client, id, DomainError{refused->code, refused->message});
            return;
        }
        payload.insert(QLatin1String("status"),
                       Protocol::toJson(m_host.centre().agentStatus(session.agentId)));
    }
    reply(client, id, payload);
}

void ProtocolServer::handleSignIn(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const QString login = fields.string(u"login", 200);
    const QString password = fields.string(u"password", 1024);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    if (client.signingIn || m_pendingSignIns >= MaxPendingSignIns) {
        fail(client, request.id,
             DomainError{QString::fromLatin1(Protocol::ErrorCode::RateLimited), client.signingIn
                         ? QStringLiteral("A sign-in of this connection is still being checked")
                         : QStringLiteral("Too many sign-ins at once; try again in a moment")});
        return;
    }
    auto pending = m_authenticator.beginSignIn(login);
    if (!pending) {
        fail(client, request.id, pending.error());
        return;
    }
    client.signingIn = true;
    ++m_pendingSignIns;
    QPointer<QWebSocket> socket = client.socket;
    const QJsonValue id = request.id;
    m_verifiers->start([this, hasher = m_authenticator.hasher(), pending = *pending, password, socket, id] {
        const bool matches = Authenticator::verify(hasher, pending.hashToVerify, password);
        QMetaObject::invokeMethod(
            this,
            [this, pending, matches, password, socket, id] {
                --m_pendingSignIns;
                Client *c = socket ? find(socket) : nullptr;
                if (!c)
                    return;
                c->signingIn = false;
                auto session = m_authenticator.finishSignIn(pending, matches, password, m_now());
                if (!session) {
                    fail(*c, id, session.error());
                    return;
                }
                startSession(*c, id, *session);
            },
            Qt::QueuedConnection);
    });
}

void ProtocolServer::handleResume(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const QString token = fields.string(u"token", 200);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    auto session = m_authenticator.validate(token, m_now());
    if (!session) {
        fail(client, request.id, session.error());
        return;
    }
    Session resumed = *session;
    resumed.token = token;
    startSession(client, request.id, resumed);
}

void ProtocolServer::handleSignOut(Client &client, const Request &request)
{
    if (!requireSession(client, request.id))
        return;
    // As on the desktop: the agent logs out first, which open contacts refuse ("agent-busy").
    std::optional<BackendError> refused;
    client.desk->signOut([&refused](const BackendResult<bool> &result) {
        if (!result.ok())
            refused = result.error();
    });
    if (refused) {
        fail(client, request.id, DomainError{refused->code, refused->message});
        return;
    }
    const QString token = client.session->token;
    endSession(client);
    if (auto error = m_authenticator.revoke(token)) {
        fail(client, request.id, *error);
        return;
    }
    reply(client, request.id);
}

// --- the wallboard's notices ------------------------------------------------------------------

void ProtocolServer::wallboardChanged()
{
    m_dispatcher.wallboardChanged();
    if (m_wallboardNotice->isActive())
        return;
    m_wallboardChangedMs = QDateTime::currentMSecsSinceEpoch();
    m_wallboardNotice->start();
}

void ProtocolServer::noticeWallboard()
{
    // sentAtMs: when the fan-out began, so a client can tell how long it took to reach it.
    const QJsonObject payload{{QLatin1String("changedAtMs"), m_wallboardChangedMs},
                              {QLatin1String("sentAtMs"), QDateTime::currentMSecsSinceEpoch()}};
    for (auto &[socket, client] : m_clients) {
        if (client->deskClient.wallboardSubscribed)
            sendEvent(*client, QStringLiteral("wallboard-changed"), payload);
    }
}

} // namespace ContactDesk
