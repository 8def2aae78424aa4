// The party module at province scale: making the demo's party organisation on a database that holds only
// households (the cost DemoParty adds to `anju-cli demo`), then the secretary's queries on it.
// usage: bench_party DB [RUNS]   — DB is modified (party rows added when it has none): pass a copy.
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo): the review, the tree and
// the lists check permissions and return nothing otherwise.
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "demo/DemoParty.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyStatistics.h"
#include "party/PartyReview.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace anju;
using bench::medianMs;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_party DB [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    QString error;
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
    const QDate today(2026, 11, 1);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM party_members"));
    q.next();
    if (q.value(0).toLongLong() == 0) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        WriteTransaction transaction(*db);
        demo::DemoParty party(*db, 1, today);
        const Outcome made = party.generate();
        if (!made || !transaction.commit()) {
            out << "DemoParty failed: " << (made ? transaction.error() : made.summary()) << '\n';
            return 1;
        }
        out << "DemoParty: " << timer.elapsed() << " ms (cpu "
            << (std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC << " ms) — " << party.counts().organisations
            << " organisations, " << party.counts().members << " members, " << party.counts().meetings
            << " meetings, " << party.counts().duesPayments << " dues payments\n";
    }
    q.exec(QStringLiteral("SELECT COUNT(*) FROM party_members"));
    q.next();
    out << "members: " << q.value(0).toLongLong() << ", runs: " << runs << " (median ms)\n";
    int rows = 0;
    out << "review of a month: "
        << medianMs(runs, [&] { rows = int(party::PartyReview(*db).forMonth(today).size()); }) << " (" << rows
        << " rows)\n";
    out << "branch tree with counts: "
        << medianMs(runs, [&] { rows = int(party::OrganisationRepository(*db).tree(today).size()); }) << " ("
        << rows << " organisations)\n";
    out << "member list, all: "
        << medianMs(runs, [&] { rows = int(party::PartyMemberRepository(*db).members({}).size()); }) << " ("
        << rows << " rows)\n";
    party::PartyMemberFilter filter;
    filter.organisationId = party::OrganisationRepository(*db).organisations().value(1).id;
    // Checked once, outside the timings: a list that comes back empty measures nothing.
    const int organisations = int(party::OrganisationRepository(*db).tree(today).size());
    const int members = int(party::PartyMemberRepository(*db).members({}).size());
    if (organisations == 0 || members == 0) {
        out.flush();
        QTextStream(stderr) << "bench_party: the tree has " << organisations
                            << " organisations and the member list " << members
                            << " members: no party data, or the user may not read it\n";
        return 1;
    }
    out << "member list, one branch: "
        << medianMs(runs, [&] { rows = int(party::PartyMemberRepository(*db).members(filter).size()); })
        << " (" << rows << " rows)\n";
    out << "month figures, office: " << medianMs(runs, [&] { party::PartyStatistics(*db).forMonth(today); })
        << '\n';
    out << "all members with histories: "
        << medianMs(runs, [&] { rows = int(party::PartyMemberRepository(*db).allMembers().size()); }) << '\n';
    out << "site coverage: "
        << medianMs(runs, [&] { party::OrganisationRepository(*db).siteCoverage(today); }) << '\n';
    return 0;
}
