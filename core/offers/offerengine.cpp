#include "offerengine.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

// Feature names are persisted (in each offer's model), so they use the stable keys:
// "own", "segment/consumer", "tier/gold", "channel/chat", "reason/<queue id>".
static const QString OwnFeature = u"own"_s;

static QString segmentFeature(Segment segment)
{
    return u"segment/"_s + segmentKey(segment);
}

static QString tierFeature(ValueTier tier)
{
    return u"tier/"_s + valueTierKey(tier);
}

static QString channelFeature(Channel channel)
{
    return u"channel/"_s + channelKey(channel);
}

static QString reasonFeature(const QString &contactReason)
{
    return u"reason/"_s + contactReason;
}

static const std::array<Segment, 4> Segments = {Segment::Consumer, Segment::SmallBusiness, Segment::Corporate,
                                                Segment::PublicSector};
static const std::array<ValueTier, 4> Tiers = {ValueTier::Bronze, ValueTier::Silver, ValueTier::Gold,
                                               ValueTier::Platinum};

QString OfferSuggestion::reason(const QString &language) const
{
    return explanation.text(language);
}

OfferEngine::OfferEngine(quint64 seed, const OfferEngineSettings &settings)
    : m_settings(settings)
    , m_random(OfferRandom::stream(seed, 0x0FFE5))
{}

// What one contact's score varies by before anything is learned: the offer's own weight and
// one weight each for segment, tier, channel and contact reason.
double OfferEngine::priorVariance() const
{
    return m_settings.offerVariance + 4.0 * m_settings.contextVariance;
}

AcceptanceModel OfferEngine::priorModel(const Offer &offer) const
{
    AcceptanceModel model;
    // The offer's own weight starts where the prior predictive acceptance equals its prior
    // acceptance, given how unsure every weight starts out.
    model.addDimension(OwnFeature,
                       AcceptanceModel::meanForProbability(offer.priorAcceptance, priorVariance()),
                       m_settings.offerVariance);
    for (Segment segment : Segments)
        model.addDimension(segmentFeature(segment), 0.0, m_settings.contextVariance);
    for (ValueTier tier : Tiers)
        model.addDimension(tierFeature(tier), 0.0, m_settings.contextVariance);
    for (Channel channel : allChannels())
        model.addDimension(channelFeature(channel), 0.0, m_settings.contextVariance);
    return model;
}

// Offers of one category tend to appeal to the same customers: until an offer has outcomes of
// its own, its segment, tier and channel effects are the average of what its siblings in the
// catalogue have learned (never their own weight: how attractive the offer itself is, its prior
// acceptance says). Computed when asked, in catalogue order, so that it is the same after a
// restart.
std::array<double, 3> OfferEngine::borrowedEffects(int offerIndex, const OfferContext &context) const
{
    std::array<double, 3> sums{};
    int siblings = 0;
    const OfferCategory category = m_offers.at(offerIndex).category;
    for (qsizetype i = 0; i < m_offers.size(); ++i) {
        const AcceptanceModel &sibling = m_models[size_t(m_modelOf[size_t(i)])];
        if (i == offerIndex || m_offers.at(i).category != category || sibling.observations() == 0)
            continue;
        const Dimensions &dimensions = m_dimensionsOf[size_t(i)];
        sums[0] += sibling.mean(dimensions.segment[size_t(context.segment)]);
        sums[1] += sibling.mean(dimensions.tier[size_t(context.valueTier)]);
        sums[2] += sibling.mean(dimensions.channel[size_t(context.channel)]);
        ++siblings;
    }
    if (siblings > 0) {
        for (double &sum : sums)
            sum /= double(siblings);
    }
    return sums;
}

OfferEngine::Dimensions OfferEngine::dimensionsOf(const AcceptanceModel &model)
{
    Dimensions dimensions;
    dimensions.own = model.dimension(OwnFeature);
    for (Segment segment : Segments)
        dimensions.segment[size_t(segment)] = model.dimension(segmentFeature(segment));
    for (ValueTier tier : Tiers)
        dimensions.tier[size_t(tier)] = model.dimension(tierFeature(tier));
    for (Channel channel : allChannels())
        dimensions.channel[size_t(channel)] = model.dimension(channelFeature(channel));
    return dimensions;
}

