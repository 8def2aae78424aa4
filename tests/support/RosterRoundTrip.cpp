#include "RosterRoundTrip.h"

#include "TestDatabase.h"

#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace anju::test {

namespace {

QString id(int year, int month, int day, int sequence)
{
    return makeIdNumber(u"430524"_s, QDate(year, month, day), sequence);
}

int countRows(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

const Person* memberWithId(const Household& household, const QString& idNumber)
{
    for (const Person& p : household.members) {
        if (p.idNumber == idNumber)
            return &p;
    }
    return nullptr;
}

qint64 memberIdByName(const Household& household, const QString& name)
{
    for (const Person& p : household.members) {
        if (p.name == name)
            return p.id;
    }
    return 0;
}

} // namespace

QString fillRoundTripSource(TestDatabase& source)
{
    const Database& db = source.db();
    registry::SiteService sites(db);
    Site site;
    site.code = u"430524002"_s;
    site.name = u"幸福家园"_s;
    site.countyCode = u"430524"_s;
    const Result<Site> savedSite = sites.saveSite(site);
    if (!savedSite)
        return savedSite.summary();
    Building building;
    building.siteId = savedSite.value().id;
    building.name = u"2栋"_s;
    building.floors = 6;
    const Result<Building> savedBuilding = sites.saveBuilding(building, 1);
    if (!savedBuilding)
        return savedBuilding.summary();
    const Result<Dwelling> room305 = sites.ensureDwelling(
        registry::SiteRepository(db).units(savedBuilding.value().id).constFirst().id, u"305"_s, 90);
    const Result<Dwelling> room202 =
        sites.ensureDwelling(registry::SiteRepository(db).units(source.buildingId()).at(1).id, u"202"_s, 80);
    if (!room305 || !room202)
        return room305.summary() + room202.summary();

    registry::RegistryService registry(db);
    const QDate today = QDate::currentDate();
    Household a;
    a.number = u"430524001-0001"_s;
    a.siteId = source.siteId();
    a.dwellingId = source.dwellingId();
    a.originCountyCode = u"430524"_s;
    a.originTownship = u"荷香桥镇"_s;
    a.originVillage = u"石门村,三组"_s; // a comma, quoted in CSV
    a.relocationDate = QDate(2019, 9, 1);
    a.phone = u"13907391234"_s;
    Person head = makePerson(u"王建国"_s, id(1975, 4, 2, 1), Relationship::Head);
    head.phone = u"13907391234"_s;
    head.education = Education::SeniorSecondary;
    Person spouse = makePerson(u"李芳"_s, id(1978, 8, 9, 2), Relationship::Spouse);
    spouse.education = Education::JuniorSecondary;
    Person daughter = makePerson(u"王丽"_s, id(2001, 5, 20, 4), Relationship::Daughter);
    daughter.education = Education::Bachelor;
    daughter.phone = u"13800001111"_s;
    daughter.health = Health::Chronic;
    daughter.labourCapacity = LabourCapacity::Skilled;
    Person son = makePerson(u"王磊"_s, id(2005, 1, 30, 3), Relationship::Son);
    son.education = Education::Vocational;
    Person father = makePerson(u"王老汉"_s, id(1940, 3, 3, 5), Relationship::Parent);
    father.health = Health::SeriousIllness;
    father.labourCapacity = LabourCapacity::Lost;
    father.education = Education::None;
    a.members = {head, spouse, daughter, son, father};
    const Result<Household> savedA = registry.saveHousehold(a, today);
    if (!savedA)
        return savedA.summary();
    const Outcome movedOut = registry.moveOut(memberIdByName(savedA.value(), u"王磊"_s), QDate(2024, 3, 1));
    const Outcome died =
        registry.markDeceased(memberIdByName(savedA.value(), u"王老汉"_s), QDate(2023, 12, 5));
    if (!movedOut || !died)
        return movedOut.summary() + died.summary();

    const QString miao = Ethnicity::fromName(u"苗族")->code;
    Household b;
    b.number = u"430524002-0001"_s;
    b.siteId = savedSite.value().id;
    b.dwellingId = room305.value().id;
    b.originCountyCode = u"430525"_s;
    b.originTownship = u"山门镇"_s;
    b.originVillage = u"大坪村"_s;
    b.relocationDate = QDate(2020, 3, 15);
    b.phone = u"15073901234"_s; // the head has no phone of their own
    Person bHead =
        makePerson(u"陈志强"_s, makeIdNumber(u"430525"_s, QDate(1980, 1, 1), 11), Relationship::Head);
    bHead.ethnicityCode = miao;
    Person bSpouse =
        makePerson(u"刘敏"_s, makeIdNumber(u"430525"_s, QDate(1982, 5, 20), 22), Relationship::Spouse);
    bSpouse.ethnicityCode = miao;
    bSpouse.health = Health::Disabled;
    bSpouse.labourCapacity = LabourCapacity::Weak;
    bSpouse.education = Education::Vocational;
    Person grandson =
        makePerson(u"陈小宝"_s, makeIdNumber(u"430525"_s, QDate(2015, 2, 2), 33), Relationship::Grandson);
    grandson.ethnicityCode = miao;
    grandson.labourCapacity = LabourCapacity::None;
    grandson.education = Education::Primary;
    b.members = {bHead, bSpouse, grandson};
    const Result<Household> savedB = registry.saveHousehold(b, today);
    if (!savedB)
        return savedB.summary();

    Household c;
    c.number = u"430524001-0002"_s;
    c.siteId = source.siteId();
    c.originCountyCode = u"430527"_s;
    c.originTownship = u"黄桑乡"_s;
    c.relocationDate = QDate(2019, 10, 10);
    c.members = {makePerson(u"赵大山"_s, id(1960, 2, 29, 53), Relationship::Head),
                 makePerson(u"孙丽"_s, id(1962, 10, 10, 64), Relationship::Spouse)};
    const Result<Household> savedC = registry.saveHousehold(c, today);
    if (!savedC)
        return savedC.summary();
    const Outcome movedAway = registry.moveHouseholdAway(savedC.value().id, QDate(2024, 8, 15));
    if (!movedAway)
        return movedAway.summary();

    Household d;
    d.number = u"430524001-0003"_s;
    d.siteId = source.siteId();
    d.dwellingId = room202.value().id;
    d.originCountyCode = u"430524"_s;
    d.relocationDate = QDate(2021, 12, 31);
    Person dHead = makePerson(u"周平"_s, id(1970, 7, 7, 71), Relationship::Head);
    dHead.ethnicityCode = Ethnicity::fromName(u"土家族")->code;
    dHead.labourCapacity = LabourCapacity::Skilled;
    dHead.phone = u"0739-5201234"_s;
    Person inLaw = makePerson(u"吴霞"_s, id(1995, 9, 9, 82), Relationship::DaughterInLaw);
    inLaw.education = Education::College;
    Person sonInLaw = makePerson(u"刘强"_s, id(1993, 3, 3, 93), Relationship::SonInLaw);
    sonInLaw.education = Education::Postgraduate;
    Person sibling = makePerson(u"周安"_s, id(1972, 1, 1, 91), Relationship::Sibling);
    Person other =
        makePerson(u"阿依·买买提"_s, makeIdNumber(u"650102"_s, QDate(1990, 6, 6), 24), Relationship::Other);
    other.ethnicityCode = Ethnicity::fromName(u"维吾尔族")->code;
    Person granddaughter = makePerson(u"周朵"_s, id(2018, 3, 3, 2), Relationship::Granddaughter);
    Person grandmother = makePerson(u"黄氏"_s, id(1938, 8, 8, 8), Relationship::Grandparent);
    d.members = {dHead, inLaw, sonInLaw, sibling, other, granddaughter, grandmother};
    const Result<Household> savedD = registry.saveHousehold(d, today);
    if (!savedD)
        return savedD.summary();
    return {};
}

QStringList rosterDifferences(const Database& from, const Database& to)
{
    QStringList out;
    auto differ = [&out](const QString& what, const QVariant& expected, const QVariant& actual) {
        if (expected != actual)
            out.append(u"%1: \"%2\" became \"%3\""_s.arg(what, expected.toString(), actual.toString()));
    };
    const registry::HouseholdRepository sourceHouseholds(from);
    const registry::HouseholdRepository targetHouseholds(to);
    const registry::SiteRepository sourceSites(from);
    const registry::SiteRepository targetSites(to);
    for (const Household& h : sourceHouseholds.households(0, true)) {
        const QString household = u"household "_s + h.number;
        const std::optional<Household> t = targetHouseholds.householdByNumber(h.number);
        if (!t) {
            out.append(household + u" is missing"_s);
            continue;
        }
        const Address a = sourceSites.address(h.siteId, h.dwellingId);
        const Address b = targetSites.address(t->siteId, t->dwellingId);
        differ(household + u" site"_s, a.siteName, b.siteName);
        differ(household + u" site code"_s, sourceSites.site(h.siteId)->code,
               targetSites.site(t->siteId)->code);
        differ(household + u" building"_s, a.buildingName, b.buildingName);
        differ(household + u" unit"_s, a.unitName, b.unitName);
        differ(household + u" room"_s, a.room, b.room);
        differ(household + u" origin county"_s, h.originCountyCode, t->originCountyCode);
        differ(household + u" origin township"_s, h.originTownship, t->originTownship);
        differ(household + u" origin village"_s, h.originVillage, t->originVillage);
        differ(household + u" relocation date"_s, h.relocationDate, t->relocationDate);
        differ(household + u" phone"_s, h.phone, t->phone);
        differ(household + u" state"_s, enumKey(h.state), enumKey(t->state));
        differ(household + u" state date"_s, h.stateDate, t->stateDate);
        differ(household + u" members"_s, h.members.size(), t->members.size());
        for (const Person& p : h.members) {
            const QString person = household + u" member "_s + p.name;
            const Person* q = memberWithId(*t, p.idNumber);
            if (!q) {
                out.append(person + u" is missing"_s);
                continue;
            }
            differ(person + u" name"_s, p.name, q->name);
            differ(person + u" sex"_s, enumKey(p.sex), enumKey(q->sex));
            differ(person + u" birth date"_s, p.birthDate, q->birthDate);
            differ(person + u" relationship"_s, enumKey(p.relationship), enumKey(q->relationship));
            differ(person + u" ethnicity"_s, p.ethnicityCode, q->ethnicityCode);
            differ(person + u" education"_s, enumKey(p.education), enumKey(q->education));
            differ(person + u" health"_s, enumKey(p.health), enumKey(q->health));
            differ(person + u" labour capacity"_s, enumKey(p.labourCapacity), enumKey(q->labourCapacity));
            differ(person + u" phone"_s, p.phone, q->phone);
            differ(person + u" state"_s, enumKey(p.state), enumKey(q->state));
            differ(person + u" state date"_s, p.stateDate, q->stateDate);
        }
    }
    differ(u"households"_s, countRows(from, u"households"_s), countRows(to, u"households"_s));
    differ(u"persons"_s, countRows(from, u"persons"_s), countRows(to, u"persons"_s));
    return out;
}

} // namespace anju::test
