#include "remotebackend.h"

#include "net/websocketframes.h"
#include "protocol.h"
#include "protocolcodec.h"
#include "security/permissions.h"
#include "wallboardupdates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace ContactDesk {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

BackendError disconnectedError()
{
    return BackendError{QStringLiteral("disconnected"),
                                       QStringLiteral("Not connected to the contact centre")};
}

// A reply handed over on the next turn of the event loop: a request that fails before it left
// still answers the way every remote request does, after the call returned.
template <typename T>
void later(QObject *context, const DeskBackend::Reply<T> &reply, BackendResult<T> result)
{
    QTimer::singleShot(0, context, [reply, result = std::move(result)] { reply(result); });
}

} // namespace

RemoteBackend::RemoteBackend(RemoteBackendOptions options, QObject *parent)
    : DeskBackend(parent)
    , m_options(std::move(options))
    , m_retry(new QTimer(this))
    , m_liveness(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &RemoteBackend::connectSocket);
    m_liveness->setInterval(1000);
    connect(m_liveness, &QTimer::timeout, this, &RemoteBackend::checkLiveness);
}

RemoteBackend::~RemoteBackend()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Nobody is told any more: the callers go with the backend.
    m_pending.clear();
}

void RemoteBackend::open(const QString &resumeToken)
{
    if (!resumeToken.isEmpty())
        m_token = resumeToken;
    m_wanted = true;
    if (m_link == Link::Offline || m_link == Link::Waiting)
        connectSocket();
}

void RemoteBackend::close()
{
    m_wanted = false;
    m_retry->stop();
    m_liveness->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("closed by the desktop"));
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    failAll(disconnectedError());
    setLink(Link::Offline);
}

std::optional<UserRole> RemoteBackend::role() const
{
    return m_role;
}

int RemoteBackend::nextRetryMs() const
{
    return m_retry->isActive() ? m_retry->interval() : 0;
}

bool RemoteBackend::canManageOffers() const
{
    return m_role && Permissions::grant(*m_role, Action::EditOfferCatalogue) != Grant::No;
}

bool RemoteBackend::canSupervise() const
{
    return m_role && Permissions::grant(*m_role, Action::ReadWallboard) != Grant::No;
}

// --- the connection ---------------------------------------------------------------------------

void RemoteBackend::setLink(Link link)
{
    if (m_link == link)
        return;
    m_link = link;
    Q_EMIT linkChanged(link);
}

void RemoteBackend::connectSocket()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    prepareWebSocket(*m_socket);
    if (!m_options.trustedCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.trustedCertificates);
        m_socket->setSslConfiguration(ssl);
    }
    connect(m_socket, &QWebSocket::connected, this, &RemoteBackend::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &RemoteBackend::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RemoteBackend::onFrame);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_heardMs = nowMs(); });
    setLink(Link::Connecting);
    m_socket->open(m_options.url);
}

void RemoteBackend::onConnected()
{
    m_heardMs = nowMs();
    m_liveness->start();
    request(QStringLiteral("hello"), {{QLatin1String("protocol"), Protocol::Version},
                   {QLatin1String("client"), QStringLiteral("contactdesk/" CONTACTDESK_VERSION)}},
                   [this](const QJsonObject *result, const BackendError *error) {
                       if (error) {
                           // A server that speaks another version will not change its mind: say so, stop.
                           m_wanted = false;
                           Q_EMIT connectionLost(error->message);
                           close();
                           return;
                       }
                       if (const int heartbeat = result->value(QLatin1String("heartbeatSeconds")).toInt();
                           heartbeat > 0)
                           m_options.heartbeatSeconds = std::min(m_options.heartbeatSeconds, heartbeat);
                       m_attempt = 0;
                       setLink(Link::Connected);
                       if (!m_token.isEmpty())
                           resumeSession();
                       else if (m_wasConnected)
                           Q_EMIT connectionRestored();
                       m_wasConnected = true;
                   });
}

