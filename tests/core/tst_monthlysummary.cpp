#include "TestDatabase.h"

#include "database/Database.h"
#include "party/PartyService.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"
#include "report/ReportSection.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace anju;

// A small registry where every number of the October 2026 summary is known (worked out in the comments).
//   H1 site A, relocated 2025-01-10: 张三 (m 1960, weak), 李四 (f 1962, died 2026-09-20), 张五 (m 1990,
//      moved to H3 on 2026-10-15), 张六 (m 2020-10-31: 5 at the end of September, 6 at the end of October),
//      张七 (f born 2026-10-20, added to the household on 2026-11-10).
//   H2 site A, relocated 2026-10-05: 王一 (m 1980, skilled), 王二 (f 2015, moved away 2026-10-25).
//   H3 site B, relocated 2024-06-01: 赵一 (f 1950, lost; head), 赵二 (m 1975).
class TestMonthlySummary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_siteB = 0;
    qint64 m_h1 = 0, m_h2 = 0, m_h3 = 0;
    QHash<QString, qint64> m_person;
    int m_sequence = 100;

    Person person(const QString& name, const QDate& birth, bool male, Relationship relationship,
                  LabourCapacity labour = LabourCapacity::Ordinary)
    {
        // The 17th digit is odd for men and even for women.
        m_sequence += (m_sequence % 2 == 1) == male ? 2 : 1;
        Person p = test::makePerson(name, test::makeIdNumber(QStringLiteral("430524"), birth, m_sequence),
                                    relationship);
        p.labourCapacity = labour;
        return p;
    }

    qint64 household(const QString& number, qint64 siteId, QDate relocated, QList<Person> members)
    {
        Household h;
        h.number = number;
        h.siteId = siteId;
        h.originCountyCode = QStringLiteral("430524");
        h.relocationDate = relocated;
        h.members = members;
        const Result<Household> saved =
            registry::RegistryService(m_db->db()).saveHousehold(h, QDate(2026, 11, 20));
        if (!saved)
            qFatal("household %s: %s", qPrintable(number), qPrintable(saved.summary()));
        for (const Person& p : saved.value().members)
            m_person.insert(p.name, p.id);
        return saved.value().id;
    }

    report::MonthlySummary summary(int year, int month, qint64 siteId = 0)
    {
        const Result<report::MonthlySummary> built =
            report::MonthlySummaryBuilder(m_db->db()).build(report::ReportMonth::of(year, month), siteId);
        if (!built)
            qFatal("summary: %s", qPrintable(built.summary()));
        return built.value();
    }

    static void expect(const report::MonthlySummary& s, const char* section, const char* figure, qint64 value,
                       qint64 previous)
    {
        const report::ReportFigure* f = s.figure(QLatin1String(section), QLatin1String(figure));
        QVERIFY2(f, figure);
        QVERIFY2(f->value == value && f->previous == previous,
                 qPrintable(QStringLiteral("%1.%2: %3 / %4, expected %5 / %6")
                                .arg(QLatin1String(section), QLatin1String(figure))
                                .arg(f->value)
                                .arg(f->previous)
                                .arg(value)
                                .arg(previous)));
        QCOMPARE(f->change(), value - previous);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        Database& db = m_db->db();
        Site b;
        b.code = QStringLiteral("430524002");
        b.name = QStringLiteral("乙安置点");
        b.countyCode = QStringLiteral("430524");
        b.serviceCentre = QStringLiteral("one_stop");
        const Result<Site> savedB = registry::SiteService(db).saveSite(b);
        QVERIFY2(savedB, qPrintable(savedB.summary()));
        m_siteB = savedB.value().id;
        // Small thresholds so that the tiny sites meet the rules: site A (no centre recorded) breaks the
        // service-centre rule both months, and 五通三化 once it has two households (October).
        db.setSetting(QStringLiteral("rule.service_center_min_residents"), QStringLiteral("3"));
        db.setSetting(QStringLiteral("rule.five_connections_min_households"), QStringLiteral("2"));

        m_h1 = household(QStringLiteral("A-1"), m_db->siteId(), QDate(2025, 1, 10),
                         {person(QStringLiteral("张三"), QDate(1960, 5, 1), true, Relationship::Head,
                                 LabourCapacity::Weak),
                          person(QStringLiteral("李四"), QDate(1962, 3, 3), false, Relationship::Spouse),
                          person(QStringLiteral("张五"), QDate(1990, 7, 7), true, Relationship::Son),
                          person(QStringLiteral("张六"), QDate(2020, 10, 31), true, Relationship::Grandson,
                                 LabourCapacity::None)});
        m_h2 = household(QStringLiteral("A-2"), m_db->siteId(), QDate(2026, 10, 5),
                         {person(QStringLiteral("王一"), QDate(1980, 1, 1), true, Relationship::Head,
                                 LabourCapacity::Skilled),
                          person(QStringLiteral("王二"), QDate(2015, 2, 2), false, Relationship::Daughter)});
        m_h3 = household(QStringLiteral("B-1"), m_siteB, QDate(2024, 6, 1),
                         {person(QStringLiteral("赵一"), QDate(1950, 8, 8), false, Relationship::Head,
                                 LabourCapacity::Lost),
                          person(QStringLiteral("赵二"), QDate(1975, 9, 9), true, Relationship::Son)});

        registry::RegistryService registry(db);
        QVERIFY(registry.markDeceased(m_person.value(QStringLiteral("李四")), QDate(2026, 9, 20)));
        QVERIFY(registry.moveToHousehold(m_person.value(QStringLiteral("张五")), m_h3, Relationship::Other,
                                         QDate(2026, 10, 15)));
        QVERIFY(registry.moveOut(m_person.value(QStringLiteral("王二")), QDate(2026, 10, 25)));
        // The baby is added in November: she joined the household at birth, in October.
        Household h1 = *registry::HouseholdRepository(db).household(m_h1);
        h1.members.append(person(QStringLiteral("张七"), QDate(2026, 10, 20), false,
                                 Relationship::Granddaughter, LabourCapacity::None));
        const Result<Household> saved = registry.saveHousehold(h1, QDate(2026, 11, 10));
        QVERIFY2(saved, qPrintable(saved.summary()));
    }

    void wholeOfficeOctober()
    {
        const report::MonthlySummary s = summary(2026, 10);
        // End of September: 张三 张五 张六 赵一 赵二; end of October: 张三 张六 张七 王一 赵一 赵二 张五.
        expect(s, "population", "people_active", 7, 5);
        expect(s, "population", "households_active", 3, 2);
        expect(s, "population", "households_moved_in", 1, 0);
        expect(s, "population", "households_moved_out", 0, 0);
        // 王一 and 王二 came with H2; 张七 was born; 王二 left; 张五's move stays inside the office.
        expect(s, "population", "people_moved_in", 2, 0);
        expect(s, "population", "people_born", 1, 0);
        expect(s, "population", "people_moved_out", 1, 0);
        expect(s, "population", "people_died", 0, 1);

        expect(s, "structure", "sex_male", 5, 4);
        expect(s, "structure", "sex_female", 2, 1);
        expect(s, "structure", "age_0_5", 1, 1);  // 张七 in October, 张六 (still 5) in September
        expect(s, "structure", "age_6_15", 1, 0); // 张六 turned 6 on 31 October
        expect(s, "structure", "age_16_59", 3, 2);
        expect(s, "structure", "age_60_plus", 2, 2);
        expect(s, "structure", "labour_ordinary", 2, 2);
        expect(s, "structure", "labour_skilled", 1, 0);
        expect(s, "structure", "labour_weak", 1, 1);
        expect(s, "structure", "labour_lost", 1, 1);
        expect(s, "structure", "labour_none", 2, 1);

        // H1 3, H2 1, H3 3 in October; H1 3 (张三 张五 张六), H3 2 in September.
        expect(s, "household_size", "size_1", 1, 0);
        expect(s, "household_size", "size_2", 0, 1);
        expect(s, "household_size", "size_3", 2, 1);
        expect(s, "household_size", "size_6_plus", 0, 0);

        expect(s, "site_rules", "sites_occupied", 2, 2);
        expect(s, "site_rules", "sites_service_centre_missing", 1, 1);
        expect(s, "site_rules", "sites_five_connections_missing", 1, 0);
        const report::ReportTable* violations =
            s.section(QStringLiteral("site_rules"))->table(QStringLiteral("violations"));
        QVERIFY(violations);
        QCOMPARE(violations->rows.size(), 2);
        QCOMPARE(violations->rows.at(0).at(0).toString(), QStringLiteral("430524001"));

        const report::ReportTable* bySite =
            s.section(QStringLiteral("population"))->table(QStringLiteral("by_site"));
        QVERIFY(bySite);
        QCOMPARE(bySite->rows.size(), 2);
        // Site A: 张三 张六 张七 王一; in: 王一 王二; born: 张七; out: 张五 (to site B) and 王二.
        QCOMPARE(bySite->rows.at(0),
                 (QVariantList{QStringLiteral("430524001"), QStringLiteral("测试安置点"), 2, 4, 2, 1, 2, 0}));
        QCOMPARE(bySite->rows.at(1),
                 (QVariantList{QStringLiteral("430524002"), QStringLiteral("乙安置点"), 1, 3, 1, 0, 0, 0}));
    }

    void oneSite()
    {
        const report::MonthlySummary a = summary(2026, 10, m_db->siteId());
        QCOMPARE(a.siteCode, QStringLiteral("430524001"));
        expect(a, "population", "people_active", 4, 3);
        expect(a, "population", "people_moved_in", 2, 0);
        expect(a, "population", "people_born", 1, 0);
        expect(a, "population", "people_moved_out", 2, 0); // 张五 left site A for site B
        expect(a, "population", "people_died", 0, 1);
        expect(a, "population", "households_active", 2, 1);
        QVERIFY(!a.section(QStringLiteral("population"))->table(QStringLiteral("by_site")));
        const report::MonthlySummary b = summary(2026, 10, m_siteB);
        expect(b, "population", "people_active", 3, 2);
        expect(b, "population", "people_moved_in", 1, 0); // 张五 from site A
        expect(b, "site_rules", "sites_service_centre_missing", 0, 0);
    }

    // 党建: a town committee over one branch covering site A. 甲 (retired, 3,000 yuan pension: 15.00 a
    // month) has been a full member there since 2024 and pays September and October on 5 October; 乙
    // (employed, 4,000 yuan: 40.00) moves into the branch on 8 October and pays October in November;
    // 王一 hands in his application on 20 October. A theme party day is held on 9 October.
    void partyFigures()
    {
        const QDate today(2026, 11, 20);
        party::PartyService party(m_db->db());
        party::Organisation committee;
        committee.kind = party::OrganisationKind::Committee;
        committee.name = QStringLiteral("镇党委");
        committee.foundingDate = QDate(2019, 1, 1);
        const qint64 committeeId = party.saveOrganisation(committee, today, today).value().id;
        party::Organisation branch;
        branch.kind = party::OrganisationKind::Branch;
        branch.name = QStringLiteral("甲安置点党支部");
        branch.parentId = committeeId;
        branch.foundingDate = QDate(2019, 7, 1);
        branch.siteIds = {m_db->siteId()};
        const qint64 branchId = party.saveOrganisation(branch, QDate(2019, 7, 1), today).value().id;
        const auto cadre = [&](const QString& name, party::DuesBasis dues, QDate joined) {
            party::PartyMember m;
            m.origin = party::MemberOrigin::OutsideCadre;
            m.name = name;
            m.sex = Sex::Female;
            m.birthDate = QDate(1966, 3, 1);
            m.organisationId = branchId;
            m.stageHistory = {{0, party::StageEvent::Admission, QDate(2005, 7, 1), {}, {}, 0, {}},
                              {0, party::StageEvent::Conversion, QDate(2006, 7, 1), {}, {}, 0, {}}};
            m.dues = dues;
            const Result<party::PartyMember> saved = party.createMember(m, joined, today);
            if (!saved)
                qFatal("member: %s", qPrintable(saved.summary()));
            return saved.value().id;
        };
        const qint64 a =
            cadre(QStringLiteral("甲"), {party::DuesCategory::Retired, 300000, 0, {}}, QDate(2024, 1, 1));
        const qint64 b =
            cadre(QStringLiteral("乙"), {party::DuesCategory::Employed, 400000, 0, {}}, QDate(2026, 10, 8));
        party::PartyMember applicant;
        applicant.personId = m_person.value(QStringLiteral("王一"));
        applicant.organisationId = branchId;
        applicant.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        applicant.stageHistory = {{0, party::StageEvent::Application, QDate(2026, 10, 20), {}, {}, 0, {}}};
        const Result<party::PartyMember> saved = party.createMember(applicant, {}, today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        QVERIFY(party.recordDuesPayments(a, {QDate(2026, 9, 1), QDate(2026, 10, 1)}, QDate(2026, 10, 5), 0,
                                         today));
        QVERIFY(party.recordDuesPayments(b, {QDate(2026, 10, 1)}, QDate(2026, 11, 2), 0, today));
        party::Meeting day;
        day.organisationId = branchId;
        day.type = party::MeetingType::ThemePartyDay;
        day.date = QDate(2026, 10, 9);
        day.topic = QStringLiteral("主题党日");
        QVERIFY(party.saveMeeting(day, today));

        for (const qint64 site : {qint64(0), m_db->siteId()}) {
            const report::MonthlySummary s = summary(2026, 10, site);
            expect(s, "party", "organisations", site == 0 ? 2 : 1, site == 0 ? 2 : 1);
            expect(s, "party", "branches", 1, 1);
            expect(s, "party", "members_full", 2, 1);
            expect(s, "party", "members_probationary", 0, 0);
            expect(s, "party", "applicants", 1, 0);
            expect(s, "party", "members_mobile", 0, 0);
            expect(s, "party", "applications", 1, 0);
            expect(s, "party", "admissions", 0, 0);
            expect(s, "party", "members_owing_dues", 2, 1);
            expect(s, "party", "members_paid_dues", 1, 0); // 甲 paid September after it ended
            expect(s, "party", "dues_due_fen", 1500 + 4000, 1500);
            expect(s, "party", "dues_paid_fen", 1500, 0);
            expect(s, "party", "dues_received_fen", 3000, 0);
            expect(s, "party", "meetings_held", 1, 0);
            // October: the theme party day (no committee with 2 full members, and no 党小组会 from a branch
            // not divided into 党小组); September ends a quarter: general meeting and party lesson too.
            expect(s, "party", "meeting_periods_expected", 1, 3);
            expect(s, "party", "meeting_periods_held", 1, 0);
        }
        const report::MonthlySummary b2 = summary(2026, 10, m_siteB); // no organisation covers site B
        expect(b2, "party", "organisations", 0, 0);
        expect(b2, "party", "members_full", 0, 0);
        expect(b2, "party", "dues_due_fen", 0, 0);

        const report::ReportFigure* due =
            summary(2026, 10).figure(QStringLiteral("party"), QStringLiteral("dues_due_fen"));
        QCOMPARE(due->unit, report::FigureUnit::Fen);
        QCOMPARE(due->text(due->value), QStringLiteral("55.00"));
        QCOMPARE(due->changeText(), QStringLiteral("+40.00"));
    }

    // Every month balances: registered at the end = at the start + moved in + born - moved out - died.
    void monthsBalance()
    {
        for (qint64 site : {qint64(0), m_db->siteId(), m_siteB}) {
            for (int month = 1; month <= 12; ++month) {
                const report::MonthlySummary s = summary(2026, month, site);
                const auto v = [&](const char* key) {
                    return s.figure(QStringLiteral("population"), QLatin1String(key))->value;
                };
                const qint64 start =
                    s.figure(QStringLiteral("population"), QStringLiteral("people_active"))->previous;
                QCOMPARE(v("people_active"), start + v("people_moved_in") + v("people_born") -
                                                 v("people_moved_out") - v("people_died"));
            }
        }
    }

    // A closed month stays as it was: 赵一 dying in November changes nothing in October.
    void closedMonthKeepsItsFigures()
    {
        const report::MonthlySummary before = summary(2026, 10);
        QVERIFY(registry::RegistryService(m_db->db())
                    .markDeceased(m_person.value(QStringLiteral("赵一")), QDate(2026, 11, 3),
                                  m_person.value(QStringLiteral("赵二"))));
        const report::MonthlySummary after = summary(2026, 10);
        QCOMPARE(after.sections.size(), before.sections.size());
        for (int i = 0; i < before.sections.size(); ++i) {
            const QList<report::ReportFigure>& a = before.sections.at(i).figures;
            const QList<report::ReportFigure>& b = after.sections.at(i).figures;
            QCOMPARE(a.size(), b.size());
            for (int j = 0; j < a.size(); ++j) {
                QCOMPARE(b.at(j).key, a.at(j).key);
                QCOMPARE(b.at(j).value, a.at(j).value);
                QCOMPARE(b.at(j).previous, a.at(j).previous);
            }
        }
        const report::MonthlySummary november = summary(2026, 11);
        expect(november, "population", "people_died", 1, 0);
        expect(november, "population", "people_active", 6, 7);
        expect(november, "structure", "age_60_plus", 1, 2);
    }

    // The dashboard's trend counts each month's end as the summary does.
    void trendMatchesTheSummaries()
    {
        for (qint64 site : {qint64(0), m_db->siteId()}) {
            const Result<QList<report::TrendPoint>> trend =
                report::PopulationTrend::compute(m_db->db(), report::ReportMonth::of(2026, 11), 4, site);
            QVERIFY2(trend, qPrintable(trend.summary()));
            QCOMPARE(trend.value().size(), 4);
            QCOMPARE(trend.value().constFirst().month.key(), QStringLiteral("2026-08"));
            for (const report::TrendPoint& point : trend.value()) {
                const report::MonthlySummary s =
                    summary(point.month.first.year(), point.month.first.month(), site);
                QCOMPARE(point.people,
                         s.figure(QStringLiteral("population"), QStringLiteral("people_active"))->value);
                QCOMPARE(point.households,
                         s.figure(QStringLiteral("population"), QStringLiteral("households_active"))->value);
            }
        }
        const QList<report::TrendPoint> office =
            report::PopulationTrend::compute(m_db->db(), report::ReportMonth::of(2026, 10), 2).value();
        QCOMPARE(office.at(0).people, 5);
        QCOMPARE(office.at(1).people, 7);
    }

    // A clerk of site A prints A's summary, not B's, nor the office's (which counts B too).
    void siteLimitedUserReportsOnTheirSitesOnly()
    {
        m_db->logInAs(Role::Clerk, {m_db->siteId()});
        const report::MonthlySummaryBuilder builder(m_db->db());
        const report::ReportMonth october = report::ReportMonth::of(2026, 10);
        const Result<report::MonthlySummary> own = builder.build(october, m_db->siteId());
        QVERIFY2(own, qPrintable(own.summary()));
        QVERIFY(!builder.build(october, m_siteB));
        const Result<report::MonthlySummary> office = builder.build(october);
        QVERIFY(!office);
        QVERIFY(office.summary().contains(QStringLiteral("whole office")));
        m_db->logInAs(Role::Admin);
        QVERIFY(builder.build(october));
    }

    // With workers the progress still runs on the calling thread, counts up to every section, and
    // returning false cancels the summary.
    void workersReportProgressAndCancel()
    {
        const int total = int(report::ReportSections::all().size());
        report::MonthlySummaryBuilder builder(m_db->db());
        builder.workers = 2;
        QList<int> seen;
        const Qt::HANDLE caller = QThread::currentThreadId();
        bool onCaller = true;
        builder.progress = [&](int done, int all) {
            seen.append(done);
            onCaller = onCaller && QThread::currentThreadId() == caller;
            return all == total;
        };
        const Result<report::MonthlySummary> built = builder.build(report::ReportMonth::of(2026, 10));
        QVERIFY2(built, qPrintable(built.summary()));
        QVERIFY(onCaller);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast(), total);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(
            built.value().figure(QStringLiteral("population"), QStringLiteral("people_active"))->value,
            summary(2026, 10).figure(QStringLiteral("population"), QStringLiteral("people_active"))->value);

        builder.progress = [](int, int) { return false; };
        const Result<report::MonthlySummary> cancelled = builder.build(report::ReportMonth::of(2026, 10));
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.summary().contains(QLatin1String("cancelled")), qPrintable(cancelled.summary()));
        // Nothing is left held: another desk saves without waiting, and this connection is in no transaction.
        const std::unique_ptr<Database> desk = m_db->secondConnection();
        if (!test::TestDatabase::onServer())
            QVERIFY(QSqlQuery(desk->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QVERIFY(desk->setSetting(QStringLiteral("office.name"), QStringLiteral("安居办")));
        QVERIFY(m_db->db().connection().transaction());
        QVERIFY(m_db->db().connection().rollback());
    }

    void refusesABadMonth()
    {
        QVERIFY(!report::MonthlySummaryBuilder(m_db->db())
                     .build(report::ReportMonth::parse(QStringLiteral("2026-13"))));
        QVERIFY(!report::ReportMonth::parse(QStringLiteral("October")).isValid());
        QCOMPARE(report::ReportMonth::parse(QStringLiteral("2026-02")).last(), QDate(2026, 2, 28));
    }
};

QTEST_GUILESS_MAIN(TestMonthlySummary)
#include "tst_monthlysummary.moc"
