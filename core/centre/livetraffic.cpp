#include "livetraffic.h"

#include "contactcentre.h"
#include "domain/timeunits.h"
#include "store/customerrepository.h"

#include <QLoggingCategory>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcTraffic, "contactdesk.traffic")

namespace ContactDesk {

namespace {

constexpr int CustomerPoolSize = 500;
// A colleague waiting for a customer who went quiet closes the conversation after this long.
constexpr qint64 QuietCustomerMs = 120 * MsPerSecond;

enum TrafficPurpose : quint64
{
    ArrivalPurpose = 1,
    CustomerPurpose = 2,
    ColleaguePurpose = 3,
    TextPurpose = 4,
    SteerPurpose = 5,
};

bool containsHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
               || (c.unicode() >= 0x3131 && c.unicode() <= 0x318E);
    });
}

// What a colleague answers in the internal help chat: short, and clearly a person busy with
// their own work.
const char16_t *const koreanReplies[] = {
    u"네, 확인해 볼게요. 잠시만요.",
    u"그 건은 고객님 계정에서 요금 조정으로 처리하시면 됩니다.",
    u"상위 부서 이관 코드로 남겨 주세요. 제가 이어서 볼게요.",
    u"지금 통화 중이라 5분 후에 다시 연락드릴게요.",
    u"지난주 공지된 프로모션 조건이 적용돼요. 공지 게시판 참고하세요.",
};
const char16_t *const englishReplies[] = {
    u"Sure, let me check. One moment.",
    u"You can apply a one-time bill credit from the account screen for that.",
    u"Please escalate it with the 'escalated' code; I'll pick it up.",
    u"On a call right now, I'll get back to you in 5 minutes.",
    u"Last week's promotion terms apply; see the notice board.",
};

int drawScore(SimulationRandom &random)
{
    // Mostly satisfied customers, as surveys usually show.
    const double u = random.uniform();
    if (u < 0.45)
        return 5;
    if (u < 0.75)
        return 4;
    if (u < 0.87)
        return 3;
    if (u < 0.95)
        return 2;
    return 1;
}

} // namespace

LiveTraffic::LiveTraffic(ContactCentre &centre, const LiveTrafficOptions &options, QObject *parent)
    : QObject(parent)
    , m_centre(centre)
    , m_clock(centre.clock())
    , m_options(options)
    , m_arrivalRandom(SimulationRandom::stream(options.seed, ArrivalPurpose))
    , m_customerRandom(SimulationRandom::stream(options.seed, CustomerPurpose))
    , m_colleagueRandom(SimulationRandom::stream(options.seed, ColleaguePurpose))
    , m_textRandom(SimulationRandom::stream(options.seed, TextPurpose))
    , m_steerRandom(SimulationRandom::stream(options.seed, SteerPurpose))
{}

LiveTraffic::~LiveTraffic()
{
    stop();
}

std::optional<DomainError> LiveTraffic::start()
{
    if (m_running)
        return std::nullopt;
    if (!m_centre.isStarted())
        return DomainError{QStringLiteral("not-started"), QStringLiteral("Start the contact centre first")};
    if (m_options.arrivalsPerHour < 0 || m_options.typingMinSeconds < 0
        || m_options.typingMaxSeconds < m_options.typingMinSeconds || m_options.ringMinSeconds < 0
        || m_options.ringMaxSeconds < m_options.ringMinSeconds) {
        return DomainError{QStringLiteral("invalid-argument"), QStringLiteral("Live traffic needs a rate of zero or more and delays whose "
                                          "minimum is not above their maximum")};
    }
    if (auto error = m_library.load())
        return error;
    if (auto error = loadCustomers())
        return error;

    m_running = true;
    connect(&m_centre, &ContactCentre::contactChanged, this, &LiveTraffic::onContactChanged);
    connect(&m_centre, &ContactCentre::messageAdded, this, &LiveTraffic::onMessageAdded);
    connect(&m_centre, &ContactCentre::agentChanged, this, &LiveTraffic::onAgentChanged);
    connect(&m_centre, &ContactCentre::callbackOffered, this, &LiveTraffic::onCallbackOffered);
    connect(&m_centre, &ContactCentre::attendedChanged, this, &LiveTraffic::onAttendedChanged);
    connect(&m_centre, &ContactCentre::internalMessageAdded, this, &LiveTraffic::onInternalMessage);
    connect(&m_centre, &ContactCentre::telephonyCommand, this, &LiveTraffic::onTelephonyCommand);

    // What is live already (a restart) is taken over as it stands.
    for (qint64 id : m_centre.liveContactIds()) {
        if (const auto contact = m_centre.contact(id))
            plan(*contact);
    }
    if (m_options.colleagues) {
        for (const Agent &agent : m_centre.agents()) {
            if (!isColleague(agent.id))
                continue;
            const AgentState state = m_centre.agentStatus(agent.id).state;
            if (state == AgentState::LoggedOut)
                schedulePresence(agent.id,
                                 uniformMs(0, std::max(0, m_options.loginSpreadSeconds), m_colleagueRandom));
            else if (state == AgentState::NotReady)
                schedulePresence(agent.id, uniformMs(m_options.notReadyBackMinSeconds,
                                                     m_options.notReadyBackMaxSeconds, m_colleagueRandom));
        }
    }
    m_arrivalsOn = m_options.arrivalsPerHour > 0;
    scheduleArrival();
    return std::nullopt;
}

