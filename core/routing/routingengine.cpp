#include "routingengine.h"

#include "domain/timeunits.h"
#include "metrics/kpifeed.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcRouting, "contactdesk.routing")

namespace ContactDesk {

namespace {

// Rank units per priority point. Aging is in points per minute, so a contact's rank
// priority * AgingScale + aging * (now - placeMs) only needs integer arithmetic.
constexpr qint64 AgingScale = 60000;
constexpr double HandleTimeSmoothing = 0.1;
constexpr int AnySkill = 0;

DomainError routingError(const char *code, const QString &message)
{
    return DomainError{QString::fromLatin1(code), message};
}

void setError(std::optional<DomainError> &result, const DomainError &error)
{
    result = error;
}

void setError(ArrivalResult &result, const DomainError &error)
{
    result = ArrivalResult{};
    result.error = error;
}

template <typename Container, typename T>
void eraseValue(Container &values, const T &value)
{
    const auto it = std::find(values.begin(), values.end(), value);
    if (it != values.end())
        values.erase(it);
}

} // namespace

// Something to tell the KPI feed or the listeners once the event is durable.
struct RoutingEngine::Outgoing
{
    enum Kind
    {
        Event,
        KpiQueued,
        KpiBlocked,
        KpiCallback,
        KpiAnswered,
        KpiAbandoned,
        KpiMovedOut,
        KpiCompleted,
        KpiAgentState,
        KpiWorkload,
    };
    Kind kind = Event;
    RoutingEvent event;
    qint64 interactionId = 0;
    qint64 agentId = 0;
    qint64 customerId = 0;
    qint64 waitMs = 0;
    qint64 talkMs = 0;
    qint64 holdMs = 0;
    qint64 afterCallWorkMs = 0;
    qint64 atMs = 0;
    int count = 0;
    QString queueId;
    Channel channel = Channel::Voice;
    AgentState state = AgentState::LoggedOut;
    QString reasonCode;
    bool resolved = false;
};

bool RoutingEngine::WaitKey::operator<(const WaitKey &other) const
{
    if (tier != other.tier)
        return tier < other.tier;
    if (rank != other.rank)
        return rank > other.rank;
    if (placeMs != other.placeMs)
        return placeMs < other.placeMs;
    if (sequence != other.sequence)
        return sequence < other.sequence;
    return contact < other.contact;
}

RoutingEngine::RoutingEngine(Clock &clock, RoutingJournal *journal, KpiFeed *kpi)
    : m_clock(clock)
    , m_journal(journal)
    , m_kpi(kpi)
{
    m_skillIndex.insert(QStringLiteral("*"), AnySkill);
    m_skillNames.append(QStringLiteral("*"));
    m_activeClasses.resize(1);
    m_index.ensureSkillCount(1);
    m_nowMs = m_clock.nowMs();
    scheduleDayRollover();
}

RoutingEngine::~RoutingEngine()
{
    m_clock.cancel(m_dayTimer);
    for (ContactSlot &slot : m_contacts) {
        if (slot.used)
            cancelTimers(slot);
    }
}

void RoutingEngine::setKpiFeed(KpiFeed *kpi)
{
    m_kpi = kpi;
    if (!m_kpi)
        return;
    for (const QueueState &queue : m_queues) {
        m_kpi->queueConfigured(queue.config.queue.id, queue.config.queue.serviceLevelSeconds,
                               queue.config.queue.shortAbandonSeconds);
    }
}

void RoutingEngine::addListener(RoutingListener *listener)
{
    if (listener && !m_listeners.contains(listener))
        m_listeners.append(listener);
}

void RoutingEngine::removeListener(RoutingListener *listener)
{
    m_listeners.removeAll(listener);
}

// ---------------------------------------------------------------------------------------------
// Events, journal and notifications

template <typename Result, typename Body>
Result RoutingEngine::process(Body &&body)
{
    Result result{};
    if (m_failed) {
        setError(result,
                 routingError("routing-journal-failed",
                              QStringLiteral("The routing journal cannot be written; restore the engine "
                                                  "once the store is reachable again")));
        return result;
    }
    Q_ASSERT(!m_inEvent);
    m_inEvent = true;
    m_nowMs = std::max(m_nowMs, m_clock.nowMs());
    result = body();
    m_inEvent = false;

    if (const std::optional<DomainError> journalError = commit()) {
        // Nothing of this event is durable, so nothing of it may stay: rebuild from what is.
        qCWarning(lcRouting) << "routing journal write failed:" << journalError->message;
        m_outbox.clear();
        m_inEvent = true;
        std::optional<DomainError> rebuildError = rebuildFromJournal(true);
        m_inEvent = false;
        if (!rebuildError)
            rebuildError = commit();
        if (rebuildError)
            m_failed = true;
        setError(result, *journalError);
    }
    deliver();
    return result;
}

std::optional<DomainError> RoutingEngine::commit()
{
    m_batch.clear();
    for (int contact : m_dirtyContacts)
        m_batch.contacts.push_back(&m_contacts[contact].data);
    for (int agent : m_dirtyAgents)
        m_batch.agents.push_back(&m_agents[agent].data);
    for (int campaign : m_dirtyCampaigns)
        m_batch.campaigns.push_back(&m_campaigns[campaign]);
    m_batch.affinity = std::move(m_dirtyAffinity);
    m_dirtyAffinity.clear();
    m_batch.nextInteractionId = m_nextInteractionId;
    m_batch.nextPlaceSequence = m_nextPlaceSequence;

    std::optional<DomainError> error;
    if (m_journal && !m_batch.isEmpty())
        error = m_journal->write(m_batch);

    for (int contact : m_dirtyContacts) {
        ContactSlot &slot = m_contacts[contact];
        slot.dirty = false;
        if (slot.finished) {
            slot = ContactSlot{};
            m_freeContacts.push_back(contact);
        }
    }
    for (int agent : m_dirtyAgents)
        m_agents[agent].dirty = false;
    for (int campaign : m_dirtyCampaigns)
        m_campaignDirty[campaign] = false;
    m_dirtyContacts.clear();
    m_dirtyAgents.clear();
    m_dirtyCampaigns.clear();
    m_batch.clear();
    return error;
}

void RoutingEngine::deliver()
{
    // A listener may call back into the engine; that event's notifications are appended and
    // delivered by this same loop, after the ones before them.
    if (m_delivering)
        return;
    m_delivering = true;
    for (std::size_t i = 0; i < m_outbox.size(); ++i) {
        const Outgoing item = m_outbox[i];
        if (item.kind == Outgoing::Event) {
            const QList<RoutingListener *> listeners = m_listeners;
            for (RoutingListener *listener : listeners)
                listener->routingEvent(item.event);
        } else {
            emitKpi(item);
        }
    }
    m_outbox.clear();
    m_delivering = false;
}

void RoutingEngine::emitKpi(const Outgoing &call)
{
    if (!m_kpi)
        return;
    switch (call.kind) {
    case Outgoing::KpiQueued:
        m_kpi->contactQueued(call.interactionId, call.queueId, call.channel, call.customerId, call.atMs);
        break;
    case Outgoing::KpiBlocked:
        m_kpi->contactBlocked(call.interactionId, call.queueId, call.channel, call.customerId, call.atMs);
        break;
    case Outgoing::KpiCallback:
        m_kpi->callbackRequested(call.interactionId, call.queueId, call.atMs);
        break;
    case Outgoing::KpiAnswered:
        m_kpi->contactAnswered(call.interactionId, call.queueId, call.agentId, call.waitMs, call.atMs);
        break;
    case Outgoing::KpiAbandoned:
        m_kpi->contactAbandoned(call.interactionId, call.queueId, call.waitMs, call.atMs);
        break;
    case Outgoing::KpiMovedOut:
        m_kpi->contactMovedOut(call.interactionId, call.queueId, call.atMs);
        break;
    case Outgoing::KpiCompleted:
        m_kpi->contactCompleted(call.interactionId, call.queueId, call.channel, call.agentId, call.customerId,
                                call.talkMs, call.holdMs, call.afterCallWorkMs, call.resolved, call.atMs);
        break;
    case Outgoing::KpiAgentState:
        m_kpi->agentStateChanged(call.agentId, call.state, call.reasonCode, call.atMs);
        break;
    case Outgoing::KpiWorkload:
        m_kpi->agentWorkloadChanged(call.agentId, call.count, call.atMs);
        break;
    case Outgoing::Event:
        break;
    }
}

void RoutingEngine::emitEvent(RoutingEvent event)
{
    if (m_listeners.isEmpty())
        return;
    event.atMs = m_nowMs;
    Outgoing item;
    item.kind = Outgoing::Event;
    item.event = std::move(event);
    m_outbox.push_back(std::move(item));
}

void RoutingEngine::markDirty(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    if (!slot.dirty) {
        slot.dirty = true;
        m_dirtyContacts.push_back(contact);
    }
}

void RoutingEngine::markDirtyAgent(int agent)
{
    AgentSlot &slot = m_agents[agent];
    if (!slot.dirty) {
        slot.dirty = true;
        m_dirtyAgents.push_back(agent);
    }
}

void RoutingEngine::transition(int contact, InteractionState state)
{
    ContactSlot &slot = m_contacts[contact];
    if (const std::optional<DomainError> error = slot.data.interaction.transitionTo(state, m_nowMs)) {
        // The engine only asks for moves its own state allows; reaching this is a bug.
        qCCritical(lcRouting) << "interaction" << slot.data.interaction.id << error->message;
        Q_ASSERT_X(false, "RoutingEngine::transition", "illegal interaction transition");
        return;
    }
    markDirty(contact);
    if (!m_listeners.isEmpty()) {
        RoutingEvent event;
        event.type = RoutingEventType::ContactChanged;
        event.interactionId = slot.data.interaction.id;
        event.agentId = slot.data.interaction.agentId;
        event.queueId = slot.data.interaction.queueId;
        event.contactState = state;
        emitEvent(std::move(event));
    }
}

// ---------------------------------------------------------------------------------------------
// Configuration

std::size_t RoutingEngine::QueueIdHash::operator()(const QString &id) const noexcept
{
    // FNV-1a over the UTF-16 code units.
    std::size_t hash = 14695981039346656037ULL;
    for (const QChar character : id) {
        hash ^= character.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

int RoutingEngine::queueOf(const QString &queueId) const
{
    const auto found = m_queueIndex.find(queueId);
    return found == m_queueIndex.end() ? -1 : found->second;
}

int RoutingEngine::internSkill(const QString &skill)
{
    const auto it = m_skillIndex.constFind(skill);
    if (it != m_skillIndex.constEnd())
        return it.value();
    const int index = int(m_skillNames.size());
    m_skillIndex.insert(skill, index);
    m_skillNames.append(skill);
    m_activeClasses.resize(std::size_t(index) + 1);
    m_index.ensureSkillCount(index + 1);
    return index;
}

RoutingEngine::Requirements RoutingEngine::resolve(const QList<SkillRequirement> &requirements)
{
    Requirements resolved;
    for (const SkillRequirement &requirement : requirements)
        resolved.push_back(Requirement{internSkill(requirement.skill), requirement.minimumLevel});
    return combine(resolved, {}, 0);
}

RoutingEngine::Requirements RoutingEngine::combine(const Requirements &step, const Requirements &extra,
                                                   int floor) const
{
    Requirements combined;
    combined.reserve(step.size() + extra.size());
    const auto add = [&combined](const Requirement &requirement) {
        if (requirement.skill == AnySkill)
            return;
        for (Requirement &existing : combined) {
            if (existing.skill == requirement.skill) {
                existing.minimumLevel = std::max(existing.minimumLevel, requirement.minimumLevel);
                return;
            }
        }
        combined.push_back(requirement);
    };
    for (const Requirement &requirement : step)
        add(requirement);
    for (const Requirement &requirement : extra)
        add(requirement);
    for (Requirement &requirement : combined)
        requirement.minimumLevel = std::max(requirement.minimumLevel, floor);
    if (combined.empty())
        combined.push_back(Requirement{AnySkill, MinSkillLevel});
    std::sort(combined.begin(), combined.end());
    return combined;
}

void RoutingEngine::rebuildQueue(QueueState &queue)
{
    const QList<EscalationStep> steps = queue.config.effectiveSteps();
    queue.stepRequirements.clear();
    queue.stepPrimary.clear();
    queue.stepTimeoutMs.clear();
    for (const EscalationStep &step : steps) {
        const QList<SkillRequirement> &requirements =
            step.requirements.isEmpty() ? queue.config.queue.requiredSkills : step.requirements;
        queue.stepRequirements.push_back(resolve(requirements));
        queue.stepPrimary.push_back(requirements.isEmpty() ? AnySkill
                                                           : internSkill(requirements.first().skill));
        queue.stepTimeoutMs.push_back(step.timeoutSeconds * 1000);
    }
    queue.overflow = queue.config.overflowQueueId.isEmpty() ? -1 : queueOf(queue.config.overflowQueueId);
    queue.plainClasses.assign(std::size_t(steps.size()) * ChannelCount, -1);
    m_index.enableStrategy(queue.config.queue.strategy);
    for (const Requirements &requirements : queue.stepRequirements) {
        if (requirements.front().skill == AnySkill)
            useAnySkill();
    }
}

std::vector<AgentIndex::SkillLevel> RoutingEngine::indexedSkills(const Agent &agent) const
{
    std::vector<AgentIndex::SkillLevel> skills;
    if (m_anySkillUsed)
        skills.push_back(AgentIndex::SkillLevel{AnySkill, MaxSkillLevel});
    for (auto it = agent.skills().constBegin(); it != agent.skills().constEnd(); ++it)
        skills.push_back(AgentIndex::SkillLevel{m_skillIndex.value(it.key()), it.value()});
    std::sort(
        skills.begin(), skills.end(),
        [](const AgentIndex::SkillLevel &a, const AgentIndex::SkillLevel &b) { return a.skill < b.skill; });
    return skills;
}

void RoutingEngine::useAnySkill()
{
    // Listing everyone under "any agent" costs each agent one more bucket on every change, so it
    // starts only once some queue takes anyone at all. Agents go back in their first-come order.
    if (m_anySkillUsed)
        return;
    m_anySkillUsed = true;
    std::vector<int> listed;
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        if (m_index.isListed(agent))
            listed.push_back(agent);
    }
    std::sort(listed.begin(), listed.end(), [this](int a, int b) {
        const qint64 left = m_agents[a].data.idleSinceMs;
        const qint64 right = m_agents[b].data.idleSinceMs;
        return left != right ? left < right : a < b;
    });
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        m_index.unlist(agent);
        m_index.setAgentSkills(agent, indexedSkills(m_agents[agent].config));
    }
    for (int agent : listed)
        m_index.list(agent, availableChannels(m_agents[agent]), orderKeys(m_agents[agent]));
}

std::optional<DomainError> RoutingEngine::configureQueue(const RoutingQueueConfig &config)
{
    if (auto error = config.validate())
        return error;
    if (!config.overflowQueueId.isEmpty() && queueOf(config.overflowQueueId) < 0) {
        return routingError("unknown-queue",
                            QStringLiteral("Queue '%1' overflows into '%2', which is not configured") .arg(
                                config.queue.id, config.overflowQueueId));
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        const bool existing = queueOf(config.queue.id) >= 0;
        const int index = existing ? queueOf(config.queue.id) : int(m_queues.size());
        if (!existing) {
            m_queues.emplace_back();
            m_queueIndex.emplace(config.queue.id, index);
        }
        // Waiting contacts are taken out and put back under the new steps.
        std::vector<int> replace;
        for (int contact = 0; contact < int(m_contacts.size()); ++contact) {
            const ContactSlot &slot = m_contacts[contact];
            if (slot.used && !slot.finished && slot.queue == index && slot.classIndex >= 0)
                replace.push_back(contact);
        }
        for (int contact : replace)
            removeWaiting(contact);
        QueueState &queue = m_queues[index];
        const double previousAverage = queue.handleMsAverage;
        queue.config = config;
        queue.handleMsAverage = existing ? previousAverage : config.expectedHandleSeconds * 1000.0;
        rebuildQueue(queue);

        // Which agents staff it (for the wait estimate).
        queue.staffed = 0;
        for (int agent = 0; agent < int(m_agents.size()); ++agent) {
            AgentSlot &slot = m_agents[agent];
            eraseValue(slot.queues, index);
            if (m_index.meets(agent, queue.stepRequirements.back())) {
                slot.queues.push_back(index);
                if (slot.staffed)
                    ++queue.staffed;
            }
        }
        const int lastStep = int(queue.stepRequirements.size()) - 1;
        for (ContactSlot &slot : m_contacts) {
            if (slot.used && !slot.finished && slot.queue == index)
                slot.data.step = std::min(slot.data.step, lastStep);
        }
        for (int contact : replace) {
            startStep(contact, m_contacts[contact].data.step, m_contacts[contact].data.stepSinceMs);
            dispatchContact(contact);
        }
        if (m_kpi) {
            m_kpi->queueConfigured(config.queue.id, config.queue.serviceLevelSeconds,
                                   config.queue.shortAbandonSeconds);
        }
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::configureAgent(const Agent &agent)
{
    if (agent.id <= 0)
        return routingError("invalid-agent", QStringLiteral("An agent needs a positive id"));
    if (auto error = agent.capacity.validate())
        return error;
    for (auto it = agent.skills().constBegin(); it != agent.skills().constEnd(); ++it) {
        if (!isValidSkillId(it.key()) || !isValidSkillLevel(it.value())) {
            return routingError("invalid-skill",
                                QStringLiteral("Agent %1 has an invalid skill '%2' at level %3")
                                                   .arg(agent.id)
                                                   .arg(it.key())
                                                   .arg(it.value()));
        }
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        const auto found = m_agentIndex.find(agent.id);
        const bool existing = found != m_agentIndex.end();
        const int index = existing ? found->second : int(m_agents.size());
        if (!existing) {
            m_agents.emplace_back();
            m_agentIndex.emplace(agent.id, index);
            m_agents[index].data.agentId = agent.id;
        }
        AgentSlot &slot = m_agents[index];
        const AgentState state = slot.data.state;
        const QString reason = slot.data.reasonCode;
        const qint64 since = slot.data.stateSinceMs;
        m_index.unlist(index);
        slot.config = agent;
        slot.config.restoreState(state, reason, since);
        for (int channel = 0; channel < ChannelCount; ++channel)
            slot.limits[channel] = agent.capacity.limitFor(Channel(channel));
        slot.voiceBlocks = agent.capacity.voiceBlocksOtherChannels;

        for (auto it = agent.skills().constBegin(); it != agent.skills().constEnd(); ++it)
            internSkill(it.key());
        m_index.setAgentSkills(index, indexedSkills(agent));

        const bool staffed = slot.staffed;
        setStaffed(index, false);
        recomputeAgentQueues(index);
        setStaffed(index, staffed);
        if (existing) {
            relist(index);
            dispatchAgent(index);
        }
        return std::nullopt;
    });
}

void RoutingEngine::recomputeAgentQueues(int agent)
{
    AgentSlot &slot = m_agents[agent];
    slot.queues.clear();
    for (int queue = 0; queue < int(m_queues.size()); ++queue) {
        if (m_index.meets(agent, m_queues[queue].stepRequirements.back()))
            slot.queues.push_back(queue);
    }
}

void RoutingEngine::setStaffed(int agent, bool staffed)
{
    AgentSlot &slot = m_agents[agent];
    if (slot.staffed == staffed)
        return;
    slot.staffed = staffed;
    for (int queue : slot.queues)
        m_queues[queue].staffed += staffed ? 1 : -1;
}

// ---------------------------------------------------------------------------------------------
// Contact classes: contacts that any agent either can or cannot take, together

int RoutingEngine::classFor(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    QueueState &queue = m_queues[slot.queue];
    const int step = slot.data.step;
    const int floor = slot.data.vip ? queue.config.vipMinimumLevel : 0;
    const bool plain = slot.extra.empty() && floor == 0;
    const std::size_t cacheKey =
        std::size_t(step) * ChannelCount + std::size_t(slot.data.interaction.channel);
    if (plain && queue.plainClasses[cacheKey] >= 0)
        return queue.plainClasses[cacheKey];

    Requirements requirements =
        plain ? queue.stepRequirements[step] : combine(queue.stepRequirements[step], slot.extra, floor);
    int primary = queue.stepPrimary[step];
    if (std::none_of(requirements.begin(), requirements.end(),
                     [primary](const Requirement &requirement) { return requirement.skill == primary; }))
        primary = requirements.front().skill;
    ClassKey key{slot.queue, int(slot.data.interaction.channel), primary, requirements};
    auto it = m_classIndex.find(key);
    int classIndex;
    if (it != m_classIndex.end()) {
        classIndex = it->second;
    } else {
        classIndex = int(m_classes.size());
        ContactClass created;
        created.queue = slot.queue;
        created.channel = slot.data.interaction.channel;
        created.primary = primary;
        created.requirements = std::move(requirements);
        m_classes.push_back(std::move(created));
        m_classIndex.emplace(std::move(key), classIndex);
    }
    if (plain)
        queue.plainClasses[cacheKey] = classIndex;
    return classIndex;
}

void RoutingEngine::activateClass(int classIndex)
{
    ContactClass &contactClass = m_classes[classIndex];
    std::vector<int> &active = m_activeClasses[contactClass.primary];
    contactClass.activePosition = int(active.size());
    active.push_back(classIndex);
}

void RoutingEngine::deactivateClass(int classIndex)
{
    ContactClass &contactClass = m_classes[classIndex];
    std::vector<int> &active = m_activeClasses[contactClass.primary];
    const int position = contactClass.activePosition;
    active[position] = active.back();
    m_classes[active[position]].activePosition = position;
    active.pop_back();
    contactClass.activePosition = -1;
}

qint64 RoutingEngine::rankOf(const ContactSlot &slot) const
{
    if (slot.data.interaction.channel == Channel::WorkItem)
        return -slot.data.dueAtMs;
    const qint64 aging = m_queues[slot.queue].config.agingPointsPerMinute;
    return qint64(slot.data.routingPriority) * AgingScale - aging * slot.data.placeMs;
}

RoutingEngine::WaitKey RoutingEngine::effectiveKey(const ContactSlot &slot) const
{
    WaitKey key = slot.key;
    if (key.tier == 0)
        key.rank += qint64(m_queues[slot.queue].config.agingPointsPerMinute) * m_nowMs;
    return key;
}

bool RoutingEngine::better(const WaitKey &a, const WaitKey &b)
{
    return a < b;
}

// ---------------------------------------------------------------------------------------------
// Contacts

int RoutingEngine::newContactSlot()
{
    int contact;
    if (!m_freeContacts.empty()) {
        contact = m_freeContacts.back();
        m_freeContacts.pop_back();
    } else {
        contact = int(m_contacts.size());
        m_contacts.emplace_back();
    }
    // A freed slot was already reset when it was freed (see commit()).
    m_contacts[contact].used = true;
    return contact;
}

void RoutingEngine::cancelTimers(ContactSlot &slot)
{
    m_clock.cancel(slot.stepTimer);
    m_clock.cancel(slot.affinityTimer);
    m_clock.cancel(slot.offerTimer);
    m_clock.cancel(slot.wrapUpTimer);
    slot.stepTimer = slot.affinityTimer = slot.offerTimer = slot.wrapUpTimer = 0;
}

void RoutingEngine::finishContact(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    cancelTimers(slot);
    slot.finished = true;
    m_contactIndex.erase(slot.data.interaction.id);
    markDirty(contact);
}

void RoutingEngine::placeWaiting(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    const int classIndex = classFor(contact);
    ContactClass &contactClass = m_classes[classIndex];
    slot.key = WaitKey{slot.data.interaction.channel == Channel::WorkItem ? 1 : 0, rankOf(slot),
                       slot.data.placeMs, slot.data.placeSequence, contact};
    contactClass.waiting.insert(slot.key);
    if (contactClass.activePosition < 0)
        activateClass(classIndex);
    slot.classIndex = classIndex;
    ++m_queues[slot.queue].waiting;
}

void RoutingEngine::removeWaiting(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    if (slot.classIndex >= 0) {
        ContactClass &contactClass = m_classes[slot.classIndex];
        contactClass.waiting.erase(slot.key);
        if (contactClass.waiting.empty())
            deactivateClass(slot.classIndex);
        slot.classIndex = -1;
        --m_queues[slot.queue].waiting;
    }
    if (slot.reservedFor >= 0) {
        eraseValue(m_agents[slot.reservedFor].reserved, contact);
        slot.reservedFor = -1;
        --m_queues[slot.queue].waiting;
        m_clock.cancel(slot.affinityTimer);
        slot.affinityTimer = 0;
    }
}

void RoutingEngine::startStep(int contact, int step, qint64 sinceMs)
{
    ContactSlot &slot = m_contacts[contact];
    slot.data.step = step;
    slot.data.stepSinceMs = sinceMs;
    markDirty(contact);
    armStepTimer(contact);
}

void RoutingEngine::armStepTimer(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    const QueueState &queue = m_queues[slot.queue];
    const int step = slot.data.step;
    m_clock.cancel(slot.stepTimer);
    slot.stepTimer = 0;
    const int timeoutMs = queue.stepTimeoutMs[step];
    const bool hasNext = step + 1 < int(queue.stepTimeoutMs.size()) || queue.overflow >= 0;
    if (timeoutMs <= 0 || !hasNext || !slot.data.campaignId.isEmpty())
        return;
    const qint64 id = slot.data.interaction.id;
    slot.stepTimer = m_clock.schedule(slot.data.stepSinceMs + timeoutMs, [this, id] {
        process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
            onStepTimeout(id);
            return std::nullopt;
        });
    });
}

