#include "demo/DemoHouseholdMaker.h"

#include "demo/ChineseNames.h"
#include "demo/PersonTraits.h"
#include "demo/ShaoyangPlaces.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace anju::demo {

namespace {

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

// Relocations of the 13th Five-Year Plan ended in 2020.
const QDate LastRelocationDay(2020, 12, 31);

} // namespace

DemoHouseholdMaker::DemoHouseholdMaker(Random& random, DemoWriter& writer, QDate today)
    : m_random(random), m_writer(writer), m_ids(random), m_today(today)
{
}

void DemoHouseholdMaker::startSite(const Site& site)
{
    m_site = site;
    m_sequence = 0;
    m_earlier = {};
}

QList<FamilyMember> DemoHouseholdMaker::nextFamily()
{
    return FamilyShapes::compose(m_random, FamilyShapes::drawSize(m_random), m_today);
}

QDate DemoHouseholdMaker::dateBetween(QDate from, QDate to)
{
    if (to <= from)
        return from;
    return from.addDays(m_random.between(0, int(from.daysTo(to))));
}

QString DemoHouseholdMaker::mobilePhone()
{
    static constexpr std::array<const char*, 5> prefixes = {"13", "15", "18", "17", "19"};
    static constexpr std::array<int, 5> weights = {40, 25, 20, 8, 7};
    char digits[32];
    std::snprintf(digits, sizeof digits, "%s%09d", prefixes[m_random.weighted(weights)],
                  m_random.between(0, 999'999'999));
    return QString::fromLatin1(digits);
}

Household DemoHouseholdMaker::makeHousehold(const QList<FamilyMember>& family)
{
    Household h;
    h.siteId = m_site.id;
    h.number =
        m_site.code + QLatin1Char('-') + QString::number(++m_sequence).rightJustified(4, QLatin1Char('0'));
    const County& origin = m_random.percent(85) ? ShaoyangPlaces::county(m_site.countyCode)
                                                : ShaoyangPlaces::drawCounty(m_random);
    h.originCountyCode = origin.code;
    h.originTownship = !m_site.crossTownship && origin.code == m_site.countyCode
                           ? m_site.township
                           : m_random.pick(origin.townships);
    h.originVillage = m_random.pick(ShaoyangPlaces::villageStems()) + QStringLiteral("村");
    h.relocationDate = std::min(m_site.moveInDate.addDays(m_random.between(0, 365)), LastRelocationDay);
    // A few households arrive late (插花安置, families reunited), so the last two years have move-ins and
    // every monthly trend on demo data has a history.
    if (m_random.percent(4))
        h.relocationDate = m_today.addDays(-m_random.between(1, 730));
    h.registrationMoved = m_random.percent(40);
    h.residencePermit = m_site.crossTownship && !h.registrationMoved && m_random.percent(70);
    if (m_random.percent(92))
        h.phone = mobilePhone();
    if (m_random.perMille(5)) {
        // The whole household left, after its youngest was born.
        QDate latest = h.relocationDate;
        for (const FamilyMember& member : family)
            latest = std::max(latest, member.birthDate);
        if (latest.addDays(60) < m_today.addDays(-1)) {
            h.state = HouseholdState::MovedAway;
            h.stateDate = dateBetween(latest.addDays(60), m_today.addDays(-1));
        }
    }
    return h;
}

Person DemoHouseholdMaker::makePerson(const FamilyMember& member, const Household& household,
                                      const QString& ethnicity, bool fromEarlier)
{
    Person p;
    p.relationship = member.relationship;
    p.sex = member.sex;
    QString county = household.originCountyCode;
    if (fromEarlier)
        county = m_earlier.countyCode;
    else if (member.marriedIn && m_random.percent(30))
        county = ShaoyangPlaces::drawCounty(m_random).code;
    p.birthDate = member.birthDate;
    p.idNumber = m_ids.issue(county, p.birthDate, p.sex);
    const QString& surname = fromEarlier ? m_earlier.surname : member.surname;
    p.name = surname + ChineseNames::givenName(m_random, p.sex, p.birthDate.year());
    if (fromEarlier)
        p.ethnicityCode = m_earlier.ethnicityCode;
    else if (member.marriedIn)
        p.ethnicityCode = ShaoyangPlaces::drawEthnicity(m_random, ShaoyangPlaces::county(county));
    else
        p.ethnicityCode = ethnicity;
    const int age = ageOn(p.birthDate, m_today);
    const PersonTraits traits = PersonTraits::draw(m_random, age, p.relationship == Relationship::Head);
    p.education = traits.education;
    p.health = traits.health;
    p.disabilityGrade = traits.disabilityGrade;
    p.labourCapacity = traits.labourCapacity;
    p.inSchool = traits.inSchool;
    p.politicalStatus = traits.politicalStatus;
    if (p.relationship == Relationship::Head)
        p.phone = household.phone;
    else if (age >= 18 && age <= 70 && m_random.percent(55))
        p.phone = mobilePhone();
    return p;
}

