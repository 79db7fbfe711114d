#pragma once

#include "centre/contactcentre.h"
#include "centre/livetraffic.h"
#include "deskbackend.h"

#include <QSet>

#include <memory>

namespace ContactDesk {

class CentreHost;
class Clock;
class Database;
class OfferAdvisor;
class WallClock;

struct EmbeddedBackendOptions
{
    // The clock the live contact centre runs on; null: the wall clock (owned by the backend).
    // Tests pass a VirtualClock and move it themselves.
    Clock *clock = nullptr;
    CentreOptions centre;
    // Keep the routing state in the database, so that a restart finds the contacts that were
    // waiting where they were; false: in memory, for this process only.
    bool durableRouting = true;
};

// The contact centre in this process: DeskBackend straight onto the store and a ContactCentre
// (routing engine, KPI engine, the store kept in step). Replies are delivered before the request
// returns (there is nothing to wait for), which the UI handles like any other reply; signals
// are emitted as the centre changes, also before the request that caused them returns.
//
// The centre starts with the backend. It is quiet until startLiveTraffic() brings simulated
// customers and colleagues (the desktop's default); tests drive it through centre().
class EmbeddedBackend final : public DeskBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBackend)

public:
    // Takes ownership of an open database.
    explicit EmbeddedBackend(std::unique_ptr<Database> database, QObject *parent = nullptr);
    EmbeddedBackend(std::unique_ptr<Database> database, const EmbeddedBackendOptions &options,
                    QObject *parent = nullptr);
    // A desk on a centre someone else runs (contactdesk-server: one per connection). The host
    // must outlive the backend; live traffic is the host's owner's business.
    explicit EmbeddedBackend(CentreHost &host, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    CentreHost &host() { return *m_host; }
    Database &database();
    ContactCentre &centre();
    // Why the live centre is not running (the directory and timeline still work); empty when it is.
    const std::optional<DomainError> &centreError() const;

    // Simulated customers on every channel and simulated colleagues for every agent nobody is
    // signed in as. Refused when the centre is not running.
    std::optional<DomainError> startLiveTraffic(const LiveTrafficOptions &options = {});
    LiveTraffic *liveTraffic() const { return m_traffic.get(); }

    // Region assumed for phone numbers written without a country code (default KR).
    void setDefaultRegion(const QString &region);
    QString defaultRegion() const;

    // The server's sign-in: the user was authenticated there (password, token) and works as
    // this agent with this role. Like signIn(), without a password to check.
    void signInAgent(qint64 agentId, UserRole role, Reply<AgentSession> reply);

    bool isEmbedded() const override { return true; }
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
    bool canManageOffers() const override { return true; }
    void offerCatalogue(Reply<QList<Offer>> reply) override;
    void offerProducts(Reply<QList<OfferProduct>> reply) override;
    void saveOffer(const Offer &offer, Reply<bool> reply) override;
    void importOfferCatalogue(const QByteArray &json, Reply<OfferImportSummary> reply) override;
    void offerReport(const QString &grouping, qint64 fromMs, qint64 toMs,
                     Reply<QList<OfferReportRow>> reply) override;
    bool canSupervise() const override { return true; }
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
    // Someone signed in or out here: session() changed (EmbeddedCoachingBackend follows it).
    void sessionChanged();

private:
    void startCentre(std::unique_ptr<Database> database, const EmbeddedBackendOptions &options);
    void connectCentre();
    void startSession(const Agent &agent, UserRole role, const Reply<AgentSession> &reply);
    // The signed-in agent, or the error to answer with.
    std::optional<BackendError> requireSession() const;
    // Runs an agent command of the centre as the signed-in agent and answers `reply`.
    void command(const Reply<bool> &reply,
                 const std::function<std::optional<DomainError>(qint64 agentId)> &run);
    AgentSession sessionFor(const Agent &agent) const;
    // The host's offer engine; null with the reason when it cannot load.
    OfferAdvisor *offers(BackendError &error);
    // The interaction is one the signed-in agent is handling (or just handled).
    std::optional<BackendError> requireOwnContact(qint64 interactionId) const;

    void onAgentChanged(const AgentStatus &status);
    void onContactChanged(const ContactSummary &contact);
    void onOfferWithdrawn(qint64 interactionId, qint64 agentId, const QString &reasonCode);
    void onMessageAdded(const Message &message);
    void onInternalMessage(const InternalMessage &message);
    // The centre runs, or the error to answer with.
    std::optional<BackendError> requireCentre() const;
    QString wallboardLayoutKey() const;

    // Owned only when the backend runs its own centre; declared so that the traffic and the
    // centre go before the clock and the database they use.
    std::unique_ptr<Database> m_ownDatabase;
    std::unique_ptr<WallClock> m_ownClock;
    std::unique_ptr<ContactCentre> m_ownCentre;
    std::unique_ptr<CentreHost> m_ownHost;
    std::unique_ptr<LiveTraffic> m_traffic;
    CentreHost *m_host = nullptr;

    std::optional<AgentSession> m_session;
    QSet<qint64> m_mine; // contacts offered to or handled by the signed-in agent
};

} // namespace ContactDesk