void RoutingEngine::dispatchContact(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    const QueueState &queue = m_queues[slot.queue];
    const ContactClass &contactClass = m_classes[classFor(contact)];
    const int agent = m_index.select(contactClass.channel, contactClass.requirements, contactClass.primary,
                                     queue.config.queue.strategy, queue.roundRobinAfter);
    if (agent >= 0)
        offer(contact, agent);
    else
        placeWaiting(contact);
}

void RoutingEngine::offer(int contact, int agent)
{
    removeWaiting(contact);
    ContactSlot &slot = m_contacts[contact];
    AgentSlot &target = m_agents[agent];
    QueueState &queue = m_queues[slot.queue];
    transition(contact, InteractionState::Offered);
    slot.agent = agent;
    slot.data.interaction.agentId = target.data.agentId;
    slot.data.offeredAgentId = target.data.agentId;
    slot.data.offerExpiresMs = m_nowMs + qint64(queue.config.offerTimeoutSeconds) * 1000;
    target.pendingOffer = contact;
    m_index.unlist(agent);
    ++m_decisions;
    if (queue.config.queue.strategy == SelectionStrategy::RoundRobin)
        queue.roundRobinAfter = target.data.agentId;

    const qint64 id = slot.data.interaction.id;
    slot.offerTimer = m_clock.schedule(slot.data.offerExpiresMs, [this, id] {
        process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
            onOfferTimeout(id);
            return std::nullopt;
        });
    });
    if (!m_listeners.isEmpty()) {
        RoutingEvent event;
        event.type = RoutingEventType::OfferMade;
        event.interactionId = id;
        event.agentId = target.data.agentId;
        event.queueId = slot.data.interaction.queueId;
        event.contactState = InteractionState::Offered;
        event.expiresAtMs = slot.data.offerExpiresMs;
        emitEvent(std::move(event));
    }
}

