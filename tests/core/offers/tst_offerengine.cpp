// The engine's ranking and learning: priors for new offers, outcomes moving the ranking in the
// context they were recorded in, knowledge shared through the category, exploration, the
// reasons agents read, and determinism for a seed.
#include "offers/acceptancemodel.h"
#include "offers/offerengine.h"
#include "offertestsupport.h"

#include <QJsonArray>
#include <QTest>

#include <array>
#include <cmath>

using namespace ContactDesk;
using namespace ContactDesk::OfferTest;
using namespace Qt::StringLiterals;

class TestOfferEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logisticFunction();
    void beliefsMoveWithOutcomes();
    void estimatesDoNotDependOnOrder();
    void newOfferStartsAtItsPrior_data();
    void newOfferStartsAtItsPrior();
    void rankingByExpectedValue();
    void learningMovesTheRanking();
    void learningIsPerContext();
    void categoryKnowledgeHelpsANewOffer();
    void exploresWhileUnsure();
    void sameSeedSameSuggestions();
    void reasonsQuoteSimilarCustomers();
    void reasonsBeforeThereIsData();
    void badOutcomesChangeNothing();
    void catalogueChangesKeepLearning();

private:
    static OfferOutcome outcome(const QString &offerId, const OfferContext &context, bool accepted,
                                qint64 revenue = 100'000);
    static void teach(OfferEngine &engine, const QString &offerId, const OfferContext &context, int accepted,
                      int declined);
};

OfferOutcome TestOfferEngine::outcome(const QString &offerId, const OfferContext &context, bool accepted,
                                      qint64 revenue)
{
    OfferOutcome result;
    result.offerId = offerId;
    result.context = context;
    result.kind = accepted ? OfferOutcomeKind::Accepted : OfferOutcomeKind::Declined;
    result.revenueMinor = accepted ? revenue : 0;
    result.recordedMs = T0;
    return result;
}

void TestOfferEngine::teach(OfferEngine &engine, const QString &offerId, const OfferContext &context,
                            int accepted, int declined)
{
    // interleaved, as real outcomes arrive
    for (int i = 0; i < std::max(accepted, declined); ++i) {
        if (i < accepted)
            QVERIFY(!engine.recordOutcome(outcome(offerId, context, true)));
        if (i < declined)
            QVERIFY(!engine.recordOutcome(outcome(offerId, context, false)));
    }
}

void TestOfferEngine::logisticFunction()
{
    double worst = 0.0;
    for (int i = -5000; i <= 5000; ++i) {
        const double x = i / 100.0;
        const double expected = 1.0 / (1.0 + std::exp(-x));
        worst = std::max(worst, std::abs(AcceptanceModel::logistic(x) - expected) / expected);
    }
    QVERIFY2(worst < 1e-15, qPrintable(QString::number(worst)));
    QCOMPARE(AcceptanceModel::logistic(0.0), 0.5);
    QCOMPARE(AcceptanceModel::logistic(800.0), 1.0);
    QCOMPARE(AcceptanceModel::logistic(-800.0), 0.0);
    QVERIFY(std::abs(AcceptanceModel::logit(AcceptanceModel::logistic(-2.5)) + 2.5) < 1e-12);
    // the prior mean formula inverts the predictive probability
    AcceptanceModel model;
    const int own = model.addDimension(u"own"_s, AcceptanceModel::meanForProbability(0.07, 1.5), 1.5);
    const std::array<int, 1> active = {own};
    QVERIFY(std::abs(model.probability(model.score(active)) - 0.07) < 1e-12);
}

