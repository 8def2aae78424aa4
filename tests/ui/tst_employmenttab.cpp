// The 帮扶 page's 就业 and 就业核查 tabs on hand-built people (issue 19): a job recorded from the keyboard
// through the tab's dialog appears in the list and Enter opens the household; labour export with no
// province is refused at its field and nothing is saved; a point-to-point batch typed by ID numbers, refused
// for a person of another site (marked in the list, nothing saved), then saved in one call; the findings
// tab naming an idle person, Enter opening the household, and a recorded reason taking them off the list;
// the secretary's refusal.
#include "../core/WorkFixtures.h"
#include "TestDatabase.h"

#include "access/Permissions.h"
#include "support/SupportPage.h"
#include "widgets/FieldError.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonSearchBox.h"
#include "work/EmploymentModel.h"
#include "work/EmploymentRepository.h"
#include "work/EmploymentTab.h"
#include "work/JobDialog.h"
#include "work/JobEndDialog.h"
#include "work/TransportBatchDialog.h"
#include "work/WishAbsenceDialog.h"
#include "work/WorkFindingsTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Day(2026, 3, 2);

} // namespace

class TestEmploymentTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;

    Database& db() { return m_test->db(); }

    QString idNumberOf(qint64 personId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id_number FROM persons WHERE id = ?"));
        q.addBindValue(personId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int countRows(const char* table)
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    // Types text as the keyboard (and the input method, for Chinese) gives it: one key event per character
    // (QTest::keyClicks knows Latin-1 only).
    static void type(QWidget* widget, const QString& text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    // Types a search into a person box and presses Enter, as a clerk does.
    static void find(PersonSearchBox* box, const QString& text)
    {
        box->searchField()->setFocus();
        type(box->searchField(), text);
        QTest::keyClick(box->searchField(), Qt::Key_Return);
    }

    // The dialog's part of recordsAJobFromTheKeyboard (QVERIFY returns from here, and the caller closes it).
    void fillJobDialog(JobDialog* dialog, qint64 person)
    {
        find(dialog->personBox(), QStringLiteral("张务工"));
        QCOMPARE(dialog->personBox()->personId(), person);
        dialog->channelBox()->setCurrentIndex(
            dialog->channelBox()->findData(int(work::Channel::LabourExport)));
        QVERIFY(dialog->isFieldShown(dialog->provinceEdit()));
        QVERIFY(!dialog->isFieldShown(dialog->workshopBox()));
        QVERIFY(!dialog->isFieldShown(dialog->postBox()));
        dialog->incomeEdit()->selectAll();
        QTest::keyClicks(dialog->incomeEdit(), QStringLiteral("4200"));
        type(dialog->employerEdit(), QStringLiteral("东莞某电子厂"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(FieldError::isShown(dialog->provinceEdit()));
        QVERIFY(!FieldError::isShown(dialog->personBox()));
        QCOMPARE(countRows("employments"), 0);

        type(dialog->provinceEdit(), QStringLiteral("广东"));
        type(dialog->cityEdit(), QStringLiteral("东莞"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_test->logInAs(Role::Clerk);
    }
    void cleanup() { m_test.reset(); }

    void recordsAJobFromTheKeyboard()
    {
        WorkFixtures w(*m_test);
        w.household(0); // W001, empty: the person's household id is not theirs
        qint64 household = 0;
        const qint64 person = w.person(QStringLiteral("张务工"), QDate(1990, 4, 1), "ordinary", 0, "active",
                                       {}, false, 0, &household);
        QVERIFY(household != person);
        EmploymentTab tab(db());
        tab.resize(1366, 700);
        tab.setDay(Day);
        QCOMPARE(tab.model()->rowCount(), 0);

        // The tab's button opens the dialog; the clerk finds the person, picks labour export and leaves the
        // province empty: refused at the province, nothing saved, the dialog stays open.
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<JobDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fillJobDialog(dialog, person);
            checked = !QTest::currentTestFailed();
            if (dialog->isVisible()) // a check failed: do not leave the test waiting in exec()
                dialog->reject();
        });
        tab.recordJob();
        QVERIFY(checked);
        QCOMPARE(countRows("employments"), 1);

        // The list shows it at once, with the channel's destination and the income in yuan.
        QCOMPARE(tab.model()->rowCount(), 1);
        const auto cell = [&](EmploymentModel::Column c) {
            return tab.model()->index(0, int(c)).data().toString();
        };
        QCOMPARE(cell(EmploymentModel::Column::Name), QStringLiteral("张务工"));
        QCOMPARE(cell(EmploymentModel::Column::Channel), enumLabel(work::Channel::LabourExport));
        QCOMPARE(cell(EmploymentModel::Column::Destination), QStringLiteral("广东 东莞"));
        QCOMPARE(cell(EmploymentModel::Column::Income), QStringLiteral("4200.00"));
        QCOMPARE(cell(EmploymentModel::Column::Started), Day.toString(Qt::ISODate));
        QVERIFY(tab.countLabel()->text().contains(QLatin1Char('1')));
        // The day before it began, it does not hold; the search by household number finds it again.
        tab.setDay(Day.addDays(-1));
        QCOMPARE(tab.model()->rowCount(), 0);
        tab.holdingBox()->setChecked(false);
        QTest::keyClicks(tab.searchEdit(), QStringLiteral("W002"));
        QTest::keyClick(tab.searchEdit(), Qt::Key_Return);
        QCOMPARE(tab.model()->rowCount(), 1);

        // Enter on the row asks for the person's household.
        QSignalSpy opened(&tab, &EmploymentTab::householdRequested);
        tab.view()->setFocus();
        tab.view()->setCurrentIndex(tab.model()->index(0, 0));
        QTest::keyClick(tab.view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), household);
    }

    void aBatchTypedByIdNumbers()
    {
        WorkFixtures w(*m_test);
        const qint64 siteB = w.site(QStringLiteral("430524002"), QStringLiteral("第二安置点"));
        const qint64 a = w.person(QStringLiteral("甲输出"), QDate(1991, 1, 1), "ordinary");
        const qint64 b = w.person(QStringLiteral("乙输出"), QDate(1992, 2, 2), "weak");
        const qint64 other = w.person(QStringLiteral("丙外点"), QDate(1993, 3, 3), "ordinary", siteB);

        TransportBatchDialog dialog(db(), Day, m_test->siteId());
        type(dialog.provinceEdit(), QStringLiteral("浙江"));
        type(dialog.cityEdit(), QStringLiteral("义乌"));
        type(dialog.transportEdit(), QStringLiteral("包车"));
        // One ID number, Enter, the next: each found exactly is added at once.
        for (qint64 person : {a, b, other})
            find(dialog.personBox(), idNumberOf(person));
        QCOMPARE(dialog.personIds(), (QList<qint64>{a, b, other}));
        QVERIFY(dialog.personBox()->searchField()->text().isEmpty());
        // Typed twice: listed once.
        find(dialog.personBox(), idNumberOf(a));
        QCOMPARE(dialog.peopleList()->count(), 3);

        // The person of another site is refused by name, marked in the list; nothing is written.
        QSignalSpy saved(&dialog, &TransportBatchDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 0);
        QVERIFY(FieldError::isShown(dialog.peopleList()));
        QVERIFY(!dialog.peopleList()->item(0)->toolTip().contains(QStringLiteral("甲输出")));
        QVERIFY2(dialog.peopleList()->item(2)->toolTip().contains(QStringLiteral("丙外点")),
                 qPrintable(dialog.peopleList()->item(2)->toolTip()));
        QCOMPARE(countRows("work_transport_batches"), 0);
        QCOMPARE(countRows("employments"), 0);

        // Delete takes the person off the list; the batch and two labour-export jobs are saved together.
        dialog.peopleList()->setFocus();
        dialog.peopleList()->setCurrentRow(2);
        QTest::keyClick(dialog.peopleList(), Qt::Key_Delete);
        QCOMPARE(dialog.personIds(), (QList<qint64>{a, b}));
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(countRows("work_transport_batches"), 1);
        QCOMPARE(countRows("employments"), 2);

        EmploymentTab tab(db());
        tab.setDay(Day);
        tab.channelFilter()->setCurrentIndex(tab.channelFilter()->findData(int(work::Channel::LabourExport)));
        QCOMPARE(tab.model()->rowCount(), 2);
        QCOMPARE(tab.model()->index(0, int(EmploymentModel::Column::Destination)).data().toString(),
                 QStringLiteral("浙江 义乌"));
        tab.channelFilter()->setCurrentIndex(tab.channelFilter()->findData(int(work::Channel::Workshop)));
        QCOMPARE(tab.model()->rowCount(), 0);
    }

    void findingsNameTheIdleAndOpenTheHousehold()
    {
        WorkFixtures w(*m_test);
        w.household(0); // the idle person's household id is not theirs
        qint64 household = 0;
        const qint64 idle = w.person(QStringLiteral("李闲置"), QDate(1985, 5, 5), "ordinary", 0, "active", {},
                                     false, 0, &household);
        const qint64 working = w.person(QStringLiteral("赵在岗"), QDate(1986, 6, 6), "ordinary");
        w.job(working, "flexible", QDate(2025, 1, 1));
        const qint64 wisher = w.person(QStringLiteral("王想学"), QDate(1995, 1, 1), "skilled");
        w.job(wisher, "flexible", QDate(2025, 1, 1));
        w.wish(wisher, "training", Day.addDays(-120), {}, QStringLiteral("电工"));

        QVERIFY(household != idle);
        WorkFindingsTab tab(db());
        tab.resize(1366, 700);
        tab.setDay(Day);
        QVERIFY(tab.findings());
        QCOMPARE(tab.idleTable()->model()->rowCount(), 1);
        QCOMPARE(tab.idleTable()->model()->index(0, 0).data().toString(), QStringLiteral("李闲置"));
        QCOMPARE(tab.trainingTable()->model()->rowCount(), 1);
        QCOMPARE(tab.trainingTable()->model()->index(0, 0).data().toString(), QStringLiteral("王想学"));
        QCOMPARE(tab.trainingTable()->model()->index(0, 3).data().toString(), QStringLiteral("电工"));
        QCOMPARE(tab.postTable()->model()->rowCount(), 0);
        // Each list's count in its tab.
        QVERIFY(tab.lists()->tabText(2).contains(QLatin1Char('1')));
        QVERIFY(tab.lists()->tabText(1).contains(QLatin1Char('0')));

        QSignalSpy opened(&tab, &WorkFindingsTab::householdRequested);
        tab.idleTable()->setFocus();
        tab.idleTable()->setCurrentIndex(tab.idleTable()->model()->index(0, 0));
        QTest::keyClick(tab.idleTable(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), household);

        // A reason recorded for him (caring for family, from the month before) takes him off the list.
        WishAbsenceDialog reason(db(), WishAbsenceDialog::Mode::Absence, Day.addMonths(-1));
        find(reason.personBox(), QStringLiteral("李闲置"));
        QCOMPARE(reason.personBox()->personId(), idle);
        reason.kindBox()->setCurrentIndex(reason.kindBox()->findData(int(work::AbsenceReason::Caring)));
        QSignalSpy saved(&reason, &WishAbsenceDialog::saved);
        reason.accept();
        QCOMPARE(saved.size(), 1);
        tab.refresh();
        QCOMPARE(tab.idleTable()->model()->rowCount(), 0);
    }

    // Ending a job: a day before it began is refused at the day; "No" to the question leaves it; "Yes" ends
    // it, and it no longer holds on that day.
    void endsAJobAfterAsking()
    {
        WorkFixtures w(*m_test);
        const qint64 person = w.person(QStringLiteral("钱车间"), QDate(1980, 1, 1), "ordinary");
        w.job(person, "flexible", QDate(2025, 6, 1));
        EmploymentTab tab(db());
        tab.setDay(Day);
        QCOMPARE(tab.model()->rowCount(), 1);
        JobEndDialog dialog(db(), *tab.model()->rowAt(0), QDate(2025, 5, 1));
        dialog.reasonBox()->setCurrentText(QStringLiteral("返乡"));
        QSignalSpy saved(&dialog, &JobEndDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 0);
        QVERIFY(FieldError::isShown(dialog.dayEdit()));
        dialog.dayEdit()->setDate(Day);
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QCOMPARE(saved.size(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QCOMPARE(saved.size(), 1);
        tab.refresh();
        QCOMPARE(tab.model()->rowCount(), 0); // ended on the day: no longer employed that day
        tab.setDay(Day.addDays(-1));
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->index(0, int(EmploymentModel::Column::Ended)).data().toString(),
                 Day.toString(Qt::ISODate));
    }

    // The secretary reads no work: no work tab on the 帮扶 page and core's reason for it; a tab made anyway
    // lists nothing, says why, and its buttons are greyed with core's reason.
    void secretaryIsRefused()
    {
        m_test->logInAs(Role::Secretary);
        SupportPage page(db());
        addFollowUpTabs(page, db());
        QCOMPARE(page.tabs()->count(), 0);
        const Outcome refusal = Permissions::require(db(), Action::ReadWork);
        QVERIFY(!refusal.ok());
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("supportRefusal"))->text().contains(refusal.summary()));

        EmploymentTab tab(db());
        tab.show(); // the list is read when the tab is first shown
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(tab.countLabel()->text(), refusal.summary());
        auto* record = tab.findChild<QPushButton*>(QStringLiteral("employmentRecord"));
        QVERIFY(!record->isEnabled());
        QCOMPARE(record->toolTip(), Permissions::require(db(), Action::WriteWork).summary());
        WorkFindingsTab findings(db());
        findings.setDay(Day);
        QVERIFY(!findings.findings());
        QCOMPARE(findings.summaryLabel()->text(), refusal.summary());
    }

    // A clerk's 帮扶 page has the two work tabs after the income ones.
    void clerkHasTheWorkTabs()
    {
        SupportPage page(db());
        addFollowUpTabs(page, db());
        QVERIFY(page.findChild<EmploymentTab*>());
        QVERIFY(page.findChild<WorkFindingsTab*>());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("employmentRecord"))->isEnabled());
    }
};

QTEST_MAIN(TestEmploymentTab)
#include "tst_employmenttab.moc"
