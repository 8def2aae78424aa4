// The 监测户 tab: a household on notice, its lock line in the case panel, an approval on the notice's last
// day refused with core's reason shown in the dialog, the same decision taken from the keyboard the day
// after (confirmed), the next step overdue highlighted in the list, and a discovery whose household is found
// by search and whose flagged check is chosen from the household's own list; the panel lists each attempt
// of an elimination begun again.
#include "Refusal.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "VisitFixtures.h"

#include "income/IncomeSettings.h"
#include "income/MonitoringCasePanel.h"
#include "income/MonitoringDialog.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringService.h"
#include "income/MonitoringTab.h"
#include "widgets/HouseholdSearchBox.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace anju;
using namespace anju::income;
using namespace anju::test;

namespace {

const QDate Today(2025, 12, 31);

} // namespace

class TestMonitoringTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_case = 0;

    void pass(MonitoringStepKind step, QDate on)
    {
        MonitoringStepDecision d;
        d.caseId = m_case;
        d.step = step;
        d.date = on;
        const auto done = MonitoringService(m_test->db()).decide(d, Today);
        if (!done)
            qFatal("decide: %s", qPrintable(done.summary()));
    }

    // Presses the button with the keyboard: focus and space.
    static void press(QWidget* tab, const char* name)
    {
        auto* button = tab->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        qint64 person = 0;
        const qint64 household =
            m_fix->household(QStringLiteral("H1"), true, &person, QStringLiteral("王桂兰"));
        MonitoringDiscovery d;
        d.householdId = household;
        d.category = MonitoringCategory::MarginalAtRisk;
        d.discovery = DiscoverySource::SelfReport;
        d.discoveredOn = QDate(2025, 3, 1);
        const auto c = MonitoringService(m_test->db()).discover(d, Today);
        QVERIFY2(c, qPrintable(c.summary()));
        m_case = c.value().id;
        pass(MonitoringStepKind::HomeCheck, QDate(2025, 3, 3));
        pass(MonitoringStepKind::VillageReview, QDate(2025, 3, 8));
        QVERIFY(
            MonitoringService(m_test->db()).setNotice(m_case, QDate(2025, 3, 9), QDate(2025, 3, 13), Today));
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_fix.reset();
        m_test.reset();
    }

    void earlyApprovalShowsCoresReasonThenTheDecisionFromTheKeyboard()
    {
        MonitoringTab tab(m_test->db());
        tab.resize(1366, 700);
        tab.show();
        tab.setToday(QDate(2025, 3, 13));
        QCOMPARE(tab.rowCount(), 1);
        tab.selectCase(m_case);
        QCOMPARE(tab.currentCaseId(), m_case);
        auto* panel = tab.findChild<MonitoringCasePanel*>();
        QCOMPARE(panel->noticeLine(),
                 QStringLiteral("Notice open until 2025-03-13; approval locked until 2025-03-14."));
        QVERIFY(panel->toPlainText().contains(QStringLiteral("王桂兰")));

        // On the notice's last day the dialog's date is that day: Enter is refused with core's reason.
        bool refusedShown = false;
        tab.prepare = [&](MonitoringDialog* dialog) {
            dialog->show();
            QCOMPARE(dialog->mode(), MonitoringDialog::Mode::Decide);
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("monitoringDate"));
            QCOMPARE(date->date(), QDate(2025, 3, 13));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            const QString asked = MessageBox::lastText();
            date->setFocus();
            QTest::keyClick(date, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QCOMPARE(MessageBox::lastText(), asked); // refused before the confirmation
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("monitoringDateError"));
            QVERIFY(error);
            QVERIFY2(error->text().contains(QStringLiteral("The notice runs until 2025-03-13")),
                     qPrintable(error->text()));
            refusedShown = true;
            dialog->reject();
        };
        press(&tab, "monitoringDecide");
        QVERIFY(refusedShown);
        QCOMPARE(MonitoringRepository(m_test->db()).load(m_case)->steps.size(), 3);

        // The day after, the same keys record the approval (confirmed first); the list moves on.
        tab.setToday(QDate(2025, 3, 14));
        tab.selectCase(m_case);
        bool decided = false;
        tab.prepare = [&](MonitoringDialog* dialog) {
            dialog->show();
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("monitoringDate"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            date->setFocus();
            QTest::keyClick(date, Qt::Key_Return);
            decided = dialog->result() == QDialog::Accepted;
            QVERIFY2(decided,
                     qPrintable(dialog->findChild<QLabel*>(QStringLiteral("monitoringRefusal"))->text()));
        };
        press(&tab, "monitoringDecide");
        QVERIFY(decided);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("2025-03-14")));
        const MonitoringCase after = *MonitoringRepository(m_test->db()).load(m_case);
        QCOMPARE(after.steps.size(), 4);
        QVERIFY(after.steps.at(2).passed());
        QCOMPARE(after.steps.at(2).decidedOn, QDate(2025, 3, 14));
        QVERIFY(panelNoLock(panel));

        // The township review (7 days from 14 March) is overdue on the 22nd: highlighted.
        QVERIFY(!tab.isOverdueRow(0));
        tab.setToday(QDate(2025, 3, 22));
        QVERIFY(tab.isOverdueRow(0));
    }

    void aDeclineNeedsItsReason()
    {
        MonitoringTab tab(m_test->db());
        tab.show();
        tab.setToday(QDate(2025, 3, 10));
        tab.selectCase(m_case);
        bool checked = false;
        tab.prepare = [&](MonitoringDialog* dialog) {
            dialog->show();
            const Outcome bad = dialog->validate();
            QVERIFY_REFUSED(bad, QStringLiteral("Enter why the household is not taken in"));
            checked = true;
            dialog->reject();
        };
        press(&tab, "monitoringDecline");
        QVERIFY(checked);
    }

    void discoveryFindsTheHouseholdAndChoosesItsFlaggedCheck()
    {
        qint64 person = 0;
        const qint64 household =
            m_fix->household(QStringLiteral("H2"), true, &person, QStringLiteral("欧阳春花"));
        // June: 400 yuan for one person → 4,800 a year, below the 6,000 line.
        const qint64 june = m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-06-01', '2025-06-20', 1, 40000)"),
            {household});
        MonitoringDialog dialog(m_test->db(), MonitoringDialog::Mode::Discover, {}, Today);
        dialog.show();
        QVERIFY_REFUSED(dialog.validate(), QStringLiteral("Household: find it by name"));

        auto* box = dialog.findChild<HouseholdSearchBox*>();
        QVERIFY(box);
        box->searchField()->setFocus();
        box->searchField()->setText(QStringLiteral("欧阳春")); // keyClicks types ASCII only
        QTest::keyClick(box->searchField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter searched; it did not submit the form
        QCOMPARE(box->households()->count(), 1);
        QCOMPARE(box->householdId(), household);

        auto* source = dialog.findChild<QComboBox*>(QStringLiteral("monitoringSource"));
        auto* record = dialog.findChild<QComboBox*>(QStringLiteral("monitoringRecord"));
        QVERIFY(source && record);
        source->setCurrentIndex(source->findData(int(DiscoverySource::Visit)));
        QCOMPARE(record->count(), 0);
        QVERIFY_REFUSED(dialog.validate(), QStringLiteral("Visit: no visit of this household is recorded"));
        source->setCurrentIndex(source->findData(int(DiscoverySource::IncomeFlag)));
        QCOMPARE(record->count(), 1);
        QVERIFY(record->itemText(0).contains(QStringLiteral("2025-06")));
        QCOMPARE(record->currentIndex(), -1);
        QVERIFY_REFUSED(dialog.validate(), QStringLiteral("Flagged check: choose the income check"));

        record->setFocus();
        QTest::keyClick(record, Qt::Key_Down);
        QCOMPARE(record->currentData().toLongLong(), june);
        auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("monitoringDate"));
        date->setDate(QDate(2025, 6, 25));
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY2(dialog.result() == QDialog::Accepted,
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("monitoringRefusal"))->text()));
        const MonitoringCase c = *MonitoringRepository(m_test->db()).load(dialog.caseId());
        QCOMPARE(c.householdId, household);
        QCOMPARE(c.discovery, DiscoverySource::IncomeFlag);
        QCOMPARE(c.incomeCheckId, june);
    }

    // An elimination rejected and begun again: the panel lists both attempts' home checks, each with its
    // attempt; a case with one attempt shows no attempt column.
    void thePanelShowsEachAttempt()
    {
        MonitoringCasePanel panel;
        MonitoringCase c = MonitoringRepository(m_test->db()).load(m_case).value();
        const IncomeSettings settings = IncomeSettings::load(m_test->db());
        panel.showCase(c, settings, Today);
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("No. 1")));
        MonitoringStep first;
        first.phase = MonitoringPhase::Elimination;
        first.startedOn = QDate(2025, 6, 1);
        first.decidedOn = QDate(2025, 6, 2);
        first.decision = StepDecision::Rejected;
        first.note = QStringLiteral("收入仍不稳定");
        MonitoringStep second = first;
        second.attempt = 2;
        second.startedOn = QDate(2025, 9, 1);
        second.decidedOn = QDate();
        second.decision.reset();
        second.note.clear();
        c.steps += {first, second};
        panel.showCase(c, settings, Today);
        const QString text = panel.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("No. 1")) && text.contains(QStringLiteral("No. 2")),
                 qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("2025-06-02")) < text.indexOf(QStringLiteral("2025-09-01")));
        QVERIFY(text.contains(QStringLiteral("收入仍不稳定")));
    }

    // At 1366 pixels (the tab gets about 1250 beside the navigation) the list shows its seven columns
    // without scrolling sideways, each wide enough for its header, in Chinese; every cell's tooltip holds
    // its whole text. The step and the deadline were scrolled out of sight.
    void listFitsA1366PixelScreen()
    {
        // Last of the tests: the Chinese translation stays installed.
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        {
            MonitoringTab tab(m_test->db());
            tab.resize(1250, 700);
            tab.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            tab.setToday(QDate(2025, 3, 20));
            auto* list = tab.findChild<QTableWidget*>(QStringLiteral("monitoringList"));
            QVERIFY(list);
            QCoreApplication::processEvents();
            QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
            QVERIFY2(list->horizontalHeader()->length() <= list->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(list->horizontalHeader()->length())
                                    .arg(list->viewport()->width())));
            const QFontMetrics metrics = list->horizontalHeader()->fontMetrics();
            for (int column = 0; column < list->columnCount(); ++column) {
                const QString header = list->horizontalHeaderItem(column)->text();
                QVERIFY2(list->columnWidth(column) > metrics.horizontalAdvance(header), qPrintable(header));
                const QTableWidgetItem* item = list->item(0, column);
                QVERIFY(item);
                QVERIFY2(item->toolTip().startsWith(item->text()), qPrintable(item->toolTip()));
            }
            QCOMPARE(list->item(0, 2)->text(), QStringLiteral("边缘易致贫户"));
        }
    }

private:
    static bool panelNoLock(const MonitoringCasePanel* panel) { return panel->noticeLine().isEmpty(); }
};

QTEST_MAIN(TestMonitoringTab)
#include "tst_monitoringtab.moc"
