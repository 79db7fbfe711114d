#pragma once

#include "backend/agentdesk.h"
#include "contactcentre.h"
#include "conversationlibrary.h"
#include "domain/customer.h"
#include "routing/clock.h"
#include "routing/routingengine.h"
#include "routing/simulationrandom.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace ContactDesk {

class ContactCentre;

struct LiveTrafficOptions
{
    quint64 seed = 1;
    // New contacts per hour, all channels together (a Poisson stream): with the demo data set's 12
    // agents a busy centre, so that a new user sees offers within the first minute.
    double arrivalsPerHour = 240;
    // Relative shares of the channels; a channel no queue serves is skipped.
    double voiceShare = 35;
    double chatShare = 25;
    double emailShare = 15;
    double smsShare = 12;
    double socialShare = 13;
    // Calls and texts from numbers nobody has on file, so that agents search and link.
    int unknownCallerPercent = 10;
    // Callers who take the callback the centre offers when the wait is long.
    int callbackAcceptPercent = 30;
    // Mean patience of a waiting customer, in seconds; 0: never gives up. E-mail never does.
    int voicePatienceSeconds = 150;
    int chatPatienceSeconds = 300;
    int messagingPatienceSeconds = 1800; // SMS and social
    // A customer's answer to an agent's message comes this long after it.
    int typingMinSeconds = 3;
    int typingMaxSeconds = 12;

    // The other agents, driven by bots: log in, go Ready, answer after the phone rang a while,
    // handle for a drawn time, wrap up with a disposition, now and then take a break.
    bool colleagues = true;
    int loginSpreadSeconds = 45;
    int ringMinSeconds = 2;
    int ringMaxSeconds = 8;
    int missPercent = 2; // a colleague lets the offer ring out (and goes Not Ready "missed")
    int voiceHandleSeconds = 200;
    int emailHandleSeconds = 240;
    int wrapUpSeconds = 25;
    int breakPercent = 4; // after a contact
    int breakMinSeconds = 300;
    int breakMaxSeconds = 900;
    int notReadyBackMinSeconds = 15; // back to Ready after a miss
    int notReadyBackMaxSeconds = 45;
    int consultMaxSeconds = 300; // a consulted colleague hangs up when nobody decides
    int internalReplyMinSeconds = 5;
    int internalReplyMaxSeconds = 20;
    int csatPercent = 35; // of answered contacts, a survey answer a minute or two after the close
    // Of the arrivals, this share goes to a queue and a language that an agent a person is signed
    // in as can serve (while one is Ready), so that the person at the desk has work, whatever
    // skills their agent happens to have.
    int attendedSharePercent = 40;
};

struct LiveTrafficStats
{
    int arrivals = 0;
    int refused = 0;
    int blocked = 0;
    int abandoned = 0;
    int callbacks = 0;
    int customerMessages = 0;
    int colleagueAccepts = 0;
    int colleagueWrapUps = 0;
    int breaks = 0;
    int surveys = 0;
    int internalReplies = 0;
    int telephonyCommands = 0; // carried out by the simulated switch (supervisors joining calls)
    int errors = 0;            // requests the centre refused (a race the simulator lost, logged)
};

// Makes the contact centre alive: simulated customers on every channel (existing customers, by
// their phone numbers, addresses and handles, and a few unknown callers) who write in their
// language, answer the agent after a typing pause, give up when the wait is too long and take a
// callback; and simulated colleagues for every agent nobody is signed in as. Everything runs on
// the centre's clock: in wall-clock time on the desktop, and repeatably (same seed, same day)
// under a VirtualClock in tests, where a whole day takes as long as its events take to process.
class LiveTraffic final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTraffic)

