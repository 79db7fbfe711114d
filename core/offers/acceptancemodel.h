#pragma once

#include "offeroutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace ContactDesk {

// The sum of the weights of the features active for one offer in one context: its mean and
// variance under the current belief.
struct AcceptanceScore
{
    double mean = 0.0;
    double variance = 0.0;
};

// What one offer's acceptance depends on, learned from its outcomes: Bayesian logistic
// regression over binary features ("own" for the offer itself, "segment/corporate",
// "channel/chat", "reason/billing" ...), P(accept) = σ(Σ w), with a normal prior on each weight
// and a Laplace approximation of the posterior (its mode and the inverse Hessian there).
//
// The data are kept as counts per combination of active features (a "cell": one segment, tier,
// channel and reason), which are sufficient statistics: the posterior is a function of the
// counts alone, so it does not depend on the order outcomes arrived in, and the counts are
// also what explanations quote. Each outcome adds to one cell and re-fits by Newton's method
// from the previous mode (one or two steps). See docs/OFFERS.md for why this and not a
// one-pass filter.
class AcceptanceModel final
{
public:
    AcceptanceModel() = default;

    qint64 observations() const { return m_observations; }
    int dimensionCount() const { return int(m_features.size()); }
    int dimension(const QString &feature) const; // -1 when the feature has no dimension yet
    const QString &feature(int dimension) const { return m_features.at(dimension); }
    double mean(int dimension) const { return m_mean[size_t(dimension)]; }
    double covariance(int row, int column) const;
    double priorMean(int dimension) const { return m_priorMean[size_t(dimension)]; }

    // A new feature with a normal prior, independent of the others. Returns its dimension (the
    // existing one when the feature is already there).
    int addDimension(const QString &feature, double priorMean, double priorVariance);
    // Moves a feature's prior mean (and, when nothing is learned yet, its mean).
    void setPriorMean(int dimension, double mean);

    // Mean and variance of the sum of the active features' weights.
    AcceptanceScore score(std::span<const int> active) const;
    // The predictive acceptance probability, weights integrated out (by the probit
    // approximation σ(μ / √(1 + πσ²/8))).
    double probability(const AcceptanceScore &score) const;
    // One Thompson sample: the acceptance probability under weights drawn from the posterior,
    // given a standard normal draw `z` (the sum of jointly normal weights is normal).
    double sampledProbability(const AcceptanceScore &score, double z) const;

    // Learns one outcome of a contact whose active features are `active` (distinct dimensions,
    // at most MaxActive of them).
    void record(std::span<const int> active, bool accepted);
    // Outcomes summed over the cells that have all of `required` active.
    OfferCounts counts(std::span<const int> required) const;

    // The own-weight prior mean that makes the prior predictive probability `p` when the active
    // features' prior variances add up to `variance`.
    static double meanForProbability(double p, double variance);

    // Persistence: every number, so that a reloaded model predicts exactly as before.
    QJsonObject toJson() const;
    static std::optional<AcceptanceModel> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const AcceptanceModel &other) const = default;

    static double logistic(double x);
    static double logit(double p);

    // A combination of active features and its outcomes.
    static constexpr int MaxActive = 8;
    struct Cell
    {
        std::array<int, MaxActive> dimensions{}; // sorted, unused entries -1 at the end
        OfferCounts counts;

        bool operator==(const Cell &other) const = default;
    };

private:
    void fit();
    double &covarianceAt(int row, int column);

    QList<QString> m_features;
    QHash<QString, int> m_index;
    std::vector<double> m_priorMean;
    std::vector<double> m_priorVariance;
    std::vector<double> m_mean;       // the posterior mode
    std::vector<double> m_covariance; // the inverse Hessian at the mode, row-major d × d
    std::vector<Cell> m_cells;        // sorted by dimensions
    qint64 m_observations = 0;
};

} // namespace ContactDesk
