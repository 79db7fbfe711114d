#include "ctigateway.h"

#include "backend/centrehost.h"
#include "centre/contactcentre.h"
#include "coaching/contactrecorder.h"
#include "net/websocketframes.h"
#include "store/interactionrepository.h"
#include "store/storeresult.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCtiGateway, "contactdesk.cti")

namespace ContactDesk {

namespace {

using Protocol::Fields;
using Protocol::Request;

QByteArray keyHash(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Blake2b_256);
}

// Compares two digests in time that does not depend on where they differ.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

DomainError unknownCall(const QString &callId)
{
    return {QStringLiteral("unknown-call"),
                           QStringLiteral("There is no call '%1' in the centre").arg(callId)};
}

// Why a spool file name is not one: empty when it is a bare file name ending in .wav.
QString ctiSpoolNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1String("..")))
        return QStringLiteral("'%1' is not a bare file name in the recordings spool").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char(':'))
            return QStringLiteral("'%1' is not a bare file name in the recordings spool").arg(name);
    }
    if (name.startsWith(QLatin1Char('.')) || !name.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        return QStringLiteral("'%1' is not a NAME.wav file").arg(name);
    return {};
}

} // namespace

CtiGateway::CtiGateway(CentreHost &host, CtiGatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_centre(host.centre())
    , m_options(std::move(options))
    , m_keyHash(m_options.apiKey.isEmpty() ? QByteArray() : keyHash(m_options.apiKey))
{
    m_options.apiKey.clear(); // only the hash stays in memory
    m_handlers.insert(QStringLiteral("hello"), [this](Client &c, const Request &r) { handleHello(c, r); });
    m_handlers.insert(QStringLiteral("call-ringing"),
                                     [this](Client &c, const Request &r) { handleRinging(c, r); });
    m_handlers.insert(QStringLiteral("call-answered"),
                                     [this](Client &c, const Request &r) { handleAnswered(c, r); });
    m_handlers.insert(QStringLiteral("call-held"),
                                     [this](Client &c, const Request &r) { handleHeld(c, r, true); });
    m_handlers.insert(QStringLiteral("call-retrieved"),
                                     [this](Client &c, const Request &r) { handleHeld(c, r, false); });
    m_handlers.insert(QStringLiteral("call-ended"),
                                     [this](Client &c, const Request &r) { handleEnded(c, r); });
    m_handlers.insert(QStringLiteral("supervision-applied"),
                                     [this](Client &c, const Request &r) { handleSupervisionApplied(c, r); });
    m_handlers.insert(QStringLiteral("recording-ready"),
                                     [this](Client &c, const Request &r) { handleRecordingReady(c, r); });
    connect(&m_centre, &ContactCentre::contactChanged, this, &CtiGateway::onContactChanged);
    connect(&m_centre, &ContactCentre::telephonyCommand, this, &CtiGateway::onTelephonyCommand);
}

CtiGateway::~CtiGateway()
{
    for (QWebSocket *socket : m_clients.keys()) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}

std::optional<DomainError> CtiGateway::listen(const QHostAddress &address, quint16 port,
                                              const std::optional<QSslConfiguration> &tls)
{
    m_server = new QWebSocketServer(QStringLiteral("contactdesk-cti"), tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls)
        m_server->setSslConfiguration(*tls);
    if (!m_server->listen(address, port)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return DomainError{QStringLiteral("listen-failed"),
                                          QStringLiteral("Cannot listen for the CTI gateway on %1:%2: %3")
                                                             .arg(address.toString())
                                                             .arg(port)
                                                             .arg(reason)};
    }
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            prepareWebSocket(*socket, m_options.maxFrameBytes * 4);
            m_clients.insert(socket, Client{socket});
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &frame) { onTextMessage(socket, frame); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clients.remove(socket);
                socket->deleteLater();
            });
        }
    });
    return std::nullopt;
}

quint16 CtiGateway::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString CtiGateway::url() const
{
    return m_server ? m_server->serverUrl().toString() : QString();
}

void CtiGateway::onTextMessage(QWebSocket *socket, const QString &frame)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    auto parsed = Protocol::parseRequest(frame.toUtf8(), m_options.maxFrameBytes);
    if (auto *error = std::get_if<Protocol::Error>(&parsed)) {
        protocolError(client, std::move(*error));
        return;
    }
    const Request &request = std::get<Request>(parsed);
    const auto handler = m_handlers.constFind(request.type);
    if (handler == m_handlers.cend()) {
        protocolError(client, {QString::fromLatin1(Protocol::ErrorCode::UnknownType),
                               QStringLiteral("There is no CTI request '%1'").arg(request.type),
                                              QStringLiteral("type"), request.id});
        return;
    }
    if (!client.authenticated && request.type != QLatin1String("hello")) {
        protocolError(client, {QString::fromLatin1(Protocol::ErrorCode::HandshakeRequired),
                               QStringLiteral("Send hello with the protocol version and the API key first"),
                                              QString(), request.id});
        return;
    }
    (*handler)(client, request);
}

