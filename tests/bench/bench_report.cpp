// The monthly summary on a province: the whole office and single sites, against the same figures
// computed by one hand-written SQL query each (tests/support/IndependentFigures.cpp,
// IndependentPartyFigures.cpp and IndependentGridFigures.cpp), in the same run. The grids section is also
// timed alone, and the summary without it (every other section on one context, as the builder runs them).
//
//   bench_report DB [MONTH=2026-10] [RUNS=7]
//
// Prints the median of RUNS for each, checks that both give the same numbers, and writes a Markdown
// table for docs/benchmarks.md. Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin /
// anju-demo): the summary refuses to run without a logged-in user. Exits 1 with the reason on stderr
// when anything fails (CTest runs it once on a small demo database: RUNS=1). With ANJU_BENCH_SKIP_BASELINE
// set, the hand-written queries are not run (they take minutes on a loaded machine): timings only.
// A database without income checks (a demo made before the demo wrote them) gets fourteen months of
// checks for every household first, written here in one transaction (varied incomes, some below the line,
// some falling, a few large expenses), so the income section counts something; the file is changed.

#include "BenchTiming.h"
#include "IndependentFigures.h"
#include "IndependentGridFigures.h"
#include "IndependentIncomeFigures.h"
#include "IndependentPartyFigures.h"
#include "IndependentWorkFigures.h"

#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/KeptReaders.h"
#include "income/IncomeMonthQueries.h"
#include "party/BranchStageFigures.h"
#include "report/EmploymentSection.h"
#include "report/GridsSection.h"
#include "report/IncomeSection.h"
#include "report/IndustrySection.h"
#include "report/MonitoringSection.h"
#include "report/MonthlySummary.h"
#include "report/PartySection.h"
#include "report/PopulationTrend.h"
#include "report/SectionWorkers.h"
#include "report/TrainingSection.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace anju;