void LiveTraffic::stopArrivals()
{
    m_arrivalsOn = false;
    cancel(m_arrivalTimer);
}

void LiveTraffic::stop()
{
    m_running = false;
    m_arrivalsOn = false;
    disconnect(&m_centre, nullptr, this, nullptr);
    for (TimerId timer : std::as_const(m_timers))
        m_clock.cancel(timer);
    m_timers.clear();
    m_arrivalTimer = 0;
    m_sims.clear();
    m_plans.clear();
    m_presenceTimers.clear();
}

TimerId LiveTraffic::after(qint64 delayMs, std::function<void()> callback)
{
    auto self = std::make_shared<TimerId>(0);
    const TimerId timer = m_clock.schedule(m_clock.nowMs() + std::max<qint64>(0, delayMs),
                                           [this, self, callback = std::move(callback)] {
                                               m_timers.remove(*self);
                                               callback();
                                           });
    *self = timer;
    m_timers.insert(timer);
    return timer;
}

void LiveTraffic::cancel(TimerId &timer)
{
    if (timer == 0)
        return;
    m_clock.cancel(timer);
    m_timers.remove(timer);
    timer = 0;
}

qint64 LiveTraffic::uniformMs(int minSeconds, int maxSeconds, SimulationRandom &random)
{
    const double seconds = minSeconds + (maxSeconds - minSeconds) * random.uniform();
    return qint64(seconds * MsPerSecond);
}

void LiveTraffic::report(const char *what, const std::optional<DomainError> &error)
{
    if (!error)
        return;
    ++m_stats.errors;
    qCDebug(lcTraffic) << what << "refused:" << error->code << error->message;
}

bool LiveTraffic::isColleague(qint64 agentId) const
{
    return m_options.colleagues && agentId != 0 && !m_centre.isAttended(agentId) && m_centre.agent(agentId);
}

// ---------------------------------------------------------------------------------------------
// Customers

std::optional<DomainError> LiveTraffic::loadCustomers()
{
    CustomerRepository customers(m_centre.database());
    auto pool = customers.search(QString(), CustomerPoolSize);
    if (!pool)
        return pool.error();
    m_pool = *pool;
    return std::nullopt;
}

void LiveTraffic::scheduleArrival()
{
    if (!m_arrivalsOn || m_arrivalTimer != 0)
        return;
    const double meanMs = 3600.0 * MsPerSecond / m_options.arrivalsPerHour;
    m_arrivalTimer = after(qint64(m_arrivalRandom.exponential(meanMs)), [this] {
        m_arrivalTimer = 0;
        if (const std::optional<Channel> channel = drawChannel()) {
            QString queueId;
            const Customer *customer = drawCustomer(*channel);
            steerToAttended(*channel, queueId, customer);
            arriveOn(*channel, queueId, customer);
        }
        scheduleArrival();
    });
}

bool LiveTraffic::steerToAttended(Channel channel, QString &queueId, const Customer *&customer)
{
    // Drawn for every arrival, so that the other streams do not depend on who is signed in.
    const bool steer = m_steerRandom.uniform() * 100 < m_options.attendedSharePercent;
    const quint64 pick = m_steerRandom.below(1u << 30);
    if (!steer)
        return false;
    for (const Agent &agent : m_centre.agents()) {
        if (!m_centre.isAttended(agent.id) || m_centre.agentStatus(agent.id).state != AgentState::Ready
            || agent.capacity.limitFor(channel) <= 0)
            continue;
        QStringList queues;
        for (const Queue &queue : m_centre.queues()) {
            if (meetsRequirements(agent.skills(), queue.requiredSkills) && queue.channels.contains(channel))
                queues.append(queue.id);
        }
        if (queues.isEmpty())
            continue;
        // A customer who speaks a language the agent does (an unknown caller stays unknown).
        const bool korean =
            agent.skillLevel(QStringLiteral("korean")) >= agent.skillLevel(QStringLiteral("english"));
        const QString language = korean ? QStringLiteral("ko") : QStringLiteral("en");
        if (customer && !customer->preferredLanguage.startsWith(language)) {
            const Customer *fitting = nullptr;
            for (qsizetype i = 0; i < m_pool.size() && !fitting; ++i) {
                const Customer &candidate = m_pool.at((qsizetype(pick) + i) % m_pool.size());
                if (candidate.preferredLanguage.startsWith(language)
                    && !contactValue(candidate, channel).isEmpty())
                    fitting = &candidate;
            }
            if (!fitting)
                continue;
            customer = fitting;
        }
        queueId = queues.at(qsizetype(pick % quint64(queues.size())));
        return true;
    }
    return false;
}

