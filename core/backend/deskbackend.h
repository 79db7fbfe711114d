#pragma once

#include "agentdesk.h"
#include "domain/channel.h"
#include "domain/contactpoint.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "domain/workitem.h"
#include "offers/offeradvisor.h"
#include "offers/offerreports.h"
#include "wallboard.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace ContactDesk {

// Why a backend request failed. `code` is stable ("not-found", "invalid-argument", "storage",
// "disconnected", "forbidden" ...); `message` is a sentence for logs and, failing a better one,
// for people.
struct BackendError
{
    QString code;
    QString message;
};

// A request's answer: a value or an error.
template <typename T>
class BackendResult
{
public:
    BackendResult(T value)
        : m_value(std::move(value))
    {}
    BackendResult(BackendError error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const BackendError &error() const { return std::get<BackendError>(m_value); }

private:
    std::variant<T, BackendError> m_value;
};

struct TimelineFilter
{
    QList<Channel> channels; // empty: every channel
    QString text;            // matched against subject, notes and message bodies; empty: no text filter

    bool operator==(const TimelineFilter &other) const = default;
};

// Keyset position in a timeline: the page after (older than) the given entry. Default: the start.
struct TimelineCursor
{
    qint64 beforeCreatedMs = 0;
    qint64 beforeId = 0;

    bool isStart() const { return beforeCreatedMs == 0 && beforeId == 0; }

    bool operator==(const TimelineCursor &other) const = default;
};

struct TimelineItem
{
    Interaction interaction;
    int messageCount = 0;
    QString agentName;
};

struct TimelineItemPage
{
    QList<TimelineItem> items; // newest first
    bool hasMore = false;
    TimelineCursor next; // pass back for the following page
};

// What the UI may ask of a contact centre. Two implementations: EmbeddedBackend (the core in
// this process, on SQLite) and a remote one speaking the WebSocket protocol to
// contactdesk-server. Every request answers through its callback, possibly later (remote) or
// before the call returns (embedded); callers must handle both. Callbacks run on the thread
// that owns the backend.
class DeskBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskBackend)

