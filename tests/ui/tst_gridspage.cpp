// The 网格 page on the demo data: the tree lists every grid with its households and staff, the building
// plan flags a must-visit household and opens it, staff are added and handed over through the dialogs
// (one bad input refused at its field), and the secretary reads without the means to write.
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "demo/DemoGenerator.h"
#include "grids/EndStaffDialog.h"
#include "grids/GridPlanView.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "grids/GridTreeModel.h"
#include "grids/GridsPage.h"
#include "grids/HandoverDialog.h"
#include "grids/StaffDialog.h"
#include "grids/StaffPanel.h"
#include "grids/StaffPersonBox.h"
#include "widgets/FieldError.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace anju;

namespace {
const QDate Day(2026, 11, 1); // the demo's "today"
} // namespace

class TestGridsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;

    Database& db() { return m_test->db(); }

    std::unique_ptr<GridsPage> page()
    {
        auto p = std::make_unique<GridsPage>(db());
        p->setDay(Day);
        p->resize(1200, 700);
        p->show();
        return p;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The staff count the tree shows for a grid.
    int treeStaff(GridsPage& p, qint64 gridId)
    {
        return p.treeModel()->indexOfGrid(gridId).siblingAtColumn(GridTreeModel::Staff).data().toInt();
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::Empty);
        demo::DemoOptions options;
        options.households = 60;
        QVERIFY2(demo::DemoGenerator(db()).generate(options), "demo data");
    }

    void init()
    {
        m_test->logInAs(Role::Clerk);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void treeShowsTheDemoGridsWithCounts()
    {
        auto p = page();
        GridTreeModel* model = p->treeModel();
        const qint64 grids = scalar(QStringLiteral("SELECT COUNT(*) FROM grids WHERE valid_from <= ?"
                                                   " AND (valid_to IS NULL OR valid_to > ?)"),
                                    {sqlDate(Day), sqlDate(Day)});
        QVERIFY(grids > 0);
        QCOMPARE(model->gridCount(), int(grids));
        // Every active household of the demo is in one grid: the sites' figures add up to them all.
        int households = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            households += model->index(row, GridTreeModel::Households).data().toInt();
        QCOMPARE(households,
                 int(scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"))));
        // A grid's staff as the repository counts them on the day.
        const qint64 chosen = p->currentGridId();
        QVERIFY(chosen > 0);
        QCOMPARE(treeStaff(*p, chosen), int(grids::GridRepository(db()).staff(chosen, Day).value().size()));
        QVERIFY(treeStaff(*p, chosen) > 0);

        // The filter keeps the grid whose code is typed, with its site, and the keyboard walks the tree.
        const QString code = grids::GridRepository(db()).grid(chosen)->code;
        QTest::keyClicks(p->filterEdit(), code);
        QCOMPARE(p->tree()->model()->rowCount(), 1);
        QCOMPARE(p->tree()->model()->rowCount(p->tree()->model()->index(0, 0)), 1);
        p->filterEdit()->clear();
        // A site's name keeps all its grids.
        const QModelIndex firstSite = model->index(0, GridTreeModel::Name);
        p->filterEdit()->setText(firstSite.data().toString());
        QVERIFY(p->tree()->model()->rowCount() >= 1);
        QCOMPARE(p->tree()->model()->rowCount(p->tree()->model()->index(0, 0)), model->rowCount(firstSite));
        p->filterEdit()->clear();
        p->tree()->setFocus();
        const qint64 before = p->currentGridId();
        QSignalSpy changed(p.get(), &GridsPage::gridChanged);
        QTest::keyClick(p->tree(), Qt::Key_Down);
        if (model->gridCount() > 1) {
            QCOMPARE(changed.size(), 1);
            QVERIFY(p->currentGridId() != before);
        }
    }

    void planFlagsAMustVisitHouseholdAndOpensIt()
    {
        auto p = page();
        const qint64 gridId = p->currentGridId();
        // An elderly resident living alone in the first household of the grid's plan.
        const auto rows = grids::GridRepository(db()).plan(gridId, Day);
        QVERIFY(!rows.value().isEmpty());
        const qint64 householdId = rows.value().first().householdId;
        const qint64 personId =
            scalar(QStringLiteral("SELECT MIN(id) FROM persons WHERE household_id = ? AND state = 'active'"),
                   {householdId});
        m_test->logInAs(Role::Admin);
        grids::PersonCare care;
        care.personId = personId;
        care.category = grids::CareCategory::ElderlyAlone;
        care.validFrom = Day.addDays(-10);
        const auto added = grids::GridService(db()).addCare(care);
        QVERIFY2(added || added.summary().contains(QStringLiteral("already")), qPrintable(added.summary()));
        m_test->logInAs(Role::Clerk);
        p->refresh();

        QTableWidget* cellTable = nullptr;
        QTableWidgetItem* cell = nullptr;
        for (QTableWidget* table : p->planView()->buildingTables())
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->item(r, c) &&
                        table->item(r, c)->data(GridPlanView::HouseholdIdRole).toLongLong() == householdId) {
                        cellTable = table;
                        cell = table->item(r, c);
                    }
        QVERIFY(cell);
        QVERIFY2(cell->text().contains(QStringLiteral("★")), qPrintable(cell->text()));
        QVERIFY(cell->toolTip().contains(enumLabel(grids::CareCategory::ElderlyAlone)));
        QVERIFY(p->planView()->plan().counts.mustVisit >= 1);
        QVERIFY(p->findChild<QLabel*>(QStringLiteral("planCounts"))
                    ->text()
                    .contains(QString::number(p->planView()->plan().counts.households)));

        QSignalSpy open(p.get(), &GridsPage::openHouseholdRequested);
        cellTable->setFocus();
        cellTable->setCurrentItem(cell);
        QTest::keyClick(cellTable, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), householdId);
    }

    void addStaffThroughTheDialog()
    {
        m_test->logInAs(Role::Manager); // naming staff is the 负责人's
        auto p = page();
        const qint64 gridId = p->currentGridId();
        const int before = treeStaff(*p, gridId);
        p->tabs()->setCurrentWidget(p->staffPanel());
        auto* add = p->staffPanel()->findChild<QPushButton*>(QStringLiteral("addStaff"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        auto* dialog = p->staffPanel()->findChild<StaffDialog*>();
        QVERIFY(dialog);
        dialog->personBox()->findChild<QRadioButton*>(QStringLiteral("staffCadre"))->setChecked(true);

        // No name: refused at the field, the dialog stays.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(FieldError::isShown(dialog->personBox()));

        dialog->personBox()->cadreName()->insert(QStringLiteral("赵干部"));
        dialog->accept();
        QVERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);
        QCOMPARE(treeStaff(*p, gridId), before + 1);
        bool shown = false;
        for (const grids::StaffMember& s : p->staffPanel()->staff())
            shown = shown || s.name == QStringLiteral("赵干部");
        QVERIFY(shown);
        QCOMPARE(
            p->staffPanel()->table()->item(p->staffPanel()->table()->currentRow(), StaffPanel::Name)->text(),
            QStringLiteral("赵干部"));
    }

    void handOverThroughTheDialog()
    {
        m_test->logInAs(Role::Manager); // handing a worker's households over is the 负责人's
        auto p = page();
        const qint64 gridId = p->currentGridId();
        // A worker with households paired and open tasks (the demo's first worker of the grid).
        const QList<grids::StaffMember> serving = p->staffPanel()->staff();
        qint64 workerId = 0;
        QString workerName;
        for (const grids::StaffMember& s : serving)
            if (s.role == grids::StaffRole::GridWorker && workerId == 0) {
                workerId = s.id;
                workerName = s.name;
            }
        QVERIFY(workerId > 0);
        const qint64 pairings =
            scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE staff_id = ? AND valid_to IS NULL"),
                   {workerId});
        p->staffPanel()->selectStaff(workerId);
        HandoverDialog* dialog = p->staffPanel()->handOver();
        QVERIFY(dialog);
        QVERIFY2(dialog->loadLabel()->text().contains(QString::number(pairings)),
                 qPrintable(dialog->loadLabel()->text()));
        dialog->newcomerChoice()->setChecked(true);
        // Enter in the resident search searches, and only that: it reached the dialog, which pressed 移交
        // with the first hit chosen before the user had looked at the list.
        dialog->reasonEdit()->setText(QStringLiteral("调岗"));
        const QString askedEarlier = MessageBox::lastText();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->newcomer()->searchField()->setText(workerName.left(1));
        QTest::keyClick(dialog->newcomer()->searchField(), Qt::Key_Return);
        QVERIFY(dialog->newcomer()->people()->count() > 0);
        QCOMPARE(MessageBox::lastText(), askedEarlier);
        QVERIFY(dialog->QDialog::result() != QDialog::Accepted);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE id = ? AND valid_to IS NULL"),
                        {workerId}),
                 1);
        dialog->reasonEdit()->clear();
        dialog->newcomer()->findChild<QRadioButton*>(QStringLiteral("staffCadre"))->setChecked(true);
        dialog->newcomer()->cadreName()->insert(QStringLiteral("钱干部"));
        // No reason: core's refusal beside the field, before any question is asked.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const QString askedBefore = MessageBox::lastText();
        dialog->accept();
        QCOMPARE(MessageBox::lastText(), askedBefore);
        QVERIFY(FieldError::isShown(dialog->reasonEdit()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE id = ? AND valid_to IS NULL"),
                        {workerId}),
                 1);
        dialog->reasonEdit()->insert(QStringLiteral("调岗"));
        // Asked once more, naming who takes over and what moves, and "No" writes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog->accept();
        QVERIFY2(MessageBox::lastText().contains(workerName), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("钱干部")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE id = ? AND valid_to IS NULL"),
                        {workerId}),
                 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->accept();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE id = ? AND valid_to IS NULL"),
                        {workerId}),
                 0);
        const qint64 successor =
            scalar(QStringLiteral("SELECT id FROM grid_staff WHERE grid_id = ? AND cadre_name = ?"),
                   {gridId, QStringLiteral("钱干部")});
        QVERIFY(successor > 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE staff_id = ? AND valid_to IS NULL"),
                   {successor}),
            pairings);
        // The staff tab follows: the worker's service ended on the day, the successor serves.
        bool workerShown = false, successorShown = false;
        for (const grids::StaffMember& s : p->staffPanel()->staff()) {
            workerShown = workerShown || s.id == workerId;
            successorShown = successorShown || s.id == successor;
        }
        QVERIFY(!workerShown);
        QVERIFY(successorShown);
    }

    void secretaryReadsButCannotWrite()
    {
        m_test->logInAs(Role::Secretary);
        auto p = page();
        QVERIFY(p->treeModel()->gridCount() > 0);
        QVERIFY(!p->planView()->plan().cells.isEmpty());
        QVERIFY(p->findChild<QLabel*>(QStringLiteral("gridsReadOnlyNote")));
        for (const char* name : {"addStaff", "endStaff", "handOverStaff"}) {
            auto* button = p->staffPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY(button);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
        QVERIFY(!p->staffPanel()->addStaff());
        QVERIFY(!p->staffPanel()->handOver());
        // The clerk (the grid worker) records visits and cases but does not name staff or hand work over:
        // the staff buttons are greyed with the reason; the manager sees them enabled, so the greying is
        // the role's, not the page's.
        m_test->logInAs(Role::Clerk);
        auto clerk = page();
        QVERIFY(!clerk->findChild<QLabel*>(QStringLiteral("gridsReadOnlyNote")));
        for (const char* name : {"addStaff", "endStaff", "handOverStaff", "handOverPairings"}) {
            auto* button = clerk->staffPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(QStringLiteral("hand a worker's households over")),
                     qPrintable(button->toolTip()));
        }
        QVERIFY(!clerk->staffPanel()->handOver());
        m_test->logInAs(Role::Manager);
        auto manager = page();
        QVERIFY(manager->staffPanel()->findChild<QPushButton*>(QStringLiteral("addStaff"))->isEnabled());
    }
};

QTEST_MAIN(TestGridsPage)
#include "tst_gridspage.moc"
