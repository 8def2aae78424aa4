// The reads the 网格 page's visit plan and cases board add (issue 17), on both engines: a worker's tasks of
// a month (the plan's line, task by task, unassigned ones too), the plan of one site, and cases filtered by
// grid and kind.
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "grids/CaseRepository.h"
#include "grids/CaseService.h"
#include "grids/VisitPlan.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);

QStringList numbers(const QList<VisitTask>& tasks)
{
    QStringList result;
    for (const VisitTask& t : tasks)
        result.append(t.householdNumber + QLatin1Char(':') + t.reason);
    return result;
}

} // namespace

class TestGridReads : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;

    Database& db() { return m_test->db(); }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void tasksOfAWorkersMonth()
    {
        qint64 a = 0, b = 0, c = 0;
        const qint64 ha = m_fix->household(QStringLiteral("H1"), true, &a);
        const qint64 hb = m_fix->household(QStringLiteral("H2"), true, &b);
        m_fix->household(QStringLiteral("H3"), false, &c); // in no grid: nobody assigned
        m_fix->pairWithStaff(hb, m_fix->leaderId, QDate(2024, 1, 1));
        for (qint64 p : {a, b, c})
            m_fix->careCategory(p, QStringLiteral("elderly_alone"), QDate(2024, 1, 1));
        VisitService service(db());
        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 3);
        QCOMPARE(service.planMonth(QDate(2025, 4, 1), Today).value(), 3);
        // A must-attend task of H1 in March goes to its grid's worker too.
        QVERIFY(service.mustAttend(ha, a, AttendTrigger::FamilyDispute, QDate(2025, 3, 5), {}, Today).ok());

        const VisitRepository repository(db());
        const QList<VisitTask> worker = repository.tasksFor(QDate(2025, 3, 17), m_fix->workerId, 0);
        QCOMPARE(numbers(worker),
                 (QStringList{QStringLiteral("H1:family_dispute"), QStringLiteral("H1:elderly_alone")}));
        for (const VisitTask& t : worker)
            QCOMPARE(t.assigneeStaffId, m_fix->workerId);
        QCOMPARE(numbers(repository.tasksFor(QDate(2025, 3, 1), m_fix->leaderId, 0)),
                 QStringList{QStringLiteral("H2:elderly_alone")});
        // Both ids 0: the unassigned tasks (H3, in no grid), not everyone's.
        QCOMPARE(numbers(repository.tasksFor(QDate(2025, 3, 1), 0, 0)),
                 QStringList{QStringLiteral("H3:elderly_alone")});
        // Another month, another grid, another site.
        QCOMPARE(repository.tasksFor(QDate(2025, 4, 1), m_fix->workerId, 0).size(), 1);
        QCOMPARE(repository.tasksFor(QDate(2025, 3, 1), 0, 0, m_fix->gridId).size(), 0);
        QCOMPARE(repository.tasksFor(QDate(2025, 3, 1), m_fix->workerId, 0, m_fix->gridId).size(), 2);
        QCOMPARE(repository.tasksFor(QDate(2025, 3, 1), 0, 0, 0, m_test->siteId()).size(), 1);
        QCOMPARE(repository.tasksFor(QDate(2025, 3, 1), m_fix->workerId, 0, 0, m_test->siteId() + 100).size(),
                 0);

        // The line of the plan and its tasks agree.
        const auto plan = VisitPlan(db()).forMonth(QDate(2025, 3, 1), 0, Today, m_test->siteId());
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        int due = 0;
        for (const WorkerPlan& w : plan.value()) {
            QCOMPARE(repository.tasksFor(QDate(2025, 3, 1), w.staffId, w.memberId).size(), qsizetype(w.due));
            due += w.due;
        }
        QCOMPARE(due, 4);
        QVERIFY(
            VisitPlan(db()).forMonth(QDate(2025, 3, 1), 0, Today, m_test->siteId() + 100).value().isEmpty());
    }

    void casesByGridAndKind()
    {
        qint64 person = 0;
        const qint64 inside = m_fix->household(QStringLiteral("H1"), true, &person);
        const qint64 outside = m_fix->household(QStringLiteral("H2"), false, &person);
        auto receive = [&](CaseKind kind, qint64 gridId, qint64 household) {
            GridCase c;
            c.siteId = m_test->siteId();
            c.gridId = gridId;
            c.kind = kind;
            c.title = QStringLiteral("楼道漏水");
            c.receivedOn = QDate(2025, 4, 1);
            c.householdIds = {household};
            const auto saved = CaseService(db()).receive(c, Today);
            if (!saved)
                qFatal("case: %s", qPrintable(saved.summary()));
            return saved.value().id;
        };
        const qint64 inGrid = receive(CaseKind::DisputeMediation, m_fix->gridId, outside);
        const qint64 other = receive(CaseKind::Stability, m_fix->gridId, inside);
        const qint64 noGrid = receive(CaseKind::DisputeMediation, 0, outside);
        // Received for no grid, about a household the grid holds: the grid's case too.
        const qint64 ofHousehold = receive(CaseKind::PolicyPublicity, 0, inside);
        auto ids = [&](const CaseFilter& filter) {
            QList<qint64> result;
            for (const GridCase& c : CaseRepository(db()).cases(filter))
                result.append(c.id);
            std::sort(result.begin(), result.end());
            return result;
        };
        CaseFilter filter;
        filter.today = Today;
        QCOMPARE(ids(filter), (QList<qint64>{inGrid, other, noGrid, ofHousehold}));
        filter.gridId = m_fix->gridId;
        QCOMPARE(ids(filter), (QList<qint64>{inGrid, other, ofHousehold}));
        filter.kind = CaseKind::DisputeMediation;
        QCOMPARE(ids(filter), QList<qint64>{inGrid});
        filter.gridId = 0;
        QCOMPARE(ids(filter), (QList<qint64>{inGrid, noGrid}));
        // 综治维稳 is due in 3 days: the only one overdue on 10 April.
        filter.kind.reset();
        filter.overdueOnly = true;
        QCOMPARE(ids(filter), QList<qint64>{other});

        // Resolved on 5 April: kept by a board that shows those resolved since then, not by a later one.
        filter.overdueOnly = false;
        for (CaseAction action : {CaseAction::Start, CaseAction::Resolve}) {
            CaseStep step;
            step.caseId = noGrid;
            step.action = action;
            step.date = QDate(2025, 4, 5);
            step.result = QStringLiteral("已调解");
            const auto done = CaseService(db()).act(step, Today);
            QVERIFY2(done.ok(), qPrintable(done.summary()));
        }
        filter.resolvedSince = QDate(2025, 4, 5);
        QCOMPARE(ids(filter), (QList<qint64>{inGrid, other, noGrid, ofHousehold}));
        filter.resolvedSince = QDate(2025, 4, 6);
        QCOMPARE(ids(filter), (QList<qint64>{inGrid, other, ofHousehold}));
    }
};

QTEST_GUILESS_MAIN(TestGridReads)
#include "tst_gridreads.moc"
