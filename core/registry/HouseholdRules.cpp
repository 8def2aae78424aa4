#include "registry/HouseholdRules.h"

#include "domain/IdNumber.h"

#include <QHash>
#include <QRegularExpression>

namespace anju::registry {

QString HouseholdRules::normalizeName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (!c.isSpace() && c != QChar(0x3000))
            out.append(c);
    }
    // Minority names join their parts with a middle dot; offices type several different dots.
    out.replace(QChar(0x2022), QChar(0x00B7)).replace(QChar(0x30FB), QChar(0x00B7)).replace(QChar(0xFF0E), QChar(0x00B7));
    return out;
}

bool HouseholdRules::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > 30)
        return false;
    for (QChar c : name) {
        if (!c.isLetter() && c != QChar(0x00B7))
            return false;
    }
    return true;
}

bool HouseholdRules::isValidPhone(const QString& phone)
{
    QString digits = phone;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.startsWith(QLatin1String("+86")))
        digits = digits.mid(3);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression fixedLine(QStringLiteral("^(0\\d{2,3})?\\d{7,8}$"));
    return mobile.match(digits).hasMatch() || fixedLine.match(digits).hasMatch();
}

bool HouseholdRules::isValidCountyCode(const QString& code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[1-8]\\d{5}$"));
    if (!sixDigits.match(code).hasMatch())
        return false;
    // A county code names a county: its last two digits are not 00 (that would be a city or province).
    return !code.endsWith(QLatin1String("00"));
}

Outcome HouseholdRules::validatePerson(Person& person, int row, QDate today)
{
    Outcome outcome;
    person.name = normalizeName(person.name);
    if (person.name.isEmpty())
        outcome.add(QLatin1String(Field::PersonName), tr("Enter the member's name."), row);
    else if (!isValidName(person.name))
        outcome.add(QLatin1String(Field::PersonName),
                    tr("The name %1 may contain only letters (and · between the parts of a minority name).")
                        .arg(person.name),
                    row);

    const IdNumber id = IdNumber::parse(person.idNumber, today);
    if (!id.isValid()) {
        outcome.add(QLatin1String(Field::PersonIdNumber), id.errorMessage(), row);
    } else {
        person.idNumber = id.text();
        person.sex = id.sex();
        person.birthDate = id.birthDate();
    }

    if (!person.phone.trimmed().isEmpty() && !isValidPhone(person.phone.trimmed()))
        outcome.add(QLatin1String(Field::PersonPhone),
                    tr("%1 is not a phone number: enter 11 digits for a mobile or the area code and number for "
                       "a fixed line.")
                        .arg(person.phone.trimmed()),
                    row);
    person.phone = person.phone.trimmed();

    if (!person.isActive()) {
        if (!person.stateDate.isValid())
            outcome.add(QLatin1String(Field::PersonDate), tr("Enter the date the member moved away or died."), row);
        else if (person.stateDate > today)
            outcome.add(QLatin1String(Field::PersonDate), tr("The date %1 is in the future.")
                                                              .arg(person.stateDate.toString(Qt::ISODate)), row);
        else if (person.birthDate.isValid() && person.stateDate < person.birthDate)
            outcome.add(QLatin1String(Field::PersonDate), tr("The date %1 is before the member's birth.")
                                                              .arg(person.stateDate.toString(Qt::ISODate)), row);
    }
    return outcome;
}

Outcome HouseholdRules::validate(Household& household, QDate today)
{
    Outcome outcome;
    household.number = household.number.trimmed();
    if (household.number.isEmpty())
        outcome.add(QLatin1String(Field::HouseholdNumber), tr("Enter the household number."));
    else if (household.number.size() > 40)
        outcome.add(QLatin1String(Field::HouseholdNumber), tr("The household number is longer than 40 characters."));
    if (household.siteId <= 0)
        outcome.add(QLatin1String(Field::HouseholdSite), tr("Choose the resettlement site of the household."));
    household.originCountyCode = household.originCountyCode.trimmed();
    if (household.originCountyCode.isEmpty())
        outcome.add(QLatin1String(Field::HouseholdOriginCounty), tr("Enter the county the household moved from."));
    else if (!isValidCountyCode(household.originCountyCode))
        outcome.add(QLatin1String(Field::HouseholdOriginCounty),
                    tr("%1 is not a county code: it has six digits, like 430524.").arg(household.originCountyCode));
    if (!household.relocationDate.isValid())
        outcome.add(QLatin1String(Field::HouseholdRelocationDate), tr("Enter the relocation date."));
    else if (household.relocationDate > today)
        outcome.add(QLatin1String(Field::HouseholdRelocationDate),
                    tr("The relocation date %1 is in the future.").arg(household.relocationDate.toString(Qt::ISODate)));
    household.phone = household.phone.trimmed();
    if (!household.phone.isEmpty() && !isValidPhone(household.phone))
        outcome.add(QLatin1String(Field::HouseholdPhone),
                    tr("%1 is not a phone number: enter 11 digits for a mobile or the area code and number for "
                       "a fixed line.")
                        .arg(household.phone));

    QHash<QString, int> rowOfId;
    const Person* firstHead = nullptr;
    int activeCount = 0;
    for (int row = 0; row < household.members.size(); ++row) {
        Person& person = household.members[row];
        const Outcome personOutcome = validatePerson(person, row, today);
        outcome.add(personOutcome);
        if (personOutcome.messageFor(QLatin1String(Field::PersonIdNumber), row).isEmpty()) {
            const auto earlier = rowOfId.constFind(person.idNumber);
            if (earlier != rowOfId.constEnd())
                outcome.add(QLatin1String(Field::PersonIdNumber),
                            tr("This ID number is already entered for %1 in this household.")
                                .arg(household.members.at(*earlier).name),
                            row);
            else
                rowOfId.insert(person.idNumber, row);
        }
        if (!person.isActive())
            continue;
        ++activeCount;
        if (person.relationship == Relationship::Head) {
            if (firstHead)
                outcome.add(QLatin1String(Field::PersonRelationship),
                            tr("A household has one head: %1 is already the head.").arg(firstHead->name), row);
            else
                firstHead = &person;
        }
    }
    if (household.state == HouseholdState::Active) {
        if (activeCount == 0)
            outcome.add(QLatin1String(Field::HouseholdMembers), tr("A household needs at least one member."));
        else if (!firstHead)
            outcome.add(QLatin1String(Field::HouseholdMembers), tr("Mark one member as head of household."));
    }
    return outcome;
}

} // namespace anju::registry
