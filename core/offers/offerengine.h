#pragma once

#include "acceptancemodel.h"
#include "offer.h"
#include "offereligibility.h"
#include "offerexplanation.h"
#include "offeroutcome.h"
#include "offerrandom.h"
#include "offerrequest.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ContactDesk {

// How strongly the engine believes what it assumes before it has seen outcomes: the prior
// variances of the feature weights, in probit units. docs/OFFERS.md explains the choice.
struct OfferEngineSettings
{
    double offerVariance = 1.0;    // the offer's own weight (log-odds)
    double contextVariance = 0.25; // each of segment, value tier, channel and contact reason
    int similarMinimum = 20;       // how many similar customers a reason needs before it quotes them
};

struct OfferSuggestion
{
    Offer offer;
    int rank = 0; // 1 for the best
    // What the engine believes now, weights integrated out.
    double acceptanceProbability = 0.0;
    double expectedValueMinor = 0.0; // acceptanceProbability × margin
    // The Thompson sample the ranking used: the expected value under weights drawn from the
    // beliefs, which is how the engine keeps trying offers it is unsure about.
    double sampledValueMinor = 0.0;
    // Ranked above an eligible offer with a higher expected value: the engine is exploring.
    bool exploring = false;
    OfferContext context; // pass it back with the outcome (OfferOutcome::context)
    OfferExplanation explanation;

    QString reason(const QString &language) const;
};

// What one outcome changes in the engine: the offer's model after learning it. The store-backed
// OfferAdvisor writes a delta to the database before it applies it, so memory never runs ahead
// of disk.
struct OfferModelDelta
{
    QString offerId;
    AcceptanceModel model;
};

// The next-best-offer engine: eligibility, ranking by expected value with Thompson sampling,
// explanations and online learning. It never touches the database (see OfferAdvisor), so it is
// fast and deterministic for a given seed and sequence of calls. Not thread-safe.
class OfferEngine final
{
public:
    explicit OfferEngine(quint64 seed = 1, const OfferEngineSettings &settings = {});

    // Replaces the catalogue. Learned models and counts are kept, by offer id, so an edited or
    // re-imported offer remembers what it learned. An offer nobody has answered yet starts from
    // its prior acceptance, with the segment, tier and channel effects its category's other
    // offers have learned so far. Refused (nothing changes) when an offer or
    // product is invalid or an id appears twice.
    std::optional<DomainError> setCatalogue(const QList<OfferProduct> &products, const QList<Offer> &offers);
    const QList<Offer> &offers() const { return m_offers; }
    const QList<OfferProduct> &products() const { return m_products; }
    const Offer *offer(const QString &offerId) const; // nullptr when not in the catalogue
    const OfferEngineSettings &settings() const { return m_settings; }

    // The eligible offers ranked best first, at most request.limit of them.
    QList<OfferSuggestion> suggest(const OfferRequest &request);
    OfferIneligibility eligibility(const QString &offerId, const OfferRequest &request) const;
    // The current estimate for an offer in a context (weights integrated out); -1 for an
    // unknown offer.
    double estimatedAcceptance(const QString &offerId, const OfferContext &context) const;
    // What customers of this segment and tier did with the offer (its "similar customers").
    OfferCounts counts(const QString &offerId, Segment segment, ValueTier tier) const;

    // Learning in two steps, so that a caller can persist the delta before applying it. Plan
    // and apply one outcome at a time: a plan is computed against the current beliefs.
    std::optional<DomainError> planOutcome(const OfferOutcome &outcome, OfferModelDelta &delta) const;
    void apply(OfferModelDelta delta);
    // Plan and apply at once (no persistence: the evaluation, tests).
    std::optional<DomainError> recordOutcome(const OfferOutcome &outcome);

    // Restoring persisted state (OfferAdvisor::load), before setCatalogue.
    void restoreModel(const QString &offerId, AcceptanceModel model);
    // The offer's learned model; nullptr before the offer was ever in the catalogue.
    const AcceptanceModel *model(const QString &offerId) const;

    // The names of the features an outcome in `context` is learned under (see docs/OFFERS.md).
    static QStringList featureNames(const OfferContext &context);

private:
    static constexpr int SegmentCount = 4;
    static constexpr int TierCount = 4;

    // Where each fixed feature sits in an offer's model (looked up by name, so that a model read
    // back from the database may list its features in any order).
    struct Dimensions
    {
        int own = -1;
        std::array<int, SegmentCount> segment{};
        std::array<int, TierCount> tier{};
        std::array<int, ChannelCount> channel{};
    };

    AcceptanceModel priorModel(const Offer &offer) const;
    std::array<double, 3> borrowedEffects(int offerIndex, const OfferContext &context) const;
    static Dimensions dimensionsOf(const AcceptanceModel &model);
    AcceptanceScore score(int offerIndex, const OfferContext &context, const QString &reasonFeature) const;
    double priorVariance() const;

    OfferEngineSettings m_settings;
    OfferRandom m_random;
    QList<OfferProduct> m_products;
    QList<Offer> m_offers;
    std::vector<int> m_modelOf;             // parallel to m_offers: index into m_models
    std::vector<Dimensions> m_dimensionsOf; // parallel to m_offers
    QHash<QString, int> m_offerIndex;
    // Models by offer id, kept across catalogue changes: an offer that leaves and comes back
    // remembers what it learned.
    std::vector<AcceptanceModel> m_models;
    QHash<QString, int> m_modelIndex;
};

} // namespace ContactDesk