void CtiGateway::protocolError(Client &client, Protocol::Error error)
{
    send(client, Protocol::errorFrame(error));
    if (++client.protocolErrors >= m_options.maxProtocolErrors)
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                             QStringLiteral("too many protocol errors"));
}

void CtiGateway::send(Client &client, const QByteArray &frame)
{
    client.socket->sendTextMessage(QString::fromUtf8(frame));
}

void CtiGateway::broadcast(const QString &event, const QJsonObject &payload)
{
    const QByteArray frame = Protocol::eventFrame(event, payload);
    for (Client &client : m_clients) {
        if (client.authenticated)
            send(client, frame);
    }
}

void CtiGateway::fail(Client &client, const QJsonValue &id, const DomainError &error)
{
    send(client, Protocol::errorFrame({error.code, error.message, QString(), id}));
}

CtiGateway::Call *CtiGateway::callOf(Client &client, const Request &request, Fields &fields)
{
    const QString callId = fields.string(u"callId", 200);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return nullptr;
    }
    auto it = m_calls.find(callId);
    if (it == m_calls.end()) {
        fail(client, request.id, unknownCall(callId));
        return nullptr;
    }
    return &*it;
}

void CtiGateway::handleHello(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const qint64 version = fields.integer(u"protocol", 0, 1'000'000);
    const QString key = fields.string(u"apiKey", 1024);
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    if (version != Protocol::Version) {
        fail(
            client, request.id,
            {QString::fromLatin1(Protocol::ErrorCode::UnsupportedVersion),
             QStringLiteral("This endpoint speaks protocol %1, not %2").arg(Protocol::Version).arg(version)});
        client.socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                             QStringLiteral("unsupported protocol version"));
        return;
    }
    if (!sameDigest(keyHash(key), m_keyHash)) {
        fail(client, request.id,
             {QStringLiteral("invalid-api-key"), QStringLiteral("The API key is not valid")});
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid API key"));
        return;
    }
    client.authenticated = true;
    send(client, Protocol::resultFrame(request.id, {{QLatin1String("protocol"), Protocol::Version}}));
}

void CtiGateway::handleRinging(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const QString callId = fields.string(u"callId", 200);
    const QString from = fields.string(u"from", 64);
    const QString to = fields.optionalString(u"to", 64).value_or(QString());
    if (!fields.error() && callId.trimmed().isEmpty())
        fields.invalid(u"callId", QStringLiteral("must not be empty"));
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }
    if (m_calls.contains(callId)) {
        // Told twice (a gateway that retries): the same answer, nothing new is created.
        const qint64 id = m_calls.value(callId).interactionId;
        const auto contact = m_centre.contact(id);
        send(client,
             Protocol::resultFrame(
                 request.id, {{QLatin1String("interactionId"), id},
                              {QLatin1String("customerId"), contact ? contact->customerId : 0},
                              {QLatin1String("customerName"), contact ? contact->customerName : QString()}}));
        return;
    }
    InboundContact call;
    call.channel = Channel::Voice;
    call.queueId = m_options.queueByDialledNumber.value(to, m_options.defaultQueueId);
    // The centre normalizes the number (libphonenumber, the centre's region) and finds the
    // customer it belongs to before routing.
    call.from = from;
    call.externalRef = callId;
    const ArrivalResult arrival = m_centre.contactArrived(call);
    if (arrival.error) {
        fail(client, request.id, *arrival.error);
        return;
    }
    m_calls.insert(callId, Call{callId, arrival.interactionId});
    m_callByInteraction.insert(arrival.interactionId, callId);
    // The switch records the call: its audio comes with recording-ready, none is made up.
    if (ContactRecorder *recorder = m_host.recorder())
        recorder->setAudioFromSwitch(arrival.interactionId);
    const auto contact = m_centre.contact(arrival.interactionId);
    QString outcome;
    switch (arrival.outcome) {
    case ArrivalOutcome::Queued:
        outcome = QStringLiteral("queued");
        break;
    case ArrivalOutcome::Offered:
        outcome = QStringLiteral("offered");
        break;
    case ArrivalOutcome::Blocked:
        outcome = QStringLiteral("blocked");
        break;
    }
    send(client,
         Protocol::resultFrame(
             request.id, {{QLatin1String("interactionId"), arrival.interactionId},
                          {QLatin1String("outcome"), outcome},
                          {QLatin1String("queueId"), call.queueId},
                          {QLatin1String("from"), contact ? contact->from : from},
                          {QLatin1String("customerId"), contact ? contact->customerId : 0},
                          {QLatin1String("customerName"), contact ? contact->customerName : QString()}}));
}

