// 走访与事件 in the household file (issue 17): the form shows the household's timeline in a tab of its own,
// newest first, filtered by kind; a new household has none, and the tab follows the role's ReadGrids.
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "access/Permissions.h"
#include "grids/HouseholdTimeline.h"
#include "households/HouseholdForm.h"
#include "households/HouseholdTimelineBox.h"
#include "shell/UiResources.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace anju;

namespace {

int visibleRows(const QTableWidget* table)
{
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        shown += table->isRowHidden(row) ? 0 : 1;
    return shown;
}

} // namespace

class TestHouseholdTimelineBox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initUiResources();
    }

    // Two visits, a pairing with one contact, the building's grid: six lines.
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_household = m_fix->household(QStringLiteral("H1"), true, nullptr, QStringLiteral("张大妈"));
        for (const char* day : {"2025-03-05", "2025-04-02"})
            m_fix->insert(
                QStringLiteral("INSERT INTO visits (household_id, visitor_kind, visitor_staff_id,"
                               " visit_date, kind, findings) VALUES (?, 'staff', ?, ?, 'routine', ?)"),
                {m_household, m_fix->workerId, QLatin1String(day), QStringLiteral("一切正常")});
        const qint64 pairing = m_fix->pairWithStaff(m_household, m_fix->workerId, QDate(2024, 1, 1));
        m_fix->insert(QStringLiteral("INSERT INTO pairing_contacts (pairing_id, contact_date, way)"
                                     " VALUES (?, '2025-01-15', 'phone')"),
                      {pairing});
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void timelineTabNewestFirstWithAFilter()
    {
        m_test->logInAs(Role::Clerk);
        HouseholdForm form(m_test->db(), m_household);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* pages = form.findChild<QTabWidget*>(QStringLiteral("householdPages"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 2);
        QVERIFY(pages->tabBar()->isVisible());
        HouseholdTimelineBox* box = form.timelineBox();
        QVERIFY(box);
        // Not read until shown.
        QCOMPARE(box->table()->rowCount(), 0);
        pages->setCurrentWidget(box);
        QTableWidget* table = box->table();
        QCOMPARE(table->rowCount(), 5); // two visits, the pairing, its contact, the building's grid
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2025-04-02"));
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("2020-01-01"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("王网格"));

        QComboBox* kind = box->kindFilter();
        kind->setCurrentIndex(kind->findData(grids::HouseholdTimeline::kindKey(grids::TimelineKind::Visit)));
        QCOMPARE(visibleRows(table), 2);
        kind->setCurrentIndex(
            kind->findData(grids::HouseholdTimeline::kindKey(grids::TimelineKind::Contact)));
        QCOMPARE(visibleRows(table), 1);
        kind->setCurrentIndex(0);
        QCOMPARE(visibleRows(table), 5);

        // A visit recorded meanwhile shows when the tab is shown again.
        pages->setCurrentIndex(0);
        m_fix->insert(
            QStringLiteral("INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date,"
                           " kind) VALUES (?, 'cadre', '赵干部', '2025-04-09', 'routine')"),
            {m_household});
        pages->setCurrentWidget(box);
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("赵干部"));
    }

    // A new household has nothing to show: no timeline and no tab bar.
    void newHouseholdHasNoTimeline()
    {
        m_test->logInAs(Role::Clerk);
        HouseholdForm form(m_test->db(), 0);
        QVERIFY(!form.timelineBox());
        QCOMPARE(form.findChild<QTabWidget*>(QStringLiteral("householdPages"))->count(), 1);
    }

    // The tab is there exactly for the roles that may read the grids (every role today; a role that loses
    // ReadGrids loses the tab with it).
    void tabFollowsReadGrids()
    {
        for (Role role : Roles::all()) {
            m_test->logInAs(role);
            HouseholdForm form(m_test->db(), m_household);
            QCOMPARE(form.householdId(), m_household);
            QCOMPARE(form.timelineBox() != nullptr, Permissions::allows(role, Action::ReadGrids));
        }
    }
};

QTEST_MAIN(TestHouseholdTimelineBox)
#include "tst_householdtimelinebox.moc"
