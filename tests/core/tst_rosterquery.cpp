#include "TestDatabase.h"

#include "registry/HouseholdRepository.h"
#include "registry/PersonSearch.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "registry/SiteService.h"

#include <QTest>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

class TestRosterQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAndPages();
    void filtersBySiteBuildingState();
    void searchesByNameIdPhoneNumber();
    void searchTextIsNeverSql();
    void punctuationOnlyFindsNothing();
    void sortsByEveryColumn();
    void sortsByHeadAndSizeThroughSummary();
    void personSearch();
    void summaryFollowsMoves();
    void saysWhichMemberMatched();
    void findsTheRowOfAHousehold();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_otherSite = 0;
};

void TestRosterQuery::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    Site other;
    other.code = QStringLiteral("430522002");
    other.name = QStringLiteral("幸福家园");
    other.countyCode = QStringLiteral("430522");
    m_otherSite = registry::SiteService(m_db->db()).saveSite(other).value().id;

    static const char16_t* const surnames[] = {u"王", u"李", u"张", u"刘", u"陈"};
    registry::RegistryService service(m_db->db());
    for (int i = 0; i < 25; ++i) {
        Household h;
        h.number = QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0'));
        h.siteId = i < 20 ? m_db->siteId() : m_otherSite;
        h.dwellingId = i == 0 ? m_db->dwellingId() : 0;
        h.originCountyCode = QStringLiteral("430524");
        h.relocationDate = QDate(2018, 1, 1).addDays(i);
        h.phone = QStringLiteral("1390739%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString surname = QString::fromUtf16(surnames[i % 5]);
        h.members = {makePerson(surname + QStringLiteral("建国"),
                                makeIdNumber(QStringLiteral("430524"), QDate(1970, 1, 1).addDays(i), 11), Relationship::Head),
                     makePerson(QStringLiteral("周芳"), makeIdNumber(QStringLiteral("430524"), QDate(1972, 1, 1).addDays(i), 12),
                                Relationship::Spouse)};
        const Result<Household> saved = service.saveHousehold(h, QDate(2026, 11, 28));
        QVERIFY2(saved, qPrintable(saved.summary()));
        if (i == 24)
            QVERIFY(service.moveHouseholdAway(saved.value().id, QDate(2026, 1, 1)));
    }
}

void TestRosterQuery::countsAndPages()
{
    registry::RosterQuery roster(m_db->db());
    registry::RosterFilter all;
    QCOMPARE(roster.count(all), 24); // active only by default
    const QList<registry::RosterRow> first = roster.page(all, registry::RosterColumn::Number, true, 0, 10);
    QCOMPARE(first.size(), 10);
    QCOMPARE(first.first().number, QStringLiteral("N000"));
    QCOMPARE(first.first().memberCount, 2);
    QCOMPARE(first.first().headName, QStringLiteral("王建国"));
    QCOMPARE(first.first().address, QStringLiteral("1栋 %1 101").arg(Address::unitLabel(QStringLiteral("1"))));
    const QList<registry::RosterRow> last = roster.page(all, registry::RosterColumn::Number, true, 20, 10);
    QCOMPARE(last.size(), 4);
    QCOMPARE(last.last().number, QStringLiteral("N023"));
}

void TestRosterQuery::filtersBySiteBuildingState()
{
    registry::RosterQuery roster(m_db->db());
    registry::RosterFilter f;
    f.siteId = m_otherSite;
    QCOMPARE(roster.count(f), 4);
    f.state = std::nullopt;
    QCOMPARE(roster.count(f), 5);
    f.state = HouseholdState::MovedAway;
    QCOMPARE(roster.count(f), 1);
    const QList<registry::RosterRow> gone = roster.page(f, registry::RosterColumn::Number, true, 0, 10);
    QCOMPARE(gone.first().headName, QStringLiteral("陈建国")); // the last head of a household that left
    QCOMPARE(gone.first().memberCount, 0);
    registry::RosterFilter building;
    building.buildingId = m_db->buildingId();
    QCOMPARE(roster.count(building), 1);
}

void TestRosterQuery::searchesByNameIdPhoneNumber()
{
    registry::RosterQuery roster(m_db->db());
    auto found = [&](const QString& text) {
        registry::RosterFilter f;
        f.search = text;
        return roster.count(f);
    };
    QCOMPARE(found(QStringLiteral("建国")), 24);   // 2-character fragment of the heads' names
    QCOMPARE(found(QStringLiteral("王")), 5);       // 1 character
    QCOMPARE(found(QStringLiteral("周芳")), 24);   // a member who is not the head
    QCOMPARE(found(QStringLiteral("周　芳")), 24); // padded with a full-width space
    QCOMPARE(found(makeIdNumber(QStringLiteral("430524"), QDate(1970, 1, 1), 11)), 1); // whole ID
    QCOMPARE(found(QStringLiteral("19700103")), 1); // part of an ID
    QCOMPARE(found(QStringLiteral("１９７００１０３")), 1); // typed with full-width digits
    QCOMPARE(found(QStringLiteral("13907390007")), 1);  // phone
    QCOMPARE(found(QStringLiteral("N01")), 10);          // household number fragment
    QCOMPARE(found(QStringLiteral("nobody")), 0);
}

