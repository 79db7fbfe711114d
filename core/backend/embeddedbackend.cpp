#include "embeddedbackend.h"

#include "centre/wallboardbuilder.h"
#include "centrehost.h"
#include "metrics/kpiengine.h"
#include "offers/offeradvisor.h"
#include "routing/sqlroutingjournal.h"
#include "routing/wallclock.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/settingsrepository.h"
#include "store/workitemrepository.h"
#include "wallboardlayout.h"

namespace ContactDesk {

namespace {

BackendError fromStore(const DomainError &error)
{
    if (error.code == StoreErrorCode::NotFound)
        return BackendError{QStringLiteral("not-found"), error.message};
    if (error.code == StoreErrorCode::InvalidPhone)
        return BackendError{QStringLiteral("invalid-argument"), error.message};
    return BackendError{QStringLiteral("storage"), error.message};
}

// The centre's own codes say more than any generic one ("agent-unavailable", "not-offered",
// "consult-in-progress" ...) and pass through; the store's and a few others map to the
// backend's general codes.
BackendError fromCentre(const DomainError &error)
{
    if (error.code.startsWith(QLatin1String("store-")))
        return fromStore(error);
    if (error.code == u"not-your-contact")
        return BackendError{QStringLiteral("forbidden"), error.message};
    if (error.code == u"unknown-contact" || error.code == u"unknown-agent" || error.code == u"unknown-queue"
        || error.code == u"unknown-customer")
        return BackendError{QStringLiteral("not-found"), error.message};
    if (error.code == u"centre-failed" || error.code == u"not-started")
        return BackendError{QStringLiteral("unavailable"), error.message};
    return BackendError{error.code, error.message};
}

// Answers `reply` with a store result: its value, or its error in the backend's terms.
template <typename T>
void answer(const DeskBackend::Reply<T> &reply, StoreResult<T> result)
{
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::move(result).value());
}

TimelineQuery toQuery(const TimelineFilter &filter, const TimelineCursor &cursor, int limit)
{
    TimelineQuery query;
    query.channels = filter.channels;
    query.text = filter.text.trimmed();
    query.limit = limit;
    if (!cursor.isStart()) {
        query.beforeCreatedMs = cursor.beforeCreatedMs;
        query.beforeId = cursor.beforeId;
    }
    return query;
}

} // namespace

EmbeddedBackend::EmbeddedBackend(std::unique_ptr<Database> database, QObject *parent)
    : EmbeddedBackend(std::move(database), EmbeddedBackendOptions(), parent)
{}

EmbeddedBackend::EmbeddedBackend(std::unique_ptr<Database> database, const EmbeddedBackendOptions &options,
                                 QObject *parent)
    : DeskBackend(parent)
{
    startCentre(std::move(database), options);
}

EmbeddedBackend::EmbeddedBackend(CentreHost &host, QObject *parent)
    : DeskBackend(parent)
    , m_host(&host)
{
    connectCentre();
}

EmbeddedBackend::~EmbeddedBackend()
{
    // The simulator goes first, while the centre, the clock and the database it uses are here.
    m_traffic.reset();
    disconnect(&m_host->centre(), nullptr, this, nullptr);
    disconnect(&m_host->centre().kpi(), nullptr, this, nullptr);
    m_ownHost.reset();
    m_ownCentre.reset();
}

void EmbeddedBackend::startCentre(std::unique_ptr<Database> database, const EmbeddedBackendOptions &options)
{
    m_ownDatabase = std::move(database);
    Clock *clock = options.clock;
    if (!clock) {
        m_ownClock = std::make_unique<WallClock>();
        clock = m_ownClock.get();
    }
    CentreOptions centreOptions = options.centre;
    if (centreOptions.defaultRegion.isEmpty())
        centreOptions.defaultRegion = QStringLiteral("KR");
    std::unique_ptr<RoutingJournal> journal;
    if (options.durableRouting)
        journal = std::make_unique<SqlRoutingJournal>(*m_ownDatabase);
    m_ownCentre = std::make_unique<ContactCentre>(*m_ownDatabase, *clock, std::move(journal), centreOptions);
    std::optional<DomainError> error = m_ownCentre->start();
    m_ownHost = std::make_unique<CentreHost>(*m_ownDatabase, *m_ownCentre, error);
    m_host = m_ownHost.get();
    m_host->setDefaultRegion(centreOptions.defaultRegion);
    connectCentre();
}

