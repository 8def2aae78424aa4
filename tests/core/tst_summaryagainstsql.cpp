#include "IndependentFigures.h"
#include "IndependentGridFigures.h"
#include "IndependentPartyFigures.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "report/MonthlySummary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;

// Every figure of the summary on a generated registry against the same figure counted by a hand-written
// query (tests/support/IndependentFigures.cpp), for the whole office and single sites, in several months.
class TestSummaryAgainstSql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;

    // The first member of `stage` on the roll since before `date` leaves that day, decided by a general
    // meeting of their branch held the same day.
    void leave(party::LeavingWay way, QDate date, const char* stage)
    {
        QSqlQuery q(m_db->db().connection());
        q.prepare(
            QStringLiteral("SELECT m.id FROM party_members m WHERE m.stage = ? AND m.state = 'normal'"
                           " AND m.state_date < ? AND m.stage_date < ? AND m.organisation_id IS NOT NULL"
                           " ORDER BY m.id"));
        q.addBindValue(QLatin1String(stage));
        q.addBindValue(date.toString(Qt::ISODate));
        q.addBindValue(date.toString(Qt::ISODate));
        QVERIFY(q.exec());
        QVERIFY2(q.next(), stage);
        const auto member = party::PartyMemberRepository(m_db->db()).storedMember(q.value(0).toLongLong());
        QVERIFY(member);
        party::PartyService service(m_db->db());
        party::Meeting meeting;
        meeting.organisationId = member->organisationOn(date);
        meeting.type = party::MeetingType::GeneralMeeting;
        meeting.date = date;
        meeting.topic = QStringLiteral("讨论党员出党");
        const auto held = service.saveMeeting(meeting);
        QVERIFY2(held, qPrintable(held.summary()));
        party::Leaving leaving;
        leaving.memberId = member->id;
        leaving.way = way;
        leaving.date = date;
        leaving.decision = QStringLiteral("支部党员大会决定");
        leaving.meetingId = held.value().id;
        const auto left = service.leave(leaving);
        QVERIFY2(left, qPrintable(left.summary()));
    }

    void compare(report::ReportMonth month, qint64 siteId)
    {
        const Result<report::MonthlySummary> summary =
            report::MonthlySummaryBuilder(m_db->db()).build(month, siteId);
        QVERIFY2(summary, qPrintable(summary.summary()));
        QString error;
        const QList<test::IndependentFigure> expected =
            test::independentFigures(m_db->db(), month, siteId, &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> party =
            test::independentPartyFigures(m_db->db(), month, siteId, &error);
        QVERIFY2(!party.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> grids =
            test::independentGridFigures(m_db->db(), month, siteId, &error);
        QVERIFY2(!grids.isEmpty(), qPrintable(error));
        int compared = 0;
        for (const test::IndependentFigure& e : expected + party + grids) {
            const report::ReportFigure* f = summary.value().figure(e.section, e.key);
            QVERIFY2(f, qPrintable(e.key));
            QVERIFY2(f->value == e.value && f->previous == e.previous,
                     qPrintable(QStringLiteral("%1 %2 site %3: %4/%5, SQL %6/%7")
                                    .arg(month.key(), e.key)
                                    .arg(siteId)
                                    .arg(f->value)
                                    .arg(f->previous)
                                    .arg(e.value)
                                    .arg(e.previous)));
            ++compared;
        }
        // Every figure of these sections has its independent query.
        int figures = 0;
        for (const report::ReportSectionResult& s : summary.value().sections)
            figures += int(s.figures.size());
        QCOMPARE(compared, figures);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        demo::DemoOptions options;
        options.households = 1500;
        options.seed = 7;
        const Outcome made = demo::DemoGenerator(m_db->db()).generate(options);
        QVERIFY2(made, qPrintable(made.summary()));
        // Members who left the party stay on file in the state Left and must drop out of every count in
        // both the summary and the SQL: one removed and one probation cancelled before October 2026, one
        // who withdrew before December 2025.
        leave(party::LeavingWay::Removal, QDate(2026, 9, 15), "full");
        leave(party::LeavingWay::ProbationCancelled, QDate(2026, 9, 15), "probationary");
        leave(party::LeavingWay::Withdrawal, QDate(2025, 11, 20), "full");
        // Two branches divided into 党小组 (they owe 党小组会 from the first month that begins with a
        // group): one since mid-2025, one from October 2024 until it was dissolved on 1 June 2026.
        QList<qint64> branches;
        for (const party::Organisation& o : party::OrganisationRepository(m_db->db()).organisations())
            if (o.isBranch())
                branches.append(o.id);
        QVERIFY(branches.size() >= 2);
        party::PartyGroup group;
        group.branchId = branches.at(0);
        group.name = QStringLiteral("第一党小组");
        group.foundingDate = QDate(2025, 6, 15);
        QVERIFY(
            party::PartyService(m_db->db()).saveGroup(group, QDate(2026, 11, 1), QDate(2026, 11, 1)).ok());
        group.branchId = branches.at(1);
        group.foundingDate = QDate(2024, 10, 1);
        group.dissolvedDate = QDate(2026, 6, 1);
        QVERIFY(
            party::PartyService(m_db->db()).saveGroup(group, QDate(2026, 11, 1), QDate(2026, 11, 1)).ok());
    }

    void figuresMatch_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>(
            "site"); // 0 whole office, 1 the largest site, 2 the test's own site, 3 a small one
        for (const char* month : {"2026-10", "2026-06", "2025-12", "2025-03", "2024-11"}) {
            for (int site = 0; site <= 3; ++site)
                QTest::addRow("%s site %d", month, site) << QString::fromLatin1(month) << site;
        }
    }

    void figuresMatch()
    {
        QFETCH(QString, month);
        QFETCH(int, site);
        qint64 siteId = 0;
        QSqlQuery q(m_db->db().connection());
        if (site == 1)
            QVERIFY(q.exec(QStringLiteral(
                "SELECT site_id FROM households GROUP BY site_id ORDER BY COUNT(*) DESC LIMIT 1")));
        else if (site == 2)
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM sites WHERE code = '430524001'")));
        else if (site == 3)
            QVERIFY(q.exec(
                QStringLiteral("SELECT site_id FROM households GROUP BY site_id ORDER BY COUNT(*) LIMIT 1")));
        if (site != 0) {
            QVERIFY(q.next());
            siteId = q.value(0).toLongLong();
        }
        compare(report::ReportMonth::parse(month), siteId);
    }

    // 党龄 from the end of probation (issue 16 item 3), worked by hand on one demo member admitted
    // 2024-02-29, whose probation ends 2025-02-28: with no conversion recorded they are probationary in
    // every month; with a late meeting (2025-04-10) full from February 2025 on; with an early one an older
    // program let through (2025-01-15) still full only from February. The summary and the independent SQL
    // agree in each case, on both engines.
    void conversionCountsFromTheEndOfProbation()
    {
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT m.id FROM party_members m WHERE m.stage = 'full' AND m.state = 'normal'"
                           " AND EXISTS (SELECT 1 FROM party_stage_steps a WHERE a.member_id = m.id AND "
                           "a.event = 'admission'"
                           "  AND a.step_date >= '2023-06-01' AND a.step_date <= '2024-02-29')"
                           " AND NOT EXISTS (SELECT 1 FROM party_member_states x WHERE x.member_id = m.id"
                           "  AND x.state_date > '2024-02-01')"
                           " AND NOT EXISTS (SELECT 1 FROM party_branch_stays b WHERE b.member_id = m.id"
                           "  AND (b.start_date > '2024-02-01' OR b.end_date IS NOT NULL))"
                           " ORDER BY m.id LIMIT 1")));
        QVERIFY2(q.next(), "the demo has no member admitted between June 2023 and February 2024");
        const qint64 id = q.value(0).toLongLong();
        const auto run = [&](const QString& sql, const QVariant& date = {}) {
            QSqlQuery u(m_db->db().connection());
            QVERIFY2(u.prepare(sql), qPrintable(u.lastError().text()));
            if (date.isValid())
                u.addBindValue(date);
            u.addBindValue(id);
            QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
        };
        run(QStringLiteral(
            "DELETE FROM party_stage_steps WHERE event IN ('probation_extension', 'conversion')"
            " AND member_id = ?"));
        run(QStringLiteral("UPDATE party_stage_steps SET step_date = ? WHERE event = 'admission'"
                           " AND member_id = ?"),
            QStringLiteral("2024-02-29"));
        run(QStringLiteral("UPDATE party_members SET stage = 'probationary', stage_date = ? WHERE id = ?"),
            QStringLiteral("2024-02-29"));
        const QStringList months{QStringLiteral("2025-01"), QStringLiteral("2025-02"),
                                 QStringLiteral("2025-03"), QStringLiteral("2025-04")};
        const auto full = [&](const QString& month) {
            const auto s = report::MonthlySummaryBuilder(m_db->db()).build(report::ReportMonth::parse(month));
            return s ? s.value().figure(QStringLiteral("party"), QStringLiteral("members_full"))->value : -1;
        };
        QList<qint64> probationary;
        for (const QString& month : months) {
            probationary.append(full(month));
            compare(report::ReportMonth::parse(month), 0);
        }
        // Converted: late, then early.
        for (const char* converted : {"2025-04-10", "2025-01-15"}) {
            run(QStringLiteral("DELETE FROM party_stage_steps WHERE event = 'conversion' AND member_id = ?"));
            QSqlQuery i(m_db->db().connection());
            QVERIFY(i.prepare(QStringLiteral("INSERT INTO party_stage_steps (member_id, event, step_date)"
                                             " VALUES (?, 'conversion', ?)")));
            i.addBindValue(id);
            i.addBindValue(QString::fromLatin1(converted));
            QVERIFY2(i.exec(), qPrintable(i.lastError().text()));
            run(QStringLiteral("UPDATE party_members SET stage = 'full', stage_date = ? WHERE id = ?"),
                QString::fromLatin1(converted));
            QCOMPARE(full(months[0]), probationary[0]); // January: still in probation
            for (int k = 1; k < months.size(); ++k)
                QCOMPARE(full(months[k]), probationary[k] + 1);
            for (const QString& month : months)
                compare(report::ReportMonth::parse(month), 0);
        }
    }

    // The demo spreads its history over the last two years: each month has arrivals, births and deaths.
    void demoHasHistory()
    {
        int monthsWithArrivals = 0;
        int monthsWithBirths = 0;
        int monthsWithDeaths = 0;
        for (int back = 1; back <= 24; ++back) {
            const QDate first = QDate(2026, 11, 1).addMonths(-back);
            const Result<report::MonthlySummary> s = report::MonthlySummaryBuilder(m_db->db()).build({first});
            QVERIFY(s);
            const auto v = [&](const char* key) {
                return s.value().figure(QStringLiteral("population"), QLatin1String(key))->value;
            };
            monthsWithArrivals += v("households_moved_in") > 0 ? 1 : 0;
            monthsWithBirths += v("people_born") > 0 ? 1 : 0;
            monthsWithDeaths += v("people_died") > 0 ? 1 : 0;
        }
        QVERIFY2(monthsWithArrivals >= 20, qPrintable(QString::number(monthsWithArrivals)));
        QVERIFY2(monthsWithBirths >= 20, qPrintable(QString::number(monthsWithBirths)));
        QVERIFY2(monthsWithDeaths >= 6, qPrintable(QString::number(monthsWithDeaths)));
    }
};

QTEST_GUILESS_MAIN(TestSummaryAgainstSql)
#include "tst_summaryagainstsql.moc"
