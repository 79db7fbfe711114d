// DemoDataGenerator against real databases: SQLite files, or PostgreSQL when built as
// tst_demodata_postgres (run through scripts/with-services.sh).

#include "domain/channel.h"
#include "phone/phonenumbers.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/demodatagenerator.h"
#include "store/dispositionrepository.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/queuerepository.h"
#include "store/skillrepository.h"
#include "store/workitemrepository.h"
#include "storetestdatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ContactDesk;

namespace {

const DatabaseBackend testedBackend = storeTestBackend();

constexpr qint64 ReferenceNowMs = 1719738000000; // 2024-06-30T09:00:00Z

DemoDataOptions baseOptions()
{
    DemoDataOptions options;
    options.seed = 42;
    options.customers = 200;
    options.interactions = 1500;
    options.nowMs = ReferenceNowMs;
    return options;
}

bool containsHangul(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

qint64 scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every row of every table the generator writes, in key order, hashed.
QByteArray contentDigest(Database &database, const QStringList &tables = {})
{
    static const QList<QPair<QString, QString>> allTables = {
        {u"skills"_s, u"id"_s},       {u"queues"_s, u"id"_s},
        {u"agents"_s, u"id"_s},       {u"agent_skills"_s, u"agent_id, skill_id"_s},
        {u"customers"_s, u"id"_s},    {u"contact_points"_s, u"id"_s},
        {u"interactions"_s, u"id"_s}, {u"messages"_s, u"id"_s},
        {u"work_items"_s, u"id"_s},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[table, key] : allTables) {
        if (!tables.isEmpty() && !tables.contains(table))
            continue;
        QSqlQuery query(database.connection());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, key)))
            return QByteArray();
        hash.addData(table.toUtf8());
        int rows = 0;
        while (query.next()) {
            ++rows;
            for (int column = 0; column < query.record().count(); ++column) {
                const QVariant value = query.value(column);
                hash.addData(value.isNull() ? QByteArrayLiteral("<null>") : value.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
        hash.addData(QByteArray::number(rows));
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedGivesSameContent();
    void moreInteractionsKeepTheSameCustomers();
    void phoneNumbersAreValidAndFindable();
    void customersSpeakBothLanguages();
    void conversationsUseTheCustomersLanguage();
    void everyChannelIsPresent();
    void interactionsAreConsistent();
    void workItemsAreLinkedAndTimed();
    void agentsQueuesAndSkills();
    void heavyCustomerGetsADeepTimeline();
    void shortestHistoryStillHoldsEveryChannel();
    void refusesADatabaseWithData();
    void cancellingRollsEverythingBack();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    // Opens a fresh database, fills it with `options` and returns the summary.
    StoreResult<DemoDataSummary> generateInto(Database &database, const DemoDataOptions &options,
                                              const QString &tag);

    std::unique_ptr<StoreTestDatabase> m_databases;
    Database m_shared; // one generated data set that the read-only checks share
    DemoDataSummary m_sharedSummary;
};

StoreResult<DemoDataSummary> TestDemoData::generateInto(Database &database, const DemoDataOptions &options,
                                                        const QString &tag)
{
    if (auto error = database.open(m_databases->freshConnectionString(tag)))
        return *error;
    DemoDataGenerator generator(database);
    return generator.generate(options);
}

void TestDemoData::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(testedBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(qPrintable(m_databases->unavailableReason()));
    auto summary = generateInto(m_shared, baseOptions(), u"shared"_s);
    if (!summary)
        QFAIL(qPrintable(summary.error().message));
    m_sharedSummary = summary.value();
}

void TestDemoData::cleanupTestCase()
{
    m_shared.close();
    m_databases.reset();
}

void TestDemoData::sameSeedGivesSameContent()
{
    Database again;
    auto summary = generateInto(again, baseOptions(), u"again"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    const QByteArray first = contentDigest(m_shared);
    QVERIFY(!first.isEmpty());
    QCOMPARE(contentDigest(again), first);
    QCOMPARE(summary->messages, m_sharedSummary.messages);
    QCOMPARE(summary->workItems, m_sharedSummary.workItems);

    // The digest does see differences: another seed gives other content.
    Database other;
    DemoDataOptions options = baseOptions();
    options.seed = 43;
    auto otherSummary = generateInto(other, options, u"other-seed"_s);
    QVERIFY2(otherSummary.ok(), qPrintable(otherSummary.error().message));
    QVERIFY(contentDigest(other) != first);
}

void TestDemoData::moreInteractionsKeepTheSameCustomers()
{
    Database more;
    DemoDataOptions options = baseOptions();
    options.interactions = 300;
    auto summary = generateInto(more, options, u"fewer-interactions"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    const QStringList people = {u"skills"_s,       u"queues"_s,    u"agents"_s,
                                u"agent_skills"_s, u"customers"_s, u"contact_points"_s};
    QCOMPARE(contentDigest(more, people), contentDigest(m_shared, people));
    QCOMPARE(summary->interactions, qint64(300));
}

void TestDemoData::phoneNumbersAreValidAndFindable()
{
    CustomerRepository customers(m_shared);
    int phones = 0;
    int koreanMobiles = 0;
    int koreanLandlines = 0;
    int usNumbers = 0;
    for (qint64 id = 1; id <= m_sharedSummary.customers; ++id) {
        auto customer = customers.findById(id);
        QVERIFY2(customer.ok(), qPrintable(customer.error().message));
        const bool korean = customer->preferredLanguage == u"ko";
        for (const ContactPoint &point : customer->contactPoints) {
            if (point.kind != ContactKind::Phone)
                continue;
            ++phones;
            const PhoneNumberInfo info = PhoneNumbers::parse(point.value);
            QVERIFY2(info.valid, qPrintable(u"%1 is not valid: %2"_s.arg(point.value, info.error)));
            QCOMPARE(info.region, korean ? u"KR"_s : u"US"_s);
            if (korean) {
                static const QRegularExpression mobile(u"^010-[2-9][0-9]{3}-[0-9]{4}$"_s);
                static const QRegularExpression landline(u"^0(2|[3-6][1-5])-[2-9][0-9]{2,3}-[0-9]{4}$"_s);
                QVERIFY2(mobile.match(info.national).hasMatch() || landline.match(info.national).hasMatch(),
                         qPrintable(info.national));
                ++(info.national.startsWith(u"010") ? koreanMobiles : koreanLandlines);
            } else {
                static const QRegularExpression us(u"^\\([2-9][0-9]{2}\\) [2-9][0-9]{2}-[0-9]{4}$"_s);
                QVERIFY2(us.match(info.national).hasMatch(), qPrintable(info.national));
                QVERIFY2(!info.national.contains(u" 555-"_s), qPrintable(info.national));
                ++usNumbers;
            }
            // As an agent would type it, in the customer's national format.
            auto found = customers.findByContactPoint(ContactKind::Phone, info.national, info.region);
            QVERIFY2(found.ok(), qPrintable(info.national + u": "_s + found.error().message));
            QCOMPARE(found->id, id);
        }
    }
    QCOMPARE(phones, int(scalar(m_shared, u"SELECT COUNT(*) FROM contact_points WHERE kind = 'phone'"_s)));
    QVERIFY(koreanMobiles > 0);
    QVERIFY(koreanLandlines > 0);
    QVERIFY(usNumbers > 0);
}

void TestDemoData::customersSpeakBothLanguages()
{
    QCOMPARE(m_sharedSummary.customers, qint64(200));
    QCOMPARE(m_sharedSummary.koreanCustomers, qint64(120)); // 60 %
    QCOMPARE(m_sharedSummary.englishCustomers, qint64(80));
    QVERIFY(m_sharedSummary.vipCustomers > 0);
    QVERIFY(m_sharedSummary.vipCustomers < m_sharedSummary.customers / 10);

    CustomerRepository customers(m_shared);
    QSet<QString> tiers;
    QSet<QString> segments;
    int withSocial = 0;
    for (qint64 id = 1; id <= m_sharedSummary.customers; ++id) {
        auto customer = customers.findById(id);
        QVERIFY2(customer.ok(), qPrintable(customer.error().message));
        QVERIFY(!customer->validate());
        const bool korean = customer->preferredLanguage == u"ko";
        QVERIFY(korean || customer->preferredLanguage == u"en");
        QCOMPARE(containsHangul(customer->familyName), korean);
        QCOMPARE(containsHangul(customer->givenName), korean);
        QCOMPARE(customer->currency, korean ? u"KRW"_s : u"USD"_s);
        QVERIFY(customer->createdAtMs < m_sharedSummary.fromMs);
        QCOMPARE(customer->company.isEmpty(), customer->segment == Segment::Consumer);
        tiers << valueTierKey(customer->valueTier);
        segments << segmentKey(customer->segment);

        // Lifetime value inside the tier's band, in the customer's currency (KRW won, USD cents).
        static const qint64 krw[] = {50'000, 600'000, 3'000'000, 15'000'000, 120'000'000};
        static const qint64 usd[] = {4'000, 50'000, 250'000, 1'200'000, 9'000'000};
        const qint64 *bands = korean ? krw : usd;
        const int tier = int(customer->valueTier);
        QVERIFY2(customer->lifetimeValueMinor >= bands[tier]
                     && customer->lifetimeValueMinor < bands[tier + 1],
                 qPrintable(u"%1 %2 for tier %3"_s.arg(customer->lifetimeValueMinor)
                                .arg(customer->currency, valueTierKey(customer->valueTier))));

        int phones = 0;
        for (const ContactPoint &point : customer->contactPoints) {
            if (point.kind == ContactKind::Phone)
                ++phones;
            if (point.kind == ContactKind::Email || point.kind == ContactKind::Social) {
                // Romanised: addresses and handles are plain ASCII for every customer.
                for (QChar c : point.value)
                    QVERIFY2(c.unicode() < 0x80, qPrintable(point.value));
            }
            if (point.kind == ContactKind::Social) {
                ++withSocial;
                static const QRegularExpression handle(u"^(kakao|instagram|facebook|x):[a-z0-9._]+$"_s);
                QVERIFY2(handle.match(point.value).hasMatch(), qPrintable(point.value));
            }
        }
        QVERIFY(phones >= 1);
    }
    QCOMPARE(tiers.size(), 4);
    QCOMPARE(segments.size(), 4);
    QVERIFY(withSocial > 0);
}

void TestDemoData::conversationsUseTheCustomersLanguage()
{
    QSqlQuery query(m_shared.connection());
    QVERIFY(query.exec(u"SELECT c.preferred_language, m.sender, m.body, m.subject, i.channel"
                       " FROM messages m JOIN interactions i ON i.id = m.interaction_id"
                       " JOIN customers c ON c.id = i.customer_id ORDER BY m.id"_s));
    int korean = 0;
    int english = 0;
    int quotedReplies = 0;
    while (query.next()) {
        const bool isKorean = query.value(0).toString() == u"ko";
        const QString body = query.value(2).toString();
        QVERIFY(!body.isEmpty());
        // Names of English customers' agents and bots are English too, so no Hangul at all.
        QCOMPARE(containsHangul(body), isKorean);
        ++(isKorean ? korean : english);
        if (query.value(4).toString() == u"email") {
            QVERIFY(!query.value(3).toString().isEmpty());
            if (query.value(1).toString() == u"agent" && body.contains(u"\n> "_s))
                ++quotedReplies;
        }
    }
    QVERIFY(korean > 0);
    QVERIFY(english > 0);
    QVERIFY(quotedReplies > 0);
    QCOMPARE(korean + english, int(m_sharedSummary.messages));

    // Agents' notes are in the customer's language as well.
    QVERIFY(query.exec(u"SELECT c.preferred_language, i.notes FROM interactions i"
                       " JOIN customers c ON c.id = i.customer_id WHERE i.notes <> ''"_s));
    int notes = 0;
    while (query.next()) {
        QCOMPARE(containsHangul(query.value(1).toString()), query.value(0).toString() == u"ko");
        ++notes;
    }
    QVERIFY(notes > 0);
}

void TestDemoData::everyChannelIsPresent()
{
    qint64 total = 0;
    for (Channel channel : allChannels()) {
        const qint64 stored = scalar(
            m_shared, u"SELECT COUNT(*) FROM interactions WHERE channel = '%1'"_s.arg(channelKey(channel)));
        QVERIFY2(stored > 0, qPrintable(channelKey(channel)));
        QCOMPARE(stored, m_sharedSummary.interactionsByChannel.value(channel));
        total += stored;
    }
    QCOMPARE(total, qint64(1500));
    QCOMPARE(m_sharedSummary.interactions, qint64(1500));
    QCOMPARE(scalar(m_shared, u"SELECT COUNT(*) FROM messages"_s), m_sharedSummary.messages);
    // Voice and work items have no messages; chat, e-mail, SMS and social all do.
    for (const QString &channel : {u"chat"_s, u"email"_s, u"sms"_s, u"social"_s}) {
        QCOMPARE(scalar(m_shared, u"SELECT COUNT(*) FROM interactions i WHERE i.channel = '%1' AND NOT EXISTS"
                                  " (SELECT 1 FROM messages m WHERE m.interaction_id = i.id)"_s.arg(channel)),
                 qint64(0));
    }
    QCOMPARE(scalar(m_shared,
                    u"SELECT COUNT(*) FROM messages m JOIN interactions i ON i.id = m.interaction_id"
                    " WHERE i.channel IN ('voice', 'workitem')"_s),
             qint64(0));
}

void TestDemoData::interactionsAreConsistent()
{
    InteractionRepository interactions(m_shared);
    MessageRepository messages(m_shared);
    DispositionRepository dispositions(m_shared);
    auto codes = dispositions.list();
    QVERIFY(codes.ok());
    QSet<QString> knownCodes;
    for (const DispositionCode &code : codes.value())
        knownCodes << code.code;

    auto unfinished = interactions.unfinished();
    QVERIFY(unfinished.ok());
    QVERIFY(unfinished->isEmpty());

    int abandonedVoice = 0;
    int withCsat = 0;
    int held = 0;
    int resolved = 0;
    QSet<QString> usedCodes;
    qint64 previousCreated = 0;
    for (qint64 id = 1; id <= m_sharedSummary.interactions; ++id) {
        auto found = interactions.findById(id);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        const Interaction &interaction = found.value();
        const QString what = u"interaction %1 (%2, %3)"_s.arg(id).arg(
            channelKey(interaction.channel), interactionStateKey(interaction.state()));
        QVERIFY2(!interaction.validate(), qPrintable(what));
        QVERIFY2(interaction.isTerminal(), qPrintable(what));
        QVERIFY(interaction.customerId >= 1 && interaction.customerId <= m_sharedSummary.customers);
        QVERIFY(!interaction.queueId.isEmpty());
        QVERIFY(!interaction.subject.isEmpty());
        // Ids follow creation time.
        const InteractionTimes &t = interaction.times();
        QVERIFY2(t.createdMs >= previousCreated, qPrintable(what));
        previousCreated = t.createdMs;
        QVERIFY2(t.createdMs >= m_sharedSummary.fromMs && t.closedMs <= ReferenceNowMs, qPrintable(what));
        for (qint64 time : {t.queuedMs, t.offeredMs, t.connectedMs, t.wrapUpMs, t.closedMs, t.abandonedMs,
                            t.callbackRequestedMs}) {
            QVERIFY2(time == 0 || time >= t.createdMs, qPrintable(what));
        }
        QCOMPARE(t.heldSinceMs, qint64(0));
        if (interaction.dispositionCode.isEmpty())
            QVERIFY2(interaction.state() == InteractionState::Abandoned, qPrintable(what));
        else
            QVERIFY2(knownCodes.contains(interaction.dispositionCode),
                     qPrintable(interaction.dispositionCode));
        usedCodes << interaction.dispositionCode;

        if (interaction.state() == InteractionState::Abandoned) {
            QCOMPARE(t.abandonedMs, t.closedMs);
            QCOMPARE(t.connectedMs, 0);
            QCOMPARE(interaction.agentId, 0);
            QVERIFY(t.queuedMs > 0 && t.abandonedMs >= t.queuedMs);
            QVERIFY(!interaction.csat());
            if (interaction.channel == Channel::Voice)
                ++abandonedVoice;
        } else {
            QCOMPARE(interaction.state(), InteractionState::Closed);
            QVERIFY2(interaction.agentId > 0, qPrintable(what));
            QVERIFY2(t.offeredMs > 0 && t.connectedMs > 0, qPrintable(what));
            QVERIFY2(t.connectedMs <= t.wrapUpMs && t.wrapUpMs <= t.closedMs, qPrintable(what));
            QVERIFY2(t.offeredMs <= t.wrapUpMs, qPrintable(what));
            if (t.queuedMs != 0)
                QVERIFY2(t.queuedMs <= t.connectedMs, qPrintable(what));
            QVERIFY2(t.totalHoldMs >= 0 && t.totalHoldMs <= t.wrapUpMs - t.connectedMs, qPrintable(what));
            QVERIFY(interaction.talkMs() >= 0);
            QVERIFY(interaction.afterCallWorkMs() >= 0);
            held += t.totalHoldMs > 0 ? 1 : 0;
            resolved += interaction.resolved ? 1 : 0;
        }
        if (interaction.csat()) {
            QVERIFY(*interaction.csat() >= 1 && *interaction.csat() <= 5);
            QCOMPARE(interaction.direction, Direction::Inbound);
            ++withCsat;
        }
        if (interaction.channel == Channel::WorkItem) {
            QCOMPARE(interaction.direction, Direction::Internal);
            QCOMPARE(interaction.queueId, u"back-office"_s);
        }

        auto conversation = messages.forInteraction(id);
        QVERIFY(conversation.ok());
        for (const Message &message : conversation.value()) {
            QVERIFY(!message.validate());
            QVERIFY2(message.sentAtMs >= t.createdMs && message.sentAtMs <= t.closedMs, qPrintable(what));
            if (message.sender == SenderRole::Agent) {
                QVERIFY2(t.connectedMs > 0 && message.sentAtMs >= t.connectedMs, qPrintable(what));
                QVERIFY2(t.wrapUpMs == 0 || message.sentAtMs <= t.wrapUpMs, qPrintable(what));
            }
        }
    }
    QVERIFY(abandonedVoice > 0);
    QCOMPARE(scalar(m_shared, u"SELECT COUNT(*) FROM interactions WHERE state = 'abandoned'"_s),
             m_sharedSummary.abandonedInteractions);
    QVERIFY(withCsat > 0);
    QVERIFY(held > 0);
    QVERIFY(resolved > 0);
    for (const QString &code : {u"resolved"_s, u"follow-up"_s, u"sale"_s, u"cancellation"_s})
        QVERIFY2(usedCodes.contains(code), qPrintable(code));
}

void TestDemoData::workItemsAreLinkedAndTimed()
{
    WorkItemRepository workItems(m_shared);
    InteractionRepository interactions(m_shared);
    QCOMPARE(scalar(m_shared, u"SELECT COUNT(*) FROM work_items"_s), m_sharedSummary.workItems);

    int done = 0;
    int open = 0;
    int linked = 0;
    for (qint64 id = 1; id <= m_sharedSummary.workItems; ++id) {
        auto item = workItems.findById(id);
        QVERIFY2(item.ok(), qPrintable(item.error().message));
        QVERIFY(!item->validate());
        QVERIFY(item->customerId >= 1 && item->customerId <= m_sharedSummary.customers);
        QCOMPARE(item->queueId, u"back-office"_s);
        QVERIFY(item->createdAtMs <= ReferenceNowMs);
        QVERIFY(item->dueAtMs > item->createdAtMs);
        if (item->status == WorkItemStatus::Done || item->status == WorkItemStatus::InProgress)
            QVERIFY(item->assignedAgentId > 0);
        done += item->status == WorkItemStatus::Done ? 1 : 0;
        open += item->isOpen() ? 1 : 0;
        if (item->sourceInteractionId != 0) {
            ++linked;
            auto source = interactions.findById(item->sourceInteractionId);
            QVERIFY(source.ok());
            QCOMPARE(source->customerId, item->customerId);
            QVERIFY(source->times().closedMs <= item->createdAtMs);
        }
    }
    QVERIFY(done > 0);
    QVERIFY(open > 0);
    QVERIFY(linked > 0);
    QCOMPARE(qint64(open), m_sharedSummary.openWorkItems);

    auto backlog = workItems.open();
    QVERIFY(backlog.ok());
    QCOMPARE(backlog->size(), open);

    // Each work-item interaction is the handling of a done item of the same customer.
    QSqlQuery query(m_shared.connection());
    QVERIFY(
        query.exec(u"SELECT id, customer_id, external_ref FROM interactions WHERE channel = 'workitem'"_s));
    int handled = 0;
    while (query.next()) {
        const QString ref = query.value(2).toString();
        QVERIFY2(ref.startsWith(u"workitem:"_s), qPrintable(ref));
        auto item = workItems.findById(ref.mid(9).toLongLong());
        QVERIFY2(item.ok(), qPrintable(ref));
        QCOMPARE(item->customerId, query.value(1).toLongLong());
        QCOMPARE(item->status, WorkItemStatus::Done);
        ++handled;
    }
    QVERIFY(handled > 0);
}

void TestDemoData::agentsQueuesAndSkills()
{
    SkillRepository skills(m_shared);
    auto skillList = skills.list();
    QVERIFY(skillList.ok());
    QStringList ids;
    for (const Skill &skill : skillList.value())
        ids << skill.id;
    for (const QString &id :
         {u"sales"_s, u"billing"_s, u"tech-support"_s, u"retention"_s, u"korean"_s, u"english"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));

    QueueRepository queues(m_shared);
    auto queueList = queues.list();
    QVERIFY(queueList.ok());
    QStringList queueIds;
    for (const Queue &queue : queueList.value()) {
        QVERIFY(!queue.validate());
        queueIds << queue.id;
    }
    QCOMPARE(queueIds,
             (QStringList{u"back-office"_s, u"billing"_s, u"retention"_s, u"sales"_s, u"support"_s}));

    AgentRepository agents(m_shared);
    auto agentList = agents.list();
    QVERIFY(agentList.ok());
    QCOMPARE(agentList->size(), int(m_sharedSummary.agents));
    int koreanNames = 0;
    for (const Agent &agent : agentList.value()) {
        QVERIFY(!agent.validate());
        QVERIFY(!agent.team.isEmpty());
        koreanNames += containsHangul(agent.displayName) ? 1 : 0;
        for (int level : agent.skills())
            QVERIFY(level >= MinSkillLevel && level <= MaxSkillLevel);
    }
    QVERIFY(koreanNames > 0 && koreanNames < agentList->size());
    // Someone can serve each queue in each language.
    for (const Queue &queue : queueList.value()) {
        for (const QString &language : {u"korean"_s, u"english"_s}) {
            QList<SkillRequirement> requirements = queue.requiredSkills;
            requirements << SkillRequirement{language, 5};
            const bool served = std::any_of(agentList->cbegin(), agentList->cend(), [&](const Agent &agent) {
                return meetsRequirements(agent.skills(), requirements);
            });
            QVERIFY2(served, qPrintable(queue.id + u'/' + language));
        }
    }
}

void TestDemoData::heavyCustomerGetsADeepTimeline()
{
    Database database;
    DemoDataOptions options = baseOptions();
    options.customers = 30;
    options.interactions = 100;
    options.heavyCustomerInteractions = 600;
    auto summary = generateInto(database, options, u"heavy"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->interactions, qint64(700));
    QCOMPARE(summary->heavyCustomerId, qint64(1));

    InteractionRepository interactions(database);
    auto count = interactions.countForCustomer(summary->heavyCustomerId);
    QVERIFY(count.ok());
    QVERIFY2(count.value() >= 600, qPrintable(QString::number(count.value())));

    // The timeline pages through it, newest first.
    TimelineQuery query;
    query.limit = 50;
    auto page = interactions.timeline(summary->heavyCustomerId, query);
    QVERIFY(page.ok());
    QCOMPARE(page->entries.size(), 50);
    QVERIFY(page->hasMore);
    QVERIFY(page->entries.first().interaction.times().createdMs
            >= page->entries.last().interaction.times().createdMs);
}

void TestDemoData::shortestHistoryStillHoldsEveryChannel()
{
    Database database;
    DemoDataOptions options = baseOptions();
    options.customers = 40;
    options.interactions = 400;
    options.historyDays = DemoDataOptions::MinHistoryDays;
    auto summary = generateInto(database, options, u"week"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->fromMs, ReferenceNowMs - 7 * 24 * 3600 * 1000LL);
    for (Channel channel : allChannels())
        QVERIFY2(summary->interactionsByChannel.value(channel) > 0, qPrintable(channelKey(channel)));
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM interactions WHERE created_ms < %1 OR closed_ms > %2"_s
                                  .arg(summary->fromMs)
                                  .arg(ReferenceNowMs)),
             qint64(0));
}

void TestDemoData::refusesADatabaseWithData()
{
    const QByteArray before = contentDigest(m_shared);
    DemoDataGenerator generator(m_shared);
    auto result = generator.generate(baseOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, DemoDataErrorCode::DatabaseNotEmpty.toString());
    QVERIFY(result.error().message.contains(u"empty"_s));
    QCOMPARE(contentDigest(m_shared), before);
}

void TestDemoData::cancellingRollsEverythingBack()
{
    Database database;
    QVERIFY(!database.open(m_databases->freshConnectionString(u"cancel"_s)));
    DemoDataGenerator generator(database);
    QList<DemoDataProgress> reports;
    generator.setProgressCallback([&](const DemoDataProgress &progress) {
        reports << progress;
        // Cancel part way through the interactions, after customers and agents were written.
        return !(progress.phase == DemoDataProgress::Phase::Interactions && progress.done >= 500);
    });
    auto result = generator.generate(baseOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, DemoDataErrorCode::Cancelled.toString());

    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.first().phase, DemoDataProgress::Phase::Preparing);
    bool sawCustomers = false;
    for (const DemoDataProgress &progress : reports) {
        QVERIFY(progress.done <= progress.total);
        if (progress.phase == DemoDataProgress::Phase::Customers && progress.done == progress.total)
            sawCustomers = true;
    }
    QVERIFY(sawCustomers);

    for (const QString &table : {u"skills"_s, u"queues"_s, u"agents"_s, u"customers"_s, u"contact_points"_s,
                                 u"interactions"_s, u"messages"_s, u"work_items"_s}) {
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM %1"_s.arg(table)), qint64(0));
    }
    // And the database is still usable: a complete run succeeds afterwards.
    generator.setProgressCallback({});
    auto retry = generator.generate(baseOptions());
    QVERIFY2(retry.ok(), qPrintable(retry.error().message));
    QCOMPARE(retry->interactions, m_sharedSummary.interactions);
    QCOMPARE(retry->messages, m_sharedSummary.messages);
    QCOMPARE(retry->workItems, m_sharedSummary.workItems);
    // PostgreSQL sequences do not roll back, so there the ids of the retry differ.
    if (testedBackend == DatabaseBackend::Sqlite)
        QCOMPARE(contentDigest(database), contentDigest(m_shared));
}

void TestDemoData::rejectsBadOptions_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("interactions");
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("heavy");
    QTest::addColumn<int>("koreanPercent");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("nowMs");

    QTest::newRow("no customers") << 0 << 10 << 0 << 0 << 60 << 180 << ReferenceNowMs;
    QTest::newRow("negative interactions") << 10 << -1 << 0 << 0 << 60 << 180 << ReferenceNowMs;
    QTest::newRow("too few agents") << 10 << 10 << 3 << 0 << 60 << 180 << ReferenceNowMs;
    QTest::newRow("negative heavy") << 10 << 10 << 0 << -5 << 60 << 180 << ReferenceNowMs;
    QTest::newRow("korean over 100 %") << 10 << 10 << 0 << 0 << 101 << 180 << ReferenceNowMs;
    QTest::newRow("no history") << 10 << 10 << 0 << 0 << 60 << 0 << ReferenceNowMs;
    QTest::newRow("history shorter than a week") << 10 << 10 << 0 << 0 << 60 << 6 << ReferenceNowMs;
    QTest::newRow("no reference time") << 10 << 10 << 0 << 0 << 60 << 180 << qint64(0);
}

void TestDemoData::rejectsBadOptions()
{
    QFETCH(int, customers);
    QFETCH(int, interactions);
    QFETCH(int, agents);
    QFETCH(int, heavy);
    QFETCH(int, koreanPercent);
    QFETCH(int, days);
    QFETCH(qint64, nowMs);

    Database database;
    QVERIFY(!database.open(m_databases->freshConnectionString(u"bad"_s)));
    DemoDataOptions options;
    options.customers = customers;
    options.interactions = interactions;
    options.agents = agents;
    options.heavyCustomerInteractions = heavy;
    options.koreanPercent = koreanPercent;
    options.historyDays = days;
    options.nowMs = nowMs;
    QVERIFY(options.validate());

    DemoDataGenerator generator(database);
    auto result = generator.generate(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, DemoDataErrorCode::InvalidOption.toString());
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM skills"_s), qint64(0));
    QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM customers"_s), qint64(0));
}

QTEST_APPLESS_MAIN(TestDemoData)

#include "tst_demodata.moc"