void TestOfferEngine::beliefsMoveWithOutcomes()
{
    AcceptanceModel prior;
    const int own = prior.addDimension(u"own"_s, -1.5, 1.0);
    const int segment = prior.addDimension(u"segment/consumer"_s, 0.0, 0.25);
    const int other = prior.addDimension(u"segment/corporate"_s, 0.0, 0.25);
    const std::array<int, 2> active = {own, segment};

    AcceptanceModel accepted = prior;
    accepted.record(active, true);
    AcceptanceModel declined = prior;
    declined.record(active, false);
    for (int dimension : active) {
        QVERIFY(accepted.mean(dimension) > prior.mean(dimension));
        QVERIFY(declined.mean(dimension) < prior.mean(dimension));
        QVERIFY(accepted.covariance(dimension, dimension) < prior.covariance(dimension, dimension));
        QCOMPARE(accepted.priorMean(dimension), prior.priorMean(dimension));
    }
    // the more uncertain weight moves further
    QVERIFY(accepted.mean(own) - prior.mean(own) > accepted.mean(segment) - prior.mean(segment));
    // a surprise (an acceptance at a low prior) moves more than the expected decline
    QVERIFY(accepted.mean(own) - prior.mean(own) > prior.mean(own) - declined.mean(own));
    // features seen together are now negatively correlated; one never seen keeps its prior
    QVERIFY(accepted.covariance(own, segment) < 0.0);
    QCOMPARE(accepted.covariance(own, segment), accepted.covariance(segment, own));
    QCOMPARE(accepted.mean(other), 0.0);
    QVERIFY(qFuzzyCompare(accepted.covariance(other, other), 0.25));
    QCOMPARE(accepted.covariance(other, own), 0.0);
    QCOMPARE(accepted.observations(), 1);

    // many outcomes at a given rate bring the prediction to that rate
    AcceptanceModel single;
    const std::array<int, 1> only = {single.addDimension(u"own"_s, 0.0, 1.0)};
    for (int i = 0; i < 2000; ++i)
        single.record(only, i % 4 == 0);
    const double p = single.probability(single.score(only));
    QVERIFY2(std::abs(p - 0.25) < 0.01, qPrintable(QString::number(p)));
    QCOMPARE(single.counts(only), (OfferCounts{2000, 500}));

    // counts by the features a cell has
    AcceptanceModel cells = prior;
    cells.record(std::array<int, 2>{own, segment}, true);
    cells.record(std::array<int, 2>{segment, own}, false); // the same cell, in another order
    cells.record(std::array<int, 2>{own, other}, true);
    QCOMPARE(cells.counts(std::array<int, 1>{own}), (OfferCounts{3, 2}));
    QCOMPARE(cells.counts(std::array<int, 1>{segment}), (OfferCounts{2, 1}));
    QCOMPARE(cells.counts(std::array<int, 2>{own, other}), (OfferCounts{1, 1}));

    // the JSON form gives back the same model, number for number
    const auto back = AcceptanceModel::fromJson(cells.toJson());
    QVERIFY(back);
    QVERIFY(*back == cells);
    QString why;
    QJsonObject broken = cells.toJson();
    broken.insert(u"mean"_s, QJsonArray{1.0});
    QVERIFY(!AcceptanceModel::fromJson(broken, &why));
    QVERIFY2(why.contains(u"3 features need 3 prior means"_s), qPrintable(why));
    broken = cells.toJson();
    broken.insert(u"cells"_s, QJsonArray{QJsonArray{0, 7, 1.0, 1.0}});
    QVERIFY(!AcceptanceModel::fromJson(broken, &why));
    QVERIFY2(why.contains(u"dimension 7 of 3"_s), qPrintable(why));
}

void TestOfferEngine::estimatesDoNotDependOnOrder()
{
    // 40 acceptances in 200 contacts of one context, in three orders: spread out, bunched at the
    // start, and bunched early with a long run of declines at the end. An offer's features are
    // all active together; a belief without their covariance would say 1% for the last order.
    const Offer subject = offer();
    const OfferContext context = request().context();
    QList<double> estimates;
    for (int order = 0; order < 3; ++order) {
        OfferEngine engine;
        QVERIFY(!engine.setCatalogue(products(), {subject}));
        for (int i = 0; i < 200; ++i) {
            bool accepted = false;
            if (order == 0)
                accepted = i % 5 == 0;
            else if (order == 1)
                accepted = i < 40;
            else
                accepted = i < 80 && i % 2 == 0;
            QVERIFY(!engine.recordOutcome(outcome(subject.id, context, accepted)));
        }
        estimates.append(engine.estimatedAcceptance(subject.id, context));
    }
    for (double estimate : std::as_const(estimates))
        QVERIFY2(std::abs(estimate - 0.2) < 0.03, qPrintable(QString::number(estimate)));
}