void EmbeddedBackend::connectCentre()
{
    ContactCentre *centre = &m_host->centre();
    connect(centre, &ContactCentre::agentChanged, this, &EmbeddedBackend::onAgentChanged);
    connect(centre, &ContactCentre::contactChanged, this, &EmbeddedBackend::onContactChanged);
    connect(centre, &ContactCentre::offerWithdrawn, this, &EmbeddedBackend::onOfferWithdrawn);
    connect(centre, &ContactCentre::messageAdded, this, &EmbeddedBackend::onMessageAdded);
    connect(centre, &ContactCentre::internalMessageAdded, this, &EmbeddedBackend::onInternalMessage);
    connect(centre, &ContactCentre::failed, this, &DeskBackend::connectionLost);
    connect(&centre->kpi(), &KpiEngine::changed, this, &DeskBackend::wallboardChanged);
    connect(centre, &ContactCentre::agentChanged, this, &DeskBackend::wallboardChanged);
    connect(centre, &ContactCentre::contactChanged, this, &DeskBackend::wallboardChanged);
}

Database &EmbeddedBackend::database()
{
    return m_host->database();
}

ContactCentre &EmbeddedBackend::centre()
{
    return m_host->centre();
}

const std::optional<DomainError> &EmbeddedBackend::centreError() const
{
    return m_host->centreError();
}

std::optional<DomainError> EmbeddedBackend::startLiveTraffic(const LiveTrafficOptions &options)
{
    if (centreError())
        return centreError();
    if (m_traffic)
        return std::nullopt;
    auto traffic = std::make_unique<LiveTraffic>(centre(), options);
    if (auto error = traffic->start())
        return error;
    m_traffic = std::move(traffic);
    return std::nullopt;
}

void EmbeddedBackend::setDefaultRegion(const QString &region)
{
    m_host->setDefaultRegion(region);
}

QString EmbeddedBackend::defaultRegion() const
{
    return m_host->defaultRegion();
}

QString EmbeddedBackend::location() const
{
    return m_host->database().settings().displayString();
}

void EmbeddedBackend::searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply)
{
    if (limit <= 0 || limit > 1000) {
        reply(BackendError{QStringLiteral("invalid-argument"), QStringLiteral("limit must be 1-1000")});
        return;
    }
    answer(reply, m_host->customers().search(text.trimmed(), limit));
}

void EmbeddedBackend::customer(qint64 customerId, Reply<Customer> reply)
{
    answer(reply, m_host->customers().findById(customerId));
}

void EmbeddedBackend::findCustomerByContact(ContactKind kind, const QString &value,
                                            Reply<std::optional<Customer>> reply)
{
    auto result = m_host->customers().findByContactPoint(kind, value, m_host->defaultRegion());
    if (result.isNotFound()) {
        reply(std::optional<Customer>());
        return;
    }
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(std::optional<Customer>(std::move(result).value()));
}

void EmbeddedBackend::timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                               int limit, Reply<TimelineItemPage> reply)
{
    if (limit <= 0 || limit > 500) {
        reply(BackendError{QStringLiteral("invalid-argument"), QStringLiteral("limit must be 1-500")});
        return;
    }
    auto result = m_host->interactions().timeline(customerId, toQuery(filter, cursor, limit));
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    TimelineItemPage page;
    page.hasMore = result->hasMore;
    page.items.reserve(result->entries.size());
    for (const TimelineEntry &entry : result->entries)
        page.items.append(TimelineItem{entry.interaction, entry.messageCount, entry.agentDisplayName});
    if (result->next.beforeCreatedMs)
        page.next = TimelineCursor{*result->next.beforeCreatedMs, result->next.beforeId};
    reply(page);
}

void EmbeddedBackend::timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply)
{
    auto result = m_host->interactions().countForCustomer(customerId, toQuery(filter, {}, 1));
    if (!result) {
        reply(fromStore(result.error()));
        return;
    }
    reply(int(*result));
}

