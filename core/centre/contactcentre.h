#pragma once

#include "backend/agentdesk.h"
#include "domain/agent.h"
#include "domain/domainerror.h"
#include "domain/message.h"
#include "domain/queue.h"
#include "domain/skill.h"
#include "routing/routedcontact.h"
#include "routing/routingengine.h"
#include "routing/routinglistener.h"
#include "routing/routingqueueconfig.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace ContactDesk {

class CentreJournal;
class Clock;
class Database;
class KpiEngine;
class KpiFeed;
class RoutingJournal;

// How the live centre turns the store's queues into routing policy.
struct CentreOptions
{
    // A contact waits this long for an agent at the queue's own skill levels; after that any agent
    // who speaks the customer's language may take it.
    int escalationSeconds = 60;
    int offerTimeoutSeconds = 20;
    // -1: wrap-up lasts until the agent finishes it (the desktop); >= 0: it ends by itself.
    int afterCallWorkSeconds = -1;
    // A customer's preferred language becomes a requirement at this level, when the store has a
    // skill for it ("korean", "english").
    int languageSkillLevel = 5;
    // A finished conversation brings the customer's last agent first for a while.
    int affinityDays = 0;
    // Region assumed for phone numbers written without a country code; empty: KR.
    QString defaultRegion;
};

// What the centre asks of the telephony connector for a call. Connectors carry it out on the
// switch and report back (ContactCentre::supervisionApplied).
struct TelephonyCommand
{
    enum class Kind
    {
        Supervise, // join (monitor / whisper / barge) or leave (None) the agent's call
    };
    Kind kind = Kind::Supervise;
    qint64 interactionId = 0;
    qint64 agentId = 0;
    QString agentExtension;
    SupervisionMode mode = SupervisionMode::None;
    QString supervisorName;
};

// A stretch of the centre's clock, [startMs, endMs), in milliseconds since the epoch.
struct ClockSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool operator==(const ClockSpan &other) const = default;
};

// A customer reaching the centre on some channel, as a connector (or the traffic simulator)
// reports it.
struct InboundContact
{
    Channel channel = Channel::Voice;
    QString queueId;
    // What the customer came from: a phone number in any common form (voice, SMS), an e-mail
    // address (e-mail, chat pre-chat form) or a "network:handle" (social). The centre looks the
    // customer up by it unless customerId is given.
    QString from;
    qint64 customerId = 0;
    QString language; // "ko", "en"; empty: the customer's preferred language
    QString subject;
    QString externalRef;
    std::optional<int> priority;
    // Written with the interaction, before any agent is offered it: the e-mail itself, the first
    // chat line, a bot's greeting.
    QList<Message> openingMessages;
};

// The contact centre running in this process: the routing engine on a clock, its journal, the
// KPI engine, and the store, kept in step. Everything a connector, a simulator or an agent does
// goes through here; every change comes out of the signals, in the order it happened.
//
// Interactions are written to the store before the engine accepts them (so the engine routes
// them under the store's id) and rewritten in the same transaction as every routing-journal
// batch that changes them, so the timeline shows what the engine acknowledged and a restart
// finds it. See docs/ARCHITECTURE.md, "Live centre", for consults, conferences and what the
// centre adds to the engine.
class ContactCentre final
    : public QObject
    , private RoutingListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCentre)

