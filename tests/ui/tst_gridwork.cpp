// The second half of the 网格 page (issue 17) on the demo's data: the month's visit plan per worker with
// its tasks, a 三必到 task registered and the month's plan made through the panel, a case received and
// moved through its states by the dialogs (only the steps core allows are offered, refusals shown by
// field), the findings listed, filtered and exported, and a secretary who reads but cannot write.
// ANJU_SCREENSHOTS=DIR saves each panel at 1366×768 and 1920×1080, in Chinese.
#include "TestDatabase.h"

#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "grids/CaseActionDialog.h"
#include "grids/CaseBoardPanel.h"
#include "grids/CaseDialog.h"
#include "grids/CaseRepository.h"
#include "grids/Findings.h"
#include "grids/FindingsPanel.h"
#include "grids/GridRepository.h"
#include "grids/MustAttendDialog.h"
#include "grids/VisitPlan.h"
#include "grids/VisitPlanPanel.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace anju;
using namespace anju::grids;

namespace {

const QDate DemoDay(2026, 11, 1);
// The demo's tasks have no assignee (they are its history); the month after it is planned by the panel's
// core call, which hands each task to the household's pairing partner or grid worker.
const QDate PlanMonth(2026, 12, 1);
const QDate Today(2026, 12, 16);

void deleteClosedDialogs()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

template <typename Dialog> Dialog* openDialog(QWidget* panel)
{
    deleteClosedDialogs();
    auto* dialog = panel->findChild<Dialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Saves the panel as a user sees it on a screen of `size` (the page's tree and tabs take the rest).
void grab(QWidget& panel, const QString& name)
{
    const QString dir = qEnvironmentVariable("ANJU_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
        // What the page leaves a tab: the navigation list and grid tree on the left, title, tabs and status.
        panel.resize(screen.width() - 480, screen.height() - 190);
        panel.show();
        QTest::qWait(50);
        panel.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name).arg(screen.width()));
    }
}

void grabDialog(QWidget* dialog, const QString& name)
{
    const QString dir = qEnvironmentVariable("ANJU_SCREENSHOTS");
    if (!dir.isEmpty())
        dialog->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

} // namespace

class TestGridwork : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;
    qint64 m_siteId = 0;
    qint64 m_gridId = 0;
    QString m_householdNumber;

    Database& db() { return m_test->db(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariable("ANJU_SCREENSHOTS").isEmpty())
            Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        m_test = std::make_unique<test::TestDatabase>();
        demo::DemoOptions options;
        options.households = 400;
        options.seed = 9;
        options.today = DemoDay;
        const Outcome made = demo::DemoGenerator(db()).generate(options);
        QVERIFY2(made.ok(), qPrintable(made.summary()));
        const auto grids = GridRepository(db()).grids(0, Today);
        QVERIFY(grids.ok() && !grids.value().isEmpty());
        m_gridId = grids.value().first().grid.id;
        m_siteId = grids.value().first().grid.siteId;
        const auto plan = GridRepository(db()).plan(m_gridId, Today);
        QVERIFY(plan.ok() && !plan.value().isEmpty());
        m_householdNumber = plan.value().first().number;
        // December planned, and one of its visits made on the 10th: a line with something done.
        const Result<int> planned = VisitService(db()).planMonth(PlanMonth, Today);
        QVERIFY2(planned.ok() && planned.value() > 0, qPrintable(planned.summary()));
        const VisitTask first = VisitRepository(db()).tasksDueIn(PlanMonth, Today.addDays(15)).first();
        Visit visit;
        visit.householdId = first.householdId;
        visit.personId = first.personId;
        visit.visitorKind = VisitorKind::Cadre;
        visit.visitorName = QStringLiteral("张干部");
        visit.date = QDate(2026, 12, 10);
        visit.taskId = first.id;
        const Result<Visit> visited = VisitService(db()).recordVisit(visit, Today);
        QVERIFY2(visited.ok(), qPrintable(visited.summary()));
    }

    void init() { m_test->logInAs(Role::Clerk); }