void TestRosterQuery::searchTextIsNeverSql()
{
    registry::RosterQuery roster(m_db->db());
    registry::RosterFilter f;
    for (const QString& evil : {QStringLiteral("'; DROP TABLE persons; --"), QStringLiteral("%"), QStringLiteral("_"),
                                QStringLiteral("\\"), QStringLiteral("\" OR 1=1 --")}) {
        f.search = evil;
        QCOMPARE(roster.count(f), 0);
    }
    f.search.clear();
    QCOMPARE(roster.count(f), 24);
}

// A search of only punctuation or spaces names nobody: neither the roster box nor the person search (the
// CLI's) lists every person for it. An empty box is no search and lists everyone.
void TestRosterQuery::punctuationOnlyFindsNothing()
{
    registry::RosterQuery roster(m_db->db());
    registry::PersonSearch search(m_db->db());
    registry::RosterFilter f;
    for (const QString& text :
         {QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("-"), QStringLiteral(" - "),
          QStringLiteral("'-' "), QStringLiteral("\u00B7"), QStringLiteral("\uFF0C\u3002"),
          QStringLiteral("!?"), QStringLiteral("\u200B")}) {
        f.search = text;
        QCOMPARE(roster.count(f), 0);
        QVERIFY(roster.page(f, registry::RosterColumn::Number, true, 0, 30).isEmpty());
        QCOMPARE(search.count(text), 0);
        QVERIFY(search.page(text, 0, 30).isEmpty());
    }
    f.search = QStringLiteral("  ");
    QCOMPARE(roster.count(f), 24);
}

void TestRosterQuery::sortsByEveryColumn()
{
    registry::RosterQuery roster(m_db->db());
    registry::RosterFilter f;
    for (int c = 0; c < registry::RosterColumnCount; ++c) {
        for (bool ascending : {true, false}) {
            const QList<registry::RosterRow> rows =
                roster.page(f, registry::RosterColumn(c), ascending, 0, 30);
            QCOMPARE(rows.size(), 24);
        }
    }
    const QList<registry::RosterRow> byDate =
        roster.page(f, registry::RosterColumn::RelocationDate, false, 0, 1);
    QCOMPARE(byDate.first().number, QStringLiteral("N023"));
    const QList<registry::RosterRow> bySite = roster.page(f, registry::RosterColumn::Site, true, 0, 1);
    QCOMPARE(bySite.first().siteName, QStringLiteral("幸福家园") < QStringLiteral("测试安置点") ? QStringLiteral("幸福家园")
                                                                                                  : QStringLiteral("测试安置点"));
}

void TestRosterQuery::sortsByHeadAndSizeThroughSummary()
{
    registry::RosterQuery roster(m_db->db());
    registry::RosterFilter f;
    const QList<registry::RosterRow> byHead = roster.page(f, registry::RosterColumn::HeadName, true, 0, 30);
    for (int i = 1; i < byHead.size(); ++i)
        QVERIFY(byHead.at(i - 1).headName <= byHead.at(i).headName);
    const QList<registry::RosterRow> bySize =
        roster.page(f, registry::RosterColumn::MemberCount, false, 0, 30);
    QCOMPARE(bySize.first().memberCount, 2);
}

void TestRosterQuery::personSearch()
{
    registry::PersonSearch search(m_db->db());
    QCOMPARE(search.count(QStringLiteral("周芳")), 25);   // includes the member of the household that left
    QCOMPARE(search.count(QStringLiteral("王建国")), 5);  // three characters: first pair, then the whole
    QCOMPARE(search.count(QStringLiteral("建国王")), 0);
    QCOMPARE(search.count(QStringLiteral("王")), 5);
    const QString id = makeIdNumber(QStringLiteral("430524"), QDate(1970, 1, 3), 11);
    QCOMPARE(search.count(id), 1);
    QCOMPARE(search.count(id.toLower()), 1);
    QCOMPARE(search.count(id.mid(6, 8)), 1);
    const QList<registry::PersonHit> hits = search.page(id, 0, 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().name, QStringLiteral("张建国"));
    QCOMPARE(hits.first().householdNumber, QStringLiteral("N002"));
    QCOMPARE(search.count(QStringLiteral("N00")), 20); // household number: both members of N000..N009
    QCOMPARE(search.count(QString()), 0);
}