namespace {

// The median wall time in ms, -1 when the work failed; `cpu`, when given, gets the median CPU time.
double timeRuns(int runs, const std::function<bool()>& work, double* cpu = nullptr)
{
    const bench::Timing timing = bench::timeRuns(runs, work);
    if (cpu)
        *cpu = timing.cpuMs;
    return timing.failed ? -1 : timing.wallMs;
}

int mismatches(const report::MonthlySummary& summary, const QList<test::IndependentFigure>& expected)
{
    int wrong = 0;
    for (const test::IndependentFigure& e : expected) {
        const report::ReportFigure* f = summary.figure(e.section, e.key);
        if (!f || f->value != e.value || f->previous != e.previous) {
            std::printf("  MISMATCH %s.%s: summary %lld/%lld, SQL %lld/%lld\n", qPrintable(e.section),
                        qPrintable(e.key), f ? f->value : -1LL, f ? f->previous : -1LL, e.value, e.previous);
            ++wrong;
        }
    }
    return wrong;
}

// Fourteen months of checks ending with `month` for every household registered by then, when the database
// has none: incomes spread from below the line to several times it, every 13th household's falling in the
// last two months, every 97th with a large medical expense. Plain INSERT … SELECT, as fast as the engine
// writes (the audit triggers included).
bool writeChecksIfNone(const Database& db, report::ReportMonth month, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM income_checks")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    q.finish();
    std::printf("writing 14 months of income checks for every household (the database has none) …\n");
    WriteTransaction transaction(db);
    for (int back = 13; back >= 0; --back) {
        const QDate first = month.first.addMonths(-back);
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
            " income_business, income_transfers, operating_costs, expense_medical, checker)"
            " SELECT h.id, :month, :month, 1 + h.id % 4, (h.id * 7919 + :k * 104729) % 150000"
            " * CASE WHEN h.id % 13 = 0 AND :k >= 12 THEN 1 ELSE 2 END,"
            " (h.id * 31 + :k * 17) % 20000, 20000 + h.id % 5000, (h.id * 13) % 3000,"
            " CASE WHEN h.id % 97 = 0 AND :k = 13 THEN 1200000 ELSE 0 END, '基准测试'"
            " FROM households h WHERE h.relocation_date IS NULL OR h.relocation_date <= :month"));
        insert.bindValue(QStringLiteral(":month"), first.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":k"), 13 - back);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_report DB [MONTH] [RUNS]\n");
        return 2;
    }
    QString error;
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::parse(args.at(1)));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.summary()));
        return 1;
    }
    const std::unique_ptr<Database> db = std::move(opened.value());
    const report::ReportMonth month = report::ReportMonth::parse(args.value(2, QStringLiteral("2026-10")));
    const int runs = std::max(1, args.value(3, QStringLiteral("7")).toInt());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    const Result<Session> login = accounts::AccountService(*db).login(
        user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")));
    if (!login) {
        std::fprintf(stderr, "cannot log in as %s: %s\n", qPrintable(user), qPrintable(login.summary()));
        return 1;
    }

    if (!writeChecksIfNone(*db, month, &error)) {
        std::fprintf(stderr, "writing the income checks: %s\n", qPrintable(error));
        return 1;
    }

    // Sites: the median-sized one and the largest.
    QList<QPair<qint64, qint64>> sizes; // households, site id
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT site_id, COUNT(*) FROM households GROUP BY site_id"));
    while (q.next())
        sizes.append({q.value(1).toLongLong(), q.value(0).toLongLong()});
    std::sort(sizes.begin(), sizes.end());
    if (sizes.isEmpty()) {
        std::fprintf(stderr, "%s has no households: make it with anju-cli demo\n", qPrintable(args.at(1)));
        return 1;
    }
    q.exec(QStringLiteral("SELECT COUNT(*) FROM persons"));
    q.next();
    const qint64 persons = q.value(0).toLongLong();
    q.finish();

    struct Scope
    {
        const char* name;
        qint64 siteId;
        qint64 households;
    };
    const QList<Scope> scopes = {
        {"whole office", 0, 0},
        {"median site", sizes.at(sizes.size() / 2).second, sizes.at(sizes.size() / 2).first},
        {"largest site", sizes.constLast().second, sizes.constLast().first}};
    std::printf("database %s: %lld persons, %lld sites; month %s; median of %d runs\n\n",
                qPrintable(args.at(1)), persons, qint64(sizes.size()), qPrintable(month.key()), runs);
    std::printf("| scope | households | summary (ms) | summary CPU (ms) | of it the party section (ms, CPU) "
                "| the grids "
                "section (ms, CPU) | summary without grids (ms, CPU) | with ÷ without (CPU) | one query per "
                "figure (ms) "
                "| queries ÷ summary | same figures |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    int failures = 0;
    for (const Scope& scope : scopes) {
        std::optional<report::MonthlySummary> summary;
        double oursCpu = 0;
        const double ours = timeRuns(
            runs,
            [&] {
                Result<report::MonthlySummary> built =
                    report::MonthlySummaryBuilder(*db).build(month, scope.siteId);
                if (!built) {
                    error = QStringLiteral("the summary: ") + built.summary();
                    return false;
                }
                summary = built.value();
                return true;
            },
            &oursCpu);
        // The same summary computed each way the builder can: on this one (warm) connection section after
        // section; on one connection opened for it, as the window's loader does for every summary it shows;
        // and side by side on two worker connections (the program's default on SQLite, not on the server).
        const auto timeBuild = [&](int workers, bool newConnection, double* cpu) {
            return timeRuns(
                runs,
                [&] {
                    std::unique_ptr<Database> reopened;
                    if (newConnection) {
                        Result<std::unique_ptr<Database>> opened = db->reopen();
                        if (!opened) {
                            error = opened.summary();
                            return false;
                        }
                        reopened = std::move(opened.value());
                    }
                    report::MonthlySummaryBuilder builder(reopened ? *reopened : *db);
                    builder.workers = workers;
                    const Result<report::MonthlySummary> built = builder.build(month, scope.siteId);
                    if (!built)
                        error = QStringLiteral("the summary (%1 workers): ").arg(workers) + built.summary();
                    return built.ok();
                },
                cpu);
        };
        const int defaultWorkers = report::SectionWorkers::defaultCount(
            *db, scope.siteId, int(report::ReportSections::all().size()));
        double oneCpu = 0, freshCpu = 0, twoCpu = oursCpu;
        const double one = timeBuild(1, false, &oneCpu);
        const double fresh = timeBuild(1, true, &freshCpu);
        const double two = defaultWorkers == 2 ? ours : timeBuild(2, false, &twoCpu);
        std::printf("%s: the summary as the program computes it (%d worker%s): %.1f ms (CPU of all threads "
                    "%.1f); side by side on 2 workers: %.1f ms (CPU %.1f); on this one connection: %.1f ms "
                    "(CPU %.1f); on one new connection: %.1f ms (CPU %.1f); new connection ÷ 2 workers "
                    "(wall): %.2f\n",
                    scope.name, defaultWorkers, defaultWorkers == 1 ? "" : "s", ours, oursCpu, two, twoCpu,
                    one, oneCpu, fresh, freshCpu, two > 0 ? fresh / two : 0.0);
        // As the window computes it (SummaryLoader): on the loader's kept connection, the sections on the
        // workers' kept connections. The first summary opens them all; the later ones find them open.
        {
            KeptReaders loaderReader(1);
            KeptReaders sectionReaders(report::SectionWorkers::mostWorkers());
            const auto keptBuild = [&] {
                bool built = false;
                loaderReader.run(*db, [&](const Database* reader, const Outcome& opened) {
                    if (!reader) {
                        error = opened.summary();
                        return;
                    }
                    report::MonthlySummaryBuilder builder(*reader);
                    builder.keptReaders = &sectionReaders;
                    const Result<report::MonthlySummary> summary = builder.build(month, scope.siteId);
                    if (!summary)
                        error = QStringLiteral("the summary on kept connections: ") + summary.summary();
                    built = summary.ok();
                });
                return built;
            };
            double firstCpu = 0, keptCpu = 0;
            const double first = timeRuns(1, keptBuild, &firstCpu);
            const double kept = timeRuns(runs, keptBuild, &keptCpu);
            std::printf("%s: as the window computes it, on kept connections: the first summary %.1f ms (CPU "
                        "%.1f), the next ones %.1f ms (CPU %.1f)\n",
                        scope.name, first, firstCpu, kept, keptCpu);
        }
        double partyCpu = 0;
        const double party = timeRuns(
            runs,
            [&] {
                const Result<report::ReportSectionResult> section =
                    report::PartySection().compute(report::ReportContext(*db, month, scope.siteId));
                if (!section)
                    error = QStringLiteral("the party section: ") + section.summary();
                return section.ok();
            },
            &partyCpu);
        double gridsCpu = 0;
        const double grids = timeRuns(
            runs,
            [&] {
                const Result<report::ReportSectionResult> section =
                    report::GridsSection().compute(report::ReportContext(*db, month, scope.siteId));
                if (!section)
                    error = QStringLiteral("the grids section: ") + section.summary();
                return section.ok();
            },
            &gridsCpu);
        // The summary without the grids section: every other section, in order, on one shared context.
        double withoutCpu = 0;
        const double without = timeRuns(
            runs,
            [&] {
                const report::ReportContext context(*db, month, scope.siteId);
                for (const std::unique_ptr<report::ReportSection>& section : report::ReportSections::all()) {
                    if (section->key() == QLatin1String("grids"))
                        continue;
                    const Result<report::ReportSectionResult> computed = section->compute(context);
                    if (!computed) {
                        error = section->key() + QLatin1String(": ") + computed.summary();
                        return false;
                    }
                }
                return true;
            },
            &withoutCpu);
        // The income and monitoring sections alone, on one context, as the builder runs them.
        double incomeCpu = 0;
        const double incomeWall = timeRuns(
            runs,
            [&] {
                const report::ReportContext context(*db, month, scope.siteId);
                for (const Result<report::ReportSectionResult>& computed :
                     {report::IncomeSection().compute(context),
                      report::MonitoringSection().compute(context)}) {
                    if (!computed) {
                        error = QStringLiteral("the income sections: ") + computed.summary();
                        return false;
                    }
                }
                return true;
            },
            &incomeCpu);
        if (incomeWall < 0) {
            std::fprintf(stderr, "%s: %s\n", scope.name, qPrintable(error));
            return 1;
        }
        std::printf("%s: the income and monitoring sections: %.1f ms (CPU %.1f ms)\n", scope.name, incomeWall,
                    incomeCpu);
        // The work sections alone (issue 19), on one context, as the builder runs them.
        double workCpu = 0;
        const double workWall = timeRuns(
            runs,
            [&] {
                const report::ReportContext context(*db, month, scope.siteId);
                for (const Result<report::ReportSectionResult>& computed :
                     {report::EmploymentSection().compute(context),
                      report::TrainingSection().compute(context),
                      report::IndustrySection().compute(context)}) {
                    if (!computed) {
                        error = QStringLiteral("the work sections: ") + computed.summary();
                        return false;
                    }
                }
                return true;
            },
            &workCpu);
        if (workWall < 0) {
            std::fprintf(stderr, "%s: %s\n", scope.name, qPrintable(error));
            return 1;
        }
        std::printf("%s: the employment, training and industry sections: %.1f ms (CPU %.1f ms)\n", scope.name,
                    workWall, workCpu);
        // Each section's share of the summary: every section in order on one shared context, as the builder
        // runs them (so the people and sites a section reads first are charged to it), CPU medians.
        {
            QMap<QString, QList<double>> sectionCpu;
            QStringList order;
            for (int run = 0; run < std::max(1, runs); ++run) {
                const report::ReportContext context(*db, month, scope.siteId);
                for (const std::unique_ptr<report::ReportSection>& section : report::ReportSections::all()) {
                    const std::clock_t start = std::clock();
                    const Result<report::ReportSectionResult> computed = section->compute(context);
                    if (!computed) {
                        std::fprintf(stderr, "%s: %s: %s\n", scope.name, qPrintable(section->key()),
                                     qPrintable(computed.summary()));
                        return 1;
                    }
                    if (run == 0)
                        order.append(section->key());
                    sectionCpu[section->key()].append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
                }
            }
            std::printf("%s: CPU ms by section (median):", scope.name);
            for (const QString& key : order)
                std::printf(" %s %.1f;", qPrintable(key), bench::median(sectionCpu.value(key)));
            std::printf("\n");
        }
        QList<test::IndependentFigure> expected;
        const bool skipBaseline = qEnvironmentVariableIsSet("ANJU_BENCH_SKIP_BASELINE");
        const double baseline = skipBaseline ? 0.0 : timeRuns(std::max(1, runs / 2), [&] {
            expected = test::independentFigures(*db, month, scope.siteId, &error);
            const QList<test::IndependentFigure> partyFigures =
                test::independentPartyFigures(*db, month, scope.siteId, &error);
            expected += partyFigures;
            const QList<test::IndependentFigure> gridFigures =
                test::independentGridFigures(*db, month, scope.siteId, &error);
            if (gridFigures.isEmpty())
                return false;
            expected += gridFigures;
            const QList<test::IndependentFigure> incomeFigures =
                test::independentIncomeFigures(*db, month, scope.siteId, &error);
            if (incomeFigures.isEmpty())
                return false;
            expected += incomeFigures;
            const QList<test::IndependentFigure> workFigures =
                test::independentWorkFigures(*db, month, scope.siteId, &error);
            if (workFigures.isEmpty())
                return false;
            expected += workFigures;
            if (partyFigures.isEmpty() && error.isEmpty())
                error = QStringLiteral("the hand-written party figures came back empty");
            return !partyFigures.isEmpty() && error.isEmpty();
        });
        if (ours < 0 || party < 0 || grids < 0 || without < 0 || baseline < 0) {
            std::fprintf(stderr, "%s: %s\n", scope.name,
                         error.isEmpty() ? "failed without a reason (a bug of the benchmark or of the code)"
                                         : qPrintable(error));
            return 1;
        }
        const int wrong = skipBaseline ? 0 : mismatches(*summary, expected);
        failures += wrong;
        qint64 households = scope.households;
        if (scope.siteId == 0) {
            const report::ReportFigure* active =
                summary->figure(QStringLiteral("population"), QStringLiteral("households_active"));
            if (!active) {
                std::fprintf(stderr, "%s: the summary has no population.households_active\n", scope.name);
                return 1;
            }
            households = active->value;
        }
        std::printf("| %s | %lld | %.1f | %.1f | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.2f | %.1f | "
                    "%.1f× | %s |\n",
                    scope.name, households, ours, oursCpu, party, partyCpu, grids, gridsCpu, without,
                    withoutCpu, withoutCpu > 0 ? oursCpu / withoutCpu : 0.0, baseline, baseline / ours,
                    skipBaseline ? "not checked"
                    : wrong == 0 ? "yes"
                                 : "NO");
    }
    const double trend = timeRuns(runs, [&] {
        const Result<QList<report::TrendPoint>> points = report::PopulationTrend::compute(*db, month, 12);
        if (!points)
            error = points.summary();
        return points.ok();
    });
    if (trend < 0) {
        std::fprintf(stderr, "12-month trend: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("\n12-month trend of the whole office (dashboard): %.1f ms\n", trend);
    const double followUp = timeRuns(runs, [&] {
        const Result<QList<income::FollowUpTrendPoint>> points =
            income::IncomeMonthQueries(*db).trend(month.first, 12);
        if (!points)
            error = points.summary();
        return points.ok();
    });
    if (followUp < 0) {
        std::fprintf(stderr, "12-month flagged and monitored trend: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("12-month trend of flagged and monitored households, whole office (dashboard): %.1f ms\n",
                followUp);
    // The dashboard's party chart, as the logged-in user (the demo's admin, who may read party records).
    qsizetype branches = 0;
    const double party = timeRuns(runs, [&] {
        const Result<QList<party::BranchStages>> stages =
            party::BranchStageFigures::atMonthEnd(*db, month.first);
        if (!stages)
            error = stages.summary();
        branches = stages ? stages.value().size() : 0;
        return stages.ok();
    });
    if (party < 0) {
        std::fprintf(stderr, "members by stage per branch: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("members by stage per branch, whole office (dashboard): %.1f ms, %lld branches\n", party,
                qint64(branches));
    if (failures > 0)
        std::fprintf(stderr,
                     "%d figures differ between the summary and the hand-written queries (MISMATCH above)\n",
                     failures);
    return failures == 0 ? 0 : 1;
}
