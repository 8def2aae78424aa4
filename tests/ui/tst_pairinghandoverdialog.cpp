// 结对移交 from the 网格 page's staff tab, keyboard only: a party member's pairings go to the grid leader
// with their open visit tasks, after a successor who already pairs one of the households is refused in the
// dialog.
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/SqlValues.h"
#include "grids/GridsPage.h"
#include "grids/PairingHandoverDialog.h"
#include "grids/StaffPanel.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Day(2024, 6, 1);

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, key, modifiers);
}

} // namespace

class TestPairingHandoverDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_zhang = 0, m_zhao = 0;
    qint64 m_h1 = 0, m_h2 = 0, m_h3 = 0, m_task1 = 0;

    Database& db() { return m_test->db(); }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 member(const QString& name)
    {
        return m_fix->insert(
            QStringLiteral("INSERT INTO party_members (origin, cadre_name, stage, stage_date)"
                           " VALUES ('outside_cadre', ?, 'full', '2010-07-01')"),
            {name});
    }
    void pair(qint64 householdId, qint64 memberId)
    {
        m_fix->insert(QStringLiteral("INSERT INTO pairings (household_id, partner_kind, party_member_id,"
                                     " valid_from) VALUES (?, 'party_member', ?, '2024-01-01')"),
                      {householdId, memberId});
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_zhang = member(QStringLiteral("张党员"));
        m_zhao = member(QStringLiteral("赵党员"));
        m_h1 = m_fix->household(QStringLiteral("H001"), true, nullptr);
        m_h2 = m_fix->household(QStringLiteral("H002"), true, nullptr);
        m_h3 = m_fix->household(QStringLiteral("H003"), true, nullptr);
        for (qint64 h : {m_h1, m_h2, m_h3})
            pair(h, m_zhang);
        pair(m_h3, m_zhao);
        m_task1 = m_fix->insert(
            QStringLiteral("INSERT INTO visit_tasks (household_id, kind, reason, source, assignee_member_id,"
                           " due_from, overdue_after) VALUES (?, 'must_visit', 'elderly_alone', 'rule', ?,"
                           " '2024-06-01', '2024-06-30')"),
            {m_h1, m_zhang});
        m_test->logInAs(Role::Manager); // handing pairings over is the 负责人's
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void handOverFromTheKeyboard()
    {
        GridsPage page(db());
        page.setDay(Day);
        page.selectGrid(m_fix->gridId);
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.tabs()->setCurrentWidget(page.staffPanel());
        page.staffPanel()->table()->setFocus();

        press(Qt::Key_P, Qt::AltModifier); // Hand over &pairings… (a mnemonic clicks a moment later)
        QTRY_VERIFY(page.staffPanel()->findChild<PairingHandoverDialog*>());
        QPointer<PairingHandoverDialog> dialog = page.staffPanel()->findChild<PairingHandoverDialog*>();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // Keys go to the focus widget: wait until it is the dialog's (on a loaded machine the page may
        // still hold it a moment after the dialog is active).
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        // The clerk, who may not read the party roll, is offered the members pairing the grid's families.
        QCOMPARE(dialog->fromBox()->count(), 2);
        QVERIFY(dialog->fromBox()->currentText().startsWith(QStringLiteral("张党员")));
        QCOMPARE(dialog->households()->count(), 3);
        QVERIFY2(dialog->loadLabel()->text().contains(QLatin1Char('3')),
                 qPrintable(dialog->loadLabel()->text()));

        // 赵党员 pairs H003 already: refused in the dialog, nothing written.
        press(Qt::Key_P, Qt::AltModifier); // A &partner in the grid
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->successors());
        press(Qt::Key_End);
        QVERIFY(dialog->successors()->currentText().startsWith(QStringLiteral("赵党员")));
        press(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->reasonEdit());
        dialog->reasonEdit()->insert(
            QStringLiteral("调任县直单位")); // Chinese comes through the input method
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_H, Qt::AltModifier); // &Hand over
        auto* successorError = dialog->findChild<QLabel*>(QStringLiteral("pairingHandoverSuccessorError"));
        QVERIFY(successorError);
        QTRY_VERIFY2(successorError->text().contains(QStringLiteral("H003")),
                     qPrintable(successorError->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM pairings WHERE party_member_id = ? AND valid_to IS NULL"),
                        {m_zhang}),
                 3);

        // H003 left out (Space on the last household), the grid leader chosen: asked once more, then done.
        press(Qt::Key_S, Qt::AltModifier); // Hou&seholds
        QCOMPARE(QApplication::focusWidget(), dialog->households());
        press(Qt::Key_End);
        press(Qt::Key_Space);
        QCOMPARE(dialog->households()->item(2)->checkState(), Qt::Unchecked);
        press(Qt::Key_P, Qt::AltModifier);
        press(Qt::Key_Tab);
        press(Qt::Key_Home);
        QVERIFY(dialog->successors()->currentText().startsWith(QStringLiteral("李网长")));
        MessageBox::setNextAnswer(QMessageBox::No);
        press(Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("李网长")),
                     qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("张党员")) &&
                     MessageBox::lastText().contains(QLatin1Char('2')),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(dialog->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE staff_id = ? AND valid_to IS NULL"),
                   {m_fix->leaderId}),
            2);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM pairings WHERE party_member_id = ? AND valid_to IS NULL"),
                        {m_zhang}),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT assignee_staff_id FROM visit_tasks WHERE id = ?"), {m_task1}),
                 m_fix->leaderId);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE household_id = ? AND valid_to = ?"),
                   {m_h1, sqlDate(Day)}),
            1);
    }

    void secretaryMayNotHandOver()
    {
        m_test->logInAs(Role::Secretary);
        GridsPage page(db());
        page.setDay(Day);
        page.selectGrid(m_fix->gridId);
        auto* button = page.staffPanel()->findChild<QPushButton*>(QStringLiteral("handOverPairings"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(!page.staffPanel()->handOverPairings());
    }
};

QTEST_MAIN(TestPairingHandoverDialog)
#include "tst_pairinghandoverdialog.moc"