void CtiGateway::handleAnswered(Client &client, const Request &request)
{
    Fields fields(request.payload);
    Call *call = callOf(client, request, fields);
    if (!call)
        return;
    const auto contact = m_centre.contact(call->interactionId);
    if (!contact) {
        fail(client, request.id, unknownCall(call->callId));
        return;
    }
    // The agent picked up their phone: an offer still on the desk is taken.
    if (contact->state == InteractionState::Offered) {
        if (auto error = m_centre.acceptOffer(contact->agentId, call->interactionId)) {
            fail(client, request.id, *error);
            return;
        }
    }
    send(client, Protocol::resultFrame(request.id));
}

void CtiGateway::handleHeld(Client &client, const Request &request, bool held)
{
    Fields fields(request.payload);
    Call *call = callOf(client, request, fields);
    if (!call)
        return;
    const auto contact = m_centre.contact(call->interactionId);
    const bool isHeld = contact && contact->state == InteractionState::Held;
    if (contact && isHeld != held) {
        call->held = held; // the switch did it: no command back
        auto error = held ? m_centre.hold(contact->agentId, call->interactionId)
                          : m_centre.resume(contact->agentId, call->interactionId);
        if (error) {
            fail(client, request.id, *error);
            return;
        }
    }
    send(client, Protocol::resultFrame(request.id));
}

void CtiGateway::handleEnded(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const Call *call = callOf(client, request, fields);
    if (!call)
        return;
    const QString callId = call->callId;
    const qint64 interactionId = call->interactionId;
    // The switch ended it: forget the call first, so no command goes back for it.
    forgetCall(callId);
    const auto contact = m_centre.contact(interactionId);
    std::optional<DomainError> error;
    if (contact) {
        switch (contact->state) {
        case InteractionState::Connected:
        case InteractionState::Held:
            error = m_centre.endContact(contact->agentId, interactionId); // to wrap-up
            break;
        case InteractionState::WrapUp:
        case InteractionState::Closed:
            break;
        default:
            error = m_centre.customerLeft(interactionId); // hung up before an answer
            break;
        }
    }
    if (error) {
        fail(client, request.id, *error);
        return;
    }
    send(client, Protocol::resultFrame(request.id));
}

void CtiGateway::handleSupervisionApplied(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const QString modeKey = fields.string(u"mode", 20);
    const std::optional<SupervisionMode> mode = supervisionModeFromKey(modeKey);
    if (!fields.error() && !mode)
        fields.invalid(u"mode", QStringLiteral("'%1' is not none, monitor, whisper or barge").arg(modeKey));
    Call *call = callOf(client, request, fields);
    if (!call)
        return;
    if (auto error = m_centre.supervisionApplied(call->interactionId, *mode)) {
        fail(client, request.id, *error);
        return;
    }
    send(client, Protocol::resultFrame(request.id));
}

void CtiGateway::forgetCall(const QString &callId)
{
    const auto found = m_calls.constFind(callId);
    if (found == m_calls.cend())
        return;
    const qint64 interactionId = found->interactionId;
    m_callByInteraction.remove(interactionId);
    m_calls.remove(callId);
    if (!m_endedCalls.contains(callId))
        m_endedOrder.push_back(callId);
    m_endedCalls.insert(callId, EndedCall{interactionId});
    while (m_endedOrder.size() > size_t(std::max(1, m_options.maxEndedCalls))) {
        m_endedCalls.remove(m_endedOrder.front());
        m_endedOrder.pop_front();
    }
}

