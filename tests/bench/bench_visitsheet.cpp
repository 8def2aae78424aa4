// A worker's visit sheet as a PDF (issue 17: < 2 s at the 280,000-household demo): the rows read by
// VisitSheetQuery and drawn by VisitSheetDocument, for the worker with the most open tasks of the month and
// for the building with the most. The demo made before assignment existed has tasks assigned to no one: the
// worker line then says so and the building's sheet stands in for it.
// usage: bench_visitsheet DB [MONTH [RUNS]]   (MONTH as YYYY-MM, default 2026-11)
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo).
#include "VisitSheetDocument.h"
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSheet.h"

#include "BenchTiming.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace anju;

namespace {

// The assignee (or building) with the most open tasks due by the month's end, and how many.
std::pair<qint64, int> busiest(const Database& db, const QString& column, const QString& joins, QDate last)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM visit_tasks t %2 WHERE t.closed_on IS NULL"
                             " AND t.cancelled_on IS NULL AND t.due_from <= ? AND %1 IS NOT NULL"
                             " GROUP BY %1 ORDER BY COUNT(*) DESC LIMIT 1")
                  .arg(column, joins));
    q.addBindValue(sqlDate(last));
    if (!q.exec() || !q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toInt()};
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_visitsheet DB [MONTH [RUNS]]\n";
        return 2;
    }
    const QDate month = QDate::fromString(
        (argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-11")) + QStringLiteral("-01"),
        Qt::ISODate);
    const int runs = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 5;
    if (!month.isValid()) {
        out << "MONTH is YYYY-MM\n";
        return 2;
    }
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        out << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (!accounts::AccountService(*db).login(
            user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
        out << "cannot log in as " << user << '\n';
        return 1;
    }
    const QDate last = month.addMonths(1).addDays(-1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const grids::VisitSheetQuery query(*db);
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    bool failed = false;
    const auto measure = [&](const QString& what, const std::function<Result<grids::VisitSheet>()>& read) {
        int rows = 0;
        const bench::Timing readOnly =
            bench::timeRuns(runs, std::function<bool()>([&] { return bool(read()); }));
        const bench::Timing whole =
            bench::timeRuns(runs, std::function<bool()>([&] {
                                const auto sheet = read();
                                if (!sheet) {
                                    out << what << ": " << sheet.summary() << '\n';
                                    return false;
                                }
                                rows = int(sheet.value().rows.size());
                                return bool(VisitSheetDocument::writePdf(sheet.value(), pdf));
                            }));
        if (readOnly.failed || whole.failed) {
            failed = true;
            return;
        }
        out << what << ", " << monthText << ", " << rows << " rows: read " << readOnly.text()
            << "; read and PDF " << whole.text() << " (" << QFileInfo(pdf).size() / 1024 << " KiB)\n";
    };

    const auto [staffId, staffTasks] = busiest(*db, QStringLiteral("t.assignee_staff_id"), QString(), last);
    if (staffId > 0) {
        measure(QStringLiteral("worker staff:%1").arg(staffId), [&] {
            return query.forWorker(month, {staffId, 0, QStringLiteral("bench"), {}});
        });
    } else {
        out << "worker: no open task of " << monthText << " is assigned to anyone (a demo made before "
            << "assignment); the busiest building stands in\n";
    }
    const auto [buildingId, buildingTasks] = busiest(
        *db, QStringLiteral("u.building_id"),
        QStringLiteral("JOIN households h ON h.id = t.household_id JOIN dwellings d ON d.id = h.dwelling_id"
                       " JOIN building_units u ON u.id = d.unit_id"),
        last);
    if (buildingId == 0) {
        out << "no open visit task due by " << last.toString(Qt::ISODate) << ": nothing to measure\n";
        return 1;
    }
    measure(QStringLiteral("building %1").arg(buildingId),
            [&] { return query.forBuilding(month, buildingId); });
    Q_UNUSED(staffTasks)
    Q_UNUSED(buildingTasks)
    return failed ? 1 : 0;
}
