// The findings 应纳尽纳 and 应兜尽兜 (issue 18) at office scale: both lists of a month for the whole office
// and for the largest site, and the safety-net list of a day, on a database made by `anju-cli demo` (a file
// or a postgresql:// URL). Goal: both findings lists for the whole office < 500 ms at 280,000 households.
// usage: bench_followup DB [RUNS] [MONTH] [seed]
//   MONTH YYYY-MM (default: the demo's last whole month, 2026-10).
//   seed: before timing, writes a check for every active household for MONTH and the three months before
//   (incomes spread by the household's id, one in twelve under the line) where none is on file, and a
//   monitoring case for one household in forty — for a demo made before the demo had checks. It writes:
//   pass a copy.
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo).
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlValues.h"
#include "income/FollowUpFindings.h"
#include "income/SafetyNetRepository.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace anju;
using bench::timeRuns;

namespace {

bool seed(const Database& db, QDate month, QTextStream& err)
{
    // A bound day in a SELECT list has no type on PostgreSQL; SQLite keeps the ISO text as it is.
    const QString day = db.dialect().engine() == SqlDialect::Engine::PostgreSql
                            ? QStringLiteral("CAST(? AS DATE)")
                            : QStringLiteral("?");
    WriteTransaction transaction(db);
    for (int back = 3; back >= 0; --back) {
        const QDate m = month.addMonths(-back);
        QSqlQuery q(db.connection());
        // Net income by the household's id: 20,000 to 139,999 fen a month; one household in twelve at 3,000.
        q.prepare(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages, "
                "expense_medical)"
                " SELECT h.id, %1, %1, 1 + (h.id % 4), CASE WHEN h.id % 12 = 0 THEN 3000 ELSE 20000 + (h.id "
                "* "
                "7919) % 120000"
                " END * (1 + (h.id % 4)), CASE WHEN h.id % 97 = 0 THEN 1500000 ELSE 0 END FROM households h"
                " WHERE h.state = 'active' AND NOT EXISTS (SELECT 1 FROM income_checks c WHERE "
                "c.household_id = "
                "h.id"
                " AND c.month = ?)")
                .arg(day));
        q.addBindValue(sqlDate(m));
        q.addBindValue(sqlDate(m.addDays(9)));
        q.addBindValue(sqlDate(m));
        if (!q.exec()) {
            err << "seed: " << q.lastError().text() << '\n';
            return false;
        }
    }
    QSqlQuery cases(db.connection());
    cases.prepare(
        QStringLiteral(
            "INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery, state, "
            "state_date,"
            " entered_on) SELECT h.id, 'marginal_at_risk', %1, 'income_flag', 'monitored', %1, %1 FROM "
            "households h"
            " WHERE h.state = 'active' AND h.id % 40 = 0 AND NOT EXISTS (SELECT 1 FROM monitoring_cases m"
            " WHERE m.household_id = h.id)")
            .arg(day));
    const QDate entered = month.addMonths(-2);
    cases.addBindValue(sqlDate(entered));
    cases.addBindValue(sqlDate(entered));
    cases.addBindValue(sqlDate(entered));
    if (!cases.exec()) {
        err << "seed: " << cases.lastError().text() << '\n';
        return false;
    }
    return transaction.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        out << "usage: bench_followup DB [RUNS] [MONTH] [seed]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    const QDate month =
        argc > 3 ? QDate::fromString(QString::fromLocal8Bit(argv[3]) + QStringLiteral("-01"), Qt::ISODate)
                 : QDate(2026, 10, 1);
    if (!month.isValid()) {
        err << "bench_followup: MONTH is written YYYY-MM\n";
        return 2;
    }
    const bool seeding = argc > 4 && qstrcmp(argv[4], "seed") == 0;
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
    if (seeding && !seed(*db, month, err))
        return 1;
    const QDate today(2026, 11, 1);
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM households WHERE state = 'active'),"
        " (SELECT COUNT(*) FROM income_checks WHERE month = ?),"
        " (SELECT COUNT(*) FROM monitoring_cases), (SELECT COUNT(*) FROM safety_net_enrolments)"));
    q.addBindValue(sqlDate(month));
    q.exec();
    q.next();
    out << "households: " << q.value(0).toLongLong() << ", checks of "
        << month.toString(QStringLiteral("yyyy-MM")) << ": " << q.value(1).toLongLong()
        << ", monitoring cases: " << q.value(2).toLongLong() << ", enrolments: " << q.value(3).toLongLong()
        << ", runs: " << runs << " (median)\n";
    q.exec(QStringLiteral("SELECT site_id FROM households GROUP BY site_id ORDER BY COUNT(*) DESC LIMIT 1"));
    const qint64 siteId = q.next() ? q.value(0).toLongLong() : 0;

    int intake = 0, cover = 0;
    const auto office = timeRuns(runs, std::function<bool()>([&] {
                                     const auto f = income::FollowUpFindings(*db).forMonth(month, 0, today);
                                     intake = f ? int(f.value().intake.size()) : 0;
                                     cover = f ? int(f.value().cover.size()) : 0;
                                     if (!f)
                                         err << f.summary() << '\n';
                                     return f.ok();
                                 }));
    out << "findings, whole office: " << office.text() << " (应纳尽纳 " << intake << ", 应兜尽兜 " << cover
        << ")\n";
    int siteIntake = 0, siteCover = 0;
    const auto site = timeRuns(runs, std::function<bool()>([&] {
                                   const auto f =
                                       income::FollowUpFindings(*db).forMonth(month, siteId, today);
                                   siteIntake = f ? int(f.value().intake.size()) : 0;
                                   siteCover = f ? int(f.value().cover.size()) : 0;
                                   return f.ok();
                               }));
    out << "findings, largest site: " << site.text() << " (应纳尽纳 " << siteIntake << ", 应兜尽兜 "
        << siteCover << ")\n";
    int enrolled = 0;
    const auto list = timeRuns(runs, std::function<bool()>([&] {
                                   const auto r = income::SafetyNetRepository(*db).enrolledOn(today);
                                   enrolled = r ? int(r.value().size()) : 0;
                                   return r.ok();
                               }));
    out << "safety-net list on " << today.toString(Qt::ISODate) << ": " << list.text() << " (" << enrolled
        << " enrolments)\n";
    out.flush();
    if (office.failed || site.failed || list.failed) {
        err << "bench_followup: a list failed (see above)\n";
        return 1;
    }
    if (intake == 0 && cover == 0)
        err << "bench_followup: no findings — the demo has no checks of that month (run with seed on a "
               "copy)\n";
    return 0;
}
