#pragma once

#include "domain/Violation.h"
#include "report/ReportTypes.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace anju {
class Database;
class KeptReaders;
} // namespace anju

namespace anju::report {

class ReportContext;
class ReportSection;

// Computes the summary's sections on worker threads, each reading on its own connection and all in one
// snapshot of the database (SharedSnapshot), so the figures agree as if one connection had read them in
// one transaction. At a province the sections each read large tables for 150–400 ms; run side by side
// they finish in about the time of the largest share (docs/benchmarks.md, 2026-12-07).
class SectionWorkers
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::SectionWorkers)

public:
    // The workers of a summary: for the whole office on SQLite one per core, at most four, never more than
    // the sections; otherwise one (the sections in turn on the caller's connection). A site's summary is
    // small (89–1,231 households: 90–200 ms, most of it one section), and two new connections cost more
    // than they save; the server already spreads each large scan over its own parallel workers, and each
    // new server connection first loads its catalog caches: side by side was slower there (3.4 s against
    // 3.1 s for the whole office at 280,000 households on the 2-core test server; docs/benchmarks.md,
    // 2026-12-07).
    static int defaultCount(const Database& db, qint64 siteId, int sections);
    // The most defaultCount() gives on this machine: how many threads a KeptReaders for the workers needs.
    static int mostWorkers();

    // The sections' results in the order of `sections`, or the first failure in that order; nullopt when
    // the workers could not start (the database refused the snapshot or a second connection), and the
    // caller computes on its own connection instead. `progress` runs on the calling thread after sections
    // finish, with (done, total); false cancels. With `kept`, the workers are its threads and read on
    // their kept connections (at most its size); otherwise each opens a connection for this summary.
    static std::optional<Result<QList<ReportSectionResult>>>
    compute(const Database& db, const ReportContext& context,
            const std::vector<std::unique_ptr<ReportSection>>& sections, int workers,
            const std::function<bool(int done, int total)>& progress, KeptReaders* kept = nullptr);
};

} // namespace anju::report
