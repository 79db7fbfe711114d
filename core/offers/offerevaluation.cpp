#include "offerevaluation.h"

#include "domain/timeunits.h"
#include "offereligibility.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

constexpr qint64 EvaluationTimeMs = 1767225600000; // 2026-01-01 00:00:00 UTC

// Independent random streams, so that changing one user of randomness leaves the others alone.
enum EvaluationStream : quint64
{
    CatalogueStream = 1,
    TruthStream = 2,
    ContactStream = 3,
    LuckStream = 4,
    RandomPolicyStream = 5,
};

struct ProductSpec
{
    const char16_t *id;
    const char16_t *nameEn;
    const char16_t *nameKo;
};

const ProductSpec Products[] = {
    {u"internet-100m", u"Internet 100M", u"인터넷 100M"},
    {u"internet-500m", u"Internet 500M", u"인터넷 500M"},
    {u"internet-1g", u"Internet 1G", u"인터넷 1G"},
    {u"iptv-basic", u"IPTV Basic", u"IPTV 베이직"},
    {u"iptv-premium", u"IPTV Premium", u"IPTV 프리미엄"},
    {u"mobile-lte", u"LTE plan", u"LTE 요금제"},
    {u"mobile-5g", u"5G plan", u"5G 요금제"},
    {u"mobile-5g-unlimited", u"5G Unlimited plan", u"5G 무제한 요금제"},
    {u"home-cctv", u"Home CCTV", u"가정용 CCTV"},
    {u"smart-home", u"Smart Home", u"스마트홈"},
    {u"wifi-mesh", u"Mesh Wi-Fi", u"메시 와이파이"},
    {u"renewal-internet", u"Internet renewal", u"인터넷 재약정"},
    {u"renewal-mobile", u"Mobile renewal", u"모바일 재약정"},
    {u"retention-internet", u"Internet loyalty discount", u"인터넷 장기고객 할인"},
    {u"retention-mobile", u"Mobile loyalty discount", u"모바일 장기고객 할인"},
    {u"partner-streaming", u"Partner streaming service", u"제휴 OTT"},
    {u"partner-insurance", u"Partner phone insurance", u"제휴 휴대폰 보험"},
    {u"partner-card", u"Partner credit card", u"제휴 카드"},
};

const QStringList Internet = {u"internet-100m"_s, u"internet-500m"_s, u"internet-1g"_s};
const QStringList Mobile = {u"mobile-lte"_s, u"mobile-5g"_s, u"mobile-5g-unlimited"_s};

struct OfferTemplate
{
    OfferCategory category;
    QString product;
    QStringList ownedAny;
    QStringList notOwned;
};

QList<OfferTemplate> offerTemplates()
{
    using C = OfferCategory;
    return {
        {C::UpSell, u"internet-500m"_s, {u"internet-100m"_s}, {u"internet-1g"_s}},
        {C::UpSell, u"internet-1g"_s, {u"internet-100m"_s, u"internet-500m"_s}, {}},
        {C::UpSell, u"iptv-premium"_s, {u"iptv-basic"_s}, {}},
        {C::UpSell, u"mobile-5g"_s, {u"mobile-lte"_s}, {u"mobile-5g-unlimited"_s}},
        {C::UpSell, u"mobile-5g-unlimited"_s, {u"mobile-lte"_s, u"mobile-5g"_s}, {}},
        {C::CrossSell, u"iptv-basic"_s, Internet, {u"iptv-premium"_s}},
        {C::CrossSell, u"internet-500m"_s, Mobile, Internet},
        {C::CrossSell, u"mobile-5g"_s, {}, Mobile},
        {C::CrossSell, u"home-cctv"_s, {}, {}},
        {C::CrossSell, u"smart-home"_s, Internet, {}},
        {C::CrossSell, u"wifi-mesh"_s, Internet, {}},
        {C::Renewal, u"renewal-internet"_s, Internet, {}},
        {C::Renewal, u"renewal-mobile"_s, Mobile, {}},
        {C::Retention, u"retention-internet"_s, Internet, {}},
        {C::Retention, u"retention-mobile"_s, Mobile, {}},
        {C::PartnerPromotion, u"partner-streaming"_s, {}, {}},
        {C::PartnerPromotion, u"partner-insurance"_s, Mobile, {}},
        {C::PartnerPromotion, u"partner-card"_s, {}, {}},
    };
}

