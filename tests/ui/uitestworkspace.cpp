#include "uitestworkspace.h"

#include "backend/embeddedbackend.h"
#include "deferredbackend.h"
#include "net/protocolserver.h"
#include "net/remotebackend.h"
#include "offers/demoofferportfolio.h"
#include "security/authenticator.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/demodatagenerator.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/workitemrepository.h"

#include <QHostAddress>
#include <QTest>

namespace ContactDesk {

namespace {

constexpr qint64 SecondMs = 1000;

// A contact that went the whole way: queued, offered, connected, wrapped up and closed.
std::optional<DomainError> closedInteraction(Interaction &interaction, Channel channel, Direction direction,
                                             qint64 createdMs, qint64 customerId, qint64 agentId)
{
    interaction = Interaction::create(channel, direction, createdMs);
    interaction.customerId = customerId;
    interaction.agentId = agentId;
    interaction.queueId = QStringLiteral("general");
    for (auto [state, offset] :
         {std::pair{InteractionState::Queued, 1}, std::pair{InteractionState::Offered, 20},
          std::pair{InteractionState::Connected, 25}, std::pair{InteractionState::WrapUp, 265},
          std::pair{InteractionState::Closed, 300}}) {
        if (auto error = interaction.transitionTo(state, createdMs + offset * SecondMs))
            return error;
    }
    return std::nullopt;
}

Message message(qint64 interactionId, SenderRole sender, const QString &name, const QString &body,
                qint64 sentMs, const QString &subject = QString())
{
    Message m;
    m.interactionId = interactionId;
    m.sender = sender;
    m.senderName = name;
    m.body = body;
    m.subject = subject;
    m.sentAtMs = sentMs;
    return m;
}

// The server side of a remote backend in the UI tests: the centre, its accounts and a protocol
// server on a loopback port. A child of the RemoteBackend, so that it goes with it (after it).
class ServedCentre final : public QObject
{
public:
    std::unique_ptr<EmbeddedBackend> centre;
    std::unique_ptr<Authenticator> authenticator;
    std::unique_ptr<ProtocolServer> server;
};

} // namespace

QString backendModeName(BackendMode mode)
{
    switch (mode) {
    case BackendMode::Immediate:
        return QStringLiteral("immediate");
    case BackendMode::Deferred:
        return QStringLiteral("deferred");
    case BackendMode::Remote:
        return QStringLiteral("remote");
    }
    return QString();
}

QString UiTestWorkspace::password()
{
    return QStringLiteral("ui-test-password-2026");
}

QString UiTestWorkspace::readerLogin()
{
    return QStringLiteral("uitest.supervisor");
}

UiTestWorkspace::UiTestWorkspace() = default;
UiTestWorkspace::~UiTestWorkspace() = default;

QString UiTestWorkspace::databasePath() const
{
    return m_dir.filePath(QStringLiteral("workspace.sqlite"));
}

std::unique_ptr<EmbeddedBackend> UiTestWorkspace::openEmbeddedBackend() const
{
    return openEmbeddedBackend(EmbeddedBackendOptions());
}

std::unique_ptr<EmbeddedBackend>
UiTestWorkspace::openEmbeddedBackend(const EmbeddedBackendOptions &options) const
{
    auto database = std::make_unique<Database>();
    if (database->open(databasePath()))
        return nullptr;
    return std::make_unique<EmbeddedBackend>(std::move(database), options);
}

std::unique_ptr<DeskBackend> UiTestWorkspace::openBackend(BackendMode mode) const
{
    return openBackend(mode, EmbeddedBackendOptions());
}

std::unique_ptr<DeskBackend> UiTestWorkspace::openBackend(BackendMode mode,
                                                          const EmbeddedBackendOptions &options) const
{
    std::unique_ptr<EmbeddedBackend> embedded = openEmbeddedBackend(options);
    if (!embedded)
        return nullptr;
    if (mode == BackendMode::Immediate)
        return embedded;
    if (mode == BackendMode::Deferred)
        return std::make_unique<DeferredBackend>(std::move(embedded));

    auto served = std::make_unique<ServedCentre>();
    served->centre = std::move(embedded);
    served->authenticator = std::make_unique<Authenticator>(served->centre->database());
    served->server = std::make_unique<ProtocolServer>(served->centre->host(), *served->authenticator);
    if (auto error = served->server->listen(QHostAddress::LocalHost, 0)) {
        qWarning("%s", qPrintable(error->message));
        return nullptr;
    }
    RemoteBackendOptions remoteOptions;
    remoteOptions.url = QUrl(served->server->url());
    remoteOptions.firstRetryMs = 50;
    auto remote = std::make_unique<RemoteBackend>(remoteOptions);
    served.release()->setParent(remote.get());
    remote->open();
    if (!QTest::qWaitFor([&] { return remote->link() == RemoteBackend::Link::Connected; }, 10'000)) {
        qWarning("The remote backend did not connect to %s", qPrintable(remoteOptions.url.toString()));
        return nullptr;
    }
    bool signedIn = false;
    QString why;
    remote->signIn(readerLogin(), password(), [&](const BackendResult<AgentSession> &result) {
        signedIn = result.ok();
        why = result.ok() ? QString() : result.error().message;
        why = why.isEmpty() && !signedIn ? QStringLiteral("no answer") : why;
    });
    if (!QTest::qWaitFor([&] { return signedIn || !why.isEmpty(); }, 10'000) || !signedIn) {
        qWarning("The remote backend could not sign in: %s", qPrintable(why));
        return nullptr;
    }
    return remote;
}

EmbeddedBackend &UiTestWorkspace::embedded(DeskBackend &backend)
{
    if (auto *remote = qobject_cast<RemoteBackend *>(&backend)) {
        for (QObject *child : remote->children()) {
            if (auto *served = dynamic_cast<ServedCentre *>(child))
                return *served->centre;
        }
    }
    if (auto *deferred = qobject_cast<DeferredBackend *>(&backend))
        return static_cast<EmbeddedBackend &>(deferred->inner());
    return static_cast<EmbeddedBackend &>(backend);
}

std::optional<DomainError> UiTestWorkspace::create()
{
    if (!m_dir.isValid())
        return DomainError{QStringLiteral("test-setup"), QStringLiteral("no temporary directory")};
    Database database;
    if (auto error = database.open(databasePath()))
        return error;

    DemoDataGenerator generator(database);
    DemoDataOptions options;
    options.seed = 7;
    options.customers = 60;
    options.interactions = 600;
    options.nowMs = HeavyStartMs;
    auto summary = generator.generate(options);
    if (!summary)
        return summary.error();
    demoCustomers = summary->customers;

    auto written = database.transaction([&]() -> std::optional<DomainError> {
        CustomerRepository customers(database);
        AgentRepository agents(database);
        InteractionRepository interactions(database);
        MessageRepository messages(database);
        WorkItemRepository workItems(database);

        Agent agent;
        agent.login = QStringLiteral("uitest.seoyeon");
        agent.displayName = QStringLiteral("박서연");
        agent.team = QStringLiteral("UI test");
        if (auto error = agents.insert(agent))
            return error;

        // The known customer. Her phone number is given the way a Korean agent writes it; the store
        // keeps it as E.164.
        Customer known;
        known.givenName = QStringLiteral("하람");
        known.familyName = QStringLiteral("제갈");
        known.company = QStringLiteral("한빛전자");
        known.preferredLanguage = QStringLiteral("ko");
        known.segment = Segment::SmallBusiness;
        known.valueTier = ValueTier::Platinum;
        known.lifetimeValueMinor = 12'345'000;
        known.currency = QStringLiteral("KRW");
        known.vip = true;
        known.marketingConsent = true;
        known.recordingConsent = true;
        known.createdAtMs = HeavyStartMs - 400 * 24 * 3600 * SecondMs;
        ContactPoint phone;
        phone.kind = ContactKind::Phone;
        phone.value = QStringLiteral("010-9876-0001");
        phone.label = QStringLiteral("mobile");
        phone.primary = true;
        ContactPoint email;
        email.kind = ContactKind::Email;
        email.value = knownEmail;
        email.label = QStringLiteral("work");
        known.contactPoints = {phone, email};
        if (auto error = customers.insert(known, QStringLiteral("KR")))
            return error;
        knownCustomerId = known.id;
        knownCustomerName = known.displayName();

        const qint64 base = HeavyStartMs + 10 * MinuteMs;
        Interaction call;
        if (auto error =
                closedInteraction(call, Channel::Voice, Direction::Inbound, base, known.id, agent.id))
            return error;
        call.subject = QStringLiteral("해외 로밍 요금 문의");
        knownCallNotes =
            QStringLiteral("일본 출장 중 로밍 요금 안내. 데이터 로밍 하루 11,000원 요금제를 권유함.");
        call.notes = knownCallNotes;
        call.dispositionCode = QStringLiteral("information");
        call.resolved = true;
        if (auto error = call.setCsat(4))
            return error;
        if (auto error = interactions.insert(call))
            return error;
        knownCallId = call.id;

        Interaction chat;
        if (auto error = closedInteraction(chat, Channel::Chat, Direction::Inbound, base + MinuteMs, known.id,
                                           agent.id))
            return error;
        chat.subject = QStringLiteral("요금제 변경");
        chat.dispositionCode = QStringLiteral("resolved");
        if (auto error = chat.setCsat(5))
            return error;
        if (auto error = interactions.insert(chat))
            return error;
        knownChatId = chat.id;
        knownChatMessages = {
            message(chat.id, SenderRole::Customer, knownCustomerName,
                    QStringLiteral("안녕하세요, 요금제를 변경하고 싶어요."), base + MinuteMs + 30 * SecondMs),
                    message(chat.id, SenderRole::Agent, agent.displayName,
                            QStringLiteral("네, 고객님. 어떤 요금제로 변경을 원하시나요?"),
                                           base + MinuteMs + 60 * SecondMs),
                            message(chat.id, SenderRole::Customer, knownCustomerName,
                                    QStringLiteral("5G 라이트 요금제로 부탁드립니다."),
                                                   base + MinuteMs + 90 * SecondMs),
                    };
        for (Message &m : knownChatMessages) {
            if (auto error = messages.append(m))
                return error;
        }

        Interaction mail;
        if (auto error = closedInteraction(mail, Channel::Email, Direction::Inbound, base + 2 * MinuteMs,
                                           known.id, agent.id))
            return error;
        knownEmailSubject = QStringLiteral("3월 청구서 금액 확인 요청");
        mail.subject = knownEmailSubject;
        mail.dispositionCode = QStringLiteral("follow-up");
        if (auto error = mail.setCsat(2))
            return error;
        if (auto error = interactions.insert(mail))
            return error;
        knownEmailId = mail.id;
        Message question =
            message(mail.id, SenderRole::Customer, knownCustomerName,
                    QStringLiteral("3월 청구서 금액이 평소보다 많이 나왔습니다. 확인 부탁드립니다."),
                                   base + 2 * MinuteMs, knownEmailSubject);
        Message answer =
            message(mail.id, SenderRole::Agent, agent.displayName,
                    QStringLiteral("확인 결과 로밍 요금이 포함되어 있습니다."), base + 3 * MinuteMs,
                                   QStringLiteral("RE: ") + knownEmailSubject);
        if (auto error = messages.append(question))
            return error;
        if (auto error = messages.append(answer))
            return error;

        Interaction sms;
        if (auto error = closedInteraction(sms, Channel::Sms, Direction::Outbound, base + 4 * MinuteMs,
                                           known.id, agent.id))
            return error;
        if (auto error = interactions.insert(sms))
            return error;
        Message text =
            message(sms.id, SenderRole::Agent, agent.displayName,
                    QStringLiteral("요금제 변경이 완료되었습니다."), base + 4 * MinuteMs + 30 * SecondMs);
        if (auto error = messages.append(text))
            return error;
        knownCsatScores = {4, 5, 2};

        WorkItem overdue;
        overdue.customerId = known.id;
        overdue.sourceInteractionId = mail.id;
        overdue.queueId = QStringLiteral("backoffice");
        overdue.title = QStringLiteral("청구 금액 재확인 후 회신");
        overdue.createdAtMs = base + 3 * MinuteMs;
        overdue.dueAtMs = NowMs - 60 * MinuteMs;
        if (auto error = workItems.insert(overdue))
            return error;
        overdueWorkItemId = overdue.id;
        WorkItem upcoming = overdue;
        upcoming.id = 0;
        upcoming.title = QStringLiteral("로밍 요금제 가입 안내 문자 발송");
        upcoming.dueAtMs = NowMs + 24 * 60 * MinuteMs;
        if (auto error = workItems.insert(upcoming))
            return error;
        upcomingWorkItemId = upcoming.id;

        Customer english;
        english.givenName = QStringLiteral("Wilhelmina");
        english.familyName = QStringLiteral("Quartermain");
        english.company = QStringLiteral("Zephyr Kite Works");
        english.preferredLanguage = QStringLiteral("en");
        english.currency = QStringLiteral("USD");
        english.lifetimeValueMinor = 123'456;
        ContactPoint usPhone;
        usPhone.kind = ContactKind::Phone;
        usPhone.value = QStringLiteral("+1 (415) 555-0142");
        usPhone.label = QStringLiteral("work");
        english.contactPoints = {usPhone};
        if (auto error = customers.insert(english, QStringLiteral("US")))
            return error;
        englishCustomerId = english.id;

        Customer heavy;
        heavy.givenName = QStringLiteral("Heavy");
        heavy.familyName = QStringLiteral("Caller");
        heavy.preferredLanguage = QStringLiteral("en");
        if (auto error = customers.insert(heavy))
            return error;
        heavyCustomerId = heavy.id;
        const QList<Channel> channels = allChannels();
        for (int n = 0; n < HeavyInteractions; ++n) {
            Interaction interaction;
            if (auto error =
                    closedInteraction(interaction, channels.at(n % channels.size()), Direction::Inbound,
                                      HeavyStartMs + n * MinuteMs, heavy.id, agent.id))
                return error;
            interaction.subject = QStringLiteral("Contact #%1").arg(n);
            if (auto error = interactions.insert(interaction))
                return error;
        }
        return std::nullopt;
    });
    if (written)
        return written;
    // The desktop's sample catalogue and customer products, as a first start writes them.
    if (auto error = DemoOfferPortfolio::seed(database, NowMs))
        return error;
    return addAccounts(database);
}

std::optional<DomainError> UiTestWorkspace::addAccounts(Database &database)
{
    AgentRepository agents(database);
    auto all = agents.list();
    if (!all)
        return all.error();
    // One hash for everyone: Argon2id costs a tenth of a second, and only sign-in checks it.
    const auto hash = PasswordHasher().hash(password());
    if (!hash)
        return hash.error();
    UserRepository users(database);
    User reader;
    reader.login = readerLogin();
    reader.displayName = QStringLiteral("UI test supervisor");
    reader.role = Role::Supervisor;
    reader.passwordHash = *hash;
    if (auto error = users.add(reader))
        return error;
    // The centre lists its agents by id; the first of them is the one the tests sign in as.
    QList<Agent> byId = *all;
    std::sort(byId.begin(), byId.end(), [](const Agent &a, const Agent &b) { return a.id < b.id; });
    bool first = true;
    for (const Agent &agent : std::as_const(byId)) {
        User user;
        user.login = agent.login;
        user.displayName = agent.displayName;
        user.role = first ? Role::Supervisor : Role::Agent;
        user.agentId = agent.id;
        user.passwordHash = *hash;
        if (auto error = users.add(user))
            return error;
        first = false;
    }
    return std::nullopt;
}

} // namespace ContactDesk
