#pragma once

#include "agentindex.h"
#include "clock.h"
#include "domain/agent.h"
#include "domain/domainerror.h"
#include "domain/workitem.h"
#include "idtable.h"
#include "outboundcampaign.h"
#include "routedagent.h"
#include "routedcontact.h"
#include "routingjournal.h"
#include "routinglistener.h"
#include "routingqueueconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace ContactDesk {

class KpiFeed;

// A contact asking to be routed.
struct ContactRequest
{
    Channel channel = Channel::Voice;
    Direction direction = Direction::Inbound;
    QString queueId;
    QList<SkillRequirement> requiredSkills; // on top of the queue's steps (a language, say)
    std::optional<int> priority;            // 0-100; the queue's default when not given
    qint64 customerId = 0;
    bool vip = false;
    QString subject;
    QString externalRef;
    qint64 interactionId = 0; // 0: the engine numbers it
};

enum class ArrivalOutcome
{
    Queued,  // waiting in line (or for the customer's last agent)
    Offered, // offered to an agent at once
    Blocked, // refused: the queue is full
};

struct ArrivalResult
{
    std::optional<DomainError> error; // refused; nothing was accepted
    qint64 interactionId = 0;
    ArrivalOutcome outcome = ArrivalOutcome::Queued;
    qint64 agentId = 0; // when offered
    bool callbackOffered = false;
    qint64 estimatedWaitMs = -1; // when queued: the estimate the callback offer was based on
};

// The automatic call distributor: decides which agent gets which contact, and when.
//
// Single-threaded and event-driven. Every input (a method below) and every timer it schedules on
// its Clock is one event: the engine applies it, writes everything it changed to the
// RoutingJournal in one batch, and only then returns (the acknowledgement) and tells the
// KpiFeed and the listeners, in order. With a VirtualClock the same inputs give the same
// decisions, to the millisecond. See docs/ROUTING.md for the model and the policies.
class RoutingEngine final
{
public:
    explicit RoutingEngine(Clock &clock, RoutingJournal *journal = nullptr, KpiFeed *kpi = nullptr);
    ~RoutingEngine();
    Q_DISABLE_COPY_MOVE(RoutingEngine)

    Clock &clock() const { return m_clock; }
    void setKpiFeed(KpiFeed *kpi);
    void addListener(RoutingListener *listener);
    void removeListener(RoutingListener *listener);

    // --- configuration (from the store at start-up; not journaled) ---------------------------
    // Adds a queue or replaces its settings; contacts waiting in it are re-placed under the new
    // steps. An overflow target must be configured before the queue that names it.
    std::optional<DomainError> configureQueue(const RoutingQueueConfig &config);
    // Adds an agent (logged out) or replaces its skills and capacity, keeping its presence.
    std::optional<DomainError> configureAgent(const Agent &agent);

    // Replaces the engine's state with the journal's: agents' presence, contacts in their places
    // (an offer that was out becomes a waiting contact again, at its place), affinity, campaigns.
    // Call it once after configuration; the engine also calls it itself after a failed write.
    std::optional<DomainError> restore();

    // --- events ---------------------------------------------------------------------------------
    ArrivalResult contactArrived(const ContactRequest &request);
    ArrivalResult createWorkItem(const WorkItem &item);
    std::optional<DomainError> startCampaign(const OutboundCampaign &campaign);

    // Ready, Not Ready (with a reason code) or Logged Out. Ready during after-call work finishes
    // the agent's wrap-ups. After-call work itself starts when a contact ends.
    std::optional<DomainError> setAgentState(qint64 agentId, AgentState state,
                                             const QString &reasonCode = {});
    std::optional<DomainError> acceptOffer(qint64 agentId, qint64 interactionId);
    // The contact goes back to its place in line; the agent goes Not Ready "rejected".
    std::optional<DomainError> rejectOffer(qint64 agentId, qint64 interactionId);

    std::optional<DomainError> hold(qint64 interactionId);
    std::optional<DomainError> resume(qint64 interactionId);
    std::optional<DomainError> transferToQueue(qint64 interactionId, const QString &queueId);
    std::optional<DomainError> transferToAgent(qint64 interactionId, qint64 agentId);
    // The conversation is over: the contact goes to wrap-up (and is closed at once when the
    // queue has no after-call work).
    std::optional<DomainError> endContact(qint64 interactionId);
    std::optional<DomainError> finishWrapUp(qint64 interactionId, const QString &dispositionCode = {},
                                            bool resolved = false);
    std::optional<DomainError> abandon(qint64 interactionId);
    // The customer accepted a callback: they leave the line and keep their place.
    std::optional<DomainError> requestCallback(qint64 interactionId);