std::optional<DomainError> OfferEngine::setCatalogue(const QList<OfferProduct> &products,
                                                     const QList<Offer> &offers)
{
    QSet<QString> productIds;
    for (const OfferProduct &product : products) {
        if (auto error = product.validate())
            return error;
        if (productIds.contains(product.id)) {
            return DomainError{OfferErrorCode::InvalidCatalogue.toString(),
                               u"product '%1' appears twice in the catalogue"_s.arg(product.id)};
        }
        productIds.insert(product.id);
    }
    QSet<QString> offerIds;
    for (const Offer &candidate : offers) {
        if (auto error = candidate.validate())
            return error;
        if (offerIds.contains(candidate.id)) {
            return DomainError{OfferErrorCode::InvalidCatalogue.toString(),
                               u"offer '%1' appears twice in the catalogue"_s.arg(candidate.id)};
        }
        offerIds.insert(candidate.id);
    }

    m_products = products;
    m_offers = offers;
    m_offerIndex.clear();
    for (qsizetype i = 0; i < m_offers.size(); ++i)
        m_offerIndex.insert(m_offers.at(i).id, int(i));
    m_modelOf.assign(size_t(m_offers.size()), -1);
    m_dimensionsOf.assign(size_t(m_offers.size()), Dimensions{});
    for (qsizetype i = 0; i < m_offers.size(); ++i) {
        const Offer &item = m_offers.at(i);
        int index = m_modelIndex.value(item.id, -1);
        if (index < 0) {
            index = int(m_models.size());
            m_models.push_back(priorModel(item));
            m_modelIndex.insert(item.id, index);
        } else if (m_models[size_t(index)].observations() == 0) {
            // nothing learned yet: the prior follows the (possibly edited) prior acceptance
            m_models[size_t(index)] = priorModel(item);
        }
        m_modelOf[size_t(i)] = index;
        m_dimensionsOf[size_t(i)] = dimensionsOf(m_models[size_t(index)]);
    }
    return std::nullopt;
}

const Offer *OfferEngine::offer(const QString &offerId) const
{
    const int index = m_offerIndex.value(offerId, -1);
    return index >= 0 ? &m_offers.at(index) : nullptr;
}

const AcceptanceModel *OfferEngine::model(const QString &offerId) const
{
    const int index = m_modelIndex.value(offerId, -1);
    return index >= 0 ? &m_models[size_t(index)] : nullptr;
}

AcceptanceScore OfferEngine::score(int offerIndex, const OfferContext &context,
                                   const QString &reasonName) const
{
    const AcceptanceModel &model = m_models[size_t(m_modelOf[size_t(offerIndex)])];
    const Dimensions &dimensions = m_dimensionsOf[size_t(offerIndex)];
    std::array<int, 5> active = {dimensions.own, dimensions.segment[size_t(context.segment)],
                                 dimensions.tier[size_t(context.valueTier)],
                                 dimensions.channel[size_t(context.channel)], model.dimension(reasonName)};
    // A reason this offer has never met is a weight with its prior: mean 0, independent.
    const bool knownReason = active[4] >= 0;
    AcceptanceScore sum = model.score(std::span<const int>(active.data(), knownReason ? 5 : 4));
    if (!knownReason)
        sum.variance += m_settings.contextVariance;
    if (model.observations() == 0) {
        for (double effect : borrowedEffects(offerIndex, context))
            sum.mean += effect;
    }
    return sum;
}

QList<OfferSuggestion> OfferEngine::suggest(const OfferRequest &request)
{
    struct Candidate
    {
        int index = 0;
        double probability = 0.0;
        double expectedValue = 0.0;
        double sampledValue = 0.0;
    };
    const OfferContext context = request.context();
    const QString reasonName = reasonFeature(context.contactReason);
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(m_offers.size()));
    for (qsizetype i = 0; i < m_offers.size(); ++i) {
        const Offer &item = m_offers.at(i);
        if (!OfferEligibility::isEligible(item, request))
            continue;
        const AcceptanceModel &model = m_models[size_t(m_modelOf[size_t(i)])];
        const AcceptanceScore sum = score(int(i), context, reasonName);
        const double margin = double(item.marginMinor);
        Candidate candidate;
        candidate.index = int(i);
        candidate.probability = model.probability(sum);
        candidate.expectedValue = candidate.probability * margin;
        candidate.sampledValue = model.sampledProbability(sum, m_random.normal()) * margin;
        candidates.push_back(candidate);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.sampledValue != b.sampledValue ? a.sampledValue > b.sampledValue : a.index < b.index;
    });

    // best expected value among the offers ranked below each one, for the "exploring" flag
    std::vector<double> bestBelow(candidates.size(), -1.0);
    for (size_t i = candidates.size(); i-- > 1;)
        bestBelow[i - 1] = std::max(bestBelow[i], candidates[i].expectedValue);

    QList<OfferSuggestion> suggestions;
    const size_t count = std::min(candidates.size(), size_t(std::max(0, request.limit)));
    suggestions.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Candidate &candidate = candidates[i];
        OfferSuggestion suggestion;
        suggestion.offer = m_offers.at(candidate.index);
        suggestion.rank = int(i) + 1;
        suggestion.acceptanceProbability = candidate.probability;
        suggestion.expectedValueMinor = candidate.expectedValue;
        suggestion.sampledValueMinor = candidate.sampledValue;
        suggestion.exploring = bestBelow[i] > candidate.expectedValue;
        suggestion.context = context;
        if (request.explain) {
            suggestion.explanation =
                OfferExplanation::describe(suggestion.offer, request.customer, m_products,
                                           counts(suggestion.offer.id, context.segment, context.valueTier),
                                           candidate.probability, m_settings.similarMinimum);
        }
        suggestions.append(suggestion);
    }
    return suggestions;
}

