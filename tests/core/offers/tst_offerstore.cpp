// The offer engine with its memory in the database, run twice like the store suite:
// tst_offerstore_sqlite on SQLite files and tst_offerstore_postgres on the server named by
// CONTACTDESK_TEST_POSTGRES. Catalogue import, customer products, outcomes on interactions,
// the model surviving a restart, cool-downs across processes' lifetimes, and reports.
#include "domain/agent.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "offers/customerproducts.h"
#include "offers/offeradvisor.h"
#include "offers/offercatalogue.h"
#include "offers/offerreports.h"
#include "offertestsupport.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "storetestdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::OfferTest;
using namespace Qt::StringLiterals;

static const DatabaseBackend TestBackend = storeTestBackend();

static QByteArray describe(const std::optional<DomainError> &error)
{
    return error ? (error->code + u": "_s + error->message).toUtf8() : QByteArray();
}

#define VERIFY_OK(expression)                                   \
    do {                                                        \
        const std::optional<DomainError> error_ = (expression); \
        QVERIFY2(!error_, describe(error_).constData());        \
    } while (false)

#define VERIFY_RESULT(result) QVERIFY2((result).ok(), (result).error().message.toUtf8().constData())

class TestOfferStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void customerProducts();
    void importCatalogue();
    void importIsAllOrNothing();
    void catalogueEditsReachTheEngine();
    void newOffersAreInserted();
    void neverSuggestsOwnedProducts();
    void outcomesAreRecordedOnTheInteraction();
    void coolDownAfterADecline();
    void learningSurvivesARestart();
    void badOutcomesChangeNothing();
    void outcomesOfOffersThatCannotBeMadeAreRefused();
    void reports();
    void reportsKeepCurrenciesApart();

private:
    void openFresh();
    void reopen();
    qint64 addCustomer(Segment segment, ValueTier tier, bool consent,
                       const QString &phone = u"010-1234-5678"_s);
    qint64 addInteraction(qint64 customerId, Channel channel, const QString &queue, qint64 agentId = 0);
    qint64 addAgent(const QString &login, const QString &name);
    qint64 countRows(const QString &table);
    OfferCatalogue catalogue() const;

    std::unique_ptr<StoreTestDatabase> m_databases;
    std::unique_ptr<Database> m_database;
    QString m_connection;
};

void TestOfferStore::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(TestBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(qPrintable(m_databases->unavailableReason()));
}

void TestOfferStore::init()
{
    openFresh();
}

void TestOfferStore::cleanup()
{
    m_database.reset();
}

void TestOfferStore::openFresh()
{
    m_connection = m_databases->freshConnectionString(u"offers"_s);
    m_database = std::make_unique<Database>();
    VERIFY_OK(m_database->open(m_connection));
}

void TestOfferStore::reopen()
{
    m_database.reset();
    m_database = std::make_unique<Database>();
    VERIFY_OK(m_database->open(m_connection));
}

qint64 TestOfferStore::addCustomer(Segment segment, ValueTier tier, bool consent, const QString &phone)
{
    static int counter = 0;
    Customer customer;
    customer.givenName = u"민준"_s;
    customer.familyName = u"김"_s + QString::number(++counter);
    customer.segment = segment;
    customer.valueTier = tier;
    customer.marketingConsent = consent;
    customer.createdAtMs = T0 - 800 * Day;
    ContactPoint point;
    point.kind = ContactKind::Phone;
    point.value = phone;
    point.primary = true;
    customer.contactPoints = {point};
    CustomerRepository customers(*m_database);
    if (auto error = customers.insert(customer))
        qWarning("customer: %s", describe(error).constData());
    return customer.id;
}

qint64 TestOfferStore::addAgent(const QString &login, const QString &name)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    AgentRepository agents(*m_database);
    if (auto error = agents.insert(agent))
        qWarning("agent: %s", describe(error).constData());
    return agent.id;
}

qint64 TestOfferStore::addInteraction(qint64 customerId, Channel channel, const QString &queue,
                                      qint64 agentId)
{
    Interaction interaction = Interaction::create(channel, Direction::Inbound, T0);
    interaction.customerId = customerId;
    interaction.queueId = queue;
    interaction.agentId = agentId;
    InteractionRepository interactions(*m_database);
    if (auto error = interactions.insert(interaction))
        qWarning("interaction: %s", describe(error).constData());
    return interaction.id;
}

qint64 TestOfferStore::countRows(const QString &table)
{
    auto found = m_database->execute(u"SELECT COUNT(*) FROM "_s + table);
    if (!found || !found.value()->next())
        return -1;
    const qint64 count = found.value()->value(0).toLongLong();
    found.value()->finish();
    return count;
}

