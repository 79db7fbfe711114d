#pragma once

#include "backend/deskbackend.h"
#include "net/protocolcodec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <optional>

class QTimer;
class QWebSocket;

namespace ContactDesk {

struct RemoteBackendOptions
{
    QUrl url; // ws://host:port or wss://host:port
    // A request without an answer this long fails with "timeout" (the connection is not trusted
    // either: it is dropped and made again).
    int requestTimeoutMs = 30'000;
    // Reconnection: the first try after this long, doubling up to the maximum, with jitter so
    // that a room of desktops does not come back in one burst.
    int firstRetryMs = 500;
    int maxRetryMs = 30'000;
    // The client pings this often and gives up on a server silent for three intervals.
    int heartbeatSeconds = 15;
    // Certificates to trust besides the system's (a server with a private CA or self-signed).
    QList<QSslCertificate> trustedCertificates;
};

// DeskBackend over protocol v1 (docs/PROTOCOL.md) to contactdesk-server. Requests go out as
// JSON with ids and answer when the server does; events become the interface's signals. When
// the line drops, every request in flight fails with "disconnected", connectionLost() is
// emitted, and the backend reconnects by itself with backoff; with a session it resumes it
// (the token), reloads the agent's state and contacts, and emits connectionRestored(). The
// token is the caller's to keep (sessionTokenChanged): the desktop keeps it in the keychain.
class RemoteBackend final : public DeskBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBackend)

public:
    explicit RemoteBackend(RemoteBackendOptions options, QObject *parent = nullptr);
    ~RemoteBackend() override;

    enum class Link
    {
        Offline,    // not started, or closed
        Connecting, // opening the socket or waiting for the handshake
        Connected,  // hello answered: requests go out
        Waiting,    // dropped; the next try is scheduled
    };
    Link link() const { return m_link; }
    // Opens the connection (and keeps it open until close()). With a token, the session it
    // names is resumed once connected; a refused token ends in sessionEnded().
    void open(const QString &resumeToken = QString());
    void close();
    // The server's role for the signed-in user (canSupervise, canManageOffers follow it).
    std::optional<UserRole> role() const;
    QString token() const { return m_token; }
    // The account's login (the session() is the agent's, whose login may differ).
    QString userLogin() const { return m_userLogin; }
    // The account's id, name and agent record (0: none) as the server said at sign-in.
    qint64 userId() const { return m_userId; }
    QString userDisplayName() const { return m_userDisplayName; }
    qint64 userAgentId() const { return m_userAgentId; }

    // For the other interfaces spoken on this connection (RemoteCoachingBackend): sends a
    // request; `answer` gets the result's payload or the error, exactly once, after the call
    // returned. Without a connection it fails with "disconnected".
    using Answer = std::function<void(const QJsonObject *result, const BackendError *error)>;
    void request(const QString &type, const QJsonObject &payload, Answer answer);
    // The same for a reply whose value is `key` of the result (empty: the whole result), decoded
    // with the protocol codec; a malformed answer is "bad-response".
    template <typename T>
    void call(const QString &type, const QJsonObject &payload, const QString &key, Reply<T> reply);
    // The same for a command: an empty result is true.
    void command(const QString &type, const QJsonObject &payload, Reply<bool> reply);
    int reconnectAttempts() const { return m_attempt; }
    // The wait before the next reconnection try; 0 when none is scheduled.
    int nextRetryMs() const;

    bool isEmbedded() const override { return false; }
    QString location() const override { return m_options.url.toString(); }
    void searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply) override;
    void customer(qint64 customerId, Reply<Customer> reply) override;
    void findCustomerByContact(ContactKind kind, const QString &value,
                               Reply<std::optional<Customer>> reply) override;
    void timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor, int limit,
                  Reply<TimelineItemPage> reply) override;
    void timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply) override;
    void messages(qint64 interactionId, Reply<QList<Message>> reply) override;
    void openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply) override;

    void signIn(const QString &login, const QString &password, Reply<AgentSession> reply) override;
    void signOut(Reply<bool> reply) override;
    std::optional<AgentSession> session() const override { return m_session; }
    void signInCandidates(Reply<QList<AgentSession>> reply) override;
    void setState(AgentState state, const QString &reasonCode, Reply<bool> reply) override;
    void myContacts(Reply<QList<ContactSummary>> reply) override;
    void acceptOffer(qint64 interactionId, Reply<bool> reply) override;
    void rejectOffer(qint64 interactionId, Reply<bool> reply) override;
    void hold(qint64 interactionId, Reply<bool> reply) override;
    void resume(qint64 interactionId, Reply<bool> reply) override;
    void setMuted(qint64 interactionId, bool muted, Reply<bool> reply) override;
    void setRecordingPaused(qint64 interactionId, bool paused, Reply<bool> reply) override;
    void transferToAgent(qint64 interactionId, qint64 agentId, Reply<bool> reply) override;
    void transferToQueue(qint64 interactionId, const QString &queueId, Reply<bool> reply) override;
    void startConsult(qint64 interactionId, qint64 agentId, Reply<bool> reply) override;
    void completeConsultTransfer(qint64 interactionId, Reply<bool> reply) override;
    void conference(qint64 interactionId, Reply<bool> reply) override;
    void cancelConsult(qint64 interactionId, Reply<bool> reply) override;
    void endContact(qint64 interactionId, Reply<bool> reply) override;
    void finishWrapUp(const WrapUp &wrapUp, Reply<bool> reply) override;
    void sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                     Reply<Message> reply) override;
    void linkCustomer(qint64 interactionId, qint64 customerId, Reply<bool> reply) override;
    void createCustomer(const Customer &customer, Reply<Customer> reply) override;
    void dispositionOptions(Reply<QList<DispositionOption>> reply) override;
    void cannedResponses(Reply<QList<CannedResponse>> reply) override;
    void transferTargets(Reply<QList<TransferTarget>> reply) override;
    void sendInternalMessage(const InternalMessage &message, Reply<InternalMessage> reply) override;
    void nextOffers(qint64 interactionId, const QString &language, int limit,
                    Reply<QList<NextOffer>> reply) override;
    void recordOfferOutcome(qint64 interactionId, const QString &offerId, const QString &outcome,
                            Reply<bool> reply) override;
    bool canManageOffers() const override;
    void offerCatalogue(Reply<QList<Offer>> reply) override;
    void offerProducts(Reply<QList<OfferProduct>> reply) override;
    void saveOffer(const Offer &offer, Reply<bool> reply) override;
    void importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply) override;
    void offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                     Reply<QList<OfferReportRow>> reply) override;
    bool canSupervise() const override;
    void wallboard(Reply<WallboardSnapshot> reply) override;
    void wallboardIntraday(const QStringList &queueIds, Reply<WallboardIntraday> reply) override;
    void wallboardTrend(const QStringList &queueIds, int days,
                        Reply<QList<WallboardDayTotal>> reply) override;
    void wallboardDrillDown(const WallboardDrillDown &request, Reply<QList<WallboardContact>> reply) override;
    void setAgentStateFor(qint64 agentId, AgentState state, const QString &reasonCode,
                          Reply<bool> reply) override;
    void setAgentSkill(qint64 agentId, const QString &skillId, int level, Reply<bool> reply) override;
    void messageAgent(qint64 agentId, const QString &body, Reply<bool> reply) override;
    void superviseCall(qint64 agentId, SupervisionMode mode, Reply<bool> reply) override;
    void skillCatalogue(Reply<QList<Skill>> reply) override;
    void wallboardLayout(Reply<QByteArray> reply) override;
    void saveWallboardLayout(const QByteArray &layoutJson, Reply<bool> reply) override;