    void planShowsTheWorkersWithTheirCounts()
    {
        VisitPlanPanel panel(db());
        panel.setToday(Today);
        panel.setMonth(PlanMonth);
        panel.setGrid(0, 0);
        const auto plan = VisitPlan(db()).forMonth(PlanMonth, 0, Today);
        QVERIFY(plan.ok());
        QVERIFY(plan.value().size() > 1);
        auto* workers = panel.findChild<QTableWidget*>(QStringLiteral("planWorkers"));
        QCOMPARE(workers->rowCount(), plan.value().size());
        for (int i = 0; i < plan.value().size(); ++i) {
            const WorkerPlan& w = plan.value().at(i);
            QCOMPARE(workers->item(i, 0)->text(), w.name);
            QCOMPARE(workers->item(i, 1)->text(), QString::number(w.due));
            QCOMPARE(workers->item(i, 2)->text(), QString::number(w.done));
            QCOMPARE(workers->item(i, 4)->text(), QString::number(w.overdue));
            QCOMPARE(workers->item(i, 5)->text(), QString::number(w.open()));
            // Choosing a worker lists exactly the tasks of their line.
            workers->setCurrentCell(i, 0);
            QCOMPARE(panel.tasks().size(), qsizetype(w.due));
            for (const VisitTask& t : panel.tasks())
                QVERIFY(t.assigneeStaffId == w.staffId && t.assigneeMemberId == w.memberId);
        }
        grab(panel, QStringLiteral("visit-plan"));

        // A month whose tasks have no assignee (the demo assigns them; an office's old months may not):
        // one line, shown as nobody's.
        const QDate october1 = DemoDay.addMonths(-1);
        QSqlQuery unassign(db().connection());
        unassign.prepare(
            QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = NULL, assignee_member_id = NULL"
                           " WHERE overdue_after >= ? AND overdue_after <= ?"));
        unassign.addBindValue(october1.toString(Qt::ISODate));
        unassign.addBindValue(october1.addMonths(1).addDays(-1).toString(Qt::ISODate));
        QVERIFY2(unassign.exec(), qPrintable(unassign.lastError().text()));
        QVERIFY(unassign.numRowsAffected() > 0);
        panel.setMonth(DemoDay);
        panel.setMonth(october1);
        const auto october = VisitPlan(db()).forMonth(DemoDay.addMonths(-1), 0, Today);
        QCOMPARE(october.value().size(), 1);
        QCOMPARE(october.value().first().staffId + october.value().first().memberId, qint64(0));
        QCOMPARE(workers->rowCount(), 1);
        QCOMPARE(workers->item(0, 0)->text(), october.value().first().name);
        QVERIFY(workers->item(0, 0)->font().italic());
        QVERIFY(!workers->item(0, 0)->toolTip().isEmpty());
        QCOMPARE(panel.tasks().size(), qsizetype(october.value().first().due));
        panel.setMonth(PlanMonth);

