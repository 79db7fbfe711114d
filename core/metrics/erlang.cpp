#include "erlang.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

// Method and references
//
// Erlang B: 1/B(k) = 1 + (k/A) / B(k-1), B(0) = 1 (the standard recursion, e.g. Cooper,
// "Introduction to Queueing Theory", 1981). We carry r(k) = ln(1/B(k)), which never overflows or
// underflows, so N = 10,000 with small traffic (B ~ 1e-30000) is still exact to rounding.
//
// Erlang C follows from B: C = 1 / (1 + (1 - A/N) (1/B - 1)).
//
// Erlang A (Palm 1946; Garnett, Mandelbaum & Reiman, "Designing a call center with impatient
// customers", M&SOM 4(3), 2002; Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance
// measures", 2009). Arrivals λ, service rate μ, N agents, abandonment rate θ = 1/patience. The
// number in system is a birth-death chain: for k <= N, π(k) ∝ (λ/μ)^k / k!, and for j >= 0,
// π(N+j) = π(N) Π_{i=1..j} λ / (Nμ + iθ).
//
// A contact that arrives behind j others in queue would reach an agent after the *offered wait*
// V = Σ_{i=0..j} Exp(Nμ + iθ) (the ones ahead leave by service or by abandoning), and it is served
// only if its own patience exceeds V (probability e^{-θV}). Summing the Beta-type densities of V
// over j with the weights π(N+j) (PASTA) collapses into one density for arrivals that must wait:
//
//     g(v) = π(N) Nμ exp(L(v)),   L(v) = -Nμ v + (λ/θ)(1 - e^{-θv})
//
// (for θ -> 0 this is Erlang C's π(N) Nμ e^{-(Nμ-λ)v}). ∫g = π(N) A(Nμ/θ, λ/θ), with Garnett et
// al.'s A(x, y) = x e^y y^{-x} γ(x, y), which fixes π(N) against Erlang B. Every figure is a
// weighted integral of exp(L):
//
//     P(wait)             = π(N) Nμ ∫ e^L
//     P(served, waited)   = π(N) Nμ ∫ e^{-θv} e^L          (within T: integrate to T only)
//     P(abandon)          = π(N) Nμ ∫ (1 - e^{-θv}) e^L
//     E[wait; served]     = π(N) Nμ ∫ v e^{-θv} e^L
//
// L is concave, so exp(L - max L) is a single smooth bump; it is integrated by adaptive
// Gauss-Kronrod over the range where it exceeds e^-60. Incomplete gamma functions with arguments
// like Nμ/θ ~ 1e7 would need asymptotic expansions; the integral stays well conditioned instead.

