#include "contactcentre.h"

#include "cannedresponserepository.h"
#include "centrejournal.h"
#include "domain/timeunits.h"
#include "interactionoriginrepository.h"
#include "internalmessagerepository.h"
#include "metrics/kpiengine.h"
#include "metrics/kpifeed.h"
#include "routing/clock.h"
#include "routing/inmemoryroutingjournal.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/dispositionrepository.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/queuerepository.h"
#include "store/skillrepository.h"
#include "store/workitemrepository.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCentre, "contactdesk.centre")

namespace ContactDesk {

const QString ContactCentre::AnyAgentSkill = QStringLiteral("centre.any");
const QString ContactCentre::ConsultSkill = QStringLiteral("centre.consult");
const QString ContactCentre::ConsultQueueId = QStringLiteral("centre.consult");

namespace {

constexpr int ConsultPriority = 100;

DomainError centreError(const char *code, const QString &message)
{
    return DomainError{QString::fromLatin1(code), message};
}

// How a customer's `from` is looked up on each channel. A chat visitor is known by the e-mail
// address of the pre-chat form when they gave one.
ContactKind contactKindFor(Channel channel, const QString &from)
{
    switch (channel) {
    case Channel::Voice:
    case Channel::Sms:
        return ContactKind::Phone;
    case Channel::Email:
        return ContactKind::Email;
    case Channel::Chat:
        return from.contains(QLatin1Char('@')) ? ContactKind::Email : ContactKind::Chat;
    case Channel::Social:
        return ContactKind::Social;
    case Channel::WorkItem:
        break;
    }
    return ContactKind::Chat;
}

QString languageSkill(const QString &language)
{
    if (language.startsWith(QLatin1String("ko")))
        return QStringLiteral("korean");
    if (language.startsWith(QLatin1String("en")))
        return QStringLiteral("english");
    return QString();
}

// The KPI engine's view of the centre: customer contacts only. Internal consult calls are agent
// work (they count in the agent's workload and busy time) but not contacts the centre was offered.
class CentreKpiFeed final : public KpiFeed
{
public:
    explicit CentreKpiFeed(KpiFeed &target)
        : m_target(target)
    {}

    void queueConfigured(const QString &queueId, int serviceLevelSeconds, int shortAbandonSeconds) override
    {
        if (!internal(queueId))
            m_target.queueConfigured(queueId, serviceLevelSeconds, shortAbandonSeconds);
    }
    void contactQueued(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                       qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.contactQueued(interactionId, queueId, channel, customerId, atMs);
    }
    void contactBlocked(qint64 interactionId, const QString &queueId, Channel channel, qint64 customerId,
                        qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.contactBlocked(interactionId, queueId, channel, customerId, atMs);
    }
    void callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.callbackRequested(interactionId, queueId, atMs);
    }
    void contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId, qint64 waitMs,
                         qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.contactAnswered(interactionId, queueId, agentId, waitMs, atMs);
    }
    void contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs, qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.contactAbandoned(interactionId, queueId, waitMs, atMs);
    }
    void contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.contactMovedOut(interactionId, queueId, atMs);
    }
    void contactCompleted(qint64 interactionId, const QString &queueId, Channel channel, qint64 agentId,
                          qint64 customerId, qint64 talkMs, qint64 holdMs, qint64 afterCallWorkMs,
                          bool resolvedFlag, qint64 atMs) override
    {
        if (!internal(queueId)) {
            m_target.contactCompleted(interactionId, queueId, channel, agentId, customerId, talkMs, holdMs,
                                      afterCallWorkMs, resolvedFlag, atMs);
        }
    }
    void csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                      qint64 atMs) override
    {
        if (!internal(queueId))
            m_target.csatRecorded(interactionId, queueId, agentId, score, atMs);
    }
    void agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode, qint64 atMs) override
    {
        m_target.agentStateChanged(agentId, state, reasonCode, atMs);
    }
    void agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs) override
    {
        m_target.agentWorkloadChanged(agentId, activeContacts, atMs);
    }

private:
    static bool internal(const QString &queueId) { return queueId == ContactCentre::ConsultQueueId; }

    KpiFeed &m_target;
};

} // namespace

struct ContactCentre::Repositories
{
    explicit Repositories(Database &database)
        : customers(database)
        , interactions(database)
        , messages(database)
        , agents(database)
        , queues(database)
        , skills(database)
        , dispositions(database)
        , workItems(database)
        , canned(database)
        , internalMessages(database)
        , origins(database)
    {}

    CustomerRepository customers;
    InteractionRepository interactions;
    MessageRepository messages;
    AgentRepository agents;
    QueueRepository queues;
    SkillRepository skills;
    DispositionRepository dispositions;
    WorkItemRepository workItems;
    CannedResponseRepository canned;
    InternalMessageRepository internalMessages;
    InteractionOriginRepository origins;
};

QString ContactCentre::directSkill(qint64 agentId)
{
    return QStringLiteral("centre.agent.%1").arg(agentId);
}