void RoutingEngine::returnToLine(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    m_clock.cancel(slot.offerTimer);
    slot.offerTimer = 0;
    if (slot.agent >= 0 && m_agents[slot.agent].pendingOffer == contact)
        m_agents[slot.agent].pendingOffer = -1;
    slot.agent = -1;
    slot.data.interaction.agentId = 0;
    slot.data.offeredAgentId = 0;
    slot.data.offerExpiresMs = 0;
    slot.data.affinityUntilMs = 0;
    transition(contact, InteractionState::Queued);
    if (slot.data.callback)
        transition(contact, InteractionState::CallbackRequested);

    if (slot.data.placeMs == 0) {
        // Offered straight to an agent (a transfer) and not taken: it joins the line now.
        slot.data.placeMs = m_nowMs;
        slot.data.placeSequence = m_nextPlaceSequence++;
        slot.data.reportedWaiting = true;
        reportQueued(contact);
        startStep(contact, 0, m_nowMs);
    } else if (slot.data.stepSinceMs == 0) {
        // Offered to the customer's last agent on arrival: the escalation steps start now.
        startStep(contact, 0, m_nowMs);
    }
    dispatchContact(contact);
}

void RoutingEngine::onOfferTimeout(qint64 interactionId)
{
    const auto found = m_contactIndex.find(interactionId);
    if (found == m_contactIndex.end())
        return;
    const int contact = found->second;
    ContactSlot &slot = m_contacts[contact];
    slot.offerTimer = 0;
    if (slot.data.interaction.state() != InteractionState::Offered || slot.agent < 0)
        return;
    const int agent = slot.agent;
    if (!m_listeners.isEmpty()) {
        RoutingEvent event;
        event.type = RoutingEventType::OfferWithdrawn;
        event.interactionId = interactionId;
        event.agentId = m_agents[agent].data.agentId;
        event.queueId = slot.data.interaction.queueId;
        event.reasonCode = QStringLiteral("missed");
        emitEvent(std::move(event));
    }
    m_agents[agent].pendingOffer = -1;
    changePresence(agent, AgentState::NotReady, QStringLiteral("missed"));
    returnToLine(contact);
}

void RoutingEngine::onStepTimeout(qint64 interactionId)
{
    const auto found = m_contactIndex.find(interactionId);
    if (found == m_contactIndex.end())
        return;
    const int contact = found->second;
    ContactSlot &slot = m_contacts[contact];
    slot.stepTimer = 0;
    const QueueState &queue = m_queues[slot.queue];
    const bool waitingInLine = slot.classIndex >= 0;
    const bool offered = slot.data.interaction.state() == InteractionState::Offered;
    if (!waitingInLine && !offered)
        return;

    if (slot.data.step + 1 < int(queue.stepRequirements.size())) {
        if (waitingInLine)
            removeWaiting(contact);
        startStep(contact, slot.data.step + 1, m_nowMs);
        if (waitingInLine)
            dispatchContact(contact);
        return;
    }

    // Past the last step: overflow, unless the contact is being offered, waits for a callback
    // (not on the line) or the target is full, in which case it stays at the last step.
    const int target = queue.overflow;
    if (target < 0 || !waitingInLine || slot.data.callback)
        return;
    const QueueState &targetQueue = m_queues[target];
    if (targetQueue.config.queue.maxLength > 0 && targetQueue.waiting >= targetQueue.config.queue.maxLength)
        return;
    if (!targetQueue.config.queue.channels.contains(slot.data.interaction.channel))
        return;
    removeWaiting(contact);
    if (slot.data.reportedWaiting && m_kpi) {
        Outgoing call;
        call.kind = Outgoing::KpiMovedOut;
        call.interactionId = interactionId;
        call.queueId = slot.data.interaction.queueId;
        call.atMs = m_nowMs;
        m_outbox.push_back(std::move(call));
    }
    transition(contact, InteractionState::Transferred);
    slot.queue = target;
    slot.data.interaction.queueId = targetQueue.config.queue.id;
    transition(contact, InteractionState::Queued);
    if (slot.data.reportedWaiting)
        reportQueued(contact);
    startStep(contact, 0, m_nowMs);
    dispatchContact(contact);
}

std::optional<int> RoutingEngine::affinityAgentFor(int contact)
{
    const ContactSlot &slot = m_contacts[contact];
    const QueueState &queue = m_queues[slot.queue];
    if (queue.config.affinityDays <= 0 || slot.data.interaction.customerId == 0
        || slot.data.interaction.channel == Channel::WorkItem)
        return std::nullopt;
    const auto entry = m_affinity.find(slot.data.interaction.customerId);
    if (entry == m_affinity.end())
        return std::nullopt;
    if (entry->second.servedMs < m_nowMs - qint64(queue.config.affinityDays) * MsPerDay)
        return std::nullopt;
    const auto agentFound = m_agentIndex.find(entry->second.agentId);
    if (agentFound == m_agentIndex.end())
        return std::nullopt;
    const int agent = agentFound->second;
    const AgentSlot &candidate = m_agents[agent];
    if (candidate.data.state == AgentState::LoggedOut
        || candidate.limits[int(slot.data.interaction.channel)] == 0)
        return std::nullopt;
    // The last agent must still be someone the queue would route this contact to at all.
    const int floor = slot.data.vip ? queue.config.vipMinimumLevel : 0;
    if (!m_index.meets(agent, combine(queue.stepRequirements.back(), slot.extra, floor)))
        return std::nullopt;
    return agent;
}

void RoutingEngine::onAffinityTimeout(qint64 interactionId)
{
    const auto found = m_contactIndex.find(interactionId);
    if (found == m_contactIndex.end())
        return;
    const int contact = found->second;
    m_contacts[contact].affinityTimer = 0;
    if (m_contacts[contact].reservedFor >= 0)
        releaseAffinity(contact);
}

void RoutingEngine::releaseAffinity(int contact)
{
    removeWaiting(contact);
    ContactSlot &slot = m_contacts[contact];
    slot.data.affinityUntilMs = 0;
    startStep(contact, 0, m_nowMs);
    dispatchContact(contact);
}

