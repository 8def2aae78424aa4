// The settings page's office settings, changed from the keyboard by the manager (issues 17 and 18): a visit
// frequency set to 14 days through its dialog and shown in force, an amount with three decimals refused in
// the dialog with the core's message and nothing written on Escape, the recount of drop_months confirmed
// first, and a year's monitoring line added.
#include "TestDatabase.h"

#include "grids/VisitRules.h"
#include "income/IncomeSettings.h"
#include "shell/OfficeSettingDialog.h"
#include "shell/OfficeSettingsBox.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace anju;
using namespace anju::test;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, key, modifiers);
}

QTreeWidgetItem* row(QTreeWidget* tree, const QString& key)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return *it;
    }
    return nullptr;
}

} // namespace

class TestOfficeSettingsBox : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<OfficeSettingsBox> m_box;

    // Selects the setting's row from the keyboard's point of view (the tree has the focus) and presses
    // Enter; returns the dialog once its editor has the focus.
    template <typename Dialog> Dialog* openWithEnter(const QString& key)
    {
        QTreeWidget* tree = m_box->tree();
        QTreeWidgetItem* item = row(tree, key);
        if (!item)
            return nullptr;
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_Return);
        return waitFor<Dialog>();
    }

    template <typename Dialog> Dialog* waitFor()
    {
        QPointer<Dialog> dialog;
        if (!QTest::qWaitFor([&] { return (dialog = m_box->findChild<Dialog*>()) != nullptr; }))
            return nullptr;
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
        // Keys go to the focus widget: wait until it is the dialog's.
        if (!QTest::qWaitFor([&] { return dialog && dialog->isAncestorOf(QApplication::focusWidget()); }))
            return nullptr;
        return dialog;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_test->logInAs(Role::Manager);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_box = std::make_unique<OfficeSettingsBox>(m_test->db());
        m_box->resize(1000, 700);
        m_box->show();
        m_box->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_box.get()));
    }
    void cleanup()
    {
        m_box.reset();
        m_test.reset();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void aFrequencyChangedFromTheKeyboard()
    {
        const QString key = grids::VisitRules::frequencyKey(grids::VisitTargetKind::ElderlyAlone);
        auto* dialog = openWithEnter<OfficeSettingDialog>(key);
        QVERIFY(dialog);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("officeSettingValue"));
        press(Qt::Key_Tab); // to the unit
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("officeSettingUnit"));
        press(Qt::Key_Down); // months → days
        press(Qt::Key_Tab, Qt::ShiftModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("14"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_box->findChild<OfficeSettingDialog*>());

        const grids::VisitFrequency f =
            grids::VisitRules::load(m_test->db()).frequencyFor(grids::VisitTargetKind::ElderlyAlone);
        QCOMPARE(f.text(), QStringLiteral("14d"));
        QTreeWidgetItem* item = row(m_box->tree(), key);
        QVERIFY(item);
        QCOMPARE(item->text(1), QStringLiteral("every 14 day(s)"));
        QCOMPARE(m_box->tree()->currentItem(), item); // the row stays selected
        // The tree is the window's focus again (offscreen, nothing reactivates the window itself).
        QCOMPARE(m_box->focusWidget(), m_box->tree());
    }

    void aRefusedAmountIsSaidInTheDialogAndNothingIsWrittenOnEscape()
    {
        const QString key = QStringLiteral("income.large_expense");
        auto* dialog = openWithEnter<OfficeSettingDialog>(key);
        QVERIFY(dialog);
        auto* value = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(value);
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(value, QStringLiteral("12000.505"));
        press(Qt::Key_Return);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("officeSettingError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("at most two decimals")), qPrintable(error->text()));
        QVERIFY(m_box->findChild<OfficeSettingDialog*>()); // still open
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_box->findChild<OfficeSettingDialog*>());
        QCOMPARE(income::IncomeSettings::load(m_test->db()).largeExpense, income::Fen(1000000));
    }

    void theRecountOfDropMonthsIsConfirmedFirst()
    {
        const QString key = QStringLiteral("income.drop_months");
        auto* dialog = openWithEnter<OfficeSettingDialog>(key);
        QVERIFY(dialog);
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("6"));
        MessageBox::setNextAnswer(QMessageBox::No);
        press(Qt::Key_Return);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("recounts")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(m_box->findChild<OfficeSettingDialog*>()); // not confirmed: still open, nothing written
        QCOMPARE(income::IncomeSettings::load(m_test->db()).dropMonths, 3);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_box->findChild<OfficeSettingDialog*>());
        QCOMPARE(income::IncomeSettings::load(m_test->db()).dropMonths, 6);
    }

    void aYearsLineFromTheButton()
    {
        auto* add = m_box->findChild<QPushButton*>(QStringLiteral("officeSettingAddLine"));
        QVERIFY(add);
        m_box->tree()->setFocus();
        press(Qt::Key_M, Qt::AltModifier); // Add a year's &monitoring line… (Alt+L is the page's language)
        auto* dialog = waitFor<YearLineDialog>();
        QVERIFY(dialog);
        auto* year = dialog->findChild<QSpinBox*>(QStringLiteral("yearLineYear"));
        auto* replaces = dialog->findChild<QLabel*>(QStringLiteral("yearLineReplaces"));
        QVERIFY(year && replaces);
        year->setValue(2021); // has a line: saving would replace it, said before
        QVERIFY(replaces->isVisible());
        QVERIFY2(replaces->text().contains(QStringLiteral("6000")), qPrintable(replaces->text()));
        year->setValue(2026);
        QVERIFY(!replaces->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7500"));
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Hunan notice 2026"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_box->findChild<YearLineDialog*>());
        const income::IncomeSettings s = income::IncomeSettings::load(m_test->db());
        QVERIFY(s.lines.contains(2026));
        QCOMPARE(s.lines.value(2026).source, QStringLiteral("Hunan notice 2026"));
        QVERIFY(row(m_box->tree(), QStringLiteral("income.line.2026")));
    }

    void readOnlyForWhomMayNotChange()
    {
        m_box.reset();
        m_test->logInAs(Role::Secretary); // reads nothing here, changes nothing
        OfficeSettingsBox box(m_test->db());
        QVERIFY(!box.findChild<QPushButton*>(QStringLiteral("officeSettingAddLine")));
        QVERIFY(!box.findChild<QPushButton*>(QStringLiteral("officeSettingChange")));
    }
};

QTEST_MAIN(TestOfficeSettingsBox)
#include "tst_officesettingsbox.moc"
