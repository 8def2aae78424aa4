// Feedback and finish of the households workflow (issue 15): a save shows the household selected with a
// message, moving out says it is recorded at once and asks where to, the roster says which member a
// search found, and the origin county shows its name once the field is left.

#include "TestDatabase.h"

#include "domain/IdNumber.h"
#include "households/HouseholdForm.h"
#include "households/HouseholdMemberStateDialog.h"
#include "households/HouseholdMembersModel.h"
#include "households/HouseholdMembersTable.h"
#include "households/HouseholdsPage.h"
#include "households/MoveHouseholdMemberDialog.h"
#include "households/RosterFilterBar.h"
#include "households/RosterMatchDelegate.h"
#include "households/RosterModel.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "shell/UiResources.h"
#include "widgets/CountyComboBox.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QString Longhui = QStringLiteral("430524");

Household household(qint64 siteId, const QString& number, const QList<Person>& members)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = Longhui;
    h.relocationDate = QDate(2019, 9, 1);
    h.members = members;
    return h;
}

int rowOfName(const HouseholdMembersModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->person(row).name == name)
            return row;
    }
    return -1;
}

// Sets the roster's search at once (the bar waits for a pause in typing otherwise).
void search(HouseholdsPage& page, const QString& text)
{
    QLineEdit* edit = page.filterBar()->searchEdit();
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestHouseholdFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savedHouseholdIsShownSelectedWithAMessage();
    void savedHouseholdKeepsASearchThatFindsIt();
    void moveOutSaysItIsRecordedAtOnce();
    void moveOutIntoAnotherHouseholdIsAMove();
    void rosterHighlightsTheMemberFound();
    void originCountyShowsItsNameOnLeaving();

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    qint64 m_wang = 0;  // 王芳's household, 430524001-0001
    qint64 m_zhang = 0; // 张伟 and 李娜's, 430524001-0002
};

void TestHouseholdFeedback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initUiResources();
}

void TestHouseholdFeedback::init()
{
    m_testDb = std::make_unique<test::TestDatabase>();
    registry::RegistryService registry(m_testDb->db());
    const Result<Household> wang = registry.saveHousehold(
        household(m_testDb->siteId(), QStringLiteral("430524001-0001"),
                  {makePerson(QStringLiteral("王芳"), makeIdNumber(Longhui, QDate(1960, 3, 3), 22),
                              Relationship::Head)}));
    QVERIFY2(wang, qPrintable(wang.summary()));
    m_wang = wang.value().id;
    const Result<Household> zhang = registry.saveHousehold(household(
        m_testDb->siteId(), QStringLiteral("430524001-0002"),
        {makePerson(QStringLiteral("张伟"), makeIdNumber(Longhui, QDate(1975, 4, 2), 11), Relationship::Head),
         makePerson(QStringLiteral("李娜"), makeIdNumber(Longhui, QDate(1978, 8, 9), 22),
                    Relationship::Spouse)}));
    QVERIFY2(zhang, qPrintable(zhang.summary()));
    m_zhang = zhang.value().id;
}

void TestHouseholdFeedback::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testDb.reset();
}

void TestHouseholdFeedback::savedHouseholdIsShownSelectedWithAMessage()
{
    HouseholdsPage page(m_testDb->db());
    QSignalSpy messages(&page, &HouseholdsPage::statusMessage);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The clerk searched for someone else: 张伟's household is not in the list.
    search(page, QStringLiteral("王芳"));
    QCOMPARE(page.rosterModel()->rowCount(), 1);

    page.openHousehold(m_zhang);
    QPointer<HouseholdForm> form = page.findChild<HouseholdForm*>();
    QVERIFY(form);
    form->findChild<QLineEdit*>(QStringLiteral("householdPhone"))->setText(QStringLiteral("13907391234"));
    form->save();
    QTRY_VERIFY(form.isNull());

    // The search was loosened to the saved household, which is the current row.
    QCOMPARE(page.filterBar()->searchEdit()->text(), QStringLiteral("430524001-0002"));
    QCOMPARE(page.rosterModel()->rowCount(), 1);
    const QModelIndex current = page.rosterView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(page.rosterModel()->householdId(current.row()), m_zhang);
    QVERIFY(page.rosterView()->selectionModel()->isRowSelected(current.row(), {}));
    // And the status bar names it.
    QCOMPARE(messages.size(), 1);
    const QString message = messages.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("张伟")) && message.contains(QStringLiteral("430524001-0002")),
             qPrintable(message));
}

