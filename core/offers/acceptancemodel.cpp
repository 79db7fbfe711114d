#include "acceptancemodel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>

using namespace Qt::StringLiterals;

namespace ContactDesk {

// Newton's method converges quadratically: after a step that moved no weight (a log-odds) more
// than δ, the mode is off by about δ². Stopping after a step below 1e-3 leaves it within ~1e-6,
// and one step is what a single new outcome usually needs.
static constexpr double Tolerance = 1e-3;
static constexpr int MaxNewtonSteps = 60;
// A far-off start (a big batch of counts at once) is approached in steps of at most this.
static constexpr double MaxStep = 4.0;

int AcceptanceModel::dimension(const QString &feature) const
{
    return m_index.value(feature, -1);
}

double AcceptanceModel::covariance(int row, int column) const
{
    return m_covariance[size_t(row) * size_t(m_features.size()) + size_t(column)];
}

double &AcceptanceModel::covarianceAt(int row, int column)
{
    return m_covariance[size_t(row) * size_t(m_features.size()) + size_t(column)];
}

int AcceptanceModel::addDimension(const QString &feature, double priorMean, double priorVariance)
{
    const int existing = dimension(feature);
    if (existing >= 0)
        return existing;
    const size_t old = size_t(m_features.size());
    std::vector<double> grown((old + 1) * (old + 1), 0.0);
    for (size_t row = 0; row < old; ++row)
        std::copy_n(m_covariance.begin() + ptrdiff_t(row * old), old,
                    grown.begin() + ptrdiff_t(row * (old + 1)));
    // A feature no cell has seen is uncorrelated with the rest and keeps its prior.
    grown[old * (old + 1) + old] = priorVariance;
    m_covariance = std::move(grown);
    m_priorMean.push_back(priorMean);
    m_priorVariance.push_back(priorVariance);
    m_mean.push_back(priorMean);
    m_features.append(feature);
    m_index.insert(feature, int(old));
    return int(old);
}

void AcceptanceModel::setPriorMean(int dimension, double mean)
{
    m_priorMean[size_t(dimension)] = mean;
    if (m_observations == 0)
        m_mean[size_t(dimension)] = mean;
    else
        fit();
}

AcceptanceScore AcceptanceModel::score(std::span<const int> active) const
{
    AcceptanceScore score;
    for (int row : active) {
        score.mean += m_mean[size_t(row)];
        for (int column : active)
            score.variance += covariance(row, column);
    }
    score.variance = std::max(0.0, score.variance);
    return score;
}

double AcceptanceModel::probability(const AcceptanceScore &score) const
{
    return logistic(score.mean / std::sqrt(1.0 + std::numbers::pi * score.variance / 8.0));
}

double AcceptanceModel::sampledProbability(const AcceptanceScore &score, double z) const
{
    return logistic(score.mean + std::sqrt(score.variance) * z);
}

static std::array<int, AcceptanceModel::MaxActive> cellKey(std::span<const int> active)
{
    std::array<int, AcceptanceModel::MaxActive> key;
    key.fill(std::numeric_limits<int>::max());
    std::copy_n(active.begin(), std::min(active.size(), key.size()), key.begin());
    std::sort(key.begin(), key.end());
    for (int &dimension : key) {
        if (dimension == std::numeric_limits<int>::max())
            dimension = -1;
    }
    return key;
}

static bool keyLess(const std::array<int, AcceptanceModel::MaxActive> &a,
                    const std::array<int, AcceptanceModel::MaxActive> &b)
{
    return a < b;
}

void AcceptanceModel::record(std::span<const int> active, bool accepted)
{
    const auto key = cellKey(active);
    auto cell = std::lower_bound(m_cells.begin(), m_cells.end(), key,
                                 [](const Cell &c, const auto &k) { return keyLess(c.dimensions, k); });
    if (cell == m_cells.end() || cell->dimensions != key)
        cell = m_cells.insert(cell, Cell{key, OfferCounts{}});
    ++cell->counts.offered;
    if (accepted)
        ++cell->counts.accepted;
    ++m_observations;
    fit();
}

OfferCounts AcceptanceModel::counts(std::span<const int> required) const
{
    OfferCounts sum;
    for (const Cell &cell : m_cells) {
        const bool matches = std::all_of(required.begin(), required.end(), [&cell](int dimension) {
            return std::find(cell.dimensions.begin(), cell.dimensions.end(), dimension)
                   != cell.dimensions.end();
        });
        if (matches) {
            sum.offered += cell.counts.offered;
            sum.accepted += cell.counts.accepted;
        }
    }
    return sum;
}

// In place: `matrix` (d × d, symmetric positive definite) becomes its lower Cholesky factor.
static bool cholesky(std::vector<double> &matrix, size_t d)
{
    for (size_t j = 0; j < d; ++j) {
        double diagonal = matrix[j * d + j];
        for (size_t k = 0; k < j; ++k)
            diagonal -= matrix[j * d + k] * matrix[j * d + k];
        if (!(diagonal > 0.0))
            return false;
        diagonal = std::sqrt(diagonal);
        matrix[j * d + j] = diagonal;
        for (size_t i = j + 1; i < d; ++i) {
            double value = matrix[i * d + j];
            for (size_t k = 0; k < j; ++k)
                value -= matrix[i * d + k] * matrix[j * d + k];
            matrix[i * d + j] = value / diagonal;
        }
    }
    return true;
}

// Solves L Lᵀ x = b in place, L from cholesky().
static void choleskySolve(const std::vector<double> &factor, size_t d, std::vector<double> &b)
{
    for (size_t i = 0; i < d; ++i) {
        double value = b[i];
        for (size_t k = 0; k < i; ++k)
            value -= factor[i * d + k] * b[k];
        b[i] = value / factor[i * d + i];
    }
    for (size_t i = d; i-- > 0;) {
        double value = b[i];
        for (size_t k = i + 1; k < d; ++k)
            value -= factor[k * d + i] * b[k];
        b[i] = value / factor[i * d + i];
    }
}

// The posterior mode by Newton's method on the log posterior (strictly concave: a normal prior
// plus logistic likelihoods), then the covariance as the inverse Hessian at the mode.
void AcceptanceModel::fit()
{
    const size_t d = size_t(m_features.size());
    std::vector<double> hessian(d * d);
    std::vector<double> gradient(d);
    const auto evaluate = [&] {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        for (size_t i = 0; i < d; ++i) {
            gradient[i] = -(m_mean[i] - m_priorMean[i]) / m_priorVariance[i];
            hessian[i * d + i] = 1.0 / m_priorVariance[i];
        }
        for (const Cell &cell : m_cells) {
            double z = 0.0;
            int active = 0;
            while (active < MaxActive && cell.dimensions[size_t(active)] >= 0)
                z += m_mean[size_t(cell.dimensions[size_t(active++)])];
            const double p = logistic(z);
            const double residual = double(cell.counts.accepted) - double(cell.counts.offered) * p;
            const double weight = double(cell.counts.offered) * p * (1.0 - p);
            for (int i = 0; i < active; ++i) {
                const size_t row = size_t(cell.dimensions[size_t(i)]);
                gradient[row] += residual;
                for (int j = 0; j < active; ++j)
                    hessian[row * d + size_t(cell.dimensions[size_t(j)])] += weight;
            }
        }
    };

    // The Hessian factored at the start of the last step serves for the covariance: the step
    // moved the mode by less than Tolerance.
    bool factored = false;
    for (int step = 0; step < MaxNewtonSteps; ++step) {
        evaluate();
        factored = cholesky(hessian, d);
        if (!factored)
            break; // cannot happen for a concave objective; keep the last good mode
        choleskySolve(hessian, d, gradient);
        double largest = 0.0;
        for (double delta : gradient)
            largest = std::max(largest, std::abs(delta));
        const double scale = largest > MaxStep ? MaxStep / largest : 1.0;
        for (size_t i = 0; i < d; ++i)
            m_mean[i] += scale * gradient[i];
        if (largest < Tolerance)
            break;
    }
    if (!factored)
        return;

    std::vector<double> column(d);
    for (size_t j = 0; j < d; ++j) {
        std::fill(column.begin(), column.end(), 0.0);
        column[j] = 1.0;
        choleskySolve(hessian, d, column);
        for (size_t i = 0; i < d; ++i)
            m_covariance[i * d + j] = column[i];
    }
    // exactly symmetric, whatever the rounding of the two triangular solves
    for (size_t i = 0; i < d; ++i) {
        for (size_t j = i + 1; j < d; ++j) {
            const double average = 0.5 * (m_covariance[i * d + j] + m_covariance[j * d + i]);
            m_covariance[i * d + j] = average;
            m_covariance[j * d + i] = average;
        }
    }
}

double AcceptanceModel::meanForProbability(double p, double variance)
{
    return logit(p) * std::sqrt(1.0 + std::numbers::pi * variance / 8.0);
}

// exp(x) written out for the logistic function, which fit() evaluates once per cell and Newton
// step. libm's exp was three times slower here (it runs AVX code between SSE code, and the
// switch costs more than the exp), and differs between libm versions in the last bit.
// Range reduction x = k ln 2 + r, |r| ≤ ln 2 / 2, then Taylor to r¹³: relative error < 3e-16.
static double exponential(double x)
{
    if (x > 709.0)
        return std::numeric_limits<double>::infinity();
    if (x < -708.0)
        return 0.0; // below the smallest normal double: close enough to 0 for a probability
    static constexpr double Ln2High = 6.93147180369123816490e-01;
    static constexpr double Ln2Low = 1.90821492927058770002e-10;
    static constexpr double InverseLn2 = 1.44269504088896338700e+00;
    const double k = std::floor(x * InverseLn2 + 0.5);
    const double r = (x - k * Ln2High) - k * Ln2Low;
    static constexpr double Coefficients[] = {1.0 / 6227020800.0,
                                              1.0 / 479001600.0,
                                              1.0 / 39916800.0,
                                              1.0 / 3628800.0,
                                              1.0 / 362880.0,
                                              1.0 / 40320.0,
                                              1.0 / 5040.0,
                                              1.0 / 720.0,
                                              1.0 / 120.0,
                                              1.0 / 24.0,
                                              1.0 / 6.0,
                                              0.5,
                                              1.0,
                                              1.0};
    double polynomial = 0.0;
    for (double coefficient : Coefficients)
        polynomial = polynomial * r + coefficient;
    // 2^k by its bit pattern: k is within the normal exponent range here
    const quint64 bits = quint64(qint64(k) + 1023) << 52;
    double scale = 0.0;
    std::memcpy(&scale, &bits, sizeof scale);
    return polynomial * scale;
}

double AcceptanceModel::logistic(double x)
{
    // two forms, so that the exponential never overflows
    if (x >= 0.0)
        return 1.0 / (1.0 + exponential(-x));
    const double e = exponential(x);
    return e / (1.0 + e);
}

double AcceptanceModel::logit(double p)
{
    return std::log(p / (1.0 - p));
}

QJsonObject AcceptanceModel::toJson() const
{
    QJsonArray features;
    QJsonArray priorMeans;
    QJsonArray priorVariances;
    QJsonArray means;
    QJsonArray covariance;
    const int d = dimensionCount();
    for (int row = 0; row < d; ++row) {
        features.append(m_features.at(row));
        priorMeans.append(m_priorMean[size_t(row)]);
        priorVariances.append(m_priorVariance[size_t(row)]);
        means.append(m_mean[size_t(row)]);
        for (int column = row; column < d; ++column)
            covariance.append(this->covariance(row, column));
    }
    // each cell: [dimension, ..., offered, accepted]
    QJsonArray cells;
    for (const Cell &cell : m_cells) {
        QJsonArray entry;
        for (int dimension : cell.dimensions) {
            if (dimension >= 0)
                entry.append(dimension);
        }
        entry.append(double(cell.counts.offered));
        entry.append(double(cell.counts.accepted));
        cells.append(entry);
    }
    return QJsonObject{
        {u"features"_s, features}, {u"prior_mean"_s, priorMeans}, {u"prior_variance"_s, priorVariances},
        {u"mean"_s, means},        {u"covariance"_s, covariance}, {u"cells"_s, cells}};
}

std::optional<AcceptanceModel> AcceptanceModel::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<AcceptanceModel> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonArray features = json.value(u"features"_s).toArray();
    const QJsonArray priorMeans = json.value(u"prior_mean"_s).toArray();
    const QJsonArray priorVariances = json.value(u"prior_variance"_s).toArray();
    const QJsonArray means = json.value(u"mean"_s).toArray();
    const QJsonArray covariance = json.value(u"covariance"_s).toArray();
    const QJsonArray cells = json.value(u"cells"_s).toArray();
    const qsizetype d = features.size();
    if (priorMeans.size() != d || priorVariances.size() != d || means.size() != d
        || covariance.size() != d * (d + 1) / 2) {
        return fail(
            u"%1 features need %1 prior means, prior variances and means, and %2 covariances"_s.arg(d).arg(
                d * (d + 1) / 2));
    }