void TestRosterQuery::summaryFollowsMoves()
{
    // The household's head and size shown in the roster follow moves made through the service.
    registry::RegistryService service(m_db->db());
    const Household h = *registry::HouseholdRepository(m_db->db()).householdByNumber(QStringLiteral("N010"));
    QVERIFY(service.moveOut(h.members.at(0).id, QDate(2026, 2, 1), h.members.at(1).id));
    registry::RosterFilter f;
    f.search = QStringLiteral("N010");
    const QList<registry::RosterRow> rows =
        registry::RosterQuery(m_db->db()).page(f, registry::RosterColumn::Number, true, 0, 5);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().headName, QStringLiteral("周芳"));
    QCOMPARE(rows.first().memberCount, 1);
    // A renamed member is found by the new name only.
    Household edit = *registry::HouseholdRepository(m_db->db()).householdByNumber(QStringLiteral("N010"));
    for (Person& p : edit.members) {
        if (p.isActive())
            p.name = QStringLiteral("欧阳娜");
    }
    QVERIFY(service.saveHousehold(edit, QDate(2026, 11, 28)));
    QCOMPARE(registry::PersonSearch(m_db->db()).count(QStringLiteral("欧阳娜")), 1);
    QCOMPARE(registry::PersonSearch(m_db->db()).count(QStringLiteral("周芳")), 24);
}

void TestRosterQuery::saysWhichMemberMatched()
{
    registry::RosterQuery roster(m_db->db());
    const auto first = [&](const QString& text) {
        registry::RosterFilter f;
        f.search = text;
        const QList<registry::RosterRow> rows = roster.page(f, registry::RosterColumn::Number, true, 0, 1);
        return rows.isEmpty() ? registry::RosterRow{} : rows.first();
    };
    // The spouse, not the head, is who the name found; the head's column still names the head.
    registry::RosterRow row = first(QStringLiteral("周芳"));
    QCOMPARE(row.number, QStringLiteral("N000"));
    QCOMPARE(row.headName, QStringLiteral("王建国"));
    QCOMPARE(row.matchedName, QStringLiteral("周芳"));
    const auto stored = registry::HouseholdRepository(m_db->db()).householdByNumber(QStringLiteral("N000"));
    QVERIFY(stored);
    qint64 spouseId = 0;
    for (const Person& p : stored->members) {
        if (p.relationship == Relationship::Spouse)
            spouseId = p.id;
    }
    QCOMPARE(row.matchedPersonId, spouseId);
    // One character of the head's name: the head.
    row = first(QStringLiteral("王"));
    QCOMPARE(row.matchedName, QStringLiteral("王建国"));
    // Part of the spouse's ID number, and the spouse's whole ID number.
    row = first(QStringLiteral("19720101"));
    QCOMPARE(row.number, QStringLiteral("N000"));
    QCOMPARE(row.matchedName, QStringLiteral("周芳"));
    row = first(makeIdNumber(QStringLiteral("430524"), QDate(1972, 1, 1), 12));
    QCOMPARE(row.matchedName, QStringLiteral("周芳"));
    // The household's own phone or number found the household, not a member.
    row = first(QStringLiteral("13907390000"));
    QCOMPARE(row.number, QStringLiteral("N000"));
    QCOMPARE(row.matchedName, QString());
    row = first(QStringLiteral("N000"));
    QCOMPARE(row.matchedName, QString());
    QCOMPARE(row.matchedPersonId, 0);
    // No search, no match.
    QCOMPARE(roster.page({}, registry::RosterColumn::Number, true, 0, 1).first().matchedName, QString());
}

void TestRosterQuery::findsTheRowOfAHousehold()
{
    registry::RosterQuery roster(m_db->db());
    const registry::HouseholdRepository repository(m_db->db());
    const qint64 n005 = repository.householdByNumber(QStringLiteral("N005"))->id;
    const qint64 n021 = repository.householdByNumber(QStringLiteral("N021"))->id;
    registry::RosterFilter all;
    // By number: a count, both directions; the rows agree with page().
    QCOMPARE(roster.rowOf(all, registry::RosterColumn::Number, true, n005), 5);
    QCOMPARE(roster.rowOf(all, registry::RosterColumn::Number, false, n005), 18);
    QCOMPARE(roster.page(all, registry::RosterColumn::Number, false, 18, 1).first().householdId, n005);
    // Another order walks the ids: the newest relocation first.
    const int byDate = roster.rowOf(all, registry::RosterColumn::RelocationDate, false, n021);
    QCOMPARE(byDate, 2);
    QCOMPARE(roster.page(all, registry::RosterColumn::RelocationDate, false, byDate, 1).first().householdId,
             n021);
    // Left out by the filter: another site, or a search that does not find it.
    registry::RosterFilter site;
    site.siteId = m_otherSite;
    QCOMPARE(roster.rowOf(site, registry::RosterColumn::Number, true, n005), -1);
    QCOMPARE(roster.rowOf(site, registry::RosterColumn::Number, true, n021), 1);
    registry::RosterFilter search;
    search.search = QStringLiteral("李");
    QCOMPARE(roster.rowOf(search, registry::RosterColumn::Number, true, n005), -1);
    QCOMPARE(roster.rowOf(search, registry::RosterColumn::Number, true,
                          repository.householdByNumber(QStringLiteral("N006"))->id),
             1);
}

QTEST_GUILESS_MAIN(TestRosterQuery)
#include "tst_rosterquery.moc"
