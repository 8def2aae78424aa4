#include "domain/Household.h"

namespace anju {

int Person::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

const Person* Household::head() const
{
    for (const Person& person : members) {
        if (person.isActive() && person.relationship == Relationship::Head)
            return &person;
    }
    return nullptr;
}

int Household::activeMemberCount() const
{
    int count = 0;
    for (const Person& person : members)
        count += person.isActive() ? 1 : 0;
    return count;
}

} // namespace anju