public:
    template <typename T>
    using Reply = std::function<void(const BackendResult<T> &)>;

    using QObject::QObject;
    ~DeskBackend() override = default;

    // Where the data lives, for the status bar: true for the core in this process; location()
    // is the database (embedded, password hidden) or the server's URL (remote). The UI words it.
    virtual bool isEmbedded() const = 0;
    virtual QString location() const = 0;

    virtual void searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply) = 0;
    virtual void customer(qint64 customerId, Reply<Customer> reply) = 0;
    // The customer reachable at a phone number / e-mail / handle written in any common form;
    // an empty optional when nobody is.
    virtual void findCustomerByContact(ContactKind kind, const QString &value,
                                       Reply<std::optional<Customer>> reply) = 0;
    virtual void timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                          int limit, Reply<TimelineItemPage> reply) = 0;
    virtual void timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply) = 0;
    virtual void messages(qint64 interactionId, Reply<QList<Message>> reply) = 0;
    virtual void openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply) = 0;

    // --- the agent's desk (live) ------------------------------------------------------------
    // Every live request acts as the signed-in agent; before signIn() they fail with
    // "not-signed-in". Changes arrive as signals (below), also those the agent caused, so a
    // widget updates in one place whatever made the change.

    // Embedded: `password` is ignored for the demo agents. Remote: checked by the server.
    virtual void signIn(const QString &login, const QString &password, Reply<AgentSession> reply) = 0;
    virtual void signOut(Reply<bool> reply) = 0;
    virtual std::optional<AgentSession> session() const = 0;
    // The agents one may sign in as on this desktop (embedded: the demo agents); remote: empty.
    virtual void signInCandidates(Reply<QList<AgentSession>> reply) = 0;

    virtual void setState(AgentState state, const QString &reasonCode, Reply<bool> reply) = 0;
    // What the agent has now (offers, connected, held, wrap-up): for the first paint and after a
    // reconnect; later changes come as contactChanged.
    virtual void myContacts(Reply<QList<ContactSummary>> reply) = 0;

    virtual void acceptOffer(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void rejectOffer(qint64 interactionId, Reply<bool> reply) = 0;

    virtual void hold(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void resume(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void setMuted(qint64 interactionId, bool muted, Reply<bool> reply) = 0;
    // Pauses recording on a call in progress while the customer gives card details (PCI DSS),
    // or resumes it; the contact's `recording` says which. Refused for another agent's contact
    // ("forbidden"), a contact that is not a customer's call ("not-a-call"), one not connected
    // or held ("not-connected") and one that is not recorded ("not-recorded").
    virtual void setRecordingPaused(qint64 interactionId, bool paused, Reply<bool> reply) = 0;
    // Blind transfer: the contact leaves this agent at once.
    virtual void transferToAgent(qint64 interactionId, qint64 agentId, Reply<bool> reply) = 0;
    virtual void transferToQueue(qint64 interactionId, const QString &queueId, Reply<bool> reply) = 0;
    // Consult: talk to a colleague first (the customer on hold), then complete the transfer,
    // join all three (conference), or cancel and take the customer back.
    virtual void startConsult(qint64 interactionId, qint64 agentId, Reply<bool> reply) = 0;
    virtual void completeConsultTransfer(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void conference(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void cancelConsult(qint64 interactionId, Reply<bool> reply) = 0;
    // The conversation is over; the contact goes to wrap-up (After-Call Work time starts).
    virtual void endContact(qint64 interactionId, Reply<bool> reply) = 0;
    virtual void finishWrapUp(const WrapUp &wrapUp, Reply<bool> reply) = 0;

    // Chat, SMS, social and e-mail: the stored message comes back (with its id and time).
    virtual void sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                             Reply<Message> reply) = 0;
    virtual void linkCustomer(qint64 interactionId, qint64 customerId, Reply<bool> reply) = 0;
    virtual void createCustomer(const Customer &customer, Reply<Customer> reply) = 0;

    virtual void dispositionOptions(Reply<QList<DispositionOption>> reply) = 0;
    virtual void cannedResponses(Reply<QList<CannedResponse>> reply) = 0;
    virtual void transferTargets(Reply<QList<TransferTarget>> reply) = 0;

    virtual void sendInternalMessage(const InternalMessage &message, Reply<InternalMessage> reply) = 0;

    // Next-best offers for the customer of one of the agent's contacts (best first, at most
    // `limit`), with outcomes already recorded on it; `language` ("ko", "en") for names and reasons.
    virtual void nextOffers(qint64 interactionId, const QString &language, int limit,
                            Reply<QList<NextOffer>> reply) = 0;
    // Records what the customer said to an offer on the interaction ("accepted", "declined",
    // "not-now"); the engine learns from it at once.
    virtual void recordOfferOutcome(qint64 interactionId, const QString &offerId, const QString &outcome,
                                    Reply<bool> reply) = 0;

    // --- the offer catalogue and its reports (admins and supervisors; see canManageOffers) ---
    // Embedded, the person at this desktop runs the local centre and may; a remote centre asks
    // the server, which checks the role of the session.
    virtual bool canManageOffers() const = 0;
    virtual void offerCatalogue(Reply<QList<Offer>> reply) = 0; // every offer, inactive ones too
    // What offers may sell and eligibility rules name (by id): for the offer editor.
    virtual void offerProducts(Reply<QList<OfferProduct>> reply) = 0;
    virtual void saveOffer(const Offer &offer, Reply<bool> reply) = 0;
    // A catalogue in the JSON format of docs/OFFERS.md: all of it, or nothing and the reason.
    virtual void importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply) = 0;
    // Outcomes recorded in [fromMs, toMs), by "offer", "agent" or "segment".
    virtual void offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                             Reply<QList<OfferReportRow>> reply) = 0;

    // --- the supervisor's wallboard (supervisors and admins; see canSupervise) -------------
    // Embedded, the person at this desktop runs the local centre and may; a remote centre
    // checks the session's role on every request.
    virtual bool canSupervise() const = 0;
    // Every customer queue and agent now. Changes are announced by wallboardChanged(); a view
    // asks again (coalescing bursts) and at least once a second for the figures that grow.
    virtual void wallboard(Reply<WallboardSnapshot> reply) = 0;
    // Today's 15-minute intervals for a group of queues (empty: all), with the forecast and the
    // agents Erlang C / Erlang A require.
    virtual void wallboardIntraday(const QStringList &queueIds, Reply<WallboardIntraday> reply) = 0;
    // The last `days` whole days before today, oldest first, from the store.
    virtual void wallboardTrend(const QStringList &queueIds, int days,
                                Reply<QList<WallboardDayTotal>> reply) = 0;
    // Exactly the contacts behind a figure of the wallboard.
    virtual void wallboardDrillDown(const WallboardDrillDown &request,
                                    Reply<QList<WallboardContact>> reply) = 0;
    // Supervisor actions on an agent. A skill change reaches routing at once; level 0 removes it.
    virtual void setAgentStateFor(qint64 agentId, AgentState state, const QString &reasonCode,
                                  Reply<bool> reply) = 0;
    virtual void setAgentSkill(qint64 agentId, const QString &skillId, int level, Reply<bool> reply) = 0;
    // An internal message from the supervisor to the agent (shown in their help chat).
    virtual void messageAgent(qint64 agentId, const QString &body, Reply<bool> reply) = 0;
    // Joins (or, with None, leaves) the agent's current voice contact through the telephony connector.
    virtual void superviseCall(qint64 agentId, SupervisionMode mode, Reply<bool> reply) = 0;
    // The skills agents can be given (id and name), for the supervisor's skill editor.
    virtual void skillCatalogue(Reply<QList<Skill>> reply) = 0;
    // The supervisor's saved wallboard layout (docs/KPIS.md, "Wallboard layout"); empty when none
    // was saved yet.
    virtual void wallboardLayout(Reply<QByteArray> reply) = 0;
    virtual void saveWallboardLayout(const QByteArray &layoutJson, Reply<bool> reply) = 0;

Q_SIGNALS:
    void stateChanged(const ContactDesk::AgentStatus &status);
    // An offer arrived, a contact changed state, or a contact left this agent (closed,
    // transferred, withdrawn offer: then state says where it went and the UI drops it).
    void contactChanged(const ContactDesk::ContactSummary &contact);
    // reasonCode: "missed" (timed out), "rejected", "abandoned" (the customer left), "withdrawn".
    void offerWithdrawn(qint64 interactionId, const QString &reasonCode);
    void messageReceived(const ContactDesk::Message &message);
    void internalMessageReceived(const ContactDesk::InternalMessage &message);
    // The connection to the contact centre was lost (remote) or the core failed (embedded).
    void connectionLost(const QString &reason);
    void connectionRestored();
    // The sign-in ended without the user asking: the session expired or was revoked, or a
    // reconnect could not resume it. The desk is empty until someone signs in again.
    void sessionEnded(const QString &reason);
    // Something on the wallboard changed (a routing, agent or KPI event). Cheap and frequent.
    void wallboardChanged();
    // What the signed-in person may do changed (canSupervise, canManageOffers): a sign-in, a
    // resumed session or a sign-out on a server. The embedded centre's never changes.
    void accessChanged();
};

} // namespace ContactDesk
