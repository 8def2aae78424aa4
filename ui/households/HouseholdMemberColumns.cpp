#include "households/MemberColumns.h"

#include "domain/IdNumber.h"
#include "domain/Violation.h"

namespace anju {

namespace {

template <typename E> QList<MemberChoice> enumChoices()
{
    QList<MemberChoice> out;
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

QString MemberColumns::title(MemberColumn column)
{
    switch (column) {
    case MemberColumn::Name:
        return tr("Name");
    case MemberColumn::IdNumber:
        return tr("ID number");
    case MemberColumn::Relationship:
        return tr("Relationship");
    case MemberColumn::Sex:
        return tr("Sex");
    case MemberColumn::BirthDate:
        return tr("Born");
    case MemberColumn::Ethnicity:
        return tr("Ethnicity");
    case MemberColumn::Education:
        return tr("Education");
    case MemberColumn::Health:
        return tr("Health");
    case MemberColumn::LabourCapacity:
        return tr("Labour capacity");
    case MemberColumn::Phone:
        return tr("Phone");
    case MemberColumn::State:
        return tr("State");
    }
    return {};
}

QList<MemberChoice> MemberColumns::choices(MemberColumn column)
{
    switch (column) {
    case MemberColumn::Relationship:
        return enumChoices<Relationship>();
    case MemberColumn::Education:
        return enumChoices<Education>();
    case MemberColumn::Health:
        return enumChoices<Health>();
    case MemberColumn::LabourCapacity:
        return enumChoices<LabourCapacity>();
    case MemberColumn::Ethnicity: {
        QList<MemberChoice> out;
        for (const Ethnicity& ethnicity : Ethnicity::all())
            out.append({ethnicity.label(), ethnicity.code});
        return out;
    }
    default:
        return {};
    }
}

bool MemberColumns::isEditable(MemberColumn column)
{
    return column != MemberColumn::Sex && column != MemberColumn::BirthDate && column != MemberColumn::State;
}

int MemberColumns::ofField(const QString& field)
{
    if (field == QLatin1String(Field::PersonName))
        return static_cast<int>(MemberColumn::Name);
    if (field == QLatin1String(Field::PersonIdNumber))
        return static_cast<int>(MemberColumn::IdNumber);
    if (field == QLatin1String(Field::PersonRelationship))
        return static_cast<int>(MemberColumn::Relationship);
    if (field == QLatin1String(Field::PersonPhone))
        return static_cast<int>(MemberColumn::Phone);
    if (field == QLatin1String(Field::PersonDate))
        return static_cast<int>(MemberColumn::State);
    return -1;
}

QString MemberColumns::text(const Person& p, MemberColumn column)
{
    switch (column) {
    case MemberColumn::Name:
        return p.name;
    case MemberColumn::IdNumber:
        return p.idNumber;
    case MemberColumn::Relationship:
        return enumLabel(p.relationship);
    case MemberColumn::Sex:
        return p.sex == Sex::Unknown ? QString() : enumLabel(p.sex);
    case MemberColumn::BirthDate:
        return p.birthDate.toString(Qt::ISODate);
    case MemberColumn::Ethnicity: {
        const auto ethnicity = Ethnicity::fromCode(p.ethnicityCode);
        return ethnicity ? ethnicity->label() : p.ethnicityCode;
    }
    case MemberColumn::Education:
        return enumLabel(p.education);
    case MemberColumn::Health:
        return enumLabel(p.health);
    case MemberColumn::LabourCapacity:
        return enumLabel(p.labourCapacity);
    case MemberColumn::Phone:
        return p.phone;
    case MemberColumn::State:
        if (p.isActive() || !p.stateDate.isValid())
            return enumLabel(p.state);
        return tr("%1 %2").arg(enumLabel(p.state), p.stateDate.toString(Qt::ISODate));
    }
    return {};
}

QVariant MemberColumns::value(const Person& p, MemberColumn column)
{
    switch (column) {
    case MemberColumn::Relationship:
        return enumKey(p.relationship);
    case MemberColumn::Ethnicity:
        return p.ethnicityCode;
    case MemberColumn::Education:
        return enumKey(p.education);
    case MemberColumn::Health:
        return enumKey(p.health);
    case MemberColumn::LabourCapacity:
        return enumKey(p.labourCapacity);
    default:
        return text(p, column);
    }
}

void MemberColumns::setValue(Person& p, MemberColumn column, const QVariant& value)
{
    switch (column) {
    case MemberColumn::Name:
        p.name = value.toString().trimmed();
        break;
    case MemberColumn::IdNumber: {
        const QString typed = value.toString().trimmed();
        const IdNumber id = IdNumber::parse(typed);
        // A bad number stays as typed, so the clerk sees what to correct.
        p.idNumber = id.isValid() ? id.text() : typed;
        p.sex = id.isValid() ? id.sex() : Sex::Unknown;
        p.birthDate = id.isValid() ? id.birthDate() : QDate();
        break;
    }
    case MemberColumn::Relationship:
        setFromKey(p.relationship, value);
        break;
    case MemberColumn::Ethnicity:
        if (Ethnicity::fromCode(value.toString()))
            p.ethnicityCode = value.toString();
        break;
    case MemberColumn::Education:
        setFromKey(p.education, value);
        break;
    case MemberColumn::Health:
        setFromKey(p.health, value);
        break;
    case MemberColumn::LabourCapacity:
        setFromKey(p.labourCapacity, value);
        break;
    case MemberColumn::Phone:
        p.phone = value.toString().trimmed();
        break;
    default:
        break;
    }
}

} // namespace anju