void RemoteBackend::onDisconnected()
{
    const QString reason = m_socket && !m_socket->closeReason().isEmpty()
                               ? m_socket->closeReason()
                               : (m_socket ? m_socket->errorString() : QString());
    m_liveness->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    failAll(disconnectedError());
    if (m_link == Link::Connected || m_wasConnected)
        Q_EMIT connectionLost(reason.isEmpty() ? QStringLiteral("The connection was closed") : reason);
    if (m_wanted)
        scheduleReconnect();
    else
        setLink(Link::Offline);
}

void RemoteBackend::scheduleReconnect()
{
    setLink(Link::Waiting);
    // 0.5 s, 1 s, 2 s ... up to the maximum, each with up to a quarter more at random.
    const int shift = std::min(m_attempt, 16);
    const qint64 base = std::min<qint64>(qint64(m_options.firstRetryMs) << shift, m_options.maxRetryMs);
    const qint64 jitter = base > 4 ? QRandomGenerator::global()->bounded(qint64(base / 4)) : 0;
    ++m_attempt;
    m_retry->start(int(base + jitter));
}

void RemoteBackend::checkLiveness()
{
    if (!m_socket)
        return;
    const qint64 now = nowMs();
    const qint64 interval = qint64(std::max(1, m_options.heartbeatSeconds)) * 1000;
    if (now - m_heardMs > 3 * interval) {
        // Half-open: the server is gone without a close (a cable, a killed process behind NAT).
        m_socket->abort();
        return;
    }
    if (now - m_heardMs > interval)
        m_socket->ping();
    QList<qint64> overdue;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadlineMs <= now)
            overdue.append(it.key());
    }
    for (qint64 id : std::as_const(overdue)) {
        const Pending pending = m_pending.take(id);
        const BackendError error{QStringLiteral("timeout"),
                                                QStringLiteral("The contact centre did not answer")};
        pending.answer(nullptr, &error);
    }
}

void RemoteBackend::failAll(const BackendError &error)
{
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &request : pending)
        request.answer(nullptr, &error);
}

void RemoteBackend::request(const QString &type, const QJsonObject &payload, Answer answer)
{
    const bool handshake = type == QLatin1String("hello");
    if (!m_socket || (m_link != Link::Connected && !handshake)) {
        QTimer::singleShot(0, this, [answer] {
            const BackendError error = disconnectedError();
            answer(nullptr, &error);
        });
        return;
    }
    const qint64 id = ++m_lastId;
    QJsonObject frame{{QLatin1String("type"), type}, {QLatin1String("id"), id}};
    if (!payload.isEmpty())
        frame.insert(QLatin1String("payload"), payload);
    m_pending.insert(id, Pending{std::move(answer), nowMs() + m_options.requestTimeoutMs});
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void RemoteBackend::onFrame(const QString &text)
{
    m_heardMs = nowMs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        qWarning("contactdesk: the server sent a frame that is not JSON: %s",
                 qPrintable(parseError.errorString()));
        return;
    }
    const QJsonObject frame = document.object();
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("event")) {
        onEvent(frame.value(QLatin1String("event")).toString(),
                frame.value(QLatin1String("payload")).toObject());
        return;
    }
    const QJsonValue idValue = frame.value(QLatin1String("id"));
    if (!idValue.isDouble())
        return; // an error about a frame we could not have sent; nothing waits for it
    const auto it = m_pending.find(qint64(idValue.toDouble()));
    if (it == m_pending.end())
        return; // timed out already
    const Pending pending = *it;
    m_pending.erase(it);
    if (type == QLatin1String("result")) {
        const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
        pending.answer(&payload, nullptr);
        return;
    }
    const QJsonObject error = frame.value(QLatin1String("error")).toObject();
    const BackendError failed{error.value(QLatin1String("code"))
                                  .toString(QStringLiteral("error")),
                                            error.value(QLatin1String("message")).toString()};
    pending.answer(nullptr, &failed);
}

template <typename T>
std::optional<T> decodeEvent(const QJsonValue &value, const QString &event)
{
    auto decoded = Protocol::decode<T>(value, QStringLiteral("payload"));
    if (auto *error = std::get_if<Protocol::Error>(&decoded)) {
        qWarning("contactdesk: event %s from the server is malformed: %s", qPrintable(event),
                 qPrintable(error->message));
        return std::nullopt;
    }
    return std::get<T>(std::move(decoded));
}