void EmbeddedBackend::messages(qint64 interactionId, Reply<QList<Message>> reply)
{
    answer(reply, m_host->messages().forInteraction(interactionId));
}

void EmbeddedBackend::openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply)
{
    answer(reply, m_host->workItems().openForCustomer(customerId));
}

// ---------------------------------------------------------------------------------------------
// The agent's desk

std::optional<BackendError> EmbeddedBackend::requireSession() const
{
    if (centreError())
        return BackendError{QStringLiteral("unavailable"), centreError()->message};
    if (!m_session)
        return BackendError{QStringLiteral("not-signed-in"), QStringLiteral("Sign in first")};
    return std::nullopt;
}

void EmbeddedBackend::command(const Reply<bool> &reply,
                              const std::function<std::optional<DomainError>(qint64 agentId)> &run)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    if (auto error = run(m_session->agentId)) {
        reply(fromCentre(*error));
        return;
    }
    reply(true);
}

AgentSession EmbeddedBackend::sessionFor(const Agent &agent) const
{
    AgentSession session;
    session.agentId = agent.id;
    session.login = agent.login;
    session.displayName = agent.displayName;
    session.team = agent.team;
    session.role = UserRole::Agent;
    session.skills = agent.skills();
    session.capacity = agent.capacity;
    return session;
}

void EmbeddedBackend::signIn(const QString &login, const QString &password, Reply<AgentSession> reply)
{
    Q_UNUSED(password) // the demo agents of an embedded centre have none
    if (centreError()) {
        reply(BackendError{QStringLiteral("unavailable"), centreError()->message});
        return;
    }
    const std::optional<Agent> agent = centre().agentByLogin(login.trimmed());
    if (!agent) {
        reply(BackendError{QStringLiteral("forbidden"), QStringLiteral("There is no agent '%1'").arg(login)});
        return;
    }
    if (m_session) {
        if (m_session->agentId == agent->id) {
            reply(*m_session);
            return;
        }
        reply(BackendError{QStringLiteral("already-signed-in"), QStringLiteral("Signed in as %1; sign out first").arg(m_session->login)});
        return;
    }
    startSession(*agent, UserRole::Agent, reply);
}

void EmbeddedBackend::signInAgent(qint64 agentId, UserRole role, Reply<AgentSession> reply)
{
    if (centreError()) {
        reply(BackendError{QStringLiteral("unavailable"), centreError()->message});
        return;
    }
    const std::optional<Agent> agent = centre().agent(agentId);
    if (!agent) {
        reply(BackendError{QStringLiteral("no-agent"), QStringLiteral("There is no agent %1").arg(agentId)});
        return;
    }
    if (m_session) {
        if (m_session->agentId == agentId) {
            m_session->role = role;
            reply(*m_session);
            return;
        }
        reply(BackendError{QStringLiteral("already-signed-in"), QStringLiteral("Signed in as %1; sign out first").arg(m_session->login)});
        return;
    }
    startSession(*agent, role, reply);
}

void EmbeddedBackend::startSession(const Agent &agent, UserRole role, const Reply<AgentSession> &reply)
{
    // A person works as this agent now: the simulated colleague lets go first.
    centre().setAttended(agent.id, true);
    if (centre().agentStatus(agent.id).state == AgentState::LoggedOut) {
        if (auto error = centre().setAgentState(agent.id, AgentState::NotReady, QStringLiteral("login"))) {
            centre().setAttended(agent.id, false);
            reply(fromCentre(*error));
            return;
        }
    }
    m_session = sessionFor(agent);
    m_session->role = role;
    m_mine.clear();
    for (const ContactSummary &contact : centre().contactsOf(agent.id))
        m_mine.insert(contact.interactionId);
    // The state was set before there was a session to tell: say it now, as the first change.
    Q_EMIT stateChanged(centre().agentStatus(agent.id));
    Q_EMIT sessionChanged();
    reply(*m_session);
}

void EmbeddedBackend::signOut(Reply<bool> reply)
{
    if (!m_session) {
        reply(true);
        return;
    }
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    const qint64 agentId = m_session->agentId;
    if (auto error = centre().setAgentState(agentId, AgentState::LoggedOut)) {
        reply(fromCentre(*error));
        return;
    }
    m_session.reset();
    m_mine.clear();
    centre().setAttended(agentId, false);
    Q_EMIT sessionChanged();
    reply(true);
}