void CtiGateway::handleRecordingReady(Client &client, const Request &request)
{
    Fields fields(request.payload);
    const QString callId = fields.string(u"callId", 200);
    const QString file = fields.string(u"file", 255);
    if (!fields.error()) {
        if (const QString problem = ctiSpoolNameProblem(file); !problem.isEmpty())
            fields.invalid(u"file", problem);
    }
    QList<RecordingPause> pauses;
    if (!fields.error() && request.payload.contains(QLatin1String("pauses"))) {
        const QJsonArray list = fields.array(u"pauses");
        if (list.size() > 1000)
            fields.invalid(u"pauses", QStringLiteral("has more than 1000 pauses"));
        for (qsizetype i = 0; i < list.size() && !fields.error(); ++i) {
            const QString path = QStringLiteral("payload.pauses[%1]").arg(i);
            if (!list.at(i).isObject()) {
                fields.invalid(u"pauses", QStringLiteral("%1 is not an object").arg(path));
                break;
            }
            Fields pauseFields(list.at(i).toObject(), path);
            RecordingPause pause;
            pause.startMs = pauseFields.integer(u"startMs");
            pause.endMs = pauseFields.integer(u"endMs");
            if (auto error = pauseFields.errorFor(request.id)) {
                protocolError(client, *error);
                return;
            }
            const qint64 lastEnd = pauses.isEmpty() ? 0 : pauses.constLast().endMs;
            if (pause.endMs <= pause.startMs || pause.startMs < lastEnd) {
                fields.invalid(u"pauses",
                               QStringLiteral("%1 (%2 to %3 ms) is empty, out of order or overlaps "
                                                         "the one before")
                                                  .arg(path)
                                                  .arg(pause.startMs)
                                                  .arg(pause.endMs));
                break;
            }
            pauses.append(pause);
        }
    }
    if (auto error = fields.errorFor(request.id)) {
        protocolError(client, *error);
        return;
    }

    ContactRecorder *recorder = m_host.recorder();
    if (!recorder || m_options.recordingSpool.isEmpty()) {
        const QString why = !recorder ? m_host.recordingsUnavailable().value_or(DomainError()).message
                                      : QStringLiteral("No recordings spool was given (--cti-recordings)");
        fail(client, request.id, {QStringLiteral("recordings-unavailable"), why});
        return;
    }
    if (m_calls.contains(callId)) {
        fail(client, request.id,
             {QStringLiteral("call-in-progress"),
                             QStringLiteral("Call '%1' has not ended: report call-ended first").arg(callId)});
        return;
    }
    qint64 interactionId = 0;
    if (const auto ended = m_endedCalls.constFind(callId); ended != m_endedCalls.cend()) {
        if (ended->recordingReported) {
            fail(client, request.id,
                 {QStringLiteral("recording-already-reported"),
                     QStringLiteral("The recording of call '%1' was reported already").arg(callId)});
            return;
        }
        interactionId = ended->interactionId;
    } else {
        // Ended before this process started (the server was restarted), or too long ago for the
        // list: the call's contact is in the store under the switch's call id. The recorder
        // refuses a second recording and a call that never ended.
        auto stored = m_host.interactions().findByExternalRef(callId);
        if (!stored || stored->channel != Channel::Voice) {
            fail(client, request.id, unknownCall(callId));
            return;
        }
        interactionId = stored->id;
    }

    // The file must be inside the spool, also once links are resolved.
    const QDir spool(m_options.recordingSpool);
    const QString path = spool.filePath(file);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        fail(client, request.id,
             {QStringLiteral("spool-file-missing"),
                             QStringLiteral("There is no file '%1' in the recordings spool").arg(file)});
        return;
    }
    const QString spoolPath = QFileInfo(spool.absolutePath()).canonicalFilePath();
    if (spoolPath.isEmpty() || QFileInfo(info.canonicalFilePath()).absolutePath() != spoolPath) {
        Fields outside(request.payload);
        outside.invalid(u"file", QStringLiteral("'%1' is not inside the recordings spool").arg(file));
        protocolError(client, *outside.errorFor(request.id));
        return;
    }
    if (info.size() > m_options.maxRecordingBytes) {
        fail(
            client, request.id,
            {QStringLiteral("spool-file-too-large"), QStringLiteral("'%1' has %2 bytes; at most %3 are taken")
                                                                        .arg(file)
                                                                        .arg(info.size())
                                                                        .arg(m_options.maxRecordingBytes)});
        return;
    }
    QFile spoolFile(path);
    if (!spoolFile.open(QIODevice::ReadOnly)) {
        fail(client, request.id,
             {QStringLiteral("spool-file-error"),
                             QStringLiteral("Cannot read '%1' in the recordings spool: %2").arg(
                                 file, spoolFile.errorString())});
        return;
    }
    const QByteArray wav = spoolFile.readAll();
    spoolFile.close();

    auto stored = recorder->storeSwitchAudio(interactionId, wav, pauses);
    if (!stored) {
        // The file stays in the spool: nothing is lost, the gateway may report it again.
        DomainError error = stored.error();
        if (error.code == StoreErrorCode::AlreadyStored.toString()) {
            error = {
                QStringLiteral("recording-already-reported"),
                               QStringLiteral("The recording of call '%1' was reported already").arg(callId)};
        }
        fail(client, request.id, error);
        return;
    }
    if (const auto ended = m_endedCalls.find(callId); ended != m_endedCalls.end())
        ended->recordingReported = true;
    // Stored (or, without consent, not to be kept): the spool's copy goes.
    if (!QFile::remove(path)) {
        qCWarning(lcCtiGateway) << "recording" << stored->recordingId << "is stored, but" << path
                                << "could not be removed from the spool";
    }
    send(client, Protocol::resultFrame(request.id, {{QLatin1String("recordingId"), stored->recordingId},
                                                    {QLatin1String("recorded"), stored->consent}}));
}

