#include "Refusal.h"
#include "TestDatabase.h"

#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate Today(2026, 11, 28);

Household threeMembers(qint64 siteId, const QString& number, int seq = 1)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430524");
    h.originTownship = QStringLiteral("荷香桥镇");
    h.originVillage = QStringLiteral("石门村");
    h.relocationDate = QDate(2019, 9, 1);
    h.phone = QStringLiteral("13907391234");
    h.members = {
        makePerson(QStringLiteral("王建国"), makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), seq * 10 + 1),
                   Relationship::Head),
        makePerson(QStringLiteral("李芳"), makeIdNumber(QStringLiteral("430524"), QDate(1978, 8, 9), seq * 10 + 2),
                   Relationship::Spouse),
        makePerson(QStringLiteral("王磊"), makeIdNumber(QStringLiteral("430524"), QDate(2005, 1, 30), seq * 10 + 3),
                   Relationship::Son),
    };
    return h;
}

int count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void savesHouseholdWithMembers();
    void derivesSexAndBirthDateFromId();
    void normalizesIdAndName();
    void refusesNoHead();
    void refusesTwoHeads();
    void refusesSameIdTwiceInForm();
    void refusesIdHeldByAnotherHousehold();
    void refusesDuplicateHouseholdNumber();
    void refusesBadFieldsWithTheirKeys();
    void updatesAndHandsOverHeadInOneSave();
    void refusesStaleVersion();
    void refusesRemovingMember();
    void refusesOccupiedDwelling();
    void moveOutKeepsPersonOnFile();
    void headMovingOutNeedsSuccessor();
    void markDeceasedWithDate();
    void refusesFutureOrEarlyDate();
    void lastMemberLeavingClosesHousehold();
    void moveToHouseholdKeepsHistory();
    void moveToHouseholdAsSecondHeadRefused();
    void moveHouseholdAway();
    void suggestsNextHouseholdNumber();
    void databaseRefusesSecondActiveHead();
    void roomTypedInTheFormIsMadeWithTheSave();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    Result<Household> save(Household h)
    {
        return registry::RegistryService(m_db->db()).saveHousehold(std::move(h), Today);
    }
};

void TestRegistry::savesHouseholdWithMembers()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("430524001-0001"));
    draft.dwellingId = m_db->dwellingId();
    const Result<Household> saved = save(draft);
    QVERIFY2(saved, qPrintable(saved.summary()));
    QVERIFY(saved.value().id > 0);
    QCOMPARE(saved.value().members.size(), 3);
    QCOMPARE(saved.value().head()->name, QStringLiteral("王建国"));

    const auto loaded =
        registry::HouseholdRepository(m_db->db()).householdByNumber(QStringLiteral("430524001-0001"));
    QVERIFY(loaded);
    QCOMPARE(loaded->dwellingId, m_db->dwellingId());
    QCOMPARE(loaded->originVillage, QStringLiteral("石门村"));
    QCOMPARE(loaded->relocationDate, QDate(2019, 9, 1));
    QCOMPARE(loaded->activeMemberCount(), 3);
    // Every member has a current membership that started at relocation (or birth, if later).
    for (const Person& p : loaded->members) {
        const QList<Membership> history = registry::HouseholdRepository(m_db->db()).memberships(p.id);
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.first().endDate.isValid());
        QCOMPARE(history.first().startDate, std::max(QDate(2019, 9, 1), p.birthDate));
    }
    QCOMPARE(registry::SiteRepository(m_db->db()).residentCount(m_db->siteId()), 3);
}

void TestRegistry::derivesSexAndBirthDateFromId()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    draft.members[1].sex = Sex::Male; // typed wrongly: the ID decides
    const Result<Household> saved = save(draft);
    QVERIFY2(saved, qPrintable(saved.summary()));
    const Person& spouse = saved.value().members.at(1);
    QCOMPARE(spouse.sex, Sex::Female);
    QCOMPARE(spouse.birthDate, QDate(1978, 8, 9));
}