void RemoteBackend::onEvent(const QString &event, const QJsonObject &payload)
{
    if (event == QLatin1String("state-changed")) {
        if (auto status = decodeEvent<AgentStatus>(payload, event))
            Q_EMIT stateChanged(*status);
    } else if (event == QLatin1String("contact-changed")) {
        if (auto contact = decodeEvent<ContactSummary>(payload, event))
            Q_EMIT contactChanged(*contact);
    } else if (event == QLatin1String("offer-withdrawn")) {
        Q_EMIT offerWithdrawn(qint64(payload.value(QLatin1String("interactionId")).toDouble()),
                              payload.value(QLatin1String("reasonCode")).toString());
    } else if (event == QLatin1String("message-received")) {
        if (auto message = decodeEvent<Message>(payload.value(QLatin1String("message")), event))
            Q_EMIT messageReceived(*message);
    } else if (event == QLatin1String("internal-message")) {
        if (auto message = decodeEvent<InternalMessage>(payload.value(QLatin1String("message")), event))
            Q_EMIT internalMessageReceived(*message);
    } else if (event == QLatin1String("wallboard-changed")) {
        Q_EMIT wallboardChanged();
    } else {
        Q_EMIT serverEvent(event, payload);
    }
    // Events added by a later minor version are ignored, as PROTOCOL.md asks of clients.
}

// --- the session ------------------------------------------------------------------------------

void RemoteBackend::adoptSession(const QJsonObject &payload)
{
    m_token = payload.value(QLatin1String("token")).toString();
    const QJsonObject user = payload.value(QLatin1String("user")).toObject();
    const std::optional<UserRole> role = userRoleFromKey(user.value(QLatin1String("role")).toString());
    m_userLogin = user.value(QLatin1String("login")).toString();
    m_userId = qint64(user.value(QLatin1String("userId")).toDouble());
    m_userDisplayName = user.value(QLatin1String("displayName")).toString();
    m_userAgentId = qint64(user.value(QLatin1String("agentId")).toDouble());
    AgentSession session;
    if (payload.contains(QLatin1String("agent"))) {
        if (auto agent =
                decodeEvent<AgentSession>(payload.value(QLatin1String("agent")), QStringLiteral("sign-in")))
            session = *agent;
    } else {
        // A user who takes no contacts (a supervisor without an agent record).
        session.login = user.value(QLatin1String("login")).toString();
        session.displayName = user.value(QLatin1String("displayName")).toString();
    }
    session.role = role.value_or(UserRole::Agent);
    m_session = session;
    setRole(role);
    Q_EMIT sessionTokenChanged(m_token, qint64(payload.value(QLatin1String("expiresMs")).toDouble()));
    if (payload.contains(QLatin1String("status"))) {
        if (auto status =
                decodeEvent<AgentStatus>(payload.value(QLatin1String("status")), QStringLiteral("sign-in")))
            Q_EMIT stateChanged(*status);
    }
    subscribeWallboard();
}

void RemoteBackend::setRole(std::optional<UserRole> role)
{
    if (role == m_role)
        return;
    m_role = role;
    Q_EMIT accessChanged();
}

void RemoteBackend::endSession(const QString &reason)
{
    const bool had = m_session.has_value() || !m_token.isEmpty();
    m_session.reset();
    setRole(std::nullopt);
    m_userLogin.clear();
    m_userId = 0;
    m_userDisplayName.clear();
    m_userAgentId = 0;
    m_token.clear();
    if (had) {
        Q_EMIT sessionTokenChanged(QString(), 0);
        Q_EMIT sessionEnded(reason);
    }
}

void RemoteBackend::resumeSession()
{
    request(QStringLiteral("resume"), {{QLatin1String("token"), m_token}},
                           [this](const QJsonObject *result, const BackendError *error) {
                               if (error) {
                                   if (error->code == u"disconnected" || error->code == u"timeout")
                                       return; // the next connection tries again
                                   endSession(error->message);
                                   if (m_wasConnected)
                                       Q_EMIT connectionRestored();
                                   return;
                               }
                               adoptSession(*result);
                               // The state and the contacts as they are now: the UI reloads its desk on this.
                               Q_EMIT connectionRestored();
                           });
}