OfferIneligibility OfferEngine::eligibility(const QString &offerId, const OfferRequest &request) const
{
    const Offer *known = offer(offerId);
    return known ? OfferEligibility::check(*known, request) : OfferIneligibility::Inactive;
}

double OfferEngine::estimatedAcceptance(const QString &offerId, const OfferContext &context) const
{
    const int index = m_offerIndex.value(offerId, -1);
    if (index < 0)
        return -1.0;
    const AcceptanceModel &model = m_models[size_t(m_modelOf[size_t(index)])];
    return model.probability(score(index, context, reasonFeature(context.contactReason)));
}

OfferCounts OfferEngine::counts(const QString &offerId, Segment segment, ValueTier tier) const
{
    const AcceptanceModel *learned = model(offerId);
    if (!learned)
        return {};
    const std::array<int, 2> required = {learned->dimension(segmentFeature(segment)),
                                         learned->dimension(tierFeature(tier))};
    if (required[0] < 0 || required[1] < 0)
        return {};
    return learned->counts(required);
}

QStringList OfferEngine::featureNames(const OfferContext &context)
{
    return {OwnFeature, segmentFeature(context.segment), tierFeature(context.valueTier),
            channelFeature(context.channel), reasonFeature(context.contactReason)};
}

std::optional<DomainError> OfferEngine::planOutcome(const OfferOutcome &outcome, OfferModelDelta &delta) const
{
    if (auto error = outcome.validate(false))
        return error;
    const int offerIndex = m_offerIndex.value(outcome.offerId, -1);
    if (offerIndex < 0) {
        return DomainError{OfferErrorCode::UnknownOffer.toString(),
                           u"offer '%1' is not in the catalogue"_s.arg(outcome.offerId)};
    }
    delta = OfferModelDelta{};
    delta.offerId = outcome.offerId;
    delta.model = m_models[size_t(m_modelOf[size_t(offerIndex)])];
    if (delta.model.observations() == 0) {
        // The first outcome starts from the prior the ranking used, borrowed effects included,
        // in every context, not only this one.
        const Dimensions &dimensions = m_dimensionsOf[size_t(offerIndex)];
        const auto borrowed = [&](Segment segment, ValueTier tier, Channel channel) {
            return borrowedEffects(offerIndex, OfferContext{segment, tier, channel, QString()});
        };
        for (Segment segment : Segments)
            delta.model.setPriorMean(dimensions.segment[size_t(segment)],
                                     borrowed(segment, ValueTier::Bronze, Channel::Voice)[0]);
        for (ValueTier tier : Tiers)
            delta.model.setPriorMean(dimensions.tier[size_t(tier)],
                                     borrowed(Segment::Consumer, tier, Channel::Voice)[1]);
        for (Channel channel : allChannels())
            delta.model.setPriorMean(dimensions.channel[size_t(channel)],
                                     borrowed(Segment::Consumer, ValueTier::Bronze, channel)[2]);
    }
    std::array<int, 5> active{};
    const QStringList names = featureNames(outcome.context);
    for (qsizetype i = 0; i < names.size(); ++i) {
        // the contact reason may be new to this offer: it joins with its prior
        active[size_t(i)] = delta.model.addDimension(names.at(i), 0.0, m_settings.contextVariance);
    }
    delta.model.record(active, outcome.accepted());
    return std::nullopt;
}

void OfferEngine::apply(OfferModelDelta delta)
{
    restoreModel(delta.offerId, std::move(delta.model));
}

std::optional<DomainError> OfferEngine::recordOutcome(const OfferOutcome &outcome)
{
    OfferModelDelta delta;
    if (auto error = planOutcome(outcome, delta))
        return error;
    apply(std::move(delta));
    return std::nullopt;
}

void OfferEngine::restoreModel(const QString &offerId, AcceptanceModel model)
{
    // Every model has the fixed features the ranking reads; one that lacks some (written by a
    // future version that dropped them, say) gets them with their priors.
    const Offer *known = offer(offerId);
    model.addDimension(
        OwnFeature,
        AcceptanceModel::meanForProbability(known ? known->priorAcceptance : 0.1, priorVariance()),
        m_settings.offerVariance);
    for (Segment segment : Segments)
        model.addDimension(segmentFeature(segment), 0.0, m_settings.contextVariance);
    for (ValueTier tier : Tiers)
        model.addDimension(tierFeature(tier), 0.0, m_settings.contextVariance);
    for (Channel channel : allChannels())
        model.addDimension(channelFeature(channel), 0.0, m_settings.contextVariance);

    int index = m_modelIndex.value(offerId, -1);
    if (index < 0) {
        index = int(m_models.size());
        m_models.push_back(std::move(model));
        m_modelIndex.insert(offerId, index);
    } else {
        m_models[size_t(index)] = std::move(model);
    }
    const int offerIndex = m_offerIndex.value(offerId, -1);
    if (offerIndex >= 0) {
        m_modelOf[size_t(offerIndex)] = index;
        m_dimensionsOf[size_t(offerIndex)] = dimensionsOf(m_models[size_t(index)]);
    }
}

} // namespace ContactDesk