OfferCatalogue TestOfferStore::catalogue() const
{
    OfferCatalogue result;
    result.products = products();
    Offer iptv = offer(u"cross-iptv"_s, u"iptv-basic"_s, 120'000);
    iptv.rules.ownedAny = {u"internet-100m"_s, u"internet-500m"_s};
    Offer cctv = offer(u"cross-cctv"_s, u"home-cctv"_s, 100'000);
    Offer mobile = offer(u"cross-5g"_s, u"mobile-5g"_s, 90'000);
    mobile.rules.regions = {u"KR"_s};
    Offer stay = offer(u"retention-internet"_s, u"retention-internet"_s, 200'000);
    stay.category = OfferCategory::Retention;
    stay.requiredConsent = OfferConsent::None;
    stay.rules.contactReasons = {u"retention"_s};
    result.offers = {iptv, cctv, mobile, stay};
    return result;
}

void TestOfferStore::customerProducts()
{
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Gold, true);
    CustomerProducts owned(*m_database);
    VERIFY_OK(owned.add(customer, u"internet-500m"_s, T0));
    VERIFY_OK(owned.add(customer, u"iptv-basic"_s, T0 + 1));
    VERIFY_OK(owned.add(customer, u"internet-500m"_s, T0 + 2)); // again: keeps its first date
    auto list = owned.list(customer);
    VERIFY_RESULT(list);
    QCOMPARE(list.value(), (QList<OwnedProduct>{{u"internet-500m"_s, T0}, {u"iptv-basic"_s, T0 + 1}}));

    VERIFY_OK(owned.replace(customer, {u"iptv-basic"_s, u"mobile-5g"_s}, T0 + 5));
    auto after = owned.list(customer);
    VERIFY_RESULT(after);
    QCOMPARE(after.value(), (QList<OwnedProduct>{{u"iptv-basic"_s, T0 + 1}, {u"mobile-5g"_s, T0 + 5}}));
    VERIFY_OK(owned.remove(customer, u"iptv-basic"_s));
    QCOMPARE(owned.owned(customer).value(), QStringList{u"mobile-5g"_s});

    // unknown customers and malformed ids are refused, and a refused replace changes nothing
    auto error = owned.add(customer + 1000, u"iptv-basic"_s, T0);
    QVERIFY(error);
    QCOMPARE(error->code, StoreErrorCode::NotFound.toString());
    error = owned.replace(customer, {u"home-cctv"_s, u"Bad Id"_s}, T0);
    QVERIFY(error);
    QCOMPARE(error->code, OfferErrorCode::InvalidProduct.toString());
    QCOMPARE(owned.owned(customer).value(), QStringList{u"mobile-5g"_s});
}

void TestOfferStore::importCatalogue()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    QVERIFY(advisor.engine().offers().isEmpty());
    auto summary = advisor.importCatalogue(catalogue(), T0);
    VERIFY_RESULT(summary);
    QCOMPARE(summary->productsAdded, int(products().size()));
    QCOMPARE(summary->offersAdded, 4);
    QCOMPARE(advisor.engine().offers().size(), 4);

    // again, with one offer changed: updates, nothing added
    OfferCatalogue changed = catalogue();
    changed.offers[0].marginMinor = 130'000;
    changed.offers[0].rules.segments = {Segment::Consumer, Segment::SmallBusiness};
    summary = advisor.importCatalogue(changed, T0 + 1);
    VERIFY_RESULT(summary);
    QCOMPARE(summary->offersAdded, 0);
    QCOMPARE(summary->offersUpdated, 4);
    QCOMPARE(countRows(u"offers"_s), 4);

    // what a fresh process reads back is exactly what was imported
    reopen();
    OfferAdvisor fresh(*m_database);
    VERIFY_OK(fresh.load());
    QList<Offer> expected = changed.offers;
    std::sort(expected.begin(), expected.end(), [](const Offer &a, const Offer &b) { return a.id < b.id; });
    QCOMPARE(fresh.engine().offers(), expected);

    // the demo catalogue imports too
    auto demo =
        OfferCatalogue::readFile(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/demo/offers.json"));
    VERIFY_RESULT(demo);
    VERIFY_RESULT(fresh.importCatalogue(demo.value(), T0));
}

void TestOfferStore::importIsAllOrNothing()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 offersBefore = countRows(u"offers"_s);
    const qint64 productsBefore = countRows(u"offer_products"_s);

    // The third offer names a product that is neither in the file nor stored.
    OfferCatalogue broken = catalogue();
    broken.products.append(OfferProduct{u"new-product"_s, u"New"_s, u"신상품"_s});
    broken.offers[0].marginMinor = 1;
    Offer orphan = offer(u"orphan"_s, u"no-such-product"_s);
    broken.offers.insert(2, orphan);
    auto refused = advisor.importCatalogue(broken, T0 + 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, OfferErrorCode::UnknownProduct.toString());
    QVERIFY2(refused.error().message.startsWith(u"offers[2]: offer 'orphan': product 'no-such-product'"_s),
             qPrintable(refused.error().message));

    // nothing of it was kept: not the product before it, not the margin change
    QCOMPARE(countRows(u"offers"_s), offersBefore);
    QCOMPARE(countRows(u"offer_products"_s), productsBefore);
    QCOMPARE(advisor.engine().offer(u"cross-iptv"_s)->marginMinor, 120'000);
    QCOMPARE(advisor.engine().offer(u"orphan"_s), nullptr);
    OfferRepository repository(*m_database);
    QCOMPARE(repository.findOffer(u"cross-iptv"_s).value().marginMinor, 120'000);
}

void TestOfferStore::catalogueEditsReachTheEngine()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Gold, true);

    auto before = advisor.suggest(customer, Channel::Voice, u"sales"_s, T0, 10);
    VERIFY_RESULT(before);
    QVERIFY(std::any_of(before->begin(), before->end(),
                        [](const OfferSuggestion &s) { return s.offer.id == u"cross-cctv"_s; }));

    VERIFY_OK(advisor.setOfferActive(u"cross-cctv"_s, false, T0));
    Offer edited = advisor.engine().offer(u"cross-5g"_s) ? *advisor.engine().offer(u"cross-5g"_s) : Offer{};
    edited.marginMinor = 95'000;
    VERIFY_OK(advisor.saveOffer(edited, T0));
    auto after = advisor.suggest(customer, Channel::Voice, u"sales"_s, T0, 10);
    VERIFY_RESULT(after);
    for (const OfferSuggestion &suggestion : after.value()) {
        QVERIFY(suggestion.offer.id != u"cross-cctv"_s);
        if (suggestion.offer.id == u"cross-5g"_s)
            QCOMPARE(suggestion.offer.marginMinor, 95'000);
    }
    auto unknown = advisor.setOfferActive(u"nope"_s, true, T0);
    QVERIFY(unknown);
    QCOMPARE(unknown->code, StoreErrorCode::NotFound.toString());
}

void TestOfferStore::newOffersAreInserted()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 offersBefore = countRows(u"offers"_s);
    const qint64 corporate = addCustomer(Segment::Corporate, ValueTier::Gold, true);
    const qint64 consumer = addCustomer(Segment::Consumer, ValueTier::Gold, true);

    // An offer the store has never seen, as the catalogue editor creates it.
    Offer premium = offer(u"upsell-iptv-premium"_s, u"iptv-premium"_s, 5'000'000);
    premium.category = OfferCategory::UpSell;
    premium.rules.segments = {Segment::Corporate};
    premium.priorAcceptance = 0.5;
    QCOMPARE(advisor.engine().offer(premium.id), nullptr);
    VERIFY_OK(advisor.saveOffer(premium, T0));
    QCOMPARE(countRows(u"offers"_s), offersBefore + 1);
    OfferRepository repository(*m_database);
    auto stored = repository.findOffer(premium.id);
    VERIFY_RESULT(stored);
    QCOMPARE(stored.value(), premium);
    QVERIFY(advisor.engine().offer(premium.id));
    QCOMPARE(*advisor.engine().offer(premium.id), premium);

    const auto suggests = [&](qint64 customer) {
        auto suggestions = advisor.suggest(customer, Channel::Voice, u"sales"_s, T0, 10);
        return suggestions.ok()
               && std::any_of(suggestions->begin(), suggestions->end(),
                              [&](const OfferSuggestion &s) { return s.offer.id == premium.id; });
    };
    QVERIFY(suggests(corporate));
    QVERIFY(!suggests(consumer)); // its segment rule holds

    // Saving it again updates it in place: no second row, and the new rule applies.
    premium.rules.segments = {Segment::Consumer};
    VERIFY_OK(advisor.saveOffer(premium, T0 + 1));
    QCOMPARE(countRows(u"offers"_s), offersBefore + 1);
    QVERIFY(!suggests(corporate));
    QVERIFY(suggests(consumer));

    // A new offer is validated like any other, and needs a stored product.
    Offer negative = offer(u"brand-new"_s, u"home-cctv"_s, -1);
    auto refused = advisor.saveOffer(negative, T0);
    QVERIFY(refused);
    QCOMPARE(refused->code, OfferErrorCode::InvalidOffer.toString());
    Offer orphan = offer(u"brand-new"_s, u"drone"_s, 1000);
    refused = advisor.saveOffer(orphan, T0);
    QVERIFY(refused);
    QCOMPARE(refused->code, OfferErrorCode::UnknownProduct.toString());
    QCOMPARE(countRows(u"offers"_s), offersBefore + 1);
    QCOMPARE(advisor.engine().offer(u"brand-new"_s), nullptr);
}

void TestOfferStore::neverSuggestsOwnedProducts()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 owner = addCustomer(Segment::Consumer, ValueTier::Gold, true);
    const qint64 abroad = addCustomer(Segment::Consumer, ValueTier::Gold, true, u"+1 212 555 0123"_s);
    const qint64 noConsent = addCustomer(Segment::Consumer, ValueTier::Gold, false);
    CustomerProducts owned(*m_database);
    VERIFY_OK(owned.replace(owner, {u"internet-500m"_s, u"home-cctv"_s}, T0));
    VERIFY_OK(owned.replace(abroad, {u"internet-500m"_s}, T0));
    VERIFY_OK(owned.replace(noConsent, {u"internet-500m"_s}, T0));

    const auto idsFor = [&](qint64 customer, const QString &reason) {
        QStringList ids;
        auto suggestions = advisor.suggest(customer, Channel::Voice, reason, T0, 10);
        if (suggestions) {
            for (const OfferSuggestion &suggestion : suggestions.value())
                ids.append(suggestion.offer.id);
        } else {
            ids.append(u"error: "_s + suggestions.error().message);
        }
        ids.sort();
        return ids;
    };
    // owns CCTV: no CCTV offer; owns Internet: IPTV is offered
    QCOMPARE(idsFor(owner, u"sales"_s), (QStringList{u"cross-5g"_s, u"cross-iptv"_s}));
    // a US phone number: the KR-only offer is not made
    QCOMPARE(idsFor(abroad, u"sales"_s), (QStringList{u"cross-cctv"_s, u"cross-iptv"_s}));
    // no marketing consent: only the retention offer, and only when calling to cancel
    QCOMPARE(idsFor(noConsent, u"sales"_s), QStringList{});
    QCOMPARE(idsFor(noConsent, u"retention"_s), QStringList{u"retention-internet"_s});

    auto unknown = advisor.suggest(999'999, Channel::Voice, QString(), T0);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.isNotFound());
}

void TestOfferStore::outcomesAreRecordedOnTheInteraction()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 agent = addAgent(u"jisoo"_s, u"Park Jisoo"_s);
    const qint64 customer = addCustomer(Segment::SmallBusiness, ValueTier::Silver, true);
    const qint64 interaction = addInteraction(customer, Channel::Chat, u"sales"_s, agent);

    auto suggestions = advisor.suggestForInteraction(interaction, T0 + 10);
    VERIFY_RESULT(suggestions);
    QVERIFY(!suggestions->isEmpty());
    QCOMPARE(suggestions->first().context,
             (OfferContext{Segment::SmallBusiness, ValueTier::Silver, Channel::Chat, u"sales"_s}));

    auto accepted = advisor.recordOutcome(interaction, u"cross-cctv"_s, OfferOutcomeKind::Accepted,
                                          std::nullopt, T0 + 20);
    VERIFY_RESULT(accepted);
    QVERIFY(accepted->id > 0);
    QCOMPARE(accepted->revenueMinor, 100'000); // the margin when no revenue is given
    // The customer owns what they accepted, so it is never suggested to them again.
    CustomerProducts products(*m_database);
    auto owned = products.owned(customer);
    VERIFY_RESULT(owned);
    const QString product = advisor.engine().offer(u"cross-cctv"_s)->productId;
    QVERIFY2(owned->contains(product), qPrintable(owned->join(u", "_s)));
    auto afterwards = advisor.suggestForInteraction(interaction, T0 + 25, 10);
    VERIFY_RESULT(afterwards);
    for (const OfferSuggestion &suggestion : std::as_const(*afterwards))
        QVERIFY(suggestion.offer.id != u"cross-cctv"_s);
    auto notNow =
        advisor.recordOutcome(interaction, u"cross-5g"_s, OfferOutcomeKind::NotNow, std::nullopt, T0 + 30);
    VERIFY_RESULT(notNow);

    auto stored = advisor.outcomesForInteraction(interaction);
    VERIFY_RESULT(stored);
    QCOMPARE(stored->size(), 2);
    const OfferOutcome &first = stored->at(0);
    QCOMPARE(first.id, accepted->id);
    QCOMPARE(first.offerId, u"cross-cctv"_s);
    QCOMPARE(first.agentId, agent);
    QCOMPARE(first.customerId, customer);
    QCOMPARE(first.context,
             (OfferContext{Segment::SmallBusiness, ValueTier::Silver, Channel::Chat, u"sales"_s}));
    QCOMPARE(first.kind, OfferOutcomeKind::Accepted);
    QCOMPARE(first.revenueMinor, 100'000);
    QCOMPARE(first.currency, u"KRW"_s);
    QCOMPARE(first.recordedMs, T0 + 20);
    QCOMPARE(stored->at(1).kind, OfferOutcomeKind::NotNow);
    QCOMPARE(stored->at(1).revenueMinor, 0);

    // An interaction deleted takes its outcomes with it (they are recorded on it).
    VERIFY_OK(m_database->transaction([&]() -> std::optional<DomainError> {
        auto deleted = m_database->execute(u"DELETE FROM interactions WHERE id = ?"_s, {interaction});
        if (!deleted)
            return deleted.error();
        deleted.value()->finish();
        return std::nullopt;
    }));
    QCOMPARE(countRows(u"offer_outcomes"_s), 0);
}

void TestOfferStore::coolDownAfterADecline()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Gold, true);
    const qint64 interaction = addInteraction(customer, Channel::Voice, u"sales"_s);
    VERIFY_RESULT(
        advisor.recordOutcome(interaction, u"cross-cctv"_s, OfferOutcomeKind::Declined, std::nullopt, T0));

    // "not now" starts no cool-down
    VERIFY_RESULT(
        advisor.recordOutcome(interaction, u"cross-5g"_s, OfferOutcomeKind::NotNow, std::nullopt, T0));

    // after a restart, from the database alone
    reopen();
    OfferAdvisor later(*m_database);
    VERIFY_OK(later.load());
    const auto eligibility = [&](qint64 atMs, const QString &offerId) {
        auto request = later.requestFor(customer, Channel::Voice, u"sales"_s, atMs);
        return request ? later.engine().eligibility(offerId, request.value()) : OfferIneligibility::Inactive;
    };
    QCOMPARE(eligibility(T0 + Day, u"cross-cctv"_s), OfferIneligibility::CoolingDown);
    QCOMPARE(eligibility(T0 + 29 * Day, u"cross-cctv"_s), OfferIneligibility::CoolingDown);
    QCOMPARE(eligibility(T0 + 30 * Day - 1, u"cross-cctv"_s), OfferIneligibility::CoolingDown);
    QCOMPARE(eligibility(T0 + Day, u"cross-5g"_s), OfferIneligibility::None);

    Offer longer = *later.engine().offer(u"cross-cctv"_s);
    longer.validUntilMs = T0 + 100 * Day;
    VERIFY_OK(later.saveOffer(longer, T0));
    QCOMPARE(eligibility(T0 + 30 * Day, u"cross-cctv"_s), OfferIneligibility::None);
    auto suggestions = later.suggest(customer, Channel::Voice, u"sales"_s, T0 + Day, 10);
    VERIFY_RESULT(suggestions);
    for (const OfferSuggestion &suggestion : suggestions.value())
        QVERIFY(suggestion.offer.id != u"cross-cctv"_s);
}

void TestOfferStore::learningSurvivesARestart()
{
    // The engine learns from similar customers and suggests to one who has not been asked yet
    // (one who accepted owns the product, and is never offered it again).
    const qint64 customer = addCustomer(Segment::Corporate, ValueTier::Platinum, true);
    QList<qint64> interactions;
    for (int i = 0; i < 40; ++i)
        interactions.append(addInteraction(addCustomer(Segment::Corporate, ValueTier::Platinum, true),
                                           Channel::Voice, u"sales"_s));
    OfferContext context{Segment::Corporate, ValueTier::Platinum, Channel::Voice, u"sales"_s};

    QList<AcceptanceModel> learned;
    QStringList topBefore;
    {
        OfferAdvisor advisor(*m_database, 9);
        VERIFY_OK(advisor.load());
        VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
        const double prior = advisor.engine().estimatedAcceptance(u"cross-5g"_s, context);
        // Corporate platinum callers take the 5G plan half the time, and never the CCTV.
        for (int i = 0; i < 20; ++i) {
            VERIFY_RESULT(advisor.recordOutcome(interactions.at(i), u"cross-5g"_s,
                                                i % 2 ? OfferOutcomeKind::Accepted : OfferOutcomeKind::NotNow,
                                                std::nullopt, T0 + i));
            VERIFY_RESULT(advisor.recordOutcome(interactions.at(20 + i), u"cross-cctv"_s,
                                                OfferOutcomeKind::NotNow, std::nullopt, T0 + i));
        }
        QVERIFY(advisor.engine().estimatedAcceptance(u"cross-5g"_s, context) > 2 * prior);
        for (const QString &id : {u"cross-5g"_s, u"cross-cctv"_s, u"cross-iptv"_s})
            learned.append(*advisor.engine().model(id));
        for (int i = 0; i < 20; ++i) {
            auto suggestions = advisor.suggest(customer, Channel::Voice, u"sales"_s, T0 + Day, 1);
            VERIFY_RESULT(suggestions);
            QVERIFY(!suggestions->isEmpty());
            topBefore.append(suggestions->first().offer.id);
        }
    }

    reopen();
    OfferAdvisor restarted(*m_database, 9);
    VERIFY_OK(restarted.load());
    // every model is back, number for number
    const QStringList ids = {u"cross-5g"_s, u"cross-cctv"_s, u"cross-iptv"_s};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QVERIFY(restarted.engine().model(ids.at(i)));
        QVERIFY2(*restarted.engine().model(ids.at(i)) == learned.at(i), qPrintable(ids.at(i)));
    }
    QCOMPARE(learned.at(0).observations(), 20);
    QCOMPARE(learned.at(2).observations(), 0); // never offered: its prior, never written
    QCOMPARE(restarted.engine().counts(u"cross-5g"_s, Segment::Corporate, ValueTier::Platinum),
             (OfferCounts{20, 10}));
    QCOMPARE(restarted.engine().counts(u"cross-cctv"_s, Segment::Corporate, ValueTier::Platinum),
             (OfferCounts{20, 0}));

    // the same seed and the same history give the same suggestions as before the restart
    QStringList topAfter;
    for (int i = 0; i < 20; ++i) {
        auto suggestions = restarted.suggest(customer, Channel::Voice, u"sales"_s, T0 + Day, 1);
        VERIFY_RESULT(suggestions);
        QVERIFY(!suggestions->isEmpty());
        topAfter.append(suggestions->first().offer.id);
    }
    QCOMPARE(topAfter, topBefore);
    QVERIFY(topAfter.count(u"cross-5g"_s) >= 18); // and learning shows in the ranking

    // the reason quotes the persisted counts
    auto explained = restarted.suggest(customer, Channel::Voice, u"sales"_s, T0 + Day, 3);
    VERIFY_RESULT(explained);
    for (const OfferSuggestion &suggestion : explained.value()) {
        if (suggestion.offer.id == u"cross-5g"_s) {
            QVERIFY2(suggestion.explanation.textEn.endsWith(u"50% of 20 similar customers accepted"_s),
                     qPrintable(suggestion.explanation.textEn));
        }
    }
}