void EmbeddedBackend::signInCandidates(Reply<QList<AgentSession>> reply)
{
    if (centreError()) {
        reply(BackendError{QStringLiteral("unavailable"), centreError()->message});
        return;
    }
    QList<AgentSession> candidates;
    for (const Agent &agent : centre().agents())
        candidates.append(sessionFor(agent));
    reply(candidates);
}

void EmbeddedBackend::setState(AgentState state, const QString &reasonCode, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().setAgentState(agentId, state, reasonCode); });
}

void EmbeddedBackend::myContacts(Reply<QList<ContactSummary>> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    const QList<ContactSummary> contacts = centre().contactsOf(m_session->agentId);
    m_mine.clear();
    for (const ContactSummary &contact : contacts)
        m_mine.insert(contact.interactionId);
    reply(contacts);
}

void EmbeddedBackend::acceptOffer(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().acceptOffer(agentId, interactionId); });
}

void EmbeddedBackend::rejectOffer(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().rejectOffer(agentId, interactionId); });
}

void EmbeddedBackend::hold(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().hold(agentId, interactionId); });
}

void EmbeddedBackend::resume(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().resume(agentId, interactionId); });
}

void EmbeddedBackend::setMuted(qint64 interactionId, bool muted, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().setMuted(agentId, interactionId, muted); });
}

void EmbeddedBackend::setRecordingPaused(qint64 interactionId, bool paused, Reply<bool> reply)
{
    command(reply,
            [&](qint64 agentId) { return centre().setRecordingPaused(agentId, interactionId, paused); });
}

void EmbeddedBackend::transferToAgent(qint64 interactionId, qint64 targetAgentId, Reply<bool> reply)
{
    command(reply,
            [&](qint64 agentId) { return centre().transferToAgent(agentId, interactionId, targetAgentId); });
}

void EmbeddedBackend::transferToQueue(qint64 interactionId, const QString &queueId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().transferToQueue(agentId, interactionId, queueId); });
}

void EmbeddedBackend::startConsult(qint64 interactionId, qint64 colleagueId, Reply<bool> reply)
{
    command(reply,
            [&](qint64 agentId) { return centre().startConsult(agentId, interactionId, colleagueId); });
}

void EmbeddedBackend::completeConsultTransfer(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().completeConsultTransfer(agentId, interactionId); });
}

void EmbeddedBackend::conference(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().conference(agentId, interactionId); });
}

void EmbeddedBackend::cancelConsult(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().cancelConsult(agentId, interactionId); });
}

void EmbeddedBackend::endContact(qint64 interactionId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().endContact(agentId, interactionId); });
}

void EmbeddedBackend::finishWrapUp(const WrapUp &wrapUp, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().finishWrapUp(agentId, wrapUp); });
}

void EmbeddedBackend::sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                                  Reply<Message> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    auto sent = centre().sendMessage(m_session->agentId, interactionId, subject, body);
    if (!sent) {
        reply(fromCentre(sent.error()));
        return;
    }
    reply(*sent);
}

void EmbeddedBackend::linkCustomer(qint64 interactionId, qint64 customerId, Reply<bool> reply)
{
    command(reply, [&](qint64 agentId) { return centre().linkCustomer(agentId, interactionId, customerId); });
}

void EmbeddedBackend::createCustomer(const Customer &customer, Reply<Customer> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    Customer created = customer;
    created.id = 0;
    if (created.createdAtMs == 0)
        created.createdAtMs = centre().clock().nowMs();
    if (auto error = m_host->customers().insert(created, m_host->defaultRegion())) {
        // Validation errors come from the domain ("missing-name" ...): the caller's input.
        reply(error->code.startsWith(QLatin1String("store-"))
                  ? fromStore(*error)
                  : BackendError{QStringLiteral("invalid-argument"), error->message});
        return;
    }
    reply(created);
}

void EmbeddedBackend::dispositionOptions(Reply<QList<DispositionOption>> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    answer(reply, centre().dispositionOptions());
}

void EmbeddedBackend::cannedResponses(Reply<QList<CannedResponse>> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    answer(reply, centre().cannedResponses());
}

