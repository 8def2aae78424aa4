// The summary's grids section on a small hand-built office where every number is known (September to
// November 2026), and against the independent SQL of tests/support/IndependentGridFigures.cpp, on both
// engines. The dates sit on the edges: a unit reassigned to another grid mid-month, a household placed by an
// exception mid-month, a grid closed mid-month, posts and pairings ending on a month's last day or after
// it, visits on the window's last day, late within the month and after it, tasks cancelled within and after
// the month, cases escalated twice, referred, resolved on a month's first day, due on a month's last day.
#include "IndependentGridFigures.h"
#include "VisitFixtures.h"

#include "database/SqlValues.h"
#include "report/GridsSection.h"
#include "report/MonthlySummary.h"

#include <QTest>

#include <array>

using namespace anju;

namespace {

QDate d(int month, int day, int year = 2026)
{
    return QDate(year, month, day);
}

// A figure's hand count at the end of (or during) September, October and November 2026.
using Months = std::array<qint64, 3>;

} // namespace

class TestGridFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_otherSite = 0;
    int m_sequence = 0;

    qint64 insert(const QString& sql, const QVariantList& values) { return m_fix->insert(sql, values); }

    qint64 household(qint64 siteId, qint64 dwellingId, QDate relocated,
                     const QString& state = QStringLiteral("active"), QDate stateDate = {})
    {
        return insert(
            QStringLiteral("INSERT INTO households (number, site_id, dwelling_id, relocation_date, state,"
                           " state_date) VALUES (?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("G%1").arg(++m_sequence), siteId, sqlId(dwellingId), sqlDate(relocated), state,
             sqlDate(stateDate)});
    }

    qint64 grid(const QString& code, QDate from, QDate to = {})
    {
        return insert(QStringLiteral("INSERT INTO grids (code, site_id, name, valid_from, valid_to)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {code, m_test->siteId(), QString(QStringLiteral("网格") + code.right(2)), sqlDate(from),
                       sqlDate(to)});
    }

    void staff(qint64 gridId, const char* role, QDate from, QDate to = {}, qint64 buildingId = 0,
               qint64 unitId = 0)
    {
        insert(
            QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, building_id, unit_id,"
                           " valid_from, valid_to) VALUES (?, ?, 'outside_cadre', ?, ?, ?, ?, ?)"),
            {gridId, QLatin1String(role), QStringLiteral("干部%1").arg(++m_sequence), sqlId(buildingId),
             sqlId(unitId), sqlDate(from), sqlDate(to)});
    }

    void pairWithCadre(qint64 householdId, QDate from, QDate to = {})
    {
        insert(QStringLiteral(
                   "INSERT INTO pairings (household_id, partner_kind, cadre_name, valid_from, valid_to)"
                   " VALUES (?, 'cadre', '结对干部', ?, ?)"),
               {householdId, sqlDate(from), sqlDate(to)});
    }

    // A task with its window; answered by a visit on `visited` when valid; cancelled on `cancelled`.
    void task(qint64 householdId, const char* kind, const char* reason, QDate dueFrom, QDate overdueAfter,
              QDate visited = {}, QDate cancelled = {})
    {
        const bool mustVisit = QLatin1String(kind) == QLatin1String("must_visit");
        const qint64 id =
            insert(QStringLiteral(
                       "INSERT INTO visit_tasks (household_id, kind, reason, source, due_from, overdue_after,"
                       " cancelled_on, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {householdId, QLatin1String(kind), QLatin1String(reason),
                    mustVisit ? QStringLiteral("rule") : QStringLiteral("trigger"), sqlDate(dueFrom),
                    sqlDate(overdueAfter), sqlDate(cancelled),
                    cancelled.isValid() ? QStringLiteral("重复登记") : QStringLiteral("")});
        if (!visited.isValid())
            return;
        const qint64 visit = insert(
            QStringLiteral("INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date, kind,"
                           " task_id) VALUES (?, 'cadre', '走访干部', ?, ?, ?)"),
            {householdId, sqlDate(visited), QLatin1String(kind), id});
        insert(QStringLiteral("UPDATE visit_tasks SET closed_by_visit_id = ?, closed_on = ? WHERE id = ?"),
               {visit, sqlDate(visited), id});
    }

    struct Step
    {
        QDate date;
        const char* event;
        const char* toState; // null: no state change
    };

    // A case with its dated events (the first is its receipt); its row holds the state after the last.
    void gridCase(qint64 siteId, const char* kind, QDate received, QDate deadline, const QList<Step>& steps)
    {
        QString state = QStringLiteral("received");
        QDate stateDate = received;
        QDate resolved;
        for (const Step& s : steps) {
            if (!s.toState)
                continue;
            state = QLatin1String(s.toState);
            stateDate = s.date;
            if (state == QLatin1String("resolved"))
                resolved = s.date;
        }
        const qint64 id = insert(
            QStringLiteral(
                "INSERT INTO grid_cases (site_id, kind, title, received_on, state, state_date, deadline,"
                " resolved_on) VALUES (?, ?, '事件', ?, ?, ?, ?, ?)"),
            {siteId, QLatin1String(kind), sqlDate(received), state, sqlDate(stateDate), sqlDate(deadline),
             sqlDate(resolved)});
        insert(QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, to_state)"
                              " VALUES (?, ?, 'received', 'received')"),
               {id, sqlDate(received)});
        for (const Step& s : steps)
            insert(
                QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, to_state)"
                               " VALUES (?, ?, ?, ?)"),
                {id, sqlDate(s.date), QLatin1String(s.event),
                 s.toState ? QVariant(QLatin1String(s.toState)) : QVariant(QMetaType::fromType<QString>())});
    }

    report::ReportSectionResult section(const char* month, qint64 siteId)
    {
        const Result<report::MonthlySummary> summary =
            report::MonthlySummaryBuilder(m_test->db())
                .build(report::ReportMonth::parse(QLatin1String(month)), siteId);
        if (!summary) {
            QTest::qFail(qPrintable(summary.summary()), __FILE__, __LINE__);
            return {};
        }
        const report::ReportSectionResult* s = summary.value().section(QStringLiteral("grids"));
        return s ? *s : report::ReportSectionResult{};
    }

    // The hand counts of the test site (office: the whole office, with the second site's household and case).
    static QHash<QString, Months> handCounts(bool office)
    {
        QHash<QString, Months> c = {
            {QStringLiteral("grids_open"), {3, 2, 2}},
            {QStringLiteral("staff_grid_leaders"), {2, 1, 1}},
            {QStringLiteral("staff_grid_workers"), {2, 2, 1}},
            {QStringLiteral("staff_building_leaders"), {0, 1, 1}},
            {QStringLiteral("staff_unit_leaders"), {1, 0, 0}},
            {QStringLiteral("staff_party_member_households"), {1, 0, 0}},
            {QStringLiteral("households_in_grid"), {4, 5, 5}},
            {QStringLiteral("households_in_no_grid"), {1, 0, 0}},
            {QStringLiteral("households_paired"), {3, 3, 2}},
            {QStringLiteral("households_paired_share"), {6000, 6000, 4000}},
            {QStringLiteral("visits_due"), {2, 4, 1}},
            {QStringLiteral("visits_done_in_window"), {1, 1, 0}},
            {QStringLiteral("visits_done_late"), {0, 1, 0}},
            {QStringLiteral("visits_overdue"), {1, 2, 1}},
            {QStringLiteral("must_attend_created"), {1, 3, 0}},
            {QStringLiteral("must_attend_due"), {0, 3, 1}},
            {QStringLiteral("must_attend_done_in_window"), {0, 2, 0}},
            {QStringLiteral("must_attend_done_late"), {0, 1, 0}},
            {QStringLiteral("must_attend_overdue"), {0, 0, 1}},
            {QStringLiteral("cases_received"), {1, 3, 0}},
            {QStringLiteral("cases_resolved"), {1, 1, 1}},
            {QStringLiteral("cases_overdue"), {1, 2, 2}},
            {QStringLiteral("cases_escalated"), {0, 1, 0}},
            {QStringLiteral("cases_referred"), {0, 1, 0}},
            {QStringLiteral("cases_dispute_mediation_received"), {1, 0, 0}},
            {QStringLiteral("cases_dispute_mediation_overdue"), {1, 0, 0}},
            {QStringLiteral("cases_dispute_mediation_resolved"), {0, 1, 0}},
            {QStringLiteral("cases_problem_screening_resolved"), {1, 0, 0}},
            {QStringLiteral("cases_stability_received"), {0, 1, 0}},
            {QStringLiteral("cases_stability_escalated"), {0, 1, 0}},
            {QStringLiteral("cases_stability_overdue"), {0, 1, 1}},
            {QStringLiteral("cases_service_request_received"), {0, 1, 0}},
            {QStringLiteral("cases_service_request_referred"), {0, 1, 0}},
            {QStringLiteral("cases_service_request_overdue"), {0, 1, 0}},
            {QStringLiteral("cases_service_request_resolved"), {0, 0, 1}},
            {QStringLiteral("cases_policy_publicity_received"), {0, 1, 0}},
            {QStringLiteral("cases_policy_publicity_overdue"), {0, 0, 1}},
        };
        if (office) {
            // The second site: one household in no grid, paired from November; a visit done in its window
            // in October; a case received and resolved in October.
            c[QStringLiteral("households_in_no_grid")] = {2, 1, 1};
            c[QStringLiteral("households_paired")] = {3, 3, 3};
            c[QStringLiteral("households_paired_share")] = {5000, 5000, 5000};
            c[QStringLiteral("visits_due")] = {2, 5, 1};
            c[QStringLiteral("visits_done_in_window")] = {1, 2, 0};
            c[QStringLiteral("cases_received")] = {1, 4, 0};
            c[QStringLiteral("cases_resolved")] = {1, 2, 1};
            c[QStringLiteral("cases_public_sentiment_received")] = {0, 1, 0};
            c[QStringLiteral("cases_public_sentiment_resolved")] = {0, 1, 0};
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<test::TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid(); // grid A over the test building since 2020, its worker and leader
        const qint64 gridA = m_fix->gridId;
        m_otherSite =
            insert(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES (?, ?, ?)"),
                   {QStringLiteral("430524002"), QStringLiteral("二号安置点"), QStringLiteral("430524")});
        // Unit 2 of the test building, dwelling 201: in grid A through the building until 16 October, then
        // in grid B through its own coverage (a unit row wins over its building's).
        const qint64 unit2 =
            insert(QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, '9')"),
                   {m_test->buildingId()});
        const qint64 dwelling201 =
            insert(QStringLiteral("INSERT INTO dwellings (unit_id, room) VALUES (?, '201')"), {unit2});
        const qint64 gridB = grid(QStringLiteral("43052400100102"), d(9, 10));
        const qint64 gridC = grid(QStringLiteral("43052400100103"), d(1, 1, 2025), d(10, 20));
        insert(QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, unit_id, valid_from)"
                              " VALUES (?, ?, ?, ?)"),
               {gridB, m_test->buildingId(), unit2, sqlDate(d(10, 16))});

        // Staff besides A's worker and leader (since 2020).
        staff(gridB, "grid_worker", d(9, 10), d(11, 5));
        staff(gridA, "building_leader", d(10, 31), {}, m_test->buildingId());
        QSqlQuery unitOf(m_test->db().connection());
        QVERIFY(unitOf.exec(QStringLiteral("SELECT unit_id FROM dwellings WHERE room = '101'")) &&
                unitOf.next());
        staff(gridA, "unit_leader", d(1, 1), d(10, 31), 0, unitOf.value(0).toLongLong()); // ends on the 31st
        staff(gridC, "party_member_household", d(1, 1, 2025)); // never ended, but its grid closed
        staff(gridC, "grid_leader", d(1, 1, 2025), d(10, 20));

        // Households of the test site.
        const qint64 h1 = household(m_test->siteId(), m_test->dwellingId(), d(1, 1, 2020));
        m_fix->pairWithStaff(h1, m_fix->workerId, d(1, 1, 2020));
        const qint64 h2 = household(m_test->siteId(), dwelling201, d(1, 1, 2020)); // A, then B: once
        pairWithCadre(h2, d(10, 10));
        const qint64 h3 = household(m_test->siteId(), 0, d(1, 1, 2020)); // no dwelling: in B by exception
        insert(
            QStringLiteral("INSERT INTO grid_household_exceptions (household_id, grid_id, valid_from, reason)"
                           " VALUES (?, ?, ?, '暂住亲属家')"),
            {h3, gridB, sqlDate(d(10, 5))});
        const qint64 h4 = household(m_test->siteId(), m_test->dwellingId(), d(1, 1, 2020));
        insert(QStringLiteral(
                   "INSERT INTO grid_household_exceptions (household_id, grid_id, valid_from, valid_to,"
                   " reason) VALUES (?, ?, ?, ?, '照顾老人')"),
               {h4, gridC, sqlDate(d(1, 1, 2025)), sqlDate(d(10, 20))});
        pairWithCadre(h4, d(1, 1, 2025), d(11, 10));
        const qint64 h5 = household(m_test->siteId(), m_test->dwellingId(), d(10, 15)); // arrived in October
        const qint64 h6 = household(m_test->siteId(), m_test->dwellingId(), d(1, 1, 2020),
                                    QStringLiteral("moved_away"), d(10, 31));
        pairWithCadre(h6, d(1, 1, 2020));
        // The second site: one household with no dwelling and no grid, paired from November.
        const qint64 h7 = household(m_otherSite, 0, d(1, 1, 2020));
        pairWithCadre(h7, d(11, 1));

        // 四必访 windows.
        task(h1, "must_visit", "elderly_alone", d(9, 1), d(9, 30), d(9, 20));
        task(h1, "must_visit", "elderly_alone", d(10, 1), d(10, 31), d(10, 31));   // on the last day
        task(h2, "must_visit", "difficult_family", d(10, 1), d(10, 31), d(11, 2)); // after the month: overdue
        task(h4, "must_visit", "hospitalised", d(9, 28), d(10, 4), d(10, 6));      // late, within October
        task(h4, "must_visit", "hospitalised", d(10, 25), d(10, 31), {}, d(11, 3)); // cancelled after October
        task(h4, "must_visit", "loss_of_self_care", d(10, 1), d(10, 31), {}, d(10, 20)); // cancelled in it
        task(h1, "must_visit", "elderly_alone", d(11, 1), d(11, 30));
        task(h7, "must_visit", "difficult_family", d(10, 1), d(10, 31), d(10, 10));
        task(h6, "must_visit", "difficult_family", d(9, 1), d(9, 30));
        // 三必到 tasks.
        task(h3, "must_attend", "emergency", d(9, 30), d(10, 1),
             d(10, 1)); // raised in September, due October
        task(h2, "must_attend", "discontent", d(10, 10), d(10, 13), d(10, 15));
        task(h5, "must_attend", "family_dispute", d(10, 29), d(11, 1)); // due in November, never attended
        task(h1, "must_attend", "emergency", d(10, 20), d(10, 21), {}, d(10, 21));
        task(h1, "must_attend", "discontent", d(10, 30), d(10, 31), d(10, 30));

        // Cases.
        gridCase(m_test->siteId(), "dispute_mediation", d(9, 5), d(9, 20),
                 {{d(9, 6), "started", "in_progress"}, {d(10, 3), "resolved", "resolved"}});
        gridCase(m_test->siteId(), "stability", d(10, 2), d(10, 5),
                 {{d(10, 6), "escalated", "escalated"}, {d(10, 13), "escalated", "escalated"}});
        gridCase(m_test->siteId(), "service_request", d(10, 20), d(10, 27),
                 {{d(10, 21), "referred", "referred"},
                  {d(10, 23), "referral_accepted", nullptr},
                  {d(11, 5), "resolved", "resolved"}});
        gridCase(m_test->siteId(), "policy_publicity", d(10, 31), d(10, 31), {});
        gridCase(m_otherSite, "public_sentiment", d(10, 15), d(10, 30),
                 {{d(10, 30), "resolved", "resolved"}});
        gridCase(m_test->siteId(), "problem_screening", d(8, 1), d(8, 8),
                 {{d(8, 2), "started", "in_progress"}, {d(9, 1), "resolved", "resolved"}});
    }

    void handCounts_data()
    {
        QTest::addColumn<bool>("office");
        QTest::addColumn<QString>("month");
        for (const bool office : {true, false})
            for (const char* month : {"2026-10", "2026-11"})
                QTest::addRow("%s %s", office ? "office" : "site", month)
                    << office << QString::fromLatin1(month);
    }

    // Every figure of the section equals the hand count, for the month and the month before.
    void handCounts()
    {
        QFETCH(bool, office);
        QFETCH(QString, month);
        const int index = month == QLatin1String("2026-10") ? 1 : 2;
        const report::ReportSectionResult s = section(qPrintable(month), office ? 0 : m_test->siteId());
        QVERIFY(!s.figures.isEmpty());
        const QHash<QString, Months> expected = handCounts(office);
        for (const report::ReportFigure& f : s.figures) {
            const Months m = expected.value(f.key, Months{0, 0, 0});
            QVERIFY2(f.value == m[std::size_t(index)] && f.previous == m[std::size_t(index - 1)],
                     qPrintable(QStringLiteral("%1: %2/%3, by hand %4/%5")
                                    .arg(f.key)
                                    .arg(f.value)
                                    .arg(f.previous)
                                    .arg(m[std::size_t(index)])
                                    .arg(m[std::size_t(index - 1)])));
        }
        // Every hand count names a figure of the section.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(s.figure(it.key()), qPrintable(it.key()));
        // The share is printed as a percentage with two decimals.
        QCOMPARE(s.figure(QStringLiteral("households_paired_share"))->text(6000), QStringLiteral("60.00"));
    }

    void againstIndependentSql_data() { handCounts_data(); }

    // The same figures counted by the independent queries.
    void againstIndependentSql()
    {
        QFETCH(bool, office);
        QFETCH(QString, month);
        const qint64 siteId = office ? 0 : m_test->siteId();
        const report::ReportSectionResult s = section(qPrintable(month), siteId);
        QString error;
        const QList<test::IndependentFigure> independent =
            test::independentGridFigures(m_test->db(), report::ReportMonth::parse(month), siteId, &error);
        QVERIFY2(!independent.isEmpty(), qPrintable(error));
        QCOMPARE(independent.size(), s.figures.size());
        for (const test::IndependentFigure& e : independent) {
            const report::ReportFigure* f = s.figure(e.key);
            QVERIFY2(f, qPrintable(e.key));
            QVERIFY2(f->value == e.value && f->previous == e.previous,
                     qPrintable(QStringLiteral("%1: %2/%3, SQL %4/%5")
                                    .arg(e.key)
                                    .arg(f->value)
                                    .arg(f->previous)
                                    .arg(e.value)
                                    .arg(e.previous)));
        }
    }

    // The sums docs/report-json.md promises: the active households split into in a grid and in none, each
    // month's tasks into done in time, late and overdue, each case total into its kinds.
    void sumsHold()
    {
        for (const qint64 siteId : {qint64(0), m_test->siteId()}) {
            const Result<report::MonthlySummary> summary =
                report::MonthlySummaryBuilder(m_test->db())
                    .build(report::ReportMonth::parse(QStringLiteral("2026-10")), siteId);
            QVERIFY2(summary, qPrintable(summary.summary()));
            const auto v = [&](const char* section, const QString& key) {
                const report::ReportFigure* f = summary.value().figure(QLatin1String(section), key);
                return f ? std::array<qint64, 2>{f->value, f->previous} : std::array<qint64, 2>{-1, -1};
            };
            const auto g = [&](const char* key) { return v("grids", QLatin1String(key)); };
            for (std::size_t i = 0; i < 2; ++i) {
                QCOMPARE(g("households_in_grid")[i] + g("households_in_no_grid")[i],
                         v("population", QStringLiteral("households_active"))[i]);
                for (const char* prefix : {"visits", "must_attend"})
                    QCOMPARE(v("grids", QLatin1String(prefix) + QLatin1String("_due"))[i],
                             v("grids", QLatin1String(prefix) + QLatin1String("_done_in_window"))[i] +
                                 v("grids", QLatin1String(prefix) + QLatin1String("_done_late"))[i] +
                                 v("grids", QLatin1String(prefix) + QLatin1String("_overdue"))[i]);
                for (const char* figure : {"_received", "_resolved", "_overdue", "_escalated", "_referred"}) {
                    qint64 kinds = 0;
                    for (const char* kind : {"_dispute_mediation", "_problem_screening", "_stability",
                                             "_policy_publicity", "_service_request", "_public_sentiment"})
                        kinds += v("grids",
                                   QLatin1String("cases") + QLatin1String(kind) + QLatin1String(figure))[i];
                    QCOMPARE(kinds, v("grids", QLatin1String("cases") + QLatin1String(figure))[i]);
                }
            }
        }
    }

    // Every role reads the grids (the clerk is the grid worker): a clerk of the test site gets the section in
    // the site's summary, with the same figures.
    void clerkOfTheSite()
    {
        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        QVERIFY(report::GridsSection().visibleTo(m_test->db().session()));
        const report::ReportSectionResult s = section("2026-10", m_test->siteId());
        m_test->logInAs(Role::Admin);
        QVERIFY(s.figure(QStringLiteral("visits_due")));
        QCOMPARE(s.figure(QStringLiteral("visits_due"))->value, 4);
        QCOMPARE(s.figure(QStringLiteral("households_in_grid"))->previous, 4);
    }
};

QTEST_GUILESS_MAIN(TestGridFigures)
#include "tst_gridfigures.moc"