void RoutingEngine::onWrapUpTimeout(qint64 interactionId)
{
    const auto found = m_contactIndex.find(interactionId);
    if (found == m_contactIndex.end())
        return;
    const int contact = found->second;
    m_contacts[contact].wrapUpTimer = 0;
    if (m_contacts[contact].data.interaction.state() == InteractionState::WrapUp)
        closeContact(contact, QString(), false);
}

// ---------------------------------------------------------------------------------------------
// Agents

bool RoutingEngine::canTake(const AgentSlot &agent, Channel channel) const
{
    const int index = int(channel);
    if (agent.data.state != AgentState::Ready || agent.pendingOffer >= 0)
        return false;
    if (agent.channelCount[index] >= agent.limits[index])
        return false;
    const bool onCall = agent.channelCount[int(Channel::Voice)] > 0;
    // Back-office work never lands on someone who is on a call, whatever the capacity says.
    if (onCall && (agent.voiceBlocks || channel == Channel::WorkItem))
        return false;
    return true;
}

unsigned RoutingEngine::availableChannels(const AgentSlot &agent) const
{
    unsigned mask = 0;
    if (agent.data.state != AgentState::Ready || agent.pendingOffer >= 0)
        return mask;
    for (int channel = 0; channel < ChannelCount; ++channel) {
        if (canTake(agent, Channel(channel)))
            mask |= 1u << channel;
    }
    return mask;
}

AgentIndex::OrderKeys RoutingEngine::orderKeys(const AgentSlot &agent) const
{
    AgentIndex::OrderKeys keys;
    keys.agentId = agent.data.agentId;
    keys.contactsToday = agent.data.contactsToday;
    keys.occupancyPermille =
        agent.data.staffedMsToday > 0 ? agent.data.busyMsToday * 1000 / agent.data.staffedMsToday : 0;
    return keys;
}

void RoutingEngine::relist(int agent)
{
    AgentSlot &slot = m_agents[agent];
    const unsigned mask = availableChannels(slot);
    if (mask == 0) {
        m_index.unlist(agent);
        return;
    }
    slot.data.idleSinceMs = m_nowMs;
    markDirtyAgent(agent);
    m_index.list(agent, mask, orderKeys(slot));
}

void RoutingEngine::account(AgentSlot &agent)
{
    rollDay(agent);
    if (agent.data.accountedUntilMs > 0 && m_nowMs > agent.data.accountedUntilMs) {
        const qint64 elapsed = m_nowMs - agent.data.accountedUntilMs;
        if (agent.data.state != AgentState::LoggedOut)
            agent.data.staffedMsToday += elapsed;
        if (agent.active > 0)
            agent.data.busyMsToday += elapsed;
    }
    agent.data.accountedUntilMs = m_nowMs;
}

void RoutingEngine::rollDay(AgentSlot &agent)
{
    const qint64 dayStart = m_nowMs - ((m_nowMs % MsPerDay) + MsPerDay) % MsPerDay;
    if (agent.data.dayStartMs >= dayStart)
        return;
    agent.data.dayStartMs = dayStart;
    agent.data.contactsToday = 0;
    agent.data.busyMsToday = 0;
    agent.data.staffedMsToday = 0;
    if (agent.data.accountedUntilMs > 0 && agent.data.accountedUntilMs < dayStart)
        agent.data.accountedUntilMs = dayStart;
}

void RoutingEngine::scheduleDayRollover()
{
    m_clock.cancel(m_dayTimer);
    const qint64 now = m_clock.nowMs();
    const qint64 nextMidnight = now - ((now % MsPerDay) + MsPerDay) % MsPerDay + MsPerDay;
    m_dayTimer = m_clock.schedule(nextMidnight, [this] {
        m_dayTimer = 0;
        process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
            onDayRollover();
            return std::nullopt;
        });
    });
}

void RoutingEngine::onDayRollover()
{
    // The daily counters restart, and with them the keys of fewest-contacts and least-occupied.
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        account(m_agents[agent]);
        m_index.refreshKeys(agent, orderKeys(m_agents[agent]));
    }
    scheduleDayRollover();
}

void RoutingEngine::changePresence(int agent, AgentState state, const QString &reasonCode)
{
    AgentSlot &slot = m_agents[agent];
    account(slot);
    if (const std::optional<DomainError> error = slot.config.changeState(state, reasonCode, m_nowMs)) {
        qCCritical(lcRouting) << "agent" << slot.data.agentId << error->message;
        Q_ASSERT_X(false, "RoutingEngine::changePresence", "illegal agent state change");
        return;
    }
    slot.data.state = state;
    slot.data.reasonCode = slot.config.reasonCode();
    slot.data.stateSinceMs = m_nowMs;
    markDirtyAgent(agent);
    setStaffed(agent, state == AgentState::Ready || state == AgentState::AfterCallWork);
    if (availableChannels(slot) == 0)
        m_index.unlist(agent);
    if (m_kpi) {
        Outgoing call;
        call.kind = Outgoing::KpiAgentState;
        call.agentId = slot.data.agentId;
        call.state = state;
        call.reasonCode = slot.data.reasonCode;
        call.atMs = m_nowMs;
        m_outbox.push_back(std::move(call));
    }
    if (!m_listeners.isEmpty()) {
        RoutingEvent event;
        event.type = RoutingEventType::AgentChanged;
        event.agentId = slot.data.agentId;
        event.agentState = state;
        event.reasonCode = slot.data.reasonCode;
        emitEvent(std::move(event));
    }
    if (state == AgentState::LoggedOut) {
        // Contacts waiting for this agent stop waiting: nobody knows when they come back.
        const std::vector<int> reserved = m_agents[agent].reserved;
        for (int contact : reserved)
            releaseAffinity(contact);
    }
}

void RoutingEngine::dispatchAgent(int agent)
{
    if (!m_index.isListed(agent))
        return;
    AgentSlot &slot = m_agents[agent];
    int best = -1;
    WaitKey bestKey;
    for (const AgentIndex::SkillLevel &skill : m_index.skillsOf(agent)) {
        for (int classIndex : m_activeClasses[skill.skill]) {
            const ContactClass &contactClass = m_classes[classIndex];
            if (!canTake(slot, contactClass.channel) || !m_index.meets(agent, contactClass.requirements))
                continue;
            const WaitKey key = effectiveKey(m_contacts[contactClass.waiting.begin()->contact]);
            if (best < 0 || better(key, bestKey)) {
                best = key.contact;
                bestKey = key;
            }
        }
    }
    for (int contact : slot.reserved) {
        if (!canTake(slot, m_contacts[contact].data.interaction.channel))
            continue;
        const WaitKey key = effectiveKey(m_contacts[contact]);
        if (best < 0 || better(key, bestKey)) {
            best = contact;
            bestKey = key;
        }
    }
    if (best >= 0) {
        offer(best, agent);
        return;
    }
    dispatchCampaignTo(agent);
}

bool RoutingEngine::dispatchCampaignTo(int agent)
{
    const AgentSlot &slot = m_agents[agent];
    for (int campaign = 0; campaign < int(m_campaigns.size()); ++campaign) {
        const OutboundCampaign &entry = m_campaigns[campaign];
        if (entry.isExhausted() || !canTake(slot, entry.channel))
            continue;
        const int queue = queueOf(entry.queueId);
        if (queue < 0 || !m_index.meets(agent, m_queues[queue].stepRequirements.front()))
            continue;
        offer(createOutbound(campaign, queue), agent);
        return true;
    }
    return false;
}

int RoutingEngine::createOutbound(int campaign, int queue)
{
    OutboundCampaign &entry = m_campaigns[campaign];
    const int contact = newContactSlot();
    ContactSlot &slot = m_contacts[contact];
    slot.queue = queue;
    Interaction &interaction = slot.data.interaction;
    interaction = Interaction::create(entry.channel, Direction::Outbound, m_nowMs);
    interaction.id = m_nextInteractionId++;
    interaction.customerId = entry.customerIds.at(entry.nextIndex++);
    interaction.queueId = entry.queueId;
    interaction.priority = std::clamp(entry.priority, 0, 100);
    slot.data.routingPriority = interaction.priority;
    slot.data.campaignId = entry.id;
    slot.data.placeMs = m_nowMs;
    slot.data.placeSequence = m_nextPlaceSequence++;
    slot.data.stepSinceMs = m_nowMs;
    m_contactIndex.emplace(interaction.id, contact);
    markDirty(contact);
    if (!m_campaignDirty[campaign]) {
        m_campaignDirty[campaign] = true;
        m_dirtyCampaigns.push_back(campaign);
    }
    return contact;
}

void RoutingEngine::attach(int contact, int agent)
{
    ContactSlot &slot = m_contacts[contact];
    AgentSlot &target = m_agents[agent];
    account(target);
    slot.agent = agent;
    target.contacts.push_back(contact);
    ++target.channelCount[int(slot.data.interaction.channel)];
    ++target.active;
}

void RoutingEngine::detach(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    AgentSlot &owner = m_agents[slot.agent];
    account(owner);
    eraseValue(owner.contacts, contact);
    --owner.channelCount[int(slot.data.interaction.channel)];
    --owner.active;
    slot.agent = -1;
}

void RoutingEngine::reportWorkload(int agent)
{
    if (!m_kpi)
        return;
    Outgoing call;
    call.kind = Outgoing::KpiWorkload;
    call.agentId = m_agents[agent].data.agentId;
    call.count = m_agents[agent].active;
    call.atMs = m_nowMs;
    m_outbox.push_back(std::move(call));
}

void RoutingEngine::reportQueued(int contact)
{
    if (!m_kpi)
        return;
    const Interaction &interaction = m_contacts[contact].data.interaction;
    Outgoing call;
    call.kind = Outgoing::KpiQueued;
    call.interactionId = interaction.id;
    call.queueId = interaction.queueId;
    call.channel = interaction.channel;
    call.customerId = interaction.customerId;
    call.atMs = m_nowMs;
    m_outbox.push_back(std::move(call));
}

void RoutingEngine::completeSegment(int contact, qint64 endMs)
{
    ContactSlot &slot = m_contacts[contact];
    const qint64 holdMs = slot.data.interaction.times().totalHoldMs - slot.data.segmentHoldMs;
    slot.data.priorHoldMs += holdMs;
    slot.data.priorTalkMs += std::max<qint64>(0, endMs - slot.data.segmentStartMs - holdMs);
    slot.data.segmentStartMs = 0;
    slot.data.segmentHoldMs = slot.data.interaction.times().totalHoldMs;
}