ContactCentre::ContactCentre(Database &database, Clock &clock, std::unique_ptr<RoutingJournal> journal,
                             const CentreOptions &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_options(options)
    , m_journal(std::make_unique<CentreJournal>(
          database, journal ? std::move(journal) : std::make_unique<InMemoryRoutingJournal>()))
    , m_kpi(std::make_unique<KpiEngine>())
    , m_kpiFeed(std::make_unique<CentreKpiFeed>(*m_kpi))
    , m_store(std::make_unique<Repositories>(database))
{
    m_journal->setPatch([this](Interaction &row) { patchInteraction(row); });
    m_journal->setWritten([this](const JournalBatch &batch) { journalWritten(batch); });
    m_engine = std::make_unique<RoutingEngine>(m_clock, m_journal.get(), m_kpiFeed.get());
    m_engine->addListener(this);
}

ContactCentre::~ContactCentre()
{
    m_engine->removeListener(this);
}

bool ContactCentre::isFailed() const
{
    return m_engine->isFailed();
}

RoutingQueueConfig ContactCentre::routingConfigFor(const Queue &queue, const CentreOptions &options)
{
    RoutingQueueConfig config = RoutingQueueConfig::fromQueue(queue);
    config.offerTimeoutSeconds = std::max(1, options.offerTimeoutSeconds);
    config.afterCallWorkSeconds = std::max(-1, options.afterCallWorkSeconds);
    config.affinityDays = std::max(0, options.affinityDays);
    if (options.escalationSeconds > 0 && !queue.requiredSkills.isEmpty()) {
        // First the queue's own skill levels; then anyone (the contact's language still applies).
        config.steps = {EscalationStep{{}, options.escalationSeconds},
                        EscalationStep{{SkillRequirement{AnyAgentSkill, MinSkillLevel}}, 0}};
    }
    return config;
}

// ---------------------------------------------------------------------------------------------
// Start-up

std::optional<DomainError> ContactCentre::start()
{
    if (m_started)
        return centreError("already-started", QStringLiteral("The contact centre is already running"));
    if (auto error = loadConfiguration())
        return error;
    m_startedAtMs = m_clock.nowMs();

    // What the store left open comes first, so that the journal writes of the restore keep what
    // only the store knows (a linked customer, notes).
    auto unfinished = m_store->interactions.unfinished();
    if (!unfinished)
        return unfinished.error();
    for (const Interaction &row : std::as_const(*unfinished)) {
        LiveContact live;
        live.routed.interaction = row;
        live.customerId = row.customerId;
        live.notes = row.notes;
        m_live.insert(row.id, live);
    }

    if (auto error = m_engine->restore())
        return error;
    if (auto error = reconcileStore())
        return error;

    // The stored presence follows the engine's (a journal kept in memory forgets it).
    for (qint64 agentId : std::as_const(m_agentOrder)) {
        const RoutedAgent *routed = m_engine->agent(agentId);
        if (!routed)
            continue;
        Agent agent;
        agent.id = agentId;
        agent.restoreState(routed->state, routed->reasonCode, routed->stateSinceMs);
        if (auto error = m_store->agents.updateState(agent))
            return error;
        // The KPI engine starts empty: it hears who is already logged in and busy, so the
        // wallboard counts them from now on.
        if (routed->state != AgentState::LoggedOut
            && m_kpi->agent(agentId, m_startedAtMs).state != routed->state) {
            m_kpi->agentStateChanged(agentId, routed->state, routed->reasonCode, m_startedAtMs);
            m_kpi->agentWorkloadChanged(agentId, int(m_engine->agentContacts(agentId).size()), m_startedAtMs);
        }
    }
    m_started = true;
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::loadConfiguration()
{
    auto skills = m_store->skills.list();
    if (!skills)
        return skills.error();
    for (const Skill &skill : std::as_const(*skills))
        m_skillIds.append(skill.id);

    auto queues = m_store->queues.list();
    if (!queues)
        return queues.error();
    for (const Queue &queue : std::as_const(*queues)) {
        if (queue.id == ConsultQueueId)
            continue;
        // A queue the engine cannot take stays out of routing; the others still run.
        if (auto error = m_engine->configureQueue(routingConfigFor(queue, m_options))) {
            qCWarning(lcCentre) << "queue" << queue.id << "is not routed:" << error->message;
            continue;
        }
        m_queues.insert(queue.id, queue);
        m_queueOrder.append(queue.id);
    }

    Queue consult;
    consult.id = ConsultQueueId;
    consult.name = QStringLiteral("Internal consults");
    consult.channels = {Channel::Voice};
    consult.requiredSkills = {SkillRequirement{ConsultSkill, MinSkillLevel}};
    consult.defaultPriority = ConsultPriority;
    RoutingQueueConfig consultConfig = RoutingQueueConfig::fromQueue(consult);
    consultConfig.offerTimeoutSeconds = std::max(1, m_options.offerTimeoutSeconds);
    consultConfig.afterCallWorkSeconds = 0; // a consult leaves nothing to wrap up
    if (auto error = m_engine->configureQueue(consultConfig))
        return error;

    auto agents = m_store->agents.list();
    if (!agents)
        return agents.error();
    QList<Agent> ordered = *agents;
    std::sort(ordered.begin(), ordered.end(), [](const Agent &a, const Agent &b) { return a.id < b.id; });
    for (const Agent &agent : std::as_const(ordered)) {
        if (auto error = m_engine->configureAgent(engineAgent(agent, false))) {
            qCWarning(lcCentre) << "agent" << agent.id << "is not routed:" << error->message;
            continue;
        }
        m_agents.insert(agent.id, agent);
        m_agentOrder.append(agent.id);
    }
    return std::nullopt;
}

Agent ContactCentre::engineAgent(const Agent &stored, bool consultOnly) const
{
    Agent agent = stored;
    if (consultOnly) {
        // For the moment of a consult transfer: nothing but the customer being handed over may
        // reach this agent.
        const QStringList skills = agent.skills().keys();
        for (const QString &skill : skills)
            agent.removeSkill(skill);
    } else {
        (void)agent.setSkill(AnyAgentSkill, MaxSkillLevel);
        (void)agent.setSkill(ConsultSkill, MaxSkillLevel);
    }
    (void)agent.setSkill(directSkill(stored.id), MaxSkillLevel);
    return agent;
}

std::optional<DomainError> ContactCentre::reconcileStore()
{
    const qint64 now = m_clock.nowMs();
    const QList<qint64> ids = m_live.keys();
    for (qint64 id : ids) {
        LiveContact &live = m_live[id];
        if (const RoutedContact *routed = m_engine->contact(id)) {
            live.routed = *routed;
            if (auto error = adoptEngineContact(id))
                return error;
            continue;
        }
        // Open in the store, unknown to the engine: its routing state was not kept (a journal in
        // memory, or an older run). It is closed as it stands, so the timeline does not show it
        // waiting forever.
        Interaction row = live.routed.interaction;
        InteractionTimes times = row.times();
        const qint64 at = std::max({now, times.createdMs, times.queuedMs, times.offeredMs, times.connectedMs,
                                    times.wrapUpMs, times.heldSinceMs});
        InteractionState state = InteractionState::Abandoned;
        if (times.connectedMs != 0) {
            state = InteractionState::Closed;
            if (times.heldSinceMs != 0) {
                times.totalHoldMs += at - times.heldSinceMs;
                times.heldSinceMs = 0;
            }
            if (times.wrapUpMs == 0)
                times.wrapUpMs = at;
        } else {
            times.abandonedMs = at;
        }
        times.closedMs = at;
        row.restore(state, times, row.csat());
        if (auto error = m_store->interactions.update(row))
            return error;
        qCInfo(lcCentre) << "interaction" << id << "was open without routing state; closed as"
                         << interactionStateKey(state);
        m_live.remove(id);
    }
    // Contacts the journal has and the store does not show as open (should not happen: both are
    // written in one transaction) are left to the engine and adopted as far as possible.
    for (qint64 id : m_engine->liveContacts()) {
        if (m_live.contains(id))
            continue;
        LiveContact live;
        live.routed = *m_engine->contact(id);
        live.customerId = live.routed.interaction.customerId;
        m_live.insert(id, live);
        if (auto error = adoptEngineContact(id))
            return error;
    }
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::adoptEngineContact(qint64 interactionId)
{
    LiveContact &live = m_live[interactionId];
    live.vip = live.routed.vip;
    if (live.customerId != 0) {
        auto customer = m_store->customers.findById(live.customerId);
        if (customer) {
            live.customerName = customer->displayName();
            live.vip = live.vip || customer->vip;
            live.recordingConsent = customer->recordingConsent;
        } else if (!customer.isNotFound()) {
            return customer.error();
        }
    }
    auto origin = m_store->origins.address(interactionId);
    if (!origin)
        return origin.error();
    live.from = *origin;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Journal and engine events

void ContactCentre::patchInteraction(Interaction &interaction) const
{
    const auto it = m_live.constFind(interaction.id);
    if (it == m_live.constEnd())
        return;
    if (it->customerId != 0)
        interaction.customerId = it->customerId;
    if (!it->notes.isEmpty())
        interaction.notes = it->notes;
}

void ContactCentre::journalWritten(const JournalBatch &batch)
{
    for (const RoutedContact *contact : batch.contacts) {
        const auto it = m_live.find(contact->interaction.id);
        if (it != m_live.end())
            it->routed = *contact;
    }
}

void ContactCentre::routingEvent(const RoutingEvent &event)
{
    switch (event.type) {
    case RoutingEventType::ContactChanged: {
        const auto it = m_live.find(event.interactionId);
        if (it == m_live.end())
            break;
        // Recording is paused on a call in progress with its agent only: in wrap-up, after the
        // end and on the way to another agent or queue it records again (or nothing).
        if (event.contactState != InteractionState::Connected && event.contactState != InteractionState::Held)
            endRecordingPause(*it, m_clock.nowMs());
        // An offer is told once, with its expiry, by the OfferMade that follows.
        if (event.contactState == InteractionState::Offered)
            break;
        const qint64 consultFor = it->consultFor;
        if (event.contactState == InteractionState::WrapUp || Interaction::isTerminal(event.contactState)) {
            // The call is over: nobody is muted on it or listening to it any more.
            it->muted = false;
            it->supervision = SupervisionMode::None;
        }
        if (consultFor != 0) {
            const auto consult = m_consults.find(consultFor);
            if (consult != m_consults.end() && consult->consultId == event.interactionId
                && event.contactState == InteractionState::Connected
                && consult->stage == ConsultStage::Ringing) {
                consult->stage = ConsultStage::Talking;
                emitContact(consultFor);
            }
        }
        emitContact(event.interactionId);
        if (Interaction::isTerminal(event.contactState)) {
            if (consultFor != 0)
                consultEnded(event.interactionId);
            if (m_consults.contains(event.interactionId))
                clearConsult(event.interactionId);
            m_live.remove(event.interactionId);
        }
        break;
    }
    case RoutingEventType::OfferMade:
        emitContact(event.interactionId);
        break;
    case RoutingEventType::OfferWithdrawn: {
        Q_EMIT offerWithdrawn(event.interactionId, event.agentId, event.reasonCode);
        // A consult call nobody took is over: the colleague was asked, not the queue.
        const auto it = m_live.constFind(event.interactionId);
        if (it != m_live.constEnd() && it->consultFor != 0 && event.reasonCode != u"abandoned") {
            if (auto error = m_engine->abandon(event.interactionId))
                qCWarning(lcCentre) << "consult call" << event.interactionId
                                    << "not ended:" << error->message;
        }
        break;
    }
    case RoutingEventType::AgentChanged:
        emitAgent(event.agentId);
        break;
    case RoutingEventType::CallbackOffered:
        Q_EMIT callbackOffered(event.interactionId, event.estimatedWaitMs);
        break;
    }
}

void ContactCentre::emitContact(qint64 interactionId)
{
    const auto it = m_live.constFind(interactionId);
    if (it != m_live.constEnd())
        Q_EMIT contactChanged(summarize(*it));
}

void ContactCentre::emitAgent(qint64 agentId)
{
    Q_EMIT agentChanged(agentStatus(agentId));
}

std::optional<DomainError> ContactCentre::engineResult(std::optional<DomainError> error)
{
    if (error && m_engine->isFailed() && !m_reportedFailure) {
        m_reportedFailure = true;
        Q_EMIT failed(error->message);
    }
    return error;
}

// ---------------------------------------------------------------------------------------------
// Views

ContactSummary ContactCentre::summarize(const LiveContact &live) const
{
    const Interaction &interaction = live.routed.interaction;
    ContactSummary summary;
    summary.interactionId = interaction.id;
    summary.channel = interaction.channel;
    summary.direction = interaction.direction;
    summary.state = interaction.state();
    summary.queueId = interaction.queueId;
    summary.queueName = queueName(interaction.queueId);
    summary.customerId = live.customerId;
    summary.customerName = live.customerName;
    summary.vip = live.vip;
    summary.from = live.from;
    summary.subject = interaction.subject;
    summary.agentId = interaction.agentId;
    summary.times = interaction.times();
    summary.offerExpiresAtMs = summary.state == InteractionState::Offered ? live.routed.offerExpiresMs : 0;
    summary.muted = live.muted;
    summary.supervision = live.supervision;
    summary.callback = live.routed.callback;
    summary.campaign = !live.routed.campaignId.isEmpty();
    summary.workItemId = live.routed.workItemId;
    const auto consult = m_consults.constFind(interaction.id);
    if (consult != m_consults.constEnd()) {
        summary.consult = consult->stage;
        summary.consultAgentId = consult->colleagueId;
        summary.consultAgentName = agentName(consult->colleagueId);
        summary.consultInteractionId = consult->consultId;
    }
    summary.consultForInteractionId = live.consultFor;
    summary.recording = recordingStateOf(live);
    return summary;
}

RecordingState ContactCentre::recordingStateOf(const LiveContact &live) const
{
    const Interaction &interaction = live.routed.interaction;
    if (!m_recordingEnabled || live.consultFor != 0 || interaction.direction == Direction::Internal
        || interaction.channel == Channel::WorkItem)
        return RecordingState::None;
    if (!live.recordingConsent)
        return RecordingState::NotRecorded;
    return live.recordingPausedSinceMs ? RecordingState::Paused : RecordingState::On;
}

void ContactCentre::endRecordingPause(LiveContact &live, qint64 atMs)
{
    if (!live.recordingPausedSinceMs)
        return;
    // A pause that lasted no time paused nothing (and an empty pause is no pause to cut out).
    if (atMs > *live.recordingPausedSinceMs)
        live.recordingPauses.append(ClockSpan{*live.recordingPausedSinceMs, atMs});
    live.recordingPausedSinceMs.reset();
}

QList<Agent> ContactCentre::agents() const
{
    QList<Agent> list;
    list.reserve(m_agentOrder.size());
    for (qint64 id : m_agentOrder)
        list.append(m_agents.value(id));
    return list;
}

const Agent *ContactCentre::agentRecord(qint64 agentId) const
{
    const auto it = m_agents.constFind(agentId);
    return it == m_agents.constEnd() ? nullptr : &*it;
}

std::optional<Agent> ContactCentre::agent(qint64 agentId) const
{
    const auto it = m_agents.constFind(agentId);
    if (it == m_agents.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Agent> ContactCentre::agentByLogin(const QString &login) const
{
    for (const Agent &agent : m_agents) {
        if (agent.login == login)
            return agent;
    }
    return std::nullopt;
}

QList<Queue> ContactCentre::queues() const
{
    QList<Queue> list;
    for (const QString &id : m_queueOrder)
        list.append(m_queues.value(id));
    return list;
}

std::optional<Queue> ContactCentre::queue(const QString &queueId) const
{
    const auto it = m_queues.constFind(queueId);
    if (it == m_queues.constEnd())
        return std::nullopt;
    return *it;
}

AgentStatus ContactCentre::agentStatus(qint64 agentId) const
{
    AgentStatus status;
    status.agentId = agentId;
    if (const RoutedAgent *routed = m_engine->agent(agentId)) {
        status.state = routed->state;
        status.reasonCode = routed->reasonCode;
        status.sinceMs = routed->stateSinceMs;
        status.activeContacts = int(m_engine->agentContacts(agentId).size());
    }
    return status;
}

std::optional<ContactSummary> ContactCentre::contact(qint64 interactionId) const
{
    const auto it = m_live.constFind(interactionId);
    if (it == m_live.constEnd())
        return std::nullopt;
    return summarize(*it);
}

QList<ContactSummary> ContactCentre::contactsOf(qint64 agentId) const
{
    QList<ContactSummary> list;
    if (const qint64 offered = m_engine->pendingOffer(agentId)) {
        if (const auto summary = contact(offered))
            list.append(*summary);
    }
    for (qint64 id : m_engine->agentContacts(agentId)) {
        if (const auto summary = contact(id))
            list.append(*summary);
    }
    return list;
}

QList<qint64> ContactCentre::liveContactIds() const
{
    QList<qint64> ids = m_live.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<TransferTarget> ContactCentre::transferTargets(qint64 forAgentId) const
{
    QList<TransferTarget> targets;
    QList<Agent> colleagues = agents();
    std::sort(colleagues.begin(), colleagues.end(), [](const Agent &a, const Agent &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    for (const Agent &colleague : std::as_const(colleagues)) {
        if (colleague.id == forAgentId)
            continue;
        TransferTarget target;
        target.kind = TransferTarget::Kind::Agent;
        target.agentId = colleague.id;
        target.name = colleague.displayName;
        if (const RoutedAgent *routed = m_engine->agent(colleague.id))
            target.agentState = routed->state;
        targets.append(target);
    }
    for (const QString &id : m_queueOrder) {
        TransferTarget target;
        target.kind = TransferTarget::Kind::Queue;
        target.queueId = id;
        target.name = m_queues.value(id).name;
        target.waiting = m_engine->waitingCount(id);
        targets.append(target);
    }
    return targets;
}

StoreResult<QList<DispositionOption>> ContactCentre::dispositionOptions() const
{
    auto codes = m_store->dispositions.list();
    if (!codes)
        return codes.error();
    QList<DispositionOption> options;
    for (const DispositionCode &code : std::as_const(*codes))
        options.append(DispositionOption{code.code, code.labelEn, code.labelKo});
    return options;
}

StoreResult<QList<CannedResponse>> ContactCentre::cannedResponses() const
{
    return m_store->canned.list();
}

void ContactCentre::setAttended(qint64 agentId, bool attended)
{
    if (attended == m_attended.contains(agentId))
        return;
    if (attended)
        m_attended.insert(agentId);
    else
        m_attended.remove(agentId);
    Q_EMIT attendedChanged(agentId, attended);
}

QString ContactCentre::agentName(qint64 agentId) const
{
    return m_agents.value(agentId).displayName;
}

QString ContactCentre::queueName(const QString &queueId) const
{
    const auto it = m_queues.constFind(queueId);
    if (it != m_queues.constEnd())
        return it->name;
    return queueId == ConsultQueueId ? QStringLiteral("Internal consults") : queueId;
}

// ---------------------------------------------------------------------------------------------
// Checks

std::optional<DomainError> ContactCentre::requireRunning() const
{
    if (!m_started)
        return centreError("not-started", QStringLiteral("The contact centre has not started"));
    if (m_engine->isFailed()) {
        return centreError("centre-failed", QStringLiteral("The contact centre stopped: its routing journal "
                                                         "cannot be written. Restart it once the store "
                                                         "is reachable."));
    }
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::requireAgent(qint64 agentId) const
{
    if (auto error = requireRunning())
        return error;
    if (!m_agents.contains(agentId))
        return centreError("unknown-agent", QStringLiteral("There is no agent %1").arg(agentId));
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::requireOwn(qint64 agentId, qint64 interactionId, LiveContact *&live)
{
    if (auto error = requireAgent(agentId))
        return error;
    const auto it = m_live.find(interactionId);
    if (it == m_live.end()) {
        return centreError("unknown-contact",
                           QStringLiteral("Contact %1 is not open in the contact centre").arg(interactionId));
    }
    if (it->routed.interaction.agentId != agentId) {
        return centreError("not-your-contact",
                           QStringLiteral("Contact %1 is not with agent %2").arg(interactionId).arg(agentId));
    }
    live = &*it;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Customers and channels

ArrivalResult ContactCentre::admit(Interaction interaction, const ContactRequest &request,
                                   const QString &from, const QList<Message> &openingMessages,
                                   LiveContact live)
{
    ArrivalResult result;
    QList<Message> stored;
    const std::optional<DomainError> error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto insertError = m_store->interactions.insert(interaction))
            return insertError;
        if (!from.isEmpty()) {
            if (auto originError = m_store->origins.set(interaction.id, from))
                return originError;
        }
        for (Message message : openingMessages) {
            message.id = 0;
            message.interactionId = interaction.id;
            if (message.sentAtMs == 0)
                message.sentAtMs = interaction.times().createdMs;
            if (message.senderName.isEmpty() && message.sender == SenderRole::Customer)
                message.senderName = live.customerName.isEmpty() ? from : live.customerName;
            if (auto messageError = m_store->messages.append(message))
                return messageError;
            stored.append(message);
        }
        live.routed.interaction = interaction;
        m_live.insert(interaction.id, live);
        ContactRequest routed = request;
        routed.interactionId = interaction.id;
        result = m_engine->contactArrived(routed);
        if (result.error)
            return *result.error;
        return std::nullopt;
    });
    if (error) {
        m_live.remove(interaction.id);
        ArrivalResult refused;
        refused.error = engineResult(error);
        return refused;
    }
    if (m_live.contains(result.interactionId)) {
        for (const Message &message : std::as_const(stored))
            Q_EMIT messageAdded(message);
    }
    return result;
}

ArrivalResult ContactCentre::contactArrived(const InboundContact &contact)
{
    const auto refuse = [](const DomainError &error) {
        ArrivalResult result;
        result.error = error;
        return result;
    };
    if (auto error = requireRunning())
        return refuse(*error);
    const auto queue = m_queues.constFind(contact.queueId);
    if (queue == m_queues.constEnd())
        return refuse(
            centreError("unknown-queue", QStringLiteral("There is no queue '%1'").arg(contact.queueId)));
    if (contact.channel == Channel::WorkItem) {
        return refuse(
            centreError("channel-not-served",
                        QStringLiteral("Back-office work is created as a work item, not as a contact")));
    }
    if (!queue->channels.contains(contact.channel)) {
        return refuse(
            centreError("channel-not-served", QStringLiteral("Queue '%1' does not take %2 contacts") .arg(
                                                  contact.queueId, channelKey(contact.channel))));
    }
    const int priority = contact.priority.value_or(queue->defaultPriority);
    if (priority < 0 || priority > 100)
        return refuse(
            centreError("invalid-priority", QStringLiteral("Priority %1 is outside 0-100").arg(priority)));

    // Who it is: given, or looked up by where they came from (an unknown number stays unknown,
    // and the agent can search and link).
    std::optional<Customer> customer;
    QString from = contact.from.trimmed();
    if (contact.customerId != 0) {
        auto found = m_store->customers.findById(contact.customerId);
        if (found.isNotFound()) {
            return refuse(centreError("unknown-customer",
                                      QStringLiteral("There is no customer %1").arg(contact.customerId)));
        }
        if (!found)
            return refuse(found.error());
        customer = *found;
    }
    if (!from.isEmpty()) {
        const ContactKind kind = contactKindFor(contact.channel, from);
        const auto normalized =
            CustomerRepository::normalizedContactValue(kind, from, m_options.defaultRegion);
        if (normalized)
            from = *normalized;
        if (!customer && normalized) {
            auto found = m_store->customers.findByContactPoint(kind, from, m_options.defaultRegion);
            if (found)
                customer = *found;
            else if (!found.isNotFound())
                return refuse(found.error());
        }
    }

    const qint64 now = m_clock.nowMs();
    Interaction interaction = Interaction::create(contact.channel, Direction::Inbound, now);
    interaction.customerId = customer ? customer->id : 0;
    interaction.queueId = contact.queueId;
    interaction.priority = priority;
    interaction.subject = contact.subject;
    interaction.externalRef = contact.externalRef;
    const QString language = !contact.language.isEmpty() ? contact.language
                             : customer                  ? customer->preferredLanguage
                                                         : QString();
    const QString skill = languageSkill(language);
    if (!skill.isEmpty() && m_skillIds.contains(skill) && m_options.languageSkillLevel > 0) {
        interaction.requiredSkills = {
            SkillRequirement{skill, std::clamp(m_options.languageSkillLevel, MinSkillLevel, MaxSkillLevel)}};
    }

    ContactRequest request;
    request.channel = contact.channel;
    request.direction = Direction::Inbound;
    request.queueId = contact.queueId;
    request.requiredSkills = interaction.requiredSkills;
    request.priority = priority;
    request.customerId = interaction.customerId;
    request.vip = customer && customer->vip;
    request.subject = contact.subject;
    request.externalRef = contact.externalRef;

    LiveContact live;
    live.customerId = interaction.customerId;
    live.customerName = customer ? customer->displayName() : QString();
    live.vip = request.vip;
    live.from = from;
    live.recordingConsent = !customer || customer->recordingConsent;
    return admit(interaction, request, from, contact.openingMessages, live);
}

StoreResult<Message> ContactCentre::customerMessage(qint64 interactionId, const QString &subject,
                                                    const QString &body)
{
    if (auto error = requireRunning())
        return *error;
    const auto it = m_live.constFind(interactionId);
    if (it == m_live.constEnd()) {
        return centreError("unknown-contact",
                           QStringLiteral("Contact %1 is not open in the contact centre").arg(interactionId));
    }
    if (!isConversation(it->routed.interaction.channel)) {
        return centreError("no-conversation",
                           QStringLiteral("Contact %1 is a %2 contact, without messages")
                                              .arg(interactionId)
                                              .arg(channelKey(it->routed.interaction.channel)));
    }
    if (body.trimmed().isEmpty())
        return centreError("empty-message", QStringLiteral("A message needs a text"));
    Message message;
    message.interactionId = interactionId;
    message.sender = SenderRole::Customer;
    message.senderName = it->customerName.isEmpty() ? it->from : it->customerName;
    message.subject = subject;
    message.body = body;
    message.sentAtMs = m_clock.nowMs();
    if (auto error = m_store->messages.append(message))
        return *error;
    Q_EMIT messageAdded(message);
    return message;
}

std::optional<DomainError> ContactCentre::customerLeft(qint64 interactionId)
{
    if (auto error = requireRunning())
        return error;
    if (!m_live.contains(interactionId)) {
        return centreError("unknown-contact",
                           QStringLiteral("Contact %1 is not open in the contact centre").arg(interactionId));
    }
    return engineResult(m_engine->abandon(interactionId));
}

std::optional<DomainError> ContactCentre::requestCallback(qint64 interactionId)
{
    if (auto error = requireRunning())
        return error;
    if (!m_live.contains(interactionId)) {
        return centreError("unknown-contact",
                           QStringLiteral("Contact %1 is not open in the contact centre").arg(interactionId));
    }
    return engineResult(m_engine->requestCallback(interactionId));
}

std::optional<DomainError> ContactCentre::recordCsat(qint64 interactionId, int score)
{
    if (auto error = requireRunning())
        return error;
    auto found = m_store->interactions.findById(interactionId);
    if (!found)
        return found.error();
    Interaction interaction = *found;
    if (interaction.state() != InteractionState::Closed) {
        return centreError(
            "not-closed",
            QStringLiteral("Interaction %1 is not closed; a survey follows the contact").arg(interactionId));
    }
    if (auto error = interaction.setCsat(score))
        return error;
    if (auto error = m_store->interactions.update(interaction))
        return error;
    m_kpiFeed->csatRecorded(interactionId, interaction.queueId, interaction.agentId, score, m_clock.nowMs());
    Q_EMIT csatRecorded(interactionId, score);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Agents

std::optional<DomainError> ContactCentre::setAgentState(qint64 agentId, AgentState state,
                                                        const QString &reasonCode)
{
    if (auto error = requireAgent(agentId))
        return error;
    return engineResult(m_engine->setAgentState(agentId, state, reasonCode));
}

std::optional<DomainError> ContactCentre::acceptOffer(qint64 agentId, qint64 interactionId)
{
    if (auto error = requireAgent(agentId))
        return error;
    return engineResult(m_engine->acceptOffer(agentId, interactionId));
}

std::optional<DomainError> ContactCentre::rejectOffer(qint64 agentId, qint64 interactionId)
{
    if (auto error = requireAgent(agentId))
        return error;
    return engineResult(m_engine->rejectOffer(agentId, interactionId));
}

std::optional<DomainError> ContactCentre::hold(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    if (m_consults.contains(interactionId))
        return centreError("consult-in-progress", QStringLiteral("Finish the consultation first"));
    return engineResult(m_engine->hold(interactionId));
}

std::optional<DomainError> ContactCentre::resume(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    if (m_consults.contains(interactionId)) {
        return centreError("consult-in-progress",
                           QStringLiteral("Cancel the consultation, or join the colleague in a conference"));
    }
    return engineResult(m_engine->resume(interactionId));
}

std::optional<DomainError> ContactCentre::setMuted(qint64 agentId, qint64 interactionId, bool muted)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const InteractionState state = live->routed.interaction.state();
    if (live->routed.interaction.channel != Channel::Voice
        || (state != InteractionState::Connected && state != InteractionState::Held)) {
        return centreError("not-a-call", QStringLiteral("Only a call in progress has a microphone to mute"));
    }
    if (live->muted != muted) {
        live->muted = muted;
        emitContact(interactionId);
    }
    return std::nullopt;
}

void ContactCentre::setRecordingEnabled(bool enabled)
{
    if (m_recordingEnabled == enabled)
        return;
    m_recordingEnabled = enabled;
    // What the agents see changes with it.
    for (qint64 interactionId : liveContactIds()) {
        if (!enabled) {
            // A pause means nothing without a recorder; a new one records from the start.
            auto it = m_live.find(interactionId);
            it->recordingPausedSinceMs.reset();
            it->recordingPauses.clear();
        }
        emitContact(interactionId);
    }
}

std::optional<DomainError> ContactCentre::setRecordingPaused(qint64 agentId, qint64 interactionId,
                                                             bool paused)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const Interaction &interaction = live->routed.interaction;
    if (interaction.channel != Channel::Voice || live->consultFor != 0
        || interaction.direction == Direction::Internal) {
        return centreError("not-a-call",
                           QStringLiteral("Only a customer's call is recorded as audio that can be paused"));
    }
    const InteractionState state = interaction.state();
    if (state != InteractionState::Connected && state != InteractionState::Held) {
        return centreError("not-connected",
                           QStringLiteral("Recording can be paused only while the call is in progress"));
    }
    switch (recordingStateOf(*live)) {
    case RecordingState::None:
        return centreError("not-recorded", QStringLiteral("Calls are not recorded in this contact centre"));
    case RecordingState::NotRecorded:
        return centreError(
            "not-recorded",
            QStringLiteral("The customer did not consent to recording: this call is not recorded"));
    case RecordingState::On:
    case RecordingState::Paused:
        break;
    }
    if (live->recordingPausedSinceMs.has_value() == paused)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    if (paused)
        live->recordingPausedSinceMs = now;
    else
        endRecordingPause(*live, now);
    emitContact(interactionId);
    return std::nullopt;
}

QList<ClockSpan> ContactCentre::recordingPauses(qint64 interactionId) const
{
    const auto it = m_live.constFind(interactionId);
    if (it == m_live.constEnd())
        return {};
    QList<ClockSpan> pauses = it->recordingPauses;
    if (it->recordingPausedSinceMs && m_clock.nowMs() > *it->recordingPausedSinceMs)
        pauses.append(ClockSpan{*it->recordingPausedSinceMs, m_clock.nowMs()});
    return pauses;
}

std::optional<DomainError> ContactCentre::transferToAgent(qint64 agentId, qint64 interactionId,
                                                          qint64 targetAgentId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    if (m_consults.contains(interactionId))
        return centreError("consult-in-progress", QStringLiteral("Finish the consultation first"));
    if (!m_agents.contains(targetAgentId))
        return centreError("unknown-agent", QStringLiteral("There is no agent %1").arg(targetAgentId));
    live->muted = false;
    return engineResult(m_engine->transferToAgent(interactionId, targetAgentId));
}

std::optional<DomainError> ContactCentre::transferToQueue(qint64 agentId, qint64 interactionId,
                                                          const QString &queueId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    if (m_consults.contains(interactionId))
        return centreError("consult-in-progress", QStringLiteral("Finish the consultation first"));
    if (!m_queues.contains(queueId))
        return centreError("unknown-queue", QStringLiteral("There is no queue '%1'").arg(queueId));
    live->muted = false;
    return engineResult(m_engine->transferToQueue(interactionId, queueId));
}

std::optional<DomainError> ContactCentre::startConsult(qint64 agentId, qint64 interactionId,
                                                       qint64 colleagueId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const Interaction &customer = live->routed.interaction;
    if (customer.channel != Channel::Voice || live->consultFor != 0) {
        return centreError("not-a-call",
                           QStringLiteral("A consultation puts a customer's call on hold; use the "
                                                      "internal chat for other contacts"));
    }
    if (customer.state() != InteractionState::Connected && customer.state() != InteractionState::Held)
        return centreError("not-connected",
                           QStringLiteral("Contact %1 is not in progress").arg(interactionId));
    if (m_consults.contains(interactionId))
        return centreError("consult-in-progress", QStringLiteral("A consultation is already going on"));
    if (colleagueId == agentId)
        return centreError("same-agent", QStringLiteral("Consult a colleague, not yourself"));
    const auto colleague = m_agents.constFind(colleagueId);
    if (colleague == m_agents.constEnd())
        return centreError("unknown-agent", QStringLiteral("There is no agent %1").arg(colleagueId));

    // The colleague must be free for a call now: Ready, nothing ringing, not on another call.
    const RoutedAgent *routed = m_engine->agent(colleagueId);
    int calls = 0;
    for (qint64 id : m_engine->agentContacts(colleagueId)) {
        if (const RoutedContact *other = m_engine->contact(id);
            other && other->interaction.channel == Channel::Voice)
            ++calls;
    }
    if (!routed || routed->state != AgentState::Ready || m_engine->pendingOffer(colleagueId) != 0
        || calls >= colleague->capacity.limitFor(Channel::Voice)) {
        return centreError("agent-unavailable",
                           QStringLiteral("%1 cannot take a call now").arg(colleague->displayName));
    }

    const bool held = customer.state() == InteractionState::Held;
    if (!held) {
        if (auto error = engineResult(m_engine->hold(interactionId)))
            return error;
    }
    Interaction consult = Interaction::create(Channel::Voice, Direction::Internal, m_clock.nowMs());
    consult.customerId = live->customerId;
    consult.queueId = ConsultQueueId;
    consult.requiredSkills = {SkillRequirement{directSkill(colleagueId), MinSkillLevel}};
    consult.priority = ConsultPriority;
    consult.subject = customer.subject.isEmpty() ? queueName(customer.queueId) : customer.subject;

    ContactRequest request;
    request.channel = Channel::Voice;
    request.direction = Direction::Internal;
    request.queueId = ConsultQueueId;
    request.requiredSkills = consult.requiredSkills;
    request.priority = ConsultPriority;
    request.customerId = consult.customerId;
    request.subject = consult.subject;

    LiveContact call;
    call.customerId = live->customerId;
    call.customerName = live->customerName;
    call.vip = live->vip;
    call.from = agentName(agentId);
    call.consultFor = interactionId;
    const QString caller = call.from;
    const ArrivalResult result = admit(consult, request, caller, {}, call);
    const auto undo = [&] {
        if (!held && m_live.contains(interactionId))
            (void)m_engine->resume(interactionId);
    };
    if (result.error) {
        undo();
        return result.error;
    }
    if (result.outcome != ArrivalOutcome::Offered || result.agentId != colleagueId) {
        (void)m_engine->abandon(result.interactionId);
        undo();
        return centreError("agent-unavailable",
                           QStringLiteral("%1 cannot take a call now").arg(colleague->displayName));
    }
    const auto stillOpen = m_live.constFind(result.interactionId);
    if (stillOpen == m_live.constEnd()) {
        undo();
        return centreError("agent-unavailable", QStringLiteral("The consultation call ended at once"));
    }
    Consult entry;
    entry.consultId = result.interactionId;
    entry.agentId = agentId;
    entry.colleagueId = colleagueId;
    entry.stage = stillOpen->routed.interaction.state() == InteractionState::Connected
                      ? ConsultStage::Talking
                      : ConsultStage::Ringing;
    m_consults.insert(interactionId, entry);
    m_consultOf.insert(result.interactionId, interactionId);
    emitContact(interactionId);
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::completeConsultTransfer(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const auto consult = m_consults.constFind(interactionId);
    if (consult == m_consults.constEnd())
        return centreError("no-consult",
                           QStringLiteral("There is no consultation on contact %1").arg(interactionId));
    if (consult->stage == ConsultStage::Ringing) {
        return centreError("consult-not-answered",
                           QStringLiteral("%1 has not answered yet").arg(agentName(consult->colleagueId)));
    }
    return handOver(*live, consult->colleagueId);
}

std::optional<DomainError> ContactCentre::conference(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const auto consult = m_consults.find(interactionId);
    if (consult == m_consults.end())
        return centreError("no-consult",
                           QStringLiteral("There is no consultation on contact %1").arg(interactionId));
    if (consult->stage == ConsultStage::Conference)
        return std::nullopt;
    if (consult->stage != ConsultStage::Talking) {
        return centreError("consult-not-answered",
                           QStringLiteral("%1 has not answered yet").arg(agentName(consult->colleagueId)));
    }
    // The customer comes off hold into the call with both agents.
    if (live->routed.interaction.state() == InteractionState::Held) {
        if (auto error = engineResult(m_engine->resume(interactionId)))
            return error;
    }
    const auto still = m_consults.find(interactionId);
    if (still == m_consults.end())
        return centreError("no-consult", QStringLiteral("The colleague left the call"));
    still->stage = ConsultStage::Conference;
    emitContact(interactionId);
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::cancelConsult(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    if (!m_consults.contains(interactionId))
        return centreError("no-consult",
                           QStringLiteral("There is no consultation on contact %1").arg(interactionId));
    return dropConsult(*live, true);
}

std::optional<DomainError> ContactCentre::endContact(qint64 agentId, qint64 interactionId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    const auto consult = m_consults.constFind(interactionId);
    if (consult != m_consults.constEnd()) {
        // Leaving a conference leaves the customer with the colleague; hanging up during a
        // consult ends both calls.
        if (consult->stage == ConsultStage::Conference)
            return handOver(*live, consult->colleagueId);
        if (auto error = dropConsult(*live, false))
            return error;
        if (!m_live.contains(interactionId))
            return std::nullopt;
    }
    return engineResult(m_engine->endContact(interactionId));
}

std::optional<DomainError> ContactCentre::handOver(LiveContact &customer, qint64 colleagueId)
{
    const qint64 interactionId = customer.routed.interaction.id;
    const Consult consult = m_consults.value(interactionId);
    const RoutedAgent *colleague = m_engine->agent(colleagueId);
    if (!colleague || colleague->state != AgentState::Ready) {
        return centreError(
            "agent-unavailable",
            QStringLiteral("%1 is not Ready and cannot take the customer") .arg(agentName(colleagueId)));
    }
    // The engine has no "swap one call for another": the consult call ends, then the customer is
    // transferred to the colleague and answered at once. Meanwhile the colleague routes nothing
    // else, so the contact the call ending frees them for cannot be offered to them in between.
    const Agent stored = m_agents.value(colleagueId);
    if (auto error = engineResult(m_engine->configureAgent(engineAgent(stored, true))))
        return error;
    const auto restore = [&] { (void)m_engine->configureAgent(engineAgent(stored, false)); };
    if (m_live.contains(consult.consultId)) {
        if (auto error = engineResult(m_engine->endContact(consult.consultId))) {
            restore();
            return error;
        }
    }
    clearConsult(interactionId);
    customer.muted = false;
    std::optional<DomainError> error = engineResult(m_engine->transferToAgent(interactionId, colleagueId));
    if (!error)
        error = engineResult(m_engine->acceptOffer(colleagueId, interactionId));
    restore();
    emitContact(interactionId);
    return error;
}

std::optional<DomainError> ContactCentre::dropConsult(LiveContact &customer, bool resumeCustomer)
{
    const qint64 interactionId = customer.routed.interaction.id;
    const Consult consult = m_consults.value(interactionId);
    if (const auto call = m_live.constFind(consult.consultId); call != m_live.constEnd()) {
        const InteractionState state = call->routed.interaction.state();
        std::optional<DomainError> error;
        if (state == InteractionState::Connected || state == InteractionState::Held)
            error = m_engine->endContact(consult.consultId);
        else if (state == InteractionState::Queued || state == InteractionState::Offered)
            error = m_engine->abandon(consult.consultId);
        if (auto failure = engineResult(error))
            return failure;
    }
    clearConsult(interactionId);
    if (resumeCustomer && m_live.contains(interactionId)
        && m_live.value(interactionId).routed.interaction.state() == InteractionState::Held) {
        if (auto error = engineResult(m_engine->resume(interactionId)))
            return error;
    }
    emitContact(interactionId);
    return std::nullopt;
}

void ContactCentre::consultEnded(qint64 consultId)
{
    const qint64 customerId = m_consultOf.value(consultId);
    if (customerId == 0)
        return;
    clearConsult(customerId);
    emitContact(customerId);
}

void ContactCentre::clearConsult(qint64 customerId)
{
    const auto it = m_consults.find(customerId);
    if (it == m_consults.end())
        return;
    m_consultOf.remove(it->consultId);
    m_consults.erase(it);
}

std::optional<DomainError> ContactCentre::finishWrapUp(qint64 agentId, const WrapUp &wrapUp)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, wrapUp.interactionId, live))
        return error;
    if (live->routed.interaction.state() != InteractionState::WrapUp) {
        return centreError("not-in-wrap-up",
                           QStringLiteral("Contact %1 is not in wrap-up").arg(wrapUp.interactionId));
    }
    if (!wrapUp.dispositionCode.isEmpty()) {
        auto options = dispositionOptions();
        if (!options)
            return options.error();
        const bool known =
            std::any_of(options->cbegin(), options->cend(), [&](const DispositionOption &option) {
                return option.code == wrapUp.dispositionCode;
            });
        if (!known) {
            return centreError("unknown-disposition", QStringLiteral("There is no disposition code '%1'").arg(
                                                          wrapUp.dispositionCode));
        }
    }
    const qint64 now = m_clock.nowMs();
    std::optional<WorkItem> followUp = wrapUp.followUp;
    if (followUp) {
        followUp->id = 0;
        if (followUp->customerId == 0)
            followUp->customerId = live->customerId;
        followUp->sourceInteractionId = wrapUp.interactionId;
        if (followUp->queueId.isEmpty()) {
            const auto backOffice = m_queues.constFind(QStringLiteral("back-office"));
            followUp->queueId =
                backOffice != m_queues.constEnd() && backOffice->channels.contains(Channel::WorkItem)
                    ? backOffice->id
                    : live->routed.interaction.queueId;
        }
        followUp->createdAtMs = now;
        if (followUp->dueAtMs == 0)
            followUp->dueAtMs = now + MsPerDay;
        followUp->status = WorkItemStatus::Open;
        if (auto error = followUp->validate())
            return error;
    }

    const QString previousNotes = live->notes;
    live->notes = wrapUp.notes;
    // The follow-up first: if the close is refused, the transaction takes the work item back.
    const std::optional<DomainError> error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (followUp) {
            if (auto itemError = m_store->workItems.insert(*followUp))
                return itemError;
        }
        return m_engine->finishWrapUp(wrapUp.interactionId, wrapUp.dispositionCode, wrapUp.resolved);
    });
    if (error) {
        if (const auto it = m_live.find(wrapUp.interactionId); it != m_live.end())
            it->notes = previousNotes;
        return engineResult(error);
    }
    return std::nullopt;
}

StoreResult<Message> ContactCentre::sendMessage(qint64 agentId, qint64 interactionId, const QString &subject,
                                                const QString &body)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return *error;
    const Interaction &interaction = live->routed.interaction;
    if (!isConversation(interaction.channel)) {
        return centreError("no-conversation", QStringLiteral("A %1 contact has no messages").arg(
                                                  channelKey(interaction.channel)));
    }
    if (interaction.state() != InteractionState::Connected && interaction.state() != InteractionState::Held)
        return centreError("not-connected",
                           QStringLiteral("Accept the contact before writing to the customer"));
    if (body.trimmed().isEmpty())
        return centreError("empty-message", QStringLiteral("A message needs a text"));
    Message message;
    message.interactionId = interactionId;
    message.sender = SenderRole::Agent;
    message.senderName = agentName(agentId);
    message.subject = subject;
    message.body = body;
    message.sentAtMs = m_clock.nowMs();
    if (auto error = m_store->messages.append(message))
        return *error;
    Q_EMIT messageAdded(message);
    return message;
}

std::optional<DomainError> ContactCentre::linkCustomer(qint64 agentId, qint64 interactionId,
                                                       qint64 customerId)
{
    LiveContact *live = nullptr;
    if (auto error = requireOwn(agentId, interactionId, live))
        return error;
    auto customer = m_store->customers.findById(customerId);
    if (customer.isNotFound())
        return centreError("unknown-customer", QStringLiteral("There is no customer %1").arg(customerId));
    if (!customer)
        return customer.error();
    const qint64 previousId = live->customerId;
    live->customerId = customerId;
    Interaction row = live->routed.interaction;
    patchInteraction(row);
    if (auto error = m_store->interactions.update(row)) {
        live->customerId = previousId;
        return error;
    }
    live->customerName = customer->displayName();
    live->vip = live->routed.vip || customer->vip;
    live->recordingConsent = customer->recordingConsent;
    if (!live->recordingConsent)
        live->recordingPausedSinceMs.reset(); // nothing is recorded now, so nothing is paused
    emitContact(interactionId);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Supervisors

std::optional<DomainError> ContactCentre::setAgentSkill(qint64 agentId, const QString &skillId, int level)
{
    if (auto error = requireAgent(agentId))
        return error;
    if (!m_skillIds.contains(skillId))
        return centreError("unknown-skill", QStringLiteral("There is no skill '%1'").arg(skillId));
    if (level != 0 && !isValidSkillLevel(level))
        return centreError("invalid-argument",
                           QStringLiteral("A skill level is 1 to 10 (0 removes the skill)"));
    Agent changed = m_agents.value(agentId);
    if (changed.skillLevel(skillId) == level)
        return std::nullopt;
    if (level == 0)
        changed.removeSkill(skillId);
    else if (auto error = changed.setSkill(skillId, level))
        return error;
    if (auto error = m_store->agents.updateSkills(changed))
        return error;
    m_agents.insert(agentId, changed);
    if (auto error = engineResult(m_engine->configureAgent(engineAgent(changed, false))))
        return error;
    emitAgent(agentId);
    return std::nullopt;
}

QList<Skill> ContactCentre::skills() const
{
    auto stored = m_store->skills.list();
    if (!stored)
        return {};
    QList<Skill> list = stored.value();
    std::sort(list.begin(), list.end(), [](const Skill &a, const Skill &b) { return a.id < b.id; });
    return list;
}

SupervisionMode ContactCentre::supervisionOf(qint64 interactionId) const
{
    const auto it = m_live.constFind(interactionId);
    return it == m_live.constEnd() ? SupervisionMode::None : it->supervision;
}

qint64 ContactCentre::currentCall(qint64 agentId) const
{
    for (qint64 interactionId : m_engine->agentContacts(agentId)) {
        const auto it = m_live.constFind(interactionId);
        if (it == m_live.constEnd() || it->routed.interaction.channel != Channel::Voice)
            continue;
        const InteractionState state = it->routed.interaction.state();
        if (state == InteractionState::Connected || state == InteractionState::Held)
            return interactionId;
    }
    return 0;
}

std::optional<DomainError> ContactCentre::superviseCall(qint64 agentId, SupervisionMode mode,
                                                        const QString &supervisorName)
{
    if (auto error = requireAgent(agentId))
        return error;
    const qint64 interactionId = currentCall(agentId);
    if (interactionId == 0)
        return centreError("not-a-call", QStringLiteral("%1 is not on a call").arg(agentName(agentId)));
    TelephonyCommand command;
    command.kind = TelephonyCommand::Kind::Supervise;
    command.interactionId = interactionId;
    command.agentId = agentId;
    command.agentExtension = m_agents.value(agentId).extension;
    command.mode = mode;
    command.supervisorName = supervisorName;
    Q_EMIT telephonyCommand(command);
    return std::nullopt;
}

std::optional<DomainError> ContactCentre::supervisionApplied(qint64 interactionId, SupervisionMode mode)
{
    if (auto error = requireRunning())
        return error;
    const auto it = m_live.find(interactionId);
    if (it == m_live.end())
        return centreError("unknown-contact",
                           QStringLiteral("Interaction %1 is not live").arg(interactionId));
    if (it->routed.interaction.channel != Channel::Voice)
        return centreError("not-a-call", QStringLiteral("Interaction %1 is not a call").arg(interactionId));
    if (it->supervision == mode)
        return std::nullopt;
    it->supervision = mode;
    emitContact(interactionId);
    if (it->routed.interaction.agentId != 0)
        emitAgent(it->routed.interaction.agentId);
    return std::nullopt;
}

StoreResult<InternalMessage> ContactCentre::sendInternalMessage(const InternalMessage &request)
{
    if (auto error = requireAgent(request.fromAgentId))
        return *error;
    InternalMessage message = request;
    message.id = 0;
    message.body = message.body.trimmed();
    if (message.body.isEmpty())
        return centreError("empty-message", QStringLiteral("A message needs a text"));
    const bool toAgent = message.toAgentId != 0;
    const bool toGroup = !message.toGroup.isEmpty();
    if (toAgent == toGroup) {
        return centreError(
            "invalid-argument",
            QStringLiteral("An internal message goes to one colleague or to one expert group"));
    }
    if (toAgent && (!m_agents.contains(message.toAgentId) || message.toAgentId == message.fromAgentId))
        return centreError("unknown-agent",
                           QStringLiteral("There is no colleague %1").arg(message.toAgentId));
    if (toGroup && !m_skillIds.contains(message.toGroup))
        return centreError("unknown-group",
                           QStringLiteral("There is no expert group '%1'").arg(message.toGroup));
    if (message.aboutInteractionId != 0) {
        auto about = m_store->interactions.findById(message.aboutInteractionId);
        if (about.isNotFound()) {
            return centreError("unknown-contact",
                               QStringLiteral("There is no interaction %1").arg(message.aboutInteractionId));
        }
        if (!about)
            return about.error();
    }
    message.fromName = agentName(message.fromAgentId);
    message.sentAtMs = m_clock.nowMs();
    if (auto error = m_store->internalMessages.append(message))
        return *error;
    Q_EMIT internalMessageAdded(message);
    return message;
}

} // namespace ContactDesk