void EmbeddedBackend::transferTargets(Reply<QList<TransferTarget>> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    reply(centre().transferTargets(m_session->agentId));
}

void EmbeddedBackend::sendInternalMessage(const InternalMessage &message, Reply<InternalMessage> reply)
{
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    InternalMessage outgoing = message;
    outgoing.fromAgentId = m_session->agentId;
    auto sent = centre().sendInternalMessage(outgoing);
    if (!sent) {
        reply(fromCentre(sent.error()));
        return;
    }
    reply(*sent);
}

// ---------------------------------------------------------------------------------------------
// What the centre tells, for the signed-in agent

void EmbeddedBackend::onAgentChanged(const AgentStatus &status)
{
    if (m_session && status.agentId == m_session->agentId)
        Q_EMIT stateChanged(status);
}

void EmbeddedBackend::onContactChanged(const ContactSummary &contact)
{
    if (!m_session)
        return;
    if (contact.agentId == m_session->agentId && isWithAgent(contact.state)) {
        m_mine.insert(contact.interactionId);
        Q_EMIT contactChanged(contact);
    } else if (m_mine.remove(contact.interactionId)) {
        // It left this agent: told once more, with where it went.
        Q_EMIT contactChanged(contact);
    }
}

void EmbeddedBackend::onOfferWithdrawn(qint64 interactionId, qint64 agentId, const QString &reasonCode)
{
    if (!m_session || agentId != m_session->agentId)
        return;
    m_mine.remove(interactionId);
    Q_EMIT offerWithdrawn(interactionId, reasonCode);
}

void EmbeddedBackend::onMessageAdded(const Message &message)
{
    if (m_session && m_mine.contains(message.interactionId))
        Q_EMIT messageReceived(message);
}

void EmbeddedBackend::onInternalMessage(const InternalMessage &message)
{
    if (!m_session)
        return;
    const qint64 me = m_session->agentId;
    const bool toMe = message.toAgentId == me || message.fromAgentId == me
                      || (!message.toGroup.isEmpty() && m_session->skills.contains(message.toGroup));
    if (toMe)
        Q_EMIT internalMessageReceived(message);
}

// ---------------------------------------------------------------------------------------------
// Next-best offers

OfferAdvisor *EmbeddedBackend::offers(BackendError &error)
{
    DomainError loadError;
    OfferAdvisor *advisor = m_host->offers(loadError);
    if (!advisor)
        error = fromStore(loadError);
    return advisor;
}

std::optional<BackendError> EmbeddedBackend::requireOwnContact(qint64 interactionId) const
{
    if (auto error = requireSession())
        return error;
    if (!m_mine.contains(interactionId))
        return BackendError{
            QStringLiteral("forbidden"), QStringLiteral("Contact %1 is not one of yours").arg(interactionId)};
    return std::nullopt;
}

void EmbeddedBackend::nextOffers(qint64 interactionId, const QString &language, int limit,
                                 Reply<QList<NextOffer>> reply)
{
    if (limit <= 0 || limit > 20) {
        reply(BackendError{QStringLiteral("invalid-argument"), QStringLiteral("limit must be 1-20")});
        return;
    }
    if (auto error = requireOwnContact(interactionId)) {
        reply(*error);
        return;
    }
    BackendError error;
    OfferAdvisor *advisor = offers(error);
    if (!advisor) {
        reply(error);
        return;
    }
    const qint64 now = centre().clock().nowMs();
    auto suggestions = advisor->suggestForInteraction(interactionId, now, limit);
    if (!suggestions) {
        reply(fromStore(suggestions.error()));
        return;
    }
    auto recorded = advisor->outcomesForInteraction(interactionId);
    if (!recorded) {
        reply(fromStore(recorded.error()));
        return;
    }
    QList<NextOffer> result;
    for (const OfferSuggestion &suggestion : std::as_const(*suggestions)) {
        NextOffer offer;
        offer.offerId = suggestion.offer.id;
        offer.name = suggestion.offer.name(language);
        offer.category = offerCategoryKey(suggestion.offer.category);
        offer.reason = suggestion.reason(language);
        offer.acceptanceProbability = suggestion.acceptanceProbability;
        offer.marginMinor = suggestion.offer.marginMinor;
        offer.currency = suggestion.offer.currency;
        for (const OfferOutcome &outcome : std::as_const(*recorded)) {
            if (outcome.offerId == offer.offerId)
                offer.outcome = offerOutcomeKindKey(outcome.kind);
        }
        result.append(offer);
    }
    // What was already answered on this contact, after the suggestions (a declined offer is no
    // longer suggested, but the agent still sees that it was made).
    for (const OfferOutcome &outcome : std::as_const(*recorded)) {
        const bool listed = std::any_of(result.cbegin(), result.cend(), [&outcome](const NextOffer &offer) {
            return offer.offerId == outcome.offerId;
        });
        if (listed)
            continue;
        NextOffer done;
        done.offerId = outcome.offerId;
        const Offer *known = advisor->engine().offer(outcome.offerId);
        done.name = known ? known->name(language) : outcome.offerId;
        done.category = known ? offerCategoryKey(known->category) : QString();
        done.marginMinor = known ? known->marginMinor : 0;
        done.currency = outcome.currency;
        done.outcome = offerOutcomeKindKey(outcome.kind);
        result.append(done);
    }
    reply(result);
}