void TestRegistry::normalizesIdAndName()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    QString fullWidth;
    for (QChar c : draft.members[0].idNumber)
        fullWidth.append(c.isDigit() ? QChar(0xFF10 + (c.unicode() - u'0')) : c.toLower());
    draft.members[0].idNumber = fullWidth;
    draft.members[1].name = QStringLiteral("李\u3000芳"); // padded with a full-width space, as rosters do
    const Result<Household> saved = save(draft);
    QVERIFY2(saved, qPrintable(saved.summary()));
    QCOMPARE(saved.value().members.at(0).idNumber, makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 11));
    QCOMPARE(saved.value().members.at(1).name, QStringLiteral("李芳"));
}

void TestRegistry::refusesNoHead()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    draft.members[0].relationship = Relationship::Spouse;
    const Result<Household> saved = save(draft);
    QVERIFY(!saved);
    QVERIFY(!saved.messageFor(QLatin1String(Field::HouseholdMembers)).isEmpty());
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households")), 0);
}

void TestRegistry::refusesTwoHeads()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    draft.members[2].relationship = Relationship::Head;
    const Result<Household> saved = save(draft);
    QVERIFY(!saved);
    // The second head is the row marked, naming the first.
    QVERIFY(saved.messageFor(QLatin1String(Field::PersonRelationship), 2).contains(QStringLiteral("王建国")));
    QVERIFY(saved.messageFor(QLatin1String(Field::PersonRelationship), 0).isEmpty());
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
}

void TestRegistry::refusesSameIdTwiceInForm()
{
    Household draft = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    draft.members[2].idNumber = draft.members[1].idNumber.toLower();
    const Result<Household> saved = save(draft);
    QVERIFY(!saved);
    QVERIFY(!saved.messageFor(QLatin1String(Field::PersonIdNumber), 2).isEmpty());
    QVERIFY(saved.messageFor(QLatin1String(Field::PersonIdNumber), 1).isEmpty());
}

void TestRegistry::refusesIdHeldByAnotherHousehold()
{
    QVERIFY(save(threeMembers(m_db->siteId(), QStringLiteral("H1"))));
    Household second = threeMembers(m_db->siteId(), QStringLiteral("H2"), 2);
    second.members[1].idNumber = makeIdNumber(QStringLiteral("430524"), QDate(1978, 8, 9), 12); // H1's spouse
    const Result<Household> saved = save(second);
    QVERIFY(!saved);
    const QString message = saved.messageFor(QLatin1String(Field::PersonIdNumber), 1);
    QVERIFY2(message.contains(QStringLiteral("李芳")) && message.contains(QStringLiteral("H1")), qPrintable(message));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households")), 1);
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM persons")), 3);
}

void TestRegistry::refusesDuplicateHouseholdNumber()
{
    QVERIFY(save(threeMembers(m_db->siteId(), QStringLiteral("H1"))));
    const Result<Household> saved = save(threeMembers(m_db->siteId(), QStringLiteral(" H1 "), 2));
    QVERIFY(!saved);
    QVERIFY(!saved.messageFor(QLatin1String(Field::HouseholdNumber)).isEmpty());
}

void TestRegistry::refusesBadFieldsWithTheirKeys()
{
    Household draft = threeMembers(m_db->siteId(), QString());
    draft.siteId = 0;
    draft.originCountyCode = QStringLiteral("4305");
    draft.relocationDate = QDate(2027, 1, 1);
    draft.phone = QStringLiteral("12345");
    draft.members[1].idNumber = QStringLiteral("340524198001010013");
    draft.members[2].name = QStringLiteral("王磊2");
    const Result<Household> saved = save(draft);
    QVERIFY(!saved);
    for (const char* field : {Field::HouseholdNumber, Field::HouseholdSite, Field::HouseholdOriginCounty,
                              Field::HouseholdRelocationDate, Field::HouseholdPhone})
        QVERIFY2(!saved.messageFor(QLatin1String(field)).isEmpty(), field);
    QVERIFY(saved.messageFor(QLatin1String(Field::PersonIdNumber), 1).contains(QStringLiteral("check")));
    QVERIFY(!saved.messageFor(QLatin1String(Field::PersonName), 2).isEmpty());
}

