// Grids against a real database (both engines): every active household in exactly one grid after moves,
// reassignments and exceptions, the list with its counts, the plan, handovers with the open visit tasks
// moving along, and the refusals with their reasons.
#include "Refusal.h"
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::grids;

namespace {

const QDate Start(2024, 1, 1);
const QDate Move(2024, 6, 1);
const QString Longhui = QStringLiteral("430524");

} // namespace

class TestGridService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;
    qint64 m_building1 = 0, m_unit11 = 0, m_unit12 = 0;
    qint64 m_building2 = 0, m_unit21 = 0, m_unit22 = 0;

    Database& db() { return m_test->db(); }

    // A household of one resident in the unit's room; returns the household's id.
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
                       makeIdNumber(Longhui, QDate(1970, 1, 1).addDays(m_sequence), 2 * m_sequence + 1),
                       Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, unitId, room, Start);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        if (personId)
            *personId = saved.value().members.first().id;
        return saved.value().id;
    }

    Grid grid(const QString& code, const QString& name)
    {
        Grid g;
        g.code = code;
        g.siteId = m_test->siteId();
        g.name = name;
        g.validFrom = Start;
        const auto saved = GridService(db()).saveGrid(g);
        if (!saved)
            qFatal("grid: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    void cover(qint64 gridId, qint64 buildingId, qint64 unitId, QDate date)
    {
        const auto covered = GridService(db()).assignCoverage(gridId, buildingId, unitId, date);
        if (!covered)
            qFatal("cover: %s", qPrintable(covered.summary()));
    }

    qint64 gridOf(qint64 householdId, QDate day)
    {
        return GridRepository(db()).gridOfHousehold(householdId, day).value_or(0);
    }

    QList<GridPlacementProblem> problems(QDate day)
    {
        const auto found = GridRepository(db()).placementProblems(0, day);
        if (!found)
            qFatal("problems: %s", qPrintable(found.summary()));
        return found.value();
    }

    qint64 openTask(qint64 householdId, qint64 staffId, bool closed = false,
                    QDate dueFrom = QDate(2024, 7, 1))
    {
        QSqlQuery q(db().connection());
        q.prepare(
            QStringLiteral("INSERT INTO visit_tasks (household_id, kind, reason, source, assignee_staff_id,"
                           " due_from, overdue_after, closed_by_visit_id, closed_on)"
                           " VALUES (?, 'must_visit', 'elderly_alone', 'rule', ?, ?, ?, ?, ?)"));
        q.addBindValue(householdId);
        q.addBindValue(staffId);
        q.addBindValue(sqlDate(dueFrom));
        q.addBindValue(sqlDate(dueFrom.addMonths(1).addDays(-1)));
        q.addBindValue(closed ? QVariant(qint64(999)) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(closed ? sqlDate(QDate(2024, 7, 5)) : sqlDate(QDate()));
        if (!q.exec())
            qFatal("task: %s", qPrintable(q.lastError().text()));
        // Not lastInsertId: outside a transaction PostgreSQL's audit trigger has run by now and taken a
        // sequence value of its own.
        QSqlQuery last(db().connection());
        return last.exec(QStringLiteral("SELECT MAX(id) FROM visit_tasks")) && last.next()
                   ? last.value(0).toLongLong()
                   : 0;
    }

    qint64 assigneeOf(qint64 taskId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT assignee_staff_id FROM visit_tasks WHERE id = ?"));
        q.addBindValue(taskId);
        if (!q.exec())
            qFatal("assignee: %s", qPrintable(q.lastError().text()));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_sequence = 0;
        registry::SiteRepository sites(db());
        m_building1 = m_test->buildingId();
        const auto units1 = sites.units(m_building1);
        m_unit11 = units1.at(0).id;
        m_unit12 = units1.at(1).id;
        Building b;
        b.siteId = m_test->siteId();
        b.name = QStringLiteral("2栋");
        b.floors = 18;
        const auto saved = registry::SiteService(db()).saveBuilding(b, 2);
        QVERIFY2(saved, qPrintable(saved.summary()));
        m_building2 = saved.value().id;
        const auto units2 = sites.units(m_building2);
        m_unit21 = units2.at(0).id;
        m_unit22 = units2.at(1).id;
    }
    void cleanup() { m_test.reset(); }

    void everyHouseholdInExactlyOneGridAfterMovesAndReassignments()
    {
        const qint64 a1 = household(m_unit11, QStringLiteral("101"));
        const qint64 a2 = household(m_unit12, QStringLiteral("1203"));
        const qint64 b1 = household(m_unit21, QStringLiteral("301"));
        const qint64 b2 = household(m_unit22, QStringLiteral("502"));
        const Grid east = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        const Grid west = grid(QStringLiteral("43052400100102"), QStringLiteral("西网格"));

        // Before any coverage, every household is in none, and the check names each.
        QCOMPARE(problems(Start).size(), 4);
        QVERIFY(problems(Start).first().gridIds.isEmpty());

        cover(east.id, m_building1, 0, Start);
        cover(east.id, m_building2, 0, Start);
        QVERIFY(problems(Start).isEmpty());
        for (qint64 h : {a1, a2, b1, b2})
            QCOMPARE(gridOf(h, Start), east.id);

        // Building 2 is reassigned: its households move on that day, and were in the east grid before it.
        cover(west.id, m_building2, 0, Move);
        QCOMPARE(gridOf(b1, Move), west.id);
        QCOMPARE(gridOf(b2, Move), west.id);
        QCOMPARE(gridOf(b1, Move.addDays(-1)), east.id);
        QCOMPARE(gridOf(a1, Move), east.id);
        QVERIFY(problems(Move).isEmpty());
        QVERIFY(problems(Move.addDays(-1)).isEmpty());

        // One unit of building 2 goes back to the east grid; the unit's own row wins over its building's.
        const QDate later(2024, 9, 1);
        cover(east.id, m_building2, m_unit22, later);
        QCOMPARE(gridOf(b2, later), east.id);
        QCOMPARE(gridOf(b1, later), west.id);
        QVERIFY(problems(later).isEmpty());

        // The whole building to the west again takes that unit along (its own row ends).
        const QDate whole(2024, 10, 1);
        cover(west.id, m_building2, 0, whole);
        QCOMPARE(gridOf(b2, whole), west.id);
        QCOMPARE(gridOf(b2, later), east.id); // history kept
        QVERIFY(problems(whole).isEmpty());

        // An explicit exception wins over the dwelling, and ending it gives the household back.
        QVERIFY_REFUSED(GridService(db()).placeHousehold(a1, west.id, whole, QStringLiteral(" ")),
                        QStringLiteral("Say why"));
        QVERIFY(GridService(db()).placeHousehold(a1, west.id, whole, QStringLiteral("照顾老人，随子女")));
        QCOMPARE(gridOf(a1, whole), west.id);
        QVERIFY(GridService(db()).endException(a1, QDate(2024, 11, 1)));
        QCOMPARE(gridOf(a1, QDate(2024, 11, 1)), east.id);
        QVERIFY(problems(QDate(2024, 11, 1)).isEmpty());

        // The list counts each grid's active households on the day.
        const auto list = GridRepository(db()).grids(m_test->siteId(), whole);
        QVERIFY2(list, qPrintable(list.summary()));
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).grid.code, east.code);
        QCOMPARE(list.value().at(0).activeHouseholds, 1); // a2 (a1 by exception in the west)
        QCOMPARE(list.value().at(1).activeHouseholds, 3);
        // A household that moved away is no longer counted.
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(b1, QDate(2024, 11, 15)));
        QCOMPARE(
            GridRepository(db()).grids(m_test->siteId(), QDate(2024, 12, 1)).value().at(1).activeHouseholds,
            1);
    }

    void theCheckNamesAHouseholdInTwoGrids()
    {
        const qint64 h = household(m_unit11, QStringLiteral("201"));
        const Grid east = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        const Grid west = grid(QStringLiteral("43052400100102"), QStringLiteral("西网格"));
        cover(east.id, m_building1, m_unit11, Start);
        // A row written around the service (an old program, a hand edit): a closed row of the west grid
        // that overlaps the open east one.
        QSqlQuery q(db().connection());
        q.prepare(
            QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, unit_id, valid_from, valid_to)"
                           " VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(west.id);
        q.addBindValue(m_building1);
        q.addBindValue(m_unit11);
        q.addBindValue(sqlDate(QDate(2024, 3, 1)));
        q.addBindValue(sqlDate(QDate(2024, 4, 1)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const QList<GridPlacementProblem> found = problems(QDate(2024, 3, 15));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().householdId, h);
        QCOMPARE(found.first().gridIds.size(), 2);
        QVERIFY(found.first().gridIds.contains(east.id) && found.first().gridIds.contains(west.id));
        QVERIFY(problems(QDate(2024, 4, 1)).isEmpty());
    }

    void planIsByBuildingFloorUnitAndRoom()
    {
        household(m_unit22, QStringLiteral("1001"));
        household(m_unit21, QStringLiteral("201"));
        household(m_unit12, QStringLiteral("301"));
        household(m_unit11, QStringLiteral("302"));
        const Grid g = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        cover(g.id, m_building1, 0, Start);
        cover(g.id, m_building2, 0, Start);
        const auto plan = GridRepository(db()).plan(g.id, Start);
        QVERIFY2(plan, qPrintable(plan.summary()));
        QStringList order;
        for (const PlanRow& r : plan.value())
            order.append(
                QStringLiteral("%1/%2/%3/%4").arg(r.buildingName).arg(r.floor).arg(r.unitName, r.room));
        QCOMPARE(order, (QStringList{QStringLiteral("1栋/3/1/302"), QStringLiteral("1栋/3/2/301"),
                                     QStringLiteral("2栋/2/1/201"), QStringLiteral("2栋/10/2/1001")}));
        const auto page = GridRepository(db()).households(g.id, Start, 1, 2);
        QCOMPARE(page.value().size(), 2);
        QCOMPARE(page.value().first().number, QStringLiteral("H002"));
    }

    void handOverMovesPairingsAndOpenTasks()
    {
        qint64 workerPerson = 0, successorPerson = 0;
        const qint64 h1 = household(m_unit11, QStringLiteral("101"), &workerPerson);
        const qint64 h2 = household(m_unit11, QStringLiteral("102"), &successorPerson);
        const Grid g = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        cover(g.id, m_building1, 0, Start);
        StaffMember worker;
        worker.gridId = g.id;
        worker.role = StaffRole::GridWorker;
        worker.personId = workerPerson;
        worker.validFrom = Start;
        const auto workerId = GridService(db()).addStaff(worker);
        QVERIFY2(workerId, qPrintable(workerId.summary()));
        Pairing p;
        p.householdId = h2;
        p.partnerKind = PartnerKind::Staff;
        p.staffId = workerId.value();
        p.validFrom = Start;
        const auto pairingId = GridService(db()).addPairing(p);
        QVERIFY2(pairingId, qPrintable(pairingId.summary()));
        QVERIFY_REFUSED(GridService(db()).addPairing(p), QStringLiteral("paired with them already"));
        const qint64 open1 = openTask(h1, workerId.value());
        const qint64 open2 = openTask(h2, workerId.value());
        const qint64 done = openTask(h2, workerId.value(), true);
        // April's window ended before the handover: the worker missed it, and it stays theirs.
        const qint64 missed = openTask(h1, workerId.value(), false, QDate(2024, 4, 1));

        // Ending the service with open tasks is refused: they would be left with nobody.
        QVERIFY_REFUSED(GridService(db()).endStaff(workerId.value(), Move, QStringLiteral("调走")),
                        QStringLiteral("open visit task"));
        QVERIFY_REFUSED(GridService(db()).handOver(workerId.value(), {}, Move, QString()),
                        QStringLiteral("Say why"));
        // The grid worker may not hand a colleague's households over, nor end a service.
        m_test->logInAs(Role::Clerk);
        QVERIFY_REFUSED(GridService(db()).handOver(workerId.value(), {}, Move, QStringLiteral("调岗")),
                        QStringLiteral("hand a worker's households over"));
        QVERIFY_REFUSED(GridService(db()).endStaff(workerId.value(), Move, QStringLiteral("调走")),
                        QStringLiteral("hand a worker's households over"));
        m_test->logInAs(Role::Manager);

        StaffMember successor;
        successor.origin = StaffOrigin::Resident;
        successor.personId = successorPerson;
        const auto handed =
            GridService(db()).handOver(workerId.value(), successor, Move, QStringLiteral("调岗"));
        QVERIFY2(handed, qPrintable(handed.summary()));
        QCOMPARE(handed.value().pairings, 1);
        QCOMPARE(handed.value().tasks, 2); // not the missed one
        const qint64 newId = handed.value().successorStaffId;
        QVERIFY(newId > 0 && newId != workerId.value());
        QCOMPARE(assigneeOf(open1), newId);
        QCOMPARE(assigneeOf(open2), newId);
        QCOMPARE(assigneeOf(done), workerId.value());   // a closed task stays with who did it
        QCOMPARE(assigneeOf(missed), workerId.value()); // and a missed one with who missed it

        // The seat is the same, the worker's service ended that day, the pairing is carried on.
        const auto staff = GridRepository(db()).staff(g.id, Move);
        QCOMPARE(staff.value().size(), 1);
        QCOMPARE(staff.value().first().id, newId);
        QCOMPARE(staff.value().first().role, StaffRole::GridWorker);
        QCOMPARE(GridRepository(db()).staff(g.id, Move.addDays(-1)).value().first().id, workerId.value());
        const auto pairings = GridRepository(db()).pairings(h2, Move);
        QCOMPARE(pairings.value().size(), 1);
        QCOMPARE(pairings.value().first().staffId, newId);
        QCOMPARE(GridRepository(db()).pairings(h2, {}).value().size(), 2); // the old one is history
        QCOMPARE(GridRepository(db()).pairings(h2, {}).value().first().validTo, Move);
        QVERIFY_REFUSED(GridService(db()).handOver(workerId.value(), successor, Move, QStringLiteral("再交")),
                        QStringLiteral("is not serving"));
    }

    void contactsAreLoggedWhileThePairingHolds()
    {
        const qint64 h = household(m_unit11, QStringLiteral("101"));
        Pairing p;
        p.householdId = h;
        p.partnerKind = PartnerKind::Cadre;
        p.cadreName = QStringLiteral("刘干部");
        p.validFrom = Start;
        const auto id = GridService(db()).addPairing(p);
        QVERIFY2(id, qPrintable(id.summary()));
        PairingContact c;
        c.pairingId = id.value();
        c.date = QDate(2024, 2, 10);
        c.way = ContactWay::Phone;
        QVERIFY(GridService(db()).logContact(c, QDate(2024, 3, 1)));
        c.date = QDate(2023, 12, 31);
        QVERIFY_REFUSED(GridService(db()).logContact(c, QDate(2024, 3, 1)), QStringLiteral("did not hold"));
        c.date = QDate(2024, 3, 2);
        QVERIFY_REFUSED(GridService(db()).logContact(c, QDate(2024, 3, 1)),
                        QStringLiteral("past day or today"));
        QCOMPARE(GridRepository(db()).contacts(id.value()).value().size(), 1);
        QVERIFY(GridService(db()).endPairing(id.value(), QDate(2024, 5, 1), QStringLiteral("脱贫")));
        QVERIFY_REFUSED(GridService(db()).endPairing(id.value(), QDate(2024, 6, 1), {}),
                        QStringLiteral("already ended"));
    }

    void refusalsSayWhy()
    {
        const Grid g = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        Grid same;
        same.code = g.code;
        same.siteId = m_test->siteId();
        same.name = QStringLiteral("重号");
        same.validFrom = Start;
        QVERIFY_REFUSED(GridService(db()).saveGrid(same), QStringLiteral("already 东网格's"));
        same.code = QStringLiteral("43052300100101");
        QVERIFY_REFUSED(GridService(db()).saveGrid(same), QStringLiteral("county code 430524"));

        // Coverage before the grid opens, of a building of another site, twice.
        QVERIFY_REFUSED(GridService(db()).assignCoverage(g.id, m_building1, 0, QDate(2023, 12, 31)),
                        QStringLiteral("not open"));
        Site other;
        other.code = QStringLiteral("430524002");
        other.name = QStringLiteral("另一安置点");
        other.countyCode = Longhui;
        const auto otherSite = registry::SiteService(db()).saveSite(other);
        QVERIFY(otherSite);
        Building ob;
        ob.siteId = otherSite.value().id;
        ob.name = QStringLiteral("9栋");
        const auto otherBuilding = registry::SiteService(db()).saveBuilding(ob, 1);
        QVERIFY_REFUSED(GridService(db()).assignCoverage(g.id, otherBuilding.value().id, 0, Start),
                        QStringLiteral("on another site"));
        QVERIFY_REFUSED(GridService(db()).assignCoverage(g.id, m_building1, m_unit21, Start),
                        QStringLiteral("not in building"));
        cover(g.id, m_building1, 0, Move);
        QVERIFY_REFUSED(GridService(db()).assignCoverage(g.id, m_building1, 0, Move),
                        QStringLiteral("already covers"));
        // A reassignment dated before what holds now would rewrite history.
        const Grid west = grid(QStringLiteral("43052400100102"), QStringLiteral("西网格"));
        QVERIFY_REFUSED(GridService(db()).assignCoverage(west.id, m_building1, 0, Start),
                        QStringLiteral("starts on 2024-06-01"));

        // Closing a grid that still covers a building is refused; once handed on, it closes.
        QVERIFY_REFUSED(GridService(db()).closeGrid(g.id, QDate(2024, 12, 1), {}),
                        QStringLiteral("assign them to another grid"));
        cover(west.id, m_building1, 0, QDate(2024, 12, 1));
        QVERIFY(GridService(db()).closeGrid(g.id, QDate(2024, 12, 1), QStringLiteral("合并")));
        QVERIFY(!GridRepository(db()).grid(g.id)->isOpenOn(QDate(2024, 12, 1)));

        // One grid leader at a time.
        StaffMember leader;
        leader.gridId = west.id;
        leader.role = StaffRole::GridLeader;
        leader.origin = StaffOrigin::OutsideCadre;
        leader.cadreName = QStringLiteral("张书记");
        leader.validFrom = Start;
        QVERIFY(GridService(db()).addStaff(leader));
        leader.cadreName = QStringLiteral("李主任");
        QVERIFY_REFUSED(GridService(db()).addStaff(leader), QStringLiteral("has a grid leader already"));

        // The secretary reads the grids but may not change them; a clerk of another site may not either.
        m_test->logInAs(Role::Secretary);
        QVERIFY(GridRepository(db()).grids(0, Start));
        QVERIFY_REFUSED(GridService(db()).assignCoverage(west.id, m_building2, 0, QDate(2024, 12, 2)),
                        QStringLiteral("may not"));
        // The grid worker records the work but neither draws the grids nor names their staff.
        m_test->logInAs(Role::Clerk);
        QVERIFY_REFUSED(GridService(db()).assignCoverage(west.id, m_building2, 0, QDate(2024, 12, 2)),
                        QStringLiteral("may not draw grids"));
        leader.cadreName = QStringLiteral("王主任");
        QVERIFY_REFUSED(GridService(db()).addStaff(leader), QStringLiteral("may not draw grids"));
        m_test->logInAs(Role::Manager, {otherSite.value().id});
        QVERIFY_REFUSED(GridService(db()).assignCoverage(west.id, m_building2, 0, QDate(2024, 12, 2)),
                        QStringLiteral("works on other sites"));
        m_test->logInAs(Role::Clerk, {otherSite.value().id});
        QVERIFY_REFUSED(GridRepository(db()).grids(m_test->siteId(), Start),
                        QStringLiteral("works on other sites"));
        // Over every site the clerk sees only their own site's grids.
        QCOMPARE(GridRepository(db()).grids(0, QDate(2024, 12, 2)).value().size(), 0);
    }

    void phonesAreMaskedForRolesThatMayNotSeeThem()
    {
        const Grid g = grid(QStringLiteral("43052400100101"), QStringLiteral("东网格"));
        StaffMember cadre;
        cadre.gridId = g.id;
        cadre.origin = StaffOrigin::OutsideCadre;
        cadre.cadreName = QStringLiteral("王网格员");
        cadre.phone = QStringLiteral("13812345678");
        cadre.validFrom = Start;
        QVERIFY(GridService(db()).addStaff(cadre));
        QCOMPARE(GridRepository(db()).staff(g.id, Start).value().first().phone,
                 QStringLiteral("13812345678"));
        m_test->logInAs(Role::Secretary);
        QCOMPARE(GridRepository(db()).staff(g.id, Start).value().first().phone,
                 QStringLiteral("138****5678"));
    }
};

QTEST_GUILESS_MAIN(TestGridService)
#include "tst_gridservice.moc"
