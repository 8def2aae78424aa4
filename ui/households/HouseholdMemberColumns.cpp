#include "households/HouseholdMemberColumns.h"

#include "domain/IdNumber.h"
#include "domain/Violation.h"

namespace anju {

namespace {

template <typename E> QList<HouseholdMemberChoice> enumChoices()
{
    QList<HouseholdMemberChoice> out;
    for (const auto& info : enumInfos<E>())
        out.append({enumLabel(info.value), QLatin1String(info.key)});
    return out;
}

template <typename E> void setFromKey(E& target, const QVariant& value)
{
    if (const auto parsed = enumFromKey<E>(value.toString()))
        target = *parsed;
}

} // namespace

QString HouseholdMemberColumns::title(HouseholdMemberColumn column)
{
    switch (column) {
    case HouseholdMemberColumn::Name:
        return tr("Name");
    case HouseholdMemberColumn::IdNumber:
        return tr("ID number");
    case HouseholdMemberColumn::Relationship:
        return tr("Relationship");
    case HouseholdMemberColumn::Sex:
        return tr("Sex");
    case HouseholdMemberColumn::BirthDate:
        return tr("Born");
    case HouseholdMemberColumn::Ethnicity:
        return tr("Ethnicity");
    case HouseholdMemberColumn::Education:
        return tr("Education");
    case HouseholdMemberColumn::Health:
        return tr("Health");
    case HouseholdMemberColumn::LabourCapacity:
        return tr("Labour capacity");
    case HouseholdMemberColumn::Phone:
        return tr("Phone");
    case HouseholdMemberColumn::State:
        return tr("State");
    }
    return {};
}

QList<HouseholdMemberChoice> HouseholdMemberColumns::choices(HouseholdMemberColumn column)
{
    switch (column) {
    case HouseholdMemberColumn::Relationship:
        return enumChoices<Relationship>();
    case HouseholdMemberColumn::Education:
        return enumChoices<Education>();
    case HouseholdMemberColumn::Health:
        return enumChoices<Health>();
    case HouseholdMemberColumn::LabourCapacity:
        return enumChoices<LabourCapacity>();
    case HouseholdMemberColumn::Ethnicity: {
        QList<HouseholdMemberChoice> out;
        for (const Ethnicity& ethnicity : Ethnicity::all())
            out.append({ethnicity.label(), ethnicity.code});
        return out;
    }
    default:
        return {};
    }
}

bool HouseholdMemberColumns::isEditable(HouseholdMemberColumn column)
{
    return column != HouseholdMemberColumn::Sex && column != HouseholdMemberColumn::BirthDate &&
           column != HouseholdMemberColumn::State;
}

int HouseholdMemberColumns::ofField(const QString& field)
{
    if (field == QLatin1String(Field::PersonName))
        return static_cast<int>(HouseholdMemberColumn::Name);
    if (field == QLatin1String(Field::PersonIdNumber))
        return static_cast<int>(HouseholdMemberColumn::IdNumber);
    if (field == QLatin1String(Field::PersonRelationship))
        return static_cast<int>(HouseholdMemberColumn::Relationship);
    if (field == QLatin1String(Field::PersonPhone))
        return static_cast<int>(HouseholdMemberColumn::Phone);
    if (field == QLatin1String(Field::PersonDate))
        return static_cast<int>(HouseholdMemberColumn::State);
    return -1;
}

QString HouseholdMemberColumns::text(const Person& p, HouseholdMemberColumn column)
{
    switch (column) {
    case HouseholdMemberColumn::Name:
        return p.name;
    case HouseholdMemberColumn::IdNumber:
        return p.idNumber;
    case HouseholdMemberColumn::Relationship:
        return enumLabel(p.relationship);
    case HouseholdMemberColumn::Sex:
        return p.sex == Sex::Unknown ? QString() : enumLabel(p.sex);
    case HouseholdMemberColumn::BirthDate:
        return p.birthDate.toString(Qt::ISODate);
    case HouseholdMemberColumn::Ethnicity: {
        const auto ethnicity = Ethnicity::fromCode(p.ethnicityCode);
        return ethnicity ? ethnicity->label() : p.ethnicityCode;
    }
    case HouseholdMemberColumn::Education:
        return enumLabel(p.education);
    case HouseholdMemberColumn::Health:
        return enumLabel(p.health);
    case HouseholdMemberColumn::LabourCapacity:
        return enumLabel(p.labourCapacity);
    case HouseholdMemberColumn::Phone:
        return p.phone;
    case HouseholdMemberColumn::State:
        if (p.isActive() || !p.stateDate.isValid())
            return enumLabel(p.state);
        return tr("%1 %2").arg(enumLabel(p.state), p.stateDate.toString(Qt::ISODate));
    }
    return {};
}

QVariant HouseholdMemberColumns::value(const Person& p, HouseholdMemberColumn column)
{
    switch (column) {
    case HouseholdMemberColumn::Relationship:
        return enumKey(p.relationship);
    case HouseholdMemberColumn::Ethnicity:
        return p.ethnicityCode;
    case HouseholdMemberColumn::Education:
        return enumKey(p.education);
    case HouseholdMemberColumn::Health:
        return enumKey(p.health);
    case HouseholdMemberColumn::LabourCapacity:
        return enumKey(p.labourCapacity);
    default:
        return text(p, column);
    }
}

void HouseholdMemberColumns::setValue(Person& p, HouseholdMemberColumn column, const QVariant& value)
{
    switch (column) {
    case HouseholdMemberColumn::Name:
        p.name = value.toString().trimmed();
        break;
    case HouseholdMemberColumn::IdNumber: {
        const QString typed = value.toString().trimmed();
        const IdNumber id = IdNumber::parse(typed);
        // A bad number stays as typed, so the clerk sees what to correct.
        p.idNumber = id.isValid() ? id.text() : typed;
        p.sex = id.isValid() ? id.sex() : Sex::Unknown;
        p.birthDate = id.isValid() ? id.birthDate() : QDate();
        break;
    }
    case HouseholdMemberColumn::Relationship:
        setFromKey(p.relationship, value);
        break;
    case HouseholdMemberColumn::Ethnicity:
        if (Ethnicity::fromCode(value.toString()))
            p.ethnicityCode = value.toString();
        break;
    case HouseholdMemberColumn::Education:
        setFromKey(p.education, value);
        break;
    case HouseholdMemberColumn::Health:
        setFromKey(p.health, value);
        break;
    case HouseholdMemberColumn::LabourCapacity:
        setFromKey(p.labourCapacity, value);
        break;
    case HouseholdMemberColumn::Phone:
        p.phone = value.toString().trimmed();
        break;
    default:
        break;
    }
}

} // namespace anju
