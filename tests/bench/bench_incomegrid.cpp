// 收支核查's bulk-entry grid (IncomeCheckTab): the sheet of the largest site opened in the tab with last
// month beside — the repository's sheet, the model and the first paint of the table — and scrolled from
// top to bottom, on a database made by anju-cli demo. Nothing is written.
// usage: bench_incomegrid DB [MONTH yyyy-MM] [RUNS]  — logs in as ANJU_USER / ANJU_PASSWORD (the demo's
// admin). Goal (issue 18): opening the grid of a 3,000-household site with last month beside < 300 ms.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "income/IncomeCheckTab.h"
#include "income/IncomeSheetModel.h"
#include "income/IncomeSheetView.h"

#include "BenchTiming.h"

#include <QApplication>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace anju;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_incomegrid DB [MONTH] [RUNS]\n";
        return 2;
    }
    const QDate month = argc > 2 ? QDate::fromString(QString::fromLocal8Bit(argv[2]) + QStringLiteral("-01"),
                                                     QStringLiteral("yyyy-MM-dd"))
                                 : QDate(2026, 10, 1); // the demo's last whole month
    const int runs = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 5;
    if (!month.isValid()) {
        out << "MONTH is yyyy-MM\n";
        return 2;
    }
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
    QSqlQuery q(db->connection());
    // The site with the most active households: the heaviest sheet an office opens.
    q.exec(QStringLiteral("SELECT site_id, COUNT(*) AS n FROM households WHERE state = 'active'"
                          " GROUP BY site_id ORDER BY n DESC, site_id LIMIT 1"));
    if (!q.next()) {
        out << "no households\n";
        return 1;
    }
    const qint64 siteId = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT COUNT(*) FROM income_checks"));
    q.next();
    out << q.value(0).toLongLong() << " checks in the database; the largest site's sheet of "
        << month.toString(QStringLiteral("yyyy-MM")) << ", runs: " << runs << " (median)\n";

    IncomeCheckTab tab(*db);
    tab.resize(1366, 700);
    tab.show();
    QCoreApplication::processEvents();
    int rows = 0;
    // Another month before each run, so each run reads the sheet again as a clerk's change of month does.
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        tab.showSheet(siteId, 0, month.addMonths(-1));
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        if (!tab.showSheet(siteId, 0, month) || !tab.notice().isEmpty()) {
            out << "the sheet failed: " << tab.notice() << '\n';
            return 1;
        }
        tab.view()->viewport()->repaint();
        cpu.append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        rows = tab.model()->rowCount();
    }
    const bench::Timing opening{bench::median(wall), bench::median(cpu), false};
    out << "open the sheet of " << rows
        << " households with last month beside, first paint: " << opening.text() << '\n';
    const int withLast = [&] {
        int n = 0;
        for (int row = 0; row < rows; ++row)
            n += tab.model()
                         ->index(row, IncomeSheetModel::Wages)
                         .data(IncomeSheetModel::LastMonthRole)
                         .toString()
                         .isEmpty()
                     ? 0
                     : 1;
        return n;
    }();
    out << "rows with last month's check: " << withLast
        << ", missing this month: " << tab.model()->missingCount() << '\n';
    // Scrolling end to end a page at a time, painted: the model answers only for the rows shown.
    QScrollBar* bar = tab.view()->verticalScrollBar();
    const bench::Timing scroll = bench::timeRuns(runs, std::function<bool()>([&] {
                                                     for (int value = 0; value <= bar->maximum();
                                                          value += std::max(1, bar->pageStep())) {
                                                         bar->setValue(value);
                                                         tab.view()->viewport()->repaint();
                                                     }
                                                     bar->setValue(0);
                                                     return true;
                                                 }));
    out << "scroll top to bottom a page at a time, painted: " << scroll.text() << '\n';
    return rows > 0 ? 0 : 1;
}