void TestRegistry::updatesAndHandsOverHeadInOneSave()
{
    Result<Household> saved = save(threeMembers(m_db->siteId(), QStringLiteral("H1")));
    QVERIFY(saved);
    Household edit = saved.value();
    edit.phone = QStringLiteral("0739-1234567");
    edit.members[0].relationship = Relationship::Parent;
    edit.members[2].relationship = Relationship::Head;
    edit.members.append(makePerson(QStringLiteral("王小雨"), makeIdNumber(QStringLiteral("430524"), QDate(2024, 5, 6), 4),
                                   Relationship::Granddaughter));
    const Result<Household> updated = save(edit);
    QVERIFY2(updated, qPrintable(updated.summary()));
    QCOMPARE(updated.value().phone, QStringLiteral("0739-1234567"));
    QCOMPARE(updated.value().head()->name, QStringLiteral("王磊"));
    QCOMPARE(updated.value().activeMemberCount(), 4);
    QCOMPARE(updated.value().rowVersion, saved.value().rowVersion + 1);
}

void TestRegistry::refusesStaleVersion()
{
    const Result<Household> saved = save(threeMembers(m_db->siteId(), QStringLiteral("H1")));
    Household first = saved.value();
    Household second = saved.value();
    first.phone = QStringLiteral("13800000001");
    QVERIFY(save(first));
    second.phone = QStringLiteral("13800000002");
    const Result<Household> late = save(second);
    QVERIFY(!late);
    QVERIFY(!late.messageFor(QLatin1String(Field::HouseholdVersion)).isEmpty());
    QCOMPARE(registry::HouseholdRepository(m_db->db()).household(saved.value().id)->phone,
             QStringLiteral("13800000001"));
}

void TestRegistry::refusesRemovingMember()
{
    Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    h.members.removeLast();
    const Result<Household> saved = save(h);
    QVERIFY(!saved);
    QVERIFY(saved.messageFor(QLatin1String(Field::HouseholdMembers)).contains(QStringLiteral("王磊")));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM persons")), 3);
}

void TestRegistry::refusesOccupiedDwelling()
{
    Household first = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    first.dwellingId = m_db->dwellingId();
    QVERIFY(save(first));
    Household second = threeMembers(m_db->siteId(), QStringLiteral("H2"), 2);
    second.dwellingId = m_db->dwellingId();
    const Result<Household> saved = save(second);
    QVERIFY(!saved);
    QVERIFY(saved.messageFor(QLatin1String(Field::HouseholdDwelling)).contains(QStringLiteral("H1")));
}

void TestRegistry::moveOutKeepsPersonOnFile()
{
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    registry::RegistryService service(m_db->db());
    const Outcome moved = service.moveOut(h.members.at(2).id, QDate(2026, 3, 15));
    QVERIFY2(moved, qPrintable(moved.summary()));
    const Household after = *registry::HouseholdRepository(m_db->db()).household(h.id);
    QCOMPARE(after.members.size(), 3);
    QCOMPARE(after.activeMemberCount(), 2);
    const Person& son = after.members.last();
    QCOMPARE(son.state, PersonState::MovedAway);
    QCOMPARE(son.stateDate, QDate(2026, 3, 15));
    const QList<Membership> history = registry::HouseholdRepository(m_db->db()).memberships(son.id);
    QCOMPARE(history.last().endDate, QDate(2026, 3, 15));
    QCOMPARE(*history.last().endReason, MembershipEnd::MovedAway);
    QCOMPARE(after.state, HouseholdState::Active);
    // Moving out twice is refused.
    QVERIFY(!service.moveOut(son.id, QDate(2026, 3, 16)));
}

void TestRegistry::headMovingOutNeedsSuccessor()
{
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    registry::RegistryService service(m_db->db());
    const Outcome refused = service.moveOut(h.members.at(0).id, QDate(2026, 3, 15));
    QVERIFY(!refused);
    QVERIFY(!refused.messageFor(QLatin1String(Field::PersonRelationship)).isEmpty());
    // A successor outside the household is refused too.
    QVERIFY(!service.moveOut(h.members.at(0).id, QDate(2026, 3, 15), 999));
    QCOMPARE(registry::HouseholdRepository(m_db->db()).household(h.id)->activeMemberCount(), 3);

    const Outcome moved = service.moveOut(h.members.at(0).id, QDate(2026, 3, 15), h.members.at(1).id);
    QVERIFY2(moved, qPrintable(moved.summary()));
    const Household after = *registry::HouseholdRepository(m_db->db()).household(h.id);
    QCOMPARE(after.head()->name, QStringLiteral("李芳"));
    QCOMPARE(after.activeMemberCount(), 2);
}

