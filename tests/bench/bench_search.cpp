// Roster and search at province scale, against the same questions asked with plain scans.
// Usage: bench_search DATABASE [RUNS]   (a database made by anju-cli demo; nothing is written)
// Prints a Markdown table of medians for docs/benchmarks.md. Exits 1 with the reason when a search or the
// roster finds nothing where the database has rows (a search that stopped working is not fast).

#include "database/Database.h"
#include "registry/PersonSearch.h"
#include "registry/RosterQuery.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace anju;

namespace {

QTextStream out(stdout);

double medianMs(int runs, const std::function<void()>& work)
{
    return bench::timeRuns(runs, work).wallMs;
}

QVariant scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0);
}

// On PostgreSQL the same LIKE would use the trigram indexes; the baseline is the scan without them.
void allowIndexes(const Database& db, bool allowed)
{
    if (db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return;
    QSqlQuery q(db.connection());
    const QString value = allowed ? QStringLiteral("on") : QStringLiteral("off");
    q.exec(QStringLiteral("SET enable_bitmapscan = ") + value);
    q.exec(QStringLiteral("SET enable_indexscan = ") + value);
}

// The plain scan that answers the same question as PersonSearch: LIKE over the whole persons table.
int scanCount(const Database& db, const QString& column, const QString& text)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE %1 LIKE ?").arg(column),
                  {QVariant(QString(QLatin1Char('%') + text + QLatin1Char('%')))})
        .toInt();
}

