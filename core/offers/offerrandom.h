#pragma once

#include <QtGlobal>

#include <random>

namespace ContactDesk {

// The offers room's random numbers: Thompson sampling and the evaluation's simulated world.
// std::mt19937_64 is specified bit for bit by the C++ standard, the std:: distributions are not,
// so the distributions are written out here: the same seed gives the same suggestions everywhere.
class OfferRandom final
{
public:
    explicit OfferRandom(quint64 seed);

    // An independent stream for one purpose (the world, a baseline, the engine), so that one
    // user of random numbers does not shift the numbers of another.
    static OfferRandom stream(quint64 seed, quint64 purpose);

    double uniform();             // [0, 1)
    quint64 below(quint64 bound); // [0, bound), bound > 0
    bool chance(double probability);
    double normal(); // standard normal

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace ContactDesk