void TestOfferStore::badOutcomesChangeNothing()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Bronze, true);
    const qint64 interaction = addInteraction(customer, Channel::Voice, u"sales"_s);
    const qint64 anonymous = addInteraction(0, Channel::Voice, u"sales"_s);
    const OfferContext context{Segment::Consumer, ValueTier::Bronze, Channel::Voice, u"sales"_s};
    VERIFY_RESULT(
        advisor.recordOutcome(interaction, u"cross-cctv"_s, OfferOutcomeKind::Accepted, 80'000, T0));
    const double estimate = advisor.engine().estimatedAcceptance(u"cross-cctv"_s, context);
    const qint64 modelRows = countRows(u"offer_model"_s);

    struct Bad
    {
        qint64 interaction;
        QString offer;
        OfferOutcomeKind kind;
        std::optional<qint64> revenue;
        QString code;
    };
    const QList<Bad> bad = {
        {interaction, u"cross-cctv"_s, OfferOutcomeKind::Declined, std::nullopt,
         OfferErrorCode::AlreadyRecorded.toString()},
        {interaction + 1000, u"cross-cctv"_s, OfferOutcomeKind::Declined, std::nullopt,
         StoreErrorCode::NotFound.toString()},
        {anonymous, u"cross-cctv"_s, OfferOutcomeKind::Declined, std::nullopt,
         OfferErrorCode::InvalidOutcome.toString()},
        {interaction, u"unknown-offer"_s, OfferOutcomeKind::Declined, std::nullopt,
         OfferErrorCode::UnknownOffer.toString()},
        {interaction, u"cross-5g"_s, OfferOutcomeKind::Declined, 5'000,
         OfferErrorCode::InvalidOutcome.toString()},
        {interaction, u"cross-5g"_s, OfferOutcomeKind::Accepted, -1,
         OfferErrorCode::InvalidOutcome.toString()},
    };
    for (const Bad &attempt : bad) {
        auto refused =
            advisor.recordOutcome(attempt.interaction, attempt.offer, attempt.kind, attempt.revenue, T0 + 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, attempt.code);
    }
    QCOMPARE(countRows(u"offer_outcomes"_s), 1);
    QCOMPARE(countRows(u"offer_model"_s), modelRows);
    QCOMPARE(advisor.engine().estimatedAcceptance(u"cross-cctv"_s, context), estimate);
    QCOMPARE(advisor.engine().counts(u"cross-cctv"_s, Segment::Consumer, ValueTier::Bronze),
             (OfferCounts{1, 1}));
}

void TestOfferStore::outcomesOfOffersThatCannotBeMadeAreRefused()
{
    OfferCatalogue withTerms = catalogue();
    Offer later = offer(u"cross-later"_s, u"iptv-premium"_s, 50'000);
    later.validFromMs = T0 + 10 * Day;
    later.validUntilMs = 0;
    withTerms.offers.append(later);
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(withTerms, T0));
    VERIFY_OK(advisor.setOfferActive(u"cross-cctv"_s, false, T0));
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Bronze, true);
    const qint64 interaction = addInteraction(customer, Channel::Voice, u"sales"_s);
    const qint64 outcomesBefore = countRows(u"offer_outcomes"_s);
    const qint64 modelsBefore = countRows(u"offer_model"_s);

    struct Refused
    {
        QString offer;
        qint64 atMs;
        QString code;
    };
    // catalogue(): every offer valid from T0 - 30 days until (exclusive) T0 + 30 days.
    const QList<Refused> refused = {
        {u"cross-iptv"_s, T0 + 30 * Day, OfferErrorCode::Expired.toString()}, // the first instant after
        {u"cross-iptv"_s, T0 + 90 * Day, OfferErrorCode::Expired.toString()},
        {u"cross-cctv"_s, T0, OfferErrorCode::Inactive.toString()},
        {u"cross-later"_s, T0, OfferErrorCode::NotYetValid.toString()},
    };
    for (const Refused &attempt : refused) {
        for (OfferOutcomeKind kind :
             {OfferOutcomeKind::Accepted, OfferOutcomeKind::Declined, OfferOutcomeKind::NotNow}) {
            auto outcome =
                advisor.recordOutcome(interaction, attempt.offer, kind, std::nullopt, attempt.atMs);
            QVERIFY2(!outcome.ok(), qPrintable(attempt.offer));
            QCOMPARE(outcome.error().code, attempt.code);
        }
    }
    QCOMPARE(countRows(u"offer_outcomes"_s), outcomesBefore);
    QCOMPARE(countRows(u"offer_model"_s), modelsBefore);
    QCOMPARE(advisor.engine().model(u"cross-iptv"_s)->observations(), 0);
    QCOMPARE(CustomerProducts(*m_database).owned(customer).value(), QStringList());

    // The last instant of its validity still counts, and so does the first of a later offer.
    VERIFY_RESULT(advisor.recordOutcome(interaction, u"cross-iptv"_s, OfferOutcomeKind::Declined,
                                        std::nullopt, T0 + 30 * Day - 1));
    VERIFY_RESULT(advisor.recordOutcome(interaction, u"cross-later"_s, OfferOutcomeKind::NotNow, std::nullopt,
                                        T0 + 10 * Day));
    // A paused offer that is active again may be answered again.
    VERIFY_OK(advisor.setOfferActive(u"cross-cctv"_s, true, T0));
    VERIFY_RESULT(
        advisor.recordOutcome(interaction, u"cross-cctv"_s, OfferOutcomeKind::Accepted, std::nullopt, T0));
    QCOMPARE(countRows(u"offer_outcomes"_s), outcomesBefore + 3);
}

