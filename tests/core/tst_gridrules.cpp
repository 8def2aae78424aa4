// The grid rules without a database: the CJ/T 349-style code, a grid's, a staff member's and a pairing's
// fields, the floor of a room number, and which grid a household's placement gives.
#include "Refusal.h"

#include "access/Permissions.h"
#include "grids/GridRules.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;

class TestGridRules : public QObject
{
    Q_OBJECT

private slots:
    void codeIsFourteenDigitsOfTheSitesCounty_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("valid") << QStringLiteral("43052400100101") << QString();
        QTest::newRow("last sequence") << QStringLiteral("43052400100199") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the grid code");
        QTest::newRow("13 digits") << QStringLiteral("4305240010010") << QStringLiteral("must be 14 digits");
        QTest::newRow("15 digits") << QStringLiteral("430524001001011")
                                   << QStringLiteral("must be 14 digits");
        QTest::newRow("letter") << QStringLiteral("4305240010010A") << QStringLiteral("must be 14 digits");
        QTest::newRow("full-width digit")
            << QStringLiteral("4305240010010１") << QStringLiteral("must be 14 digits");
        QTest::newRow("other county") << QStringLiteral("43052300100101")
                                      << QStringLiteral("must begin with the site's county code 430524");
        QTest::newRow("sequence 00") << QStringLiteral("43052400100100")
                                     << QStringLiteral("runs from 01 to 99");
    }
    void codeIsFourteenDigitsOfTheSitesCounty()
    {
        QFETCH(QString, code);
        QFETCH(QString, why);
        const Outcome checked = GridRules::checkCode(code, QStringLiteral("430524"));
        if (why.isEmpty())
            QVERIFY2(checked.ok(), qPrintable(checked.summary()));
        else
            QVERIFY_REFUSED(checked, why);
    }

    void gridNeedsSiteNameAndAStartNotAfterItsEnd()
    {
        Grid g;
        g.code = QStringLiteral("43052400100101");
        g.siteId = 1;
        g.name = QStringLiteral("第一网格");
        g.validFrom = QDate(2024, 3, 1);
        QVERIFY(GridRules::validate(g, QStringLiteral("430524")).ok());
        g.validTo = QDate(2024, 3, 1); // closed the day it opened: empty, but not backwards
        QVERIFY(GridRules::validate(g, QStringLiteral("430524")).ok());
        g.validTo = QDate(2024, 2, 29);
        QVERIFY_REFUSED(GridRules::validate(g, QStringLiteral("430524")),
                        QStringLiteral("cannot be before the start"));
        g.validTo = {};
        g.name = QStringLiteral("  ");
        QVERIFY_REFUSED(GridRules::validate(g, QStringLiteral("430524")),
                        QStringLiteral("Enter the grid's name"));
        g.name = QStringLiteral("第一网格");
        g.siteId = 0;
        QVERIFY_REFUSED(GridRules::validate(g, QStringLiteral("430524")), QStringLiteral("Choose the site"));
    }

    void staffNeedTheirPersonAndPlace()
    {
        StaffMember s;
        s.gridId = 1;
        s.validFrom = QDate(2024, 1, 1);
        s.origin = StaffOrigin::Resident;
        QVERIFY_REFUSED(GridRules::validate(s), QStringLiteral("Choose the resident"));
        s.personId = 7;
        QVERIFY(GridRules::validate(s).ok());
        s.role = StaffRole::BuildingLeader;
        QVERIFY_REFUSED(GridRules::validate(s), QStringLiteral("A building leader needs the building"));
        s.buildingId = 3;
        QVERIFY(GridRules::validate(s).ok());
        s.role = StaffRole::UnitLeader;
        QVERIFY_REFUSED(GridRules::validate(s), QStringLiteral("A unit leader needs the unit"));
        s.unitId = 4;
        QVERIFY(GridRules::validate(s).ok());
        s.role = StaffRole::PartyMemberHousehold;
        QVERIFY_REFUSED(GridRules::validate(s), QStringLiteral("needs the party member"));
        s = {};
        s.gridId = 1;
        s.validFrom = QDate(2024, 1, 1);
        s.origin = StaffOrigin::OutsideCadre;
        QVERIFY_REFUSED(GridRules::validate(s), QStringLiteral("Enter the cadre's name"));
        s.cadreName = QStringLiteral("刘干部");
        QVERIFY(GridRules::validate(s).ok());
    }

    void pairingNeedsItsPartner()
    {
        Pairing p;
        p.householdId = 1;
        p.validFrom = QDate(2024, 1, 1);
        p.partnerKind = PartnerKind::PartyMember;
        QVERIFY_REFUSED(GridRules::validate(p), QStringLiteral("Choose the party member"));
        p.partyMemberId = 2;
        QVERIFY(GridRules::validate(p).ok());
        p.partnerKind = PartnerKind::Staff;
        QVERIFY_REFUSED(GridRules::validate(p), QStringLiteral("Choose the grid staff member"));
        p.partnerKind = PartnerKind::Cadre;
        QVERIFY_REFUSED(GridRules::validate(p), QStringLiteral("Enter the cadre's name"));
        p.cadreName = QStringLiteral("王干部");
        QVERIFY(GridRules::validate(p).ok());
    }

    void floorComesFromTheRoomNumber_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("floor");
        QTest::newRow("101") << QStringLiteral("101") << 1;
        QTest::newRow("1203") << QStringLiteral("1203") << 12;
        QTest::newRow("B-502") << QStringLiteral("B-502") << 5;
        QTest::newRow("3单元601") << QStringLiteral("3单元601") << 6;
        QTest::newRow("two digits") << QStringLiteral("12") << 0;
        QTest::newRow("no digits") << QStringLiteral("门面") << 0;
    }
    void floorComesFromTheRoomNumber()
    {
        QFETCH(QString, room);
        QFETCH(int, floor);
        QCOMPARE(GridRules::floorOfRoom(room), floor);
    }

    void exceptionThenUnitThenBuilding()
    {
        GridRules::Placement p;
        QList<qint64> competing{99};
        QCOMPARE(GridRules::gridOf(p, &competing), std::nullopt);
        QVERIFY(competing.isEmpty()); // in no grid
        p.buildingGrids = {1};
        QCOMPARE(GridRules::gridOf(p), std::optional<qint64>(1));
        p.unitGrids = {2};
        QCOMPARE(GridRules::gridOf(p), std::optional<qint64>(2)); // the unit's own row wins
        p.exceptionGrids = {3};
        QCOMPARE(GridRules::gridOf(p), std::optional<qint64>(3)); // an explicit exception wins
        p.exceptionGrids = {};
        p.unitGrids = {2, 4};
        QCOMPARE(GridRules::gridOf(p, &competing), std::nullopt); // two grids at one level: ambiguous
        QCOMPARE(competing, (QList<qint64>{2, 4}));
        p.unitGrids = {2, 2}; // two rows of the same grid are still one grid
        QCOMPARE(GridRules::gridOf(p), std::optional<qint64>(2));
    }

    void datedRowsHoldFromTheirStartUntilTheDayBeforeTheirEnd()
    {
        const QDate from(2024, 2, 29);
        QVERIFY(!holdsOn(from, {}, QDate(2024, 2, 28)));
        QVERIFY(holdsOn(from, {}, from));
        QVERIFY(holdsOn(from, QDate(2024, 3, 1), QDate(2024, 2, 29)));
        QVERIFY(!holdsOn(from, QDate(2024, 3, 1), QDate(2024, 3, 1))); // the end day belongs to the next row
    }

    void whoMayReadAndWriteGrids()
    {
        // The clerk is the grid worker and the manager the centre's head: both write; the secretary reads
        // (party members are paired and serve as 党员中心户); the administrator does everything.
        QVERIFY(Permissions::allows(Role::Clerk, Action::WriteGrids));
        QVERIFY(Permissions::allows(Role::Manager, Action::WriteGrids));
        QVERIFY(Permissions::allows(Role::Admin, Action::WriteGrids));
        QVERIFY(!Permissions::allows(Role::Secretary, Action::WriteGrids));
        for (Role role : {Role::Clerk, Role::Manager, Role::Admin, Role::Secretary})
            QVERIFY(Permissions::allows(role, Action::ReadGrids));
        QVERIFY(!Permissions::allows(static_cast<const Session*>(nullptr), Action::ReadGrids));
        // Drawing grids, naming their staff and handing a worker's households over are the 负责人's: the
        // grid worker records the work, the head organises it.
        QVERIFY(!Permissions::allows(Role::Clerk, Action::OrganiseGrids));
        QVERIFY(!Permissions::allows(Role::Secretary, Action::OrganiseGrids));
        QVERIFY(Permissions::allows(Role::Manager, Action::OrganiseGrids));
        QVERIFY(Permissions::allows(Role::Admin, Action::OrganiseGrids));
    }
};

QTEST_GUILESS_MAIN(TestGridRules)
#include "tst_gridrules.moc"
