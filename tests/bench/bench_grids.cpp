// The grid worker's month at province scale (issue 17): the month's visit plan per worker for the whole
// office and for one grid, and the findings, on a database made by `anju-cli demo` (a file or a
// postgresql:// URL). Goals: the office's plan < 300 ms and one grid's < 20 ms at 280,000 households.
// usage: bench_grids DB [RUNS] [plan]   — with "plan", VisitService::planMonth makes the next month's tasks
// once and is timed too (it writes: pass a copy).
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo): the plan and the findings
// check permissions and return nothing otherwise.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "grids/Findings.h"
#include "grids/VisitPlan.h"
#include "grids/VisitService.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

using namespace anju;
using bench::timeRuns;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        out << "usage: bench_grids DB [RUNS] [plan]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    const bool plan = argc > 3 && qstrcmp(argv[3], "plan") == 0;
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        err << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (accounts::AccountService(*db).hasUsers() &&
        !accounts::AccountService(*db).login(
            user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
        err << "cannot log in as " << user << '\n';
        return 1;
    }
    // The demo's day and the last whole month before it.
    const QDate today(2026, 11, 1);
    const QDate month(2026, 10, 1);
    QSqlQuery q(db->connection());
    // The grid with the most households' tasks of the month: the slowest single grid a worker opens.
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM households WHERE state = 'active'),"
                          " (SELECT COUNT(*) FROM grids), (SELECT COUNT(*) FROM visit_tasks)"));
    q.next();
    out << "households: " << q.value(0).toLongLong() << ", grids: " << q.value(1).toLongLong()
        << ", visit tasks: " << q.value(2).toLongLong() << ", runs: " << runs << " (median)\n";
    q.exec(QStringLiteral("SELECT id, code FROM grids ORDER BY id LIMIT 1"));
    const qint64 gridId = q.next() ? q.value(0).toLongLong() : 0;
    const QString gridCode = q.value(1).toString();

    int workers = 0, due = 0;
    const auto office = timeRuns(runs, std::function<bool()>([&] {
                                     const auto p = grids::VisitPlan(*db).forMonth(month, 0, today);
                                     workers = p ? int(p.value().size()) : 0;
                                     due = 0;
                                     if (p)
                                         for (const grids::WorkerPlan& w : p.value())
                                             due += w.due;
                                     return p.ok();
                                 }));
    out << "visit plan of " << month.toString(QStringLiteral("yyyy-MM"))
        << ", whole office: " << office.text() << " (" << workers << " workers, " << due << " tasks due)\n";
    int gridDue = 0;
    const auto one = timeRuns(runs, std::function<bool()>([&] {
                                  const auto p = grids::VisitPlan(*db).forMonth(month, gridId, today);
                                  gridDue = 0;
                                  if (p)
                                      for (const grids::WorkerPlan& w : p.value())
                                          gridDue += w.due;
                                  return p.ok();
                              }));
    out << "visit plan, one grid (" << gridCode << "): " << one.text() << " (" << gridDue << " tasks due)\n";
    int findings = 0;
    const auto found = timeRuns(runs, std::function<bool()>([&] {
                                    const auto f = grids::GridFindings(*db).on(today);
                                    findings = f ? int(f.value().size()) : 0;
                                    return f.ok();
                                }));
    out << "findings: " << found.text() << " (" << findings << " findings)\n";
    // What the 网格 page asks when a grid is chosen: the findings of the grid's site.
    QSqlQuery siteOfGrid(db->connection());
    siteOfGrid.prepare(QStringLiteral("SELECT site_id FROM grids WHERE id = ?"));
    siteOfGrid.addBindValue(gridId);
    const qint64 siteId = siteOfGrid.exec() && siteOfGrid.next() ? siteOfGrid.value(0).toLongLong() : 0;
    int siteFindings = 0;
    const auto foundSite = timeRuns(runs, std::function<bool()>([&] {
                                        const auto f = grids::GridFindings(*db).on(today, siteId);
                                        siteFindings = f ? int(f.value().size()) : 0;
                                        return f.ok();
                                    }));
    out << "findings, the grid's site: " << foundSite.text() << " (" << siteFindings << " findings)\n";
    if (plan) {
        int made = 0;
        const auto planned = timeRuns(1, std::function<bool()>([&] {
                                          const auto m = grids::VisitService(*db).planMonth(
                                              today.addMonths(1), today.addMonths(1));
                                          made = m ? m.value() : 0;
                                          return m.ok();
                                      }));
        out << "planMonth of " << today.addMonths(1).toString(QStringLiteral("yyyy-MM"))
            << ", once: " << planned.text() << " (" << made << " tasks made)\n";
        if (planned.failed)
            return 1;
    }
    out.flush();
    // A plan or findings that fail or come back empty measure nothing.
    if (office.failed || one.failed || found.failed || due == 0 || gridDue == 0 || findings == 0) {
        err << "bench_grids: the plan had " << due << " tasks (one grid " << gridDue << "), the findings "
            << findings << ": no grid data, or the user may not read it\n";
        return 1;
    }
    return 0;
}
