#include "report/SectionWorkers.h"

#include "database/Database.h"
#include "database/KeptReaders.h"
#include "database/SharedSnapshot.h"
#include "report/ReportSection.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace anju::report {

namespace {

// What the workers and the calling thread share while a summary is computed.
struct Run
{
    std::mutex lock;
    std::condition_variable changed;
    int begun = 0;  // workers whose read transaction has begun (or failed to)
    int exited = 0; // workers done with their connection
    int done = 0;   // sections computed
    std::optional<Outcome> startFailure;
    std::vector<std::optional<Result<ReportSectionResult>>> results;
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
};

// More threads than four only wait for each other on the large tables (docs/benchmarks.md, 2026-12-07).
constexpr int MostWorkers = 4;

// The order the workers take the sections in: those that only reshape the shared counts last.
std::vector<std::size_t> workOrder(const std::vector<std::unique_ptr<ReportSection>>& sections)
{
    std::vector<std::size_t> order;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < sections.size(); ++i) {
            if (sections[i]->reshapesSharedCounts() == (pass == 1))
                order.push_back(i);
        }
    }
    return order;
}

// One worker on its own thread, with its connection (opened on that thread, as Qt requires) or null and
// why it could not be opened.
void work(const Database* reader, const Outcome& opened, const SharedSnapshot& snapshot,
          const ReportContext& shared, const std::vector<std::unique_ptr<ReportSection>>& sections,
          const std::vector<std::size_t>& order, Run& run)
{
    const Outcome begun = reader ? snapshot.beginRead(*reader) : opened;
    {
        const std::lock_guard guard(run.lock);
        ++run.begun;
        if (!begun && !run.startFailure)
            run.startFailure = begun;
    }
    run.changed.notify_all();
    if (begun) {
        const ReportContext context(shared, *reader);
        while (!run.stop) {
            const int next = run.next.fetch_add(1);
            if (next >= int(order.size()))
                break;
            const std::size_t index = order[std::size_t(next)];
            Result<ReportSectionResult> result = sections[index]->compute(context);
            const bool failed = !result;
            {
                const std::lock_guard guard(run.lock);
                run.results[index] = std::move(result);
                ++run.done;
            }
            if (failed)
                run.stop = true;
            run.changed.notify_all();
        }
        SharedSnapshot::endRead(*reader);
    }
    {
        const std::lock_guard guard(run.lock);
        ++run.exited;
    }
    run.changed.notify_all();
}

} // namespace

int SectionWorkers::defaultCount(const Database& db, qint64 siteId, int sections)
{
    if (siteId != 0 || db.dialect().engine() == SqlDialect::Engine::PostgreSql)
        return 1;
    return std::clamp(std::min(QThread::idealThreadCount(), sections), 1, MostWorkers);
}

int SectionWorkers::mostWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 1, MostWorkers);
}

std::optional<Result<QList<ReportSectionResult>>>
SectionWorkers::compute(const Database& db, const ReportContext& context,
                        const std::vector<std::unique_ptr<ReportSection>>& sections, int workers,
                        const std::function<bool(int, int)>& progress, KeptReaders* kept)
{
    Result<SharedSnapshot> held = SharedSnapshot::hold(db);
    if (!held)
        return std::nullopt;
    const std::vector<std::size_t> order = workOrder(sections);
    const int total = int(sections.size());
    Run run;
    run.results.resize(sections.size());
    const auto job = [&](const Database* reader, const Outcome& opened) {
        work(reader, opened, held.value(), context, sections, order, run);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    if (kept) {
        workers = std::min(workers, kept->size());
        for (int i = 0; i < workers; ++i)
            kept->start(i, db, job);
    } else {
        for (int i = 0; i < workers; ++i) {
            threads.emplace_back(QThread::create([&] {
                // Opened, used and closed on this thread.
                const Result<std::unique_ptr<Database>> reopened = db.reopen();
                job(reopened ? reopened.value().get() : nullptr, reopened);
            }));
            threads.back()->start();
        }
    }
    const auto joinAll = [&] {
        if (kept)
            kept->wait();
        for (const std::unique_ptr<QThread>& thread : threads)
            thread->wait();
    };

    std::unique_lock guard(run.lock);
    run.changed.wait(guard, [&] { return run.begun == workers; });
    // Every worker reads at the held moment now (or failed to begin): writers may go on.
    held.value().release();
    if (run.startFailure) {
        run.stop = true;
        guard.unlock();
        joinAll();
        return std::nullopt;
    }
    int reported = 0;
    bool cancelled = false;
    // Every section finished is reported, the last ones too when the workers end before this thread looks.
    for (;;) {
        run.changed.wait(guard, [&] { return run.done > reported || run.exited == workers; });
        if (run.done > reported) {
            reported = run.done;
            if (progress && !cancelled) {
                guard.unlock();
                cancelled = !progress(reported, total);
                guard.lock();
                if (cancelled)
                    run.stop = true;
            }
            continue;
        }
        break; // every worker has ended and everything done was reported
    }
    guard.unlock();
    joinAll();
    if (cancelled)
        return Result<QList<ReportSectionResult>>(
            Outcome::failure(QLatin1String(Field::General), tr("The summary was cancelled.")));

    QList<ReportSectionResult> results;
    for (std::optional<Result<ReportSectionResult>>& result : run.results) {
        if (!result)
            continue; // not reached: a failure stopped the workers first
        if (!*result)
            return Result<QList<ReportSectionResult>>(Outcome(*result));
        results.append(std::move(result->value()));
    }
    if (results.size() != total)
        return Result<QList<ReportSectionResult>>(
            Outcome::error(tr("The summary could not be computed: a section was not reached.")));
    return Result<QList<ReportSectionResult>>(std::move(results));
}

} // namespace anju::report