Q_SIGNALS:
    // A new token after sign-in or resume, or empty after sign-out or a session that ended.
    void sessionTokenChanged(const QString &token, qint64 expiresMs);
    void linkChanged(ContactDesk::RemoteBackend::Link link);
    // An event this interface does not handle itself (the coaching events), for the others.
    void serverEvent(const QString &event, const QJsonObject &payload);

private:
    struct Pending
    {
        Answer answer;
        qint64 deadlineMs = 0;
    };

    void onContact(const char *type, qint64 interactionId, Reply<bool> reply);

    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onFrame(const QString &frame);
    void onEvent(const QString &event, const QJsonObject &payload);
    void checkLiveness();
    void scheduleReconnect();
    void setLink(Link link);
    void failAll(const BackendError &error);
    void adoptSession(const QJsonObject &payload);
    void endSession(const QString &reason);
    void setRole(std::optional<UserRole> role);
    void resumeSession();
    void subscribeWallboard();
    void askWallboard();
    void afterResume();

    RemoteBackendOptions m_options;
    QWebSocket *m_socket = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_liveness = nullptr;
    Link m_link = Link::Offline;
    bool m_wanted = false;       // open() until close()
    bool m_wasConnected = false; // a connection was up before this one: its loss was told
    int m_attempt = 0;
    qint64 m_lastId = 0;
    qint64 m_heardMs = 0;
    QHash<qint64, Pending> m_pending;
    QString m_token;
    std::optional<AgentSession> m_session;
    std::optional<UserRole> m_role;
    QString m_userLogin;
    qint64 m_userId = 0;
    QString m_userDisplayName;
    qint64 m_userAgentId = 0;
    bool m_wallboardWanted = false;
    // The wallboard as last received, at its revision: the server sends what changed since. One
    // request at a time; callers who ask meanwhile get the answer to the next one.
    WallboardSnapshot m_wallboardBase;
    QString m_wallboardRevision;
    bool m_wallboardAsking = false;
    QList<Reply<WallboardSnapshot>> m_wallboardWaiting;
};

template <typename T>
void RemoteBackend::call(const QString &type, const QJsonObject &payload, const QString &key, Reply<T> reply)
{
    request(type, payload, [reply, key, type](const QJsonObject *result, const BackendError *error) {
        if (error) {
            reply(*error);
            return;
        }
        auto decoded = Protocol::decode<T>(key.isEmpty() ? QJsonValue(*result) : result->value(key),
                                           QStringLiteral("payload.") + key);
        if (auto *problem = std::get_if<Protocol::Error>(&decoded)) {
            reply(BackendError{QStringLiteral("bad-response"),
                QStringLiteral("The server's answer to %1 is malformed: %2").arg(type, problem->message)});
            return;
        }
        reply(std::get<T>(std::move(decoded)));
    });
}

} // namespace ContactDesk
