// The 楼栋图 of the 网格 page (GridPlanQuery::plan): every grid of the largest site read with its flags and
// last visits, per grid and for the whole site, on a database made by anju-cli demo.
// usage: bench_gridplan DB [RUNS]   — logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin).
// Goal (issue 17): the plan of a 3,000-household site < 200 ms at the 280,000-household demo.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "grids/GridPlanQuery.h"
#include "grids/GridRepository.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace anju;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_gridplan DB [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        out << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (accounts::AccountService(*db).hasUsers() &&
        !accounts::AccountService(*db).login(
            user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
        out << "cannot log in as " << user << '\n';
        return 1;
    }
    const QDate day(2026, 11, 1); // the demo's "today"
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"));
    q.next();
    const qint64 households = q.value(0).toLongLong();
    // The site with the most active households: the heaviest plan an office reads.
    q.exec(QStringLiteral("SELECT site_id, COUNT(*) AS n FROM households WHERE state = 'active'"
                          " GROUP BY site_id ORDER BY n DESC, site_id LIMIT 1"));
    if (!q.next()) {
        out << "no households\n";
        return 1;
    }
    const qint64 siteId = q.value(0).toLongLong();
    const qint64 siteHouseholds = q.value(1).toLongLong();
    const auto grids = grids::GridRepository(*db).grids(siteId, day);
    if (!grids || grids.value().isEmpty()) {
        out << "no grids on the largest site: " << grids.summary() << '\n';
        return 1;
    }
    out << "households: " << households << ", largest site: " << siteHouseholds << " households in "
        << grids.value().size() << " grids, runs: " << runs << " (median)\n";

    int cells = 0;
    const grids::GridPlanQuery query(*db);
    // The largest grid alone: what one click in the tree costs.
    const auto largest = std::max_element(grids.value().begin(), grids.value().end(),
                                          [](const grids::GridSummary& a, const grids::GridSummary& b) {
                                              return a.activeHouseholds < b.activeHouseholds;
                                          });
    const bench::Timing one = bench::timeRuns(runs, std::function<bool()>([&] {
                                                  const auto plan = query.plan(largest->grid.id, day);
                                                  if (!plan) {
                                                      out << "plan failed: " << plan.summary() << '\n';
                                                      return false;
                                                  }
                                                  cells = int(plan.value().cells.size());
                                                  return true;
                                              }));
    if (one.failed)
        return 1;
    out << "plan of the largest grid (" << cells << " households): " << one.text() << '\n';
    // Every grid of the site, one after another: the whole site's plan.
    const bench::Timing site = bench::timeRuns(runs, std::function<bool()>([&] {
                                                   cells = 0;
                                                   for (const grids::GridSummary& g : grids.value()) {
                                                       const auto plan = query.plan(g.grid.id, day);
                                                       if (!plan) {
                                                           out << "plan failed: " << plan.summary() << '\n';
                                                           return false;
                                                       }
                                                       cells += int(plan.value().cells.size());
                                                   }
                                                   return true;
                                               }));
    if (site.failed)
        return 1;
    out << "plans of every grid of the site (" << cells << " households): " << site.text() << '\n';
    return cells > 0 ? 0 : 1;
}