public:
    explicit LiveTraffic(ContactCentre &centre, const LiveTrafficOptions &options = {},
                         QObject *parent = nullptr);
    ~LiveTraffic() override;

    // The centre must be started. Loads the conversation material and a pool of customers,
    // takes over what is already live (offers to colleagues, their contacts) and schedules the
    // first arrival and the colleagues' log-ins.
    std::optional<DomainError> start();
    // No new customers; those already in contact and the colleagues carry on.
    void stopArrivals();
    // Everything stops: no timer of the simulator is left on the clock.
    void stop();
    bool isRunning() const { return m_running; }

    // One customer arriving now on `channel` (in `queueId` when given; as `customerId` when
    // given, else one from the pool). For demos and tests.
    ArrivalResult arrive(Channel channel, const QString &queueId = {}, qint64 customerId = 0);

    const LiveTrafficStats &stats() const { return m_stats; }
    // Every contact the simulator brought in, in order.
    const QList<qint64> &arrivedIds() const { return m_arrived; }

private:
    struct SimContact
    {
        qint64 id = 0;
        Channel channel = Channel::Voice;
        QString language;
        Conversation conversation;
        ConversationSlots values;
        int next = 0; // the next line of the script to be said
        bool answered = false;
        TimerId patienceTimer = 0;
        TimerId customerTimer = 0;
    };
    // What a colleague's bot has planned for a contact, so that a repeated notice of the same
    // state plans nothing twice.
    struct BotPlan
    {
        qint64 agentId = 0;
        InteractionState state = InteractionState::Created;
        TimerId timer = 0;
    };

    TimerId after(qint64 delayMs, std::function<void()> callback);
    void cancel(TimerId &timer);
    qint64 uniformMs(int minSeconds, int maxSeconds, SimulationRandom &random);
    // For attendedSharePercent of arrivals: a queue (and a customer of a fitting language) for a
    // Ready agent a person works as; false to leave the arrival as drawn.
    bool steerToAttended(Channel channel, QString &queueId, const Customer *&customer);

    std::optional<DomainError> loadCustomers();
    void scheduleArrival();
    ArrivalResult arriveOn(Channel channel, const QString &queueId, const Customer *customer);
    std::optional<Channel> drawChannel();
    const Customer *drawCustomer(Channel channel);
    QString contactValue(const Customer &customer, Channel channel) const;
    QString unknownAddress(Channel channel, const QString &language);

    bool isColleague(qint64 agentId) const;
    void onContactChanged(const ContactSummary &contact);
    void onMessageAdded(const Message &message);
    void onAgentChanged(const AgentStatus &status);
    void onCallbackOffered(qint64 interactionId, qint64 estimatedWaitMs);
    void onAttendedChanged(qint64 agentId, bool attended);
    void onInternalMessage(const InternalMessage &message);
    void onTelephonyCommand(const TelephonyCommand &command);

    void plan(const ContactSummary &contact);
    void dropPlan(qint64 interactionId);
    void colleagueStep(qint64 agentId, qint64 interactionId);
    void customerTurn(qint64 interactionId);
    void giveUp(qint64 interactionId);
    void finishWrapUp(qint64 agentId, qint64 interactionId);
    void schedulePresence(qint64 agentId, qint64 delayMs);
    void presenceDue(qint64 agentId);
    void report(const char *what, const std::optional<DomainError> &error);

    ContactCentre &m_centre;
    Clock &m_clock;
    LiveTrafficOptions m_options;
    ConversationLibrary m_library;
    SimulationRandom m_arrivalRandom;
    SimulationRandom m_customerRandom;
    SimulationRandom m_colleagueRandom;
    SimulationRandom m_textRandom;
    SimulationRandom m_steerRandom;
    QList<Customer> m_pool;
    QHash<qint64, SimContact> m_sims;
    QHash<qint64, BotPlan> m_plans;
    QHash<qint64, TimerId> m_presenceTimers; // by agent
    QSet<TimerId> m_timers;
    QList<qint64> m_arrived;
    LiveTrafficStats m_stats;
    TimerId m_arrivalTimer = 0;
    quint64 m_sequence = 0;
    bool m_running = false;
    bool m_arrivalsOn = false;
};

} // namespace ContactDesk