void RoutingEngine::closeContact(int contact, const QString &dispositionCode, bool resolved)
{
    ContactSlot &slot = m_contacts[contact];
    const int agent = slot.agent;
    slot.data.interaction.dispositionCode = dispositionCode;
    slot.data.interaction.resolved = resolved;
    transition(contact, InteractionState::Closed);
    completeSegment(contact, slot.data.interaction.times().wrapUpMs);
    const Interaction &interaction = slot.data.interaction;
    const qint64 afterCallWorkMs = interaction.afterCallWorkMs();
    QueueState &queue = m_queues[slot.queue];
    queue.handleMsAverage +=
        HandleTimeSmoothing
        * (double(slot.data.priorTalkMs + slot.data.priorHoldMs + afterCallWorkMs) - queue.handleMsAverage);
    if (m_kpi) {
        // One completion per contact, with every agent's part of it (a transfer is not an end).
        Outgoing call;
        call.kind = Outgoing::KpiCompleted;
        call.interactionId = interaction.id;
        call.queueId = interaction.queueId;
        call.channel = interaction.channel;
        call.agentId = m_agents[agent].data.agentId;
        call.customerId = interaction.customerId;
        call.talkMs = slot.data.priorTalkMs;
        call.holdMs = slot.data.priorHoldMs;
        call.afterCallWorkMs = afterCallWorkMs;
        call.resolved = resolved;
        call.atMs = m_nowMs;
        m_outbox.push_back(std::move(call));
    }
    detach(contact);
    AgentSlot &owner = m_agents[agent];
    --owner.wrapUps;
    reportWorkload(agent);
    finishContact(contact);
    if (owner.wrapUps == 0 && owner.data.state == AgentState::AfterCallWork)
        changePresence(agent, AgentState::Ready, QString());
    relist(agent);
    dispatchAgent(agent);
}

// ---------------------------------------------------------------------------------------------
// Inputs

std::optional<DomainError> RoutingEngine::requireContact(qint64 interactionId, int &slot) const
{
    const auto found = m_contactIndex.find(interactionId);
    if (found == m_contactIndex.end()) {
        return routingError(
            "unknown-contact",
            QStringLiteral("There is no open contact %1 in the routing engine").arg(interactionId));
    }
    slot = found->second;
    return std::nullopt;
}

std::optional<DomainError> RoutingEngine::requireAgent(qint64 agentId, int &slot) const
{
    const auto found = m_agentIndex.find(agentId);
    if (found == m_agentIndex.end())
        return routingError("unknown-agent",
                            QStringLiteral("Agent %1 is not configured for routing").arg(agentId));
    slot = found->second;
    return std::nullopt;
}

ArrivalResult RoutingEngine::admit(int contact)
{
    ContactSlot &slot = m_contacts[contact];
    QueueState &queue = m_queues[slot.queue];
    ArrivalResult result;
    result.interactionId = slot.data.interaction.id;
    m_contactIndex.emplace(slot.data.interaction.id, contact);

    if (queue.config.queue.maxLength > 0 && queue.waiting >= queue.config.queue.maxLength) {
        transition(contact, InteractionState::Blocked);
        if (m_kpi) {
            Outgoing call;
            call.kind = Outgoing::KpiBlocked;
            call.interactionId = slot.data.interaction.id;
            call.queueId = slot.data.interaction.queueId;
            call.channel = slot.data.interaction.channel;
            call.customerId = slot.data.interaction.customerId;
            call.atMs = m_nowMs;
            m_outbox.push_back(std::move(call));
        }
        finishContact(contact);
        result.outcome = ArrivalOutcome::Blocked;
        return result;
    }

    transition(contact, InteractionState::Queued);
    slot.data.placeMs = m_nowMs;
    slot.data.placeSequence = m_nextPlaceSequence++;
    slot.data.reportedWaiting = true;
    reportQueued(contact);

    if (const std::optional<int> lastAgent = affinityAgentFor(contact)) {
        AgentSlot &preferred = m_agents[*lastAgent];
        slot.data.affinityAgentId = preferred.data.agentId;
        if (canTake(preferred, slot.data.interaction.channel)) {
            offer(contact, *lastAgent);
            result.outcome = ArrivalOutcome::Offered;
            result.agentId = preferred.data.agentId;
            return result;
        }
        if (queue.config.affinityWaitSeconds > 0) {
            slot.data.affinityUntilMs = m_nowMs + qint64(queue.config.affinityWaitSeconds) * 1000;
            slot.reservedFor = *lastAgent;
            preferred.reserved.push_back(contact);
            ++queue.waiting;
            const qint64 id = slot.data.interaction.id;
            slot.affinityTimer = m_clock.schedule(slot.data.affinityUntilMs, [this, id] {
                process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
                    onAffinityTimeout(id);
                    return std::nullopt;
                });
            });
        }
    }
    if (slot.reservedFor < 0) {
        startStep(contact, 0, m_nowMs);
        dispatchContact(contact);
    }
    if (slot.data.interaction.state() == InteractionState::Offered) {
        result.outcome = ArrivalOutcome::Offered;
        result.agentId = slot.data.interaction.agentId;
        return result;
    }

    result.outcome = ArrivalOutcome::Queued;
    if (queue.config.queue.callbackThresholdSeconds > 0
        && slot.data.interaction.channel != Channel::WorkItem) {
        result.estimatedWaitMs = estimateWait(slot.queue, queue.waiting - 1);
        if (result.estimatedWaitMs < 0
            || result.estimatedWaitMs > qint64(queue.config.queue.callbackThresholdSeconds) * 1000) {
            result.callbackOffered = true;
            if (!m_listeners.isEmpty()) {
                RoutingEvent event;
                event.type = RoutingEventType::CallbackOffered;
                event.interactionId = slot.data.interaction.id;
                event.queueId = slot.data.interaction.queueId;
                event.contactState = InteractionState::Queued;
                event.estimatedWaitMs = result.estimatedWaitMs;
                emitEvent(std::move(event));
            }
        }
    }
    return result;
}

ArrivalResult RoutingEngine::contactArrived(const ContactRequest &request)
{
    const int queue = queueOf(request.queueId);
    const auto refuse = [](const DomainError &error) {
        ArrivalResult result;
        result.error = error;
        return result;
    };
    if (queue < 0)
        return refuse(routingError("unknown-queue",
                                   QStringLiteral("Queue '%1' is not configured").arg(request.queueId)));
    const Queue &config = m_queues[queue].config.queue;
    if (!config.channels.contains(request.channel)) {
        return refuse(
            routingError("channel-not-served", QStringLiteral("Queue '%1' does not take %2 contacts") .arg(
                                                   request.queueId, channelKey(request.channel))));
    }
    const int priority = request.priority.value_or(config.defaultPriority);
    if (priority < 0 || priority > 100)
        return refuse(
            routingError("invalid-priority", QStringLiteral("Priority %1 is outside 0-100").arg(priority)));
    if (auto error = validateRequirements(request.requiredSkills))
        return refuse(*error);
    if (request.interactionId < 0
        || (request.interactionId > 0 && m_contactIndex.count(request.interactionId))) {
        return refuse(
            routingError("duplicate-contact",
                         QStringLiteral("Contact %1 is already being routed").arg(request.interactionId)));
    }

    return process<ArrivalResult>([&]() {
        const int contact = newContactSlot();
        ContactSlot &slot = m_contacts[contact];
        slot.queue = queue;
        if (!request.requiredSkills.isEmpty()) {
            slot.extra = resolve(request.requiredSkills);
            if (slot.extra.size() == 1 && slot.extra.front().skill == AnySkill)
                slot.extra.clear();
        }
        Interaction &interaction = slot.data.interaction;
        interaction = Interaction::create(request.channel, request.direction, m_nowMs);
        if (request.interactionId > 0) {
            interaction.id = request.interactionId;
            m_nextInteractionId = std::max(m_nextInteractionId, request.interactionId + 1);
        } else {
            interaction.id = m_nextInteractionId++;
        }
        interaction.customerId = request.customerId;
        interaction.queueId = request.queueId;
        interaction.requiredSkills = request.requiredSkills;
        interaction.priority = priority;
        interaction.subject = request.subject;
        interaction.externalRef = request.externalRef;
        slot.data.vip = request.vip;
        slot.data.routingPriority = priority + (request.vip ? m_queues[queue].config.vipPriorityBoost : 0);
        return admit(contact);
    });
}

ArrivalResult RoutingEngine::createWorkItem(const WorkItem &item)
{
    const auto refuse = [](const DomainError &error) {
        ArrivalResult result;
        result.error = error;
        return result;
    };
    if (auto error = item.validate())
        return refuse(*error);
    const int queue = queueOf(item.queueId);
    if (queue < 0)
        return refuse(
            routingError("unknown-queue", QStringLiteral("Queue '%1' is not configured").arg(item.queueId)));
    if (!m_queues[queue].config.queue.channels.contains(Channel::WorkItem)) {
        return refuse(routingError("channel-not-served",
                                   QStringLiteral("Queue '%1' does not take work items").arg(item.queueId)));
    }
    if (!item.isOpen())
        return refuse(
            routingError("work-item-closed", QStringLiteral("Work item %1 is not open").arg(item.id)));

    return process<ArrivalResult>([&]() {
        const int contact = newContactSlot();
        ContactSlot &slot = m_contacts[contact];
        slot.queue = queue;
        Interaction &interaction = slot.data.interaction;
        interaction = Interaction::create(Channel::WorkItem, Direction::Internal, m_nowMs);
        interaction.id = m_nextInteractionId++;
        interaction.customerId = item.customerId;
        interaction.queueId = item.queueId;
        interaction.subject = item.title;
        interaction.priority = m_queues[queue].config.queue.defaultPriority;
        slot.data.routingPriority = interaction.priority;
        slot.data.workItemId = item.id;
        slot.data.dueAtMs = item.dueAtMs;
        return admit(contact);
    });
}

