// What SQLite's synchronous=FULL costs against NORMAL (WAL mode) on the two writes users make: a form
// save (one household of four through RegistryService, as HouseholdForm saves it, one transaction) and
// an import of a roster (RosterImporter, as anju-cli import and the import dialog run it).
// usage: bench_durability DB [SAVES] [RUNS]
//   DB: a demo database (anju-cli demo); its roster is exported once to a CSV and imported into a new
//   database in a temporary folder on the same disk as DB (fsync costs what that disk costs) per run.
//   SAVES households are then saved one by one into that database. Medians of wall time.
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "database/Database.h"
#include "exchange/RosterExporter.h"
#include "exchange/RosterImporter.h"
#include "registry/RegistryService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace anju;

namespace {

constexpr char Password[] = "Xin-2026-yuan";

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

struct Figures
{
    QList<double> importMs;
    QList<double> saveMs;
};

// A new database with its administrator logged in and `synchronous` set as the mode says.
Result<std::unique_ptr<Database>> newDatabase(const QString& path, const QString& mode)
{
    auto opened = Database::open(DatabaseLocation::parse(path));
    if (!opened)
        return opened;
    accounts::AccountService accounts(*opened.value());
    if (!accounts.createFirstAdmin(QStringLiteral("bench"), {}, QLatin1String(Password)) ||
        !accounts.login(QStringLiteral("bench"), QLatin1String(Password)))
        return Outcome::error(QStringLiteral("cannot make the administrator"));
    QSqlQuery q(opened.value()->connection());
    if (!q.exec(QStringLiteral("PRAGMA synchronous = %1").arg(mode)))
        return Outcome::error(QStringLiteral("PRAGMA synchronous = %1 failed").arg(mode));
    return opened;
}

Household newHousehold(qint64 siteId, int serial)
{
    Household h;
    h.number = QStringLiteral("B%1").arg(serial, 6, 10, QLatin1Char('0'));
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    const QDate born(1970, 1, 1);
    h.members.append(test::makePerson(QStringLiteral("王建国"),
                                      test::makeIdNumber(QStringLiteral("430524"), born.addDays(serial), 1),
                                      Relationship::Head));
    h.members.append(test::makePerson(QStringLiteral("李秀英"),
                                      test::makeIdNumber(QStringLiteral("430524"), born.addDays(serial), 2),
                                      Relationship::Spouse));
    h.members.append(test::makePerson(QStringLiteral("王小明"),
                                      test::makeIdNumber(QStringLiteral("430524"), born.addDays(serial), 3),
                                      Relationship::Son));
    h.members.append(test::makePerson(QStringLiteral("王小红"),
                                      test::makeIdNumber(QStringLiteral("430524"), born.addDays(serial), 4),
                                      Relationship::Daughter));
    return h;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        out << "usage: bench_durability DB [SAVES] [RUNS]\n";
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int saves = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 30;
    const int runs = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 5;
    QTemporaryDir dir(QFileInfo(source).absoluteDir().filePath(QStringLiteral("bench-durability-XXXXXX")));
    if (!dir.isValid()) {
        err << "bench_durability: cannot make a temporary folder beside " << source << '\n';
        return 1;
    }
    const QString roster = dir.filePath(QStringLiteral("roster.csv"));
    exchange::RosterExportCounts exportedCounts;
    {
        auto opened = Database::open(DatabaseLocation::parse(source));
        if (!opened) {
            err << opened.summary() << '\n';
            return 1;
        }
        auto db = std::move(opened.value());
        if (!accounts::AccountService(*db).login(
                qEnvironmentVariable("ANJU_USER", QStringLiteral("admin")),
                qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
            err << "bench_durability: cannot log in to " << source << '\n';
            return 1;
        }
        exchange::RosterExportOptions options;
        options.path = roster;
        options.includeFormer = false;
        exchange::RosterExporter exporter(*db);
        if (const Outcome exported = exporter.exportRoster(options); !exported) {
            err << exported.summary() << '\n';
            return 1;
        }
        exportedCounts = exporter.counts();
    }
    out << "roster: " << exportedCounts.households << " households, " << exportedCounts.persons
        << " persons; " << saves << " form saves of 4 persons each; " << runs << " runs (median ms)\n";

    const QStringList modes{QStringLiteral("NORMAL"), QStringLiteral("FULL")};
    QHash<QString, Figures> figures;
    int serial = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString& mode : modes) { // alternated, so that a busy moment of the machine hits both
            const QString path = dir.filePath(QStringLiteral("%1-%2.anju").arg(mode).arg(run));
            auto opened = newDatabase(path, mode);
            if (!opened) {
                err << opened.summary() << '\n';
                return 1;
            }
            auto db = std::move(opened.value());
            exchange::ImportOptions options;
            options.path = roster;
            QElapsedTimer timer;
            timer.start();
            const Result<exchange::ImportSummary> imported = exchange::RosterImporter(*db).run(options);
            const double importMs = timer.nsecsElapsed() / 1e6;
            if (!imported || imported.value().householdsImported != exportedCounts.households) {
                err << "bench_durability: the import failed or lost households: "
                    << (imported ? QString::number(imported.value().householdsImported) : imported.summary())
                    << '\n';
                return 1;
            }
            figures[mode].importMs.append(importMs);

            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("SELECT MIN(id) FROM sites")) || !q.next()) {
                err << "bench_durability: no site after the import\n";
                return 1;
            }
            const qint64 siteId = q.value(0).toLongLong();
            q.finish();
            for (int i = 0; i < saves; ++i) {
                const Household household = newHousehold(siteId, ++serial);
                timer.restart();
                const Result<Household> saved = registry::RegistryService(*db).saveHousehold(household);
                const double saveMs = timer.nsecsElapsed() / 1e6;
                if (!saved) {
                    err << "bench_durability: a save failed: " << saved.summary() << '\n';
                    return 1;
                }
                figures[mode].saveMs.append(saveMs);
            }
        }
    }
    for (const QString& mode : modes) {
        out << QStringLiteral("synchronous=%1: import %2 ms, form save %3 ms\n")
                   .arg(mode, -6)
                   .arg(median(figures[mode].importMs), 0, 'f', 1)
                   .arg(median(figures[mode].saveMs), 0, 'f', 2);
    }
    return 0;
}