void CtiGateway::onContactChanged(const ContactSummary &contact)
{
    const auto found = m_callByInteraction.constFind(contact.interactionId);
    if (found == m_callByInteraction.cend())
        return;
    Call &call = m_calls[*found];
    const std::optional<Agent> agent = contact.agentId > 0 ? m_centre.agent(contact.agentId) : std::nullopt;
    const QString extension = agent ? agent->extension : QString();
    const QJsonObject target{{QLatin1String("callId"), call.callId},
                             {QLatin1String("interactionId"), contact.interactionId},
                             {QLatin1String("agentId"), contact.agentId},
                             {QLatin1String("extension"), extension}};
    // The agent paused the recording on the desk (card details): the switch, which records the
    // call, leaves the stretch out and reports it with the recording's pauses.
    const bool paused = contact.recording == RecordingState::Paused;
    if (paused != call.recordingPaused && call.connectedSent
        && (contact.state == InteractionState::Connected || contact.state == InteractionState::Held)) {
        call.recordingPaused = paused;
        QJsonObject pause = target;
        pause.insert(QLatin1String("paused"), paused);
        broadcast(QStringLiteral("pause-recording"), pause);
    }
    if (contact.state == InteractionState::Connected && !call.connectedSent) {
        call.connectedSent = true;
        call.agentId = contact.agentId;
        broadcast(QStringLiteral("connect-call"), target);
    } else if (contact.state == InteractionState::Connected && contact.agentId != call.agentId) {
        // A transfer (blind, consultative, or out of a queue it was transferred to): the switch
        // moves the caller from the last agent's extension to this one's.
        QJsonObject transfer = target;
        transfer.insert(QLatin1String("fromAgentId"), call.agentId);
        call.agentId = contact.agentId;
        call.parked = false;
        call.held = false;
        broadcast(QStringLiteral("transfer-call"), transfer);
    } else if ((contact.state == InteractionState::Queued
                || (contact.state == InteractionState::Offered && contact.agentId != call.agentId))
               && call.connectedSent && !call.parked) {
        // Transferred to a queue (or on its way to a colleague): the caller waits at the
        // switch's queue music until an agent takes it.
        call.parked = true;
        broadcast(QStringLiteral("park-call"), {{QLatin1String("callId"), call.callId},
                                                {QLatin1String("interactionId"), contact.interactionId},
                                                {QLatin1String("queueId"), contact.queueId},
                                                {QLatin1String("fromAgentId"), call.agentId}});
    } else if (contact.state == InteractionState::Held && !call.held) {
        call.held = true;
        broadcast(QStringLiteral("hold-call"), target);
    } else if (contact.state == InteractionState::Connected && call.held) {
        call.held = false;
        broadcast(QStringLiteral("retrieve-call"), target);
    } else if (contact.state == InteractionState::WrapUp || contact.state == InteractionState::Closed) {
        // The agent ended it on the desk (or the customer hung up and the gateway told us).
        broadcast(QStringLiteral("release-call"), target);
        forgetCall(QString(call.callId));
    }
}

void CtiGateway::onTelephonyCommand(const TelephonyCommand &command)
{
    const QString callId = m_callByInteraction.value(command.interactionId);
    if (callId.isEmpty())
        return; // not a call this gateway carries
    broadcast(QStringLiteral("supervise-call"), {{QLatin1String("callId"), callId},
                                                 {QLatin1String("interactionId"), command.interactionId},
                                                 {QLatin1String("agentId"), command.agentId},
                                                 {QLatin1String("extension"), command.agentExtension},
                                                 {QLatin1String("mode"), supervisionModeKey(command.mode)},
                                                 {QLatin1String("supervisorName"), command.supervisorName}});
}

} // namespace ContactDesk
