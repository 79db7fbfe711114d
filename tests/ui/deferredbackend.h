#pragma once

#include "backend/deskbackend.h"

#include <memory>

namespace ContactDesk {

// A DeskBackend whose answers arrive later, on a following turn of the event loop, the way a
// remote backend's do. It forwards every request to a real backend and holds the reply back, so
// that the same UI tests cover both ways an answer can come. The inner backend's signals are
// passed on later too, in the order they came, as a connection would deliver them.
class DeferredBackend final : public DeskBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredBackend)

public:
    explicit DeferredBackend(std::unique_ptr<DeskBackend> inner, QObject *parent = nullptr);
    ~DeferredBackend() override;

    // Replies held back and not yet delivered: a test waits for 0 before it looks.
    int pendingReplies() const { return m_pending; }

    bool isEmbedded() const override;
    QString location() const override;
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
    std::optional<AgentSession> session() const override;
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

    DeskBackend &inner() const { return *m_inner; }

private:
    template <typename T>
    Reply<T> later(Reply<T> reply);

    std::unique_ptr<DeskBackend> m_inner;
    int m_pending = 0;
};

} // namespace ContactDesk
