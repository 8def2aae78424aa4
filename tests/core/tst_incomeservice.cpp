// The monthly income check against a real database (both engines): saving and updating a check with its
// optimistic row_version, the refusals by role and site with their reasons, each field's validation
// message, the entry sheet of a site and of a grid with last month beside, and the flags and missing
// lists against hand-built households whose figures are worked out by hand (and by IncomeRules).
#include "Refusal.h"
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "grids/GridService.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeCheckService.h"
#include "income/IncomeFlags.h"
#include "income/IncomeRules.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::income;

namespace {

const QDate Today(2024, 6, 15);
const QDate May(2024, 5, 1);
const QDate April(2024, 4, 1);
const QString Longhui = QStringLiteral("430524");
const QString Digits = QStringLiteral("零一二三四五六七八九"); // names are letters only

} // namespace

class TestIncomeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;
    qint64 m_unit1 = 0;
    qint64 m_building2 = 0, m_unit2 = 0;
    qint64 m_otherSite = 0, m_otherUnit = 0;

    Database& db() { return m_test->db(); }

    // A household of `members` residents, the first the head, relocated on `relocated`, numbered H001, H002…
    qint64 household(int members, qint64 unitId = 0, QDate relocated = QDate(2020, 1, 1), qint64 siteId = 0,
                     const QString& headName = {})
    {
        ++m_sequence;
        Household h;
        h.siteId = siteId > 0 ? siteId : m_test->siteId();
        h.number = QStringLiteral("H%1").arg(m_sequence, 3, 10, QLatin1Char('0'));
        h.relocationDate = relocated;
        h.originCountyCode = Longhui;
        for (int i = 0; i < members; ++i)
            h.members.append(
                makePerson(i == 0 && !headName.isEmpty()
                               ? headName
                               : QStringLiteral("住户") + Digits.at(m_sequence % 10) + Digits.at(i % 10),
                           makeIdNumber(Longhui, QDate(1970, 1, 1).addDays(m_sequence * 10 + i),
                                        2 * (m_sequence * 10 + i) + 1),
                           i == 0 ? Relationship::Head : Relationship::Other));
        const auto saved = registry::RegistryService(db()).saveHousehold(
            h, unitId > 0 ? unitId : m_unit1, QStringLiteral("%1").arg(100 + m_sequence), relocated);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    static IncomeCheck draft(qint64 householdId, QDate month, Fen wages, int headcount = 0)
    {
        IncomeCheck c;
        c.householdId = householdId;
        c.month = month;
        c.checkedOn = month.addDays(9);
        c.headcount = headcount;
        c.incomeWages = wages;
        c.checker = QStringLiteral("李干部");
        return c;
    }

    IncomeCheck save(const IncomeCheck& c)
    {
        const auto saved = IncomeCheckService(db()).save(c, c.rowVersion, Today);
        if (!saved)
            qFatal("save: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    qint64 otherSite()
    {
        Site site;
        site.code = QStringLiteral("430524002");
        site.name = QStringLiteral("幸福家园");
        site.countyCode = Longhui;
        const Result<Site> saved = registry::SiteService(db()).saveSite(site);
        if (!saved)
            qFatal("site: %s", qPrintable(saved.summary()));
        m_otherSite = saved.value().id;
        Building b;
        b.siteId = m_otherSite;
        b.name = QStringLiteral("8栋");
        const auto building = registry::SiteService(db()).saveBuilding(b, 1);
        if (!building)
            qFatal("building: %s", qPrintable(building.summary()));
        m_otherUnit = registry::SiteRepository(db()).units(building.value().id).at(0).id;
        return m_otherSite;
    }

    int auditRows(qint64 checkId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'"
                                 " AND record_id = ?"));
        q.addBindValue(checkId);
        if (!q.exec() || !q.next())
            qFatal("audit: %s", qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_sequence = 0;
        registry::SiteRepository sites(db());
        m_unit1 = sites.units(m_test->buildingId()).at(0).id;
        Building b;
        b.siteId = m_test->siteId();
        b.name = QStringLiteral("2栋");
        b.floors = 18;
        const auto saved = registry::SiteService(db()).saveBuilding(b, 1);
        QVERIFY2(saved, qPrintable(saved.summary()));
        m_building2 = saved.value().id;
        m_unit2 = sites.units(m_building2).at(0).id;
    }
    void cleanup() { m_test.reset(); }

    void saveInsertsThenUpdatesWithItsRowVersion()
    {
        const qint64 h = household(3);
        IncomeCheck c = draft(h, QDate(2024, 5, 20), 300000); // any day of May is May
        c.expenseMedical = 1234;
        c.note = QStringLiteral("  务工收入  ");
        const IncomeCheck saved = save(c);
        QVERIFY(saved.id > 0);
        QCOMPARE(saved.month, May);
        QCOMPARE(saved.headcount, 3); // 0 → the household's members at the end of May
        QCOMPARE(saved.rowVersion, 1);
        QCOMPARE(saved.incomeWages, Fen(300000));
        QCOMPARE(saved.expenseMedical, Fen(1234));
        QCOMPARE(saved.note, QStringLiteral("务工收入"));
        QCOMPARE(saved.source, QStringLiteral("entry"));
        QCOMPARE(auditRows(saved.id), 1); // the trigger recorded the insert

        IncomeCheck changed = saved;
        changed.incomeBusiness = 5000;
        changed.headcount = 2;
        const auto updated = IncomeCheckService(db()).save(changed, saved.rowVersion, Today);
        QVERIFY2(updated, qPrintable(updated.summary()));
        QCOMPARE(updated.value().rowVersion, 2);
        QCOMPARE(updated.value().incomeBusiness, Fen(5000));
        QCOMPARE(updated.value().headcount, 2);
        QCOMPARE(auditRows(saved.id), 2);

        // A second desk still holding version 1 is refused, and nothing changes.
        IncomeCheck stale = saved;
        stale.incomeWages = 1;
        const auto refused = IncomeCheckService(db()).save(stale, 1, Today);
        QVERIFY_REFUSED(refused, QStringLiteral("changed this check meanwhile"));
        QVERIFY(!refused.messageFor(QLatin1String(Field::IncomeVersion)).isEmpty());
        QCOMPARE(IncomeCheckRepository(db()).check(saved.id)->incomeWages, Fen(300000));

        // A second check of the same household and month is refused; the month may not be changed.
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(h, May, 1), 0, Today),
                        QStringLiteral("already has a check of 2024-05"));
        IncomeCheck moved = updated.value();
        moved.month = April;
        moved.checkedOn = April;
        QVERIFY_REFUSED(IncomeCheckService(db()).save(moved, moved.rowVersion, Today),
                        QStringLiteral("cannot be changed"));
        QVERIFY(IncomeCheckRepository(db()).checkOf(h, QDate(2024, 5, 31)).has_value());
        QVERIFY(!IncomeCheckRepository(db()).checkOf(h, April).has_value());
    }

    void refusedByRoleAndSite()
    {
        const qint64 h = household(2);
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(h, May, 1000), 0, Today),
                        QStringLiteral("may not"));
        QVERIFY_REFUSED(IncomeCheckRepository(db()).sheet(May, m_test->siteId()), QStringLiteral("may not"));
        QVERIFY_REFUSED(IncomeFlags(db()).flagged(May), QStringLiteral("may not"));
        QVERIFY_REFUSED(IncomeFlags(db()).missing(May), QStringLiteral("may not"));

        m_test->logInAs(Role::Clerk, {m_test->siteId() + 1000});
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(h, May, 1000), 0, Today),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(IncomeCheckRepository(db()).sheet(May, m_test->siteId()),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(IncomeFlags(db()).flagged(May, m_test->siteId()),
                        QStringLiteral("works on other sites"));
        // The office's lists show a site-limited clerk only the clerk's sites: here none of this one.
        const auto missing = IncomeFlags(db()).missing(May);
        QVERIFY2(missing, qPrintable(missing.summary()));
        QVERIFY(missing.value().isEmpty());

        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        const auto saved = IncomeCheckService(db()).save(draft(h, May, 1000), 0, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        m_test->logInAs(Role::Manager);
        QVERIFY(IncomeCheckRepository(db()).sheet(May, m_test->siteId()));
    }

    void validationNamesEachField()
    {
        const qint64 h = household(2);
        const auto messageOf = [this](const IncomeCheck& c, const char* field) {
            const auto refused = IncomeCheckService(db()).save(c, c.rowVersion, Today);
            if (refused.ok())
                return QStringLiteral("<accepted>");
            return refused.messageFor(QLatin1String(field));
        };
        // A month that has not begun.
        IncomeCheck c = draft(h, QDate(2024, 7, 1), 1000);
        c.checkedOn = Today;
        QVERIFY(messageOf(c, Field::IncomeMonth).contains(QStringLiteral("2024-07 has not begun")));
        // This month is allowed (it has begun), checked today.
        c = draft(h, QDate(2024, 6, 1), 1000);
        c.checkedOn = Today;
        QCOMPARE(messageOf(c, Field::IncomeMonth), QStringLiteral("<accepted>"));
        // Checked before the month, or in the future, or not at all.
        c = draft(h, May, 1000);
        c.checkedOn = QDate(2024, 4, 30);
        QVERIFY(messageOf(c, Field::IncomeCheckedOn)
                    .contains(QStringLiteral("before the month it checks (2024-05)")));
        c.checkedOn = Today.addDays(1);
        QVERIFY(messageOf(c, Field::IncomeCheckedOn).contains(QStringLiteral("cannot be in the future")));
        c.checkedOn = QDate();
        QVERIFY(messageOf(c, Field::IncomeCheckedOn).contains(QStringLiteral("Enter the day of the check")));
        // Each amount by its name; the first day of the month itself is fine for checked_on.
        c = draft(h, May, 1000);
        c.checkedOn = May;
        c.incomeProperty = -1;
        c.expenseOther = IncomeRules::MaxAmount + 1;
        c.headcount = -2;
        const auto refused = IncomeCheckService(db()).save(c, 0, Today);
        QVERIFY(!refused.ok());
        QVERIFY(refused.messageFor(QLatin1String(Field::IncomeProperty))
                    .contains(QStringLiteral("property income cannot be negative")));
        QVERIFY(refused.messageFor(QLatin1String(Field::IncomeExpenseOther))
                    .contains(QStringLiteral("100,000,000")));
        QVERIFY(
            refused.messageFor(QLatin1String(Field::IncomeHeadcount)).contains(QStringLiteral("negative")));
        QVERIFY(refused.messageFor(QLatin1String(Field::IncomeWages)).isEmpty());
        QCOMPARE(refused.violations().size(), 3);
        // An unknown household.
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(h + 999, May, 1), 0, Today),
                        QStringLiteral("not on file"));
        // A month before the household came to the site.
        const qint64 late = household(1, 0, QDate(2024, 6, 2));
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(late, May, 1), 0, Today),
                        QStringLiteral("moved to the site on 2024-06-02, after 2024-05"));
        // A month after it left.
        const qint64 gone = household(1);
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(gone, QDate(2024, 3, 31)));
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(gone, April, 1), 0, Today),
                        QStringLiteral("left the site on 2024-03-31"));
        // It left on March's last day: no members then to default the headcount to, so it must be typed.
        QVERIFY_REFUSED(IncomeCheckService(db()).save(draft(gone, QDate(2024, 3, 1), 1), 0, Today),
                        QStringLiteral("no members on file at the end of 2024-03"));
        QVERIFY(IncomeCheckService(db()).save(draft(gone, QDate(2024, 3, 1), 1, 1), 0, Today));
        // Nothing refused was written.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM income_checks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // June of h and March of the household that left
    }

    void sheetWithLastMonthBeside()
    {
        const qint64 both = household(3);               // H001: April and May
        const qint64 aprilOnly = household(2);          // H002: April only
        const qint64 none = household(4, m_unit2);      // H003: never, in building 2
        const qint64 gone = household(1);               // H004: left in March
        const qint64 leftInMay = household(2, m_unit2); // H005: checked in May, left on 20 May
        const qint64 site2 = otherSite();
        const qint64 elsewhere = household(1, m_otherUnit, QDate(2020, 1, 1), site2); // another site
        save(draft(both, April, 100000));
        const IncomeCheck mayOfBoth = save(draft(both, May, 90000));
        save(draft(aprilOnly, April, 50000));
        save(draft(leftInMay, May, 20000));
        save(draft(elsewhere, May, 1));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(gone, QDate(2024, 3, 31)));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(leftInMay, QDate(2024, 5, 20)));

        const auto sheet = IncomeCheckRepository(db()).sheet(QDate(2024, 5, 17), m_test->siteId());
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        const IncomeSheet& s = sheet.value();
        QCOMPARE(s.month, May);
        QVERIFY(s.line.has_value());
        QCOMPARE(s.line->perPersonPerYear, Fen(600000)); // 2021's line carried over to 2024
        QCOMPARE(s.rows.size(), 4); // not the one that left in March nor the other site's
        QCOMPARE(s.rows.at(0).householdId, both);
        QCOMPARE(s.rows.at(1).householdId, aprilOnly);
        QCOMPARE(s.rows.at(2).householdId, none);
        QCOMPARE(s.rows.at(3).householdId, leftInMay); // left during May but checked in it
        QCOMPARE(s.rows.at(0).defaultHeadcount, 3);
        QCOMPARE(s.rows.at(2).defaultHeadcount, 4);
        QCOMPARE(s.rows.at(0).current->id, mayOfBoth.id);
        QCOMPARE(s.rows.at(0).current->incomeWages, Fen(90000));
        QCOMPARE(s.rows.at(0).previous->incomeWages, Fen(100000));
        QCOMPARE(s.rows.at(0).previous->month, April);
        QVERIFY(!s.rows.at(1).current.has_value());
        QCOMPARE(s.rows.at(1).previous->incomeWages, Fen(50000));
        QVERIFY(!s.rows.at(2).current.has_value() && !s.rows.at(2).previous.has_value());
        QCOMPARE(s.missing(), 2);
        QCOMPARE(s.rows.at(0).number, QStringLiteral("H001"));
        QVERIFY(!s.rows.at(0).headName.isEmpty());
        QVERIFY(s.rows.at(2).address.contains(QStringLiteral("2栋")));
        // Flags on the sheet: 90,000 fen for 3 people = 360,000 a year, under 600,000.
        QVERIFY(s.rows.at(0).flags.belowLine);
        QVERIFY(!s.rows.at(0).flags.drop && !s.rows.at(0).flags.largeExpense);
        QVERIFY(!s.rows.at(1).flags.any());

        // The sheet of one grid: building 2 only.
        grids::Grid g;
        g.code = QStringLiteral("43052400100102");
        g.siteId = m_test->siteId();
        g.name = QStringLiteral("西网格");
        g.validFrom = QDate(2024, 1, 1);
        const auto grid = grids::GridService(db()).saveGrid(g);
        QVERIFY2(grid, qPrintable(grid.summary()));
        QVERIFY(grids::GridService(db()).assignCoverage(grid.value().id, m_building2, 0, QDate(2024, 1, 1)));
        const auto gridSheet = IncomeCheckRepository(db()).sheet(May, 0, grid.value().id);
        QVERIFY2(gridSheet, qPrintable(gridSheet.summary()));
        QCOMPARE(gridSheet.value().rows.size(), 2);
        QCOMPARE(gridSheet.value().rows.at(0).householdId, none);
        QCOMPARE(gridSheet.value().rows.at(1).householdId, leftInMay);
        QVERIFY_REFUSED(IncomeCheckRepository(db()).sheet(May, 0, 0), QStringLiteral("Choose the site"));
    }

    // Hand-built households whose flags are worked out by hand. Headcount 3: pca = net × 4. The line of
    // 2024 is 2021's, 600,000 fen.
    void flagsAndMissingAgainstHandBuiltHouseholds()
    {
        const qint64 dropped = household(3);      // H001: drop only
        const qint64 notDropped = household(3);   // H002: one fen short of a drop
        const qint64 below = household(3);        // H003: below the line only
        const qint64 atLine = household(3);       // H004: at the line
        const qint64 large = household(3);        // H005: a large expense only
        const qint64 atLarge = household(3);      // H006: at the large-expense amount
        const qint64 unchecked = household(2);    // H007: missing
        const qint64 gone = household(2);         // H008: left in April: not missing
        const qint64 leavesInJune = household(2); // H009: active at May's end: missing
        household(2, 0, QDate(2024, 6, 2));       // H010: came in June: not missing in May
        const qint64 site2 = otherSite();
        const qint64 otherSiteFlagged = household(3, m_otherUnit, QDate(2020, 1, 1), site2); // H011
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(gone, QDate(2024, 4, 30)));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(leavesInJune, QDate(2024, 6, 5)));

        // Three earlier months of 300,000 fen (pca 1,200,000; S = 3,600,000; S × 70 = 252,000,000).
        for (qint64 h : {dropped, notDropped})
            for (int m = 1; m <= 3; ++m)
                save(draft(h, May.addMonths(-m), 300000, 3));
        // 209,999 × 4 = 839,996; × 300 = 251,998,800 < 252,000,000: a drop. 210,000: 252,000,000, not.
        save(draft(dropped, May, 209999, 3));
        save(draft(notDropped, May, 210000, 3));
        // 149,999 × 4 = 599,996 < 600,000; 150,000 × 4 = 600,000, not below.
        save(draft(below, May, 149999, 3));
        save(draft(atLine, May, 150000, 3));
        IncomeCheck l = draft(large, May, 500000, 3);
        l.expenseMedical = 1000001; // one fen over 10,000 yuan
        save(l);
        IncomeCheck a = draft(atLarge, May, 500000, 3);
        a.expenseEducation = 1000000;
        save(a);
        save(draft(otherSiteFlagged, May, 1, 3));

        const auto flagged = IncomeFlags(db()).flagged(QDate(2024, 5, 31));
        QVERIFY2(flagged, qPrintable(flagged.summary()));
        const QList<FlaggedHousehold>& f = flagged.value();
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(0).householdId, dropped);
        QCOMPARE(f.at(0).flags, (CheckFlags{false, true, false}));
        QCOMPARE(f.at(0).perCapitaAnnual, Fen(839996));
        QCOMPARE(f.at(0).net, Fen(209999));
        QCOMPARE(f.at(0).headcount, 3);
        QCOMPARE(f.at(0).line, Fen(600000));
        QCOMPARE(f.at(1).householdId, below);
        QCOMPARE(f.at(1).flags, (CheckFlags{true, false, false}));
        QCOMPARE(f.at(1).perCapitaAnnual, Fen(599996));
        QCOMPARE(f.at(2).householdId, large);
        QCOMPARE(f.at(2).flags, (CheckFlags{false, false, true}));
        QCOMPARE(f.at(2).largestExpense, Fen(1000001));
        QCOMPARE(f.at(3).householdId, otherSiteFlagged); // site 430524002 after 430524001
        QCOMPARE(f.at(3).siteCode, QStringLiteral("430524002"));
        QCOMPARE(f.at(3).perCapitaAnnual, Fen(4));

        // The SQL and IncomeRules agree on every check of the month.
        const IncomeSettings settings = IncomeSettings::load(db());
        const IncomeCheckRepository repository(db());
        for (qint64 h : {dropped, notDropped, below, atLine, large, atLarge, otherSiteFlagged}) {
            const IncomeCheck c = *repository.checkOf(h, May);
            const CheckFlags expected = IncomeRules::flags(c, repository.earlierMonths(h, May), settings);
            const auto it = std::find_if(f.cbegin(), f.cend(),
                                         [h](const FlaggedHousehold& x) { return x.householdId == h; });
            QCOMPARE(it == f.cend() ? CheckFlags{} : it->flags, expected);
        }

        // One site only.
        const auto ofSite = IncomeFlags(db()).flagged(May, m_test->siteId());
        QVERIFY2(ofSite, qPrintable(ofSite.summary()));
        QCOMPARE(ofSite.value().size(), 3);

        // A line of 5,000 yuan for 2024 of its own: 599,996 is no longer below it.
        QVERIFY(db().setSetting(QStringLiteral("income.line.2024"), QStringLiteral("5000")));
        QCOMPARE(IncomeFlags(db()).flagged(May).value().size(), 3);

        const auto missing = IncomeFlags(db()).missing(May);
        QVERIFY2(missing, qPrintable(missing.summary()));
        QCOMPARE(missing.value().size(), 2);
        QCOMPARE(missing.value().at(0).householdId, unchecked);
        QCOMPARE(missing.value().at(1).householdId, leavesInJune);
        QVERIFY(!missing.value().at(0).lastCheckMonth.isValid());
        // April: the two with earlier months are checked; everyone else active at April's end is missing,
        // and the lists tell the latest earlier check.
        const auto aprilMissing = IncomeFlags(db()).missing(April, m_test->siteId());
        QVERIFY2(aprilMissing, qPrintable(aprilMissing.summary()));
        // H003–H007 and H009; H008 left on 30 April, so it was not active at April's end.
        QCOMPARE(aprilMissing.value().size(), 6);
        QCOMPARE(aprilMissing.value().at(0).number, QStringLiteral("H003"));
        const auto june = IncomeFlags(db()).missing(QDate(2024, 6, 1), m_test->siteId());
        QVERIFY2(june, qPrintable(june.summary()));
        // June: all of the site's active households at June's end: H001–H007 and H010 (H009 left on 5 June).
        QCOMPARE(june.value().size(), 8);
        QCOMPARE(june.value().at(0).lastCheckMonth, May);
    }
};

QTEST_GUILESS_MAIN(TestIncomeService)
#include "tst_incomeservice.moc"