std::optional<Channel> LiveTraffic::drawChannel()
{
    const QList<Queue> queues = m_centre.queues();
    const std::pair<Channel, double> shares[] = {{Channel::Voice, m_options.voiceShare},
                                                 {Channel::Chat, m_options.chatShare},
                                                 {Channel::Email, m_options.emailShare},
                                                 {Channel::Sms, m_options.smsShare},
                                                 {Channel::Social, m_options.socialShare}};
    double total = 0;
    QList<std::pair<Channel, double>> served;
    for (const auto &[channel, share] : shares) {
        const bool anyQueue =
            std::any_of(queues.cbegin(), queues.cend(),
                        [channel = channel](const Queue &queue) { return queue.channels.contains(channel); });
        if (anyQueue && share > 0) {
            served.append({channel, share});
            total += share;
        }
    }
    // Drawn even when nothing is served, so that the stream of numbers stays the same.
    const double u = m_arrivalRandom.uniform() * total;
    double sum = 0;
    for (const auto &[channel, share] : std::as_const(served)) {
        sum += share;
        if (u < sum)
            return channel;
    }
    return served.isEmpty() ? std::nullopt : std::optional<Channel>(served.constLast().first);
}

QString LiveTraffic::contactValue(const Customer &customer, Channel channel) const
{
    const auto first = [&customer](ContactKind kind) {
        QString value;
        for (const ContactPoint &point : customer.contactPoints) {
            if (point.kind != kind)
                continue;
            if (point.primary)
                return point.value;
            if (value.isEmpty())
                value = point.value;
        }
        return value;
    };
    switch (channel) {
    case Channel::Voice:
    case Channel::Sms:
        return first(ContactKind::Phone);
    case Channel::Email:
        return first(ContactKind::Email);
    case Channel::Chat: {
        const QString email = first(ContactKind::Email);
        return email.isEmpty() ? first(ContactKind::Chat) : email;
    }
    case Channel::Social:
        return first(ContactKind::Social);
    case Channel::WorkItem:
        break;
    }
    return QString();
}

const Customer *LiveTraffic::drawCustomer(Channel channel)
{
    const bool phone = channel == Channel::Voice || channel == Channel::Sms;
    const bool unknown = m_customerRandom.uniform() * 100 < m_options.unknownCallerPercent;
    if (m_pool.isEmpty() || (phone && unknown))
        return nullptr;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const Customer &customer = m_pool.at(qsizetype(m_customerRandom.below(quint64(m_pool.size()))));
        if (!contactValue(customer, channel).isEmpty())
            return &customer;
    }
    return nullptr;
}

QString LiveTraffic::unknownAddress(Channel channel, const QString &language)
{
    const auto digits = [this](int count) {
        QString text;
        for (int i = 0; i < count; ++i)
            text.append(QLatin1Char(char('0' + m_customerRandom.below(10))));
        return text;
    };
    switch (channel) {
    case Channel::Voice:
    case Channel::Sms:
        if (language.startsWith(QLatin1String("ko")))
            return QStringLiteral("010-%1-%2").arg(digits(4), digits(4));
        return QStringLiteral("+1 %1 555 01%2").arg(QString::number(201 + m_customerRandom.below(700)),
                                                    digits(2));
    case Channel::Email:
        return QStringLiteral("visitor%1@example.com").arg(digits(6));
    case Channel::Chat:
        return QStringLiteral("visitor-%1").arg(digits(6));
    case Channel::Social:
        return QStringLiteral("kakao:guest%1").arg(digits(6));
    case Channel::WorkItem:
        break;
    }
    return QString();
}

