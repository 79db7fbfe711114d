#include "protocolserver.h"

#include "centre/contactcentre.h"
#include "centre/wallboardbuilder.h"
#include "protocolcodec.h"
#include "security/permissions.h"

#include <QDateTime>
#include <QJsonArray>
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

} // namespace

ProtocolServer::ProtocolServer(ContactCentre &centre, Authenticator &authenticator,
                               ProtocolServerOptions options, QObject *parent)
    : QObject(parent)
    , m_centre(centre)
    , m_authenticator(authenticator)
    , m_options(std::move(options))
    , m_wallboard(std::make_unique<WallboardBuilder>(centre))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_handlers.insert(QStringLiteral("hello"), [this](Client &c, const Request &r) { handleHello(c, r); });
    m_handlers.insert(QStringLiteral("ping"), [this](Client &c, const Request &r) { reply(c, r.id); });
    m_handlers.insert(QStringLiteral("sign-in"), [this](Client &c, const Request &r) { handleSignIn(c, r); });
    m_handlers.insert(QStringLiteral("resume"), [this](Client &c, const Request &r) { handleResume(c, r); });
    m_handlers.insert(QStringLiteral("sign-out"),
                                     [this](Client &c, const Request &r) { handleSignOut(c, r); });
    m_handlers.insert(QStringLiteral("set-state"),
                                     [this](Client &c, const Request &r) { handleSetState(c, r); });
    m_handlers.insert(QStringLiteral("my-contacts"),
                                     [this](Client &c, const Request &r) { handleMyContacts(c, r); });
    m_handlers.insert(QStringLiteral("accept-offer"),
                                     [this](Client &c, const Request &r) { handleAnswerOffer(c, r, true); });
    m_handlers.insert(QStringLiteral("reject-offer"),
                                     [this](Client &c, const Request &r) { handleAnswerOffer(c, r, false); });
    m_handlers.insert(QStringLiteral("wallboard"),
                                     [this](Client &c, const Request &r) { handleWallboard(c, r); });

    connect(&m_centre, &ContactCentre::agentChanged, this, &ProtocolServer::onAgentChanged);
    connect(&m_centre, &ContactCentre::contactChanged, this, &ProtocolServer::onContactChanged);
    connect(&m_centre, &ContactCentre::offerWithdrawn, this, &ProtocolServer::onOfferWithdrawn);
}

ProtocolServer::~ProtocolServer()
{
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
        m_centre.clock().cancel(timer);
    m_graceTimers.clear();
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
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
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxFrameBytes) * 4);
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxFrameBytes) * 4);
        Client client;
        client.socket = socket;
        client.tokens = m_options.rateBurst;
        client.refill.start();
        client.heardFrom.start();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &frame) { onTextMessage(socket, frame); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket] { onBinaryMessage(socket); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (auto it = m_clients.find(socket); it != m_clients.end())
                it->heardFrom.restart();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        Q_EMIT clientConnected();
    }
}

void ProtocolServer::onDisconnected(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const qint64 agentId = it->session ? it->session->agentId : 0;
    m_clients.erase(it);
    socket->deleteLater();
    if (agentId > 0 && !agentConnected(agentId))
        startGrace(agentId);
    Q_EMIT clientDisconnected();
}

bool ProtocolServer::agentConnected(qint64 agentId) const
{
    for (const Client &client : m_clients) {
        if (client.session && client.session->agentId == agentId)
            return true;
    }
    return false;
}

void ProtocolServer::startGrace(qint64 agentId)
{
    if (m_graceTimers.contains(agentId))
        return;
    const qint64 due = m_centre.clock().nowMs() + qint64(std::max(0, m_options.reconnectGraceSeconds)) * 1000;
    m_graceTimers.insert(agentId, m_centre.clock().schedule(due, [this, agentId] { graceOver(agentId); }));
}

