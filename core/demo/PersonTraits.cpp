#include "demo/PersonTraits.h"

#include <array>

namespace anju::demo {

namespace {

Education adultEducation(Random& random, int age)
{
    using E = Education;
    if (age >= 60) {
        static constexpr std::array<E, 3> levels = {E::None, E::Primary, E::JuniorSecondary};
        static constexpr std::array<int, 3> weights = {35, 50, 15};
        return levels[random.weighted(weights)];
    }
    if (age >= 46) {
        static constexpr std::array<E, 4> levels = {E::None, E::Primary, E::JuniorSecondary,
                                                    E::SeniorSecondary};
        static constexpr std::array<int, 4> weights = {8, 35, 45, 12};
        return levels[random.weighted(weights)];
    }
    static constexpr std::array<E, 6> levels = {E::Primary,    E::JuniorSecondary, E::SeniorSecondary,
                                                E::Vocational, E::College,         E::Bachelor};
    static constexpr std::array<int, 6> weights = {5, 45, 25, 10, 10, 5};
    return levels[random.weighted(weights)];
}

void drawSchooling(Random& random, int age, PersonTraits& t)
{
    if (age < 6) {
        t.education = Education::None;
    } else if (age <= 11) {
        t.education = Education::Primary;
        t.inSchool = true;
    } else if (age <= 14) {
        t.education = Education::JuniorSecondary;
        t.inSchool = true;
    } else if (age <= 17) {
        t.inSchool = random.percent(90);
        t.education = t.inSchool && random.percent(30) ? Education::Vocational
                      : t.inSchool                     ? Education::SeniorSecondary
                                                       : Education::JuniorSecondary;
    } else if (age <= 22 && random.percent(35)) {
        t.inSchool = true;
        t.education = random.percent(55) ? Education::College : Education::Bachelor;
    } else {
        t.education = adultEducation(random, age);
    }
}

void drawHealth(Random& random, int age, PersonTraits& t)
{
    // Per mille of chronic illness, serious illness and disability by age group.
    const int chronic = age < 18 ? 10 : age < 45 ? 50 : age < 60 ? 160 : 350;
    const int serious = age < 18 ? 5 : age < 60 ? 20 : 50;
    const int disabled = age < 18 ? 15 : age < 60 ? 30 : 60;
    const int x = random.between(0, 999);
    if (x < disabled) {
        t.health = Health::Disabled;
        t.disabilityGrade = random.between(1, 4);
    } else if (x < disabled + serious) {
        t.health = Health::SeriousIllness;
    } else if (x < disabled + serious + chronic) {
        t.health = Health::Chronic;
    }
}

LabourCapacity drawLabourCapacity(Random& random, int age, const PersonTraits& t)
{
    using L = LabourCapacity;
    const bool severe =
        t.health == Health::SeriousIllness || (t.health == Health::Disabled && t.disabilityGrade <= 2);
    if (age < 16 || t.inSchool)
        return L::None;
    if (age >= 65)
        return severe ? L::Lost : (random.percent(70) ? L::None : L::Weak);
    if (severe)
        return random.percent(60) ? L::Lost : L::Weak;
    if (t.health != Health::Healthy || age >= 60)
        return random.percent(60) ? L::Weak : L::Ordinary;
    return random.percent(25) ? L::Skilled : L::Ordinary;
}

PoliticalStatus drawPoliticalStatus(Random& random, int age, bool isHead)
{
    if (age >= 28 && random.perMille(isHead ? 60 : 25))
        return PoliticalStatus::PartyMember;
    if (age >= 20 && age <= 40 && random.perMille(4))
        return PoliticalStatus::ProbationaryMember;
    if (age >= 14 && age <= 28 && random.percent(35))
        return PoliticalStatus::YouthLeagueMember;
    return PoliticalStatus::Masses;
}

} // namespace

PersonTraits PersonTraits::draw(Random& random, int age, bool isHead)
{
    PersonTraits t;
    drawSchooling(random, age, t);
    drawHealth(random, age, t);
    t.labourCapacity = drawLabourCapacity(random, age, t);
    t.politicalStatus = drawPoliticalStatus(random, age, isHead);
    return t;
}

} // namespace anju::demo
