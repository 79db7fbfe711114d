#include "deferredbackend.h"

#include <QMetaObject>

namespace ContactDesk {

DeferredBackend::DeferredBackend(std::unique_ptr<DeskBackend> inner, QObject *parent)
    : DeskBackend(parent)
    , m_inner(std::move(inner))
{
    DeskBackend *source = m_inner.get();
    connect(source, &DeskBackend::stateChanged, this, &DeskBackend::stateChanged, Qt::QueuedConnection);
    connect(source, &DeskBackend::contactChanged, this, &DeskBackend::contactChanged, Qt::QueuedConnection);
    connect(source, &DeskBackend::offerWithdrawn, this, &DeskBackend::offerWithdrawn, Qt::QueuedConnection);
    connect(source, &DeskBackend::messageReceived, this, &DeskBackend::messageReceived, Qt::QueuedConnection);
    connect(source, &DeskBackend::internalMessageReceived, this, &DeskBackend::internalMessageReceived,
            Qt::QueuedConnection);
    connect(source, &DeskBackend::connectionLost, this, &DeskBackend::connectionLost, Qt::QueuedConnection);
    connect(source, &DeskBackend::connectionRestored, this, &DeskBackend::connectionRestored,
            Qt::QueuedConnection);
    connect(source, &DeskBackend::wallboardChanged, this, &DeskBackend::wallboardChanged,
            Qt::QueuedConnection);
}

DeferredBackend::~DeferredBackend() = default;

template <typename T>
DeskBackend::Reply<T> DeferredBackend::later(Reply<T> reply)
{
    ++m_pending;
    return [this, reply = std::move(reply)](const BackendResult<T> &result) {
        QMetaObject::invokeMethod(
            this,
            [this, reply, result] {
                --m_pending;
                reply(result);
            },
            Qt::QueuedConnection);
    };
}

bool DeferredBackend::isEmbedded() const
{
    return false;
}

QString DeferredBackend::location() const
{
    return QStringLiteral("deferred:") + m_inner->location();
}

void DeferredBackend::searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply)
{
    m_inner->searchCustomers(text, limit, later(std::move(reply)));
}

void DeferredBackend::customer(qint64 customerId, Reply<Customer> reply)
{
    m_inner->customer(customerId, later(std::move(reply)));
}

void DeferredBackend::findCustomerByContact(ContactKind kind, const QString &value,
                                            Reply<std::optional<Customer>> reply)
{
    m_inner->findCustomerByContact(kind, value, later(std::move(reply)));
}

void DeferredBackend::timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                               int limit, Reply<TimelineItemPage> reply)
{
    m_inner->timeline(customerId, filter, cursor, limit, later(std::move(reply)));
}

void DeferredBackend::timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply)
{
    m_inner->timelineCount(customerId, filter, later(std::move(reply)));
}

void DeferredBackend::messages(qint64 interactionId, Reply<QList<Message>> reply)
{
    m_inner->messages(interactionId, later(std::move(reply)));
}

void DeferredBackend::openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply)
{
    m_inner->openWorkItems(customerId, later(std::move(reply)));
}

void DeferredBackend::signIn(const QString &login, const QString &password, Reply<AgentSession> reply)
{
    m_inner->signIn(login, password, later(std::move(reply)));
}

void DeferredBackend::signOut(Reply<bool> reply)
{
    m_inner->signOut(later(std::move(reply)));
}

std::optional<AgentSession> DeferredBackend::session() const
{
    return m_inner->session();
}

void DeferredBackend::signInCandidates(Reply<QList<AgentSession>> reply)
{
    m_inner->signInCandidates(later(std::move(reply)));
}

void DeferredBackend::setState(AgentState state, const QString &reasonCode, Reply<bool> reply)
{
    m_inner->setState(state, reasonCode, later(std::move(reply)));
}

void DeferredBackend::myContacts(Reply<QList<ContactSummary>> reply)
{
    m_inner->myContacts(later(std::move(reply)));
}

void DeferredBackend::acceptOffer(qint64 interactionId, Reply<bool> reply)
{
    m_inner->acceptOffer(interactionId, later(std::move(reply)));
}

void DeferredBackend::rejectOffer(qint64 interactionId, Reply<bool> reply)
{
    m_inner->rejectOffer(interactionId, later(std::move(reply)));
}

void DeferredBackend::hold(qint64 interactionId, Reply<bool> reply)
{
    m_inner->hold(interactionId, later(std::move(reply)));
}

void DeferredBackend::resume(qint64 interactionId, Reply<bool> reply)
{
    m_inner->resume(interactionId, later(std::move(reply)));
}

void DeferredBackend::setMuted(qint64 interactionId, bool muted, Reply<bool> reply)
{
    m_inner->setMuted(interactionId, muted, later(std::move(reply)));
}

void DeferredBackend::setRecordingPaused(qint64 interactionId, bool paused, Reply<bool> reply)
{
    m_inner->setRecordingPaused(interactionId, paused, later(std::move(reply)));
}

void DeferredBackend::transferToAgent(qint64 interactionId, qint64 agentId, Reply<bool> reply)
{
    m_inner->transferToAgent(interactionId, agentId, later(std::move(reply)));
}

void DeferredBackend::transferToQueue(qint64 interactionId, const QString &queueId, Reply<bool> reply)
{
    m_inner->transferToQueue(interactionId, queueId, later(std::move(reply)));
}

void DeferredBackend::startConsult(qint64 interactionId, qint64 agentId, Reply<bool> reply)
{
    m_inner->startConsult(interactionId, agentId, later(std::move(reply)));
}