std::optional<DomainError> RoutingEngine::startCampaign(const OutboundCampaign &campaign)
{
    if (campaign.id.trimmed().isEmpty())
        return routingError("invalid-campaign", QStringLiteral("A campaign needs an id"));
    const int queue = queueOf(campaign.queueId);
    if (queue < 0) {
        return routingError("unknown-queue",
                            QStringLiteral("Campaign '%1' names queue '%2', which is not configured") .arg(
                                campaign.id, campaign.queueId));
    }
    if (!m_queues[queue].config.queue.channels.contains(campaign.channel)) {
        return routingError("channel-not-served", QStringLiteral("Queue '%1' does not take %2 contacts") .arg(
                                                      campaign.queueId, channelKey(campaign.channel)));
    }
    if (campaign.nextIndex < 0 || campaign.nextIndex > campaign.customerIds.size())
        return routingError("invalid-campaign",
                            QStringLiteral("Campaign '%1' starts past its list").arg(campaign.id));
    for (const OutboundCampaign &existing : m_campaigns) {
        if (existing.id == campaign.id)
            return routingError("duplicate-campaign",
                                QStringLiteral("Campaign '%1' already runs").arg(campaign.id));
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        const auto position =
            std::lower_bound(m_campaigns.begin(), m_campaigns.end(), campaign.id,
                             [](const OutboundCampaign &entry, const QString &id) { return entry.id < id; });
        const int index = int(position - m_campaigns.begin());
        m_campaigns.insert(position, campaign);
        m_campaignDirty.assign(m_campaigns.size(), false);
        m_dirtyCampaigns.clear();
        m_campaignDirty[index] = true;
        m_dirtyCampaigns.push_back(index);

        // One contact per idle agent who could make the call, and no more.
        const QueueState &target = m_queues[queue];
        while (!m_campaigns[index].isExhausted()) {
            const int agent =
                m_index.select(campaign.channel, target.stepRequirements.front(), target.stepPrimary.front(),
                               target.config.queue.strategy, target.roundRobinAfter);
            if (agent < 0)
                break;
            offer(createOutbound(index, queue), agent);
        }
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::setAgentState(qint64 agentId, AgentState state,
                                                        const QString &reasonCode)
{
    int agent = -1;
    if (auto error = requireAgent(agentId, agent))
        return error;
    if (state == AgentState::AfterCallWork) {
        return routingError("illegal-agent-transition",
                            QStringLiteral("After-call work starts by itself when a contact ends"));
    }
    if (state == AgentState::NotReady && reasonCode.trimmed().isEmpty())
        return routingError("reason-required", QStringLiteral("Not Ready needs a reason code"));
    if (state != AgentState::NotReady && !reasonCode.isEmpty()) {
        return routingError(
            "reason-not-allowed",
            QStringLiteral("Only Not Ready takes a reason code, not %1").arg(agentStateKey(state)));
    }
    AgentSlot &slot = m_agents[agent];
    if (state == AgentState::LoggedOut && slot.active > 0) {
        return routingError(
            "agent-busy",
            QStringLiteral("Agent %1 still has %2 open contact(s); finish them first") .arg(agentId).arg(
                slot.active));
    }
    if (state == slot.data.state && reasonCode.trimmed() == slot.data.reasonCode)
        return std::nullopt;

    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        AgentSlot &target = m_agents[agent];
        const int offered = target.pendingOffer;
        if (state == AgentState::Ready && target.wrapUps > 0) {
            // Ready is the agent saying "done": wrap-ups still open end here.
            std::vector<int> wrapping;
            for (int contact : target.contacts) {
                if (m_contacts[contact].data.interaction.state() == InteractionState::WrapUp)
                    wrapping.push_back(contact);
            }
            for (int contact : wrapping)
                closeContact(contact, QString(), false);
            if (m_agents[agent].data.state == AgentState::Ready)
                return std::nullopt;
        }
        changePresence(agent, state, reasonCode);
        if (offered >= 0 && state != AgentState::Ready) {
            if (!m_listeners.isEmpty()) {
                RoutingEvent event;
                event.type = RoutingEventType::OfferWithdrawn;
                event.interactionId = m_contacts[offered].data.interaction.id;
                event.agentId = agentId;
                event.queueId = m_contacts[offered].data.interaction.queueId;
                event.reasonCode = QStringLiteral("withdrawn");
                emitEvent(std::move(event));
            }
            m_agents[agent].pendingOffer = -1;
            returnToLine(offered);
        }
        if (state == AgentState::Ready) {
            relist(agent);
            dispatchAgent(agent);
        }
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::acceptOffer(qint64 agentId, qint64 interactionId)
{
    int agent = -1;
    int contact = -1;
    if (auto error = requireAgent(agentId, agent))
        return error;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (m_agents[agent].pendingOffer != contact) {
        return routingError(
            "not-offered",
            QStringLiteral("Contact %1 is not offered to agent %2").arg(interactionId).arg(agentId));
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &slot = m_contacts[contact];
        AgentSlot &owner = m_agents[agent];
        m_clock.cancel(slot.offerTimer);
        m_clock.cancel(slot.stepTimer);
        slot.offerTimer = slot.stepTimer = 0;
        owner.pendingOffer = -1;
        slot.data.offeredAgentId = 0;
        slot.data.offerExpiresMs = 0;
        slot.data.callback = false; // the callback has happened: from here on it is a conversation
        transition(contact, InteractionState::Connected);
        slot.data.segmentStartMs = m_nowMs;
        slot.data.segmentHoldMs = slot.data.interaction.times().totalHoldMs;
        attach(contact, agent);
        ++owner.data.contactsToday;
        markDirtyAgent(agent);

        if (slot.data.reportedWaiting) {
            slot.data.reportedWaiting = false;
            if (m_kpi) {
                Outgoing call;
                call.kind = Outgoing::KpiAnswered;
                call.interactionId = interactionId;
                call.queueId = slot.data.interaction.queueId;
                call.agentId = agentId;
                call.waitMs = m_nowMs - slot.data.placeMs;
                call.atMs = m_nowMs;
                m_outbox.push_back(std::move(call));
            }
        }
        reportWorkload(agent);
        if (slot.data.interaction.customerId != 0) {
            const AffinityEntry entry{slot.data.interaction.customerId, agentId, m_nowMs};
            m_affinity.insert_or_assign(entry.customerId, entry);
            m_dirtyAffinity.push_back(entry);
        }
        relist(agent);
        dispatchAgent(agent);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::rejectOffer(qint64 agentId, qint64 interactionId)
{
    int agent = -1;
    int contact = -1;
    if (auto error = requireAgent(agentId, agent))
        return error;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (m_agents[agent].pendingOffer != contact) {
        return routingError(
            "not-offered",
            QStringLiteral("Contact %1 is not offered to agent %2").arg(interactionId).arg(agentId));
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        if (!m_listeners.isEmpty()) {
            RoutingEvent event;
            event.type = RoutingEventType::OfferWithdrawn;
            event.interactionId = interactionId;
            event.agentId = agentId;
            event.queueId = m_contacts[contact].data.interaction.queueId;
            event.reasonCode = QStringLiteral("rejected");
            emitEvent(std::move(event));
        }
        m_agents[agent].pendingOffer = -1;
        changePresence(agent, AgentState::NotReady, QStringLiteral("rejected"));
        returnToLine(contact);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::hold(qint64 interactionId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (m_contacts[contact].data.interaction.state() != InteractionState::Connected)
        return routingError("not-connected",
                            QStringLiteral("Contact %1 is not connected").arg(interactionId));
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        transition(contact, InteractionState::Held);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::resume(qint64 interactionId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (m_contacts[contact].data.interaction.state() != InteractionState::Held)
        return routingError("not-held", QStringLiteral("Contact %1 is not on hold").arg(interactionId));
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        transition(contact, InteractionState::Connected);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::transferToQueue(qint64 interactionId, const QString &queueId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    const InteractionState state = m_contacts[contact].data.interaction.state();
    if (state != InteractionState::Connected && state != InteractionState::Held)
        return routingError("not-connected", QStringLiteral("Only a connected contact can be transferred"));
    const int target = queueOf(queueId);
    if (target < 0)
        return routingError("unknown-queue", QStringLiteral("Queue '%1' is not configured").arg(queueId));
    const QueueState &targetQueue = m_queues[target];
    if (!targetQueue.config.queue.channels.contains(m_contacts[contact].data.interaction.channel)) {
        return routingError("channel-not-served",
                            QStringLiteral("Queue '%1' does not take %2 contacts") .arg(
                                queueId, channelKey(m_contacts[contact].data.interaction.channel)));
    }
    if (targetQueue.config.queue.maxLength > 0 && targetQueue.waiting >= targetQueue.config.queue.maxLength)
        return routingError("queue-full",
                            QStringLiteral("Queue '%1' is full; the contact stays with you").arg(queueId));

    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &slot = m_contacts[contact];
        const int agent = slot.agent;
        transition(contact, InteractionState::Transferred);
        completeSegment(contact, m_nowMs);
        detach(contact);
        reportWorkload(agent);
        slot.queue = target;
        slot.data.interaction.queueId = queueId;
        slot.data.interaction.agentId = 0;
        slot.data.placeMs = 0;
        slot.data.affinityAgentId = 0;
        slot.data.affinityUntilMs = 0;
        // returnToLine's "joins the line now" path, without an offer to withdraw.
        transition(contact, InteractionState::Queued);
        slot.data.placeMs = m_nowMs;
        slot.data.placeSequence = m_nextPlaceSequence++;
        slot.data.reportedWaiting = true;
        reportQueued(contact);
        startStep(contact, 0, m_nowMs);
        dispatchContact(contact);
        relist(agent);
        dispatchAgent(agent);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::transferToAgent(qint64 interactionId, qint64 agentId)
{
    int contact = -1;
    int target = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (auto error = requireAgent(agentId, target))
        return error;
    const ContactSlot &slot = m_contacts[contact];
    const InteractionState state = slot.data.interaction.state();
    if (state != InteractionState::Connected && state != InteractionState::Held)
        return routingError("not-connected", QStringLiteral("Only a connected contact can be transferred"));
    if (slot.agent == target)
        return routingError("same-agent",
                            QStringLiteral("The contact is already with agent %1").arg(agentId));
    if (!canTake(m_agents[target], slot.data.interaction.channel)) {
        return routingError(
            "agent-unavailable",
            QStringLiteral("Agent %1 cannot take a %2 contact now; the contact stays with you")
                               .arg(agentId)
                               .arg(channelKey(slot.data.interaction.channel)));
    }
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &moving = m_contacts[contact];
        const int agent = moving.agent;
        transition(contact, InteractionState::Transferred);
        completeSegment(contact, m_nowMs);
        detach(contact);
        reportWorkload(agent);
        moving.data.placeMs = 0; // no place in line: if the agent does not take it, it joins the queue
        moving.data.affinityAgentId = 0;
        moving.data.affinityUntilMs = 0;
        offer(contact, target);
        relist(agent);
        dispatchAgent(agent);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::endContact(qint64 interactionId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    const InteractionState state = m_contacts[contact].data.interaction.state();
    if (state != InteractionState::Connected && state != InteractionState::Held)
        return routingError("not-connected",
                            QStringLiteral("Contact %1 is not in progress").arg(interactionId));
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &slot = m_contacts[contact];
        const int agent = slot.agent;
        const int afterCallWorkSeconds = m_queues[slot.queue].config.afterCallWorkSeconds;
        transition(contact, InteractionState::WrapUp);
        ++m_agents[agent].wrapUps;
        if (afterCallWorkSeconds == 0) {
            closeContact(contact, QString(), false);
            return std::nullopt;
        }
        if (m_agents[agent].data.state == AgentState::Ready)
            changePresence(agent, AgentState::AfterCallWork, QString());
        if (afterCallWorkSeconds > 0) {
            slot.wrapUpTimer =
                m_clock.schedule(m_nowMs + qint64(afterCallWorkSeconds) * 1000, [this, interactionId] {
                    process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
                        onWrapUpTimeout(interactionId);
                        return std::nullopt;
                    });
                });
        }
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::finishWrapUp(qint64 interactionId, const QString &dispositionCode,
                                                       bool resolved)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    if (m_contacts[contact].data.interaction.state() != InteractionState::WrapUp)
        return routingError("not-in-wrap-up",
                            QStringLiteral("Contact %1 is not in wrap-up").arg(interactionId));
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        closeContact(contact, dispositionCode, resolved);
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::abandon(qint64 interactionId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    const ContactSlot &slot = m_contacts[contact];
    const InteractionState state = slot.data.interaction.state();
    if (slot.data.callback) {
        return routingError(
            "callback-requested",
            QStringLiteral("Contact %1 is waiting for a callback, not on the line").arg(interactionId));
    }
    if (state != InteractionState::Queued && state != InteractionState::Offered)
        return routingError("not-waiting", QStringLiteral("Contact %1 is not waiting").arg(interactionId));
    if (slot.data.interaction.channel == Channel::WorkItem || !slot.data.campaignId.isEmpty())
        return routingError("not-abandonable", QStringLiteral("Only a customer can abandon a contact"));

    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &leaving = m_contacts[contact];
        const int agent = state == InteractionState::Offered ? leaving.agent : -1;
        if (agent >= 0) {
            m_clock.cancel(leaving.offerTimer);
            leaving.offerTimer = 0;
            m_agents[agent].pendingOffer = -1;
            if (!m_listeners.isEmpty()) {
                RoutingEvent event;
                event.type = RoutingEventType::OfferWithdrawn;
                event.interactionId = interactionId;
                event.agentId = m_agents[agent].data.agentId;
                event.queueId = leaving.data.interaction.queueId;
                event.reasonCode = QStringLiteral("abandoned");
                emitEvent(std::move(event));
            }
            leaving.agent = -1;
        }
        removeWaiting(contact);
        transition(contact, InteractionState::Abandoned);
        if (leaving.data.reportedWaiting && m_kpi) {
            Outgoing call;
            call.kind = Outgoing::KpiAbandoned;
            call.interactionId = interactionId;
            call.queueId = leaving.data.interaction.queueId;
            call.waitMs = m_nowMs - leaving.data.placeMs;
            call.atMs = m_nowMs;
            m_outbox.push_back(std::move(call));
        }
        finishContact(contact);
        if (agent >= 0) {
            relist(agent);
            dispatchAgent(agent);
        }
        return std::nullopt;
    });
}

std::optional<DomainError> RoutingEngine::requestCallback(qint64 interactionId)
{
    int contact = -1;
    if (auto error = requireContact(interactionId, contact))
        return error;
    const ContactSlot &slot = m_contacts[contact];
    if (slot.data.interaction.state() != InteractionState::Queued || slot.data.callback)
        return routingError("not-waiting",
                            QStringLiteral("Contact %1 is not waiting in line").arg(interactionId));
    if (slot.data.interaction.channel == Channel::WorkItem || !slot.data.campaignId.isEmpty())
        return routingError("no-customer-waiting",
                            QStringLiteral("Only a waiting customer can ask for a callback"));
    return process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
        ContactSlot &waiting = m_contacts[contact];
        waiting.data.callback = true;
        transition(contact, InteractionState::CallbackRequested);
        if (waiting.data.reportedWaiting) {
            waiting.data.reportedWaiting = false;
            if (m_kpi) {
                Outgoing call;
                call.kind = Outgoing::KpiCallback;
                call.interactionId = interactionId;
                call.queueId = waiting.data.interaction.queueId;
                call.atMs = m_nowMs;
                m_outbox.push_back(std::move(call));
            }
        }
        return std::nullopt;
    });
}

// ---------------------------------------------------------------------------------------------
// Restore

void RoutingEngine::resetRuntime()
{
    for (ContactSlot &slot : m_contacts) {
        if (slot.used)
            cancelTimers(slot);
    }
    m_contacts.clear();
    m_freeContacts.clear();
    m_contactIndex.clear();
    for (ContactClass &contactClass : m_classes) {
        contactClass.waiting.clear();
        contactClass.activePosition = -1;
    }
    for (std::vector<int> &active : m_activeClasses)
        active.clear();
    for (QueueState &queue : m_queues) {
        queue.waiting = 0;
        queue.staffed = 0;
        queue.roundRobinAfter = 0;
        queue.handleMsAverage = queue.config.expectedHandleSeconds * 1000.0;
    }
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        m_index.unlist(agent);
        AgentSlot &slot = m_agents[agent];
        std::fill(std::begin(slot.channelCount), std::end(slot.channelCount), 0);
        slot.active = 0;
        slot.wrapUps = 0;
        slot.pendingOffer = -1;
        slot.contacts.clear();
        slot.reserved.clear();
        slot.staffed = false;
        slot.dirty = false;
        slot.data = RoutedAgent{};
        slot.data.agentId = slot.config.id;
        slot.config.restoreState(AgentState::LoggedOut, QString(), 0);
    }
    m_affinity.clear();
    m_campaigns.clear();
    m_campaignDirty.clear();
    m_dirtyContacts.clear();
    m_dirtyAgents.clear();
    m_dirtyCampaigns.clear();
    m_dirtyAffinity.clear();
    m_outbox.clear();
    m_nextInteractionId = 1;
    m_nextPlaceSequence = 1;
}

std::optional<DomainError> RoutingEngine::restore()
{
    m_failed = false;
    return process<std::optional<DomainError>>([&]() { return rebuildFromJournal(false); });
}

std::optional<DomainError> RoutingEngine::rebuildFromJournal(bool keepOffers)
{
    resetRuntime();
    scheduleDayRollover();
    if (!m_journal)
        return std::nullopt;
    std::variant<JournalState, DomainError> loaded = m_journal->load();
    if (const DomainError *error = std::get_if<DomainError>(&loaded)) {
        m_failed = true;
        return *error;
    }
    JournalState &state = std::get<JournalState>(loaded);

    // Check first, so that a journal this configuration cannot hold changes nothing.
    for (const RoutedContact &contact : std::as_const(state.contacts)) {
        if (queueOf(contact.interaction.queueId) < 0) {
            m_failed = true;
            return routingError(
                "journal-unknown-queue",
                QStringLiteral("The routing journal has contact %1 in queue '%2', which is not configured")
                                   .arg(contact.interaction.id)
                                   .arg(contact.interaction.queueId));
        }
        const InteractionState contactState = contact.interaction.state();
        if ((contactState == InteractionState::Connected || contactState == InteractionState::Held
             || contactState == InteractionState::WrapUp)
            && !m_agentIndex.count(contact.interaction.agentId)) {
            m_failed = true;
            return routingError(
                "journal-unknown-agent",
                QStringLiteral("The routing journal has contact %1 with agent %2, who is not configured")
                                   .arg(contact.interaction.id)
                                   .arg(contact.interaction.agentId));
        }
    }

    m_nextInteractionId = std::max<qint64>(1, state.nextInteractionId);
    m_nextPlaceSequence = std::max<qint64>(1, state.nextPlaceSequence);
    for (const RoutedAgent &snapshot : std::as_const(state.agents)) {
        const auto found = m_agentIndex.find(snapshot.agentId);
        if (found == m_agentIndex.end())
            continue; // an agent no longer configured, with nothing open (checked above)
        AgentSlot &slot = m_agents[found->second];
        slot.data = snapshot;
        slot.data.accountedUntilMs = snapshot.state == AgentState::LoggedOut ? 0 : m_nowMs;
        slot.config.restoreState(snapshot.state, snapshot.reasonCode, snapshot.stateSinceMs);
        setStaffed(found->second,
                   snapshot.state == AgentState::Ready || snapshot.state == AgentState::AfterCallWork);
    }
    for (const AffinityEntry &entry : std::as_const(state.affinity))
        m_affinity.insert_or_assign(entry.customerId, entry);
    for (const OutboundCampaign &campaign : std::as_const(state.campaigns))
        m_campaigns.push_back(campaign);
    std::sort(m_campaigns.begin(), m_campaigns.end(),
              [](const OutboundCampaign &a, const OutboundCampaign &b) { return a.id < b.id; });
    m_campaignDirty.assign(m_campaigns.size(), false);

    std::vector<int> waiting;
    for (const RoutedContact &snapshot : std::as_const(state.contacts)) {
        if (snapshot.interaction.isTerminal())
            continue;
        const int contact = newContactSlot();
        ContactSlot &slot = m_contacts[contact];
        slot.data = snapshot;
        slot.queue = queueOf(snapshot.interaction.queueId);
        slot.extra = resolve(snapshot.interaction.requiredSkills);
        if (slot.extra.size() == 1 && slot.extra.front().skill == AnySkill)
            slot.extra.clear();
        m_contactIndex.emplace(snapshot.interaction.id, contact);
        m_nextInteractionId = std::max(m_nextInteractionId, snapshot.interaction.id + 1);
        m_nextPlaceSequence = std::max(m_nextPlaceSequence, snapshot.placeSequence + 1);

        switch (snapshot.interaction.state()) {
        case InteractionState::Connected:
        case InteractionState::Held:
        case InteractionState::WrapUp: {
            const int agent = m_agentIndex.at(snapshot.interaction.agentId);
            attach(contact, agent);
            if (snapshot.interaction.state() == InteractionState::WrapUp) {
                ++m_agents[agent].wrapUps;
                const int afterCallWorkSeconds = m_queues[slot.queue].config.afterCallWorkSeconds;
                if (afterCallWorkSeconds >= 0) {
                    const qint64 id = snapshot.interaction.id;
                    slot.wrapUpTimer = m_clock.schedule(
                        snapshot.interaction.times().wrapUpMs + qint64(afterCallWorkSeconds) * 1000,
                        [this, id] {
                            process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
                                onWrapUpTimeout(id);
                                return std::nullopt;
                            });
                        });
                }
            }
            break;
        }
        case InteractionState::Offered:
            if (keepOffers && m_agentIndex.count(snapshot.offeredAgentId)) {
                const int agent = m_agentIndex.at(snapshot.offeredAgentId);
                AgentSlot &offeredTo = m_agents[agent];
                if (offeredTo.data.state == AgentState::Ready && offeredTo.pendingOffer < 0) {
                    slot.agent = agent;
                    offeredTo.pendingOffer = contact;
                    const qint64 id = snapshot.interaction.id;
                    slot.offerTimer = m_clock.schedule(snapshot.offerExpiresMs, [this, id] {
                        process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
                            onOfferTimeout(id);
                            return std::nullopt;
                        });
                    });
                    break;
                }
            }
            [[fallthrough]];
        case InteractionState::Created:
        case InteractionState::Transferred:
            // The offer died with the process; the contact goes back to its place in line.
            slot.data.interaction.agentId = 0;
            slot.data.offeredAgentId = 0;
            slot.data.offerExpiresMs = 0;
            transition(contact, InteractionState::Queued);
            if (slot.data.callback)
                transition(contact, InteractionState::CallbackRequested);
            if (slot.data.placeMs == 0) {
                // A transfer straight to an agent: it joins its queue's line now, as a miss would.
                slot.data.placeMs = m_nowMs;
                slot.data.placeSequence = m_nextPlaceSequence++;
                slot.data.stepSinceMs = 0;
                slot.data.reportedWaiting = true;
                reportQueued(contact);
            }
            waiting.push_back(contact);
            break;
        case InteractionState::Queued:
        case InteractionState::CallbackRequested:
            waiting.push_back(contact);
            break;
        case InteractionState::Closed:
        case InteractionState::Abandoned:
        case InteractionState::Blocked:
            break;
        }
    }

    for (int contact : waiting) {
        ContactSlot &slot = m_contacts[contact];
        const auto preferred = m_agentIndex.find(slot.data.affinityAgentId);
        if (slot.data.affinityUntilMs > m_nowMs && preferred != m_agentIndex.end()
            && m_agents[preferred->second].data.state != AgentState::LoggedOut) {
            slot.reservedFor = preferred->second;
            m_agents[preferred->second].reserved.push_back(contact);
            ++m_queues[slot.queue].waiting;
            const qint64 id = slot.data.interaction.id;
            slot.affinityTimer = m_clock.schedule(slot.data.affinityUntilMs, [this, id] {
                process<std::optional<DomainError>>([&]() -> std::optional<DomainError> {
                    onAffinityTimeout(id);
                    return std::nullopt;
                });
            });
            continue;
        }
        if (slot.data.affinityUntilMs > 0) {
            slot.data.affinityUntilMs = 0;
            markDirty(contact);
        }
        const int lastStep = int(m_queues[slot.queue].stepRequirements.size()) - 1;
        if (slot.data.stepSinceMs == 0) {
            startStep(contact, slot.data.step, m_nowMs);
        } else if (slot.data.step != std::min(slot.data.step, lastStep)) {
            startStep(contact, lastStep, slot.data.stepSinceMs);
        } else {
            armStepTimer(contact); // a restart changes nothing about the contact itself
        }
        placeWaiting(contact);
    }

    // Agents go back into the index in the order they became idle, then take what waits.
    std::vector<int> order;
    for (int agent = 0; agent < int(m_agents.size()); ++agent)
        order.push_back(agent);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const RoutedAgent &left = m_agents[a].data;
        const RoutedAgent &right = m_agents[b].data;
        if (left.idleSinceMs != right.idleSinceMs)
            return left.idleSinceMs < right.idleSinceMs;
        return left.agentId < right.agentId;
    });
    for (int agent : order) {
        const unsigned mask = availableChannels(m_agents[agent]);
        if (mask != 0)
            m_index.list(agent, mask, orderKeys(m_agents[agent]));
    }
    for (int agent : order)
        dispatchAgent(agent);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Views