void EmbeddedBackend::recordOfferOutcome(qint64 interactionId, const QString &offerId, const QString &outcome,
                                         Reply<bool> reply)
{
    const std::optional<OfferOutcomeKind> kind = offerOutcomeKindFromKey(outcome);
    if (!kind) {
        reply(BackendError{QStringLiteral("invalid-argument"),
            QStringLiteral("An outcome is accepted, declined or not-now, not '%1'").arg(outcome)});
        return;
    }
    if (auto error = requireOwnContact(interactionId)) {
        reply(*error);
        return;
    }
    BackendError error;
    OfferAdvisor *advisor = offers(error);
    if (!advisor) {
        reply(error);
        return;
    }
    auto recorded = advisor->recordOutcome(interactionId, offerId, *kind, std::nullopt,
                                           centre().clock().nowMs(), m_session->agentId);
    if (!recorded) {
        // The offers room's own codes ("offer-expired", "offer-inactive" ...) say more than
        // "storage" and pass through for the UI to word.
        const DomainError &refusal = recorded.error();
        reply(refusal.code.startsWith(u"offer-") ? BackendError{refusal.code, refusal.message}
                                                 : fromStore(refusal));
        return;
    }
    reply(true);
}

void EmbeddedBackend::offerCatalogue(Reply<QList<Offer>> reply)
{
    OfferRepository repository(database());
    answer(reply, repository.offers());
}

void EmbeddedBackend::offerProducts(Reply<QList<OfferProduct>> reply)
{
    OfferRepository repository(database());
    answer(reply, repository.products());
}

void EmbeddedBackend::saveOffer(const Offer &offer, Reply<bool> reply)
{
    if (auto invalid = offer.validate()) {
        reply(BackendError{QStringLiteral("invalid-argument"), invalid->message});
        return;
    }
    BackendError error;
    OfferAdvisor *advisor = offers(error);
    if (!advisor) {
        reply(error);
        return;
    }
    if (auto saved = advisor->saveOffer(offer, centre().clock().nowMs())) {
        reply(fromStore(*saved));
        return;
    }
    reply(true);
}

void EmbeddedBackend::importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply)
{
    auto catalogue = OfferCatalogue::fromJson(json);
    if (!catalogue) {
        reply(BackendError{QStringLiteral("invalid-argument"), catalogue.error().message});
        return;
    }
    BackendError error;
    OfferAdvisor *advisor = offers(error);
    if (!advisor) {
        reply(error);
        return;
    }
    auto imported = advisor->importCatalogue(*catalogue, centre().clock().nowMs());
    if (!imported) {
        reply(BackendError{QStringLiteral("invalid-argument"), imported.error().message});
        return;
    }
    reply(*imported);
}

