// Which pages of the window each role may open and where it starts: decided in core (issue 15), so the
// window shows the same limits the services enforce.
#include "access/Permissions.h"
#include "access/Workflows.h"

#include <QTest>

using namespace anju;

namespace {
Session sessionOf(Role role)
{
    Session s;
    s.userName = QStringLiteral("someone");
    s.role = role;
    return s;
}
} // namespace

class TestWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void eachRoleStartsOnItsOwnPage_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Workflow>("start");
        QTest::newRow("secretary") << Role::Secretary << Workflow::Party;
        QTest::newRow("manager") << Role::Manager << Workflow::Reports;
        QTest::newRow("clerk") << Role::Clerk << Workflow::Households;
        QTest::newRow("admin") << Role::Admin << Workflow::Households;
    }
    void eachRoleStartsOnItsOwnPage()
    {
        QFETCH(Role, role);
        QFETCH(Workflow, start);
        QCOMPARE(Workflows::startFor(role), start);
        const Session session = sessionOf(role);
        QCOMPARE(Workflows::startFor(&session), start);
        // A role never starts on a page it may not open.
        QVERIFY(Workflows::mayOpen(&session, start).ok());
    }

    void withoutSessionTheHouseholdsPage() { QCOMPARE(Workflows::startFor(nullptr), Workflow::Households); }

    // The party page reads party records: a clerk may not, and the reason names the role and the action.
    void clerkMayNotOpenTheParty()
    {
        const Session clerk = sessionOf(Role::Clerk);
        const Outcome refused = Workflows::mayOpen(&clerk, Workflow::Party);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.summary().contains(Permissions::describe(Action::ReadParty)),
                 qPrintable(refused.summary()));
        QVERIFY(Workflows::mayOpen(&clerk, Workflow::Households).ok());
        QVERIFY(Workflows::mayOpen(&clerk, Workflow::Reports).ok());
    }

    void pagesFollowThePermissionTable_data()
    {
        QTest::addColumn<Role>("role");
        for (Role role : {Role::Admin, Role::Clerk, Role::Manager, Role::Secretary})
            QTest::newRow(qPrintable(QString::number(int(role)))) << role;
    }
    void pagesFollowThePermissionTable()
    {
        QFETCH(Role, role);
        const Session session = sessionOf(role);
        QCOMPARE(Workflows::mayOpen(&session, Workflow::Party).ok(),
                 Permissions::allows(role, Action::ReadParty));
        QCOMPARE(Workflows::mayOpen(&session, Workflow::Households).ok(),
                 Permissions::allows(role, Action::ReadRegistry));
        QCOMPARE(Workflows::mayOpen(&session, Workflow::Grids).ok(),
                 Permissions::allows(role, Action::ReadGrids));
        // Settings (language, database) and the pages still to come are open to everyone.
        for (Workflow open : {Workflow::Support, Workflow::Settings})
            QVERIFY(Workflows::mayOpen(&session, open).ok());
        QVERIFY(!Workflows::mayOpen(nullptr, Workflow::Households).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkflows)
#include "tst_workflows.moc"
