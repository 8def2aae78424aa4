#pragma once

// The one way the benchmarks time their work: the median of several runs, wall clock and CPU time both,
// because the machine is shared and CPU time shows the work itself when another job takes the cores.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <ctime>
#include <functional>

namespace anju::bench {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    bool failed = false; // the work said it failed: the times mean nothing

    // "wall ms (cpu ms)", as docs/benchmarks.md quotes them.
    QString text() const
    {
        return QStringLiteral("%1 ms (cpu %2 ms)").arg(wallMs, 0, 'f', 1).arg(cpuMs, 0, 'f', 1);
    }
};

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs `work` `runs` times (at least once); stops at the first run that returns false.
inline Timing timeRuns(int runs, const std::function<bool()>& work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        if (!work())
            return {0, 0, true};
        cpu.append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(wall), median(cpu), false};
}

inline Timing timeRuns(int runs, const std::function<void()>& work)
{
    return timeRuns(runs, std::function<bool()>([&work] {
                        work();
                        return true;
                    }));
}

// The common case of a line of figures: "wall ms (cpu ms)".
inline QString medianMs(int runs, const std::function<void()>& work)
{
    return timeRuns(runs, work).text();
}

} // namespace anju::bench
