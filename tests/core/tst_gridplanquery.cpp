// The building plan of the 网格 page against a real database (both engines): each household's must-visit,
// pairing and last-visit flags on a day, the counts of the legend, the colour rule at its edges, what a
// handover would move, and the refusals.
#include "Refusal.h"
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "grids/GridPlanQuery.h"
#include "grids/GridService.h"
#include "grids/StaffLoad.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::grids;

namespace {

const QDate Start(2024, 1, 1);
const QDate Day(2024, 6, 15);
const QString Longhui = QStringLiteral("430524");

} // namespace

class TestGridPlanQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;
    qint64 m_unit1 = 0, m_unit2 = 0;

    Database& db() { return m_test->db(); }

    qint64 household(qint64 unitId, const QString& room, qint64* personId = nullptr)
    {
        ++m_sequence;
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(m_sequence, 3, 10, QLatin1Char('0'));
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {
            makePerson(QStringLiteral("住户") + QStringLiteral("一二三四五六七八九十").at(m_sequence % 10),
                       makeIdNumber(Longhui, QDate(1950, 1, 1).addDays(m_sequence), 2 * m_sequence + 1),
                       Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, unitId, room, Start);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        if (personId)
            *personId = saved.value().members.first().id;
        return saved.value().id;
    }

    Grid grid(const QString& code)
    {
        Grid g;
        g.code = code;
        g.siteId = m_test->siteId();
        g.name = QStringLiteral("网格") + code.right(2);
        g.validFrom = Start;
        const auto saved = GridService(db()).saveGrid(g);
        if (!saved)
            qFatal("grid: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    void visit(qint64 householdId, QDate date)
    {
        exec(QStringLiteral("INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date, kind)"
                            " VALUES (?, 'cadre', '王干部', ?, 'routine')"),
             {householdId, sqlDate(date)});
    }

    void care(qint64 personId, CareCategory category, QDate from, QDate to = {})
    {
        PersonCare c;
        c.personId = personId;
        c.category = category;
        c.validFrom = from;
        c.validTo = to;
        const auto added = GridService(db()).addCare(c);
        if (!added)
            qFatal("care: %s", qPrintable(added.summary()));
    }

    qint64 pair(qint64 householdId, QDate from)
    {
        Pairing p;
        p.householdId = householdId;
        p.partnerKind = PartnerKind::Cadre;
        p.cadreName = QStringLiteral("李干部");
        p.validFrom = from;
        const auto added = GridService(db()).addPairing(p);
        if (!added)
            qFatal("pairing: %s", qPrintable(added.summary()));
        return added.value();
    }

    const PlanCell* cellOf(const GridPlan& plan, qint64 householdId)
    {
        for (const PlanCell& cell : plan.cells)
            if (cell.row.householdId == householdId)
                return &cell;
        return nullptr;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_sequence = 0;
        const auto units = registry::SiteRepository(db()).units(m_test->buildingId());
        m_unit1 = units.at(0).id;
        m_unit2 = units.at(1).id;
    }
    void cleanup() { m_test.reset(); }

    void visitAgeAtItsEdges()
    {
        const QDate day(2024, 3, 1);
        QCOMPARE(GridPlanQuery::ageOf({}, day, 60), VisitAge::Never);
        // A visit after the day is not known on the day.
        QCOMPARE(GridPlanQuery::ageOf(QDate(2024, 3, 2), day, 60), VisitAge::Never);
        QCOMPARE(GridPlanQuery::ageOf(day, day, 60), VisitAge::ThisMonth);
        // The last day of February (a leap year) is last month, however near.
        QCOMPARE(GridPlanQuery::ageOf(QDate(2024, 2, 29), day, 60), VisitAge::WithinWindow);
        QCOMPARE(GridPlanQuery::ageOf(day.addDays(-60), day, 60), VisitAge::WithinWindow);
        QCOMPARE(GridPlanQuery::ageOf(day.addDays(-61), day, 60), VisitAge::Overdue);
        QCOMPARE(GridPlanQuery::ageOf(QDate(2024, 3, 31), QDate(2024, 3, 31), 0), VisitAge::ThisMonth);
        QCOMPARE(GridPlanQuery::ageOf(QDate(2024, 2, 29), QDate(2024, 3, 31), 0), VisitAge::Overdue);
    }

    void planFlagsEachHouseholdOnTheDay()
    {
        qint64 elderPerson = 0, endedPerson = 0, disabledPerson = 0;
        const qint64 elder = household(m_unit1, QStringLiteral("101"), &elderPerson);
        const qint64 ended = household(m_unit1, QStringLiteral("1203"), &endedPerson);
        const qint64 disabled = household(m_unit2, QStringLiteral("102"), &disabledPerson);
        const qint64 marked = household(m_unit2, QStringLiteral("201"));
        const qint64 plain = household(m_unit2, QStringLiteral("302"));
        const Grid g = grid(QStringLiteral("43052400100101"));
        QVERIFY(GridService(db()).assignCoverage(g.id, m_test->buildingId(), 0, Start));

        care(elderPerson, CareCategory::ElderlyAlone, Start);
        care(elderPerson, CareCategory::Hospitalised, QDate(2024, 6, 1));
        care(endedPerson, CareCategory::SeriouslyIll, Start, QDate(2024, 6, 1)); // over before the day
        care(disabledPerson, CareCategory::Disabled, Start); // not a 四必访 reason alone
        exec(QStringLiteral("INSERT INTO household_care_marks (household_id, mark, valid_from, reason)"
                            " VALUES (?, 'difficult_family', ?, '低保边缘')"),
             {marked, sqlDate(Start)});
        pair(elder, Start);
        const qint64 endedPairing = pair(disabled, Start);
        QVERIFY(GridService(db()).endPairing(endedPairing, QDate(2024, 5, 1), QStringLiteral("调走")));
        visit(elder, QDate(2024, 3, 1));
        visit(elder, QDate(2024, 6, 10));
        visit(elder, QDate(2024, 6, 20)); // after the day
        visit(ended, QDate(2024, 5, 1));  // 45 days before: within the 60-day window
        visit(disabled, QDate(2024, 3, 1));

        const auto read = GridPlanQuery(db()).plan(g.id, Day);
        QVERIFY2(read, qPrintable(read.summary()));
        const GridPlan& plan = read.value();
        QCOMPARE(plan.cells.size(), 5);
        QCOMPARE(plan.windowDays, 60);

        const PlanCell* e = cellOf(plan, elder);
        QVERIFY(e);
        QVERIFY(e->mustVisit());
        QCOMPARE(e->care, (QList<CareCategory>{CareCategory::ElderlyAlone, CareCategory::Hospitalised}));
        QVERIFY(e->paired);
        QCOMPARE(e->lastVisit, QDate(2024, 6, 10));
        QCOMPARE(e->age, VisitAge::ThisMonth);
        QCOMPARE(e->row.room, QStringLiteral("101"));
        QCOMPARE(e->row.floor, 1);

        const PlanCell* x = cellOf(plan, ended);
        QVERIFY(!x->mustVisit());
        QCOMPARE(x->age, VisitAge::WithinWindow);
        QCOMPARE(x->row.floor, 12);

        const PlanCell* d = cellOf(plan, disabled);
        QVERIFY(!d->mustVisit());
        QVERIFY(!d->paired); // its pairing ended before the day
        QCOMPARE(d->age, VisitAge::Overdue);

        const PlanCell* m = cellOf(plan, marked);
        QVERIFY(m->mustVisit());
        QVERIFY(m->difficultFamily);
        QVERIFY(m->care.isEmpty());
        QCOMPARE(cellOf(plan, plain)->age, VisitAge::Never);
        QVERIFY(!cellOf(plan, plain)->mustVisit());

        const PlanCounts& n = plan.counts;
        QCOMPARE(n.households, 5);
        QCOMPARE(n.mustVisit, 2);
        QCOMPARE(n.paired, 1);
        QCOMPARE(n.thisMonth, 1);
        QCOMPARE(n.withinWindow, 1);
        QCOMPARE(n.overdue, 1);
        QCOMPARE(n.never, 2);

        // On a day before the care categories began, nobody must be visited and nothing was visited.
        const auto early = GridPlanQuery(db()).plan(g.id, QDate(2023, 12, 31));
        QVERIFY2(early, qPrintable(early.summary()));
        QVERIFY(early.value().cells.isEmpty()); // nor was the grid covering anything yet
        const auto march = GridPlanQuery(db()).plan(g.id, QDate(2024, 3, 1));
        QCOMPARE(cellOf(march.value(), elder)->care, QList<CareCategory>{CareCategory::ElderlyAlone});
        QCOMPARE(cellOf(march.value(), elder)->age, VisitAge::ThisMonth);
        QVERIFY(cellOf(march.value(), ended)->mustVisit());
    }

    // A window that ended with its task open colours the household overdue whenever it was last seen, and
    // a pairing partner's home visit logged as a contact counts as a visit (a phone call does not).
    void missedWindowsAndPairingHomeVisitsColourThePlan()
    {
        const qint64 missed = household(m_unit1, QStringLiteral("101"));
        const qint64 late = household(m_unit1, QStringLiteral("102"));
        const qint64 contacted = household(m_unit2, QStringLiteral("201"));
        const qint64 called = household(m_unit2, QStringLiteral("202"));
        const Grid g = grid(QStringLiteral("43052400100101"));
        QVERIFY(GridService(db()).assignCoverage(g.id, m_test->buildingId(), 0, Start));
        const QString task = QStringLiteral(
            "INSERT INTO visit_tasks (household_id, kind, reason, source, due_from, overdue_after)"
            " VALUES (?, 'must_visit', 'difficult_family', 'manual', ?, ?)");
        visit(missed, QDate(2024, 4, 20)); // within the 60 days, but before the task's window
        exec(task, {missed, sqlDate(QDate(2024, 5, 1)), sqlDate(QDate(2024, 5, 31))});
        exec(task, {missed, sqlDate(QDate(2024, 6, 1)), sqlDate(QDate(2024, 6, 30))}); // not over yet
        visit(late, QDate(2024, 5, 20));
        // Done late before the day, cancelled before the day: neither is missed on the day.
        exec(
            QStringLiteral(
                "INSERT INTO visit_tasks (household_id, kind, reason, source, due_from, overdue_after,"
                " closed_by_visit_id, closed_on) VALUES (?, 'must_visit', 'difficult_family', 'manual', ?, ?,"
                " (SELECT MAX(id) FROM visits), ?)"),
            {late, sqlDate(QDate(2024, 4, 1)), sqlDate(QDate(2024, 4, 30)), sqlDate(QDate(2024, 5, 20))});
        exec(QStringLiteral(
                 "INSERT INTO visit_tasks (household_id, kind, reason, source, due_from, overdue_after,"
                 " cancelled_on, cancel_reason) VALUES (?, 'must_visit', 'difficult_family', 'manual', ?, ?, "
                 "?,"
                 " '迁出')"),
             {late, sqlDate(QDate(2024, 5, 1)), sqlDate(QDate(2024, 5, 31)), sqlDate(QDate(2024, 6, 2))});
        const qint64 contactPairing = pair(contacted, Start);
        const qint64 callPairing = pair(called, Start);
        const QString contact =
            QStringLiteral("INSERT INTO pairing_contacts (pairing_id, contact_date, way) VALUES (?, ?, ?)");
        exec(contact, {contactPairing, sqlDate(QDate(2024, 6, 5)), QStringLiteral("home_visit")});
        exec(contact, {contactPairing, sqlDate(QDate(2024, 6, 20)), QStringLiteral("home_visit")}); // later
        exec(contact, {callPairing, sqlDate(QDate(2024, 6, 5)), QStringLiteral("phone")});

        const auto read = GridPlanQuery(db()).plan(g.id, Day);
        QVERIFY2(read, qPrintable(read.summary()));
        const PlanCell* m = cellOf(read.value(), missed);
        QCOMPARE(m->lastVisit, QDate(2024, 4, 20));
        QCOMPARE(m->missedWindowEnd, QDate(2024, 5, 31));
        QCOMPARE(m->age, VisitAge::Overdue);
        const PlanCell* l = cellOf(read.value(), late);
        QVERIFY(!l->missedWindowEnd.isValid());
        QCOMPARE(l->age, VisitAge::WithinWindow);
        QCOMPARE(cellOf(read.value(), contacted)->lastVisit, QDate(2024, 6, 5));
        QCOMPARE(cellOf(read.value(), contacted)->age, VisitAge::ThisMonth);
        QCOMPARE(cellOf(read.value(), called)->age, VisitAge::Never);
        QCOMPARE(read.value().counts.overdue, 1);
        // A visit after the window, even one that left the task open, means the household was seen.
        visit(missed, QDate(2024, 6, 3));
        const auto seen = GridPlanQuery(db()).plan(g.id, Day);
        QVERIFY(!cellOf(seen.value(), missed)->missedWindowEnd.isValid());
        QCOMPARE(cellOf(seen.value(), missed)->age, VisitAge::ThisMonth);
        // On the window's last day nothing is missed yet.
        const auto lastDay = GridPlanQuery(db()).plan(g.id, QDate(2024, 5, 31));
        QVERIFY(!cellOf(lastDay.value(), missed)->missedWindowEnd.isValid());
        QCOMPARE(cellOf(lastDay.value(), missed)->age, VisitAge::WithinWindow);
    }

    void planHoldsOnlyTheGridsHouseholds()
    {
        const qint64 inside = household(m_unit1, QStringLiteral("101"));
        const qint64 outside = household(m_unit2, QStringLiteral("101"));
        const Grid east = grid(QStringLiteral("43052400100101"));
        const Grid west = grid(QStringLiteral("43052400100102"));
        QVERIFY(GridService(db()).assignCoverage(east.id, m_test->buildingId(), m_unit1, Start));
        QVERIFY(GridService(db()).assignCoverage(west.id, m_test->buildingId(), m_unit2, Start));
        const auto plan = GridPlanQuery(db()).plan(east.id, Day);
        QCOMPARE(plan.value().cells.size(), 1);
        QCOMPARE(plan.value().cells.first().row.householdId, inside);
        QCOMPARE(GridPlanQuery(db()).plan(west.id, Day).value().cells.first().row.householdId, outside);
    }

    void readersOnlyOfTheirSites()
    {
        const Grid g = grid(QStringLiteral("43052400100101"));
        m_test->logInAs(Role::Secretary);
        QVERIFY(GridPlanQuery(db()).plan(g.id, Day));
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 1000});
        QVERIFY_REFUSED(GridPlanQuery(db()).plan(g.id, Day), QStringLiteral("other sites"));
    }

    void staffLoadCountsWhatAHandoverMoves()
    {
        qint64 workerPerson = 0;
        household(m_unit1, QStringLiteral("101"), &workerPerson);
        const qint64 h1 = household(m_unit1, QStringLiteral("102"));
        const qint64 h2 = household(m_unit1, QStringLiteral("103"));
        const Grid g = grid(QStringLiteral("43052400100101"));
        StaffMember worker;
        worker.gridId = g.id;
        worker.personId = workerPerson;
        worker.validFrom = Start;
        const auto workerId = GridService(db()).addStaff(worker);
        QVERIFY2(workerId, qPrintable(workerId.summary()));
        Pairing p;
        p.householdId = h1;
        p.partnerKind = PartnerKind::Staff;
        p.staffId = workerId.value();
        p.validFrom = Start;
        QVERIFY(GridService(db()).addPairing(p));
        const QString task = QStringLiteral(
            "INSERT INTO visit_tasks (household_id, kind, reason, source, assignee_staff_id, due_from,"
            " overdue_after, cancelled_on, cancel_reason) VALUES (?, 'must_visit', 'elderly_alone', 'rule', "
            "?,"
            " ?, ?, ?, ?)");
        exec(task,
             {h1, workerId.value(), sqlDate(Day), sqlDate(Day.addDays(30)), sqlDate({}), QStringLiteral("")});
        exec(task,
             {h2, workerId.value(), sqlDate(Day), sqlDate(Day.addDays(30)), sqlDate({}), QStringLiteral("")});
        // A cancelled task stays where it is.
        exec(task, {h2, workerId.value(), sqlDate(Day), sqlDate(Day.addDays(30)), sqlDate(Day),
                    QStringLiteral("搬走")});
        const auto load = StaffLoadQuery(db()).of(workerId.value(), Day);
        QVERIFY2(load, qPrintable(load.summary()));
        QCOMPARE(load.value().pairings, 1);
        QCOMPARE(load.value().tasks, 2);
        QCOMPARE(load.value().households, 2);
        // After the windows ended the tasks were missed by the worker and a handover leaves them: only the
        // pairing's household is left to move.
        const auto later = StaffLoadQuery(db()).of(workerId.value(), Day.addDays(31));
        QCOMPARE(later.value().tasks, 0);
        QCOMPARE(later.value().households, 1);
        QVERIFY_REFUSED(StaffLoadQuery(db()).of(999999), QStringLiteral("not on file"));
    }
};

QTEST_GUILESS_MAIN(TestGridPlanQuery)
#include "tst_gridplanquery.moc"