// Typical margin of a category (KRW); each offer varies around it.
double categoryMargin(OfferCategory category)
{
    switch (category) {
    case OfferCategory::UpSell:
        return 80'000;
    case OfferCategory::CrossSell:
        return 120'000;
    case OfferCategory::Renewal:
        return 150'000;
    case OfferCategory::Retention:
        return 100'000;
    case OfferCategory::PartnerPromotion:
        return 30'000;
    }
    Q_UNREACHABLE();
}

const QStringList ContactReasons = {u"billing"_s, u"technical"_s, u"sales"_s, u"moving"_s, u"cancellation"_s};
const int ContactReasonWeights[] = {35, 30, 15, 10, 10};

template <typename T, size_t N>
T pickWeighted(OfferRandom &random, const T (&values)[N], const int (&weights)[N])
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int draw = int(random.below(quint64(total)));
    for (size_t i = 0; i < N; ++i) {
        if (draw < weights[i])
            return values[i];
        draw -= weights[i];
    }
    return values[N - 1];
}

int pickIndex(OfferRandom &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int draw = int(random.below(quint64(total)));
    int index = 0;
    for (int weight : weights) {
        if (draw < weight)
            return index;
        draw -= weight;
        ++index;
    }
    return index - 1;
}

// The ground truth: how likely a customer is to accept an offer in a context. Logistic in
// effects of the offer's price, segment × category, tier × category, channel × category,
// reason × category, the offer's own segment/tier/channel tastes, and a segment × tier × category
// interaction that the engine's features cannot represent exactly. Nothing outside this file
// sees it; the engine only ever sees accept or decline.
class HiddenWorld final
{
public:
    HiddenWorld(quint64 seed, const QList<Offer> &offers)
        : m_offers(offers)
    {
        OfferRandom random = OfferRandom::stream(seed, TruthStream);
        const double categoryShift[OfferCategoryCount] = {0.0, -0.3, 0.8, 0.3, 0.2};
        for (int k = 0; k < OfferCategoryCount; ++k) {
            for (auto &row : m_segmentCategory)
                row[k] = 0.8 * random.normal();
            for (auto &row : m_tierCategory)
                row[k] = 0.6 * random.normal();
            for (auto &row : m_channelCategory)
                row[k] = 0.5 * random.normal();
            for (auto &row : m_reasonCategory)
                row[k] = 0.6 * random.normal();
            for (auto &bySegment : m_segmentTierCategory) {
                for (auto &row : bySegment)
                    row[k] = 0.3 * random.normal();
            }
        }
        // Callers who phone about cancelling listen to a reason to stay; sales calls to anything.
        m_reasonCategory[size_t(ContactReasons.indexOf(u"cancellation"_s))]
                        [size_t(OfferCategory::Retention)] += 1.5;
        for (int k = 0; k < OfferCategoryCount; ++k)
            m_reasonCategory[size_t(ContactReasons.indexOf(u"sales"_s))][size_t(k)] += 0.5;

        for (const Offer &offer : offers) {
            Taste taste;
            const auto k = size_t(offer.category);
            taste.base = -2.2 + categoryShift[k] + 0.5 * random.normal()
                         - 0.5 * std::log(double(offer.marginMinor) / categoryMargin(offer.category));
            for (double &value : taste.segment)
                value = 0.4 * random.normal();
            for (double &value : taste.tier)
                value = 0.3 * random.normal();
            for (double &value : taste.channel)
                value = 0.2 * random.normal();
            m_tastes.push_back(taste);
        }
    }

    double probability(int offerIndex, const OfferRequest &request) const
    {
        const Offer &offer = m_offers.at(offerIndex);
        const Taste &taste = m_tastes[size_t(offerIndex)];
        const auto k = size_t(offer.category);
        const auto s = size_t(request.customer.segment);
        const auto t = size_t(request.customer.valueTier);
        const auto c = size_t(request.channel);
        const auto r = size_t(std::max<qsizetype>(0, ContactReasons.indexOf(request.contactReason)));
        const double logit = taste.base + m_segmentCategory[s][k] + m_tierCategory[t][k]
                             + m_channelCategory[c][k] + m_reasonCategory[r][k]
                             + m_segmentTierCategory[s][t][k] + taste.segment[s] + taste.tier[t]
                             + taste.channel[c];
        return std::clamp(1.0 / (1.0 + std::exp(-logit)), 0.001, 0.95);
    }

private:
    using ByCategory = std::array<double, OfferCategoryCount>;
    struct Taste
    {
        double base = 0.0;
        std::array<double, 4> segment{};
        std::array<double, 4> tier{};
        std::array<double, ChannelCount> channel{};
    };