const RoutedContact *RoutingEngine::contact(qint64 interactionId) const
{
    const auto found = m_contactIndex.find(interactionId);
    return found == m_contactIndex.end() ? nullptr : &m_contacts[found->second].data;
}

const RoutedAgent *RoutingEngine::agent(qint64 agentId) const
{
    const auto found = m_agentIndex.find(agentId);
    return found == m_agentIndex.end() ? nullptr : &m_agents[found->second].data;
}

QList<qint64> RoutingEngine::agentContacts(qint64 agentId) const
{
    QList<qint64> ids;
    const auto found = m_agentIndex.find(agentId);
    if (found == m_agentIndex.end())
        return ids;
    for (int contact : m_agents[found->second].contacts)
        ids.append(m_contacts[contact].data.interaction.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 RoutingEngine::pendingOffer(qint64 agentId) const
{
    const auto found = m_agentIndex.find(agentId);
    if (found == m_agentIndex.end() || m_agents[found->second].pendingOffer < 0)
        return 0;
    return m_contacts[m_agents[found->second].pendingOffer].data.interaction.id;
}

QList<qint64> RoutingEngine::waitingContacts(const QString &queueId) const
{
    const int queue = queueOf(queueId);
    QList<qint64> ids;
    if (queue < 0)
        return ids;
    std::vector<WaitKey> keys;
    for (const ContactSlot &slot : m_contacts) {
        if (slot.used && !slot.finished && slot.queue == queue
            && (slot.classIndex >= 0 || slot.reservedFor >= 0)) {
            WaitKey key = slot.reservedFor >= 0
                              ? WaitKey{slot.data.interaction.channel == Channel::WorkItem ? 1 : 0,
                                        rankOf(slot), slot.data.placeMs, slot.data.placeSequence, 0}
                              : slot.key;
            key.contact = int(&slot - m_contacts.data());
            keys.push_back(key);
        }
    }
    std::sort(keys.begin(), keys.end());
    for (const WaitKey &key : keys)
        ids.append(m_contacts[key.contact].data.interaction.id);
    return ids;
}

int RoutingEngine::waitingCount(const QString &queueId) const
{
    const int queue = queueOf(queueId);
    return queue < 0 ? 0 : m_queues[queue].waiting;
}

QList<qint64> RoutingEngine::liveContacts() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_contactIndex.size()));
    m_contactIndex.forEach([&ids](qint64 id, int) { ids.append(id); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 RoutingEngine::estimateWait(int queue, int ahead) const
{
    const QueueState &state = m_queues[queue];
    if (state.staffed <= 0)
        return -1;
    return qint64(std::llround(double(ahead + 1) * state.handleMsAverage / double(state.staffed)));
}

qint64 RoutingEngine::estimatedWaitMs(const QString &queueId) const
{
    const int queue = queueOf(queueId);
    if (queue < 0)
        return -1;
    const QueueState &state = m_queues[queue];
    // Someone free right now who would take a plain contact: no wait at all.
    for (Channel channel : state.config.queue.channels) {
        if (m_index.select(channel, state.stepRequirements.front(), state.stepPrimary.front(),
                           state.config.queue.strategy, state.roundRobinAfter)
            >= 0)
            return 0;
    }
    return estimateWait(queue, state.waiting);
}

const OutboundCampaign *RoutingEngine::campaign(const QString &campaignId) const
{
    for (const OutboundCampaign &entry : m_campaigns) {
        if (entry.id == campaignId)
            return &entry;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Invariants

QStringList RoutingEngine::checkInvariants() const
{
    QStringList problems;
    const auto problem = [&problems](const QString &text) { problems.append(text); };

    std::vector<int> offeredTo(m_contacts.size(), -1);
    for (int agent = 0; agent < int(m_agents.size()); ++agent) {
        const AgentSlot &slot = m_agents[agent];
        const QString who = QStringLiteral("agent %1").arg(slot.data.agentId);
        if (slot.pendingOffer >= 0) {
            if (offeredTo[slot.pendingOffer] >= 0)
                problem(who + u": shares its offer with another agent");
            offeredTo[slot.pendingOffer] = agent;
            const ContactSlot &offered = m_contacts[slot.pendingOffer];
            if (!offered.used || offered.finished
                || offered.data.interaction.state() != InteractionState::Offered || offered.agent != agent)
                problem(who + u": pending offer is not a contact offered to it");
        }
        int counts[ChannelCount] = {};
        int wrapUps = 0;
        for (int contact : slot.contacts) {
            const ContactSlot &held = m_contacts[contact];
            const InteractionState state = held.data.interaction.state();
            if (held.agent != agent || held.finished
                || (state != InteractionState::Connected && state != InteractionState::Held
                    && state != InteractionState::WrapUp))
                problem(
                    who
                    + QStringLiteral(": holds contact %1 that is not its own").arg(held.data.interaction.id));
            ++counts[int(held.data.interaction.channel)];
            if (state == InteractionState::WrapUp)
                ++wrapUps;
        }
        for (int channel = 0; channel < ChannelCount; ++channel) {
            if (counts[channel] != slot.channelCount[channel])
                problem(who + QStringLiteral(": channel %1 count is wrong").arg(channel));
            if (counts[channel] > slot.limits[channel])
                problem(who + QStringLiteral(": over capacity on %1").arg(channelKey(Channel(channel))));
        }
        if (wrapUps != slot.wrapUps)
            problem(who + u": wrap-up count is wrong");
        if (int(slot.contacts.size()) != slot.active)
            problem(who + u": active count is wrong");
        if (slot.data.state == AgentState::LoggedOut && (slot.active > 0 || slot.pendingOffer >= 0))
            problem(who + u": logged out with contacts");
        if (slot.data.state != slot.config.state())
            problem(who + u": presence disagrees with the Agent");
        if (m_index.listedChannels(agent) != availableChannels(slot))
            problem(who + u": index does not match availability");
        for (int contact : slot.reserved) {
            if (m_contacts[contact].reservedFor != agent)
                problem(who + u": reservation not mirrored");
        }
    }

    std::vector<int> queueWaiting(m_queues.size(), 0);
    std::size_t inClasses = 0;
    for (int contact = 0; contact < int(m_contacts.size()); ++contact) {
        const ContactSlot &slot = m_contacts[contact];
        if (!slot.used || slot.finished)
            continue;
        const qint64 id = slot.data.interaction.id;
        const QString what = QStringLiteral("contact %1").arg(id);
        const auto indexed = m_contactIndex.find(id);
        if (indexed == m_contactIndex.end() || indexed->second != contact)
            problem(what + u": not indexed by id");
        const InteractionState state = slot.data.interaction.state();
        int places = 0;
        if (slot.classIndex >= 0) {
            ++places;
            ++inClasses;
            ++queueWaiting[slot.queue];
            if (!m_classes[slot.classIndex].waiting.count(slot.key))
                problem(what + u": not in its class");
        }
        if (slot.reservedFor >= 0) {
            ++places;
            ++queueWaiting[slot.queue];
        }
        if (offeredTo[contact] >= 0)
            ++places;
        if (slot.agent >= 0 && state != InteractionState::Offered) {
            ++places;
            const auto &held = m_agents[slot.agent].contacts;
            if (std::count(held.begin(), held.end(), contact) != 1)
                problem(what + u": its agent does not hold it exactly once");
        }
        if (places != 1)
            problem(
                what
                + QStringLiteral(": is in %1 places (state %2)").arg(places).arg(interactionStateKey(state)));
        if (slot.data.isWaiting() != (slot.classIndex >= 0 || slot.reservedFor >= 0))
            problem(what
                    + QStringLiteral(": state %1 does not match its place").arg(interactionStateKey(state)));
        if (state == InteractionState::Offered && slot.offerTimer == 0)
            problem(what + u": offered without a timeout");
        if (slot.data.callback && state == InteractionState::Queued)
            problem(what + u": callback contact is back on the line");
    }
    std::size_t classEntries = 0;
    for (int classIndex = 0; classIndex < int(m_classes.size()); ++classIndex) {
        const ContactClass &contactClass = m_classes[classIndex];
        classEntries += contactClass.waiting.size();
        if (contactClass.waiting.empty() != (contactClass.activePosition < 0))
            problem(QStringLiteral("class %1: active flag is wrong").arg(classIndex));
        if (contactClass.waiting.empty())
            continue;
        // Work conservation: nobody free could take what waits here.
        const QueueState &queue = m_queues[contactClass.queue];
        const int free = m_index.select(contactClass.channel, contactClass.requirements, contactClass.primary,
                                        SelectionStrategy::LongestIdle, queue.roundRobinAfter);
        if (free >= 0) {
            problem(QStringLiteral("class %1 of queue %2: contacts wait while agent %3 is free")
                                       .arg(classIndex)
                                       .arg(queue.config.queue.id)
                                       .arg(m_agents[free].data.agentId));
        }
    }
    if (classEntries != inClasses)
        problem(QStringLiteral("class entries and waiting contacts differ"));
    for (int queue = 0; queue < int(m_queues.size()); ++queue) {
        if (queueWaiting[queue] != m_queues[queue].waiting)
            problem(QStringLiteral("queue %1: waiting count is wrong").arg(m_queues[queue].config.queue.id));
        int staffed = 0;
        for (const AgentSlot &agent : m_agents) {
            if (agent.staffed
                && std::find(agent.queues.begin(), agent.queues.end(), queue) != agent.queues.end())
                ++staffed;
        }
        if (staffed != m_queues[queue].staffed)
            problem(QStringLiteral("queue %1: staffed count is wrong").arg(m_queues[queue].config.queue.id));
    }
    m_agentIndex.forEach([&](qint64 agentId, int slot) {
        for (int reserved : m_agents[slot].reserved) {
            if (m_index.isListed(slot)
                && canTake(m_agents[slot], m_contacts[reserved].data.interaction.channel))
                problem(QStringLiteral("agent %1 is free while a contact waits for it").arg(agentId));
        }
    });
    return problems;
}

} // namespace ContactDesk