void RemoteBackend::subscribeWallboard()
{
    if (!canSupervise())
        return;
    request(QStringLiteral("subscribe-wallboard"), {{QLatin1String("on"), true}},
                           [this](const QJsonObject *, const BackendError *error) {
                               if (!error)
                                   Q_EMIT wallboardChanged();
                           });
}

void RemoteBackend::signIn(const QString &login, const QString &password, Reply<AgentSession> reply)
{
    request(QStringLiteral("sign-in"),
                           {{QLatin1String("login"), login.trimmed()}, {QLatin1String("password"), password}},
                           [this, reply](const QJsonObject *result, const BackendError *error) {
                               if (error) {
                                   reply(*error);
                                   return;
                               }
                               adoptSession(*result);
                               reply(*m_session);
                           });
}

void RemoteBackend::signOut(Reply<bool> reply)
{
    if (!m_session) {
        later<bool>(this, reply, true);
        return;
    }
    request(QStringLiteral("sign-out"), {}, [this, reply](const QJsonObject *, const BackendError *error) {
        if (error) {
            reply(*error);
            return;
        }
        m_session.reset();
        setRole(std::nullopt);
        m_userLogin.clear();
        m_token.clear();
        Q_EMIT sessionTokenChanged(QString(), 0);
        reply(true);
    });
}

void RemoteBackend::signInCandidates(Reply<QList<AgentSession>> reply)
{
    // A server's users sign in with a login and a password; nobody is listed.
    later<QList<AgentSession>>(this, reply, QList<AgentSession>());
}

// --- requests ---------------------------------------------------------------------------------

void RemoteBackend::command(const QString &type, const QJsonObject &payload, Reply<bool> reply)
{
    request(type, payload, [reply](const QJsonObject *, const BackendError *error) {
        if (error)
            reply(*error);
        else
            reply(true);
    });
}

void RemoteBackend::onContact(const char *type, qint64 interactionId, Reply<bool> reply)
{
    command(QString::fromLatin1(type), {{QLatin1String("interactionId"), interactionId}}, std::move(reply));
}

using Protocol::encode;

void RemoteBackend::searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply)
{
    call(QStringLiteral("search-customers"), {{QLatin1String("text"), text}, {QLatin1String("limit"), limit}},
                        QStringLiteral("customers"), std::move(reply));
}

void RemoteBackend::customer(qint64 customerId, Reply<Customer> reply)
{
    call(QStringLiteral("customer"), {{QLatin1String("customerId"), customerId}},
                        QStringLiteral("customer"), std::move(reply));
}

void RemoteBackend::findCustomerByContact(ContactKind kind, const QString &value,
                                          Reply<std::optional<Customer>> reply)
{
    call(QStringLiteral("find-customer-by-contact"),
                        {{QLatin1String("kind"), encode(kind)}, {QLatin1String("value"), value}},
                        QStringLiteral("customer"), std::move(reply));
}

void RemoteBackend::timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                             int limit, Reply<TimelineItemPage> reply)
{
    call(QStringLiteral("timeline"),
                        {{QLatin1String("customerId"), customerId},
                         {QLatin1String("filter"), encode(filter)},
                         {QLatin1String("cursor"), encode(cursor)},
                         {QLatin1String("limit"), limit}},
                        QStringLiteral("page"), std::move(reply));
}

void RemoteBackend::timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply)
{
    call(
        QStringLiteral("timeline-count"),
                       {{QLatin1String("customerId"), customerId}, {QLatin1String("filter"), encode(filter)}},
                       QStringLiteral("count"), std::move(reply));
}

void RemoteBackend::messages(qint64 interactionId, Reply<QList<Message>> reply)
{
    call(QStringLiteral("messages"), {{QLatin1String("interactionId"), interactionId}},
                        QStringLiteral("messages"), std::move(reply));
}

