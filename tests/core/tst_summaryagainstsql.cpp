#include "IndependentFigures.h"
#include "IndependentGridFigures.h"
#include "IndependentIncomeFigures.h"
#include "IndependentPartyFigures.h"
#include "IndependentWorkFigures.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"
#include "WorkFixtures.h"

#include "database/KeptReaders.h"
#include "database/SqlValues.h"
#include "demo/DemoGenerator.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "report/MonthlySummary.h"
#include "report/ReportSection.h"
#include "report/SummaryJson.h"

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

    void compare(report::ReportMonth month, qint64 siteId) { compareOn(m_db->db(), month, siteId); }

    static void compareOn(const Database& db, report::ReportMonth month, qint64 siteId)
    {
        const Result<report::MonthlySummary> summary = report::MonthlySummaryBuilder(db).build(month, siteId);
        QVERIFY2(summary, qPrintable(summary.summary()));
        QString error;
        const QList<test::IndependentFigure> expected = test::independentFigures(db, month, siteId, &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> party = test::independentPartyFigures(db, month, siteId, &error);
        QVERIFY2(!party.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> grids = test::independentGridFigures(db, month, siteId, &error);
        QVERIFY2(!grids.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> income =
            test::independentIncomeFigures(db, month, siteId, &error);
        QVERIFY2(!income.isEmpty(), qPrintable(error));
        const QList<test::IndependentFigure> work = test::independentWorkFigures(db, month, siteId, &error);
        QVERIFY2(!work.isEmpty(), qPrintable(error));
        int compared = 0;
        for (const test::IndependentFigure& e : expected + party + grids + income + work) {
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

    // The sections computed side by side on worker connections give the summary, every figure and table,
    // that one connection reading them in turn gives: for the whole office and a site, with more workers
    // than this machine has cores (so that several sections wait for the shared people on more threads).
    void workersAgreeWithOneConnection()
    {
        const report::ReportMonth month = report::ReportMonth::parse(QStringLiteral("2026-10"));
        QSqlQuery site(m_db->db().connection());
        QVERIFY(site.exec(QStringLiteral("SELECT MIN(site_id) FROM households")) && site.next());
        for (const qint64 siteId : {qint64(0), site.value(0).toLongLong()}) {
            QByteArray json[2];
            for (const int workers : {1, 3}) {
                report::MonthlySummaryBuilder builder(m_db->db());
                builder.workers = workers;
                Result<report::MonthlySummary> built = builder.build(month, siteId);
                QVERIFY2(built, qPrintable(built.summary()));
                QCOMPARE(built.value().sections.size(), report::ReportSections::all().size());
                built.value().generatedAt = {};
                json[workers == 1 ? 0 : 1] = report::SummaryJson::write(built.value());
            }
            QVERIFY(json[0].size() > 1000);
            QCOMPARE(json[1], json[0]);
            // The window's way: on kept connections, twice (the second time they are open already).
            KeptReaders kept(3);
            for (int round = 0; round < 2; ++round) {
                report::MonthlySummaryBuilder builder(m_db->db());
                builder.workers = 3;
                builder.keptReaders = &kept;
                Result<report::MonthlySummary> built = builder.build(month, siteId);
                QVERIFY2(built, qPrintable(built.summary()));
                built.value().generatedAt = {};
                QCOMPARE(report::SummaryJson::write(built.value()), json[0]);
            }
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

    // The `income` and `monitoring` sections on a small office built by hand where every figure is
    // non-zero in October 2026 and in September (the month before), each worked out by hand below and
    // against the independent SQL for the whole office and each site. The line is 2021's 6000 yuan (600,000
    // fen per person per year) carried over; drop: 3 months, 30 %; large expense: 10,000 yuan. Edges: a
    // check one fen under the line and one on it; a drop one fen under 70 % and one exactly on it; too few
    // earlier months; an expense one fen over the threshold and one on it; a negative net income truncated
    // toward zero; a household moved away mid-month with its check; a case eliminated on the month's last
    // day; an enrolment ending on the month's last day; a person no longer registered.
    void incomeAndMonitoringOnAHandBuiltOffice()
    {
        test::TestDatabase office;
        VisitFixtures fix(office);
        const qint64 siteA = office.siteId();
        const qint64 siteB = fix.insert(
            QStringLiteral(
                "INSERT INTO sites (code, name, county_code) VALUES ('430524002', '第二安置点', '430524')"),
            {});
        QList<qint64> h(15, 0); // h[1] … h[14]
        QList<qint64> person(15, 0);
        for (int i = 1; i <= 14; ++i)
            h[i] = fix.household(QStringLiteral("I%1").arg(i), false, &person[i]);
        const auto sql = [&](const QString& text, const QVariantList& values) { fix.insert(text, values); };
        sql(QStringLiteral("UPDATE households SET site_id = ? WHERE id = ?"), {siteB, h[12]});
        // H10 moved away on 15 October with its member; H14 arrives only in November.
        sql(QStringLiteral(
                "UPDATE households SET state = 'moved_away', state_date = '2026-10-15' WHERE id = ?"),
            {h[10]});
        sql(QStringLiteral("UPDATE memberships SET end_date = '2026-10-15', end_reason = 'moved_away'"
                           " WHERE household_id = ?"),
            {h[10]});
        sql(QStringLiteral("UPDATE persons SET state = 'moved_away', state_date = '2026-10-15' WHERE id = ?"),
            {person[10]});
        sql(QStringLiteral("UPDATE households SET relocation_date = '2026-11-05' WHERE id = ?"), {h[14]});
        sql(QStringLiteral("UPDATE memberships SET start_date = '2026-11-05' WHERE household_id = ?"),
            {h[14]});

        // A check: net income per month (wages, or costs when negative), headcount, one large expense.
        const auto check = [&](int i, const char* month, qint64 net, int headcount = 1,
                               const char* expense = "expense_medical", qint64 amount = 0) {
            sql(QStringLiteral("INSERT INTO income_checks (household_id, month, checked_on, headcount,"
                               " income_wages, operating_costs, %1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .arg(QLatin1String(expense)),
                {h[i], QString::fromLatin1(month), QString::fromLatin1(month), headcount,
                 std::max<qint64>(net, 0), std::max<qint64>(-net, 0), amount});
        };
        for (const char* m : {"2026-09-01", "2026-10-01"}) {
            check(1, m, 49999);                              // 599,988: one fen a year under
            check(2, m, 50000, 1, "expense_other", 1000000); // on the line; expense on the limit
            check(3, m, 225000, 3);                          // 900,000: 1.5 times
            check(4, m, 100000);                             // 1,200,000: twice
            check(13, m, -1, 5);                             // -12 / 5 = -2: below
        }
        for (const char* m : {"2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"})
            check(5, m, 100000);
        check(5, "2026-10-01", 69999); // 839,988 × 300 < 3,600,000 × 70: a drop
        for (const char* m : {"2026-05-01", "2026-06-01", "2026-07-01"})
            check(6, m, 100000);
        check(6, "2026-09-01", 69999); // August missing: May–July are the three: a drop
        check(6, "2026-10-01", 70000);
        for (const char* m : {"2026-07-01", "2026-08-01", "2026-09-01"})
            check(7, m, 100000);
        check(7, "2026-10-01", 70000); // exactly 70 %: no drop
        check(8, "2026-08-01", 100000);
        check(8, "2026-09-01", 100000);
        check(8, "2026-10-01", 10000); // below, but two earlier months only: no drop
        check(9, "2026-09-01", 100000, 1, "expense_education", 1000001);
        check(9, "2026-10-01", 100000, 1, "expense_medical", 1000001);
        check(10, "2026-09-01", 49999);
        check(10, "2026-10-01", 49999); // moved away before the month's end: not counted in October
        // Checked before arriving (entered early by mistake): not counted until it is relocated.
        check(14, "2026-09-01", 49999, 1, "expense_other", 2000000);
        check(14, "2026-10-01", 49999, 1, "expense_other", 2000000);
        check(12, "2026-09-01", 10000);
        check(12, "2026-10-01", 10000);

        const auto monitoringCase = [&](int i, const char* category, const char* state, const char* stateDate,
                                        const char* discovered, const char* entered, const char* declined,
                                        const char* eliminated) {
            const auto date = [](const char* d) {
                return d ? QVariant(QString::fromLatin1(d)) : sqlDate({});
            };
            sql(QStringLiteral(
                    "INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                    " state, state_date, entered_on, declined_on, decline_reason, eliminated_on)"
                    " VALUES (?, ?, ?, 'income_flag', ?, ?, ?, ?, ?, ?)"),
                {h[i], QLatin1String(category), QString::fromLatin1(discovered), QLatin1String(state),
                 QString::fromLatin1(stateDate), date(entered), date(declined),
                 declined ? QStringLiteral("收入已恢复") : QStringLiteral(""), date(eliminated)});
        };
        monitoringCase(1, "unstable_out_of_poverty", "monitored", "2026-03-10", "2026-02-01", "2026-03-10",
                       nullptr, nullptr);
        monitoringCase(5, "marginal_at_risk", "monitored", "2026-10-31", "2026-10-20", "2026-10-31", nullptr,
                       nullptr);
        monitoringCase(6, "marginal_at_risk", "eliminated", "2026-10-31", "2026-08-01", "2026-08-15", nullptr,
                       "2026-10-31");
        monitoringCase(8, "sudden_hardship", "monitored", "2026-09-30", "2026-09-01", "2026-09-30", nullptr,
                       nullptr);
        monitoringCase(2, "unstable_out_of_poverty", "eliminated", "2026-09-01", "2025-12-01", "2026-01-05",
                       nullptr, "2026-09-01");
        monitoringCase(9, "sudden_hardship", "declined", "2026-10-01", "2026-09-20", nullptr, "2026-10-01",
                       nullptr);
        monitoringCase(3, "marginal_at_risk", "declined", "2026-09-30", "2026-08-01", nullptr, "2026-09-30",
                       nullptr);
        monitoringCase(4, "sudden_hardship", "entry_review", "2026-10-31", "2026-10-31", nullptr, nullptr,
                       nullptr);
        monitoringCase(12, "sudden_hardship", "monitored", "2026-06-01", "2026-05-01", "2026-06-01", nullptr,
                       nullptr);

        const auto enrol = [&](int i, const char* scheme, qint64 amount, const char* kind, const char* from,
                               const char* to = nullptr) {
            sql(QStringLiteral("INSERT INTO safety_net_enrolments (person_id, scheme, amount, amount_kind,"
                               " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)"),
                {person[i], QLatin1String(scheme), amount, QLatin1String(kind), QString::fromLatin1(from),
                 to ? QVariant(QString::fromLatin1(to)) : sqlDate({})});
        };
        enrol(1, "dibao", 50000, "monthly", "2026-01-01");
        enrol(12, "dibao", 40000, "monthly", "2026-02-01");
        enrol(10, "dibao", 45000, "monthly", "2026-01-01"); // no longer registered at October's end
        enrol(2, "tekun", 80000, "monthly", "2026-09-01");
        enrol(1, "tekun", 10000, "monthly", "2026-05-01", "2026-10-31"); // ends on the last day
        enrol(3, "disability_subsidy", 12000, "monthly", "2025-01-01");
        enrol(4, "temporary_relief", 30000, "monthly", "2026-09-15");
        enrol(5, "temporary_relief", 200000, "one_off", "2026-10-10", "2026-10-10");
        enrol(6, "temporary_relief", 150000, "one_off", "2026-09-30", "2026-09-30");

        const Result<report::MonthlySummary> summary =
            report::MonthlySummaryBuilder(office.db()).build(report::ReportMonth::of(2026, 10));
        QVERIFY2(summary, qPrintable(summary.summary()));
        // By hand: October / September.
        const QList<std::tuple<const char*, const char*, qint64, qint64>> byHand = {
            {"income", "households_active", 12, 13},
            {"income", "households_checked", 11, 12},
            {"income", "households_missing", 1, 1},
            {"income", "flagged_below_line", 4, 4},
            {"income", "flagged_drop", 1, 1},
            {"income", "flagged_large_expense", 1, 1},
            {"income", "flagged", 6, 6},
            {"income", "band_below_line", 4, 4},
            {"income", "band_line_to_1_5", 4, 2},
            {"income", "band_1_5_to_2", 1, 1},
            {"income", "band_2_plus", 2, 5},
            {"income", "monitoring_line_fen", 600000, 600000},
            {"monitoring", "monitored_unstable_out_of_poverty", 1, 1},
            {"monitoring", "monitored_marginal_at_risk", 1, 1},
            {"monitoring", "monitored_sudden_hardship", 2, 2},
            {"monitoring", "monitored", 4, 4},
            {"monitoring", "entered", 1, 1},
            {"monitoring", "eliminated", 1, 1},
            {"monitoring", "declined", 1, 1},
            {"monitoring", "in_entry_review", 1, 1},
            {"monitoring", "safetynet_dibao_people", 2, 3},
            {"monitoring", "safetynet_dibao_monthly_fen", 90000, 135000},
            {"monitoring", "safetynet_tekun_people", 1, 2},
            {"monitoring", "safetynet_tekun_monthly_fen", 80000, 90000},
            {"monitoring", "safetynet_disability_subsidy_people", 1, 1},
            {"monitoring", "safetynet_disability_subsidy_monthly_fen", 12000, 12000},
            {"monitoring", "safetynet_temporary_relief_people", 1, 1},
            {"monitoring", "safetynet_temporary_relief_monthly_fen", 30000, 30000},
            {"monitoring", "safetynet_people", 5, 6},
            {"monitoring", "safetynet_monthly_fen", 212000, 267000},
            {"monitoring", "safetynet_one_off_people", 1, 1},
            {"monitoring", "safetynet_one_off_fen", 200000, 150000},
        };
        int figures = 0;
        for (const char* section : {"income", "monitoring"})
            figures += int(summary.value().section(QLatin1String(section))->figures.size());
        QCOMPARE(figures, int(byHand.size()));
        for (const auto& [section, key, value, previous] : byHand) {
            const report::ReportFigure* f =
                summary.value().figure(QLatin1String(section), QLatin1String(key));
            QVERIFY2(f, key);
            QVERIFY2(f->value == value && f->previous == previous,
                     qPrintable(QStringLiteral("%1: %2/%3, by hand %4/%5")
                                    .arg(QLatin1String(key))
                                    .arg(f->value)
                                    .arg(f->previous)
                                    .arg(value)
                                    .arg(previous)));
        }
        // 2026 has no line of its own: the section says whose line judges it.
        const report::ReportTable* note =
            summary.value().section(QStringLiteral("income"))->table(QStringLiteral("line_note"));
        QVERIFY(note);
        QVERIFY(note->rows.constFirst().constFirst().toString().contains(QLatin1String("2021")));
        for (const qint64 site : {qint64(0), siteA, siteB})
            compareOn(office.db(), report::ReportMonth::of(2026, 10), site);

        // A year with a line of its own: no note, and its line judges (6,500 yuan: 599,988 and 600,000 are
        // both below it now).
        sql(QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.line.2026', '6500')"), {});
        const Result<report::MonthlySummary> withLine =
            report::MonthlySummaryBuilder(office.db()).build(report::ReportMonth::of(2026, 10));
        QVERIFY(withLine);
        QVERIFY(!withLine.value().section(QStringLiteral("income"))->table(QStringLiteral("line_note")));
        QCOMPARE(
            withLine.value().figure(QStringLiteral("income"), QStringLiteral("monitoring_line_fen"))->value,
            650000);
        QCOMPARE(
            withLine.value().figure(QStringLiteral("income"), QStringLiteral("flagged_below_line"))->value,
            5);
        compareOn(office.db(), report::ReportMonth::of(2026, 10), 0);

        // A role without ReadIncome (the party secretary) gets the summary without both sections; asked
        // directly, the section refuses.
        office.logInAs(Role::Secretary);
        const Result<report::MonthlySummary> secretary =
            report::MonthlySummaryBuilder(office.db()).build(report::ReportMonth::of(2026, 10));
        QVERIFY(secretary);
        QVERIFY(!secretary.value().section(QStringLiteral("income")));
        QVERIFY(!secretary.value().section(QStringLiteral("monitoring")));
        QVERIFY(secretary.value().section(QStringLiteral("population")));
    }

    // The `employment`, `training` and `industry` sections on the hand-built office of WorkFixtures.h
    // (people who moved away, died or turned 61 in the month, a job ending on the month's last day and one
    // on the next month's first, a person in two channels, overlapping jobs, a dropped attendance, a course
    // ending on 1 January, a household in two projects of one level): the figures worked out by hand for
    // the whole office, and against the independent SQL for the office and each site, in October, in
    // January (whose month before is another year) and in November.
    void workOnAHandBuiltOffice()
    {
        test::TestDatabase office;
        const test::WorkOffice work(office);
        const Result<report::MonthlySummary> summary =
            report::MonthlySummaryBuilder(office.db()).build(report::ReportMonth::of(2026, 10));
        QVERIFY2(summary, qPrintable(summary.summary()));
        for (const auto& [section, key, value, previous] : test::WorkOffice::byHand()) {
            const report::ReportFigure* f =
                summary.value().figure(QLatin1String(section), QLatin1String(key));
            QVERIFY2(f, key);
            QVERIFY2(f->value == value && f->previous == previous,
                     qPrintable(QStringLiteral("%1: %2/%3, by hand %4/%5")
                                    .arg(QLatin1String(key))
                                    .arg(f->value)
                                    .arg(f->previous)
                                    .arg(value)
                                    .arg(previous)));
        }
        for (const report::ReportMonth month :
             {report::ReportMonth::of(2026, 10), report::ReportMonth::of(2026, 1),
              report::ReportMonth::of(2026, 11)})
            for (const qint64 site : {qint64(0), work.siteA, work.siteB})
                compareOn(office.db(), month, site);
    }
};

QTEST_GUILESS_MAIN(TestSummaryAgainstSql)
#include "tst_summaryagainstsql.moc"