    // --- views ----------------------------------------------------------------------------------
    const RoutedContact *contact(qint64 interactionId) const;
    const RoutedAgent *agent(qint64 agentId) const;
    QList<qint64> agentContacts(qint64 agentId) const; // connected, held or in wrap-up
    qint64 pendingOffer(qint64 agentId) const;         // 0: none
    // In the order they would be served now (waiting for a last agent included).
    QList<qint64> waitingContacts(const QString &queueId) const;
    int waitingCount(const QString &queueId) const;
    QList<qint64> liveContacts() const; // every contact not finished, by id
    int liveContactCount() const { return int(m_contactIndex.size()); }
    // Expected wait of a contact joining the queue now; -1 when nobody staffs it.
    qint64 estimatedWaitMs(const QString &queueId) const;
    const OutboundCampaign *campaign(const QString &campaignId) const;
    qint64 decisionCount() const { return m_decisions; }
    // True after the journal failed twice in a row: every event is refused until restore().
    bool isFailed() const { return m_failed; }

    // Every way the internal structures could disagree with each other; empty when consistent.
    // For tests: it walks everything.
    QStringList checkInvariants() const;

private:
    using Requirement = AgentIndex::Requirement;
    using Requirements = std::vector<Requirement>;

    struct WaitKey
    {
        int tier = 0;    // 0: customers, 1: back-office work (served after any customer)
        qint64 rank = 0; // larger first; constant while waiting (see rankOf)
        qint64 placeMs = 0;
        qint64 sequence = 0;
        int contact = -1;
        bool operator<(const WaitKey &other) const;
    };
    struct QueueState
    {
        RoutingQueueConfig config;
        std::vector<Requirements> stepRequirements;
        std::vector<int> stepPrimary;
        std::vector<int> stepTimeoutMs;
        int overflow = -1;
        int waiting = 0;
        int staffed = 0;
        double handleMsAverage = 0;
        qint64 roundRobinAfter = 0;
        std::vector<int> plainClasses; // (step * ChannelCount + channel) -> class, or -1
    };
    struct ContactClass
    {
        int queue = -1;
        Channel channel = Channel::Voice;
        int primary = 0;
        Requirements requirements;
        std::set<WaitKey> waiting;
        int activePosition = -1;
    };
    struct ClassKey
    {
        int queue;
        int channel;
        int primary;
        Requirements requirements;
        auto operator<=>(const ClassKey &other) const = default;
    };
    struct ContactSlot
    {
        RoutedContact data;
        bool used = false;
        bool dirty = false;
        bool finished = false;
        int queue = -1;
        Requirements extra;
        int classIndex = -1;
        WaitKey key;
        int reservedFor = -1;
        int agent = -1;
        TimerId stepTimer = 0;
        TimerId affinityTimer = 0;
        TimerId offerTimer = 0;
        TimerId wrapUpTimer = 0;
    };
    struct AgentSlot
    {
        // What every decision reads comes first, to share a cache line or two.
        int pendingOffer = -1;
        int active = 0;
        int wrapUps = 0;
        bool voiceBlocks = true;
        bool staffed = false;
        bool dirty = false;
        int channelCount[ChannelCount] = {};
        int limits[ChannelCount] = {};
        QVarLengthArray<int, 4> contacts;
        RoutedAgent data;
        std::vector<int> reserved;
        std::vector<int> queues;
        Agent config;
    };
    struct Outgoing;

    template <typename Result, typename Body>
    Result process(Body &&body);
    std::optional<DomainError> commit();
    void deliver();
    void resetRuntime();
    // keepOffers: rebuilding after a failed write in the same process, where offers that were
    // out are still out; after a restart they died with the process and go back in line.
    std::optional<DomainError> rebuildFromJournal(bool keepOffers);
    void emitKpi(const Outgoing &call);
    void emitEvent(RoutingEvent event);
    bool observed() const { return m_kpi || !m_listeners.isEmpty(); }

    int internSkill(const QString &skill);
    Requirements resolve(const QList<SkillRequirement> &requirements);
    Requirements combine(const Requirements &step, const Requirements &extra, int floor) const;
    void rebuildQueue(QueueState &queue);
    std::vector<AgentIndex::SkillLevel> indexedSkills(const Agent &agent) const;
    void useAnySkill();
    int classFor(int contact);
    void activateClass(int classIndex);
    void deactivateClass(int classIndex);

