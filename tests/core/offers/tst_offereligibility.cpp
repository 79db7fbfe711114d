// Who may be offered what: every eligibility rule, consent and cool-down, one row each, and a
// property check that the engine never suggests an owned product, an expired offer, or a
// marketing offer to a customer without consent, over thousands of simulated contacts.
#include "offers/offereligibility.h"
#include "offers/offerengine.h"
#include "offers/offerevaluation.h"
#include "offertestsupport.h"

#include <QTest>

#include <functional>

using namespace ContactDesk;
using namespace ContactDesk::OfferTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ContactDesk::OfferIneligibility)

namespace {

struct RuleCase
{
    const char *name;
    std::function<void(Offer &, OfferRequest &)> change;
    OfferIneligibility expected;
};

const QList<RuleCase> &ruleCases()
{
    using E = OfferIneligibility;
    static const QList<RuleCase> cases = {
        {"no rules: eligible", [](Offer &, OfferRequest &) {}, E::None},
        {"inactive", [](Offer &o, OfferRequest &) { o.active = false; }, E::Inactive},
        {"starts tomorrow", [](Offer &o, OfferRequest &) { o.validFromMs = T0 + Day; }, E::NotYetValid},
        {"starts now: eligible", [](Offer &o, OfferRequest &) { o.validFromMs = T0; }, E::None},
        {"ended yesterday", [](Offer &o, OfferRequest &) { o.validUntilMs = T0 - Day; }, E::Expired},
        {"ends now: the end is exclusive", [](Offer &o, OfferRequest &) { o.validUntilMs = T0; }, E::Expired},
        {"no end date: eligible", [](Offer &o, OfferRequest &) { o.validUntilMs = 0; }, E::None},
        {"owns the product",
         [](Offer &, OfferRequest &r) { r.customer.ownedProducts.insert(u"iptv-basic"_s); }, E::AlreadyOwned},
        {"owned beats everything else",
         [](Offer &o, OfferRequest &r) {
             r.customer.ownedProducts.insert(u"iptv-basic"_s);
             o.rules.segments = {Segment::Corporate};
         },
         E::AlreadyOwned},
        {"marketing offer, no consent", [](Offer &, OfferRequest &r) { r.customer.marketingConsent = false; },
         E::NoConsent},
        {"service offer, no consent: eligible",
         [](Offer &o, OfferRequest &r) {
             o.requiredConsent = OfferConsent::None;
             o.category = OfferCategory::Retention;
             r.customer.marketingConsent = false;
         },
         E::None},
        {"declined 10 days ago, 30-day cool-down",
         [](Offer &o, OfferRequest &r) { r.customer.lastDeclinedMs.insert(o.id, T0 - 10 * Day); },
         E::CoolingDown},
        {"declined 30 days ago: cool-down over",
         [](Offer &o, OfferRequest &r) { r.customer.lastDeclinedMs.insert(o.id, T0 - 30 * Day); }, E::None},
        {"declined 30 days less 1 ms ago",
         [](Offer &o, OfferRequest &r) { r.customer.lastDeclinedMs.insert(o.id, T0 - 30 * Day + 1); },
         E::CoolingDown},
        {"declined another offer: eligible",
         [](Offer &, OfferRequest &r) { r.customer.lastDeclinedMs.insert(u"other"_s, T0 - Day); }, E::None},
        {"declined, no cool-down: eligible",
         [](Offer &o, OfferRequest &r) {
             o.cooldownDays = 0;
             r.customer.lastDeclinedMs.insert(o.id, T0 - 1);
         },
         E::None},
        {"segment not listed", [](Offer &o, OfferRequest &) { o.rules.segments = {Segment::Corporate}; },
         E::Segment},
        {"segment listed: eligible",
         [](Offer &o, OfferRequest &) {
             o.rules.segments = {Segment::Corporate, Segment::Consumer};
         },
         E::None},
        {"tier not listed", [](Offer &o, OfferRequest &) { o.rules.valueTiers = {ValueTier::Platinum}; },
         E::ValueTier},
        {"tier listed: eligible",
         [](Offer &o, OfferRequest &) {
             o.rules.valueTiers = {ValueTier::Gold, ValueTier::Platinum};
         },
         E::None},
        {"owns none of the required products",
         [](Offer &o, OfferRequest &) {
             o.rules.ownedAny = {u"internet-100m"_s, u"internet-1g"_s};
         },
         E::MissingRequiredProduct},
        {"owns one of the required products: eligible",
         [](Offer &o, OfferRequest &) {
             o.rules.ownedAny = {u"internet-100m"_s, u"internet-500m"_s};
         },
         E::None},
        {"owns an excluded product",
         [](Offer &o, OfferRequest &r) {
             o.rules.notOwned = {u"iptv-premium"_s};
             r.customer.ownedProducts.insert(u"iptv-premium"_s);
         },
         E::OwnsExcludedProduct},
        {"channel not listed",
         [](Offer &o, OfferRequest &) {
             o.rules.channels = {Channel::Chat, Channel::Email};
         },
         E::Channel},
        {"channel listed: eligible", [](Offer &o, OfferRequest &) { o.rules.channels = {Channel::Voice}; },
         E::None},
        {"language not listed", [](Offer &o, OfferRequest &) { o.rules.languages = {u"en"_s}; }, E::Language},
        {"language matches by prefix: eligible",
         [](Offer &o, OfferRequest &r) {
             o.rules.languages = {u"ko"_s};
             r.customer.language = u"ko-KR"_s;
         },
         E::None},
        {"phone region not listed", [](Offer &o, OfferRequest &) { o.rules.regions = {u"US"_s}; }, E::Region},
        {"no phone, region rule",
         [](Offer &o, OfferRequest &r) {
             o.rules.regions = {u"KR"_s};
             r.customer.region.clear();
         },
         E::Region},
        {"region listed: eligible", [](Offer &o, OfferRequest &) { o.rules.regions = {u"KR"_s}; }, E::None},
        {"tenure too short",
         [](Offer &o, OfferRequest &r) {
             o.rules.minTenureDays = 365;
             r.customer.createdAtMs = T0 - 364 * Day;
         },
         E::Tenure},
        {"tenure exactly long enough: eligible",
         [](Offer &o, OfferRequest &r) {
             o.rules.minTenureDays = 365;
             r.customer.createdAtMs = T0 - 365 * Day;
         },
         E::None},
        {"contact reason not listed",
         [](Offer &o, OfferRequest &) { o.rules.contactReasons = {u"retention"_s}; }, E::ContactReason},
        {"contact reason listed: eligible",
         [](Offer &o, OfferRequest &r) {
             o.rules.contactReasons = {u"retention"_s};
             r.contactReason = u"retention"_s;
         },
         E::None},
    };
    return cases;
}

} // namespace

class TestOfferEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void engineSuggestsOnlyEligibleOffers();
    void engineNeverSuggestsOwnedExpiredOrWithoutConsent();
    void validationRefusesBadOffers_data();
    void validationRefusesBadOffers();
};

void TestOfferEligibility::rules_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < ruleCases().size(); ++i)
        QTest::newRow(ruleCases().at(i).name) << int(i);
}

void TestOfferEligibility::rules()
{
    QFETCH(int, index);
    const RuleCase &rule = ruleCases().at(index);
    Offer candidate = offer();
    OfferRequest contact = request();
    rule.change(candidate, contact);
    QVERIFY2(!candidate.validate(),
             qPrintable(candidate.validate() ? candidate.validate()->message : QString()));
    const OfferIneligibility actual = OfferEligibility::check(candidate, contact);
    QVERIFY2(actual == rule.expected,
             qPrintable(u"got %1, expected %2"_s.arg(offerIneligibilityKey(actual),
                                                     offerIneligibilityKey(rule.expected))));

    // The engine agrees: an ineligible offer is never among the suggestions, an eligible one is.
    OfferEngine engine(7);
    QVERIFY(!engine.setCatalogue(products(), {candidate}));
    const QList<OfferSuggestion> suggestions = engine.suggest(contact);
    QCOMPARE(suggestions.size(), rule.expected == OfferIneligibility::None ? 1 : 0);
    QCOMPARE(engine.eligibility(candidate.id, contact), rule.expected);
}

void TestOfferEligibility::engineSuggestsOnlyEligibleOffers()
{
    QList<OfferProduct> catalogueProducts;
    QList<Offer> catalogue;
    OfferEvaluation::syntheticCatalogue(3, 120, T0, catalogueProducts, catalogue);
    OfferEngine engine(3);
    QVERIFY(!engine.setCatalogue(catalogueProducts, catalogue));
    OfferRandom random(11);
    int suggested = 0;
    for (int round = 0; round < 500; ++round) {
        OfferRequest contact = OfferEvaluation::syntheticContact(random, T0);
        contact.limit = 1000;
        contact.explain = false;
        int eligible = 0;
        for (const Offer &candidate : std::as_const(catalogue))
            eligible += OfferEligibility::isEligible(candidate, contact) ? 1 : 0;
        const QList<OfferSuggestion> suggestions = engine.suggest(contact);
        // every eligible offer is ranked, and nothing else
        QCOMPARE(suggestions.size(), eligible);
        for (const OfferSuggestion &suggestion : suggestions)
            QVERIFY(OfferEligibility::isEligible(suggestion.offer, contact));
        suggested += int(suggestions.size());
    }
    QVERIFY(suggested > 1000); // the check above saw real suggestions
}

