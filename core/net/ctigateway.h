#pragma once

#include "domain/domainerror.h"
#include "protocol.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace ContactDesk {

class CentreHost;
class ContactCentre;
struct ContactSummary;
struct TelephonyCommand;

struct CtiGatewayOptions
{
    // The gateway's API key; only its BLAKE2b hash is kept. Empty: the endpoint refuses everyone.
    QString apiKey;
    // Which queue a dialled number reaches (as the gateway reports it); calls to other numbers
    // go to defaultQueueId.
    QHash<QString, QString> queueByDialledNumber;
    QString defaultQueueId;
    // The spool folder the gateway drops finished call recordings into (WAV files), reported
    // with recording-ready; empty: recordings are not taken.
    QString recordingSpool;
    qint64 maxRecordingBytes = qint64(1) << 30; // a spool file larger than this is refused
    // Ended calls remembered for their recording-ready, the oldest forgotten first (older ones,
    // and those from before a restart, are looked up in the store by call id).
    int maxEndedCalls = 10'000;
    qsizetype maxFrameBytes = 64 * 1024;
    int maxProtocolErrors = 16;
};

// The CTI gateway endpoint (docs/PROTOCOL.md, "CTI gateway"): a telephony gateway reports calls
// (ringing, answered, held, retrieved, ended, supervision applied) and receives the centre's
// commands for them (connect the call to the agent, hold, retrieve, monitor/whisper/barge). The
// switch records its calls: their audio comes as recording-ready, a WAV file in the spool folder,
// stored through the host's ContactRecorder; no audio is assembled for them.
// Separate from the desktops' endpoint, on its own port, authenticated with an API key.
class CtiGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtiGateway)

public:
    // The host (its centre and, once recordings are set up, its recorder) must outlive the
    // gateway.
    CtiGateway(CentreHost &host, CtiGatewayOptions options, QObject *parent = nullptr);
    ~CtiGateway() override;

    std::optional<DomainError> listen(const QHostAddress &address, quint16 port,
                                      const std::optional<QSslConfiguration> &tls = std::nullopt);
    quint16 port() const;
    QString url() const;
    int connectionCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        bool authenticated = false;
        int protocolErrors = 0;
    };
    struct Call
    {
        QString callId;
        qint64 interactionId = 0;
        bool connectedSent = false;
        bool held = false;
        qint64 agentId = 0;           // the agent the switch last connected the call to
        bool parked = false;          // transferred to a queue: waiting there, not with an agent
        bool recordingPaused = false; // the agent paused the recording on the desk (PCI)
    };
    // A call that ended, kept for its recording-ready.
    struct EndedCall
    {
        qint64 interactionId = 0;
        bool recordingReported = false;
    };

    void onTextMessage(QWebSocket *socket, const QString &frame);
    void protocolError(Client &client, Protocol::Error error);
    void send(Client &client, const QByteArray &frame);
    void broadcast(const QString &event, const QJsonObject &payload);
    void fail(Client &client, const QJsonValue &id, const DomainError &error);
    // The call the gateway names; fails the request when it is unknown.
    Call *callOf(Client &client, const Protocol::Request &request, Protocol::Fields &fields);

    void handleHello(Client &client, const Protocol::Request &request);
    void handleRinging(Client &client, const Protocol::Request &request);
    void handleAnswered(Client &client, const Protocol::Request &request);
    void handleHeld(Client &client, const Protocol::Request &request, bool held);
    void handleEnded(Client &client, const Protocol::Request &request);
    void handleSupervisionApplied(Client &client, const Protocol::Request &request);
    void handleRecordingReady(Client &client, const Protocol::Request &request);
    // The call is over at the switch or on the desk: no more commands, but its recording may
    // still come.
    void forgetCall(const QString &callId);

    void onContactChanged(const ContactSummary &contact);
    void onTelephonyCommand(const TelephonyCommand &command);

    CentreHost &m_host;
    ContactCentre &m_centre;
    CtiGatewayOptions m_options;
    QByteArray m_keyHash;
    QWebSocketServer *m_server = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, Call> m_calls;               // by the gateway's call id
    QHash<qint64, QString> m_callByInteraction; // interaction id -> call id
    QHash<QString, EndedCall> m_endedCalls;     // by the gateway's call id
    std::deque<QString> m_endedOrder;           // the ended calls' ids, oldest first
    QHash<QString, std::function<void(Client &, const Protocol::Request &)>> m_handlers;
};

} // namespace ContactDesk
