#include "centretestsupport.h"

#include "domain/agent.h"
#include "domain/customer.h"
#include "domain/queue.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/queuerepository.h"
#include "store/skillrepository.h"

#include <QTest>

namespace ContactDesk::CentreTest {

namespace {

Queue makeQueue(const QString &id, const QString &name, const QString &skill, int level,
                QList<Channel> channels)
{
    Queue queue;
    queue.id = id;
    queue.name = name;
    queue.channels = std::move(channels);
    queue.requiredSkills = {SkillRequirement{skill, level}};
    return queue;
}

std::optional<DomainError> addAgent(AgentRepository &agents, const QString &login, const QString &name,
                                    const QList<std::pair<QString, int>> &skills, qint64 &id)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    agent.team = QStringLiteral("Team 1");
    for (const auto &[skill, level] : skills) {
        if (auto error = agent.setSkill(skill, level))
            return error;
    }
    if (auto error = agents.insert(agent))
        return error;
    id = agent.id;
    return std::nullopt;
}

ContactPoint point(ContactKind kind, const QString &value, bool primary)
{
    ContactPoint contact;
    contact.kind = kind;
    contact.value = value;
    contact.primary = primary;
    return contact;
}

} // namespace

std::optional<DomainError> Store::create()
{
    if (!m_dir.isValid())
        return DomainError{QStringLiteral("test"), QStringLiteral("no temporary folder")};
    Database database;
    if (auto error = database.open(path()))
        return error;
    return database.transaction([&]() -> std::optional<DomainError> {
        SkillRepository skills(database);
        for (const auto &[id, name] :
             {std::pair{QStringLiteral("sales"), QStringLiteral("Sales")},
                        std::pair{QStringLiteral("billing"), QStringLiteral("Billing")},
                                  std::pair{QStringLiteral("back-office"), QStringLiteral("Back office")},
                                            std::pair{QStringLiteral("korean"), QStringLiteral("Korean")},
                                                      std::pair{QStringLiteral("english"),
                                                                               QStringLiteral("English")}}) {
            if (auto error = skills.save(Skill{id, name}))
                return error;
        }
        QueueRepository queues(database);
        const QList<Channel> customerChannels = {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms,
                                                 Channel::Social};
        for (const Queue &queue : {makeQueue(QStringLiteral("sales"), QStringLiteral("Sales"), QStringLiteral("sales"), 3, customerChannels),
                 makeQueue(QStringLiteral("billing"), QStringLiteral("Billing"), QStringLiteral("billing"), 2, customerChannels),
                     makeQueue(QStringLiteral("back-office"), QStringLiteral("Back Office"), QStringLiteral("back-office"), 1,
                                                                                       {Channel::WorkItem,
                                                                                        Channel::Email})}) {
            if (auto error = queues.save(queue))
                return error;
        }
        AgentRepository agents(database);
        if (auto error =
                addAgent(agents, QStringLiteral("human.kim"), QStringLiteral("김하늘"),
                                                                             {{QStringLiteral("sales"), 8},
                                                                               {QStringLiteral("korean"), 9}},
                                                                              humanId))
            return error;
        if (auto error =
                addAgent(agents, QStringLiteral("colleague.lee"),
                                                QStringLiteral("이도윤"), {{QStringLiteral("sales"), 6},
                                                                            {QStringLiteral("billing"), 5},
                                                                             {QStringLiteral("korean"), 9}},
                                                                            colleagueId))
            return error;
        if (auto error = addAgent(agents, QStringLiteral("sam.smith"),
                                                         QStringLiteral("Sam Smith"),
                                                                        {{QStringLiteral("billing"), 7},
                                                                          {QStringLiteral("sales"), 3},
                                                                           {QStringLiteral("english"), 9}},
                                                                          englishAgentId))
            return error;

        CustomerRepository customers(database);
        Customer korean;
        korean.givenName = QStringLiteral("서연");
        korean.familyName = QStringLiteral("박");
        korean.preferredLanguage = QStringLiteral("ko");
        korean.vip = true;
        korean.createdAtMs = StartMs - 400LL * 86'400'000;
        korean.contactPoints = {point(ContactKind::Phone, koreanPhone, true),
                                point(ContactKind::Email, koreanEmail, true),
                                point(ContactKind::Social, QStringLiteral("kakao:seoyeon"), true)};
        if (auto error = customers.insert(korean))
            return error;
        koreanCustomerId = korean.id;
        Customer english;
        english.givenName = QStringLiteral("John");
        english.familyName = QStringLiteral("Carter");
        english.preferredLanguage = QStringLiteral("en");
        english.currency = QStringLiteral("USD");
        english.createdAtMs = StartMs - 200LL * 86'400'000;
        english.contactPoints = {point(ContactKind::Phone, englishPhone, true),
                                 point(ContactKind::Email, QStringLiteral("john.carter@example.com"), true)};
        if (auto error = customers.insert(english))
            return error;
        englishCustomerId = english.id;
        return std::nullopt;
    });
}

std::unique_ptr<Database> Store::open() const
{
    auto database = std::make_unique<Database>();
    if (auto error = database->open(path())) {
        qWarning("cannot open the test store: %s", qPrintable(error->message));
        return nullptr;
    }
    return database;
}

} // namespace ContactDesk::CentreTest
