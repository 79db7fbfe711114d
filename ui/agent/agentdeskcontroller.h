#pragma once

#include "backend/deskbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace ContactDesk {

class ContactInboxModel;

// The agent's desk as the widgets see it: who is signed in, their state, the contacts they are
// offered and handling (in an inbox model), and the lists a contact needs (dispositions, canned
// responses). It turns the backend's signals into one place that widgets observe, and sends the
// agent's commands, whether the backend answers at once (embedded) or later (remote). What the
// backend changes comes back through its signals; replies only report errors and finish
// "busy" states, so a widget updates in one place whatever caused the change.
class AgentDeskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentDeskController)

public:
    // Clocks on screen move on whole seconds; a countdown needs no finer grain.
    static constexpr int TickMs = 1000;

    explicit AgentDeskController(QObject *parent = nullptr);
    ~AgentDeskController() override;

    void setBackend(DeskBackend *backend);
    DeskBackend *backend() const { return m_backend; }

    // Where "now" comes from for the timers and countdowns on screen: the wall clock unless set
    // (tests pass the contact centre's virtual clock).
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;

    // --- session and state ---
    void signIn(const QString &login, const QString &password = QString());
    void signOut();
    bool isSignedIn() const { return m_session.has_value(); }
    // Signed in with an agent record (a supervisor or admin on a server may have none: they
    // supervise and coach, and take no contacts).
    bool takesContacts() const { return m_session && m_session->agentId != 0; }
    const std::optional<AgentSession> &session() const { return m_session; }
    const AgentStatus &status() const { return m_status; }
    bool isSigningIn() const { return m_signingIn; }
    void setState(AgentState state, const QString &reasonCode = QString());
    bool isConnected() const { return m_connected; }

    // --- contacts ---
    ContactInboxModel *inbox() const { return m_inbox; }
    std::optional<ContactSummary> contact(qint64 interactionId) const;
    // A request for this contact is on its way: its buttons wait for the answer.
    bool isBusy(qint64 interactionId) const { return m_busy.contains(interactionId); }
    // A consult with a colleague is going on (started here; the customer is on hold).
    bool isConsulting(qint64 interactionId) const { return m_consulting.contains(interactionId); }
    // Whom the agent is consulting about the contact.
    QString consultPartner(qint64 interactionId) const { return m_consulting.value(interactionId); }
    bool isConferenced(qint64 interactionId) const { return m_conferenced.contains(interactionId); }

    void accept(qint64 interactionId);
    void reject(qint64 interactionId);
    void hold(qint64 interactionId);
    void resume(qint64 interactionId);
    void setMuted(qint64 interactionId, bool muted);
    // While the customer gives card details (PCI DSS): the contact's `recording` says which.
    void setRecordingPaused(qint64 interactionId, bool paused);
    void transferToAgent(qint64 interactionId, qint64 agentId);
    void transferToQueue(qint64 interactionId, const QString &queueId);
    void startConsult(qint64 interactionId, qint64 agentId, const QString &agentName);
    void completeConsultTransfer(qint64 interactionId);
    void conference(qint64 interactionId);
    void cancelConsult(qint64 interactionId);
    void endContact(qint64 interactionId);
    void finishWrapUp(const WrapUp &wrapUp);
    // `done` learns whether the message was stored (the transcript shows it either way once the
    // backend hands it back).
    void sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                     std::function<void(bool sent)> done = {});
    void linkCustomer(qint64 interactionId, qint64 customerId);

    // --- lists a contact needs (loaded at sign-in) ---
    const QList<DispositionOption> &dispositionOptions() const { return m_dispositions; }
    const QList<CannedResponse> &cannedResponses() const { return m_cannedResponses; }
    const QList<InternalMessage> &internalMessages() const { return m_internalMessages; }
    void sendInternalMessage(const InternalMessage &message, std::function<void(bool sent)> done = {});

Q_SIGNALS:
    void sessionChanged();
    void statusChanged(const ContactDesk::AgentStatus &status);
    // A new offer, in the inbox now.
    void offerArrived(const ContactDesk::ContactSummary &contact);
    // Anything about a contact in the inbox changed (state, customer, mute, recording, busy,
    // consult).
    void contactUpdated(qint64 interactionId);
    // The contact left the inbox; `reason` is the backend's code ("closed", "missed",
    // "rejected", "abandoned", "withdrawn", "transferred").
    void contactRemoved(qint64 interactionId, const QString &reason);
    void messageReceived(const ContactDesk::Message &message);
    void internalMessageReceived(const ContactDesk::InternalMessage &message);
    void listsLoaded();
    void connectionChanged(bool connected, const QString &reason);
    // Something failed; a sentence for the status bar.
    void errorOccurred(const QString &message);
    // Every TickMs while signed in: clocks on screen move on.
    void tick();

private:
    void onStateChanged(const AgentStatus &status);
    void onContactChanged(const ContactSummary &contact);
    void onOfferWithdrawn(qint64 interactionId, const QString &reason);
    void onMessageReceived(const Message &message);
    void onInternalMessage(const InternalMessage &message);
    void removeContact(qint64 interactionId, const QString &reason);
    void loadDesk();
    void clearDesk();
    void setBusy(qint64 interactionId, bool busy);
    // Sends a per-contact command; `after` runs on success (bookkeeping such as the consult flag).
    void command(qint64 interactionId, const QString &what,
                 const std::function<void(DeskBackend &, DeskBackend::Reply<bool>)> &send,
                 std::function<void()> after = {});
    void fail(const QString &what, const BackendError &error);

    QPointer<DeskBackend> m_backend;
    std::function<qint64()> m_now;
    QTimer *m_ticker = nullptr;
    ContactInboxModel *m_inbox = nullptr;

    std::optional<AgentSession> m_session;
    AgentStatus m_status;
    bool m_signingIn = false;
    bool m_connected = true;
    QSet<qint64> m_busy;
    QHash<qint64, QString> m_consulting;
    QSet<qint64> m_conferenced;
    QList<DispositionOption> m_dispositions;
    QList<CannedResponse> m_cannedResponses;
    QList<InternalMessage> m_internalMessages;
    // Bumped when the session ends or the backend changes: late answers for the old one are dropped.
    quint64 m_generation = 0;
};

} // namespace ContactDesk