void TestRegistry::markDeceasedWithDate()
{
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    registry::RegistryService service(m_db->db());
    QVERIFY(service.markDeceased(h.members.at(1).id, QDate(2025, 12, 31)));
    const Person spouse = *registry::HouseholdRepository(m_db->db()).person(h.members.at(1).id);
    QCOMPARE(spouse.state, PersonState::Deceased);
    QCOMPARE(spouse.stateDate, QDate(2025, 12, 31));
    // The record stays: the ID is still taken.
    Household other = threeMembers(m_db->siteId(), QStringLiteral("H2"), 2);
    other.members[1].idNumber = spouse.idNumber;
    QVERIFY_REFUSED(save(other), QStringLiteral("This ID number already belongs to 李芳 of household H1"));
}

void TestRegistry::refusesFutureOrEarlyDate()
{
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    registry::RegistryService service(m_db->db());
    QVERIFY_REFUSED(service.moveOut(h.members.at(2).id, QDate::currentDate().addDays(1)),
                    QStringLiteral("is in the future."));
    QVERIFY_REFUSED(service.moveOut(h.members.at(2).id, QDate(2004, 1, 1)),
                    QStringLiteral("is before 王磊 was born.")); // before birth
    QVERIFY_REFUSED(service.markDeceased(h.members.at(2).id, QDate(2019, 8, 1)),
                    QStringLiteral("is before 王磊 joined this household (2019-09-01).")); // before joining
    QVERIFY(!service.moveOut(h.members.at(2).id, QDate()));
    QCOMPARE(registry::HouseholdRepository(m_db->db()).household(h.id)->activeMemberCount(), 3);
}

void TestRegistry::lastMemberLeavingClosesHousehold()
{
    Household single;
    single.number = QStringLiteral("H9");
    single.siteId = m_db->siteId();
    single.originCountyCode = QStringLiteral("430525");
    single.relocationDate = QDate(2018, 5, 1);
    single.members = {makePerson(QStringLiteral("赵秀英"), makeIdNumber(QStringLiteral("430525"), QDate(1940, 2, 2), 8),
                                 Relationship::Head)};
    const Household h = save(single).value();
    QVERIFY(registry::RegistryService(m_db->db()).markDeceased(h.members.at(0).id, QDate(2026, 1, 20)));
    const Household after = *registry::HouseholdRepository(m_db->db()).household(h.id);
    QCOMPARE(after.state, HouseholdState::Dissolved);
    QCOMPARE(after.stateDate, QDate(2026, 1, 20));
}

void TestRegistry::moveToHouseholdKeepsHistory()
{
    const Household a = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    const Household b = save(threeMembers(m_db->siteId(), QStringLiteral("H2"), 2)).value();
    registry::RegistryService service(m_db->db());
    const qint64 son = a.members.at(2).id;
    const Outcome moved = service.moveToHousehold(son, b.id, Relationship::SonInLaw, QDate(2026, 6, 1));
    QVERIFY2(moved, qPrintable(moved.summary()));

    registry::HouseholdRepository repo(m_db->db());
    const Person person = *repo.person(son);
    QCOMPARE(person.householdId, b.id);
    QCOMPARE(person.relationship, Relationship::SonInLaw);
    QVERIFY(person.isActive());
    const QList<Membership> history = repo.memberships(son);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).householdNumber, QStringLiteral("H1"));
    QCOMPARE(history.at(0).relationship, Relationship::Son);
    QCOMPARE(history.at(0).endDate, QDate(2026, 6, 1));
    QCOMPARE(*history.at(0).endReason, MembershipEnd::MovedToHousehold);
    QCOMPARE(history.at(1).householdNumber, QStringLiteral("H2"));
    QCOMPARE(history.at(1).startDate, QDate(2026, 6, 1));
    QCOMPARE(repo.household(a.id)->activeMemberCount(), 2);
    QCOMPARE(repo.household(b.id)->activeMemberCount(), 4);
    QCOMPARE(repo.formerMemberships(a.id).size(), 1);
    // Still one person, one ID.
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM persons")), 6);
}