        // Page Down and Page Up step the month, wherever the focus is in the panel.
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        workers->setFocus();
        QTest::keyClick(workers, Qt::Key_PageDown);
        QCOMPARE(panel.month(), PlanMonth.addMonths(1));
        QTest::keyClick(workers, Qt::Key_PageUp);
        QTest::keyClick(workers, Qt::Key_PageUp);
        QCOMPARE(panel.month(), PlanMonth.addMonths(-1));
    }

    void enterOnAnOpenTaskAsksForTheVisit()
    {
        VisitPlanPanel panel(db());
        panel.setToday(Today);
        panel.setMonth(PlanMonth);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The first open task of any worker.
        auto* workers = panel.findChild<QTableWidget*>(QStringLiteral("planWorkers"));
        auto* tasks = panel.findChild<QTableWidget*>(QStringLiteral("planTasks"));
        int openRow = -1;
        for (int w = 0; w < workers->rowCount() && openRow < 0; ++w) {
            workers->setCurrentCell(w, 0);
            for (int i = 0; i < panel.tasks().size() && openRow < 0; ++i)
                if (panel.tasks().at(i).isOpen())
                    openRow = i;
        }
        QVERIFY(openRow >= 0);
        QSignalSpy asked(&panel, &VisitPlanPanel::recordVisitRequested);
        tasks->setCurrentCell(openRow, 0);
        tasks->setFocus();
        QTest::keyClick(tasks, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toLongLong(), panel.tasks().at(openRow).id);
        // A task already visited is not asked for again.
        for (int i = 0; i < panel.tasks().size(); ++i)
            if (!panel.tasks().at(i).isOpen()) {
                tasks->setCurrentCell(i, 0);
                QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("recordVisit"))->isEnabled());
                QTest::keyClick(tasks, Qt::Key_Return);
                QCOMPARE(asked.size(), 1);
                break;
            }
    }

    void mustAttendAndTheMonthsPlanThroughThePanel()
    {
        VisitPlanPanel panel(db());
        panel.setToday(Today);
        panel.setMonth(PlanMonth.addMonths(1));
        panel.setGrid(m_gridId, m_siteId);
        panel.show();
        auto countAll = [&] {
            int due = 0;
            const auto plan = VisitPlan(db()).forMonth(Today, m_gridId, Today);
            for (const WorkerPlan& w : plan.value())
                due += w.due;
            return due;
        };
        const int before = countAll();

        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("mustAttend")), Qt::LeftButton);
        auto* dialog = openDialog<MustAttendDialog>(&panel);
        QVERIFY(dialog);
        // A number that is no household's is refused beside the field.
        dialog->setHouseholdNumber(QStringLiteral("0000"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("attendHouseholdError"))->text().isEmpty());
        dialog->setHouseholdNumber(m_householdNumber);
        dialog->setTrigger(AttendTrigger::FamilyDispute);
        dialog->setHappened(Today);
        grabDialog(dialog, QStringLiteral("must-attend"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const VisitTask made = dialog->task();
        QCOMPARE(made.kind, TaskKind::MustAttend);
        QCOMPARE(made.reason, QStringLiteral("family_dispute"));
        QCOMPARE(made.window.dueFrom, Today);
        QCOMPARE(countAll(), before + 1);
        QVERIFY(panel.notice().contains(m_householdNumber));

        // 生成本月计划, confirmed: says how many it made; again, that none were left to make.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("makePlan")), Qt::LeftButton);
        const auto january = VisitPlan(db()).forMonth(PlanMonth.addMonths(1), 0, Today);
        QVERIFY(january.ok() && !january.value().isEmpty());
        int planned = 0;
        for (const WorkerPlan& w : january.value())
            planned += w.due;
        QVERIFY2(panel.notice().contains(QString::number(planned)) &&
                     panel.notice().contains(QStringLiteral("2027-01")),
                 qPrintable(panel.notice()));
        const QString firstNotice = panel.notice();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("makePlan")), Qt::LeftButton);
        QVERIFY2(panel.notice() != firstNotice && panel.notice().contains(QStringLiteral("2027-01")),
                 qPrintable(panel.notice()));
        QCOMPARE(VisitRepository(db())
                     .tasksDueIn(PlanMonth.addMonths(1), PlanMonth.addMonths(2).addDays(-1))
                     .size(),
                 qsizetype(planned));
        // Declined: nothing runs.
        MessageBox::setNextAnswer(QMessageBox::No);
        const int december = countAll();
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("makePlan")), Qt::LeftButton);
        QCOMPARE(countAll(), december);
    }

    void aCaseReceivedAndMovedThroughItsStates()
    {
        CaseBoardPanel board(db());
        board.setToday(Today);
        board.setGrid(m_gridId, m_siteId);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));

        QTest::mouseClick(board.findChild<QPushButton*>(QStringLiteral("receiveCase")), Qt::LeftButton);
        auto* receive = openDialog<CaseDialog>(&board);
        QVERIFY(receive);
        // Without what it is about, core refuses and the dialog says so beside the field.
        receive->setHouseholdNumbers(m_householdNumber);
        receive->accept();
        QVERIFY(receive->isVisible());
        QVERIFY(!receive->findChild<QLabel*>(QStringLiteral("caseTitleError"))->text().isEmpty());
        receive->setKind(CaseKind::DisputeMediation);
        receive->setTitle(QStringLiteral("邻里漏水纠纷"));
        receive->setReceivedOn(Today.addDays(-3));
        // The deadline shown is the kind's setting: 矛盾调处 15 days.
        QVERIFY2(receive->deadlineText().startsWith(Today.addDays(12).toString(Qt::ISODate)),
                 qPrintable(receive->deadlineText()));
        grabDialog(receive, QStringLiteral("case-receive"));
        receive->accept();
        QVERIFY(!receive->isVisible());
        const qint64 caseId = receive->savedCase().id;
        QVERIFY(caseId > 0);
        QVERIFY(board.casesIn(CaseState::Received).contains(caseId));
        QCOMPARE(board.currentCaseId(), caseId);

        auto step = [&](CaseAction action, const std::function<void(CaseActionDialog*)>& fill = {}) {
            QTest::mouseClick(board.findChild<QPushButton*>(QStringLiteral("actOnCase")), Qt::LeftButton);
            auto* dialog = openDialog<CaseActionDialog>(&board);
            if (!dialog)
                return static_cast<CaseActionDialog*>(nullptr);
            dialog->setAction(action);
            if (fill)
                fill(dialog);
            dialog->accept();
            return dialog;
        };
        // A received case cannot be resolved, accepted or returned: those are not offered.
        QTest::mouseClick(board.findChild<QPushButton*>(QStringLiteral("actOnCase")), Qt::LeftButton);
        auto* first = openDialog<CaseActionDialog>(&board);
        QVERIFY(first);
        const QList<CaseAction> offered = first->offeredActions();
        QVERIFY(offered.contains(CaseAction::Start));
        QVERIFY(offered.contains(CaseAction::Refer));
        QVERIFY(!offered.contains(CaseAction::Resolve));
        QVERIFY(!offered.contains(CaseAction::Accept));
        QVERIFY(!offered.contains(CaseAction::Return));
        QVERIFY(!offered.contains(CaseAction::Receive));
        first->setAction(CaseAction::Assign);
        grabDialog(first, QStringLiteral("case-step"));
        first->reject();

        QVERIFY(step(CaseAction::Start, [](CaseActionDialog* d) { d->setDate(Today.addDays(-2)); }));
        QVERIFY(board.casesIn(CaseState::InProgress).contains(caseId));
        // Referred without a department: refused by core, shown beside the field, nothing written.
        auto* refused = step(CaseAction::Refer);
        QVERIFY(refused && refused->isVisible());
        QVERIFY(!refused->findChild<QLabel*>(QStringLiteral("caseDepartmentError"))->text().isEmpty());
        refused->setDepartment(QStringLiteral("街道司法所"));
        refused->accept();
        QVERIFY(!refused->isVisible());
        QVERIFY(board.casesIn(CaseState::Referred).contains(caseId));
        auto* accepted = step(CaseAction::Accept);
        QVERIFY(accepted && !accepted->isVisible());
        auto* resolved = step(CaseAction::Resolve, [](CaseActionDialog* d) {
            d->setResult(QStringLiteral("双方达成调解协议"), Satisfaction::Satisfied);
        });
        QVERIFY(resolved && !resolved->isVisible());
        QVERIFY(board.casesIn(CaseState::Resolved).contains(caseId));

        const auto c = CaseRepository(db()).gridCase(caseId);
        QCOMPARE(c->status.state, CaseState::Resolved);
        QCOMPARE(c->satisfaction, std::optional<Satisfaction>(Satisfaction::Satisfied));
        QCOMPARE(c->events.size(), 5); // received, started, referred, accepted, resolved
        // The history is on the board; a resolved case has no step left.
        QVERIFY(board.selectCase(caseId));
        QCOMPARE(board.findChild<QTableWidget*>(QStringLiteral("caseEvents"))->rowCount(), 5);
        QVERIFY(!board.findChild<QPushButton*>(QStringLiteral("actOnCase"))->isEnabled());

        // The overdue filter shows only open cases past their deadline, marked red (the office's).
        board.setGrid(0, 0);
        board.findChild<QCheckBox*>(QStringLiteral("caseOverdueOnly"))->setChecked(true);
        auto* tree = board.findChild<QTreeWidget*>(QStringLiteral("caseBoard"));
        int listed = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const auto shown = CaseRepository(db()).gridCase(
                    tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toLongLong());
                QVERIFY(shown->isOverdue(Today));
                QCOMPARE(tree->topLevelItem(g)->child(i)->foreground(3).color(), QColor(Qt::red));
                ++listed;
            }
        QVERIFY(listed > 0);
        QVERIFY(board.casesIn(CaseState::Resolved).isEmpty());
        board.findChild<QCheckBox*>(QStringLiteral("caseOverdueOnly"))->setChecked(false);
        board.selectCase(caseId);
        grab(board, QStringLiteral("cases"));
    }

    void findingsListedFilteredAndExported()
    {
        FindingsPanel panel(db());
        panel.setToday(Today);
        panel.setGrid(0, 0);
        const auto all = GridFindings(db()).on(Today);
        QVERIFY(all.ok());
        QCOMPARE(panel.shown().size(), all.value().size());
        QVERIFY(!panel.shown().isEmpty());
        panel.setKindFilter(FindingKind::NotVisited);
        QVERIFY(!panel.shown().isEmpty());
        QVERIFY(panel.shown().size() < all.value().size());
        for (const Finding& f : panel.shown())
            QCOMPARE(f.kind, FindingKind::NotVisited);
        // One grid: its households' findings only.
        panel.setGrid(m_gridId, m_siteId);
        QVERIFY(panel.shown().size() < all.value().size());
        // ...and its overdue cases, which may name no household: a grid with one lists it.
        {
            const auto late = std::find_if(all.value().cbegin(), all.value().cend(), [](const Finding& f) {
                return f.kind == FindingKind::CaseOverdue;
            });
            QVERIFY(late != all.value().cend());
            QVERIFY(late->gridId > 0);
            FindingsPanel ofCase(db());
            ofCase.setToday(Today);
            ofCase.setGrid(late->gridId, late->siteId);
            const auto listed = std::find_if(ofCase.shown().cbegin(), ofCase.shown().cend(),
                                             [&](const Finding& f) { return f.caseId == late->caseId; });
            QVERIFY(listed != ofCase.shown().cend());
        }

        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy opened(&panel, &FindingsPanel::householdRequested);
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("findings"));
        QVERIFY(table->rowCount() > 0);
        table->setCurrentCell(0, 0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), panel.shown().first().householdId);

        m_test->logInAs(Role::Manager);
        FindingsPanel managers(db());
        managers.setToday(Today);
        managers.setGrid(0, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("findings.xlsx"));
        FileDialog::setNextAnswer(path);
        QVERIFY(managers.exportXlsx());
        QVERIFY(QFileInfo(path).size() > 0);
        panel.setGrid(0, 0);
        panel.setKindFilter(std::nullopt);
        grab(panel, QStringLiteral("findings"));
    }

    void aSecretaryReadsButCannotWrite()
    {
        m_test->logInAs(Role::Secretary);
        VisitPlanPanel plan(db());
        plan.setToday(Today);
        plan.setMonth(PlanMonth);
        QVERIFY(plan.findChild<QTableWidget*>(QStringLiteral("planWorkers"))->rowCount() > 1);
        for (const char* name : {"recordVisit", "mustAttend", "makePlan"}) {
            auto* button = plan.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
        // Enter on a task does not ask for a visit either.
        QSignalSpy asked(&plan, &VisitPlanPanel::recordVisitRequested);
        plan.requestVisit();
        QCOMPARE(asked.size(), 0);

        CaseBoardPanel board(db());
        board.setToday(Today);
        board.setGrid(0, 0);
        QVERIFY(!board.casesIn(CaseState::Received).isEmpty() ||
                !board.casesIn(CaseState::InProgress).isEmpty());
        for (const char* name : {"receiveCase", "actOnCase"}) {
            auto* button = board.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
        board.actOnCase();
        QVERIFY(!board.findChild<CaseActionDialog*>());
        // The findings are read; the secretary's export is core's decision.
        FindingsPanel findings(db());
        findings.setToday(Today);
        findings.setGrid(0, 0);
        QVERIFY(!findings.shown().isEmpty());
    }
};

QTEST_MAIN(TestGridwork)
#include "tst_gridwork.moc"