void TestOfferStore::reports()
{
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(catalogue(), T0));
    const qint64 jisoo = addAgent(u"jisoo"_s, u"Park Jisoo"_s);
    const qint64 emma = addAgent(u"emma"_s, u"Emma Stone"_s);
    const qint64 consumer = addCustomer(Segment::Consumer, ValueTier::Gold, true);
    const qint64 corporate = addCustomer(Segment::Corporate, ValueTier::Gold, true);

    struct Made
    {
        qint64 customer;
        qint64 agent;
        QString offer;
        OfferOutcomeKind kind;
        qint64 revenue;
        qint64 atMs;
    };
    const QList<Made> made = {
        {consumer, jisoo, u"cross-cctv"_s, OfferOutcomeKind::Accepted, 100'000, T0},
        {consumer, jisoo, u"cross-iptv"_s, OfferOutcomeKind::Declined, 0, T0 + 1},
        {corporate, jisoo, u"cross-cctv"_s, OfferOutcomeKind::NotNow, 0, T0 + 2},
        {corporate, emma, u"cross-cctv"_s, OfferOutcomeKind::Accepted, 70'000, T0 + 3},
        {corporate, emma, u"cross-5g"_s, OfferOutcomeKind::Accepted, 90'000, T0 + 4},
        {consumer, 0, u"cross-5g"_s, OfferOutcomeKind::Declined, 0, T0 + 5},
        {consumer, emma, u"cross-5g"_s, OfferOutcomeKind::Accepted, 50'000,
         T0 + 10 * Day}, // outside the period
    };
    for (const Made &item : made) {
        const qint64 interaction = addInteraction(item.customer, Channel::Voice, u"sales"_s, item.agent);
        VERIFY_RESULT(advisor.recordOutcome(
            interaction, item.offer, item.kind,
            item.kind == OfferOutcomeKind::Accepted ? std::optional(item.revenue) : std::nullopt, item.atMs));
    }

    OfferReports reports(*m_database);
    auto byOffer = reports.byOffer(T0, T0 + Day);
    VERIFY_RESULT(byOffer);
    QCOMPARE(byOffer->size(), 3);
    // ordered by revenue
    QCOMPARE(byOffer->at(0), (OfferReportRow{u"cross-cctv"_s, u"Offer cross-cctv"_s, u"오퍼 cross-cctv"_s, 3,
                                             2, 0, 1, 170'000}));
    QCOMPARE(byOffer->at(1),
             (OfferReportRow{u"cross-5g"_s, u"Offer cross-5g"_s, u"오퍼 cross-5g"_s, 2, 1, 1, 0, 90'000}));
    QCOMPARE(byOffer->at(2),
             (OfferReportRow{u"cross-iptv"_s, u"Offer cross-iptv"_s, u"오퍼 cross-iptv"_s, 1, 0, 1, 0, 0}));
    QCOMPARE(byOffer->at(0).acceptanceRate(), 2.0 / 3.0);

    auto byAgent = reports.byAgent(T0, T0 + Day);
    VERIFY_RESULT(byAgent);
    QCOMPARE(byAgent->size(), 3);
    QCOMPARE(byAgent->at(0),
             (OfferReportRow{QString::number(emma), u"Emma Stone"_s, u"Emma Stone"_s, 2, 2, 0, 0, 160'000}));
    QCOMPARE(byAgent->at(1),
             (OfferReportRow{QString::number(jisoo), u"Park Jisoo"_s, u"Park Jisoo"_s, 3, 1, 1, 1, 100'000}));
    QCOMPARE(byAgent->at(2), (OfferReportRow{QString(), QString(), QString(), 1, 0, 1, 0, 0}));

    auto bySegment = reports.bySegment(T0, T0 + Day);
    VERIFY_RESULT(bySegment);
    QCOMPARE(bySegment->size(), 2);
    QCOMPARE(bySegment->at(0),
             (OfferReportRow{u"corporate"_s, u"corporate"_s, u"corporate"_s, 3, 2, 0, 1, 160'000}));
    QCOMPARE(bySegment->at(1),
             (OfferReportRow{u"consumer"_s, u"consumer"_s, u"consumer"_s, 3, 1, 2, 0, 100'000}));

    auto whole = reports.report(OfferReportGrouping::Segment, 0, T0 + 100 * Day);
    VERIFY_RESULT(whole);
    QCOMPARE(whole->at(0).revenueMinor + whole->at(1).revenueMinor, 310'000);
    auto empty = reports.byOffer(T0 + 200 * Day, T0 + 300 * Day);
    VERIFY_RESULT(empty);
    QVERIFY(empty->isEmpty());
}

void TestOfferStore::reportsKeepCurrenciesApart()
{
    OfferCatalogue mixed = catalogue();
    Offer dollars = offer(u"cross-premium-usd"_s, u"iptv-premium"_s, 4'500);
    dollars.currency = u"USD"_s;
    mixed.offers.append(dollars);
    OfferAdvisor advisor(*m_database);
    VERIFY_OK(advisor.load());
    VERIFY_RESULT(advisor.importCatalogue(mixed, T0));
    const qint64 jisoo = addAgent(u"jisoo"_s, u"Park Jisoo"_s);
    const qint64 customer = addCustomer(Segment::Consumer, ValueTier::Gold, true);

    const auto record = [&](const QString &offerId, OfferOutcomeKind kind, std::optional<qint64> revenue) {
        const qint64 interaction = addInteraction(customer, Channel::Voice, u"sales"_s, jisoo);
        return advisor.recordOutcome(interaction, offerId, kind, revenue, T0).ok();
    };
    QVERIFY(record(u"cross-cctv"_s, OfferOutcomeKind::Accepted, 100'000)); // KRW
    QVERIFY(record(u"cross-iptv"_s, OfferOutcomeKind::Declined, std::nullopt));
    QVERIFY(record(u"cross-premium-usd"_s, OfferOutcomeKind::Accepted, 4'500)); // 45.00 USD
    QVERIFY(record(u"cross-premium-usd"_s, OfferOutcomeKind::NotNow, std::nullopt));

    OfferReports reports(*m_database);
    // One agent, two currencies: two rows, never 104,500 of anything.
    auto byAgent = reports.byAgent(T0, T0 + Day);
    VERIFY_RESULT(byAgent);
    QCOMPARE(byAgent->size(), 2);
    OfferReportRow won{QString::number(jisoo), u"Park Jisoo"_s, u"Park Jisoo"_s, 2, 1, 1, 0, 100'000};
    OfferReportRow dollar{QString::number(jisoo), u"Park Jisoo"_s, u"Park Jisoo"_s, 2, 1, 0, 1, 4'500};
    dollar.currency = u"USD"_s;
    QCOMPARE(byAgent->at(0), won);
    QCOMPARE(byAgent->at(1), dollar);

    auto bySegment = reports.bySegment(T0, T0 + Day);
    VERIFY_RESULT(bySegment);
    QCOMPARE(bySegment->size(), 2);
    QCOMPARE(bySegment->at(0).currency, u"KRW"_s);
    QCOMPARE(bySegment->at(0).revenueMinor, 100'000);
    QCOMPARE(bySegment->at(1).currency, u"USD"_s);
    QCOMPARE(bySegment->at(1).revenueMinor, 4'500);

    auto byOffer = reports.byOffer(T0, T0 + Day);
    VERIFY_RESULT(byOffer);
    QCOMPARE(byOffer->size(), 3);
    QCOMPARE(byOffer->at(0).key, u"cross-cctv"_s);
    QCOMPARE(byOffer->at(1).key, u"cross-iptv"_s);
    QCOMPARE(byOffer->at(1).currency, u"KRW"_s);
    QCOMPARE(byOffer->at(2).key, u"cross-premium-usd"_s);
    QCOMPARE(byOffer->at(2).currency, u"USD"_s);
    QCOMPARE(byOffer->at(2).offered, 2);
}

QTEST_GUILESS_MAIN(TestOfferStore)
#include "tst_offerstore.moc"