void RemoteBackend::openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply)
{
    call(QStringLiteral("open-work-items"), {{QLatin1String("customerId"), customerId}},
                        QStringLiteral("workItems"), std::move(reply));
}

void RemoteBackend::setState(AgentState state, const QString &reasonCode, Reply<bool> reply)
{
    command(QStringLiteral("set-state"), {{QLatin1String("state"), encode(state)}, {QLatin1String("reasonCode"), reasonCode}},
        std::move(reply));
}

void RemoteBackend::myContacts(Reply<QList<ContactSummary>> reply)
{
    call(QStringLiteral("my-contacts"), {}, QStringLiteral("contacts"), std::move(reply));
}

void RemoteBackend::acceptOffer(qint64 interactionId, Reply<bool> reply)
{
    onContact("accept-offer", interactionId, std::move(reply));
}

void RemoteBackend::rejectOffer(qint64 interactionId, Reply<bool> reply)
{
    onContact("reject-offer", interactionId, std::move(reply));
}

void RemoteBackend::hold(qint64 interactionId, Reply<bool> reply)
{
    onContact("hold-contact", interactionId, std::move(reply));
}

void RemoteBackend::resume(qint64 interactionId, Reply<bool> reply)
{
    onContact("resume-contact", interactionId, std::move(reply));
}

void RemoteBackend::setMuted(qint64 interactionId, bool muted, Reply<bool> reply)
{
    command(QStringLiteral("set-muted"),
                           {{QLatin1String("interactionId"), interactionId}, {QLatin1String("muted"), muted}},
                           std::move(reply));
}

void RemoteBackend::setRecordingPaused(qint64 interactionId, bool paused, Reply<bool> reply)
{
    command(
        QStringLiteral("set-recording-paused"),
                       {{QLatin1String("interactionId"), interactionId}, {QLatin1String("paused"), paused}},
                       std::move(reply));
}

void RemoteBackend::transferToAgent(qint64 interactionId, qint64 agentId, Reply<bool> reply)
{
    command(
        QStringLiteral("transfer-to-agent"),
                       {{QLatin1String("interactionId"), interactionId}, {QLatin1String("agentId"), agentId}},
                       std::move(reply));
}

void RemoteBackend::transferToQueue(qint64 interactionId, const QString &queueId, Reply<bool> reply)
{
    command(
        QStringLiteral("transfer-to-queue"),
                       {{QLatin1String("interactionId"), interactionId}, {QLatin1String("queueId"), queueId}},
                       std::move(reply));
}

void RemoteBackend::startConsult(qint64 interactionId, qint64 agentId, Reply<bool> reply)
{
    command(
        QStringLiteral("start-consult"),
                       {{QLatin1String("interactionId"), interactionId}, {QLatin1String("agentId"), agentId}},
                       std::move(reply));
}

void RemoteBackend::completeConsultTransfer(qint64 interactionId, Reply<bool> reply)
{
    onContact("complete-consult-transfer", interactionId, std::move(reply));
}

void RemoteBackend::conference(qint64 interactionId, Reply<bool> reply)
{
    onContact("conference", interactionId, std::move(reply));
}

void RemoteBackend::cancelConsult(qint64 interactionId, Reply<bool> reply)
{
    onContact("cancel-consult", interactionId, std::move(reply));
}

void RemoteBackend::endContact(qint64 interactionId, Reply<bool> reply)
{
    onContact("end-contact", interactionId, std::move(reply));
}

void RemoteBackend::finishWrapUp(const WrapUp &wrapUp, Reply<bool> reply)
{
    command(QStringLiteral("finish-wrap-up"), {{QLatin1String("wrapUp"), encode(wrapUp)}}, std::move(reply));
}

void RemoteBackend::sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                                Reply<Message> reply)
{
    call(QStringLiteral("send-message"),
                        {{QLatin1String("interactionId"), interactionId},
                         {QLatin1String("subject"), subject},
                         {QLatin1String("body"), body}},
                        QStringLiteral("message"), std::move(reply));
}