void ProtocolServer::graceOver(qint64 agentId)
{
    m_graceTimers.remove(agentId);
    if (agentConnected(agentId))
        return;
    const AgentStatus status = m_centre.agentStatus(agentId);
    if (status.state == AgentState::LoggedOut)
        return;
    // Not Ready first: nothing new is offered and an offer goes back to its queue. Open contacts
    // keep the agent logged in (they are there on return); with none left, they are logged out.
    if (auto error = m_centre.setAgentState(agentId, AgentState::NotReady, QStringLiteral("disconnected")))
        qWarning("contactdesk-server: agent %lld gone: %s", agentId, qPrintable(error->message));
    if (m_centre.agentStatus(agentId).activeContacts > 0)
        return;
    if (auto error = m_centre.setAgentState(agentId, AgentState::LoggedOut, QString()))
        qWarning("contactdesk-server: agent %lld gone: %s", agentId, qPrintable(error->message));
    m_centre.setAttended(agentId, false);
}

void ProtocolServer::heartbeat()
{
    const qint64 silentLimit = qint64(std::max(1, m_options.heartbeatSeconds)) * 3000;
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue; // closed while this loop ran
        if (it->heardFrom.elapsed() > silentLimit) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("no answer to pings"));
            continue;
        }
        socket->ping();
    }
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
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->heardFrom.restart();
    protocolError(*it, Protocol::Error{QStringLiteral("binary-frame"),
                           QStringLiteral("Protocol v1 is JSON in text frames; binary frames are refused"),
                                          QString(), QJsonValue()});
}

void ProtocolServer::onTextMessage(QWebSocket *socket, const QString &frame)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    client.heardFrom.restart();
    if (!takeToken(client)) {
        // Not counted as a protocol error: a busy client slows down, it is not hostile.
        Protocol::Error error{
            QString::fromLatin1(Protocol::ErrorCode::RateLimited),
            QStringLiteral("More than %1 requests a second; this one was not carried out") .arg(
                               m_options.requestsPerSecond),
                           QString(), QJsonValue()};
        if (const auto parsed = Protocol::parseRequest(frame.toUtf8(), m_options.maxFrameBytes);
            std::holds_alternative<Request>(parsed))
            error.id = std::get<Request>(parsed).id;
        send(client, Protocol::errorFrame(error));
        return;
    }
    const QByteArray utf8 = frame.toUtf8();
    auto parsed = Protocol::parseRequest(utf8, m_options.maxFrameBytes);
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
        client.session.reset();
        client.contacts.clear();
        fail(client, id, current.error());
        return false;
    }
    const QString token = client.session->token;
    client.session = *current;
    client.session->token = token;
    return true;
}