void DeferredBackend::completeConsultTransfer(qint64 interactionId, Reply<bool> reply)
{
    m_inner->completeConsultTransfer(interactionId, later(std::move(reply)));
}

void DeferredBackend::conference(qint64 interactionId, Reply<bool> reply)
{
    m_inner->conference(interactionId, later(std::move(reply)));
}

void DeferredBackend::cancelConsult(qint64 interactionId, Reply<bool> reply)
{
    m_inner->cancelConsult(interactionId, later(std::move(reply)));
}

void DeferredBackend::endContact(qint64 interactionId, Reply<bool> reply)
{
    m_inner->endContact(interactionId, later(std::move(reply)));
}

void DeferredBackend::finishWrapUp(const WrapUp &wrapUp, Reply<bool> reply)
{
    m_inner->finishWrapUp(wrapUp, later(std::move(reply)));
}

void DeferredBackend::sendMessage(qint64 interactionId, const QString &subject, const QString &body,
                                  Reply<Message> reply)
{
    m_inner->sendMessage(interactionId, subject, body, later(std::move(reply)));
}

void DeferredBackend::linkCustomer(qint64 interactionId, qint64 customerId, Reply<bool> reply)
{
    m_inner->linkCustomer(interactionId, customerId, later(std::move(reply)));
}

void DeferredBackend::createCustomer(const Customer &customer, Reply<Customer> reply)
{
    m_inner->createCustomer(customer, later(std::move(reply)));
}

void DeferredBackend::dispositionOptions(Reply<QList<DispositionOption>> reply)
{
    m_inner->dispositionOptions(later(std::move(reply)));
}

void DeferredBackend::cannedResponses(Reply<QList<CannedResponse>> reply)
{
    m_inner->cannedResponses(later(std::move(reply)));
}

void DeferredBackend::transferTargets(Reply<QList<TransferTarget>> reply)
{
    m_inner->transferTargets(later(std::move(reply)));
}

void DeferredBackend::sendInternalMessage(const InternalMessage &message, Reply<InternalMessage> reply)
{
    m_inner->sendInternalMessage(message, later(std::move(reply)));
}

void DeferredBackend::nextOffers(qint64 interactionId, const QString &language, int limit,
                                 Reply<QList<NextOffer>> reply)
{
    m_inner->nextOffers(interactionId, language, limit, later(std::move(reply)));
}

void DeferredBackend::recordOfferOutcome(qint64 interactionId, const QString &offerId, const QString &outcome,
                                         Reply<bool> reply)
{
    m_inner->recordOfferOutcome(interactionId, offerId, outcome, later(std::move(reply)));
}

bool DeferredBackend::canManageOffers() const
{
    return m_inner->canManageOffers();
}

void DeferredBackend::offerCatalogue(Reply<QList<Offer>> reply)
{
    m_inner->offerCatalogue(later(std::move(reply)));
}

void DeferredBackend::offerProducts(Reply<QList<OfferProduct>> reply)
{
    m_inner->offerProducts(later(std::move(reply)));
}

void DeferredBackend::saveOffer(const Offer &offer, Reply<bool> reply)
{
    m_inner->saveOffer(offer, later(std::move(reply)));
}

void DeferredBackend::importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply)
{
    m_inner->importOfferCatalogue(json, later(std::move(reply)));
}

void DeferredBackend::offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                                  Reply<QList<OfferReportRow>> reply)
{
    m_inner->offerReport(grouping, fromMs, toMs, later(std::move(reply)));
}

bool DeferredBackend::canSupervise() const
{
    return m_inner->canSupervise();
}

void DeferredBackend::wallboard(Reply<WallboardSnapshot> reply)
{
    m_inner->wallboard(later(std::move(reply)));
}

void DeferredBackend::wallboardIntraday(const QStringList &queueIds, Reply<WallboardIntraday> reply)
{
    m_inner->wallboardIntraday(queueIds, later(std::move(reply)));
}

void DeferredBackend::wallboardTrend(const QStringList &queueIds, int days,
                                     Reply<QList<WallboardDayTotal>> reply)
{
    m_inner->wallboardTrend(queueIds, days, later(std::move(reply)));
}

void DeferredBackend::wallboardDrillDown(const WallboardDrillDown &request,
                                         Reply<QList<WallboardContact>> reply)
{
    m_inner->wallboardDrillDown(request, later(std::move(reply)));
}

void DeferredBackend::setAgentStateFor(qint64 agentId, AgentState state, const QString &reasonCode,
                                       Reply<bool> reply)
{
    m_inner->setAgentStateFor(agentId, state, reasonCode, later(std::move(reply)));
}

void DeferredBackend::setAgentSkill(qint64 agentId, const QString &skillId, int level, Reply<bool> reply)
{
    m_inner->setAgentSkill(agentId, skillId, level, later(std::move(reply)));
}

void DeferredBackend::messageAgent(qint64 agentId, const QString &body, Reply<bool> reply)
{
    m_inner->messageAgent(agentId, body, later(std::move(reply)));
}

void DeferredBackend::superviseCall(qint64 agentId, SupervisionMode mode, Reply<bool> reply)
{
    m_inner->superviseCall(agentId, mode, later(std::move(reply)));
}

void DeferredBackend::skillCatalogue(Reply<QList<Skill>> reply)
{
    m_inner->skillCatalogue(later(std::move(reply)));
}

void DeferredBackend::wallboardLayout(Reply<QByteArray> reply)
{
    m_inner->wallboardLayout(later(std::move(reply)));
}

void DeferredBackend::saveWallboardLayout(const QByteArray &layoutJson, Reply<bool> reply)
{
    m_inner->saveWallboardLayout(layoutJson, later(std::move(reply)));
}

} // namespace ContactDesk
