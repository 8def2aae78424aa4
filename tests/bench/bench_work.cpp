// The work findings of a day (issue 19) on a database made by anju-cli demo: 应培尽培, public posts held by
// ordinary labour while weak labour waits, and idle labour with the pairing cadres, for the whole office and
// for the largest site; and the employment, training and industry figures of the month (both months).
//
//   bench_work DB [RUNS=5] [seed]
//
// Goal at the 280,000-household demo: the whole office's findings < 500 ms. Logs in as ANJU_USER /
// ANJU_PASSWORD (default: the demo's admin). A demo without work rows (made before the demo wrote them)
// finds empty tables and is timed as it is; with "seed" such a database first gets plain-SQL rows (jobs
// for seven in ten of the labour force, some ended, training and employment wishes, public posts held by
// ordinary labour, absence reasons) so that the lists have people in them: the file is changed, run it on
// a copy.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "work/WorkFindings.h"
#include "work/WorkMonthQueries.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace anju;

namespace {

const QDate Day(2026, 10, 31);

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool seed(const Database& db, QTextStream& out)
{
    WriteTransaction transaction(db);
    const QStringList statements = {
        // One public post per site, held by about one ordinary person in a hundred.
        QStringLiteral(
            "INSERT INTO work_posts (site_id, kind, name, opened_on) SELECT id, 'cleaning_greening',"
            " 'bench', '2024-01-01' FROM sites"),
        QStringLiteral("INSERT INTO employments (person_id, channel, post_id, started_on) SELECT p.id,"
                       " 'public_post', (SELECT MIN(po.id) FROM work_posts po JOIN households h ON"
                       " h.site_id = po.site_id WHERE h.id = p.household_id), '2025-03-01' FROM persons p"
                       " WHERE p.state = 'active' AND p.labour_capacity = 'ordinary' AND p.id % 100 = 1"),
        // Seven in ten of the rest of the labour force work; one in ten of those stopped in June.
        QStringLiteral(
            "INSERT INTO employments (person_id, channel, started_on, ended_on) SELECT p.id,"
            " CASE p.id % 3 WHEN 0 THEN 'labour_export' WHEN 1 THEN 'workshop' ELSE 'flexible' END,"
            " '2025-01-01', CASE WHEN p.id % 10 = 6 THEN '2026-06-01' ELSE NULL END FROM persons p"
            " WHERE p.labour_capacity IN ('ordinary', 'skilled', 'weak') AND p.id % 10 < 7"
            " AND p.id % 100 <> 1"),
        QStringLiteral("INSERT INTO work_wishes (person_id, kind, recorded_on) SELECT p.id, 'training',"
                       " '2026-03-01' FROM persons p WHERE p.state = 'active' AND p.id % 50 = 0"),
        QStringLiteral("INSERT INTO work_wishes (person_id, kind, recorded_on) SELECT p.id, 'employment',"
                       " '2026-05-01' FROM persons p WHERE p.state = 'active' AND p.labour_capacity = 'weak'"
                       " AND p.id % 10 >= 7"),
        QStringLiteral(
            "INSERT INTO work_absence_reasons (person_id, reason, valid_from) SELECT p.id, 'caring',"
            " '2025-06-01' FROM persons p WHERE p.state = 'active' AND p.id % 10 = 8"),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql)) {
            out << "cannot seed: " << q.lastError().text() << '\n';
            return false;
        }
    }
    if (!transaction.commit()) {
        out << "cannot commit: " << transaction.error() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_work DB [RUNS] [seed]\n";
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
    if (argc > 3 && QLatin1String(argv[3]) == QLatin1String("seed") &&
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM employments")) == 0 && !seed(*db, out))
        return 1;
    const qint64 siteId =
        scalar(*db, QStringLiteral("SELECT site_id FROM households WHERE state = 'active'"
                                   " GROUP BY site_id ORDER BY COUNT(*) DESC, site_id LIMIT 1"));
    out << "households: "
        << scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"))
        << ", jobs: " << scalar(*db, QStringLiteral("SELECT COUNT(*) FROM employments"))
        << ", wishes: " << scalar(*db, QStringLiteral("SELECT COUNT(*) FROM work_wishes")) << ", day "
        << Day.toString(Qt::ISODate) << ", runs: " << runs << " (median)\n";

    QString error;
    for (const auto& [name, site] :
         {std::pair{"whole office", qint64(0)}, std::pair{"largest site", siteId}}) {
        work::WorkFindingsList list;
        const bench::Timing findings = bench::timeRuns(runs, std::function<bool()>([&] {
                                                           const auto found =
                                                               work::WorkFindings(*db).forDay(Day, site);
                                                           if (!found)
                                                               error = found.summary();
                                                           else
                                                               list = found.value();
                                                           return found.ok();
                                                       }));
        if (findings.failed) {
            out << name << ": findings: " << error << '\n';
            return 1;
        }
        out << name << ": findings (" << list.trainingWishes.size() << " 应培尽培, " << list.posts.size()
            << " posts, " << list.idle.size() << " idle): " << findings.text() << '\n';
        const bench::Timing figures = bench::timeRuns(
            runs, std::function<bool()>([&] {
                const work::WorkMonthQueries queries(*db);
                const auto employment = queries.employment(Day, site);
                const auto training = queries.training(Day, site);
                const auto industry = queries.industry(Day, site);
                for (const Outcome& o : {Outcome(employment), Outcome(training), Outcome(industry)})
                    if (!o)
                        error = o.summary();
                return employment.ok() && training.ok() && industry.ok();
            }));
        if (figures.failed) {
            out << name << ": figures: " << error << '\n';
            return 1;
        }
        out << name << ": the month's work figures (both months): " << figures.text() << '\n';
    }
    return 0;
}