ArrivalResult LiveTraffic::arrive(Channel channel, const QString &queueId, qint64 customerId)
{
    if (!m_running) {
        ArrivalResult refused;
        refused.error =
            DomainError{QStringLiteral("not-started"), QStringLiteral("Live traffic is not running")};
        return refused;
    }
    const Customer *customer = nullptr;
    if (customerId != 0) {
        const auto found = std::find_if(m_pool.cbegin(), m_pool.cend(),
                                        [customerId](const Customer &c) { return c.id == customerId; });
        if (found == m_pool.cend()) {
            CustomerRepository customers(m_centre.database());
            auto loaded = customers.findById(customerId);
            if (!loaded) {
                ArrivalResult refused;
                refused.error = loaded.error();
                return refused;
            }
            m_pool.append(*loaded);
            customer = &m_pool.constLast();
        } else {
            customer = &*found;
        }
    } else {
        customer = drawCustomer(channel);
    }
    return arriveOn(channel, queueId, customer);
}

ArrivalResult LiveTraffic::arriveOn(Channel channel, const QString &queueId, const Customer *customer)
{
    const auto refuse = [this](const DomainError &error) {
        ++m_stats.refused;
        ArrivalResult result;
        result.error = error;
        return result;
    };
    const QString language =
        customer ? customer->preferredLanguage
                 : (m_customerRandom.uniform() < 0.6 ? QStringLiteral("ko") : QStringLiteral("en"));
    std::optional<Conversation> conversation = m_library.pick(language, channel, QString(), m_textRandom);
    if (!conversation)
        return refuse(DomainError{QStringLiteral("no-material"), QStringLiteral("No conversation material for %1").arg(channelKey(channel))});

    QString queueId2 = queueId;
    if (queueId2.isEmpty()) {
        const auto topicQueue = m_centre.queue(conversation->topic);
        if (topicQueue && topicQueue->channels.contains(channel)) {
            queueId2 = topicQueue->id;
        } else {
            QStringList candidates;
            for (const Queue &queue : m_centre.queues()) {
                if (queue.channels.contains(channel))
                    candidates.append(queue.id);
            }
            if (candidates.isEmpty())
                return refuse(DomainError{
                    QStringLiteral("channel-not-served"),
                                   QStringLiteral("No queue takes %1 contacts").arg(channelKey(channel))});
            queueId2 = candidates.at(qsizetype(m_textRandom.below(quint64(candidates.size()))));
        }
    }

    const qint64 now = m_clock.nowMs();
    SimContact sim;
    sim.channel = channel;
    sim.language = language;
    sim.conversation = *conversation;
    sim.values =
        m_library.drawSlots(language, conversation->topic, conversation->products, now, m_textRandom);
    if (customer) {
        sim.values.customer = customer->displayName();
        sim.values.given = customer->givenName;
    }
    if (channel == Channel::Chat || channel == Channel::Sms || channel == Channel::Social)
        sim.conversation.lines.append(m_library.closing(language, m_textRandom));

    InboundContact contact;
    contact.channel = channel;
    contact.queueId = queueId2;
    contact.from = customer ? contactValue(*customer, channel) : unknownAddress(channel, language);
    contact.language = language;
    contact.subject =
        sim.values.fill(channel == Channel::Email ? conversation->subject : conversation->reason);
    contact.externalRef = QStringLiteral("sim-%1-%2").arg(channelKey(channel)).arg(++m_sequence);
    if (channel == Channel::Chat) {
        Message greeting;
        greeting.sender = SenderRole::Bot;
        greeting.senderName = m_library.botName(language);
        greeting.body = m_library.botGreeting(language, m_textRandom);
        greeting.sentAtMs = now;
        contact.openingMessages.append(greeting);
    }
    if (isConversation(channel) && !sim.conversation.lines.isEmpty()) {
        Message first;
        first.sender = SenderRole::Customer;
        first.subject = channel == Channel::Email ? contact.subject : QString();
        first.body = sim.values.fill(sim.conversation.lines.constFirst().text);
        first.sentAtMs = now;
        contact.openingMessages.append(first);
        sim.next = 1;
    }

    const ArrivalResult result = m_centre.contactArrived(contact);
    if (result.error) {
        report("arrival", result.error);
        ++m_stats.refused;
        return result;
    }
    ++m_stats.arrivals;
    m_arrived.append(result.interactionId);
    if (result.outcome == ArrivalOutcome::Blocked) {
        ++m_stats.blocked;
        return result;
    }
    sim.id = result.interactionId;
    int patienceSeconds = 0;
    if (channel == Channel::Voice)
        patienceSeconds = m_options.voicePatienceSeconds;
    else if (channel == Channel::Chat)
        patienceSeconds = m_options.chatPatienceSeconds;
    else if (channel == Channel::Sms || channel == Channel::Social)
        patienceSeconds = m_options.messagingPatienceSeconds;
    const auto current = m_centre.contact(sim.id);
    if (patienceSeconds > 0 && current && !Interaction::isTerminal(current->state)
        && current->state != InteractionState::Connected) {
        const qint64 id = sim.id;
        sim.patienceTimer = after(qint64(m_customerRandom.exponential(patienceSeconds * double(MsPerSecond))),
                                  [this, id] { giveUp(id); });
    }
    m_sims.insert(sim.id, sim);
    return result;
}

