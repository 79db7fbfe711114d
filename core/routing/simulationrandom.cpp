#include "simulationrandom.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace ContactDesk {

namespace {
// SplitMix64: spreads (seed, purpose) into well-separated generator seeds.
quint64 splitMix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}
} // namespace

SimulationRandom::SimulationRandom(quint64 seed)
    : m_engine(seed)
{}

SimulationRandom SimulationRandom::stream(quint64 seed, quint64 purpose)
{
    return SimulationRandom(splitMix(splitMix(seed) ^ splitMix(purpose + 1)));
}

double SimulationRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

quint64 SimulationRandom::below(quint64 bound)
{
    // Rejection keeps every value equally likely.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 value;
    do {
        value = m_engine();
    } while (value >= limit);
    return value % bound;
}

double SimulationRandom::exponential(double mean)
{
    return -mean * std::log1p(-uniform());
}

double SimulationRandom::normal()
{
    // Box-Muller; the second value of the pair is dropped so each call uses exactly two draws.
    const double u1 = 1.0 - uniform(); // (0, 1]
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double SimulationRandom::lognormal(double mean, double deviation)
{
    const double variance = std::log1p((deviation * deviation) / (mean * mean));
    const double mu = std::log(mean) - variance / 2.0;
    return std::exp(mu + std::sqrt(variance) * normal());
}

} // namespace ContactDesk