    int newContactSlot();
    void markDirty(int contact);
    void markDirtyAgent(int agent);
    void finishContact(int contact);
    void transition(int contact, InteractionState state);
    qint64 rankOf(const ContactSlot &slot) const;
    WaitKey effectiveKey(const ContactSlot &slot) const;
    static bool better(const WaitKey &a, const WaitKey &b);

    // contacts
    ArrivalResult admit(int contact);
    void placeWaiting(int contact);
    void removeWaiting(int contact);
    void startStep(int contact, int step, qint64 sinceMs);
    void armStepTimer(int contact);
    void dispatchContact(int contact);
    void offer(int contact, int agent);
    void returnToLine(int contact);
    void onStepTimeout(qint64 interactionId);
    void onAffinityTimeout(qint64 interactionId);
    void onOfferTimeout(qint64 interactionId);
    void onWrapUpTimeout(qint64 interactionId);
    void releaseAffinity(int contact);
    std::optional<int> affinityAgentFor(int contact);
    void cancelTimers(ContactSlot &slot);
    void completeSegment(int contact, qint64 endMs);
    void closeContact(int contact, const QString &dispositionCode, bool resolved);
    qint64 estimateWait(int queue, int ahead) const;

    // agents
    bool canTake(const AgentSlot &agent, Channel channel) const;
    unsigned availableChannels(const AgentSlot &agent) const;
    void relist(int agent);
    void dispatchAgent(int agent);
    bool dispatchCampaignTo(int agent);
    int createOutbound(int campaign, int queue);
    void changePresence(int agent, AgentState state, const QString &reasonCode);
    void account(AgentSlot &agent);
    void rollDay(AgentSlot &agent);
    void scheduleDayRollover();
    void onDayRollover();
    void attach(int contact, int agent);
    void detach(int contact);
    void reportWorkload(int agent);
    void reportQueued(int contact);
    void recomputeAgentQueues(int agent);
    void setStaffed(int agent, bool staffed);
    AgentIndex::OrderKeys orderKeys(const AgentSlot &agent) const;

    std::optional<DomainError> requireContact(qint64 interactionId, int &slot) const;
    std::optional<DomainError> requireAgent(qint64 agentId, int &slot) const;

    Clock &m_clock;
    RoutingJournal *m_journal = nullptr;
    KpiFeed *m_kpi = nullptr;
    QList<RoutingListener *> m_listeners;

    QHash<QString, int> m_skillIndex;
    QStringList m_skillNames;
    // Qt's string hash costs more than a whole routing decision here; queue ids are short.
    struct QueueIdHash
    {
        std::size_t operator()(const QString &id) const noexcept;
    };
    int queueOf(const QString &queueId) const;

    std::vector<QueueState> m_queues;
    std::unordered_map<QString, int, QueueIdHash> m_queueIndex;
    bool m_anySkillUsed = false; // some step takes any agent at all: list everyone under skill 0
    std::vector<ContactClass> m_classes;
    std::map<ClassKey, int> m_classIndex;
    std::vector<std::vector<int>> m_activeClasses; // by primary skill

    std::vector<ContactSlot> m_contacts;
    std::vector<int> m_freeContacts;
    IdTable m_contactIndex;
    std::vector<AgentSlot> m_agents;
    IdTable m_agentIndex;
    AgentIndex m_index;

    std::unordered_map<qint64, AffinityEntry> m_affinity;
    std::vector<OutboundCampaign> m_campaigns;
    std::vector<bool> m_campaignDirty;

    std::vector<int> m_dirtyContacts;
    std::vector<int> m_dirtyAgents;
    std::vector<int> m_dirtyCampaigns;
    std::vector<AffinityEntry> m_dirtyAffinity;
    JournalBatch m_batch;
    std::vector<Outgoing> m_outbox;
    bool m_inEvent = false;
    bool m_delivering = false;
    bool m_failed = false;

    qint64 m_nowMs = 0; // the clock's time when the current event began
    qint64 m_nextInteractionId = 1;
    qint64 m_nextPlaceSequence = 1;
    qint64 m_decisions = 0;
    qint64 m_dayStartMs = 0;
    TimerId m_dayTimer = 0;
};

} // namespace ContactDesk