void TestHouseholdFeedback::savedHouseholdKeepsASearchThatFindsIt()
{
    // A third household, so that the saved one is not simply the only row.
    const Result<Household> third =
        registry::RegistryService(m_testDb->db())
            .saveHousehold(
                household(m_testDb->siteId(), QStringLiteral("430524001-0003"),
                          {makePerson(QStringLiteral("李强"), makeIdNumber(Longhui, QDate(1980, 1, 1), 33),
                                      Relationship::Head)}));
    QVERIFY(third);
    HouseholdsPage page(m_testDb->db());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    search(page, QStringLiteral("李"));
    QCOMPARE(page.rosterModel()->rowCount(), 2); // 李娜's household and 李强's
    page.openHousehold(m_zhang);
    QPointer<HouseholdForm> form = page.findChild<HouseholdForm*>();
    QVERIFY(form);
    form->findChild<QLineEdit*>(QStringLiteral("originVillage"))->setText(QStringLiteral("石门村"));
    form->save();
    QTRY_VERIFY(form.isNull());
    // The clerk's search stays; the saved household is the current row of it.
    QCOMPARE(page.filterBar()->searchEdit()->text(), QStringLiteral("李"));
    QCOMPARE(page.rosterModel()->rowCount(), 2);
    const QModelIndex current = page.rosterView()->currentIndex();
    QCOMPARE(current.row(), 0);
    QCOMPARE(page.rosterModel()->householdId(current.row()), m_zhang);
}

void TestHouseholdFeedback::moveOutSaysItIsRecordedAtOnce()
{
    Database& db = m_testDb->db();
    HouseholdForm form(db, m_zhang);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    HouseholdMembersModel* members = form.membersModel();
    form.membersTable()->setCurrentIndex(members->index(rowOfName(members, QStringLiteral("李娜")), 0));
    form.moveOutMember();
    QPointer<HouseholdMemberStateDialog> dialog = form.findChild<HouseholdMemberStateDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* atOnce = dialog->findChild<QLabel*>(QStringLiteral("recordedAtOnce"));
    QVERIFY(atOnce && atOnce->isVisible());
    QVERIFY2(atOnce->text().contains(QStringLiteral("at once")), qPrintable(atOnce->text()));
    auto* away = dialog->findChild<QRadioButton*>(QStringLiteral("moveOutAway"));
    QVERIFY(away && away->isVisible() && away->isChecked());
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());

    // Recorded at once, without the form's Save: moved away, with the date, the stay ended as moved away.
    const auto stored = registry::HouseholdRepository(db).household(m_zhang);
    const auto gone = std::find_if(stored->members.cbegin(), stored->members.cend(),
                                   [](const Person& p) { return p.name == QStringLiteral("李娜"); });
    QVERIFY(gone != stored->members.cend());
    QCOMPARE(gone->state, PersonState::MovedAway);
    QCOMPARE(gone->stateDate, QDate::currentDate());
    const QList<Membership> stays = registry::HouseholdRepository(db).memberships(gone->id);
    QCOMPARE(stays.size(), 1);
    QCOMPARE(stays.constFirst().endReason, std::optional(MembershipEnd::MovedAway));
    QVERIFY(!form.isDirty());
}

