#include "demo/FamilyShapes.h"

#include "demo/ChineseNames.h"

#include <algorithm>
#include <array>

namespace anju::demo {

namespace {

constexpr int MinParentAge = 20;
constexpr int MaxAge = 95;

class FamilyBuilder
{
public:
    FamilyBuilder(Random& random, QDate today) : m_random(random), m_today(today) {}

    QList<FamilyMember> compose(int size)
    {
        if (size <= 1) {
            single();
        } else if (size == 2) {
            const int shape = m_random.between(0, 99);
            if (shape < 45)
                couple(m_random.between(30, 82));
            else if (shape < 65)
                singleParent(1);
            else if (shape < 85)
                headWithParents(1);
            else
                grandparentsWithGrandchildren(2);
        } else {
            static constexpr std::array<int, 8> threeGenerationPercent = {0, 0, 0, 15, 30, 50, 70, 85};
            const int shape = m_random.between(0, 99);
            if (shape < threeGenerationPercent[std::min(size, 7)])
                threeGenerations(size);
            else if (size <= 4 && shape >= 90)
                grandparentsWithGrandchildren(size);
            else if (size == 3 && shape >= 82)
                singleParent(2);
            else
                nuclear(size);
        }
        return m_members;
    }

private:
    QDate birthForAge(int age) { return m_today.addYears(-age).addDays(-m_random.between(0, 364)); }

    int ageOf(QDate birth) const
    {
        int age = m_today.year() - birth.year();
        if (m_today.month() < birth.month() ||
            (m_today.month() == birth.month() && m_today.day() < birth.day()))
            --age;
        return age;
    }

    void add(Relationship relationship, Sex sex, QDate birth, const QString& surname, bool marriedIn = false)
    {
        m_members.append({relationship, sex, birth, surname, marriedIn});
    }

    Sex randomSex(int malePercent) { return m_random.percent(malePercent) ? Sex::Male : Sex::Female; }

    // Birth dates of up to `count` children whose younger parent was born on `youngerParentBirth`: the
    // first when that parent is 20–32, then one to four years apart, none later than a month ago.
    QList<QDate> childBirths(QDate youngerParentBirth, int count)
    {
        QList<QDate> births;
        const QDate earliest = youngerParentBirth.addYears(MinParentAge);
        const QDate latest = m_today.addDays(-30);
        if (count <= 0 || earliest > latest)
            return births;
        const int fit = int(earliest.daysTo(latest) / 365) + 1;
        const int k = std::min(count, fit);
        const QDate firstLatest = std::min(earliest.addYears(12), latest.addDays(-365 * (k - 1)));
        QDate previous = earliest.addDays(m_random.between(0, int(earliest.daysTo(firstLatest))));
        births.append(previous);
        for (int i = 1; i < k; ++i) {
            const QDate low = previous.addDays(365);
            const QDate high = std::min(previous.addDays(4 * 365), latest.addDays(-365 * (k - 1 - i)));
            previous = low.addDays(m_random.between(0, int(low.daysTo(high))));
            births.append(previous);
        }
        return births;
    }

    void single()
    {
        const bool elderly = m_random.percent(70);
        const int age = elderly ? m_random.between(60, 88) : m_random.between(35, 59);
        add(Relationship::Head, randomSex(elderly ? 50 : 75), birthForAge(age),
            ChineseNames::surname(m_random));
    }

    // Head and spouse; returns the birth date of the younger of the two. The husband carries the family
    // surname the children usually take.
    QDate couple(int headAge)
    {
        const bool headIsHusband = m_random.percent(88);
        const int gap = m_random.between(-2, 6); // how much older the husband is
        const int husbandAge = std::clamp(headIsHusband ? headAge : headAge + gap, MinParentAge, MaxAge);
        const int wifeAge = std::clamp(headIsHusband ? headAge - gap : headAge, MinParentAge, MaxAge);
        m_fatherSurname = ChineseNames::surname(m_random);
        m_motherSurname = ChineseNames::otherSurname(m_random, m_fatherSurname);
        const QDate husbandBirth = birthForAge(husbandAge);
        const QDate wifeBirth = birthForAge(wifeAge);
        if (headIsHusband) {
            add(Relationship::Head, Sex::Male, husbandBirth, m_fatherSurname);
            add(Relationship::Spouse, Sex::Female, wifeBirth, m_motherSurname, true);
        } else {
            add(Relationship::Head, Sex::Female, wifeBirth, m_motherSurname);
            add(Relationship::Spouse, Sex::Male, husbandBirth, m_fatherSurname, true);
        }
        return std::max(husbandBirth, wifeBirth);
    }

    QString childSurname(int fatherPercent)
    {
        return m_random.percent(fatherPercent) ? m_fatherSurname : m_motherSurname;
    }

    // Children of the head (and spouse); returns how many could be born.
    int children(QDate youngerParentBirth, int count, Relationship son, Relationship daughter,
                 int fatherPercent)
    {
        const QList<QDate> births = childBirths(youngerParentBirth, count);
        for (const QDate& birth : births) {
            const Sex sex = randomSex(52);
            add(sex == Sex::Male ? son : daughter, sex, birth, childSurname(fatherPercent));
        }
        return int(births.size());
    }

    // The head's own father and/or mother, 22–34 years older than the head.
    void parentsOfHead(int count)
    {
        const FamilyMember& head = m_members.constFirst();
        const int headAge = ageOf(head.birthDate);
        const bool both = count >= 2;
        const bool fatherFirst = both || m_random.percent(35);
        for (int i = 0; i < std::min(count, 2); ++i) {
            const int age = headAge + m_random.between(22, 34);
            if (age > MaxAge)
                return;
            const bool father = (i == 0) == fatherFirst;
            // The head carries the father's surname; the mother kept her own.
            add(Relationship::Parent, father ? Sex::Male : Sex::Female, birthForAge(age),
                father ? head.surname : ChineseNames::otherSurname(m_random, head.surname));
        }
    }