void LiveTraffic::giveUp(qint64 interactionId)
{
    const auto sim = m_sims.find(interactionId);
    if (sim == m_sims.end())
        return;
    sim->patienceTimer = 0;
    const auto contact = m_centre.contact(interactionId);
    if (!contact || contact->callback
        || (contact->state != InteractionState::Queued && contact->state != InteractionState::Offered))
        return;
    if (sim->channel == Channel::Chat) {
        auto said = m_centre.customerMessage(interactionId, QString(),
                                             m_library.abandonLine(sim->language, m_textRandom));
        if (!said)
            report("abandon line", said.error());
    }
    report("abandon", m_centre.customerLeft(interactionId));
}

void LiveTraffic::customerTurn(qint64 interactionId)
{
    const auto sim = m_sims.find(interactionId);
    if (sim == m_sims.end() || sim->customerTimer != 0 || sim->channel == Channel::Email)
        return;
    const auto contact = m_centre.contact(interactionId);
    if (!contact)
        return;
    const QList<ScriptLine> &lines = sim->conversation.lines;
    int line = -1;
    if (isColleague(contact->agentId)) {
        // A colleague follows the script: the customer speaks when it is their turn.
        if (sim->next < lines.size() && lines.at(sim->next).fromCustomer)
            line = sim->next;
    } else {
        // Whatever a person writes, the customer goes on with what they came to say.
        for (int i = sim->next; i < lines.size(); ++i) {
            if (lines.at(i).fromCustomer) {
                line = i;
                break;
            }
        }
    }
    if (line < 0)
        return;
    sim->customerTimer = after(
        uniformMs(m_options.typingMinSeconds, m_options.typingMaxSeconds, m_customerRandom),
        [this, interactionId, line] {
            const auto typing = m_sims.find(interactionId);
            if (typing == m_sims.end())
                return;
            typing->customerTimer = 0;
            const auto now = m_centre.contact(interactionId);
            if (!now || (now->state != InteractionState::Connected && now->state != InteractionState::Held))
                return;
            const QString text = typing->values.fill(typing->conversation.lines.at(line).text);
            typing->next = std::max(typing->next, line + 1);
            auto sent = m_centre.customerMessage(interactionId, QString(), text);
            if (sent)
                ++m_stats.customerMessages;
            else
                report("customer message", sent.error());
        });
}

