// The window around the pages: navigation, the 帮扶 page and its refusal, and the site and building forms
// typed in through the keyboard as a clerk would.

#include "TestDatabase.h"

#include "access/Permissions.h"
#include "grids/GridsPage.h"
#include "registry/SiteRepository.h"
#include "shell/MainWindow.h"
#include "sites/BuildingDialog.h"
#include "sites/SiteDialog.h"
#include "sites/SitesDialog.h"
#include "support/SupportPage.h"
#include "widgets/FieldError.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace anju;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowShowsDatabaseInTitleAndStatusBar();
    void ctrl3ShowsGridsAndCtrl4TheSupportPage();
    void secretarySeesTheSupportPageRefused();
    void windowRemembersItsPage();
    void siteTypedThroughDialogIsSaved();
    void badCountyCodeIsRefusedAtItsField();
    void newBuildingGetsItsUnits();
    void sitesDialogListsBuildingsWithUnitCounts();
    void sitesDialogIsReadOnlyForRolesThatMayNotEditSites();
    void eachRoleStartsOnItsOwnPage_data();
    void eachRoleStartsOnItsOwnPage();
    void clerkSeesThePartyPageGreyedWithTheReason();
    void managerReadsThePartyPageWithoutItsWriteButtons();

private:
    // Types text into the focused widget, then moves on with Tab, as a clerk does.
    static void typeAndTab(const QString& text);
    static void typeAndEnter(const QString& text);

    std::unique_ptr<test::TestDatabase> m_testDb;
};

void TestMainWindow::initTestCase()
{
    // Window geometry and language go to a test settings folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_testDb = std::make_unique<test::TestDatabase>();
}

void TestMainWindow::cleanup()
{
    m_testDb.reset();
}