void TestOfferEngine::newOfferStartsAtItsPrior_data()
{
    QTest::addColumn<double>("prior");
    QTest::addColumn<QString>("reason");
    QTest::newRow("10%, sales") << 0.1 << u"sales"_s;
    QTest::newRow("10%, no reason") << 0.1 << QString();
    QTest::newRow("35%") << 0.35 << u"retention"_s;
    QTest::newRow("1%") << 0.01 << u"billing"_s;
}

void TestOfferEngine::newOfferStartsAtItsPrior()
{
    QFETCH(double, prior);
    QFETCH(QString, reason);
    Offer fresh = offer();
    fresh.priorAcceptance = prior;
    OfferEngine engine;
    QVERIFY(!engine.setCatalogue(products(), {fresh}));
    for (Segment segment : {Segment::Consumer, Segment::Corporate}) {
        for (Channel channel : {Channel::Voice, Channel::Email}) {
            const OfferContext context{segment, ValueTier::Silver, channel, reason};
            QVERIFY(std::abs(engine.estimatedAcceptance(fresh.id, context) - prior) < 1e-9);
        }
    }
    OfferRequest contact = request();
    contact.contactReason = reason;
    const QList<OfferSuggestion> suggestions = engine.suggest(contact);
    QCOMPARE(suggestions.size(), 1);
    QVERIFY(std::abs(suggestions.first().acceptanceProbability - prior) < 1e-9);
    QVERIFY(std::abs(suggestions.first().expectedValueMinor - prior * 100'000) < 1e-4);
    QCOMPARE(engine.estimatedAcceptance(u"unknown"_s, suggestions.first().context), -1.0);
}

void TestOfferEngine::rankingByExpectedValue()
{
    // Equal beliefs, so expected value is margin × the same probability: once the engine is
    // sure (outcomes at the same rate for all three), the order is the order of the margins.
    OfferEngine engine(3);
    QVERIFY(!engine.setCatalogue(products(), {offer(u"small"_s, u"iptv-basic"_s, 20'000),
                                              offer(u"large"_s, u"home-cctv"_s, 300'000),
                                              offer(u"medium"_s, u"mobile-5g"_s, 90'000)}));
    const OfferRequest contact = request();
    const OfferContext context = contact.context();
    for (const QString &id : {u"small"_s, u"large"_s, u"medium"_s})
        teach(engine, id, context, 40, 160);
    for (int i = 0; i < 20; ++i) {
        const QList<OfferSuggestion> suggestions = engine.suggest(contact);
        QCOMPARE(suggestions.size(), 3);
        QCOMPARE(suggestions.at(0).offer.id, u"large"_s);
        QCOMPARE(suggestions.at(1).offer.id, u"medium"_s);
        QCOMPARE(suggestions.at(2).offer.id, u"small"_s);
        QCOMPARE(suggestions.at(0).rank, 1);
        QVERIFY(suggestions.at(0).expectedValueMinor > suggestions.at(1).expectedValueMinor);
        QVERIFY(!suggestions.at(0).exploring);
    }
}

void TestOfferEngine::learningMovesTheRanking()
{
    // A pays more, so it leads on priors alone; customers keep taking B and turning A down.
    OfferEngine engine(11);
    QVERIFY(!engine.setCatalogue(
        products(), {offer(u"a"_s, u"home-cctv"_s, 150'000), offer(u"b"_s, u"iptv-basic"_s, 100'000)}));
    OfferRequest contact = request();
    const OfferContext context = contact.context();
    QVERIFY(engine.estimatedAcceptance(u"a"_s, context) == engine.estimatedAcceptance(u"b"_s, context));

    int aFirst = 0;
    for (int i = 0; i < 200; ++i)
        aFirst += engine.suggest(contact).first().offer.id == u"a"_s ? 1 : 0;
    QVERIFY2(aFirst > 100, qPrintable(QString::number(aFirst))); // A leads before anything is known

    teach(engine, u"a"_s, context, 2, 38);
    teach(engine, u"b"_s, context, 16, 24);
    QVERIFY(engine.estimatedAcceptance(u"b"_s, context) > 0.25);
    QVERIFY(engine.estimatedAcceptance(u"a"_s, context) < 0.1);
    int bFirst = 0;
    for (int i = 0; i < 200; ++i)
        bFirst += engine.suggest(contact).first().offer.id == u"b"_s ? 1 : 0;
    QVERIFY2(bFirst > 190, qPrintable(QString::number(bFirst)));
    QCOMPARE(engine.counts(u"b"_s, context.segment, context.valueTier), (OfferCounts{40, 16}));
}

void TestOfferEngine::learningIsPerContext()
{
    // Consumers take A, corporate customers take B: each context gets its own answer.
    OfferEngine engine(5);
    QVERIFY(!engine.setCatalogue(
        products(), {offer(u"a"_s, u"home-cctv"_s, 100'000), offer(u"b"_s, u"iptv-basic"_s, 100'000)}));
    OfferRequest consumer = request();
    OfferRequest corporate = request();
    corporate.customer.segment = Segment::Corporate;
    teach(engine, u"a"_s, consumer.context(), 30, 30);
    teach(engine, u"b"_s, consumer.context(), 3, 57);
    teach(engine, u"a"_s, corporate.context(), 3, 57);
    teach(engine, u"b"_s, corporate.context(), 30, 30);

    int consumerA = 0;
    int corporateB = 0;
    for (int i = 0; i < 100; ++i) {
        consumerA += engine.suggest(consumer).first().offer.id == u"a"_s ? 1 : 0;
        corporateB += engine.suggest(corporate).first().offer.id == u"b"_s ? 1 : 0;
    }
    QVERIFY2(consumerA > 90, qPrintable(QString::number(consumerA)));
    QVERIFY2(corporateB > 90, qPrintable(QString::number(corporateB)));

    // Learning about corporate customers by voice also says something about them by e-mail.
    OfferContext corporateEmail = corporate.context();
    corporateEmail.channel = Channel::Email;
    QVERIFY(engine.estimatedAcceptance(u"b"_s, corporateEmail)
            > engine.estimatedAcceptance(u"a"_s, corporateEmail));
}

void TestOfferEngine::categoryKnowledgeHelpsANewOffer()
{
    Offer retention = offer(u"retention-1"_s, u"retention-internet"_s);
    retention.category = OfferCategory::Retention;
    retention.requiredConsent = OfferConsent::None;
    OfferEngine engine(2);
    QVERIFY(!engine.setCatalogue(products(), {retention}));
    OfferContext corporate = request().context();
    corporate.segment = Segment::Corporate;
    teach(engine, retention.id, corporate, 60, 40);

    Offer sibling = retention;
    sibling.id = u"retention-2"_s;
    Offer stranger = offer(u"cross-1"_s, u"home-cctv"_s);
    QVERIFY(!engine.setCatalogue(products(), {retention, sibling, stranger}));
    // A new retention offer starts above its prior for corporate customers; a cross-sell does not.
    QVERIFY(engine.estimatedAcceptance(sibling.id, corporate) > 0.12);
    QVERIFY(std::abs(engine.estimatedAcceptance(stranger.id, corporate) - 0.1) < 1e-9);
    // and the original kept what it learned across the catalogue change
    QVERIFY(engine.estimatedAcceptance(retention.id, corporate) > 0.45);
}

void TestOfferEngine::exploresWhileUnsure()
{
    // Three new offers with the same margin and prior: the engine tries each of them first.
    OfferEngine engine(21);
    QVERIFY(!engine.setCatalogue(products(), {offer(u"x"_s, u"home-cctv"_s), offer(u"y"_s, u"iptv-basic"_s),
                                              offer(u"z"_s, u"mobile-5g"_s)}));
    const OfferRequest contact = request();
    QHash<QString, int> firsts;
    int exploring = 0;
    for (int i = 0; i < 300; ++i) {
        const QList<OfferSuggestion> suggestions = engine.suggest(contact);
        ++firsts[suggestions.first().offer.id];
        for (const OfferSuggestion &suggestion : suggestions)
            exploring += suggestion.exploring ? 1 : 0;
    }
    for (const QString &id : {u"x"_s, u"y"_s, u"z"_s})
        QVERIFY2(firsts.value(id) > 50, qPrintable(id + u": "_s + QString::number(firsts.value(id))));
    QCOMPARE(exploring, 0); // equal expected values: nobody is ranked above a better one

    // After outcomes, a lower expected value sometimes leads: flagged as exploring.
    teach(engine, u"x"_s, contact.context(), 2, 8);
    teach(engine, u"y"_s, contact.context(), 3, 7);
    for (int i = 0; i < 300; ++i) {
        for (const OfferSuggestion &suggestion : engine.suggest(contact))
            exploring += suggestion.exploring ? 1 : 0;
    }
    QVERIFY(exploring > 0);
}

void TestOfferEngine::sameSeedSameSuggestions()
{
    const auto run = [](quint64 seed) {
        OfferEngine engine(seed);
        [&] {
            QVERIFY(!engine.setCatalogue(products(),
                                         {offer(u"a"_s, u"home-cctv"_s), offer(u"b"_s, u"iptv-basic"_s),
                                          offer(u"c"_s, u"mobile-5g"_s, 90'000)}));
        }();
        QStringList sequence;
        const OfferRequest contact = request();
        for (int i = 0; i < 100; ++i) {
            const QList<OfferSuggestion> suggestions = engine.suggest(contact);
            sequence.append(suggestions.first().offer.id + u'@'
                            + QString::number(suggestions.first().sampledValueMinor, 'g', 17));
            OfferOutcome result;
            result.offerId = suggestions.first().offer.id;
            result.context = suggestions.first().context;
            result.kind = i % 3 == 0 ? OfferOutcomeKind::Accepted : OfferOutcomeKind::NotNow;
            result.revenueMinor = result.accepted() ? 10 : 0;
            [&] { QVERIFY(!engine.recordOutcome(result)); }();
        }
        return sequence;
    };
    QCOMPARE(run(42), run(42));
    QVERIFY(run(42) != run(43));
}

void TestOfferEngine::reasonsQuoteSimilarCustomers()
{
    Offer iptv = offer(u"cross-iptv"_s, u"iptv-basic"_s);
    iptv.rules.ownedAny = {u"internet-100m"_s, u"internet-500m"_s};
    OfferEngine engine(1);
    QVERIFY(!engine.setCatalogue(products(), {iptv}));
    OfferRequest contact = request();
    contact.customer.ownedProducts = {u"mobile-5g"_s, u"internet-500m"_s, u"home-cctv"_s, u"legacy-fax"_s};
    teach(engine, iptv.id, contact.context(), 34, 66);

    const OfferSuggestion suggestion = engine.suggest(contact).first();
    const OfferExplanation &why = suggestion.explanation;
    QVERIFY(why.quotesSimilar);
    QCOMPARE(why.similar, (OfferCounts{100, 34}));
    QCOMPARE(why.percent, 34);
    // the product the offer builds on comes first, then catalogue order
    QCOMPARE(why.ownedMentioned, (QStringList{u"internet-500m"_s, u"mobile-5g"_s}));
    QCOMPARE(why.textEn, u"Gold tier, consumer, owns Internet 500M, 5G plan and 2 more, no IPTV Basic"
                         u" — 34% of 100 similar customers accepted"_s);
    QCOMPARE(why.textKo, u"골드 등급 개인 고객, 인터넷 500M·5G 요금제 외 2개 보유, IPTV 베이직 없음"
                         u" — 비슷한 고객 100명 중 34%가 수락"_s);
    QCOMPARE(suggestion.reason(u"ko-KR"_s), why.textKo);
    QCOMPARE(suggestion.reason(u"en"_s), why.textEn);

    // Other segments are not "similar": the counts are per segment and tier.
    OfferRequest corporate = contact;
    corporate.customer.segment = Segment::Corporate;
    QVERIFY(!engine.suggest(corporate).first().explanation.quotesSimilar);
}

void TestOfferEngine::reasonsBeforeThereIsData()
{
    Offer retention = offer(u"stay"_s, u"retention-internet"_s);
    retention.category = OfferCategory::Retention;
    retention.requiredConsent = OfferConsent::None;
    retention.priorAcceptance = 0.3;
    OfferEngine engine;
    QVERIFY(!engine.setCatalogue(products(), {retention}));
    OfferRequest contact = request();
    contact.customer.ownedProducts.clear();
    contact.customer.valueTier = ValueTier::Bronze;
    contact.customer.segment = Segment::SmallBusiness;
    const OfferExplanation why = engine.suggest(contact).first().explanation;
    QVERIFY(!why.quotesSimilar);
    QCOMPARE(why.percent, 30);
    // a retention offer sells nothing new, so no "no <product>"
    QCOMPARE(why.textEn, u"Bronze tier, small business, owns none of our products"
                         u" — about 30% expected to accept (few similar customers so far)"_s);
    QCOMPARE(why.textKo,
             u"브론즈 등급 소상공인 고객, 보유 상품 없음 — 예상 수락률 약 30% (비슷한 고객 사례 부족)"_s);

    contact.explain = false;
    QVERIFY(engine.suggest(contact).first().explanation.textEn.isEmpty());
}

void TestOfferEngine::badOutcomesChangeNothing()
{
    OfferEngine engine;
    QVERIFY(!engine.setCatalogue(products(), {offer()}));
    const OfferContext context = request().context();
    const double before = engine.estimatedAcceptance(offer().id, context);
    const AcceptanceModel model = *engine.model(offer().id);

    OfferOutcome unknown = outcome(u"nope"_s, context, true);
    auto error = engine.recordOutcome(unknown);
    QVERIFY(error);
    QCOMPARE(error->code, OfferErrorCode::UnknownOffer.toString());

    OfferOutcome revenueOnDecline = outcome(offer().id, context, false);
    revenueOnDecline.revenueMinor = 5;
    error = engine.recordOutcome(revenueOnDecline);
    QVERIFY(error);
    QCOMPARE(error->code, OfferErrorCode::InvalidOutcome.toString());

    QCOMPARE(engine.estimatedAcceptance(offer().id, context), before);
    QVERIFY(*engine.model(offer().id) == model);
    QCOMPARE(engine.counts(offer().id, context.segment, context.valueTier), OfferCounts{});

    // planning alone changes nothing either; applying does
    OfferModelDelta delta;
    QVERIFY(!engine.planOutcome(outcome(offer().id, context, true), delta));
    QCOMPARE(engine.estimatedAcceptance(offer().id, context), before);
    QVERIFY(*engine.model(offer().id) == model);
    QCOMPARE(delta.model.observations(), 1);
    // the contact reason was new to the offer: it joined the model
    QCOMPARE(delta.model.dimensionCount(), model.dimensionCount() + 1);
    for (const QString &feature : OfferEngine::featureNames(context))
        QVERIFY2(delta.model.dimension(feature) >= 0, qPrintable(feature));
    engine.apply(delta);
    QVERIFY(engine.estimatedAcceptance(offer().id, context) > before);
}

void TestOfferEngine::catalogueChangesKeepLearning()
{
    OfferEngine engine;
    QVERIFY(!engine.setCatalogue(products(), {offer(u"a"_s), offer(u"b"_s, u"home-cctv"_s)}));
    const OfferContext context = request().context();
    teach(engine, u"b"_s, context, 20, 20);
    const double learned = engine.estimatedAcceptance(u"b"_s, context);

    // b leaves the catalogue and comes back with a new margin and name: it remembers
    QVERIFY(!engine.setCatalogue(products(), {offer(u"a"_s)}));
    QCOMPARE(engine.estimatedAcceptance(u"b"_s, context), -1.0);
    Offer back = offer(u"b"_s, u"home-cctv"_s, 120'000);
    back.nameEn = u"Renamed"_s;
    QVERIFY(!engine.setCatalogue(products(), {back, offer(u"a"_s)}));
    QCOMPARE(engine.estimatedAcceptance(u"b"_s, context), learned);
    QCOMPARE(engine.counts(u"b"_s, context.segment, context.valueTier), (OfferCounts{40, 20}));

    // duplicates are refused and the catalogue stays as it was
    const auto error = engine.setCatalogue(products(), {offer(u"a"_s), offer(u"a"_s)});
    QVERIFY(error);
    QVERIFY(error->message.contains(u"twice"_s));
    QCOMPARE(engine.offers().size(), 2);
}

QTEST_APPLESS_MAIN(TestOfferEngine)
#include "tst_offerengine.moc"