public:
    // Skills the centre gives every agent in the engine (never stored): one that every agent has,
    // for "any agent" escalation steps; one for internal consult calls; and one per agent
    // ("centre.agent.<id>"), which routes a consult call to exactly that colleague.
    static const QString AnyAgentSkill;
    static const QString ConsultSkill;
    static QString directSkill(qint64 agentId);
    // The queue internal consult calls go through. It is not a customer queue: it is left out of
    // the KPIs and of the transfer targets.
    static const QString ConsultQueueId;

    // `journal` keeps the routing engine's state (the store-backed one for a centre that resumes
    // after a restart); null: kept in memory for this process only.
    ContactCentre(Database &database, Clock &clock, std::unique_ptr<RoutingJournal> journal = {},
                  const CentreOptions &options = {}, QObject *parent = nullptr);
    ~ContactCentre() override;

    // Loads queues, skills and agents from the store, configures the engine, restores what the
    // journal kept and closes interactions the store left open that the engine no longer knows.
    std::optional<DomainError> start();
    bool isStarted() const { return m_started; }
    // When start() ran: the live KPI engine has seen everything since.
    qint64 startedAtMs() const { return m_startedAtMs; }
    // True after the routing journal could not be written: every request is refused.
    bool isFailed() const;

    Database &database() const { return m_database; }
    Clock &clock() const { return m_clock; }
    RoutingEngine &engine() const { return *m_engine; }
    KpiEngine &kpi() const { return *m_kpi; }
    const CentreOptions &options() const { return m_options; }
    void setDefaultRegion(const QString &region) { m_options.defaultRegion = region; }

    static RoutingQueueConfig routingConfigFor(const Queue &queue, const CentreOptions &options);

    // --- directory ------------------------------------------------------------------------
    QList<Agent> agents() const; // as stored, by id
    // The same without copying: ids in order, and the records (valid until the next change).
    const QList<qint64> &agentIds() const { return m_agentOrder; }
    const Agent *agentRecord(qint64 agentId) const;
    std::optional<Agent> agent(qint64 agentId) const;
    std::optional<Agent> agentByLogin(const QString &login) const;
    QList<Queue> queues() const; // customer queues, by id
    std::optional<Queue> queue(const QString &queueId) const;
    AgentStatus agentStatus(qint64 agentId) const;

    std::optional<ContactSummary> contact(qint64 interactionId) const;
    // The agent's offer and the contacts they are handling (connected, held, in wrap-up).
    QList<ContactSummary> contactsOf(qint64 agentId) const;
    QList<qint64> liveContactIds() const; // every contact not finished, by id
    // Colleagues (not `forAgentId`) with their presence, then customer queues with their depth.
    QList<TransferTarget> transferTargets(qint64 forAgentId) const;
    StoreResult<QList<DispositionOption>> dispositionOptions() const;
    StoreResult<QList<CannedResponse>> cannedResponses() const;

    // A person works as this agent (signed in at a desktop): simulators leave them alone.
    void setAttended(qint64 agentId, bool attended);
    bool isAttended(qint64 agentId) const { return m_attended.contains(agentId); }

    // --- customers and channels -----------------------------------------------------------
    ArrivalResult contactArrived(const InboundContact &contact);
    // A message from the customer of a contact that is not finished.
    StoreResult<Message> customerMessage(qint64 interactionId, const QString &subject, const QString &body);
    // The customer hung up or left before an agent answered.
    std::optional<DomainError> customerLeft(qint64 interactionId);
    std::optional<DomainError> requestCallback(qint64 interactionId);
    // A survey answer (1-5) for a closed interaction; told by csatRecorded().
    std::optional<DomainError> recordCsat(qint64 interactionId, int score);

    // --- agents ---------------------------------------------------------------------------
    // Each names the acting agent and is refused ("not-your-contact") for a contact that is
    // not theirs.
    std::optional<DomainError> setAgentState(qint64 agentId, AgentState state,
                                             const QString &reasonCode = {});
    std::optional<DomainError> acceptOffer(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> rejectOffer(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> hold(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> resume(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> setMuted(qint64 agentId, qint64 interactionId, bool muted);
    std::optional<DomainError> transferToAgent(qint64 agentId, qint64 interactionId, qint64 targetAgentId);
    std::optional<DomainError> transferToQueue(qint64 agentId, qint64 interactionId, const QString &queueId);
    std::optional<DomainError> startConsult(qint64 agentId, qint64 interactionId, qint64 colleagueId);
    std::optional<DomainError> completeConsultTransfer(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> conference(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> cancelConsult(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> endContact(qint64 agentId, qint64 interactionId);
    std::optional<DomainError> finishWrapUp(qint64 agentId, const WrapUp &wrapUp);
    StoreResult<Message> sendMessage(qint64 agentId, qint64 interactionId, const QString &subject,
                                     const QString &body);
    std::optional<DomainError> linkCustomer(qint64 agentId, qint64 interactionId, qint64 customerId);
    // From message.fromAgentId to one colleague (toAgentId) or an expert group (toGroup: a skill).
    StoreResult<InternalMessage> sendInternalMessage(const InternalMessage &message);

    // --- supervisors ------------------------------------------------------------------------
    // Gives an agent a skill at a level (1..10), or takes it away (level 0). Stored, and routing
    // uses it from the next decision on.
    std::optional<DomainError> setAgentSkill(qint64 agentId, const QString &skillId, int level);
    QList<Skill> skills() const; // agent skills, by id
    // Asks the telephony connector to join the agent's current call as `supervisorName` (or to
    // leave it, with None): a telephonyCommand() goes out, and the contact shows the mode once the
    // connector confirms it with supervisionApplied().
    std::optional<DomainError> superviseCall(qint64 agentId, SupervisionMode mode,
                                             const QString &supervisorName);
    // The connector's confirmation (or a mode it reports by itself, e.g. the supervisor hung up).
    std::optional<DomainError> supervisionApplied(qint64 interactionId, SupervisionMode mode);
    SupervisionMode supervisionOf(qint64 interactionId) const;
    // The agent's voice contact that is connected or held, 0 when none.
    qint64 currentCall(qint64 agentId) const;

    // --- recording (issue #6) ---------------------------------------------------------------
    // Whether anything stores recordings here: a recorder (ContactRecorder) turns it on while it
    // listens. Off, every contact's recording state is None and pausing is refused, so that no
    // agent is told a call is recorded when nothing records it.
    void setRecordingEnabled(bool enabled);
    bool isRecordingEnabled() const { return m_recordingEnabled; }
    // The agent pauses recording on their call (connected or held) while the customer gives card
    // details, and resumes it; like mute, the centre keeps it, and keeps every pause on the call's
    // timeline for the recorder, which leaves the paused audio out. Refused: a contact not theirs
    // (not-your-contact), not a customer's call (not-a-call), not in progress (not-connected),
    // not recorded at all (not-recorded). A pause ends by itself when the call goes to wrap-up,
    // ends or leaves the agent.
    std::optional<DomainError> setRecordingPaused(qint64 agentId, qint64 interactionId, bool paused);
    // A live contact's pauses so far, in order (one still going on ends now); empty for a contact
    // that is not live.
    QList<ClockSpan> recordingPauses(qint64 interactionId) const;

Q_SIGNALS:
    void agentChanged(const ContactDesk::AgentStatus &status);
    // A contact changed: its state, agent, customer, mute or consult. Also when it left an agent
    // (transferred, closed, abandoned): then agentId and state say where it went.
    void contactChanged(const ContactDesk::ContactSummary &contact);
    // An offer to `agentId` ended unanswered: "missed", "rejected", "abandoned", "withdrawn".
    void offerWithdrawn(qint64 interactionId, qint64 agentId, const QString &reasonCode);
    // Every message stored for a live contact, whoever sent it.
    void messageAdded(const ContactDesk::Message &message);
    void internalMessageAdded(const ContactDesk::InternalMessage &message);
    // The wait is long: the customer may be offered a callback.
    void callbackOffered(qint64 interactionId, qint64 estimatedWaitMs);
    void attendedChanged(qint64 agentId, bool attended);
    // The routing journal cannot be written: the centre refuses everything until restarted.
    void failed(const QString &reason);
    // A command for the telephony connector (the CTI gateway; LiveTraffic simulates one).
    void telephonyCommand(const ContactDesk::TelephonyCommand &command);
    // The survey answer of a closed interaction is stored (the recording shows it too).
    void csatRecorded(qint64 interactionId, int score);

private:
    // A contact the centre routes, with what the centre adds to the engine's record.
    struct LiveContact
    {
        RoutedContact routed; // as last written to the journal
        // The customer as the agent sees them; an agent may link one after arrival (the engine
        // keeps the id it was given, the store gets this one).
        qint64 customerId = 0;
        QString customerName;
        bool vip = false;
        QString from;
        QString notes; // set at wrap-up, written with the close
        bool muted = false;
        SupervisionMode supervision = SupervisionMode::None;
        qint64 consultFor = 0; // an internal consult call: the customer's interaction
        // The customer's Customer::recordingConsent; an unidentified caller is recorded (the
        // announcement at the start of the call told them) until linked to a customer who
        // refused.
        bool recordingConsent = true;
        std::optional<qint64> recordingPausedSinceMs;
        QList<ClockSpan> recordingPauses; // ended ones, in order
    };
    // A consult started on a customer's voice contact.
    struct Consult
    {
        qint64 consultId = 0; // the internal call
        qint64 agentId = 0;   // who consults
        qint64 colleagueId = 0;
        ConsultStage stage = ConsultStage::None;
    };

    void routingEvent(const RoutingEvent &event) override;
    void journalWritten(const JournalBatch &batch);
    void patchInteraction(Interaction &interaction) const;

    std::optional<DomainError> loadConfiguration();
    std::optional<DomainError> reconcileStore();
    std::optional<DomainError> adoptEngineContact(qint64 interactionId);
    Agent engineAgent(const Agent &stored, bool consultOnly) const;
    ArrivalResult admit(Interaction interaction, const ContactRequest &request, const QString &from,
                        const QList<Message> &openingMessages, LiveContact live);

    std::optional<DomainError> requireRunning() const;
    std::optional<DomainError> requireAgent(qint64 agentId) const;
    // The live contact `interactionId` when it is with `agentId` (offered, or handled).
    std::optional<DomainError> requireOwn(qint64 agentId, qint64 interactionId, LiveContact *&live);
    ContactSummary summarize(const LiveContact &live) const;
    RecordingState recordingStateOf(const LiveContact &live) const;
    // Ends the contact's recording pause, if one is going on, at `atMs`.
    static void endRecordingPause(LiveContact &live, qint64 atMs);
    void emitContact(qint64 interactionId);
    void emitAgent(qint64 agentId);
    std::optional<DomainError> engineResult(std::optional<DomainError> error);

    // Consults, built on engine calls (see docs/ARCHITECTURE.md).
    std::optional<DomainError> handOver(LiveContact &customer, qint64 colleagueId);
    std::optional<DomainError> dropConsult(LiveContact &customer, bool resumeCustomer);
    void consultEnded(qint64 consultId);
    void clearConsult(qint64 customerId);

    QString agentName(qint64 agentId) const;
    QString queueName(const QString &queueId) const;

    Database &m_database;
    Clock &m_clock;
    CentreOptions m_options;
    std::unique_ptr<CentreJournal> m_journal;
    std::unique_ptr<KpiEngine> m_kpi;
    std::unique_ptr<KpiFeed> m_kpiFeed;
    std::unique_ptr<RoutingEngine> m_engine;

    struct Repositories;
    std::unique_ptr<Repositories> m_store;

    QHash<qint64, Agent> m_agents; // as stored
    QList<qint64> m_agentOrder;    // by id
    QHash<QString, Queue> m_queues;
    QStringList m_queueOrder;
    QStringList m_skillIds;
    QHash<qint64, LiveContact> m_live;
    QHash<qint64, Consult> m_consults; // by the customer's interaction id
    QHash<qint64, qint64> m_consultOf; // consult call id -> customer's interaction id
    QSet<qint64> m_attended;
    bool m_started = false;
    bool m_recordingEnabled = false;
    qint64 m_startedAtMs = 0;
    bool m_reportedFailure = false;
};

} // namespace ContactDesk
