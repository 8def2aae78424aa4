// The 帮扶 page's findings and safety-net tabs on hand-built households: the two lists of a month, Enter on a
// row asking for the household's form, a person of 应兜尽兜 enrolled from the tab through the dialog (a bad
// amount shown at its field first), the safety-net list with its totals, and a secretary's refusal.
#include "../core/SafetyNetFixtures.h"
#include "TestDatabase.h"

#include "income/FollowUpFindingsTab.h"
#include "income/SafetyNetChangeDialog.h"
#include "income/SafetyNetEnrolDialog.h"
#include "income/SafetyNetTab.h"
#include "widgets/FieldError.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate May(2024, 5, 1);
const QDate Today(2024, 7, 15);

} // namespace

class TestFollowUpFindingsTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_flagged = 0;
    QList<qint64> m_people;

    Database& db() { return m_test->db(); }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        SafetyNetFixtures f(*m_test);
        f.household({{QStringLiteral("李健康"), LabourCapacity::Ordinary}});
        m_flagged = f.household({{QStringLiteral("王大"), LabourCapacity::Ordinary},
                                 {QStringLiteral("王奶奶"), LabourCapacity::None}},
                                &m_people);
        f.check(m_flagged, May, 20000, 2);
    }
    void cleanup() { m_test.reset(); }

    void listsTheMonthAndOpensTheHousehold()
    {
        FollowUpFindingsTab tab(db());
        tab.resize(1366, 700);
        tab.setToday(Today);
        tab.setMonth(May);
        QCOMPARE(tab.intakeTable()->rowCount(), 1);
        QCOMPARE(tab.intakeTable()->item(0, 0)->text(), QStringLiteral("H002"));
        QCOMPARE(tab.intakeTable()->item(0, 1)->text(), QStringLiteral("王大"));
        QCOMPARE(tab.coverTable()->rowCount(), 1);
        QCOMPARE(tab.coverTable()->item(0, 0)->text(), QStringLiteral("王奶奶"));
        QVERIFY2(tab.summaryLabel()->text().contains(QStringLiteral("2024-05-31")),
                 qPrintable(tab.summaryLabel()->text()));

        QSignalSpy opened(&tab, &FollowUpFindingsTab::householdRequested);
        tab.intakeTable()->setFocus();
        tab.intakeTable()->setCurrentCell(0, 0);
        QTest::keyClick(tab.intakeTable(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), m_flagged);
        tab.coverTable()->setCurrentCell(0, 0);
        QTest::keyClick(tab.coverTable(), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toLongLong(), m_flagged);

        // April has no check: nothing flagged, no findings.
        tab.setMonth(May.addMonths(-1));
        QCOMPARE(tab.intakeTable()->rowCount(), 0);
        QCOMPARE(tab.coverTable()->rowCount(), 0);
    }

    void enrolFromTheDialogTakesThePersonOffTheList()
    {
        FollowUpFindingsTab tab(db());
        tab.setToday(Today);
        tab.setMonth(May);
        SafetyNetEnrolDialog dialog(db(), SafetyNetEnrolDialog::Mode::Enrol, QDate(2024, 1, 1));
        // Found by name through the person search, then a missing amount is refused at its field.
        dialog.searchEdit()->setText(QStringLiteral("王奶奶"));
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QCOMPARE(dialog.hits()->count(), 1);
        dialog.schemeBox()->setCurrentIndex(dialog.schemeBox()->findData(QStringLiteral("dibao")));
        QSignalSpy saved(&dialog, &SafetyNetEnrolDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 0);
        QVERIFY(FieldError::isShown(dialog.amountEdit()));
        dialog.amountEdit()->setValue(580);
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        tab.refresh();
        QCOMPARE(tab.coverTable()->rowCount(), 0);

        // The safety-net tab lists her on May 31 with the 低保 total.
        SafetyNetTab net(db());
        net.setDay(QDate(2024, 5, 31));
        QCOMPARE(net.enrolmentTable()->rowCount(), 1);
        QCOMPARE(net.enrolmentTable()->item(0, 0)->text(), QStringLiteral("王奶奶"));
        QVERIFY2(net.totalsLabel()->text().contains(QStringLiteral("1 people, 580.00 yuan a month")),
                 qPrintable(net.totalsLabel()->text()));

        // Ending it asks first; "No" leaves it as it was, "Yes" ends it and she is a finding again.
        SafetyNetChangeDialog end(db(), SafetyNetChangeDialog::Mode::End, net.rows().first(),
                                  QDate(2024, 5, 20));
        end.reasonEdit()->setText(QStringLiteral("收入超过低保标准"));
        MessageBox::setNextAnswer(QMessageBox::No);
        end.accept();
        net.refresh();
        QCOMPARE(net.enrolmentTable()->rowCount(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        end.accept();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        net.refresh();
        QCOMPARE(net.enrolmentTable()->rowCount(), 0);
        tab.refresh();
        QCOMPARE(tab.coverTable()->rowCount(), 1);
    }

    void aSecretarySeesTheRefusal()
    {
        m_test->logInAs(Role::Secretary);
        FollowUpFindingsTab tab(db());
        tab.setMonth(May);
        QCOMPARE(tab.intakeTable()->rowCount(), 0);
        QVERIFY2(tab.summaryLabel()->text().contains(QStringLiteral("may not")),
                 qPrintable(tab.summaryLabel()->text()));
    }
};

QTEST_MAIN(TestFollowUpFindingsTab)
#include "tst_followupfindingstab.moc"