void TestOfferEligibility::engineNeverSuggestsOwnedExpiredOrWithoutConsent()
{
    QList<OfferProduct> catalogueProducts;
    QList<Offer> catalogue;
    OfferEvaluation::syntheticCatalogue(5, 200, T0, catalogueProducts, catalogue);
    OfferEngine engine(5);
    QVERIFY(!engine.setCatalogue(catalogueProducts, catalogue));
    OfferRandom random(17);
    int withoutConsent = 0;
    int expiredOffers = 0;
    for (const Offer &candidate : std::as_const(catalogue))
        expiredOffers += candidate.isValidAt(T0) ? 0 : 1;
    QVERIFY(expiredOffers > 0); // the catalogue does hold offers that must never appear

    for (int round = 0; round < 3000; ++round) {
        OfferRequest contact = OfferEvaluation::syntheticContact(random, T0);
        contact.limit = 3;
        withoutConsent += contact.customer.marketingConsent ? 0 : 1;
        const QList<OfferSuggestion> suggestions = engine.suggest(contact);
        for (const OfferSuggestion &suggestion : suggestions) {
            QVERIFY(!contact.customer.ownedProducts.contains(suggestion.offer.productId));
            QVERIFY(suggestion.offer.isValidAt(T0));
            if (!contact.customer.marketingConsent)
                QCOMPARE(suggestion.offer.requiredConsent, OfferConsent::None);
        }
        // Outcomes teach the engine, so the check covers a learning engine, not just priors.
        if (!suggestions.isEmpty()) {
            OfferOutcome outcome;
            outcome.offerId = suggestions.first().offer.id;
            outcome.context = suggestions.first().context;
            outcome.kind = round % 5 == 0 ? OfferOutcomeKind::Accepted : OfferOutcomeKind::Declined;
            outcome.revenueMinor = outcome.accepted() ? suggestions.first().offer.marginMinor : 0;
            QVERIFY(!engine.recordOutcome(outcome));
        }
    }
    QVERIFY(withoutConsent > 500);
}

void TestOfferEligibility::validationRefusesBadOffers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    const QStringList names = {u"id with a slash"_s,       u"upper-case id"_s,
                               u"no Korean name"_s,        u"negative margin"_s,
                               u"ends before it starts"_s, u"partner without consent"_s,
                               u"prior of 30 (percent)"_s, u"requires its own product"_s,
                               u"lower-case region"_s};
    const QStringList expected = {u"id must be"_s,       u"id must be"_s,          u"Korean name"_s,
                                  u"margin"_s,           u"end after it starts"_s, u"marketing consent"_s,
                                  u"prior acceptance"_s, u"its own product"_s,     u"region 'kr'"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        QTest::newRow(qPrintable(names.at(i))) << int(i) << expected.at(i);
}

void TestOfferEligibility::validationRefusesBadOffers()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    Offer bad = offer();
    switch (index) {
    case 0:
        bad.id = u"a/b"_s;
        break;
    case 1:
        bad.id = u"Offer"_s;
        break;
    case 2:
        bad.nameKo.clear();
        break;
    case 3:
        bad.marginMinor = -1;
        break;
    case 4:
        bad.validUntilMs = bad.validFromMs;
        break;
    case 5:
        bad.category = OfferCategory::PartnerPromotion;
        bad.requiredConsent = OfferConsent::None;
        break;
    case 6:
        bad.priorAcceptance = 30;
        break;
    case 7:
        bad.rules.ownedAny = {bad.productId};
        break;
    case 8:
        bad.rules.regions = {u"kr"_s};
        break;
    }
    const auto error = bad.validate();
    QVERIFY(error);
    QCOMPARE(error->code, OfferErrorCode::InvalidOffer.toString());
    QVERIFY2(error->message.contains(expected), qPrintable(error->message));

    // An engine refuses a catalogue holding it and keeps the one it had.
    OfferEngine engine;
    QVERIFY(!engine.setCatalogue(products(), {offer(u"good"_s)}));
    QVERIFY(engine.setCatalogue(products(), {offer(u"other"_s), bad}));
    QCOMPARE(engine.offers().size(), 1);
    QCOMPARE(engine.offers().first().id, u"good"_s);
}

QTEST_APPLESS_MAIN(TestOfferEligibility)
#include "tst_offereligibility.moc"