    QList<Offer> m_offers;
    std::vector<Taste> m_tastes;
    std::array<ByCategory, 4> m_segmentCategory{};
    std::array<ByCategory, 4> m_tierCategory{};
    std::array<ByCategory, ChannelCount> m_channelCategory{};
    std::array<ByCategory, 5> m_reasonCategory{};
    std::array<std::array<ByCategory, 4>, 4> m_segmentTierCategory{};
};

} // namespace

qint64 OfferEvaluation::evaluationTimeMs()
{
    return EvaluationTimeMs;
}

std::optional<DomainError> OfferEvaluationOptions::validate() const
{
    const auto invalid = [](const QString &why) {
        return DomainError{OfferErrorCode::InvalidOption.toString(), why};
    };
    if (rounds < 1 || rounds > MaxRounds)
        return invalid(u"rounds must be 1 to %1"_s.arg(MaxRounds));
    if (offers < MinOffers || offers > MaxOffers)
        return invalid(u"the catalogue must have %1 to %2 offers"_s.arg(MinOffers).arg(MaxOffers));
    if (curvePoints < 1 || curvePoints > 10'000)
        return invalid(u"the regret curve must have 1 to 10000 points"_s);
    return std::nullopt;
}

void OfferEvaluation::syntheticCatalogue(quint64 seed, int offers, qint64 nowMs,
                                         QList<OfferProduct> &products, QList<Offer> &catalogue)
{
    products.clear();
    for (const ProductSpec &spec : Products) {
        products.append(OfferProduct{QString::fromUtf16(spec.id), QString::fromUtf16(spec.nameEn),
                                     QString::fromUtf16(spec.nameKo)});
    }
    const auto productName = [&products](const QString &id, bool korean) {
        for (const OfferProduct &product : std::as_const(products)) {
            if (product.id == id)
                return korean ? product.nameKo : product.nameEn;
        }
        return id;
    };

    OfferRandom random = OfferRandom::stream(seed, CatalogueStream);
    const QList<OfferTemplate> templates = offerTemplates();
    catalogue.clear();
    for (int i = 0; i < offers; ++i) {
        // Every template once before any repeats, so that small catalogues cover every category.
        const OfferTemplate &shape =
            templates.at(i < templates.size() ? i : qsizetype(random.below(quint64(templates.size()))));
        Offer offer;
        offer.id = u"eval-%1-%2"_s.arg(i + 1, 3, 10, QChar(u'0')).arg(shape.product);
        offer.category = shape.category;
        offer.productId = shape.product;
        const int variant = i / int(templates.size()) + 1;
        offer.nameEn = productName(shape.product, false) + u" offer %1"_s.arg(variant);
        offer.nameKo = productName(shape.product, true) + u" 혜택 %1"_s.arg(variant);
        offer.marginMinor =
            qint64(std::round(categoryMargin(shape.category) * std::exp(0.5 * random.normal()) / 1000.0))
            * 1000;
        offer.marginMinor = std::max<qint64>(offer.marginMinor, 1000);
        offer.rules.ownedAny = shape.ownedAny;
        offer.rules.notOwned = shape.notOwned;
        offer.requiredConsent =
            (shape.category == OfferCategory::Renewal || shape.category == OfferCategory::Retention)
                ? OfferConsent::None
                : OfferConsent::Marketing;
        if (shape.category == OfferCategory::Renewal)
            offer.rules.minTenureDays = 365;
        else if (random.chance(0.15))
            offer.rules.minTenureDays = 90;
        if (shape.category == OfferCategory::Retention)
            offer.rules.contactReasons = {u"cancellation"_s};
        if (random.chance(0.25)) {
            const int first = int(random.below(4));
            offer.rules.segments = {Segment(first), Segment((first + 1 + int(random.below(3))) % 4)};
        }
        if (random.chance(0.15))
            offer.rules.valueTiers = {ValueTier::Gold, ValueTier::Platinum};
        if (random.chance(0.15))
            offer.rules.channels = {Channel::Voice, Channel::Chat};
        if (random.chance(0.10))
            offer.rules.languages = {u"ko"_s};
        if (shape.category == OfferCategory::PartnerPromotion && random.chance(0.5))
            offer.rules.regions = {u"KR"_s};
        const double validity = random.uniform();
        if (validity < 0.05) { // ended last month
            offer.validFromMs = nowMs - 400 * MsPerDay;
            offer.validUntilMs = nowMs - 30 * MsPerDay;
        } else if (validity < 0.08) { // starts next month
            offer.validFromMs = nowMs + 30 * MsPerDay;
        } else {
            offer.validFromMs = nowMs - 60 * MsPerDay;
            offer.validUntilMs = nowMs + 365 * MsPerDay;
        }
        offer.cooldownDays = 30;
        offer.priorAcceptance = 0.1;
        catalogue.append(offer);
    }
}

OfferRequest OfferEvaluation::syntheticContact(OfferRandom &random, qint64 nowMs)
{
    OfferRequest request;
    request.nowMs = nowMs;
    request.limit = 1;
    request.explain = false;
    OfferCustomerProfile &customer = request.customer;
    customer.segment = Segment(pickIndex(random, {60, 20, 15, 5}));
    customer.valueTier = ValueTier(pickIndex(random, {40, 30, 20, 10}));
    customer.language = random.chance(0.75) ? u"ko"_s : u"en"_s;
    static const QString regions[] = {u"KR"_s, u"US"_s, u"JP"_s};
    customer.region = regions[pickIndex(random, {85, 10, 5})];
    customer.createdAtMs = nowMs - qint64(random.below(3000)) * MsPerDay;
    customer.marketingConsent = random.chance(0.7);

    const int internet = pickIndex(random, {25, 30, 30, 15});
    if (internet > 0)
        customer.ownedProducts.insert(Internet.at(internet - 1));
    if (internet > 0) {
        const int iptv = pickIndex(random, {55, 35, 10});
        if (iptv == 1)
            customer.ownedProducts.insert(u"iptv-basic"_s);
        else if (iptv == 2)
            customer.ownedProducts.insert(u"iptv-premium"_s);
    }
    const int mobile = pickIndex(random, {30, 30, 30, 10});
    if (mobile > 0)
        customer.ownedProducts.insert(Mobile.at(mobile - 1));
    for (const char16_t *extra :
         {u"home-cctv", u"smart-home", u"wifi-mesh", u"partner-streaming", u"partner-card"}) {
        if (random.chance(0.08))
            customer.ownedProducts.insert(QString::fromUtf16(extra));
    }

    static const Channel channels[] = {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms,
                                       Channel::Social};
    static const int channelWeights[] = {45, 25, 10, 5, 15};
    request.channel = pickWeighted(random, channels, channelWeights);
    request.contactReason = ContactReasons.at(
        pickIndex(random, {ContactReasonWeights[0], ContactReasonWeights[1], ContactReasonWeights[2],
                           ContactReasonWeights[3], ContactReasonWeights[4]}));
    return request;
}

std::optional<DomainError> OfferEvaluation::run(const OfferEvaluationOptions &options,
                                                OfferEvaluationResult &result, const Progress &progress)
{
    if (auto error = options.validate())
        return error;
    const qint64 nowMs = EvaluationTimeMs;
    QList<OfferProduct> products;
    QList<Offer> catalogue;
    syntheticCatalogue(options.seed, options.offers, nowMs, products, catalogue);

    // The engine derives its own stream from the seed, apart from the ones used here.
    OfferEngine engine(options.seed, options.engine);
    if (auto error = engine.setCatalogue(products, catalogue))
        return error;
    const HiddenWorld world(options.seed, catalogue);

    OfferRandom contacts = OfferRandom::stream(options.seed, ContactStream);
    OfferRandom luck = OfferRandom::stream(options.seed, LuckStream);
    OfferRandom randomPolicy = OfferRandom::stream(options.seed, RandomPolicyStream);

    result = OfferEvaluationResult{};
    result.rounds = options.rounds;
    result.seed = options.seed;
    result.offers = int(catalogue.size());

    const qint64 points = std::min<qint64>(options.curvePoints, options.rounds);
    qint64 nextPoint = 1;
    const auto pointRound = [&](qint64 k) { return (k * options.rounds + points - 1) / points; };
    qint64 nextPointRound = pointRound(nextPoint);

    std::vector<int> eligible;
    eligible.reserve(size_t(catalogue.size()));
    QHash<QString, int> indexById;
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        indexById.insert(catalogue.at(i).id, int(i));

    for (qint64 round = 1; round <= options.rounds; ++round) {
        const OfferRequest request = syntheticContact(contacts, nowMs);
        // One draw of luck per contact, shared by every policy (common random numbers): an offer
        // is accepted when the draw falls below its true probability.
        const double draw = luck.uniform();

        eligible.clear();
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            if (OfferEligibility::isEligible(catalogue.at(i), request))
                eligible.push_back(int(i));
        }
        const QList<OfferSuggestion> suggestions = engine.suggest(request);

        if (eligible.empty()) {
            ++result.roundsWithoutOffer;
        } else {
            const auto settle = [&](int index, qint64 &revenue, qint64 &accepted) {
                if (draw < world.probability(index, request)) {
                    revenue += catalogue.at(index).marginMinor;
                    ++accepted;
                    return true;
                }
                return false;
            };

            const int randomChoice = eligible[size_t(randomPolicy.below(eligible.size()))];
            settle(randomChoice, result.randomRevenue, result.randomAccepted);

            int highest = eligible.front();
            int best = eligible.front();
            double bestValue = -1.0;
            for (int index : eligible) {
                if (catalogue.at(index).marginMinor > catalogue.at(highest).marginMinor)
                    highest = index;
                const double value =
                    world.probability(index, request) * double(catalogue.at(index).marginMinor);
                if (value > bestValue) {
                    bestValue = value;
                    best = index;
                }
            }
            settle(highest, result.highestMarginRevenue, result.highestMarginAccepted);
            settle(best, result.oracleRevenue, result.oracleAccepted);

            if (!suggestions.isEmpty()) {
                const OfferSuggestion &top = suggestions.constFirst();
                const int chosen = indexById.value(top.offer.id);
                OfferOutcome outcome;
                outcome.offerId = top.offer.id;
                outcome.customerId = round;
                outcome.context = top.context;
                outcome.recordedMs = nowMs;
                if (settle(chosen, result.engineRevenue, result.engineAccepted)) {
                    outcome.kind = OfferOutcomeKind::Accepted;
                    outcome.revenueMinor = top.offer.marginMinor;
                } else {
                    outcome.kind = OfferOutcomeKind::Declined;
                }
                if (auto error = engine.recordOutcome(outcome))
                    return error;
            }
        }

        if (round == nextPointRound) {
            result.regretCurve.append({round, result.oracleRevenue - result.engineRevenue});
            ++nextPoint;
            nextPointRound = nextPoint <= points ? pointRound(nextPoint) : -1;
        }
        if (progress && round % 10'000 == 0)
            progress(round, options.rounds);
    }
    return std::nullopt;
}

static double percentAbove(qint64 value, qint64 baseline)
{
    if (baseline <= 0)
        return 0.0;
    // Rounded to 0.1 %, so that the JSON is the same text on every machine.
    return std::round(1000.0 * double(value - baseline) / double(baseline)) / 10.0;
}

QJsonObject OfferEvaluationResult::toJson() const
{
    QJsonArray curve;
    for (const auto &[round, regret] : regretCurve)
        curve.append(QJsonArray{double(round), double(regret)});
    return QJsonObject{
        {u"rounds"_s, double(rounds)},
        {u"seed"_s, double(seed)},
        {u"offers"_s, offers},
        {u"currency"_s, u"KRW"_s},
        {u"engine_revenue"_s, double(engineRevenue)},
        {u"random_revenue"_s, double(randomRevenue)},
        {u"highest_margin_revenue"_s, double(highestMarginRevenue)},
        {u"oracle_revenue"_s, double(oracleRevenue)},
        {u"engine_accepted"_s, double(engineAccepted)},
        {u"random_accepted"_s, double(randomAccepted)},
        {u"highest_margin_accepted"_s, double(highestMarginAccepted)},
        {u"oracle_accepted"_s, double(oracleAccepted)},
        {u"rounds_without_offer"_s, double(roundsWithoutOffer)},
        {u"engine_vs_random_percent"_s, percentAbove(engineRevenue, randomRevenue)},
        {u"engine_vs_highest_margin_percent"_s, percentAbove(engineRevenue, highestMarginRevenue)},
        {u"engine_share_of_oracle_percent"_s,
         oracleRevenue > 0 ? std::round(1000.0 * double(engineRevenue) / double(oracleRevenue)) / 10.0 : 0.0},
        {u"regret_curve"_s, curve},
    };
}

} // namespace ContactDesk
