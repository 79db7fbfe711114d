#pragma once

#include <QtGlobal>

#include <random>

namespace ContactDesk {

// SplitMix64 (Steele, Lea and Flood): a well-mixed 64-bit hash of x, for seeds derived from seeds.
inline quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The simulator's random numbers. std::mt19937_64 is specified bit for bit by the C++ standard;
// the std:: distributions are not (libstdc++ and libc++ differ, and may change), so the
// distributions are written out here. Same seed, same numbers, on every build.
class SimulationRandom final
{
public:
    explicit SimulationRandom(quint64 seed);

    // An independent stream for one purpose (arrivals of one stream, handle times ...), so that
    // adding a purpose does not shift the numbers of the others.
    static SimulationRandom stream(quint64 seed, quint64 purpose);

    double uniform();                                // [0, 1)
    quint64 below(quint64 bound);                    // [0, bound), bound > 0
    double exponential(double mean);                 // mean > 0
    double normal();                                 // standard normal
    double lognormal(double mean, double deviation); // parameterised by its own mean and sd

private:
    std::mt19937_64 m_engine;
};

} // namespace ContactDesk
