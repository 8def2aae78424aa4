// Visits and visit tasks on both engines: 四必访 tasks from each source, 三必到 tasks that never overwrite
// each other, a visit closing the task it answers, the month's plan per worker, and the findings.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "grids/Findings.h"
#include "grids/VisitPlan.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);

// The tasks of a household by reason, the earliest first.
QList<VisitTask> tasksFor(const Database& db, qint64 householdId, const QString& reason)
{
    QList<VisitTask> found;
    for (const VisitTask& t : VisitRepository(db).tasksOf(householdId))
        if (t.reason == reason)
            found.prepend(t);
    return found;
}

Visit visitBy(qint64 staffId, qint64 householdId, QDate date, qint64 taskId = 0)
{
    Visit v;
    v.householdId = householdId;
    v.visitorKind = VisitorKind::Staff;
    v.visitorStaffId = staffId;
    v.date = date;
    v.taskId = taskId;
    v.findings = QStringLiteral("身体尚好");
    return v;
}

} // namespace

class TestVisitService : public QObject
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

    // Each 四必访 source makes its tasks; a second run makes none; a hospital stay's weeks stop at discharge.
    void planMakesTasksFromEachSource()
    {
        qint64 elder = 0, patient = 0, disabled = 0, ill = 0;
        const qint64 h1 = m_fix->household(QStringLiteral("H1"), true, &elder);
        const qint64 h2 = m_fix->household(QStringLiteral("H2"), true, &patient);
        const qint64 h3 = m_fix->household(QStringLiteral("H3"), true, &disabled);
        const qint64 h4 = m_fix->household(QStringLiteral("H4"), true, nullptr);
        const qint64 h5 = m_fix->household(QStringLiteral("H5"), true, &ill);
        m_fix->careCategory(elder, QStringLiteral("elderly_alone"), QDate(2024, 6, 1));
        // In hospital 1 to 20 March (valid_to is the first day out).
        m_fix->careCategory(patient, QStringLiteral("hospitalised"), QDate(2025, 3, 1), QDate(2025, 3, 21));
        m_fix->careCategory(disabled, QStringLiteral("loss_of_self_care"), QDate(2025, 3, 15));
        m_fix->difficultMark(h4, QDate(2025, 1, 1));
        m_fix->careCategory(ill, QStringLiteral("seriously_ill"), QDate(2025, 1, 1));
        // A left-behind child is not a 四必访 target.
        m_fix->careCategory(ill, QStringLiteral("left_behind_child"), QDate(2025, 1, 1));

        VisitService service(db());
        const auto made = service.planMonth(QDate(2025, 3, 1), Today);
        QVERIFY2(made.ok(), qPrintable(made.summary()));
        // elderly 1 + hospital weeks 1–7, 8–14, 15–21 March + self-care 15–31 March + the marked family.
        QCOMPARE(made.value(), 6);
        QCOMPARE(tasksFor(db(), h1, QStringLiteral("elderly_alone")).size(), 1);
        const VisitTask elderTask = tasksFor(db(), h1, QStringLiteral("elderly_alone")).first();
        QCOMPARE(elderTask.window, (VisitWindow{QDate(2025, 3, 1), QDate(2025, 3, 31)}));
        QCOMPARE(elderTask.personId, elder);
        QCOMPARE(elderTask.source, TaskSource::Rule);
        const auto weeks = tasksFor(db(), h2, QStringLiteral("hospitalised"));
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.last().window, (VisitWindow{QDate(2025, 3, 15), QDate(2025, 3, 21)}));
        QCOMPARE(tasksFor(db(), h3, QStringLiteral("loss_of_self_care")).first().window,
                 (VisitWindow{QDate(2025, 3, 15), QDate(2025, 3, 31)}));
        const VisitTask family = tasksFor(db(), h4, QStringLiteral("difficult_family")).first();
        QCOMPARE(family.personId, qint64(0));
        QVERIFY(family.careMarkId > 0);
        // Not a source by default: a seriously ill member.
        QVERIFY(tasksFor(db(), h5, QStringLiteral("difficult_family")).isEmpty());
        // Every task went to the grid's worker (no pairing yet).
        QCOMPARE(elderTask.assigneeStaffId, m_fix->workerId);

        // Planned again: nothing new.
        QCOMPARE(service.planMonth(QDate(2025, 3, 20), Today).value(), 0);

        // The office adds seriously ill members as a source: H5's family is planned, nobody twice.
        QVERIFY(db().setSetting(QStringLiteral("grids.difficult_family_sources"),
                                QStringLiteral("mark,care:seriously_ill")));
        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 1);
        QCOMPARE(tasksFor(db(), h5, QStringLiteral("difficult_family")).size(), 1);
    }

    // Windows are stored as computed: a monthly target in February of a leap year, a pairing partner as
    // the assignee.
    void planAcrossMonthEndsAndPairing()
    {
        qint64 elder = 0;
        const qint64 h = m_fix->household(QStringLiteral("H1"), true, &elder);
        m_fix->careCategory(elder, QStringLiteral("elderly_alone"), QDate(2024, 1, 31));
        m_fix->pairWithStaff(h, m_fix->leaderId, QDate(2024, 1, 1));
        VisitService service(db());
        QCOMPARE(service.planMonth(QDate(2024, 1, 1), Today).value(), 1);
        QCOMPARE(service.planMonth(QDate(2024, 2, 1), Today).value(), 1);
        const auto tasks = tasksFor(db(), h, QStringLiteral("elderly_alone"));
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks[0].window, (VisitWindow{QDate(2024, 1, 31), QDate(2024, 1, 31)}));
        QCOMPARE(tasks[1].window, (VisitWindow{QDate(2024, 2, 1), QDate(2024, 2, 29)}));
        QCOMPARE(tasks[1].assigneeStaffId, m_fix->leaderId);
        QCOMPARE(tasks[1].dueAt(QDate(2024, 2, 29)), VisitDue::Due);
        QCOMPARE(tasks[1].dueAt(QDate(2024, 3, 1)), VisitDue::Overdue);
    }

    // 三必到: two disputes in one household are two tasks; a visit closes the one it names only.
    void mustAttendTasksNeverOverwriteEachOther()
    {
        qint64 person = 0;
        const qint64 h = m_fix->household(QStringLiteral("H1"), true, &person);
        VisitService service(db());
        const auto first = service.mustAttend(h, person, AttendTrigger::FamilyDispute, QDate(2025, 2, 27),
                                              QStringLiteral("兄弟争吵"), Today);
        QVERIFY2(first.ok(), qPrintable(first.summary()));
        const auto second = service.mustAttend(h, 0, AttendTrigger::FamilyDispute, QDate(2025, 2, 27),
                                               QStringLiteral("又吵"), Today);
        QVERIFY(second.ok());
        QVERIFY(first.value().id != second.value().id);
        // 3 days to attend, over the end of a common February.
        QCOMPARE(first.value().window, (VisitWindow{QDate(2025, 2, 27), QDate(2025, 3, 2)}));
        QCOMPARE(first.value().kind, TaskKind::MustAttend);
        QCOMPARE(first.value().source, TaskSource::Trigger);
        QCOMPARE(first.value().assigneeStaffId, m_fix->workerId);

        const auto visit =
            service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 1), second.value().id), Today);
        QVERIFY2(visit.ok(), qPrintable(visit.summary()));
        QCOMPARE(visit.value().kind, VisitKind::MustAttend);
        QCOMPARE(visit.value().visitorName, QStringLiteral("王网格"));
        const auto closed = *VisitRepository(db()).task(second.value().id);
        QCOMPARE(closed.closedByVisitId, visit.value().id);
        QCOMPARE(closed.closedOn, QDate(2025, 3, 1));
        QCOMPARE(closed.dueAt(Today), VisitDue::Done);
        const auto open = *VisitRepository(db()).task(first.value().id);
        QVERIFY(open.isOpen());
        QCOMPARE(open.dueAt(Today), VisitDue::Overdue);

        // The answered task cannot be answered again.
        QVERIFY_REFUSED(
            service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 2), second.value().id), Today),
            QStringLiteral("already answered"));
        QVERIFY_REFUSED(service.mustAttend(h, 0, AttendTrigger::Emergency, Today.addDays(1), {}, Today),
                        QStringLiteral("cannot be in the future"));
    }

    void visitRefusals()
    {
        qint64 person = 0;
        const qint64 h = m_fix->household(QStringLiteral("H1"), true, &person);
        const qint64 other = m_fix->household(QStringLiteral("H2"), true, nullptr);
        VisitService service(db());
        const auto task =
            service.mustAttend(h, person, AttendTrigger::Emergency, QDate(2025, 3, 5), {}, Today);
        QVERIFY(task.ok());
        QVERIFY_REFUSED(
            service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 4), task.value().id), Today),
            QStringLiteral("before the task was due"));
        QVERIFY_REFUSED(
            service.recordVisit(visitBy(m_fix->workerId, other, QDate(2025, 3, 5), task.value().id), Today),
            QStringLiteral("not one of this household's"));
        QVERIFY_REFUSED(service.recordVisit(visitBy(m_fix->workerId, h, Today.addDays(1)), Today),
                        QStringLiteral("cannot be in the future"));
        Visit noTask = visitBy(m_fix->workerId, h, QDate(2025, 3, 5));
        noTask.kind = VisitKind::MustVisit;
        QVERIFY_REFUSED(service.recordVisit(noTask, Today), QStringLiteral("Choose the task"));
        Visit cadre = visitBy(0, h, QDate(2025, 3, 5));
        cadre.visitorKind = VisitorKind::Cadre;
        QVERIFY_REFUSED(service.recordVisit(cadre, Today), QStringLiteral("name of the cadre"));
        QVERIFY_REFUSED(service.cancelTask(task.value().id, QDate(2025, 3, 6), QStringLiteral(" "), Today),
                        QStringLiteral("Say why"));
        QVERIFY(service.cancelTask(task.value().id, QDate(2025, 3, 6), QStringLiteral("已搬走"), Today).ok());
        QVERIFY_REFUSED(
            service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 7), task.value().id), Today),
            QStringLiteral("cancelled"));
        // A routine visit needs no task.
        QVERIFY(service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 7)), Today).ok());
        // The party secretary reads the grids but records no visit.
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(service.recordVisit(visitBy(m_fix->workerId, h, QDate(2025, 3, 7)), Today),
                        QStringLiteral("may not"));
        QVERIFY(VisitPlan(db()).forMonth(QDate(2025, 3, 1), 0, Today).ok());
    }

    // The month's plan per worker: due, done, late, overdue on the day asked.
    void monthPlanPerWorker()
    {
        qint64 a = 0, b = 0, c = 0;
        const qint64 ha = m_fix->household(QStringLiteral("H1"), true, &a);
        const qint64 hb = m_fix->household(QStringLiteral("H2"), true, &b);
        m_fix->household(QStringLiteral("H3"), false, &c); // in no grid: nobody assigned
        m_fix->pairWithStaff(hb, m_fix->leaderId, QDate(2024, 1, 1));
        for (qint64 p : {a, b, c})
            m_fix->careCategory(p, QStringLiteral("elderly_alone"), QDate(2024, 1, 1));
        m_fix->careCategory(a, QStringLiteral("hospitalised"),
                            QDate(2025, 3, 24)); // one week ending 30 March
        VisitService service(db());
        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 4);
        // H1's monthly visit on time, H2's late (in April), the hospital week not done.
        const auto monthly = tasksFor(db(), ha, QStringLiteral("elderly_alone")).first();
        QVERIFY(
            service.recordVisit(visitBy(m_fix->workerId, ha, QDate(2025, 3, 20), monthly.id), Today).ok());
        const auto late = tasksFor(db(), hb, QStringLiteral("elderly_alone")).first();
        QVERIFY(service.recordVisit(visitBy(m_fix->leaderId, hb, QDate(2025, 4, 2), late.id), Today).ok());

        const auto plan = VisitPlan(db()).forMonth(QDate(2025, 3, 1), 0, Today);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.value().size(), 3);
        for (const WorkerPlan& w : plan.value()) {
            if (w.staffId == m_fix->workerId) {
                QCOMPARE(w.name, QStringLiteral("王网格"));
                QCOMPARE(w.due, 2);
                QCOMPARE(w.done, 1);
                QCOMPARE(w.overdue, 1);
                QCOMPARE(w.late, 0);
            } else if (w.staffId == m_fix->leaderId) {
                QCOMPARE(w.due, 1);
                QCOMPARE(w.done, 1);
                QCOMPARE(w.late, 1);
            } else {
                QCOMPARE(w.staffId + w.memberId, qint64(0));
                QCOMPARE(w.due, 1);
                QCOMPARE(w.overdue, 1);
            }
        }
        // On 25 March nothing of March is overdue yet, all is open or done.
        const auto early = VisitPlan(db()).forMonth(QDate(2025, 3, 1), 0, QDate(2025, 3, 25));
        for (const WorkerPlan& w : early.value())
            QCOMPARE(w.overdue, 0);
        // One grid: H3 is in none.
        const auto grid = VisitPlan(db()).forMonth(QDate(2025, 3, 1), m_fix->gridId, Today);
        int due = 0;
        for (const WorkerPlan& w : grid.value())
            due += w.due;
        QCOMPARE(due, 3);
    }

    void findings()
    {
        qint64 elder = 0, other = 0;
        const qint64 paired = m_fix->household(QStringLiteral("H1"), true, &elder);
        const qint64 lonely = m_fix->household(QStringLiteral("H2"), true, &other);
        const qint64 pairing = m_fix->pairWithStaff(paired, m_fix->workerId, QDate(2024, 1, 1));
        m_fix->insert(
            QStringLiteral(
                "INSERT INTO pairing_contacts (pairing_id, contact_date, way) VALUES (?, ?, 'phone')"),
            {pairing, QStringLiteral("2025-01-05")});
        m_fix->careCategory(elder, QStringLiteral("elderly_alone"), QDate(2024, 1, 1));
        VisitService service(db());
        QVERIFY(service.mustAttend(lonely, 0, AttendTrigger::Discontent, QDate(2025, 4, 1), {}, Today).ok());

        const auto found = GridFindings(db()).on(Today);
        QVERIFY2(found.ok(), qPrintable(found.summary()));
        QHash<FindingKind, QList<Finding>> byKind;
        for (const Finding& f : found.value())
            byKind[f.kind].append(f);
        QCOMPARE(byKind.value(FindingKind::NoPairing).size(), 1);
        QCOMPARE(byKind.value(FindingKind::NoPairing).first().householdId, lonely);
        // Last contact 5 January, more than 60 days before 10 April.
        QCOMPARE(byKind.value(FindingKind::NoContact).size(), 1);
        QCOMPARE(byKind.value(FindingKind::NoContact).first().since, QDate(2025, 1, 5));
        // March's window (the last one ended) had no visit.
        QCOMPARE(byKind.value(FindingKind::NotVisited).size(), 1);
        QCOMPARE(byKind.value(FindingKind::NotVisited).first().personId, elder);
        QCOMPARE(byKind.value(FindingKind::NotVisited).first().since, QDate(2025, 3, 31));
        // Discontent on 1 April, 3 days: overdue after 4 April.
        QCOMPARE(byKind.value(FindingKind::MustAttendOverdue).size(), 1);

        // A visit on 30 March answers both the contact and March's window.
        QVERIFY(service.recordVisit(visitBy(m_fix->workerId, paired, QDate(2025, 3, 30)), Today).ok());
        const auto after = GridFindings(db()).on(Today);
        for (const Finding& f : after.value()) {
            QVERIFY(f.kind != FindingKind::NoContact);
            QVERIFY(f.kind != FindingKind::NotVisited);
        }
        // A user of another site sees none of this site's findings.
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 1000});
        QVERIFY(GridFindings(db()).on(Today).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisitService)
#include "tst_visitservice.moc"
