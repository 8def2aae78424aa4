// The roster window at province scale: time from start to the first page on screen, then scrolling the
// roster end to end a page at a time, and the peak memory of the process (VmHWM).
// Usage: QT_QPA_PLATFORM=offscreen bench_roster_gui DATABASE [--first-page]   (--first-page: stop there)
// Exits 1 with the reason when the roster shows no rows.

#include "database/Database.h"
#include "households/HouseholdsPage.h"
#include "households/RosterModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

using namespace anju;

namespace {

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        QTextStream(stderr) << "usage: bench_roster_gui DATABASE\n";
        return 2;
    }
    auto opened = Database::open(DatabaseLocation::parse(app.arguments().at(1)));
    if (!opened)
        qFatal("%s", qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    // Read as an administrator: no site scope, nothing masked, the queries as the office runs them.
    Session bench;
    bench.userName = QStringLiteral("bench");
    bench.role = Role::Admin;
    db->setSession(bench);
    HouseholdsPage page(*db);
    page.resize(1400, 900);
    page.show();
    QTableView* view = page.rosterView();
    // The first page is on screen when the view has asked the model for its first row.
    const QVariant first = view->model()->data(view->model()->index(0, 1));
    app.processEvents();
    const qint64 firstPageMs = sinceStart.elapsed();
    out << "rows: " << view->model()->rowCount() << ", first cell: " << first.toString() << '\n';
    out << "first page after start: " << firstPageMs << " ms\n";
    out << "peak memory after the first page: " << peakMemory() << Qt::endl;
    if (view->model()->rowCount() == 0 || first.toString().isEmpty()) {
        QTextStream(stderr) << "bench_roster_gui: the roster shows no households (an empty database, or the "
                               "session no longer lets the page read them)\n";
        return 1;
    }
    if (app.arguments().contains(QStringLiteral("--first-page")))
        return 0;

    QElapsedTimer scrolling;
    scrolling.start();
    QScrollBar* bar = view->verticalScrollBar();
    int steps = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        view->viewport()->repaint();
        ++steps;
    }
    bar->setValue(bar->maximum());
    view->viewport()->repaint();
    out << "scrolled end to end in " << steps << " steps: " << scrolling.elapsed() << " ms ("
        << QString::number(double(scrolling.elapsed()) / std::max(1, steps), 'f', 2) << " ms per screen)\n";
    out << "pages cached at the end: " << page.rosterModel()->cachedPageCount() << '\n';
    out << "peak memory after scrolling: " << peakMemory() << '\n';
    return 0;
}