void RemoteBackend::linkCustomer(qint64 interactionId, qint64 customerId, Reply<bool> reply)
{
    command(QStringLiteral("link-customer"),
                           {{QLatin1String("interactionId"), interactionId},
                            {QLatin1String("customerId"), customerId}},
                           std::move(reply));
}

void RemoteBackend::createCustomer(const Customer &customer, Reply<Customer> reply)
{
    call(QStringLiteral("create-customer"), {{QLatin1String("customer"), encode(customer)}},
                        QStringLiteral("customer"), std::move(reply));
}

void RemoteBackend::dispositionOptions(Reply<QList<DispositionOption>> reply)
{
    call(QStringLiteral("disposition-options"), {}, QStringLiteral("options"), std::move(reply));
}

void RemoteBackend::cannedResponses(Reply<QList<CannedResponse>> reply)
{
    call(QStringLiteral("canned-responses"), {}, QStringLiteral("responses"), std::move(reply));
}

void RemoteBackend::transferTargets(Reply<QList<TransferTarget>> reply)
{
    call(QStringLiteral("transfer-targets"), {}, QStringLiteral("targets"), std::move(reply));
}

void RemoteBackend::sendInternalMessage(const InternalMessage &message, Reply<InternalMessage> reply)
{
    call(QStringLiteral("send-internal-message"), {{QLatin1String("message"), encode(message)}},
                        QStringLiteral("message"), std::move(reply));
}

void RemoteBackend::nextOffers(qint64 interactionId, const QString &language, int limit,
                               Reply<QList<NextOffer>> reply)
{
    call(QStringLiteral("next-offers"),
                        {{QLatin1String("interactionId"), interactionId},
                         {QLatin1String("language"), language},
                         {QLatin1String("limit"), limit}},
                        QStringLiteral("offers"), std::move(reply));
}

void RemoteBackend::recordOfferOutcome(qint64 interactionId, const QString &offerId, const QString &outcome,
                                       Reply<bool> reply)
{
    command(QStringLiteral("record-offer-outcome"),
                           {{QLatin1String("interactionId"), interactionId},
                            {QLatin1String("offerId"), offerId},
                            {QLatin1String("outcome"), outcome}},
                           std::move(reply));
}

void RemoteBackend::offerCatalogue(Reply<QList<Offer>> reply)
{
    call(QStringLiteral("offer-catalogue"), {}, QStringLiteral("offers"), std::move(reply));
}

void RemoteBackend::offerProducts(Reply<QList<OfferProduct>> reply)
{
    call(QStringLiteral("offer-products"), {}, QStringLiteral("products"), std::move(reply));
}

void RemoteBackend::saveOffer(const Offer &offer, Reply<bool> reply)
{
    command(QStringLiteral("save-offer"), {{QLatin1String("offer"), encode(offer)}}, std::move(reply));
}

void RemoteBackend::importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply)
{
    call(QStringLiteral("import-offer-catalogue"), {{QLatin1String("catalogue"), encode(json)}},
                        QStringLiteral("summary"), std::move(reply));
}

void RemoteBackend::offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                                Reply<QList<OfferReportRow>> reply)
{
    call(QStringLiteral("offer-report"),
                        {{QLatin1String("grouping"), grouping},
                         {QLatin1String("fromMs"), fromMs},
                         {QLatin1String("toMs"), toMs}},
                        QStringLiteral("rows"), std::move(reply));
}

void RemoteBackend::wallboard(Reply<WallboardSnapshot> reply)
{
    m_wallboardWaiting.append(std::move(reply));
    if (!m_wallboardAsking)
        askWallboard();
}

