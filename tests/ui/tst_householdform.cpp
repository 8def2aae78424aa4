// The clerk's households workflow, typed through the keyboard: a household with three members entered
// in the form and found again in the roster by a two-character name, a bad ID refused at its cell, and
// members who left shown greyed.

#include "TestDatabase.h"

#include "domain/IdNumber.h"
#include "households/HouseholdForm.h"
#include "households/HouseholdMemberStateDialog.h"
#include "households/HouseholdMembersModel.h"
#include "households/HouseholdMembersTable.h"
#include "households/HouseholdsPage.h"
#include "households/RosterModel.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "registry/SiteRepository.h"
#include "shell/UiResources.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QString Longhui = QStringLiteral("430524");
const QString BadId = QStringLiteral("340524198001010013"); // check character should be X

QString focusName()
{
    QWidget* focused = QApplication::focusWidget();
    return focused ? focused->objectName() : QStringLiteral("<none>");
}

// Types into the focused widget. QTest::keyClicks squeezes text to Latin-1, so characters beyond it
// (Chinese names, as an input method delivers them) go as key events carrying the text.
void type(const QString& text)
{
    for (const QChar c : text) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (c.unicode() < 0x80)
            QTest::keyClick(focused, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// The widget side of activation (QApplication::activeWindow, the focus widget) follows the window's
// a few events later; keys sent before that land in the previous window.
bool waitForActive(QWidget* window)
{
    return QTest::qWaitForWindowActive(window) &&
           QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, key, modifiers);
}

// One member row as a clerk types it: Insert, name, Tab, ID, Tab, relationship, Enter.
void typeMember(const QString& name, const QString& idNumber, const QString& relationship)
{
    press(Qt::Key_Insert);
    type(name);
    press(Qt::Key_Tab);
    type(idNumber);
    press(Qt::Key_Tab);
    type(relationship);
    press(Qt::Key_Return);
}

Household storedHousehold(qint64 siteId, const QString& number, const QList<Person>& members)
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

} // namespace

class TestHouseholdForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void householdTypedInFormIsFoundByTwoCharacterName();
    void badIdIsRefusedAtItsCell();
    void cellEditsUndoAndRedo();
    void movedOutMemberIsGreyedAfterReopening();
    void headMovesOutThroughTheForm();
    void memberMovesToAnotherHousehold();
    void rosterFetchesPagesNotEverything();

private:
    HouseholdForm* openNewForm(HouseholdsPage& page);
    std::unique_ptr<test::TestDatabase> m_testDb;
};

void TestHouseholdForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initUiResources();
}

void TestHouseholdForm::init()
{
    m_testDb = std::make_unique<test::TestDatabase>();
}

void TestHouseholdForm::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testDb.reset();
}

HouseholdForm* TestHouseholdForm::openNewForm(HouseholdsPage& page)
{
    page.resize(1200, 700);
    page.show();
    if (!waitForActive(&page))
        return nullptr;
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto* form = page.findChild<HouseholdForm*>();
    return form && waitForActive(form) ? form : nullptr;
}

