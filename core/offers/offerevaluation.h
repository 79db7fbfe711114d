#pragma once

#include "domain/domainerror.h"
#include "offer.h"
#include "offerengine.h"
#include "offerrandom.h"
#include "offerrequest.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace ContactDesk {

struct OfferEvaluationOptions
{
    static constexpr qint64 MaxRounds = 100'000'000;
    static constexpr int MinOffers = 5;
    static constexpr int MaxOffers = 1000;

    qint64 rounds = 100'000;
    quint64 seed = 1;
    int offers = 40;       // size of the synthetic catalogue
    int curvePoints = 100; // points of the regret curve (fewer when there are fewer rounds)
    OfferEngineSettings engine;

    std::optional<DomainError> validate() const;
};

struct OfferEvaluationResult
{
    qint64 rounds = 0;
    quint64 seed = 0;
    int offers = 0;
    // Revenue (minor units of KRW) of each policy over the same contacts and the same luck.
    qint64 engineRevenue = 0;
    qint64 randomRevenue = 0;        // a uniformly random eligible offer
    qint64 highestMarginRevenue = 0; // always the eligible offer with the highest margin
    qint64 oracleRevenue = 0;        // knows the true acceptance probabilities
    qint64 engineAccepted = 0;
    qint64 randomAccepted = 0;
    qint64 highestMarginAccepted = 0;
    qint64 oracleAccepted = 0;
    qint64 roundsWithoutOffer = 0; // contacts no offer was eligible for
    // (round, oracle revenue − engine revenue so far), at about curvePoints evenly spaced rounds.
    QList<std::pair<qint64, qint64>> regretCurve;

    // {"rounds","engine_revenue","random_revenue","highest_margin_revenue","oracle_revenue",
    //  "regret_curve":[[round,regret],...], ...}: the same options give the same object.
    QJsonObject toJson() const;
};

// `contactdesk-cli offers evaluate`: replays simulated contacts against a ground-truth acceptance
// model that only this file's implementation knows. The engine sees the catalogue and each
// customer, as it would in production, and learns only from the outcomes of its own suggestions;
// the baselines and the oracle face the same contacts and the same random luck.
class OfferEvaluation final
{
public:
    // Called every few thousand rounds with the number done; not part of the result.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static std::optional<DomainError> run(const OfferEvaluationOptions &options,
                                          OfferEvaluationResult &result, const Progress &progress = {});

    // The synthetic Korean-market catalogue the evaluation uses, also for benchmarks: `offers`
    // offers over a fixed product range, with eligibility rules, consent and validity.
    static void syntheticCatalogue(quint64 seed, int offers, qint64 nowMs, QList<OfferProduct> &products,
                                   QList<Offer> &catalogue);
    // One simulated contact: a customer (segment, tier, language, region, tenure, consent, owned
    // products), a channel and a contact reason.
    static OfferRequest syntheticContact(OfferRandom &random, qint64 nowMs);
    // The instant every evaluation runs at (2026-01-01 00:00 UTC).
    static qint64 evaluationTimeMs();
};

} // namespace ContactDesk