void EmbeddedBackend::offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                                  Reply<QList<OfferReportRow>> reply)
{
    const std::optional<OfferReportGrouping> by = offerReportGroupingFromKey(grouping);
    if (!by || fromMs > toMs) {
        reply(BackendError{QStringLiteral("invalid-argument"),
            QStringLiteral("A report is by offer, agent or segment, over a range that does not end "
                                          "before it starts")});
        return;
    }
    OfferReports reports(database());
    answer(reply, reports.report(*by, fromMs, toMs));
}

// ---------------------------------------------------------------------------------------------
// The supervisor's wallboard

std::optional<BackendError> EmbeddedBackend::requireCentre() const
{
    if (centreError())
        return BackendError{QStringLiteral("unavailable"), centreError()->message};
    return std::nullopt;
}

void EmbeddedBackend::wallboard(Reply<WallboardSnapshot> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    reply(m_host->wallboard()->snapshot());
}

void EmbeddedBackend::wallboardIntraday(const QStringList &queueIds, Reply<WallboardIntraday> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    answer(reply, m_host->wallboard()->intraday(queueIds));
}

void EmbeddedBackend::wallboardTrend(const QStringList &queueIds, int days,
                                     Reply<QList<WallboardDayTotal>> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    answer(reply, m_host->wallboard()->trend(queueIds, days));
}

void EmbeddedBackend::wallboardDrillDown(const WallboardDrillDown &request,
                                         Reply<QList<WallboardContact>> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    answer(reply, m_host->wallboard()->drillDown(request));
}

void EmbeddedBackend::setAgentStateFor(qint64 agentId, AgentState state, const QString &reasonCode,
                                       Reply<bool> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    if (auto error = centre().setAgentState(agentId, state, reasonCode)) {
        reply(fromCentre(*error));
        return;
    }
    reply(true);
}

void EmbeddedBackend::setAgentSkill(qint64 agentId, const QString &skillId, int level, Reply<bool> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    if (auto error = centre().setAgentSkill(agentId, skillId, level)) {
        reply(fromCentre(*error));
        return;
    }
    if (m_session && m_session->agentId == agentId) {
        if (const auto agent = centre().agent(agentId))
            m_session->skills = agent->skills();
    }
    reply(true);
}

void EmbeddedBackend::messageAgent(qint64 agentId, const QString &body, Reply<bool> reply)
{
    // A message comes from a person: the supervisor signs in as their own agent first.
    if (auto error = requireSession()) {
        reply(*error);
        return;
    }
    InternalMessage message;
    message.fromAgentId = m_session->agentId;
    message.toAgentId = agentId;
    message.body = body;
    auto sent = centre().sendInternalMessage(message);
    if (!sent) {
        reply(fromCentre(sent.error()));
        return;
    }
    reply(true);
}

void EmbeddedBackend::superviseCall(qint64 agentId, SupervisionMode mode, Reply<bool> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    const QString supervisor = m_session ? m_session->displayName : QStringLiteral("Supervisor");
    if (auto error = centre().superviseCall(agentId, mode, supervisor)) {
        reply(fromCentre(*error));
        return;
    }
    reply(true);
}

void EmbeddedBackend::skillCatalogue(Reply<QList<Skill>> reply)
{
    if (auto error = requireCentre()) {
        reply(*error);
        return;
    }
    reply(centre().skills());
}

QString EmbeddedBackend::wallboardLayoutKey() const
{
    // Per supervisor: the signed-in agent's login, or the person running this local centre.
    return QStringLiteral("wallboard.layout.%1").arg(m_session ? m_session->login : QStringLiteral("local"));
}

void EmbeddedBackend::wallboardLayout(Reply<QByteArray> reply)
{
    SettingsRepository settings(database());
    auto stored = settings.value(wallboardLayoutKey());
    if (!stored) {
        reply(fromStore(stored.error()));
        return;
    }
    reply(stored->toUtf8());
}

void EmbeddedBackend::saveWallboardLayout(const QByteArray &layoutJson, Reply<bool> reply)
{
    QString why;
    if (!WallboardLayout::fromJson(layoutJson, &why)) {
        reply(BackendError{QStringLiteral("invalid-argument"), why});
        return;
    }
    SettingsRepository settings(database());
    if (auto error = settings.setValue(wallboardLayoutKey(), QString::fromUtf8(layoutJson))) {
        reply(fromStore(*error));
        return;
    }
    reply(true);
}

} // namespace ContactDesk
