#include "offerrandom.h"

#include "routing/simulationrandom.h"

#include <cmath>
#include <limits>

namespace ContactDesk {

OfferRandom::OfferRandom(quint64 seed)
    : m_engine(seed)
{}

OfferRandom OfferRandom::stream(quint64 seed, quint64 purpose)
{
    return OfferRandom(splitMix64(splitMix64(seed) ^ splitMix64(purpose + 0x5DEECE66DULL)));
}

double OfferRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

quint64 OfferRandom::below(quint64 bound)
{
    // Rejection keeps every value equally likely (no modulo bias).
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 value = m_engine();
    while (value >= limit)
        value = m_engine();
    return value % bound;
}

bool OfferRandom::chance(double probability)
{
    return uniform() < probability;
}

double OfferRandom::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    // Marsaglia's polar method: two normals per accepted pair, no trigonometry.
    double u = 0;
    double v = 0;
    double s = 0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

} // namespace ContactDesk
