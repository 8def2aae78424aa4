#pragma once

#include <QtGlobal>

#include <random>

namespace anju::demo {

// Random draws for the demo data. The engine is fully specified by the C++ standard, but the standard
// distributions are not (libstdc++ and libc++ differ), so the distributions are written here: one seed
// must give the same demo data on every machine and compiler.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }

    // Uniform in [low, high], without modulo bias.
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        const quint64 range = quint64(high - low) + 1;
        const quint64 biased = (0 - range) % range; // 2^64 mod range: the first values are uneven
        quint64 x = m_engine();
        while (x < biased)
            x = m_engine();
        return low + int(x % range);
    }

    bool percent(int p) { return between(0, 99) < p; }
    bool perMille(int p) { return between(0, 999) < p; }

    // An index drawn with the given integer weights.
    template <typename Weights> int weighted(const Weights& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = between(0, total - 1);
        int index = 0;
        for (int w : weights) {
            if (x < w)
                return index;
            x -= w;
            ++index;
        }
        return index - 1;
    }

    template <typename List> const auto& pick(const List& items)
    {
        return items[between(0, int(items.size()) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace anju::demo