// A few members died or moved away since relocation. Heads stay, except a single elderly head whose
// death dissolves the household: so every active household keeps exactly one active head.
void DemoHouseholdMaker::decideFate(Person& p, const Household& household, int familySize)
{
    if (household.state == HouseholdState::MovedAway) {
        p.state = PersonState::MovedAway;
        p.stateDate = household.stateDate;
        return;
    }
    const int age = ageOn(p.birthDate, m_today);
    int deathPerMille = 0;
    int movePerMille = 0;
    switch (p.relationship) {
    case Relationship::Head:
        deathPerMille = familySize == 1 && age >= 70 ? 60 : 0;
        break;
    case Relationship::Parent:
        deathPerMille = age >= 65 ? 120 : 0;
        break;
    case Relationship::Spouse:
        deathPerMille = age >= 70 ? 100 : 0;
        break;
    case Relationship::Grandparent:
        deathPerMille = age >= 75 ? 120 : 0;
        break;
    case Relationship::Son:
    case Relationship::Daughter:
        movePerMille = age >= 22 ? 40 : 0;
        break;
    default:
        break;
    }
    QDate from = std::max(household.relocationDate, p.birthDate).addDays(30);
    if (from >= m_today)
        return; // arrived or born too recently for anything to have happened yet
    // Half of what happened, happened in the last two years: monthly trends on demo data have a history.
    if (m_random.percent(50))
        from = std::max(from, m_today.addDays(-730));
    if (deathPerMille > 0 && m_random.perMille(deathPerMille)) {
        p.state = PersonState::Deceased;
        p.stateDate = dateBetween(from, m_today.addDays(-1));
    } else if (movePerMille > 0 && m_random.perMille(movePerMille)) {
        p.state = PersonState::MovedAway;
        p.stateDate = dateBetween(from, m_today.addDays(-1));
    }
}

bool DemoHouseholdMaker::write(QList<FamilyMember> family, qint64 dwellingId)
{
    Household h = makeHousehold(family);
    h.dwellingId = dwellingId;
    const QString ethnicity =
        ShaoyangPlaces::drawEthnicity(m_random, ShaoyangPlaces::county(h.originCountyCode));

    // Now and then the daughter-in-law is a daughter of an earlier household of the same site.
    int moverIndex = -1;
    if (m_earlier.id != 0 && h.state == HouseholdState::Active && h.relocationDate < m_today.addDays(-90) &&
        m_earlier.relocationDate < m_today.addDays(-90) && m_random.perMille(100)) {
        for (int i = 0; i < family.size(); ++i) {
            if (family.at(i).relationship == Relationship::DaughterInLaw)
                moverIndex = i;
        }
    }
    if (moverIndex >= 0) {
        // Her children who carry her surname carry the one of the household she comes from.
        const QString maidenSurname = family.at(moverIndex).surname;
        for (FamilyMember& member : family) {
            const bool herChild = member.relationship == Relationship::Grandson ||
                                  member.relationship == Relationship::Granddaughter;
            if (herChild && member.surname == maidenSurname)
                member.surname = m_earlier.surname;
        }
    }

    QList<Person> persons;
    persons.reserve(family.size());
    for (int i = 0; i < family.size(); ++i) {
        Person p = makePerson(family.at(i), h, ethnicity, i == moverIndex);
        if (i != moverIndex)
            decideFate(p, h, int(family.size()));
        persons.append(p);
    }
    if (h.state == HouseholdState::Active && !persons.constFirst().isActive()) {
        h.state = HouseholdState::Dissolved; // the single member died
        h.stateDate = persons.constFirst().stateDate;
    }

    h.id = m_writer.insertHousehold(h);
    if (h.id == 0)
        return false;
    ++m_counts.households;

    for (Person& p : persons) {
        p.householdId = h.id;
        p.id = m_writer.insertPerson(p);
        if (p.id == 0)
            return false;
        ++m_counts.persons;
    }
    if (moverIndex >= 0)
        recordMove(persons.at(moverIndex), h);

    if (h.state == HouseholdState::Active) {
        const FamilyMember& head = family.constFirst();
        const FamilyMember* husband = &head;
        if (head.sex != Sex::Male && family.size() > 1 && family.at(1).relationship == Relationship::Spouse)
            husband = &family.at(1);
        m_earlier = {
            h.id,     h.relocationDate, persons.constFirst().birthDate, husband->surname, h.originCountyCode,
            ethnicity};
    }
    return true;
}

// She lived in the earlier household from its relocation (or her birth) until she moved here.
void DemoHouseholdMaker::recordMove(const Person& p, const Household& h)
{
    Move move;
    move.householdId = h.id;
    Membership& earlier = move.earlier;
    earlier.personId = p.id;
    earlier.householdId = m_earlier.id;
    earlier.startDate = std::max(m_earlier.relocationDate, p.birthDate);
    earlier.endDate = dateBetween(
        std::max({m_earlier.relocationDate, h.relocationDate, p.birthDate.addYears(18)}).addDays(30),
        m_today.addDays(-30));
    earlier.endReason = MembershipEnd::MovedToHousehold;
    if (m_earlier.headBirthDate.addYears(20) <= p.birthDate)
        earlier.relationship = Relationship::Daughter;
    else if (qAbs(m_earlier.headBirthDate.daysTo(p.birthDate)) <= 15 * 365)
        earlier.relationship = Relationship::Sibling;
    m_moves.append(move);
}

bool DemoHouseholdMaker::writeMemberships()
{
    const int current = m_writer.insertCurrentMemberships();
    if (current < 0)
        return false;
    m_counts.memberships += current;
    for (const Move& move : std::as_const(m_moves)) {
        if (!m_writer.setMembershipStart(move.earlier.personId, move.householdId, move.earlier.endDate) ||
            !m_writer.insertMembership(move.earlier))
            return false;
        ++m_counts.memberships;
    }
    return true;
}

} // namespace anju::demo