void TestRegistry::moveToHouseholdAsSecondHeadRefused()
{
    const Household a = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    const Household b = save(threeMembers(m_db->siteId(), QStringLiteral("H2"), 2)).value();
    registry::RegistryService service(m_db->db());
    const Outcome refused = service.moveToHousehold(a.members.at(2).id, b.id, Relationship::Head, QDate(2026, 6, 1));
    QVERIFY(!refused);
    QVERIFY(!service.moveToHousehold(a.members.at(2).id, a.id, Relationship::Son, QDate(2026, 6, 1)));
    QCOMPARE(registry::HouseholdRepository(m_db->db()).person(a.members.at(2).id)->householdId, a.id);
}

void TestRegistry::moveHouseholdAway()
{
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    const Outcome moved = registry::RegistryService(m_db->db()).moveHouseholdAway(h.id, QDate(2026, 10, 1));
    QVERIFY2(moved, qPrintable(moved.summary()));
    const Household after = *registry::HouseholdRepository(m_db->db()).household(h.id);
    QCOMPARE(after.state, HouseholdState::MovedAway);
    QCOMPARE(after.activeMemberCount(), 0);
    for (const Person& p : after.members)
        QCOMPARE(p.stateDate, QDate(2026, 10, 1));
    QVERIFY(!registry::RegistryService(m_db->db()).moveHouseholdAway(h.id, QDate(2026, 10, 2)));
}

void TestRegistry::suggestsNextHouseholdNumber()
{
    registry::RegistryService service(m_db->db());
    QCOMPARE(service.suggestHouseholdNumber(m_db->siteId()), QStringLiteral("430524001-0001"));
    QVERIFY(save(threeMembers(m_db->siteId(), QStringLiteral("430524001-0041"))));
    QVERIFY(save(threeMembers(m_db->siteId(), QStringLiteral("430524001-0007"), 2)));
    QCOMPARE(service.suggestHouseholdNumber(m_db->siteId()), QStringLiteral("430524001-0042"));
    QVERIFY(service.suggestHouseholdNumber(9999).isEmpty());
}

void TestRegistry::databaseRefusesSecondActiveHead()
{
    // Even a write that bypasses the service cannot make two active heads.
    const Household h = save(threeMembers(m_db->siteId(), QStringLiteral("H1"))).value();
    QSqlQuery q(m_db->db().connection());
    q.prepare(QStringLiteral("UPDATE persons SET relationship = 'head' WHERE id = ?"));
    q.addBindValue(h.members.at(1).id);
    QVERIFY(!q.exec());
}

void TestRegistry::roomTypedInTheFormIsMadeWithTheSave()
{
    const qint64 unit = registry::SiteRepository(m_db->db()).units(m_db->buildingId()).constFirst().id;
    // A refused save leaves no room behind: one transaction for the click.
    Household bad = threeMembers(m_db->siteId(), QStringLiteral("H1"));
    bad.members[1].idNumber = QStringLiteral("340524198001010013");
    QVERIFY_REFUSED(
        registry::RegistryService(m_db->db()).saveHousehold(bad, unit, QStringLiteral("502"), Today),
        QStringLiteral("The check character of the ID number is wrong"));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM dwellings WHERE room = '502'")), 0);

    const Result<Household> saved = registry::RegistryService(m_db->db())
                                        .saveHousehold(threeMembers(m_db->siteId(), QStringLiteral("H1")),
                                                       unit, QStringLiteral(" 502 "), Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    QCOMPARE(registry::SiteRepository(m_db->db()).address(m_db->siteId(), saved.value().dwellingId).room,
             QStringLiteral("502"));
    // The same room again is the same dwelling, and it is taken.
    const Result<Household> second = registry::RegistryService(m_db->db())
                                         .saveHousehold(threeMembers(m_db->siteId(), QStringLiteral("H2"), 2),
                                                        unit, QStringLiteral("502"), Today);
    QVERIFY(!second);
    QVERIFY(!second.messageFor(QLatin1String(Field::HouseholdDwelling)).isEmpty());
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM dwellings WHERE room = '502'")), 1);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