    void nuclear(int size)
    {
        int kids = size - 2;
        int parents = 0;
        if (kids > 4) {
            parents = kids - 4;
            kids = 4;
        } else if (size >= 4 && m_random.percent(20)) {
            --kids;
            parents = 1;
        }
        const QDate youngerBirth = couple(m_random.between(std::max(25, 23 + 3 * kids), 55));
        const int born = children(youngerBirth, kids, Relationship::Son, Relationship::Daughter, 92);
        parentsOfHead(std::min(2, parents + kids - born));
    }

    void singleParent(int kids)
    {
        const Sex sex = randomSex(40);
        const QDate birth = birthForAge(m_random.between(30, 55));
        const QString surname = ChineseNames::surname(m_random);
        add(Relationship::Head, sex, birth, surname);
        m_fatherSurname = sex == Sex::Male ? surname : ChineseNames::otherSurname(m_random, surname);
        m_motherSurname = sex == Sex::Female ? surname : ChineseNames::otherSurname(m_random, surname);
        children(birth, kids, Relationship::Son, Relationship::Daughter, sex == Sex::Male ? 95 : 60);
    }

    void headWithParents(int count)
    {
        add(Relationship::Head, randomSex(65), birthForAge(m_random.between(25, 58)),
            ChineseNames::surname(m_random));
        parentsOfHead(count);
    }

    // An older head, their married son (or daughter with a son-in-law 上门女婿) and grandchildren.
    void threeGenerations(int size)
    {
        const int headAge = m_random.between(52, 78);
        QDate youngerGrandparentBirth;
        QString lineSurname;
        if (m_random.percent(85)) {
            youngerGrandparentBirth = couple(headAge);
            lineSurname = m_fatherSurname;
        } else {
            const Sex sex = randomSex(45);
            youngerGrandparentBirth = birthForAge(headAge);
            const QString surname = ChineseNames::surname(m_random);
            add(Relationship::Head, sex, youngerGrandparentBirth, surname);
            lineSurname = sex == Sex::Male ? surname : ChineseNames::otherSurname(m_random, surname);
        }
        const int youngerGrandparentAge = ageOf(youngerGrandparentBirth);
        const int childAge = m_random.between(22, std::max(22, std::min(50, youngerGrandparentAge - 22)));
        const QDate childBirth = birthForAge(childAge);
        const int inLawAge = std::max(MinParentAge, childAge + m_random.between(-4, 3));
        const QDate inLawBirth = birthForAge(inLawAge);
        if (m_random.percent(88)) {
            add(Relationship::Son, Sex::Male, childBirth, lineSurname);
            m_fatherSurname = lineSurname;
            m_motherSurname = ChineseNames::otherSurname(m_random, lineSurname);
            add(Relationship::DaughterInLaw, Sex::Female, inLawBirth, m_motherSurname, true);
        } else {
            add(Relationship::Daughter, Sex::Female, childBirth, lineSurname);
            m_motherSurname = lineSurname;
            m_fatherSurname = ChineseNames::otherSurname(m_random, lineSurname);
            add(Relationship::SonInLaw, Sex::Male, inLawBirth, m_fatherSurname, true);
        }
        const bool sonInLaw = m_members.constLast().relationship == Relationship::SonInLaw;
        const int grandchildren = std::min(size - int(m_members.size()), 4);
        children(std::max(childBirth, inLawBirth), grandchildren, Relationship::Grandson,
                 Relationship::Granddaughter, sonInLaw ? 50 : 95);
        const int left = size - int(m_members.size());
        if (left > 0) {
            // Unmarried younger brothers and sisters of the married child.
            m_fatherSurname = lineSurname;
            const QList<QDate> births = childBirths(youngerGrandparentBirth, left + 1);
            for (int i = 1; i < births.size(); ++i) {
                const Sex sex = randomSex(55);
                add(sex == Sex::Male ? Relationship::Son : Relationship::Daughter, sex, births.at(i),
                    lineSurname);
            }
        }
    }

    // 隔代家庭: grandparents and the grandchildren whose parents work far away.
    void grandparentsWithGrandchildren(int size)
    {
        QDate youngerBirth;
        if (m_random.percent(80)) {
            youngerBirth = couple(m_random.between(55, 75));
        } else {
            const Sex sex = randomSex(40);
            youngerBirth = birthForAge(m_random.between(55, 75));
            const QString surname = ChineseNames::surname(m_random);
            add(Relationship::Head, sex, youngerBirth, surname);
            m_fatherSurname = sex == Sex::Male ? surname : ChineseNames::otherSurname(m_random, surname);
        }
        const QString ownLine = m_fatherSurname;
        m_motherSurname = ChineseNames::otherSurname(m_random, ownLine); // a daughter's children
        const QDate absentParentBirth = youngerBirth.addYears(m_random.between(MinParentAge, 30));
        children(absentParentBirth, size - int(m_members.size()), Relationship::Grandson,
                 Relationship::Granddaughter, 80);
    }

    Random& m_random;
    QDate m_today;
    QList<FamilyMember> m_members;
    QString m_fatherSurname;
    QString m_motherSurname;
};

} // namespace

int FamilyShapes::drawSize(Random& random)
{
    static constexpr std::array<int, 7> percentBySize = {10, 15, 22, 25, 15, 9, 4};
    return random.weighted(percentBySize) + 1;
}

QList<FamilyMember> FamilyShapes::compose(Random& random, int size, QDate today)
{
    return FamilyBuilder(random, today).compose(size);
}

} // namespace anju::demo
