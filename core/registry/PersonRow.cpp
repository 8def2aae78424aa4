#include "registry/PersonRow.h"

#include "database/SqlValues.h"

namespace anju::registry {

Person readPerson(const QSqlQuery& q, int c)
{
    Person p;
    p.id = q.value(c + 0).toLongLong();
    p.householdId = q.value(c + 1).toLongLong();
    p.name = q.value(c + 2).toString();
    p.idNumber = q.value(c + 3).toString();
    p.sex = enumFromKey<Sex>(q.value(c + 4).toString()).value_or(Sex::Unknown);
    p.birthDate = dateFrom(q.value(c + 5));
    p.relationship = enumFromKey<Relationship>(q.value(c + 6).toString()).value_or(Relationship::Other);
    p.ethnicityCode = q.value(c + 7).toString();
    p.education = enumFromKey<Education>(q.value(c + 8).toString()).value_or(Education::Unknown);
    p.health = enumFromKey<Health>(q.value(c + 9).toString()).value_or(Health::Healthy);
    p.disabilityGrade = q.value(c + 10).toInt();
    p.labourCapacity = enumFromKey<LabourCapacity>(q.value(c + 11).toString()).value_or(LabourCapacity::Ordinary);
    p.inSchool = q.value(c + 12).toInt() != 0;
    p.politicalStatus = enumFromKey<PoliticalStatus>(q.value(c + 13).toString()).value_or(PoliticalStatus::Masses);
    p.phone = q.value(c + 14).toString();
    p.state = enumFromKey<PersonState>(q.value(c + 15).toString()).value_or(PersonState::Active);
    p.stateDate = dateFrom(q.value(c + 16));
    p.rowVersion = q.value(c + 17).toInt();
    return p;
}

} // namespace anju::registry