void TestHouseholdFeedback::moveOutIntoAnotherHouseholdIsAMove()
{
    Database& db = m_testDb->db();
    HouseholdForm form(db, m_zhang);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    HouseholdMembersModel* members = form.membersModel();
    form.membersTable()->setCurrentIndex(members->index(rowOfName(members, QStringLiteral("李娜")), 0));
    form.moveOutMember();
    QPointer<HouseholdMemberStateDialog> dialog = form.findChild<HouseholdMemberStateDialog*>();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("moveOutToHousehold"))->setChecked(true);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    // Nothing recorded by this dialog; the move between households asks for the household instead.
    QTRY_VERIFY(form.findChild<MoveHouseholdMemberDialog*>());
    auto* atOnce =
        form.findChild<MoveHouseholdMemberDialog*>()->findChild<QLabel*>(QStringLiteral("recordedAtOnce"));
    QVERIFY(atOnce && atOnce->text().contains(QStringLiteral("at once")));
    const auto stored = registry::HouseholdRepository(db).household(m_zhang);
    QCOMPARE(stored->activeMemberCount(), 2);
    form.findChild<MoveHouseholdMemberDialog*>()->reject();
}

void TestHouseholdFeedback::rosterHighlightsTheMemberFound()
{
    HouseholdsPage page(m_testDb->db());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RosterModel* roster = page.rosterModel();
    const int head = int(registry::RosterColumn::HeadName);

    // The spouse's name found 张伟's household: the head's cell still names the head, and says who matched.
    search(page, QStringLiteral("李娜"));
    QCOMPARE(roster->rowCount(), 1);
    QCOMPARE(roster->index(0, head).data().toString(), QStringLiteral("张伟"));
    QCOMPARE(roster->index(0, head).data(RosterModel::MatchedMemberRole).toString(), QStringLiteral("李娜"));
    QVERIFY(roster->index(0, head).data(Qt::ToolTipRole).toString().contains(QStringLiteral("李娜")));
    QVERIFY(qobject_cast<RosterMatchDelegate*>(page.rosterView()->itemDelegateForColumn(head)));

    // The cell is drawn with the marker colour; the number's cell is not.
    const auto highlighted = [&](int column) {
        const QRect cell = page.rosterView()->visualRect(roster->index(0, column));
        const QImage image = page.rosterView()->viewport()->grab(cell).toImage();
        const QRgb marker = RosterMatchDelegate::highlightColor().rgb();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == marker)
                    return true;
            }
        }
        return false;
    };
    page.rosterView()->clearSelection();
    page.rosterView()->setCurrentIndex({});
    QVERIFY(highlighted(head));
    QVERIFY(!highlighted(int(registry::RosterColumn::Number)));

    // The household number found the household itself: nobody highlighted.
    search(page, QStringLiteral("430524001-0002"));
    QCOMPARE(roster->rowCount(), 1);
    QCOMPARE(roster->index(0, head).data(RosterModel::MatchedMemberRole).toString(), QString());
    QVERIFY(!highlighted(head));
    // No search: nothing to say.
    search(page, QString());
    QCOMPARE(roster->index(0, head).data(RosterModel::MatchedMemberRole).toString(), QString());
}

void TestHouseholdFeedback::originCountyShowsItsNameOnLeaving()
{
    HouseholdForm form(m_testDb->db(), 0, m_testDb->siteId());
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto* county = form.findChild<CountyComboBox*>(QStringLiteral("originCounty"));
    QVERIFY(county);
    county->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(county->hasFocus());
    QTest::keyClicks(county, QStringLiteral("430525"));
    QCOMPARE(county->currentText(), QStringLiteral("430525")); // as typed while in the field
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(!county->hasFocus());
    // Left: the code with the county's name; the code is what is saved.
    const QString name = CountyComboBox::countyName(QStringLiteral("430525"));
    QVERIFY(!name.isEmpty());
    QVERIFY2(county->currentText().contains(name), qPrintable(county->currentText()));
    QCOMPARE(county->countyCode(), QStringLiteral("430525"));
    // A code that is not shipped stays as typed (validate() speaks about it).
    county->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(county->hasFocus());
    county->setEditText(QStringLiteral("999999"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(!county->hasFocus());
    QCOMPARE(county->currentText(), QStringLiteral("999999"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    form.reject();
}

QTEST_MAIN(TestHouseholdFeedback)
#include "tst_householdfeedback.moc"
