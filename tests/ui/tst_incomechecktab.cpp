// 收支核查 on both engines: a row typed from the keyboard and left with Enter is saved (read back from the
// database); Ctrl+D copies last month's row; undo puts the figures back (and saves them when the row was
// saved); text that is not an amount is refused in Chinese and an amount core refuses keeps the typed
// figures with core's reason, neither saved; the missing households are counted and listed alone; the
// secretary is refused with core's reason.
#include "TestDatabase.h"
#include "Translations.h"
#include "VisitFixtures.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeCheckService.h"
#include "income/IncomeCheckTab.h"
#include "income/IncomeImportDialog.h"
#include "income/IncomeRules.h"
#include "income/IncomeSheetModel.h"
#include "income/IncomeSheetView.h"
#include "support/SupportPage.h"
#include "widgets/FileDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace anju;
using namespace anju::income;
using namespace anju::test;

class TestIncomeCheckTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_first = 0;  // H-001 张一, with a check of last month
    qint64 m_second = 0; // H-002 李二
    qint64 m_third = 0;  // H-003 王三
    QDate m_month;       // the month typed: last month, so that today is a valid check day
    QDate m_today;

    Database& db() { return m_test->db(); }

    std::optional<IncomeCheck> stored(qint64 householdId, QDate month)
    {
        return IncomeCheckRepository(db()).checkOf(householdId, month);
    }
    // Types into the widget that has the focus (the cell's editor once typing opened it), as a clerk does.
    static void type(const QString& text)
    {
        for (const QChar c : text) {
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            QTest::keyClicks(focused, QString(c));
        }
    }
    static void enter()
    {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QTest::keyClick(focused, Qt::Key_Return);
        // The delegate commits and closes its editor in a queued call.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    static void shortcut(QWidget* widget, QKeyCombination keys)
    {
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : widget, keys.key(), keys.keyboardModifiers());
        QCoreApplication::processEvents();
    }
    // ANJU_SCREENSHOTS=DIR saves the tab as the clerk sees it.
    static void shoot(QWidget* widget, const QString& name)
    {
        if (const QString shots = qEnvironmentVariable("ANJU_SCREENSHOTS"); !shots.isEmpty())
            widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    std::unique_ptr<IncomeCheckTab> openTab()
    {
        auto tab = std::make_unique<IncomeCheckTab>(db());
        tab->resize(1300, 600);
        tab->setCheckDay(m_today);
        tab->show();
        if (!QTest::qWaitForWindowActive(tab.get()))
            qWarning("the tab's window is not active");
        tab->showSheet(m_test->siteId(), 0, m_month);
        tab->view()->setFocus();
        return tab;
    }
    int rowOf(IncomeCheckTab& tab, qint64 householdId) { return tab.model()->rowOfHousehold(householdId); }
    void goTo(IncomeCheckTab& tab, int row, int column)
    {
        tab.view()->setCurrentIndex(tab.view()->model()->index(row, column));
        tab.view()->setFocus();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_first = m_fix->household(QStringLiteral("H-001"), true, nullptr, QStringLiteral("张一"));
        m_second = m_fix->household(QStringLiteral("H-002"), true, nullptr, QStringLiteral("李二"));
        m_third = m_fix->household(QStringLiteral("H-003"), false, nullptr, QStringLiteral("王三"));
        m_today = QDate::currentDate();
        m_month = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        // Last month of the first household: 3000 yuan wages, 150 yuan transfers, one person.
        IncomeCheck last;
        last.householdId = m_first;
        last.month = m_month.addMonths(-1);
        last.checkedOn = m_month.addMonths(-1);
        last.headcount = 1;
        last.incomeWages = 300000;
        last.incomeTransfers = 15000;
        last.expenseMedical = 2000;
        const auto saved = IncomeCheckService(db()).save(last, 0, m_today);
        QVERIFY2(saved, qPrintable(saved.summary()));
    }

    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // The sheet lists the site's three households by number, last month beside the first, the missing
    // counted; "only missing" lists the households with no check of the month.
    void sheetListsTheHouseholdsWithLastMonthBeside()
    {
        const auto tab = openTab();
        QVERIFY2(tab->notice().isEmpty(), qPrintable(tab->notice()));
        IncomeSheetModel* model = tab->model();
        QCOMPARE(model->rowCount(), 3);
        const int first = rowOf(*tab, m_first);
        QCOMPARE(first, 0);
        QVERIFY(model->index(first, IncomeSheetModel::Household)
                    .data()
                    .toString()
                    .contains(QStringLiteral("张一")));
        QCOMPARE(
            model->index(first, IncomeSheetModel::Wages).data(IncomeSheetModel::LastMonthRole).toString(),
            QStringLiteral("3000.00"));
        QCOMPARE(model->index(first, IncomeSheetModel::Wages).data().toString(), QString()); // not typed yet
        QCOMPARE(model->missingCount(), 3);
        QVERIFY2(tab->missingText().contains(QStringLiteral("3")), qPrintable(tab->missingText()));
        shoot(tab.get(), QStringLiteral("incomecheck-sheet"));
    }

    // Enter moves through the editable cells and, after the last, to the next row, which saves the row.
    void typedRowIsSavedWhenEnterLeavesIt()
    {
        const auto tab = openTab();
        const int row = rowOf(*tab, m_second);
        goTo(*tab, row, IncomeSheetModel::Headcount);
        enter(); // headcount as it is (1), on to wages
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Wages));
        type(QStringLiteral("1234.5"));
        QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        enter();
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Business));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("1234.50"));
        type(QStringLiteral("200"));
        enter();
        // Still on the row: typed, not saved yet.
        QVERIFY(!stored(m_second, m_month));
        QVERIFY(tab->model()->isDirty(row));
        for (int column = IncomeSheetModel::Property; column <= IncomeSheetModel::Disaster; ++column)
            enter();
        type(QStringLiteral("80"));
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Other));
        enter(); // the row's last cell: on to the next row, and the row is saved
        QCOMPARE(tab->view()->currentIndex().row(), row + 1);
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Headcount));

        const std::optional<IncomeCheck> saved = stored(m_second, m_month);
        QVERIFY(saved);
        QCOMPARE(saved->incomeWages, Fen(123450));
        QCOMPARE(saved->incomeBusiness, Fen(20000));
        QCOMPARE(saved->incomeProperty, Fen(0));
        QCOMPARE(saved->expenseOther, Fen(8000));
        QCOMPARE(saved->headcount, 1);
        QCOMPARE(saved->checkedOn, m_today);
        QCOMPARE(saved->source, QStringLiteral("entry"));
        QVERIFY(!tab->model()->isDirty(row));
        QCOMPARE(tab->model()->missingCount(), 2);
        // (1234.50 + 200) × 12 / 1 person
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::PerCapita).data().toString(),
                 QStringLiteral("17214.00"));
        QVERIFY(tab->missingText().contains(QStringLiteral("2")));
    }

    // Ctrl+D puts last month's figures into this month's row; leaving the row saves them.
    void ctrlDCopiesLastMonth()
    {
        const auto tab = openTab();
        const int row = rowOf(*tab, m_first);
        goTo(*tab, row, IncomeSheetModel::Wages);
        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier, Qt::Key_D));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("3000.00"));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Transfers).data().toString(),
                 QStringLiteral("150.00"));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Medical).data().toString(),
                 QStringLiteral("20.00"));
        QVERIFY(!stored(m_first, m_month));
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        const std::optional<IncomeCheck> saved = stored(m_first, m_month);
        QVERIFY(saved);
        QCOMPARE(saved->incomeWages, Fen(300000));
        QCOMPARE(saved->incomeTransfers, Fen(15000));
        QCOMPARE(saved->expenseMedical, Fen(2000));
        QCOMPARE(saved->incomeBusiness, Fen(0));

        // A household with no check last month has nothing to copy, and says so.
        goTo(*tab, rowOf(*tab, m_second), IncomeSheetModel::Wages);
        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier, Qt::Key_D));
        QVERIFY(!tab->model()->isDirty(rowOf(*tab, m_second)));
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("incomeRowProblem"))
                    ->text()
                    .contains(QStringLiteral("上月")));
    }

    // Ctrl+Z takes back a typed cell before the row is saved (nothing saved), and after it was saved the
    // undo is saved in its turn; Ctrl+Shift+Z does it again.
    void undoRestores()
    {
        const auto tab = openTab();
        const int row = rowOf(*tab, m_second);
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("500"));
        enter();
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("500.00"));
        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier, Qt::Key_Z));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(), QString());
        QVERIFY(!tab->model()->isDirty(row));
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month)); // nothing left to save

        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z));
        // The redo is in a row the cursor is not on: saved at once.
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("500.00"));
        std::optional<IncomeCheck> saved = stored(m_second, m_month);
        QVERIFY(saved);
        QCOMPARE(saved->incomeWages, Fen(50000));

        // Typed again and saved by leaving the row; the undo puts back 500 and saves it.
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("650"));
        enter();
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QCOMPARE(stored(m_second, m_month)->incomeWages, Fen(65000));
        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier, Qt::Key_Z));
        saved = stored(m_second, m_month);
        QCOMPARE(saved->incomeWages, Fen(50000));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("500.00"));
    }

    // Text that is not an amount is refused as it is typed, in Chinese, and nothing is saved; an amount
    // core warns about is shown as a warning while typing; one core refuses stays on the row with the reason.
    void badValueWarnsAndIsNotSaved()
    {
        const auto tab = openTab();
        auto* problem = tab->findChild<QLabel*>(QStringLiteral("incomeRowProblem"));
        const int row = rowOf(*tab, m_second);
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("12a"));
        enter();
        QVERIFY2(problem->text().contains(QStringLiteral("不是")), qPrintable(problem->text()));
        QVERIFY(tab->model()
                    ->index(row, IncomeSheetModel::Notes)
                    .data()
                    .toString()
                    .contains(QStringLiteral("工资")));
        QVERIFY(!tab->model()->isDirty(row));
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month));

        // 20 万 yuan of wages in a month: possible, so a warning as it is typed; the row may be saved.
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("200000"));
        enter();
        // The warning is core's (IncomeRules), shown as it says it.
        IncomeCheck typed;
        typed.headcount = 1;
        typed.incomeWages = Fen(200000) * 100;
        QString expected;
        for (const RangeWarning& warning : IncomeRules::warnings(typed, IncomeSettings::defaults(), 1)) {
            if (warning.field == QLatin1String(Field::IncomeWages))
                expected = warning.message;
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
        QVERIFY(!stored(m_second, m_month)); // a warning saves nothing by itself
        QVERIFY(
            tab->model()->index(row, IncomeSheetModel::Wages).data(IncomeSheetModel::ProblemRole).toInt() >
            0);

        // 20 亿 yuan: core refuses it; the row keeps what was typed, says why, and nothing is stored.
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("2000000000"));
        enter();
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("2000000000.00"));
        QVERIFY(tab->model()->isDirty(row));
        const QString notes = tab->model()->index(row, IncomeSheetModel::Notes).data().toString();
        QVERIFY2(notes.contains(QStringLiteral("未保存")), qPrintable(notes));
        QCOMPARE(
            tab->model()->index(row, IncomeSheetModel::Notes).data(IncomeSheetModel::ProblemRole).toInt(), 2);
        QCOMPARE(tab->model()->missingCount(), 3);
    }

    // Text refused in one cell keeps the cursor there and the row unsaved, whatever else is typed on the
    // row: leaving it must not store the cell's old figure (0 on a household not checked yet) as typed.
    void refusedCellKeepsTheRowUnsaved()
    {
        const auto tab = openTab();
        const int row = rowOf(*tab, m_second);
        goTo(*tab, row, IncomeSheetModel::Business);
        type(QStringLiteral("12a"));
        enter();
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Business));
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("1000"));
        enter();
        QVERIFY(tab->model()->isDirty(row));
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month));
        const QString notes = tab->model()->index(row, IncomeSheetModel::Notes).data().toString();
        QVERIFY2(notes.contains(QStringLiteral("经营")), qPrintable(notes));
        QCOMPARE(tab->model()->index(row, IncomeSheetModel::Wages).data().toString(),
                 QStringLiteral("1000.00"));

        goTo(*tab, row, IncomeSheetModel::Business);
        type(QStringLiteral("300"));
        enter();
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        const std::optional<IncomeCheck> saved = stored(m_second, m_month);
        QVERIFY(saved);
        QCOMPARE(saved->incomeWages, Fen(100000));
        QCOMPARE(saved->incomeBusiness, Fen(30000));
    }

    // 0 people typed in the headcount cell is refused like a bad amount: the cursor stays, the row stays
    // unsaved and says why in Chinese (the grid used to take 0 and the service put the members on file back
    // in its place without a word).
    void zeroPeopleIsRefused()
    {
        const auto tab = openTab();
        const int row = rowOf(*tab, m_second);
        goTo(*tab, row, IncomeSheetModel::Wages);
        type(QStringLiteral("1000"));
        enter();
        goTo(*tab, row, IncomeSheetModel::Headcount);
        type(QStringLiteral("0"));
        enter();
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Headcount));
        QVERIFY(tab->model()
                    ->index(row, IncomeSheetModel::Headcount)
                    .data(IncomeSheetModel::RefusedInputRole)
                    .toBool());
        const QString notes = tab->model()->index(row, IncomeSheetModel::Notes).data().toString();
        QVERIFY2(notes.contains(QStringLiteral("0 人")), qPrintable(notes));
        auto* problem = tab->findChild<QLabel*>(QStringLiteral("incomeRowProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("0 人")), qPrintable(problem->text()));
        // Typed again where the cursor stayed, a real headcount takes the refusal back and moves on.
        type(QStringLiteral("3"));
        enter();
        QVERIFY(!tab->model()
                     ->index(row, IncomeSheetModel::Headcount)
                     .data(IncomeSheetModel::RefusedInputRole)
                     .toBool());
        QVERIFY(tab->view()->currentIndex().column() != int(IncomeSheetModel::Headcount));
        goTo(*tab, row, IncomeSheetModel::Headcount);
        type(QStringLiteral("0"));
        enter();
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month));

        // A negative number likewise; a real headcount takes the refusal back and the row is saved with it.
        goTo(*tab, row, IncomeSheetModel::Headcount);
        type(QStringLiteral("-2"));
        enter();
        QCOMPARE(tab->view()->currentIndex().column(), int(IncomeSheetModel::Headcount));
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        QVERIFY(!stored(m_second, m_month));
        goTo(*tab, row, IncomeSheetModel::Headcount);
        type(QStringLiteral("2"));
        enter();
        goTo(*tab, row + 1, IncomeSheetModel::Wages);
        const std::optional<IncomeCheck> saved = stored(m_second, m_month);
        QVERIFY(saved);
        QCOMPARE(saved->headcount, 2);
        QCOMPARE(saved->incomeWages, Fen(100000));
    }

    // The import opened from the tab offers the tab's month for a sheet without 月份, not last month: a
    // clerk who chose an earlier month to import it would import it as last month's.
    void importOffersTheTabsMonth()
    {
        const auto tab = openTab();
        const QDate shown = m_month.addMonths(-3);
        tab->showSheet(m_test->siteId(), 0, shown.addDays(9));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checks.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("户编号,工资性收入\nH-002,100\n").toUtf8());
        file.close();
        FileDialog::setNextAnswer(path);
        QDate offered;
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<IncomeImportDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QApplication::closeAllWindows();
                return;
            }
            QTRY_VERIFY(dialog->hasHeader());
            checked = dialog->wholeFileMonthBox()->isChecked();
            offered = dialog->monthEdit()->date();
            dialog->reject();
        });
        auto* import = tab->findChild<QPushButton*>(QStringLiteral("incomeImport"));
        QVERIFY(import);
        import->click();
        FileDialog::clearNextAnswer();
        QVERIFY(checked);
        QCOMPARE(offered, shown);
    }

    // "Only missing" lists the households with no check of the month; the count follows the saves.
    void onlyMissingListsTheUncheckedHouseholds()
    {
        const auto tab = openTab();
        goTo(*tab, rowOf(*tab, m_first), IncomeSheetModel::Wages);
        shortcut(tab->view(), QKeyCombination(Qt::ControlModifier, Qt::Key_D));
        goTo(*tab, rowOf(*tab, m_first) + 1, IncomeSheetModel::Wages);
        QVERIFY(stored(m_first, m_month));
        tab->findChild<QCheckBox*>(QStringLiteral("incomeOnlyMissing"))->setChecked(true);
        QCOMPARE(tab->view()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY(!tab->view()->model()->index(row, 0).data().toString().contains(QStringLiteral("张一")));
        QVERIFY(tab->missingText().contains(QStringLiteral("2")));
        tab->findChild<QCheckBox*>(QStringLiteral("incomeOnlyMissing"))->setChecked(false);
        QCOMPARE(tab->view()->model()->rowCount(), 3);
    }

    // The secretary reads no income checks: no tab on the 帮扶 page but core's refusal, and a tab made
    // anyway reads nothing and opens no editor.
    void secretaryIsRefused()
    {
        m_test->logInAs(Role::Secretary);
        SupportPage page(db());
        addFollowUpTabs(page, db());
        QCOMPARE(page.tabs()->count(), 0);
        const Outcome refusal = Permissions::require(db(), Action::ReadIncome);
        QVERIFY(!refusal.ok());
        // The page's refusal names every workflow it holds: the income checks' reason among them.
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("supportRefusal"))->text().contains(refusal.summary()));

        const auto tab = openTab();
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(!tab->notice().isEmpty());
        QVERIFY(tab->model()->isReadOnly());
        const auto* readOnly = tab->findChild<QLabel*>(QStringLiteral("incomeReadOnly"));
        QCOMPARE(readOnly->text(), Permissions::require(db(), Action::WriteIncome).summary());
    }

    // A clerk's and the manager's 帮扶 page has the income check tab.
    void clerkAndManagerHaveTheTab()
    {
        for (Role role : {Role::Clerk, Role::Manager}) {
            m_test->logInAs(role);
            SupportPage page(db());
            addFollowUpTabs(page, db());
            QVERIFY(page.tabs()->count() >= 1);
            QCOMPARE(page.tabs()->tabText(0), QStringLiteral("收支核查"));
            QVERIFY(page.findChild<IncomeCheckTab*>());
        }
    }
};

QTEST_MAIN(TestIncomeCheckTab)
#include "tst_incomechecktab.moc"