void RemoteBackend::askWallboard()
{
    m_wallboardAsking = true;
    QJsonObject payload;
    if (!m_wallboardRevision.isEmpty())
        payload.insert(QLatin1String("since"), m_wallboardRevision);
    request(
        QStringLiteral("wallboard"), payload, [this](const QJsonObject *result, const BackendError *error) {
            m_wallboardAsking = false;
            const QList<Reply<WallboardSnapshot>> waiting = std::exchange(m_wallboardWaiting, {});
            std::optional<BackendError> failure;
            if (error) {
                failure = *error;
            } else {
                auto update = decodeWallboardUpdate(*result);
                if (auto *problem = std::get_if<Protocol::Error>(&update)) {
                    failure = BackendError{QStringLiteral("bad-response"),
                        QStringLiteral("The server's answer to wallboard is malformed: %1") .arg(
                            problem->message)};
                    m_wallboardRevision.clear();
                } else if (!applyWallboardUpdate(m_wallboardBase, m_wallboardRevision,
                                                 std::get<WallboardUpdate>(update))) {
                    // Changes from another revision than ours (cannot happen with one request at a
                    // time): start again from the whole wallboard.
                    m_wallboardRevision.clear();
                    m_wallboardWaiting = waiting + m_wallboardWaiting;
                    askWallboard();
                    return;
                }
            }
            for (const Reply<WallboardSnapshot> &reply : waiting) {
                if (failure)
                    reply(*failure);
                else
                    reply(m_wallboardBase);
            }
            if (!m_wallboardWaiting.isEmpty() && !m_wallboardAsking)
                askWallboard();
        });
}

void RemoteBackend::wallboardIntraday(const QStringList &queueIds, Reply<WallboardIntraday> reply)
{
    call(QStringLiteral("wallboard-intraday"), {{QLatin1String("queueIds"), encode(queueIds)}},
                        QStringLiteral("intraday"), std::move(reply));
}

void RemoteBackend::wallboardTrend(const QStringList &queueIds, int days,
                                   Reply<QList<WallboardDayTotal>> reply)
{
    call(QStringLiteral("wallboard-trend"),
                        {{QLatin1String("queueIds"), encode(queueIds)}, {QLatin1String("days"), days}},
                        QStringLiteral("days"), std::move(reply));
}

void RemoteBackend::wallboardDrillDown(const WallboardDrillDown &request,
                                       Reply<QList<WallboardContact>> reply)
{
    call(QStringLiteral("wallboard-drill-down"), {{QLatin1String("request"), encode(request)}},
                        QStringLiteral("contacts"), std::move(reply));
}

void RemoteBackend::setAgentStateFor(qint64 agentId, AgentState state, const QString &reasonCode,
                                     Reply<bool> reply)
{
    command(QStringLiteral("set-agent-state"),
                           {{QLatin1String("agentId"), agentId},
                            {QLatin1String("state"), encode(state)},
                            {QLatin1String("reasonCode"), reasonCode}},
                           std::move(reply));
}

void RemoteBackend::setAgentSkill(qint64 agentId, const QString &skillId, int level, Reply<bool> reply)
{
    command(QStringLiteral("set-agent-skill"),
                           {{QLatin1String("agentId"), agentId},
                            {QLatin1String("skillId"), skillId},
                            {QLatin1String("level"), level}},
                           std::move(reply));
}

void RemoteBackend::messageAgent(qint64 agentId, const QString &body, Reply<bool> reply)
{
    command(QStringLiteral("message-agent"),
                           {{QLatin1String("agentId"), agentId}, {QLatin1String("body"), body}},
                           std::move(reply));
}

void RemoteBackend::superviseCall(qint64 agentId, SupervisionMode mode, Reply<bool> reply)
{
    command(QStringLiteral("supervise-call"),
                           {{QLatin1String("agentId"), agentId}, {QLatin1String("mode"), encode(mode)}},
                           std::move(reply));
}

void RemoteBackend::skillCatalogue(Reply<QList<Skill>> reply)
{
    call(QStringLiteral("skill-catalogue"), {}, QStringLiteral("skills"), std::move(reply));
}

void RemoteBackend::wallboardLayout(Reply<QByteArray> reply)
{
    call(QStringLiteral("wallboard-layout"), {}, QStringLiteral("layout"), std::move(reply));
}

void RemoteBackend::saveWallboardLayout(const QByteArray &layoutJson, Reply<bool> reply)
{
    command(QStringLiteral("save-wallboard-layout"), {{QLatin1String("layout"), encode(layoutJson)}},
                           std::move(reply));
}

} // namespace ContactDesk
