// The audit trail read as sentences: a page of 500 rows told with the names of the records it refers
// to, on a demo database with party activity and household edits in its trail.
// usage: bench_audit DB [RUNS]   — DB is modified (activity added when its trail has no party rows):
// pass a copy. Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo); the
// activity is written as the demo's secretary and clerk, as a desk would.
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "audittext/AuditNarrator.h"
#include "database/Database.h"
#include "party/PartyService.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace anju;
using bench::medianMs;

namespace {

QList<qint64> ids(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QList<qint64> list;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.exec();
    while (q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

bool login(const Database& db, const QString& user, const QString& password)
{
    return accounts::AccountService(db).login(user, password).ok();
}

// Meetings with their attendance, dues months, conversions and household edits, through the services.
int makeActivity(const Database& db, const QString& password)
{
    int actions = 0;
    const QDate today(2026, 12, 6);
    // The clerk's edits first, so that the newest page holds the party's rows and the household edits.
    if (login(db, QStringLiteral("clerk"), password)) {
        registry::RegistryService registry(db);
        const registry::HouseholdRepository households(db);
        for (qint64 id : ids(db, QStringLiteral("SELECT id FROM households ORDER BY id LIMIT 300"))) {
            std::optional<Household> h = households.household(id);
            if (!h)
                continue;
            h->phone = QStringLiteral("139%1").arg(id, 8, 10, QLatin1Char('0'));
            h->originVillage = QStringLiteral("石门村");
            if (!h->members.isEmpty())
                h->members[0].phone = QStringLiteral("137%1").arg(id, 8, 10, QLatin1Char('0'));
            if (registry.saveHousehold(*h, today))
                ++actions;
        }
    }
    if (login(db, QStringLiteral("secretary"), password)) {
        party::PartyService party(db);
        const QList<qint64> branches = ids(
            db, QStringLiteral("SELECT organisation_id FROM party_members WHERE organisation_id IS NOT NULL"
                               " AND state = 'normal' GROUP BY organisation_id ORDER BY organisation_id"));
        for (qint64 branch : branches) {
            const QList<qint64> members = ids(
                db,
                QStringLiteral("SELECT id FROM party_members WHERE organisation_id = ? AND state = 'normal'"
                               " AND stage IN ('probationary', 'full') ORDER BY id"),
                {branch});
            for (int m = 0; m < 3 && !members.isEmpty(); ++m) {
                party::Meeting meeting;
                meeting.organisationId = branch;
                meeting.type =
                    m == 0 ? party::MeetingType::GeneralMeeting : party::MeetingType::ThemePartyDay;
                meeting.date = QDate(2026, 9 + m, 5);
                meeting.topic = QStringLiteral("学习党章第%1章").arg(m + 1);
                for (int i = 0; i < members.size(); ++i)
                    meeting.attendance.append(
                        {members.at(i), {}, i % 4 != 3, i % 4 == 3 ? QStringLiteral("外出务工") : QString()});
                if (party.saveMeeting(meeting, today))
                    ++actions;
            }
            for (qint64 member : members) {
                if (party.recordDuesPayments(member, {QDate(2026, 12, 1)}, QDate(2026, 11, 20), 2000, today))
                    ++actions;
            }
        }
        for (qint64 member :
             ids(db, QStringLiteral("SELECT id FROM party_members WHERE stage = 'probationary'"
                                    " AND state = 'normal' AND stage_date <= '2025-12-01'"))) {
            party::StageTransition t;
            t.memberId = member;
            t.event = party::StageEvent::Conversion;
            t.date = today;
            t.reason = QStringLiteral("支部大会讨论通过");
            if (party.transition(t, today))
                ++actions;
        }
    }
    return actions;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_audit DB [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        out << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString password = qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo"));
    if (ids(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type LIKE 'party%'")).value(0) ==
        0) {
        QElapsedTimer timer;
        timer.start();
        const int actions = makeActivity(*db, password);
        out << "activity: " << actions << " user actions in " << timer.elapsed() << " ms\n";
    }
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (!login(*db, user, password)) {
        out << "cannot log in as " << user << '\n';
        return 1;
    }
    const AuditLog log(*db);
    const int total = log.count({});
    out << "trail rows: " << total << '\n';
    constexpr int PageSize = 500;
    const Result<QList<AuditEntry>> first = log.page({}, 0, PageSize);
    if (!first) {
        out << first.summary() << '\n';
        return 1;
    }
    const AuditNarrator narrator(*db);
    QList<AuditSentence> sentences;
    int queries = 0;
    out << "page of " << first.value().size()
        << " rows read: " << medianMs(runs, [&] { (void)log.page({}, 0, PageSize); }) << '\n';
    out << "names looked up: "
        << medianMs(runs, [&] { queries = AuditNames::lookUp(*db, first.value()).queries(); }) << ", "
        << queries << " queries\n";
    out << "page told as sentences (names included): "
        << medianMs(runs, [&] { sentences = narrator.narrate(first.value()); }) << ", " << sentences.size()
        << " sentences\n";
    // The last page too: the oldest rows (sites, buildings, users of the demo itself).
    const Result<QList<AuditEntry>> last = log.page({}, std::max(0, total - PageSize), PageSize);
    out << "oldest page told: " << medianMs(runs, [&] { (void)narrator.narrate(last.value()); }) << '\n';
    for (int i = 0; i < std::min<qsizetype>(5, sentences.size()); ++i)
        out << "  " << sentences.at(i).text << '\n';
    return sentences.isEmpty() ? 1 : 0;
}