void LiveTraffic::onCallbackOffered(qint64 interactionId, qint64 estimatedWaitMs)
{
    Q_UNUSED(estimatedWaitMs)
    const auto sim = m_sims.constFind(interactionId);
    if (sim == m_sims.constEnd() || sim->channel != Channel::Voice)
        return;
    if (m_customerRandom.uniform() * 100 >= m_options.callbackAcceptPercent)
        return;
    after(uniformMs(2, 5, m_customerRandom), [this, interactionId] {
        const auto contact = m_centre.contact(interactionId);
        if (!contact || contact->state != InteractionState::Queued || contact->callback)
            return;
        const auto error = m_centre.requestCallback(interactionId);
        report("callback", error);
        if (!error) {
            ++m_stats.callbacks;
            if (const auto sim = m_sims.find(interactionId); sim != m_sims.end())
                cancel(sim->patienceTimer);
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Events

void LiveTraffic::onContactChanged(const ContactSummary &contact)
{
    const auto sim = m_sims.find(contact.interactionId);
    if (sim != m_sims.end()) {
        if (contact.state == InteractionState::Connected) {
            sim->answered = true;
            cancel(sim->patienceTimer);
        }
        if (Interaction::isTerminal(contact.state)) {
            cancel(sim->patienceTimer);
            cancel(sim->customerTimer);
            if (contact.state == InteractionState::Abandoned)
                ++m_stats.abandoned;
            const bool survey = contact.state == InteractionState::Closed && sim->answered
                                && contact.direction == Direction::Inbound
                                && m_customerRandom.uniform() * 100 < m_options.csatPercent;
            m_sims.erase(sim);
            if (survey) {
                const qint64 id = contact.interactionId;
                after(uniformMs(30, 120, m_customerRandom), [this, id] {
                    const auto error = m_centre.recordCsat(id, drawScore(m_customerRandom));
                    report("survey", error);
                    if (!error)
                        ++m_stats.surveys;
                });
            }
        }
    }
    plan(contact);
}

void LiveTraffic::onMessageAdded(const Message &message)
{
    if (message.sender == SenderRole::Agent) {
        customerTurn(message.interactionId);
        return;
    }
    if (message.sender != SenderRole::Customer)
        return;
    // The customer said something: a colleague handling it answers after a while.
    const auto plan = m_plans.find(message.interactionId);
    if (plan == m_plans.end() || plan->state != InteractionState::Connected || !isColleague(plan->agentId))
        return;
    cancel(plan->timer);
    const qint64 agentId = plan->agentId;
    const qint64 id = message.interactionId;
    plan->timer = after(uniformMs(m_options.typingMinSeconds, m_options.typingMaxSeconds, m_colleagueRandom),
                        [this, agentId, id] { colleagueStep(agentId, id); });
}

void LiveTraffic::onAgentChanged(const AgentStatus &status)
{
    if (!isColleague(status.agentId))
        return;
    if (status.state == AgentState::LoggedOut) {
        schedulePresence(status.agentId, uniformMs(30, 90, m_colleagueRandom));
    } else if (status.state == AgentState::NotReady) {
        schedulePresence(status.agentId, uniformMs(m_options.notReadyBackMinSeconds,
                                                   m_options.notReadyBackMaxSeconds, m_colleagueRandom));
    }
}

void LiveTraffic::onAttendedChanged(qint64 agentId, bool attended)
{
    if (attended) {
        // A person took over: the bot lets go of everything, and the person finishes it.
        if (auto timer = m_presenceTimers.take(agentId))
            cancel(timer);
        for (auto it = m_plans.begin(); it != m_plans.end();) {
            if (it->agentId == agentId) {
                cancel(it->timer);
                it = m_plans.erase(it);
            } else {
                ++it;
            }
        }
        return;
    }
    if (!isColleague(agentId))
        return;
    for (const ContactSummary &contact : m_centre.contactsOf(agentId))
        plan(contact);
    const AgentState state = m_centre.agentStatus(agentId).state;
    if (state == AgentState::LoggedOut || state == AgentState::NotReady)
        schedulePresence(agentId, uniformMs(30, 90, m_colleagueRandom));
}

void LiveTraffic::onInternalMessage(const InternalMessage &message)
{
    // Colleagues answer people, not each other.
    if (!m_centre.isAttended(message.fromAgentId))
        return;
    qint64 responder = 0;
    if (message.toAgentId != 0) {
        if (isColleague(message.toAgentId))
            responder = message.toAgentId;
    } else {
        QList<qint64> ready;
        QList<qint64> others;
        for (const Agent &agent : m_centre.agents()) {
            if (agent.id == message.fromAgentId || !isColleague(agent.id)
                || agent.skillLevel(message.toGroup) == 0)
                continue;
            (m_centre.agentStatus(agent.id).state == AgentState::Ready ? ready : others).append(agent.id);
        }
        const QList<qint64> &candidates = ready.isEmpty() ? others : ready;
        if (!candidates.isEmpty())
            responder = candidates.at(qsizetype(m_colleagueRandom.below(quint64(candidates.size()))));
    }
    if (responder == 0)
        return;
    const bool korean = containsHangul(message.body);
    const quint64 choice = m_colleagueRandom.below(std::size(koreanReplies));
    InternalMessage reply;
    reply.fromAgentId = responder;
    reply.toAgentId = message.fromAgentId;
    reply.aboutInteractionId = message.aboutInteractionId;
    reply.body = QString::fromUtf16(korean ? koreanReplies[choice] : englishReplies[choice]);
    after(uniformMs(m_options.internalReplyMinSeconds, m_options.internalReplyMaxSeconds, m_colleagueRandom),
          [this, reply] {
              if (!isColleague(reply.fromAgentId))
                  return;
              auto sent = m_centre.sendInternalMessage(reply);
              if (sent)
                  ++m_stats.internalReplies;
              else
                  report("internal reply", sent.error());
          });
}

// ---------------------------------------------------------------------------------------------
// Colleagues

void LiveTraffic::dropPlan(qint64 interactionId)
{
    const auto it = m_plans.find(interactionId);
    if (it == m_plans.end())
        return;
    cancel(it->timer);
    m_plans.erase(it);
}

void LiveTraffic::plan(const ContactSummary &contact)
{
    const qint64 id = contact.interactionId;
    const qint64 agentId = contact.agentId;
    if (!isWithAgent(contact.state) || !isColleague(agentId)) {
        dropPlan(id);
        return;
    }
    BotPlan &entry = m_plans[id];
    if (entry.agentId == agentId && entry.state == contact.state)
        return;
    cancel(entry.timer);
    entry.agentId = agentId;
    entry.state = contact.state;
    SimulationRandom &random = m_colleagueRandom;
    switch (contact.state) {
    case InteractionState::Offered:
        if (random.uniform() * 100 < m_options.missPercent)
            break; // the phone rings out: RONA
        entry.timer =
            after(uniformMs(m_options.ringMinSeconds, m_options.ringMaxSeconds, random), [this, agentId, id] {
                if (const auto plan = m_plans.find(id); plan != m_plans.end())
                    plan->timer = 0;
                const auto now = m_centre.contact(id);
                if (!now || now->state != InteractionState::Offered || now->agentId != agentId
                    || !isColleague(agentId))
                    return;
                const auto error = m_centre.acceptOffer(agentId, id);
                report("accept", error);
                if (!error)
                    ++m_stats.colleagueAccepts;
            });
        break;
    case InteractionState::Connected: {
        qint64 delayMs = 0;
        const bool scripted = m_sims.contains(id) && isConversation(contact.channel);
        if (contact.consultForInteractionId != 0)
            delayMs = qint64(m_options.consultMaxSeconds) * MsPerSecond;
        else if (scripted && contact.channel != Channel::Email)
            delayMs = uniformMs(m_options.typingMinSeconds, m_options.typingMaxSeconds, random);
        else if (contact.channel == Channel::Email)
            delayMs = qint64(
                random.lognormal(m_options.emailHandleSeconds * 1.0, m_options.emailHandleSeconds * 0.5)
                * MsPerSecond);
        else
            delayMs = qint64(
                random.lognormal(m_options.voiceHandleSeconds * 1.0, m_options.voiceHandleSeconds * 0.5)
                * MsPerSecond);
        entry.timer = after(std::max<qint64>(delayMs, MsPerSecond),
                            [this, agentId, id] { colleagueStep(agentId, id); });
        break;
    }
    case InteractionState::WrapUp:
        entry.timer = after(std::max<qint64>(qint64(random.lognormal(m_options.wrapUpSeconds * 1.0,
                                                                     m_options.wrapUpSeconds * 0.4)
                                                    * MsPerSecond),
                                             2 * MsPerSecond),
                            [this, agentId, id] { finishWrapUp(agentId, id); });
        break;
    default:
        break;
    }
}

void LiveTraffic::colleagueStep(qint64 agentId, qint64 interactionId)
{
    const auto entry = m_plans.find(interactionId);
    if (entry == m_plans.end() || entry->agentId != agentId)
        return;
    entry->timer = 0;
    const auto contact = m_centre.contact(interactionId);
    if (!contact || contact->agentId != agentId || contact->state != InteractionState::Connected
        || !isColleague(agentId))
        return;
    const auto agent = m_centre.agent(agentId);
    const auto sim = m_sims.find(interactionId);
    if (sim != m_sims.end() && isConversation(contact->channel)) {
        sim->values.agent = agent ? agent->displayName : QString();
        const QList<ScriptLine> &lines = sim->conversation.lines;
        if (contact->channel == Channel::Email) {
            if (lines.size() > 1) {
                const QString subject = m_library.replyPrefix(sim->language) + contact->subject;
                const QString body =
                    sim->values.fill(lines.at(1).text) + sim->values.fill(m_library.signature(sim->language));
                auto sent = m_centre.sendMessage(agentId, interactionId, subject, body);
                if (!sent)
                    report("reply", sent.error());
            }
        } else if (sim->next < lines.size() && !lines.at(sim->next).fromCustomer) {
            auto sent = m_centre.sendMessage(agentId, interactionId, QString(),
                                             sim->values.fill(lines.at(sim->next).text));
            if (!sent) {
                report("message", sent.error());
                return;
            }
            ++sim->next;
            // Another line of the colleague's follows; or, at the end of the script, the goodbye.
            if (sim->next >= lines.size() || !lines.at(sim->next).fromCustomer) {
                const auto again = m_plans.find(interactionId);
                if (again != m_plans.end() && again->timer == 0) {
                    again->timer = after(
                        uniformMs(m_options.typingMinSeconds, m_options.typingMaxSeconds, m_colleagueRandom),
                        [this, agentId, interactionId] { colleagueStep(agentId, interactionId); });
                }
            }
            return;
        } else if (sim->next < lines.size()) {
            // The customer's turn: wait for them, but not for ever.
            const auto again = m_plans.find(interactionId);
            if (again != m_plans.end() && again->timer == 0) {
                const int waitingAt = sim->next;
                again->timer = after(QuietCustomerMs, [this, agentId, interactionId, waitingAt] {
                    const auto quiet = m_sims.find(interactionId);
                    if (quiet != m_sims.end() && quiet->next == waitingAt)
                        quiet->next = int(quiet->conversation.lines.size());
                    colleagueStep(agentId, interactionId);
                });
            }
            return;
        }
    }
    report("end", m_centre.endContact(agentId, interactionId));
}

void LiveTraffic::finishWrapUp(qint64 agentId, qint64 interactionId)
{
    const auto entry = m_plans.find(interactionId);
    if (entry != m_plans.end() && entry->agentId == agentId)
        entry->timer = 0;
    const auto contact = m_centre.contact(interactionId);
    if (!contact || contact->agentId != agentId || contact->state != InteractionState::WrapUp
        || !isColleague(agentId))
        return;
    WrapUp wrapUp;
    wrapUp.interactionId = interactionId;
    const auto sim = m_sims.constFind(interactionId);
    if (sim != m_sims.constEnd()) {
        wrapUp.dispositionCode = sim->conversation.dispositionCode;
        wrapUp.notes = sim->values.fill(sim->conversation.note);
    } else if (contact->consultForInteractionId == 0 && contact->direction != Direction::Internal) {
        wrapUp.dispositionCode = QStringLiteral("resolved");
    }
    if (!wrapUp.dispositionCode.isEmpty()) {
        const auto options = m_centre.dispositionOptions();
        const bool known =
            options && std::any_of(options->cbegin(), options->cend(), [&](const DispositionOption &o) {
                return o.code == wrapUp.dispositionCode;
            });
        if (!known)
            wrapUp.dispositionCode.clear();
    }
    const QString &code = wrapUp.dispositionCode;
    wrapUp.resolved = code == u"resolved" || code == u"information" || code == u"sale";
    if (code == u"follow-up" && contact->customerId != 0) {
        WorkItem item;
        item.title = contact->subject.isEmpty() ? wrapUp.notes : contact->subject;
        item.description = wrapUp.notes;
        if (!item.title.trimmed().isEmpty())
            wrapUp.followUp = item;
    }
    const auto error = m_centre.finishWrapUp(agentId, wrapUp);
    report("wrap-up", error);
    if (error)
        return;
    ++m_stats.colleagueWrapUps;

    // Now and then a break, when there is nothing else on the desk.
    if (m_colleagueRandom.uniform() * 100 < m_options.breakPercent
        && m_centre.agentStatus(agentId).state == AgentState::Ready
        && m_centre.contactsOf(agentId).isEmpty()) {
        if (auto timer = m_presenceTimers.take(agentId))
            cancel(timer);
        schedulePresence(agentId,
                         uniformMs(m_options.breakMinSeconds, m_options.breakMaxSeconds, m_colleagueRandom));
        const auto breakError =
            m_centre.setAgentState(agentId, AgentState::NotReady, QStringLiteral("break"));
        report("break", breakError);
        if (!breakError)
            ++m_stats.breaks;
    }
}

// The simulated switch: a supervisor's leg joins (or leaves) the call a moment after the request,
// as a real switch confirms it.
void LiveTraffic::onTelephonyCommand(const TelephonyCommand &command)
{
    if (command.kind != TelephonyCommand::Kind::Supervise)
        return;
    after(300, [this, command] {
        const auto contact = m_centre.contact(command.interactionId);
        if (!contact || contact->agentId != command.agentId)
            return; // the call ended or moved on before the switch got to it
        ++m_stats.telephonyCommands;
        report("supervision", m_centre.supervisionApplied(command.interactionId, command.mode));
    });
}

void LiveTraffic::schedulePresence(qint64 agentId, qint64 delayMs)
{
    if (m_presenceTimers.contains(agentId))
        return;
    m_presenceTimers.insert(agentId, after(delayMs, [this, agentId] { presenceDue(agentId); }));
}

void LiveTraffic::presenceDue(qint64 agentId)
{
    m_presenceTimers.remove(agentId);
    if (!isColleague(agentId))
        return;
    const AgentState state = m_centre.agentStatus(agentId).state;
    if (state == AgentState::LoggedOut || state == AgentState::NotReady)
        report("ready", m_centre.setAgentState(agentId, AgentState::Ready));
}

} // namespace ContactDesk
