// The monthly income check (issue 18) on a database made by anju-cli demo: saving one row of the entry
// grid, the entry sheet of the largest site with last month beside, and the office's flags and missing
// lists. usage: bench_income DB [RUNS]   — logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin).
// Goals at the 280,000-household demo: a row saved < 30 ms, the sheet of a 3,000-household site < 300 ms,
// the flags and the missing list of the whole office < 500 ms each.
//
// It WRITES to the database: when the file has no checks of October 2026 (a demo made before the demo
// wrote checks of its own), the bench writes four months of checks (July–October 2026) for every household
// active then, in one transaction with plain INSERTs (not the service: 1.1 million audited saves one by
// one would take hours), with figures that flag about one household in eight; and each timed save inserts
// a real check of November 2026 through the service. Run it on a copy.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlValues.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeCheckService.h"
#include "income/IncomeFlags.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace anju;

namespace {

const QDate Month(2026, 10, 1);
const QDate Saved(2026, 11, 1); // the month the timed saves write
const QDate Today(2026, 12, 1);

qint64 scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Four months of checks for every household active at each month's end: wages vary with the household
// and the month; every 8th household earns little in October (below the line, or a drop), every 50th has a
// large medical expense.
bool writeChecks(const Database& db, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        out << "cannot write: " << transaction.error() << '\n';
        return false;
    }
    qint64 written = 0;
    for (int back = 3; back >= 0; --back) {
        const QDate month = Month.addMonths(-back);
        const QDate last = month.addMonths(1).addDays(-1);
        QSqlQuery insert(db.connection());
        // A bound value in a select list has no type on PostgreSQL: the two dates are cast there.
        const QString date = db.dialect().engine() == SqlDialect::Engine::PostgreSql
                                 ? QStringLiteral("CAST(? AS DATE)")
                                 : QStringLiteral("?");
        if (!insert.prepare(
                QStringLiteral(
                    "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
                    " income_transfers, expense_medical, checker, source)"
                    " SELECT h.id, %1, %1, CASE WHEN h.member_count > 0 THEN h.member_count ELSE 1 END,"
                    " CASE WHEN ? = 1 AND h.id % 8 = 0 THEN (h.id % 5) * 10000"
                    "  ELSE 200000 + (h.id % 37) * 10000 + ? * 5000 END,"
                    " 30000, CASE WHEN ? = 1 AND h.id % 50 = 0 THEN 1500000 ELSE 0 END, 'bench', 'entry'"
                    " FROM households h WHERE (h.relocation_date IS NULL OR h.relocation_date <= ?)"
                    " AND (h.state = 'active' OR h.state_date > ?)")
                    .arg(date))) {
            out << "cannot prepare: " << insert.lastError().text() << '\n';
            return false;
        }
        const int october = back == 0 ? 1 : 0;
        for (const QVariant& v : QVariantList{sqlDate(month), sqlDate(month.addDays(14)), october, back,
                                              october, sqlDate(last), sqlDate(last)})
            insert.addBindValue(v);
        if (!insert.exec()) {
            out << "cannot write the checks: " << insert.lastError().text() << '\n';
            return false;
        }
        written += insert.numRowsAffected();
    }
    if (!transaction.commit()) {
        out << "cannot commit: " << transaction.error() << '\n';
        return false;
    }
    out << "wrote " << written << " checks of 2026-07..2026-10 for the bench in " << timer.elapsed()
        << " ms\n";
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_income DB [RUNS]\n";
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
    if (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month = ?"), {sqlDate(Month)}) ==
            0 &&
        !writeChecks(*db, out))
        return 1;
    const qint64 households =
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"));
    const qint64 checks =
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month = ?"), {sqlDate(Month)});
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT site_id, COUNT(*) AS n FROM households WHERE state = 'active'"
                          " GROUP BY site_id ORDER BY n DESC, site_id LIMIT 1"));
    if (!q.next()) {
        out << "no households\n";
        return 1;
    }
    const qint64 siteId = q.value(0).toLongLong();
    const qint64 siteHouseholds = q.value(1).toLongLong();
    out << "households: " << households << ", checks of 2026-10: " << checks
        << ", largest site: " << siteHouseholds << " households, runs: " << runs << " (median)\n";

    // 1. Saving one row: a new check of November for a household of the largest site, one per run.
    QList<qint64> toSave;
    q.prepare(QStringLiteral("SELECT h.id FROM households h WHERE h.site_id = ? AND h.state = 'active'"
                             " AND NOT EXISTS (SELECT 1 FROM income_checks c WHERE c.household_id = h.id"
                             " AND c.month = ?) ORDER BY h.id LIMIT ?"));
    q.addBindValue(siteId);
    q.addBindValue(sqlDate(Saved));
    q.addBindValue(runs);
    if (!q.exec())
        return 1;
    while (q.next())
        toSave.append(q.value(0).toLongLong());
    if (toSave.size() < runs) {
        out << "not enough households without a check of 2026-11\n";
        return 1;
    }
    int next = 0;
    income::IncomeCheckService service(*db);
    const bench::Timing save = bench::timeRuns(runs, std::function<bool()>([&] {
                                                   income::IncomeCheck c;
                                                   c.householdId = toSave.at(next++);
                                                   c.month = Saved;
                                                   c.checkedOn = Saved.addDays(9);
                                                   c.incomeWages = 250000;
                                                   c.expenseMedical = 12000;
                                                   const auto saved = service.save(c, 0, Today);
                                                   if (!saved)
                                                       out << "save failed: " << saved.summary() << '\n';
                                                   return saved.ok();
                                               }));
    if (save.failed)
        return 1;
    out << "save one row of the entry grid: " << save.text() << '\n';

    // 2. The entry sheet of the largest site for October, September beside.
    int rows = 0;
    int missingOnSheet = 0;
    const bench::Timing sheet =
        bench::timeRuns(runs, std::function<bool()>([&] {
                            const auto s = income::IncomeCheckRepository(*db).sheet(Month, siteId);
                            if (!s) {
                                out << "sheet failed: " << s.summary() << '\n';
                                return false;
                            }
                            rows = int(s.value().rows.size());
                            missingOnSheet = s.value().missing();
                            return true;
                        }));
    if (sheet.failed)
        return 1;
    out << "sheet of the largest site, last month beside (" << rows << " rows, " << missingOnSheet
        << " missing): " << sheet.text() << '\n';

    // 3. The office's flagged and missing households of October, and the missing list of November (few
    //    checks: nearly every household listed).
    const income::IncomeFlags lists(*db);
    int count = 0;
    const bench::Timing flagged = bench::timeRuns(runs, std::function<bool()>([&] {
                                                      const auto f = lists.flagged(Month);
                                                      count = f ? int(f.value().size()) : -1;
                                                      return f.ok();
                                                  }));
    if (flagged.failed)
        return 1;
    out << "flagged households of the office (" << count << "): " << flagged.text() << '\n';
    const bench::Timing missing = bench::timeRuns(runs, std::function<bool()>([&] {
                                                      const auto m = lists.missing(Month);
                                                      count = m ? int(m.value().size()) : -1;
                                                      return m.ok();
                                                  }));
    if (missing.failed)
        return 1;
    out << "missing households of the office, 2026-10 (" << count << "): " << missing.text() << '\n';
    const bench::Timing missingAll = bench::timeRuns(runs, std::function<bool()>([&] {
                                                         const auto m = lists.missing(Saved);
                                                         count = m ? int(m.value().size()) : -1;
                                                         return m.ok();
                                                     }));
    if (missingAll.failed)
        return 1;
    out << "missing households of the office, 2026-11 (" << count << "): " << missingAll.text() << '\n';
    return rows > 0 ? 0 : 1;
}