void scanPage(const Database& db, const QString& column, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.id_number, h.number FROM persons p JOIN households h ON "
                             "h.id = p.household_id WHERE p.%1 LIKE ? ORDER BY p.id LIMIT 50")
                  .arg(column));
    q.addBindValue(QString(QLatin1Char('%') + text + QLatin1Char('%')));
    q.exec();
    while (q.next()) {
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_search DATABASE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 11;
    auto opened = Database::open(DatabaseLocation::parse(args.at(1)));
    if (!opened)
        qFatal("%s", qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    // Read as an administrator: no site scope, nothing masked, the queries as the office runs them.
    Session bench;
    bench.userName = QStringLiteral("bench");
    bench.role = Role::Admin;
    db->setSession(bench);

    const int persons = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM persons")).toInt();
    const int households = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")).toInt();
    const int sites = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sites")).toInt();
    // Real values of this database to search for: an ID, a part of one, a phone's last digits.
    const QString someId =
        scalar(*db, QStringLiteral("SELECT id_number FROM persons WHERE id = ?"), {persons / 2}).toString();
    const QString idFragment = someId.mid(8, 6); // month, day and the start of the sequence
    const QString phone =
        scalar(*db,
               QStringLiteral("SELECT phone FROM persons WHERE phone <> '' AND id > ? ORDER BY id LIMIT 1"),
               {persons / 3})
            .toString();
    const QString phoneFragment = phone.right(6);

    out << "Database: " << db->location().display() << " — " << persons << " persons, " << households
        << " households, " << sites << " sites; median of " << runs << " runs\n\n";

    const registry::PersonSearch search(*db);
    out << "| search | found | index (ms) | plain scan (ms) | scan ÷ index |\n|---|---:|---:|---:|---:|\n";
    struct Case
    {
        const char* label;
        QString text;
        QString column;
    };
    const QList<Case> cases = {
        {"name, 1 character (王)", QStringLiteral("王"), QStringLiteral("name")},
        {"name, 2 characters (建国)", QStringLiteral("建国"), QStringLiteral("name")},
        {"name, 2 characters (秀英)", QStringLiteral("秀英"), QStringLiteral("name")},
        {"ID fragment, 6 digits", idFragment, QStringLiteral("id_number")},
        {"exact ID number", someId, QStringLiteral("id_number")},
        {"phone, last 6 digits", phoneFragment, QStringLiteral("phone")},
    };
    QStringList broken;
    for (const Case& c : cases) {
        int found = 0;
        const double indexed = medianMs(runs, [&] {
            found = search.count(c.text);
            search.page(c.text, 0, 50);
        });
        int scanned = 0;
        allowIndexes(*db, false);
        const double scan = medianMs(std::max(3, runs / 3), [&] {
            scanned = scanCount(*db, c.column, c.text);
            scanPage(*db, c.column, c.text);
        });
        allowIndexes(*db, true);
        // The search looks at more than the scanned column, so it finds at least what the scan finds; and the
        // texts taken from this database (an ID, a phone) are found however small it is.
        if (found < scanned || (found == 0 && c.column != QLatin1String("name")))
            broken << QStringLiteral("the search for %1 (%2) found %3; the plain scan found %4")
                          .arg(QString::fromUtf8(c.label), c.text)
                          .arg(found)
                          .arg(scanned);
        out << "| " << c.label << " | " << found
            << (found == scanned ? QString() : QStringLiteral(" (scan: %1)").arg(scanned)) << " | "
            << QString::number(indexed, 'f', 1) << " | " << QString::number(scan, 'f', 1) << " | "
            << QString::number(scan / std::max(indexed, 0.01), 'f', 0) << "× |\n";
    }

    const registry::RosterQuery roster(*db);
    registry::RosterFilter all;
    out << "\n| roster | ms |\n|---|---:|\n";
    int total = 0;
    out << "| count of registered households | "
        << QString::number(medianMs(runs, [&] { total = roster.count(all); }), 'f', 1) << " |\n";
    out << "| first page (200 rows, by number) | "
        << QString::number(
               medianMs(runs, [&] { roster.page(all, registry::RosterColumn::Number, true, 0, 200); }), 'f',
               1)
        << " |\n";
    out << "| last page (by number) | "
        << QString::number(
               medianMs(runs,
                        [&] { roster.page(all, registry::RosterColumn::Number, true, total - 200, 200); }),
               'f', 1)
        << " |\n";
    const char* names[] = {"number",  "head",  "head's ID",       "site", "address",
                           "members", "phone", "relocation date", "state"};
    for (int column = 1; column < registry::RosterColumnCount; ++column) {
        out << "| first page sorted by " << names[column] << " | "
            << QString::number(
                   medianMs(std::max(3, runs / 3),
                            [&] { roster.page(all, registry::RosterColumn(column), false, 0, 200); }),
                   'f', 1)
            << " |\n";
    }
    registry::RosterFilter site;
    site.siteId =
        scalar(*db, QStringLiteral(
                        "SELECT site_id FROM households GROUP BY site_id ORDER BY COUNT(*) DESC LIMIT 1"))
            .toLongLong();
    out << "| largest site: count + first page | "
        << QString::number(medianMs(runs,
                                    [&] {
                                        roster.count(site);
                                        roster.page(site, registry::RosterColumn::Number, true, 0, 200);
                                    }),
                           'f', 1)
        << " |\n";
    registry::RosterFilter named;
    named.search = QStringLiteral("建国");
    out << "| search 建国: count + first page | "
        << QString::number(medianMs(runs,
                                    [&] {
                                        roster.count(named);
                                        roster.page(named, registry::RosterColumn::Number, true, 0, 200);
                                    }),
                           'f', 1)
        << " |\n";
    named.search = QStringLiteral("王");
    if (total == 0)
        broken << QStringLiteral("the roster counts no registered household");
    out << "| search 王: count + first page | "
        << QString::number(medianMs(runs,
                                    [&] {
                                        roster.count(named);
                                        roster.page(named, registry::RosterColumn::Number, true, 0, 200);
                                    }),
                           'f', 1)
        << " |\n";
    out.flush();
    for (const QString& problem : std::as_const(broken))
        QTextStream(stderr) << "bench_search: " << problem << '\n';
    return broken.isEmpty() ? 0 : 1;
}