bool ProtocolServer::allowed(Client &client, const QJsonValue &id, int action, qint64 ownerAgentId)
{
    if (!requireSession(client, id))
        return false;
    if (auto error = Permissions::check(client.session->principal(), Action(action),
                                        Resource::ofAgent(ownerAgentId))) {
        fail(client, id, *error);
        return false;
    }
    return true;
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
    client.session = session;
    client.contacts.clear();
    if (session.agentId > 0) {
        if (const auto timer = m_graceTimers.take(session.agentId))
            m_centre.clock().cancel(timer);
    }
    QJsonObject payload = sessionJson(session);
    if (session.agentId > 0) {
        // A person works as this agent now: routing may offer them contacts once they are Ready.
        m_centre.setAttended(session.agentId, true);
        if (m_centre.agentStatus(session.agentId).state == AgentState::LoggedOut) {
            if (auto error =
                    m_centre.setAgentState(session.agentId, AgentState::NotReady, QStringLiteral("login"))) {
                fail(client, id, *error);
                return;
            }
        }
        payload.insert(QLatin1String("status"), Protocol::toJson(m_centre.agentStatus(session.agentId)));
        for (const ContactSummary &contact : m_centre.contactsOf(session.agentId))
            client.contacts.insert(contact.interactionId);
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
    auto session = m_authenticator.signIn(login, password, m_now());
    if (!session) {
        fail(client, request.id, session.error());
        return;
    }
    startSession(client, request.id, *session);
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
    const Session session = *client.session;
    // As on the desktop: the agent logs out first, which open contacts refuse ("agent-busy").
    if (session.agentId > 0 && m_centre.agentStatus(session.agentId).state != AgentState::LoggedOut) {
        if (auto error = m_centre.setAgentState(session.agentId, AgentState::LoggedOut, QString())) {
            fail(client, request.id, *error);
            return;
        }
    }
    if (session.agentId > 0)
        m_centre.setAttended(session.agentId, false);
    client.session.reset();
    client.contacts.clear();
    if (auto error = m_authenticator.revoke(session.token)) {
        fail(client, request.id, *error);
        return;
    }
    reply(client, request.id);
}

void ProtocolServer::handleSetState(Client &client, const Request &request)
{
    if (!requireSession(client, request.id))
        return;
    Fields fields(request.payload);
    const QString stateKey = fields.string(u"state", 40);
    const QString reason = fields.optionalString(u"reasonCode", 40).value_or(QString());
    const std::optional<AgentState> state = agentStateFromKey(stateKey);
    if (!fields.error() && !state)
        fields.invalid(u"state", QStringLiteral("'%1' is not an agent state").arg(stateKey));
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    const qint64 agentId = client.session->agentId;
    if (!allowed(client, request.id, int(Action::SetOwnState), agentId))
        return;
    if (agentId <= 0) {
        fail(client, request.id, {QStringLiteral("no-agent"), QStringLiteral("This user takes no contacts")});
        return;
    }
    if (auto error = m_centre.setAgentState(agentId, *state, reason)) {
        fail(client, request.id, *error);
        return;
    }
    reply(client, request.id, {{QLatin1String("status"), Protocol::toJson(m_centre.agentStatus(agentId))}});
}

void ProtocolServer::handleMyContacts(Client &client, const Request &request)
{
    if (!allowed(client, request.id, int(Action::ReadOwnContacts),
                 client.session ? client.session->agentId : 0))
        return;
    QJsonArray contacts;
    if (client.session->agentId > 0) {
        for (const ContactSummary &contact : m_centre.contactsOf(client.session->agentId)) {
            client.contacts.insert(contact.interactionId);
            contacts.append(Protocol::toJson(contact));
        }
    }
    reply(client, request.id, {{QLatin1String("contacts"), contacts}});
}

void ProtocolServer::handleAnswerOffer(Client &client, const Request &request, bool accept)
{
    if (!requireSession(client, request.id))
        return;
    Fields fields(request.payload);
    const qint64 interactionId = fields.integer(u"interactionId", 1);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    // The owner is whoever the contact is offered to: another agent's offer is refused here.
    const std::optional<ContactSummary> contact = m_centre.contact(interactionId);
    const qint64 owner = contact ? contact->agentId : 0;
    if (!allowed(client, request.id, int(Action::AnswerOffer), owner))
        return;
    const qint64 agentId = client.session->agentId;
    auto error =
        accept ? m_centre.acceptOffer(agentId, interactionId) : m_centre.rejectOffer(agentId, interactionId);
    if (error) {
        fail(client, request.id, *error);
        return;
    }
    reply(client, request.id);
}

void ProtocolServer::handleWallboard(Client &client, const Request &request)
{
    if (!allowed(client, request.id, int(Action::ReadWallboard)))
        return;
    reply(client, request.id, Protocol::toJson(m_wallboard->snapshot()));
}

// --- events -----------------------------------------------------------------------------------

void ProtocolServer::onAgentChanged(const AgentStatus &status)
{
    for (Client &client : m_clients) {
        if (client.session && client.session->agentId == status.agentId)
            sendEvent(client, QStringLiteral("state-changed"), Protocol::toJson(status));
    }
}

void ProtocolServer::onContactChanged(const ContactSummary &contact)
{
    for (Client &client : m_clients) {
        if (!client.session || client.session->agentId <= 0)
            continue;
        if (contact.agentId == client.session->agentId && isWithAgent(contact.state)) {
            client.contacts.insert(contact.interactionId);
            sendEvent(client, QStringLiteral("contact-changed"), Protocol::toJson(contact));
        } else if (client.contacts.remove(contact.interactionId)) {
            // It left this agent: told once more, with where it went.
            sendEvent(client, QStringLiteral("contact-changed"), Protocol::toJson(contact));
        }
    }
}

void ProtocolServer::onOfferWithdrawn(qint64 interactionId, qint64 agentId, const QString &reasonCode)
{
    for (Client &client : m_clients) {
        if (!client.session || client.session->agentId != agentId)
            continue;
        client.contacts.remove(interactionId);
        sendEvent(client, QStringLiteral("offer-withdrawn"), {{QLatin1String("interactionId"), interactionId},
                                                              {QLatin1String("reasonCode"), reasonCode}});
    }
}

} // namespace ContactDesk