void TestMainWindow::typeAndTab(const QString& text)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    if (!text.isEmpty())
        QTest::keyClicks(focused, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void TestMainWindow::typeAndEnter(const QString& text)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClicks(focused, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

void TestMainWindow::windowShowsDatabaseInTitleAndStatusBar()
{
    MainWindow window(m_testDb->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(m_testDb->db().location().display()));
    QVERIFY(!window.windowTitle().contains(QLatin1String("demo")));
    auto* status = window.findChild<QLabel*>(QStringLiteral("databaseStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(m_testDb->db().location().display()));
    QVERIFY(status->text().contains(QString::number(m_testDb->db().schemaVersion())));
    // On a server the status bar says who backs up, since no desk makes the daily backup there.
    auto* backup = window.findChild<QLabel*>(QStringLiteral("backupStatus"));
    QCOMPARE(backup != nullptr, test::TestDatabase::onServer());
    if (backup)
        QVERIFY2(backup->isVisible() && backup->text().contains(QStringLiteral("administrator")),
                 qPrintable(backup->text()));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY2(!navigation->item(row)->icon().isNull(), "every workflow has its icon");
}

void TestMainWindow::ctrl3ShowsGridsAndCtrl4TheSupportPage()
{
    m_testDb->logInAs(Role::Clerk);
    MainWindow window(m_testDb->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Households);
    QCOMPARE(window.currentPage(), MainWindow::Page::Households);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Grids);
    auto* grids = qobject_cast<GridsPage*>(window.page(MainWindow::Page::Grids));
    QVERIFY(grids);
    QVERIFY(grids->tree()->isVisible());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Support);
    // A clerk works on the 帮扶 page: its tabs, the monthly income check first; no refusal.
    auto* support = qobject_cast<SupportPage*>(window.page(MainWindow::Page::Support));
    QVERIFY(support);
    QVERIFY(support->tabs()->isVisible());
    QVERIFY(support->tabs()->count() >= 1);
    QVERIFY(support->findChild<QWidget*>(QStringLiteral("incomeCheckTab")));
    QVERIFY(!support->findChild<QLabel*>(QStringLiteral("supportRefusal"))->isVisible());

    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Households);
}

// The secretary may read none of the follow-up work: the page says core's reason instead of empty tabs.
void TestMainWindow::secretarySeesTheSupportPageRefused()
{
    m_testDb->logInAs(Role::Secretary);
    MainWindow window(m_testDb->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Support);
    auto* support = qobject_cast<SupportPage*>(window.page(MainWindow::Page::Support));
    QVERIFY(support);
    QCOMPARE(support->tabs()->count(), 0);
    QVERIFY(!support->tabs()->isVisible());
    auto* refusal = support->findChild<QLabel*>(QStringLiteral("supportRefusal"));
    QVERIFY(refusal);
    QVERIFY(refusal->isVisible());
    // Core's reason for each workflow of the page, one a line: the income checks and work (issue 19).
    const Outcome income = Permissions::require(m_testDb->db(), Action::ReadIncome);
    const Outcome work = Permissions::require(m_testDb->db(), Action::ReadWork);
    QVERIFY(!income.ok() && !work.ok());
    QCOMPARE(refusal->text(), income.summary() + QLatin1Char('\n') + work.summary());
}

void TestMainWindow::windowRemembersItsPage()
{
    {
        MainWindow window(m_testDb->db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Reports);
        window.close();
    }
    MainWindow reopened(m_testDb->db());
    QCOMPARE(reopened.currentPage(), MainWindow::Page::Reports);
    reopened.showPage(MainWindow::Page::Households);
    reopened.close();
}

void TestMainWindow::siteTypedThroughDialogIsSaved()
{
    SiteDialog dialog(m_testDb->db(), Site());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("siteCode"));

    typeAndTab(QStringLiteral("430524009"));
    typeAndTab(QStringLiteral("Sunshine Home"));
    typeAndTab(QStringLiteral("430524"));
    typeAndTab(QStringLiteral("Taohong"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("siteCommunity"));
    typeAndTab(QStringLiteral("Xingfu Community"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("siteUrban"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // rural
    typeAndTab({});
    typeAndTab(QStringLiteral("1 Xingfu Road"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("siteMoveInDate"));
    typeAndEnter(QStringLiteral("20210615"));

    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = registry::SiteRepository(m_testDb->db()).siteByCode(QStringLiteral("430524009"));
    QVERIFY(saved);
    QCOMPARE(saved->id, dialog.site().id);
    QCOMPARE(saved->name, QStringLiteral("Sunshine Home"));
    QCOMPARE(saved->countyCode, QStringLiteral("430524"));
    QCOMPARE(saved->township, QStringLiteral("Taohong"));
    QCOMPARE(saved->community, QStringLiteral("Xingfu Community"));
    QCOMPARE(saved->urban, false);
    QCOMPARE(saved->address, QStringLiteral("1 Xingfu Road"));
    QCOMPARE(saved->moveInDate, QDate(2021, 6, 15));
    QCOMPARE(saved->crossTownship, false);
}

void TestMainWindow::badCountyCodeIsRefusedAtItsField()
{
    SiteDialog dialog(m_testDb->db(), Site());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    typeAndTab(QStringLiteral("430524010"));
    typeAndTab(QStringLiteral("Riverside"));
    typeAndEnter(QStringLiteral("12345"));

    QVERIFY2(dialog.isVisible(), "errors keep the dialog open");
    auto* county = dialog.findChild<QWidget*>(QStringLiteral("siteCounty"));
    auto* countyError = dialog.findChild<QLabel*>(QStringLiteral("siteCountyError"));
    QVERIFY(county && countyError);
    QVERIFY(countyError->isVisible());
    QVERIFY(countyError->text().contains(QLatin1String("12345")));
    QVERIFY(FieldError::isShown(county));
    QCOMPARE(QApplication::focusWidget(), county);
    auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("siteNameError"));
    QVERIFY2(!nameError->isVisible(), "only the bad field is marked");
    QVERIFY(!registry::SiteRepository(m_testDb->db()).siteByCode(QStringLiteral("430524010")));

    // Editing the field clears its mark; a good code then saves.
    QTest::keyClick(county, Qt::Key_Backspace);
    QVERIFY(!FieldError::isShown(county));
    QVERIFY(!countyError->isVisible());
    QTest::keyClick(county, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(county, QStringLiteral("430522"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    const auto saved = registry::SiteRepository(m_testDb->db()).siteByCode(QStringLiteral("430524010"));
    QVERIFY(saved);
    QCOMPARE(saved->countyCode, QStringLiteral("430522"));
}

void TestMainWindow::newBuildingGetsItsUnits()
{
    Building building;
    building.siteId = m_testDb->siteId();
    BuildingDialog dialog(m_testDb->db(), building);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("buildingName"));

    typeAndTab(QStringLiteral("2"));
    typeAndTab(QStringLiteral("11"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("buildingUnits"));
    typeAndEnter(QStringLiteral("3"));

    QVERIFY(!dialog.isVisible());
    const registry::SiteRepository sites(m_testDb->db());
    const auto saved = sites.building(dialog.building().id);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("2"));
    QCOMPARE(saved->floors, 11);
    QCOMPARE(saved->siteId, m_testDb->siteId());
    QCOMPARE(sites.units(saved->id).size(), 3);
}

void TestMainWindow::sitesDialogListsBuildingsWithUnitCounts()
{
    SitesDialog dialog(m_testDb->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* siteList = dialog.findChild<QListWidget*>(QStringLiteral("siteList"));
    auto* buildings = dialog.findChild<QTableWidget*>(QStringLiteral("buildingTable"));
    QCOMPARE(siteList->count(), 1);
    QCOMPARE(dialog.currentSiteId(), m_testDb->siteId());
    QCOMPARE(buildings->rowCount(), 1);
    QCOMPARE(buildings->item(0, 0)->text(), QStringLiteral("1栋"));
    QCOMPARE(buildings->item(0, 2)->text(), QStringLiteral("2"));
}

// A secretary may look at the sites (they place the party organisations) but not change them: no edit
// buttons, and a line that says why.
void TestMainWindow::sitesDialogIsReadOnlyForRolesThatMayNotEditSites()
{
    m_testDb->logInAs(Role::Secretary);
    SitesDialog dialog(m_testDb->db());
    m_testDb->logInAs(Role::Admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("siteList"))->count(), 1);
    for (const char* name : {"addSite", "editSite", "addBuilding", "editBuilding"})
        QVERIFY2(dialog.findChild<QPushButton*>(QLatin1String(name))->isHidden(), name);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("readOnlyNote"))->isVisible());

    SitesDialog editable(m_testDb->db());
    QVERIFY(!editable.findChild<QPushButton*>(QStringLiteral("addSite"))->isHidden());
    QVERIFY(!editable.findChild<QLabel*>(QStringLiteral("readOnlyNote")));
}

void TestMainWindow::eachRoleStartsOnItsOwnPage_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<MainWindow::Page>("start");
    QTest::newRow("secretary") << Role::Secretary << MainWindow::Page::Party;
    QTest::newRow("manager") << Role::Manager << MainWindow::Page::Reports;
    QTest::newRow("clerk") << Role::Clerk << MainWindow::Page::Households;
    QTest::newRow("admin") << Role::Admin << MainWindow::Page::Households;
}

// The first start of a user opens their role's page (Workflows::startFor); later starts where they left.
void TestMainWindow::eachRoleStartsOnItsOwnPage()
{
    QFETCH(Role, role);
    QFETCH(MainWindow::Page, start);
    QSettings().clear();
    m_testDb->logInAs(role);
    {
        MainWindow window(m_testDb->db());
        QCOMPARE(window.currentPage(), start);
        window.showPage(MainWindow::Page::Settings);
        window.close();
    }
    MainWindow again(m_testDb->db());
    QCOMPARE(again.currentPage(), MainWindow::Page::Settings);
    // Another user of the same desk still starts on their own page.
    m_testDb->logInAs(role, {}, QStringLiteral("another"));
    MainWindow other(m_testDb->db());
    QCOMPARE(other.currentPage(), start);
}

void TestMainWindow::clerkSeesThePartyPageGreyedWithTheReason()
{
    m_testDb->logInAs(Role::Clerk);
    MainWindow window(m_testDb->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QListWidgetItem* party = navigation->item(int(MainWindow::Page::Party));
    QVERIFY(!(party->flags() & Qt::ItemIsEnabled));
    QVERIFY2(party->toolTip().contains(Permissions::describe(Action::ReadParty)),
             qPrintable(party->toolTip()));
    QVERIFY(!window.isPageOpen(MainWindow::Page::Party));
    QVERIFY(window.isPageOpen(MainWindow::Page::Households));

    window.showPage(MainWindow::Page::Households);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Households);
    window.showPage(MainWindow::Page::Party);
    QCOMPARE(window.currentPage(), MainWindow::Page::Households);
    // Nothing of the party page was built for a role that may not read it.
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("newOrganisation")));
}

void TestMainWindow::managerReadsThePartyPageWithoutItsWriteButtons()
{
    m_testDb->logInAs(Role::Manager);
    MainWindow window(m_testDb->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Party);
    QCOMPARE(window.currentPage(), MainWindow::Page::Party);
    QWidget* page = window.page(MainWindow::Page::Party);
    for (const char* name : {"newOrganisation", "newPartyMember"}) {
        auto* button = page->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(Permissions::describe(Action::WriteParty)),
                 qPrintable(button->toolTip()));
    }
    auto* note = page->findChild<QLabel*>(QStringLiteral("partyReadOnlyNote"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());

    // The secretary, who may change them, gets them enabled and no note.
    m_testDb->logInAs(Role::Secretary);
    MainWindow secretary(m_testDb->db());
    secretary.show();
    QVERIFY(QTest::qWaitForWindowExposed(&secretary));
    secretary.showPage(MainWindow::Page::Party);
    QVERIFY(secretary.page(MainWindow::Page::Party)
                ->findChild<QPushButton*>(QStringLiteral("newOrganisation"))
                ->isEnabled());
    QVERIFY(
        !secretary.page(MainWindow::Page::Party)->findChild<QLabel*>(QStringLiteral("partyReadOnlyNote")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
