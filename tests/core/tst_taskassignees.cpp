// Who a new visit task goes to (TaskAssignees, through VisitService) on both engines: the grid worker
// serving on the due-from day, the one covering the household's unit or building first, the grid leader
// when no worker serves, nobody outside every grid; the pairing partner for 四必访 but not for 三必到; and
// the tasks following a handover.
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridService.h"
#include "grids/TaskAssignees.h"
#include "grids/VisitPlan.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 6, 10);

// The household's 四必访 tasks, the earliest first.
QList<VisitTask> tasksOf(const Database& db, qint64 householdId, TaskKind kind = TaskKind::MustVisit)
{
    QList<VisitTask> found;
    for (const VisitTask& t : VisitRepository(db).tasksOf(householdId))
        if (t.kind == kind)
            found.append(t);
    std::sort(found.begin(), found.end(),
              [](const VisitTask& a, const VisitTask& b) { return a.window.dueFrom < b.window.dueFrom; });
    return found;
}

} // namespace

class TestTaskAssignees : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_unitId = 0;

    Database& db() { return m_test->db(); }

    qint64 worker(const QString& name, qint64 buildingId, qint64 unitId, QDate from, QDate to = {})
    {
        return m_fix->insert(
            QStringLiteral(
                "INSERT INTO grid_staff (grid_id, role, origin, cadre_name, building_id, unit_id,"
                " valid_from, valid_to) VALUES (?, 'grid_worker', 'outside_cadre', ?, ?, ?, ?, ?)"),
            {m_fix->gridId, name, sqlId(buildingId), sqlId(unitId), sqlDate(from), sqlDate(to)});
    }
    // An elderly person living alone (a monthly 四必访 target from January 2025) in the grid.
    qint64 elderHousehold(const QString& number, bool inGrid = true)
    {
        qint64 person = 0;
        const qint64 h = m_fix->household(number, inGrid, &person);
        m_fix->careCategory(person, QStringLiteral("elderly_alone"), QDate(2025, 1, 1));
        return h;
    }
    qint64 partyMember(const QString& name)
    {
        return m_fix->insert(
            QStringLiteral("INSERT INTO party_members (origin, cadre_name, stage, stage_date)"
                           " VALUES ('outside_cadre', ?, 'full', '2010-07-01')"),
            {name});
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT unit_id FROM dwellings WHERE id = ?"));
        q.addBindValue(m_test->dwellingId());
        QVERIFY(q.exec() && q.next());
        m_unitId = q.value(0).toLongLong();
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // Of several workers, the one covering the household's unit, else its building, else the first by id.
    void workerCoveringTheDwellingFirst()
    {
        const qint64 h = elderHousehold(QStringLiteral("H1"));
        VisitService service(db());
        // The fixture's worker has no building: the first worker by id, before one of another building.
        worker(QStringLiteral("赵别栋"), 0, 0, QDate(2020, 1, 1));
        QCOMPARE(service.planMonth(QDate(2025, 1, 1), Today).value(), 1);
        QCOMPARE(tasksOf(db(), h).last().assigneeStaffId, m_fix->workerId);
        const qint64 ofBuilding =
            worker(QStringLiteral("钱本栋"), m_test->buildingId(), 0, QDate(2020, 1, 1));
        QCOMPARE(service.planMonth(QDate(2025, 2, 1), Today).value(), 1);
        QCOMPARE(tasksOf(db(), h).last().assigneeStaffId, ofBuilding);
        const qint64 ofUnit = worker(QStringLiteral("孙本单元"), 0, m_unitId, QDate(2020, 1, 1));
        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 1);
        QCOMPARE(tasksOf(db(), h).last().assigneeStaffId, ofUnit);
        // Planning again assigns nothing anew: January's task kept its worker.
        QCOMPARE(service.planMonth(QDate(2025, 1, 1), Today).value(), 0);
        QCOMPARE(tasksOf(db(), h).first().assigneeStaffId, m_fix->workerId);
    }

    // Serving on the due-from day: a worker gone by then leaves the task to the next one, else the leader;
    // a household in no grid has nobody.
    void servingOnTheDueFromDay()
    {
        const qint64 h = elderHousehold(QStringLiteral("H1"));
        const qint64 outside = elderHousehold(QStringLiteral("H2"), false);
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("UPDATE grid_staff SET valid_to = '2025-03-01' WHERE id = ?"));
        q.addBindValue(m_fix->workerId);
        QVERIFY(q.exec());
        const qint64 later = worker(QStringLiteral("周后来"), 0, 0, QDate(2025, 4, 2));
        VisitService service(db());
        for (int month = 2; month <= 5; ++month)
            QVERIFY(service.planMonth(QDate(2025, month, 1), Today).ok());
        const auto tasks = tasksOf(db(), h);
        QCOMPARE(tasks.size(), 4);
        QCOMPARE(tasks[0].assigneeStaffId, m_fix->workerId); // February: still serving
        QCOMPARE(tasks[1].assigneeStaffId, m_fix->leaderId); // March: nobody serves from the 1st
        QCOMPARE(tasks[2].assigneeStaffId, m_fix->leaderId); // April: due from the 1st, the newcomer from 2nd
        QCOMPARE(tasks[3].assigneeStaffId, later);
        for (const VisitTask& t : tasksOf(db(), outside))
            QCOMPARE(t.assigneeStaffId + t.assigneeMemberId, qint64(0));
        QCOMPARE(TaskAssignees(db()).forTask(outside, QDate(2025, 5, 1), true),
                 (std::pair<qint64, qint64>{0, 0}));
        QCOMPARE(TaskAssignees(db(), h).gridOf(h, QDate(2025, 5, 1)), m_fix->gridId);
    }

    // 四必访 goes to the pairing partner (a party member here), 三必到 to the grid worker; a pairing with an
    // outside cadre known by name only leaves both to the worker.
    void pairingPartnerForMustVisitOnly()
    {
        const qint64 paired = elderHousehold(QStringLiteral("H1"));
        const qint64 byName = elderHousehold(QStringLiteral("H2"));
        const qint64 member = partyMember(QStringLiteral("吴党员"));
        m_fix->insert(QStringLiteral("INSERT INTO pairings (household_id, partner_kind, party_member_id,"
                                     " valid_from) VALUES (?, 'party_member', ?, '2024-01-01')"),
                      {paired, member});
        m_fix->insert(
            QStringLiteral("INSERT INTO pairings (household_id, partner_kind, cadre_name, valid_from)"
                           " VALUES (?, 'cadre', ?, '2024-01-01')"),
            {byName, QStringLiteral("郑县干部")});
        VisitService service(db());
        QCOMPARE(service.planMonth(QDate(2025, 5, 1), Today).value(), 2);
        QCOMPARE(tasksOf(db(), paired).first().assigneeMemberId, member);
        QCOMPARE(tasksOf(db(), paired).first().assigneeStaffId, qint64(0));
        QCOMPARE(tasksOf(db(), byName).first().assigneeStaffId, m_fix->workerId);
        const auto attend = service.mustAttend(paired, 0, AttendTrigger::Emergency, QDate(2025, 6, 1),
                                               QStringLiteral("摔倒"), Today);
        QVERIFY2(attend.ok(), qPrintable(attend.summary()));
        QCOMPARE(attend.value().assigneeStaffId, m_fix->workerId);
        QCOMPARE(attend.value().assigneeMemberId, qint64(0));
    }

    // One grid's plan follows the household's grid as the rule reads it: a unit covered by another grid
    // leaves its building's grid, an exception brings a household without a dwelling in.
    void oneGridsPlanByTheExactRule()
    {
        const qint64 inUnit = elderHousehold(QStringLiteral("H1"));
        const qint64 placed = elderHousehold(QStringLiteral("H2"), false);
        const qint64 other = m_fix->insert(
            QStringLiteral(
                "INSERT INTO grids (code, site_id, name, valid_from) VALUES (?, ?, ?, '2020-01-01')"),
            {QStringLiteral("43052400100102"), m_test->siteId(), QStringLiteral("二网格")});
        m_fix->insert(QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, unit_id, valid_from)"
                                     " VALUES (?, ?, ?, '2025-01-01')"),
                      {other, m_test->buildingId(), m_unitId});
        m_fix->insert(
            QStringLiteral("INSERT INTO grid_household_exceptions (household_id, grid_id, valid_from,"
                           " reason) VALUES (?, ?, '2025-01-01', ?)"),
            {placed, m_fix->gridId, QStringLiteral("暂住亲属家")});
        QCOMPARE(VisitService(db()).planMonth(QDate(2025, 5, 1), Today).value(), 2);
        const auto dueIn = [this](qint64 grid) {
            int due = 0;
            const auto plan = VisitPlan(db()).forMonth(QDate(2025, 5, 1), grid, Today);
            for (const WorkerPlan& w : plan.value())
                due += w.due;
            return due;
        };
        QCOMPARE(dueIn(m_fix->gridId), 1);
        QCOMPARE(dueIn(other), 1);
        QCOMPARE(dueIn(0), 2);
        QCOMPARE(TaskAssignees(db()).gridOf(inUnit, QDate(2025, 5, 1)), other);
        QCOMPARE(TaskAssignees(db()).gridOf(placed, QDate(2025, 5, 1)), m_fix->gridId);
        // The other grid has no staff: its household's task has nobody, a line of its own in the plan.
        QCOMPARE(tasksOf(db(), inUnit).first().assigneeStaffId, qint64(0));
    }

    // A handover moves the planned open tasks to the successor, and the next month is planned for them.
    void handoverMovesPlannedTasks()
    {
        const qint64 h = elderHousehold(QStringLiteral("H1"));
        VisitService service(db());
        QCOMPARE(service.planMonth(QDate(2025, 5, 1), Today).value(), 1);
        const qint64 may = tasksOf(db(), h).first().id;
        QCOMPARE(tasksOf(db(), h).first().assigneeStaffId, m_fix->workerId);
        StaffMember successor;
        successor.origin = StaffOrigin::OutsideCadre;
        successor.cadreName = QStringLiteral("冯接任");
        successor.phone = QStringLiteral("13800000000");
        const auto handed = GridService(db()).handOver(m_fix->workerId, successor, QDate(2025, 5, 20),
                                                       QStringLiteral("调岗"));
        QVERIFY2(handed.ok(), qPrintable(handed.summary()));
        QCOMPARE(handed.value().tasks, 1);
        const qint64 next = handed.value().successorStaffId;
        QCOMPARE(VisitRepository(db()).task(may)->assigneeStaffId, next);
        QCOMPARE(service.planMonth(QDate(2025, 6, 1), Today).value(), 1);
        QCOMPARE(tasksOf(db(), h).last().assigneeStaffId, next);
    }
};

QTEST_GUILESS_MAIN(TestTaskAssignees)
#include "tst_taskassignees.moc"