void TestHouseholdForm::householdTypedInFormIsFoundByTwoCharacterName()
{
    Database& db = m_testDb->db();
    // Another household, so that the search has something to leave out.
    const Result<Household> other = registry::RegistryService(db).saveHousehold(
        storedHousehold(m_testDb->siteId(), QStringLiteral("430524001-0001"),
                        {makePerson(QStringLiteral("王芳"), makeIdNumber(Longhui, QDate(1960, 3, 3), 22),
                                    Relationship::Head)}));
    QVERIFY2(other, qPrintable(other.summary()));

    HouseholdsPage page(db);
    QCOMPARE(page.rosterModel()->rowCount(), 1);
    QPointer<HouseholdForm> form = openNewForm(page);
    QVERIFY(form);

    // Address: the only site and building are chosen already; the unit and a new room are typed.
    QCOMPARE(focusName(), QStringLiteral("householdSite"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("householdBuilding"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("householdUnit"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("householdRoom"));
    type(QStringLiteral("302"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("householdNumber"));
    QCOMPARE(qobject_cast<QLineEdit*>(QApplication::focusWidget())->text(), QStringLiteral("430524001-0002"));
    press(Qt::Key_Tab);

    // Origin; Enter moves on like Tab.
    QCOMPARE(focusName(), QStringLiteral("originCounty"));
    type(Longhui);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("originTownship"));
    type(QStringLiteral("荷香桥镇"));
    press(Qt::Key_Return);
    QCOMPARE(focusName(), QStringLiteral("originVillage"));
    type(QStringLiteral("石门村"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("relocationDate"));
    type(QStringLiteral("20190630"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("householdPhone"));
    type(QStringLiteral("13907391234"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("registrationMoved"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("residencePermit"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("membersTable"));

    const QString headId = makeIdNumber(Longhui, QDate(1975, 4, 2), 11);
    typeMember(QStringLiteral("张伟"), headId, QStringLiteral("Head"));
    // A lower-case x and spaces, as offices type them, are normalized.
    const QString spouseId = makeIdNumber(Longhui, QDate(1978, 8, 9), 22);
    QString spouseTyped = spouseId;
    spouseTyped.insert(6, QLatin1Char(' '));
    typeMember(QStringLiteral("李娜"), spouseTyped.toLower(), QStringLiteral("Spouse"));
    const QString sonId = makeIdNumber(Longhui, QDate(2005, 1, 30), 33);
    typeMember(QStringLiteral("张磊"), sonId, QStringLiteral("Son"));

    HouseholdMembersModel* members = form->membersModel();
    QCOMPARE(members->rowCount(), 3);
    QVERIFY2(!members->hasProblems(), qPrintable(members->problems().join(QLatin1Char('\n'))));
    QCOMPARE(members->data(members->index(1, int(HouseholdMemberColumn::Sex))).toString(),
             enumLabel(Sex::Female));
    QCOMPARE(members->data(members->index(2, int(HouseholdMemberColumn::BirthDate))).toString(),
             QStringLiteral("2005-01-30"));

    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(form.isNull());

    const auto saved = registry::HouseholdRepository(db).householdByNumber(QStringLiteral("430524001-0002"));
    QVERIFY(saved);
    QCOMPARE(saved->members.size(), 3);
    QCOMPARE(saved->head()->name, QStringLiteral("张伟"));
    QCOMPARE(saved->members.at(1).idNumber, spouseId.toUpper());
    QCOMPARE(saved->members.at(1).relationship, Relationship::Spouse);
    QCOMPARE(saved->members.at(2).relationship, Relationship::Son);
    QCOMPARE(saved->originCountyCode, Longhui);
    QCOMPARE(saved->originTownship, QStringLiteral("荷香桥镇"));
    QCOMPARE(saved->relocationDate, QDate(2019, 6, 30));
    QCOMPARE(saved->phone, QStringLiteral("13907391234"));
    QVERIFY(saved->registrationMoved);
    QVERIFY(!saved->residencePermit);
    QCOMPARE(registry::SiteRepository(db).address(saved->siteId, saved->dwellingId).room,
             QStringLiteral("302"));

    // The roster counted again after the save; the spouse's two-character name finds it.
    RosterModel* roster = page.rosterModel();
    QCOMPARE(roster->rowCount(), 2);
    page.activateWindow(); // what the window manager does when the dialog closes; offscreen has none
    QVERIFY(waitForActive(&page));
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("rosterSearch"));
    type(QStringLiteral("李娜"));
    QCOMPARE(roster->rowCount(), 2); // the search waits for a pause in typing
    QTRY_COMPARE(roster->rowCount(), 1);
    QCOMPARE(roster->index(0, int(registry::RosterColumn::Number)).data().toString(),
             QStringLiteral("430524001-0002"));
    QCOMPARE(roster->index(0, int(registry::RosterColumn::HeadName)).data().toString(),
             QStringLiteral("张伟"));
    QCOMPARE(roster->index(0, int(registry::RosterColumn::MemberCount)).data().toString(),
             QStringLiteral("3"));
    auto* count = page.findChild<QLabel*>(QStringLiteral("rosterCount"));
    QVERIFY(count->text().startsWith(QLatin1Char('1')));

    // Enter goes to the result, Enter again opens it.
    press(Qt::Key_Return);
    QCOMPARE(focusName(), QStringLiteral("roster"));
    press(Qt::Key_Return);
    QPointer<HouseholdForm> reopened = page.findChild<HouseholdForm*>();
    QVERIFY(reopened);
    QCOMPARE(reopened->membersModel()->rowCount(), 3);
    QVERIFY(reopened->windowTitle().contains(QStringLiteral("430524001-0002")));
    reopened->reject();
}

void TestHouseholdForm::badIdIsRefusedAtItsCell()
{
    Database& db = m_testDb->db();
    HouseholdsPage page(db);
    QPointer<HouseholdForm> form = openNewForm(page);
    QVERIFY(form);

    form->findChild<QWidget*>(QStringLiteral("originCounty"))->setFocus();
    type(Longhui);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("relocationDate"));
    type(QStringLiteral("20200115"));
    press(Qt::Key_Insert);
    type(QStringLiteral("王芳"));
    press(Qt::Key_Tab);
    type(BadId);
    press(Qt::Key_Return);

    // Marked while typing already: red cell, the reason as its tooltip and under the table.
    HouseholdMembersModel* members = form->membersModel();
    const QModelIndex idCell = members->index(0, int(HouseholdMemberColumn::IdNumber));
    const QString reason = IdNumber::parse(BadId).errorMessage();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(idCell.data(HouseholdMembersModel::ProblemRole).toString(), reason);
    QCOMPARE(idCell.data(Qt::ToolTipRole).toString(), reason);
    QVERIFY(idCell.data(Qt::BackgroundRole).value<QColor>().red() > 200);
    auto* problems = form->findChild<QLabel*>(QStringLiteral("memberProblems"));
    QVERIFY(problems->text().contains(reason));

    // Save is refused, nothing is written, nothing typed is lost, and the focus is on the bad cell.
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!form.isNull());
    QVERIFY(form->isVisible());
    QCOMPARE(registry::RosterQuery(db).count(registry::RosterFilter{0, 0, std::nullopt, {}}), 0);
    QCOMPARE(idCell.data().toString(), BadId);
    QCOMPARE(members->index(0, int(HouseholdMemberColumn::Name)).data().toString(), QStringLiteral("王芳"));
    QCOMPARE(form->membersTable()->currentIndex(), idCell);
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(reason));

    // Corrected in place, the same form saves.
    press(Qt::Key_Return);
    const QString goodId = QStringLiteral("34052419800101001X");
    type(goodId.toLower());
    press(Qt::Key_Return);
    QVERIFY(idCell.data(HouseholdMembersModel::ProblemRole).toString().isEmpty());
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(form.isNull());
    const auto saved = registry::HouseholdRepository(db).personByIdNumber(goodId);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("王芳"));
}

void TestHouseholdForm::cellEditsUndoAndRedo()
{
    HouseholdsPage page(m_testDb->db());
    QPointer<HouseholdForm> form = openNewForm(page);
    QVERIFY(form);
    form->membersTable()->setFocus();
    press(Qt::Key_Insert);
    type(QStringLiteral("赵六"));
    press(Qt::Key_Return); // on to the ID cell, not editing
    press(Qt::Key_Escape);
    HouseholdMembersModel* members = form->membersModel();
    const QModelIndex name = members->index(0, int(HouseholdMemberColumn::Name));
    QCOMPARE(name.data().toString(), QStringLiteral("赵六"));

    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name.data().toString(), QString());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name.data().toString(), QStringLiteral("赵六"));
    // Taking back the row itself, then closing without a question about changes.
    form->undoStack()->setIndex(0);
    QCOMPARE(members->rowCount(), 0);
    QVERIFY(!form->isDirty());
    form->reject();
    QTRY_VERIFY(form.isNull());
}

void TestHouseholdForm::movedOutMemberIsGreyedAfterReopening()
{
    Database& db = m_testDb->db();
    registry::RegistryService registry(db);
    const Result<Household> saved = registry.saveHousehold(storedHousehold(
        m_testDb->siteId(), QStringLiteral("430524001-0005"),
        {makePerson(QStringLiteral("刘强"), makeIdNumber(Longhui, QDate(1970, 1, 1), 11), Relationship::Head),
         makePerson(QStringLiteral("陈红"), makeIdNumber(Longhui, QDate(1972, 2, 2), 22),
                    Relationship::Spouse),
         makePerson(QStringLiteral("刘洋"), makeIdNumber(Longhui, QDate(1998, 3, 3), 33),
                    Relationship::Son)}));
    QVERIFY2(saved, qPrintable(saved.summary()));
    const Person& son = saved.value().members.at(2);
    const Outcome moved = registry.moveOut(son.id, QDate(2024, 5, 1));
    QVERIFY2(moved, qPrintable(moved.summary()));

    HouseholdForm form(db, saved.value().id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    HouseholdMembersModel* members = form.membersModel();
    QCOMPARE(members->rowCount(), 3);
    const int row = rowOfName(members, QStringLiteral("刘洋"));
    QVERIFY(row >= 0);
    QVERIFY(members->isFormer(row));
    const QModelIndex name = members->index(row, int(HouseholdMemberColumn::Name));
    QVERIFY(!(name.flags() & Qt::ItemIsEditable));
    QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>(),
             QPalette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(members->index(row, int(HouseholdMemberColumn::State))
                .data()
                .toString()
                .contains(QStringLiteral("2024-05-01")));
    const int head = rowOfName(members, QStringLiteral("刘强"));
    QVERIFY(members->index(head, int(HouseholdMemberColumn::Name)).flags() & Qt::ItemIsEditable);
    QVERIFY(!members->index(head, int(HouseholdMemberColumn::Name)).data(Qt::ForegroundRole).isValid());
}

void TestHouseholdForm::headMovesOutThroughTheForm()
{
    Database& db = m_testDb->db();
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(storedHousehold(
        m_testDb->siteId(), QStringLiteral("430524001-0006"),
        {makePerson(QStringLiteral("周军"), makeIdNumber(Longhui, QDate(1950, 1, 1), 11), Relationship::Head),
         makePerson(QStringLiteral("吴梅"), makeIdNumber(Longhui, QDate(1952, 2, 2), 22),
                    Relationship::Spouse)}));
    QVERIFY2(saved, qPrintable(saved.summary()));

    HouseholdForm form(db, saved.value().id);
    form.show();
    QVERIFY(waitForActive(&form));
    HouseholdMembersModel* members = form.membersModel();
    const int head = rowOfName(members, QStringLiteral("周军"));
    form.membersTable()->setFocus();
    form.membersTable()->setCurrentIndex(members->index(head, 0));
    // A mnemonic clicks its button animated, a moment later.
    press(Qt::Key_K, Qt::AltModifier); // Mar&k deceased…
    QTRY_VERIFY(form.findChild<HouseholdMemberStateDialog*>());
    QPointer<HouseholdMemberStateDialog> dialog = form.findChild<HouseholdMemberStateDialog*>();
    QVERIFY(dialog);
    QVERIFY(waitForActive(dialog));
    // The spouse is offered as the new head.
    auto* newHead = dialog->findChild<QComboBox*>(QStringLiteral("newHead"));
    QVERIFY(newHead->isVisible());
    QVERIFY(newHead->currentText().startsWith(QStringLiteral("吴梅")));
    press(Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull());

    const auto stored = registry::HouseholdRepository(db).household(saved.value().id);
    QCOMPARE(stored->head()->name, QStringLiteral("吴梅"));
    const int former = rowOfName(members, QStringLiteral("周军"));
    QVERIFY(members->isFormer(former));
    QCOMPARE(members->person(former).state, PersonState::Deceased);
    QVERIFY(!(members->index(former, 0).flags() & Qt::ItemIsEditable));
}

void TestHouseholdForm::memberMovesToAnotherHousehold()
{
    Database& db = m_testDb->db();
    registry::RegistryService registry(db);
    const Result<Household> source = registry.saveHousehold(storedHousehold(
        m_testDb->siteId(), QStringLiteral("430524001-0007"),
        {makePerson(QStringLiteral("孙立"), makeIdNumber(Longhui, QDate(1955, 5, 5), 11), Relationship::Head),
         makePerson(QStringLiteral("孙婷"), makeIdNumber(Longhui, QDate(1996, 6, 6), 22),
                    Relationship::Daughter)}));
    QVERIFY2(source, qPrintable(source.summary()));
    const Result<Household> target = registry.saveHousehold(
        storedHousehold(m_testDb->siteId(), QStringLiteral("430524001-0008"),
                        {makePerson(QStringLiteral("钱进"), makeIdNumber(Longhui, QDate(1994, 4, 4), 33),
                                    Relationship::Head)}));
    QVERIFY2(target, qPrintable(target.summary()));

    HouseholdForm form(db, source.value().id);
    form.show();
    QVERIFY(waitForActive(&form));
    HouseholdMembersModel* members = form.membersModel();
    form.membersTable()->setFocus();
    form.membersTable()->setCurrentIndex(members->index(rowOfName(members, QStringLiteral("孙婷")), 0));
    press(Qt::Key_H, Qt::AltModifier); // Move to anot&her household…
    QTRY_VERIFY(form.findChild<QDialog*>());
    QPointer<QDialog> dialog = form.findChild<QDialog*>();
    QVERIFY(waitForActive(dialog));
    QCOMPARE(focusName(), QStringLiteral("targetSearch"));
    type(QStringLiteral("0008"));
    press(Qt::Key_Return); // searches at once and goes to the matches
    QCOMPARE(focusName(), QStringLiteral("targetMatches"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("targetRelationship"));
    // Keyboard search in the combo box: "Sp" picks Spouse.
    type(QStringLiteral("Sp"));
    press(Qt::Key_Return); // the dialog's default button: Move
    QTRY_VERIFY(dialog.isNull());

    const auto moved = registry::HouseholdRepository(db).household(target.value().id);
    QCOMPARE(moved->activeMemberCount(), 2);
    const auto joined = std::find_if(moved->members.cbegin(), moved->members.cend(),
                                     [](const Person& p) { return p.name == QStringLiteral("孙婷"); });
    QVERIFY(joined != moved->members.cend());
    QCOMPARE(joined->relationship, Relationship::Spouse);
    QVERIFY(joined->isActive());
    // The source household's form no longer lists her as a member but says where she went.
    QCOMPARE(rowOfName(members, QStringLiteral("孙婷")), -1);
    auto* movedElsewhere = form.findChild<QLabel*>(QStringLiteral("movedElsewhere"));
    QVERIFY(movedElsewhere->isVisible());
    QVERIFY(movedElsewhere->text().contains(QStringLiteral("孙婷")));
    QVERIFY(movedElsewhere->text().contains(QStringLiteral("430524001-0008")));
}

void TestHouseholdForm::rosterFetchesPagesNotEverything()
{
    Database& db = m_testDb->db();
    registry::RegistryService registry(db);
    const int households = RosterModel::PageSize * 2 + 10;
    for (int i = 0; i < households; ++i) {
        const Result<Household> saved = registry.saveHousehold(storedHousehold(
            m_testDb->siteId(), QStringLiteral("430524001-%1").arg(i + 1, 4, 10, QLatin1Char('0')),
            {makePerson(QStringLiteral("杨%1").arg(QChar(0x4e00 + i)),
                        makeIdNumber(Longhui, QDate(1980, 1, 1), i + 1), Relationship::Head)}));
        QVERIFY2(saved, qPrintable(saved.summary()));
    }
    RosterModel model(db);
    QCOMPARE(model.rowCount(), households);
    QCOMPARE(model.cachedPageCount(), 0);
    QCOMPARE(model.index(0, int(registry::RosterColumn::Number)).data().toString(),
             QStringLiteral("430524001-0001"));
    QCOMPARE(model.cachedPageCount(), 1);
    QCOMPARE(model.index(households - 1, int(registry::RosterColumn::Number)).data().toString(),
             QStringLiteral("430524001-%1").arg(households, 4, 10, QLatin1Char('0')));
    QCOMPARE(model.cachedPageCount(), 2); // the page in between was never read
    model.sort(int(registry::RosterColumn::Number), Qt::DescendingOrder);
    QCOMPARE(model.index(0, int(registry::RosterColumn::Number)).data().toString(),
             QStringLiteral("430524001-%1").arg(households, 4, 10, QLatin1Char('0')));
    QCOMPARE(model.index(0, int(registry::RosterColumn::State)).data().toString(),
             enumLabel(HouseholdState::Active));
}

QTEST_MAIN(TestHouseholdForm)
#include "tst_householdform.moc"