namespace ContactDesk::Erlang {

namespace {

double softplus(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

// ln(1/B(N, A)).
double logInverseErlangB(double traffic, int agents)
{
    const double logTraffic = std::log(traffic);
    double r = 0;
    for (int k = 1; k <= agents; ++k)
        r = softplus(std::log(double(k)) - logTraffic + r);
    return r;
}

// ln(e^r - 1) for r > 0, without overflow for large r.
double logExpm1(double r)
{
    return r > 30 ? r + std::log1p(-std::exp(-r)) : std::log(std::expm1(r));
}

DomainError error(const char *code, const QString &message)
{
    return DomainError{QString::fromLatin1(code), message};
}

bool positiveFinite(double value)
{
    return std::isfinite(value) && value > 0;
}

bool nonNegativeFinite(double value)
{
    return std::isfinite(value) && value >= 0;
}

constexpr int integrandCount = 4;
using Values = std::array<double, integrandCount>;

// exp(L(v) - L*) times the four weights of the header comment.
class OfferedWaitIntegrand
{
public:
    OfferedWaitIntegrand(double lambda, double serviceRateAll, double theta)
        : m_lambda(lambda)
        , m_nmu(serviceRateAll)
        , m_theta(theta)
    {
        m_mode = m_lambda > m_nmu ? std::log(m_lambda / m_nmu) / m_theta : 0.0;
        m_peak = logDensity(m_mode);
    }

    double logDensity(double v) const { return -m_nmu * v - (m_lambda / m_theta) * std::expm1(-m_theta * v); }
    double mode() const { return m_mode; }
    // The size of the two terms of L on [0, v], whose difference L is.
    double termMagnitude(double v) const
    {
        return std::max({1.0, m_nmu * v, -(m_lambda / m_theta) * std::expm1(-m_theta * v)});
    }
    double peak() const { return m_peak; }

    Values operator()(double v) const
    {
        const double density = std::exp(logDensity(v) - m_peak);
        const double stay = std::exp(-m_theta * v);
        return {density, density * stay, -density * std::expm1(-m_theta * v), density * v * stay};
    }

    // A length over which the bump changes appreciably: the decay length at the edge, or the
    // width of the peak when it lies inside.
    double scale() const
    {
        const double curvature = m_lambda * m_theta * std::exp(-m_theta * m_mode);
        double width = 1.0 / std::sqrt(curvature);
        const double slope = m_nmu - m_lambda * std::exp(-m_theta * m_mode);
        if (slope > 0)
            width = std::min(width, 1.0 / slope);
        return std::isfinite(width) && width > 0 ? width : 1.0;
    }

private:
    double m_lambda;
    double m_nmu;
    double m_theta;
    double m_mode = 0;
    double m_peak = 0;
};

// Gauss-Kronrod 7/15 nodes and weights (QUADPACK's qk15).
constexpr std::array<double, 8> kronrodNodes = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
constexpr std::array<double, 8> kronrodWeights = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
constexpr std::array<double, 4> gaussWeights = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

struct Panel
{
    Values kronrod{};
    Values gauss{};
};

Panel gaussKronrod(const OfferedWaitIntegrand &f, double a, double b)
{
    const double half = 0.5 * (b - a);
    const double centre = 0.5 * (a + b);
    Panel panel;
    for (int node = 0; node < 8; ++node) {
        const double x = half * kronrodNodes[node];
        const Values left = f(centre - x);
        const Values right = node == 7 ? Values{} : f(centre + x);
        for (int i = 0; i < integrandCount; ++i) {
            const double sum = left[i] + right[i];
            panel.kronrod[i] += kronrodWeights[node] * sum;
            if (node % 2 == 1)
                panel.gauss[i] += gaussWeights[node / 2] * sum;
        }
    }
    for (int i = 0; i < integrandCount; ++i) {
        panel.kronrod[i] *= half;
        panel.gauss[i] *= half;
    }
    return panel;
}

// Bisects until the Gauss and Kronrod estimates agree within the tolerance. `budget` caps the
// panels evaluated, so rounding noise that no bisection can remove cannot make it run away.
Values integrateAdaptive(const OfferedWaitIntegrand &f, double a, double b, const Values &tolerance,
                         int depth, int &budget)
{
    const Panel panel = gaussKronrod(f, a, b);
    --budget;
    bool converged = true;
    for (int i = 0; i < integrandCount; ++i)
        converged = converged && std::abs(panel.kronrod[i] - panel.gauss[i]) <= tolerance[i];
    if (converged || depth >= 30 || budget <= 0)
        return panel.kronrod;
    Values halfTolerance;
    for (int i = 0; i < integrandCount; ++i)
        halfTolerance[i] = 0.5 * tolerance[i];
    const double middle = 0.5 * (a + b);
    const Values left = integrateAdaptive(f, a, middle, halfTolerance, depth + 1, budget);
    const Values right = integrateAdaptive(f, middle, b, halfTolerance, depth + 1, budget);
    Values sum;
    for (int i = 0; i < integrandCount; ++i)
        sum[i] = left[i] + right[i];
    return sum;
}

// ∫_a^b with a relative accuracy of about 1e-11 per component: a first pass over 32 panels
// gives the magnitudes, then each panel is refined against its share of the tolerance. exp(L - L*)
// carries a relative rounding error of about ε times the size of L's terms (they cancel when L* is
// large), and asking for more than that would bisect forever; the tolerance stays above it.
Values integrate(const OfferedWaitIntegrand &f, double a, double b)
{
    Values total{};
    if (!(b > a))
        return total;
    constexpr int panels = 32;
    const double width = (b - a) / panels;
    Values estimate{};
    for (int p = 0; p < panels; ++p) {
        const Panel panel = gaussKronrod(f, a + p * width, a + (p + 1) * width);
        for (int i = 0; i < integrandCount; ++i)
            estimate[i] += std::abs(panel.kronrod[i]);
    }
    const double relative = std::max(1e-11, 64 * std::numeric_limits<double>::epsilon() * f.termMagnitude(b));
    Values tolerance;
    for (int i = 0; i < integrandCount; ++i)
        tolerance[i] = std::max(estimate[i] * relative, std::numeric_limits<double>::min()) / panels;
    int budget = 20000;
    for (int p = 0; p < panels; ++p) {
        const Values part = integrateAdaptive(f, a + p * width, a + (p + 1) * width, tolerance, 0, budget);
        for (int i = 0; i < integrandCount; ++i)
            total[i] += part[i];
    }
    return total;
}

Result evaluateErlangC(const Input &input, int agents, Result result)
{
    const double traffic = result.trafficErlangs;
    const double n = agents;
    if (n <= traffic) {
        result.stable = false;
        result.probabilityWait = 1;
        result.occupancy = 1;
        result.error =
            error("unstable",
                  QStringLiteral("%1 agents cannot carry %2 erlangs when nobody abandons: the queue grows "
                                            "without bound (add agents or give a patience)")
                                     .arg(agents)
                                     .arg(traffic, 0, 'g', 6));
        return result;
    }
    result.stable = true;
    const double wait = erlangC(traffic, agents);
    result.probabilityWait = wait;
    result.serviceLevel = 1.0 - wait * std::exp(-(n - traffic) * input.targetSeconds / input.ahtSeconds);
    result.asaSeconds = wait * input.ahtSeconds / (n - traffic);
    result.occupancy = traffic / n;
    return result;
}

Result evaluateErlangA(const Input &input, int agents, Result result)
{
    const double lambda = input.arrivals / input.intervalSeconds;
    const double theta = 1.0 / input.patienceSeconds;
    const double nmu = agents / input.ahtSeconds;
    const OfferedWaitIntegrand f(lambda, nmu, theta);

    // Integrate only where exp(L - L*) > e^-60; L is concave, so doubling steps find the ends.
    constexpr double negligible = -60.0;
    const double scale = f.scale();
    double reach = scale;
    while (f.logDensity(f.mode() + reach) - f.peak() > negligible && std::isfinite(reach))
        reach *= 2;
    const double upper = f.mode() + reach;
    double lower = 0;
    if (f.mode() > 0) {
        reach = scale;
        while (reach < f.mode() && f.logDensity(f.mode() - reach) - f.peak() > negligible)
            reach *= 2;
        lower = std::max(0.0, f.mode() - reach);
    }
    const double split = std::clamp(input.targetSeconds, lower, upper);
    const Values beforeTarget = integrate(f, lower, split);
    const Values afterTarget = integrate(f, split, upper);
    Values all;
    for (int i = 0; i < integrandCount; ++i)
        all[i] = beforeTarget[i] + afterTarget[i];

    // ln(P(no wait) / P(wait)) = ln((1-B)/B) - ln(Nμ ∫e^L); see the header comment.
    const double logRatio = logExpm1(logInverseErlangB(result.trafficErlangs, agents)) - std::log(nmu)
                            - f.peak() - std::log(all[0]);
    const double wait = 1.0 / (1.0 + std::exp(logRatio));
    const double noWait = 1.0 / (1.0 + std::exp(-logRatio));
    const double servedAfterWaiting = wait * all[1] / all[0];
    const double served = noWait + servedAfterWaiting;

    result.stable = true;
    result.probabilityWait = wait;
    result.probabilityAbandon = wait * all[2] / all[0];
    result.serviceLevel = std::min(1.0, noWait + wait * beforeTarget[1] / all[0]);
    result.asaSeconds = wait * all[3] / all[0] / served;
    result.occupancy = std::min(1.0, result.trafficErlangs * served / agents);
    return result;
}

bool meetsGoal(const Result &result, const StaffingGoal &goal)
{
    if (!result.stable)
        return false;
    if (goal.serviceLevel && result.serviceLevel < *goal.serviceLevel)
        return false;
    if (goal.asaSeconds && result.asaSeconds > *goal.asaSeconds)
        return false;
    return result.occupancy <= goal.maxOccupancy;
}

} // namespace

double trafficErlangs(const Input &input)
{
    return input.arrivals * input.ahtSeconds / input.intervalSeconds;
}

double erlangB(double trafficErlangs, int agents)
{
    if (agents <= 0)
        return 1.0;
    if (trafficErlangs <= 0)
        return 0.0;
    return std::exp(-logInverseErlangB(trafficErlangs, agents));
}

double erlangC(double trafficErlangs, int agents)
{
    if (agents <= 0 || agents <= trafficErlangs)
        return 1.0;
    if (trafficErlangs <= 0)
        return 0.0;
    const double r = logInverseErlangB(trafficErlangs, agents);
    // expm1(r) may overflow to inf for large N: the result is then correctly 0.
    return 1.0 / (1.0 + (1.0 - trafficErlangs / agents) * std::expm1(r));
}

std::optional<DomainError> validate(const Input &input)
{
    if (!positiveFinite(input.arrivals))
        return error("invalid-calls", QStringLiteral("The number of calls must be a positive number"));
    if (!positiveFinite(input.intervalSeconds))
        return error("invalid-interval",
                     QStringLiteral("The interval length must be a positive number of seconds"));
    if (!positiveFinite(input.ahtSeconds))
        return error("invalid-aht",
                     QStringLiteral("The average handling time must be a positive number of seconds"));
    if (!nonNegativeFinite(input.targetSeconds))
        return error("invalid-target",
                     QStringLiteral("The service-level target time must be 0 seconds or more"));
    if (!nonNegativeFinite(input.patienceSeconds))
        return error("invalid-patience",
                     QStringLiteral("The mean patience must be a positive number of seconds"));
    const double traffic = trafficErlangs(input);
    if (!positiveFinite(traffic) || traffic > MaximumAgents)
        return error("invalid-traffic",
                     QStringLiteral("The traffic of %1 erlangs is outside what can be staffed (at most %2)")
                                        .arg(traffic, 0, 'g', 6)
                                        .arg(MaximumAgents));
    return std::nullopt;
}

std::optional<DomainError> validate(const StaffingGoal &goal)
{
    if (!goal.serviceLevel && !goal.asaSeconds)
        return error("missing-goal", QStringLiteral("Give a target service level or a target ASA"));
    if (goal.serviceLevel && !(*goal.serviceLevel > 0 && *goal.serviceLevel < 1))
        return error("invalid-service-level",
                     QStringLiteral("The target service level must be above 0% and below 100%"));
    if (goal.asaSeconds && !positiveFinite(*goal.asaSeconds))
        return error("invalid-asa", QStringLiteral("The target ASA must be a positive number of seconds"));
    if (!(std::isfinite(goal.maxOccupancy) && goal.maxOccupancy > 0 && goal.maxOccupancy <= 1))
        return error("invalid-max-occupancy",
                     QStringLiteral("The maximum occupancy must be above 0% and at most 100%"));
    if (!(std::isfinite(goal.shrinkage) && goal.shrinkage >= 0 && goal.shrinkage < 1))
        return error("invalid-shrinkage", QStringLiteral("Shrinkage must be at least 0% and below 100%"));
    return std::nullopt;
}

Result evaluate(const Input &input, int agents)
{
    Result result;
    result.agents = agents;
    if (auto problem = validate(input)) {
        result.error = problem;
        return result;
    }
    if (agents < 1 || agents > MaximumAgents) {
        result.error =
            error("invalid-agents",
                  QStringLiteral("The number of agents must be between 1 and %1").arg(MaximumAgents));
        return result;
    }
    result.trafficErlangs = trafficErlangs(input);
    return input.patienceSeconds > 0 ? evaluateErlangA(input, agents, result)
                                     : evaluateErlangC(input, agents, result);
}

Staffing requiredAgents(const Input &input, const StaffingGoal &goal)
{
    Staffing staffing;
    if (auto problem = validate(input)) {
        staffing.error = problem;
        return staffing;
    }
    if (auto problem = validate(goal)) {
        staffing.error = problem;
        return staffing;
    }

    // Service level, ASA and occupancy all improve as agents are added, so the fewest agents
    // that meet the goal are found by doubling steps from a lower bound, then bisection.
    const double traffic = trafficErlangs(input);
    int low = 1;
    if (input.patienceSeconds <= 0) {
        low = std::max(low, int(std::floor(traffic)) + 1);
        low = std::max(low, int(std::ceil(traffic / goal.maxOccupancy - 1e-9)));
    }
    Result best = evaluate(input, low);
    if (!meetsGoal(best, goal)) {
        int failing = low;
        int step = 1;
        int high = low + step;
        for (;;) {
            if (high > MaximumAgents) {
                staffing.error =
                    error("too-many-agents",
                          QStringLiteral("The goal needs more than %1 agents").arg(MaximumAgents));
                return staffing;
            }
            best = evaluate(input, high);
            if (meetsGoal(best, goal))
                break;
            failing = high;
            step *= 2;
            high = std::min(low + step, MaximumAgents + 1);
        }
        while (high - failing > 1) {
            const int middle = failing + (high - failing) / 2;
            Result candidate = evaluate(input, middle);
            if (meetsGoal(candidate, goal)) {
                high = middle;
                best = candidate;
            } else {
                failing = middle;
            }
        }
    }
    staffing.figures = best;
    staffing.requiredAgents = best.agents;
    staffing.scheduledAgents = scheduledAgents(best.agents, goal.shrinkage);
    return staffing;
}

int scheduledAgents(int requiredAgents, double shrinkage)
{
    if (shrinkage <= 0)
        return requiredAgents;
    const double exact = requiredAgents / (1.0 - shrinkage);
    return int(std::ceil(exact * (1.0 - 1e-12)));
}

} // namespace ContactDesk::Erlang