    AcceptanceModel model;
    for (qsizetype i = 0; i < d; ++i) {
        const QString feature = features.at(i).toString();
        const double variance = priorVariances.at(i).toDouble();
        if (feature.isEmpty() || model.m_index.contains(feature))
            return fail(u"feature %1 is empty or repeated"_s.arg(i));
        if (!(variance > 0.0))
            return fail(u"the prior variance of '%1' is not positive"_s.arg(feature));
        model.addDimension(feature, priorMeans.at(i).toDouble(), variance);
        model.m_mean[size_t(i)] = means.at(i).toDouble();
    }
    qsizetype next = 0;
    for (int row = 0; row < int(d); ++row) {
        for (int column = row; column < int(d); ++column) {
            const double value = covariance.at(next++).toDouble();
            model.covarianceAt(row, column) = value;
            model.covarianceAt(column, row) = value;
        }
        if (!(model.covariance(row, row) > 0.0))
            return fail(u"the variance of '%1' is not positive"_s.arg(model.m_features.at(row)));
    }
    for (const QJsonValue &value : cells) {
        const QJsonArray entry = value.toArray();
        if (entry.size() < 3)
            return fail(u"a cell needs its features and two counts"_s);
        if (entry.size() - 2 > MaxActive)
            return fail(u"a cell has more than %1 features"_s.arg(MaxActive));
        std::vector<int> dimensions;
        for (qsizetype i = 0; i + 2 < entry.size(); ++i) {
            const int dimension = entry.at(i).toInt(-1);
            if (dimension < 0 || dimension >= int(d)
                || std::count(dimensions.begin(), dimensions.end(), dimension))
                return fail(u"a cell names dimension %1 of %2, or names it twice"_s.arg(dimension).arg(d));
            dimensions.push_back(dimension);
        }
        const OfferCounts counts{qint64(entry.at(entry.size() - 2).toDouble()),
                                 qint64(entry.at(entry.size() - 1).toDouble())};
        if (counts.offered <= 0 || counts.accepted < 0 || counts.accepted > counts.offered)
            return fail(u"a cell has %1 accepted of %2 offered"_s.arg(counts.accepted).arg(counts.offered));
        const auto key = cellKey(dimensions);
        if (!model.m_cells.empty() && !keyLess(model.m_cells.back().dimensions, key))
            return fail(u"the cells are not in order"_s);
        model.m_cells.push_back(Cell{key, counts});
        model.m_observations += counts.offered;
    }
    return model;
}

} // namespace ContactDesk
