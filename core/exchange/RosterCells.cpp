#include "exchange/RosterCells.h"

#include "exchange/RosterVocabulary.h"

namespace anju::exchange {

namespace {

RosterCell text(const QString& value)
{
    if (value.isEmpty())
        return std::monostate{};
    return value;
}

RosterCell date(QDate value)
{
    if (!value.isValid())
        return std::monostate{};
    return value;
}

QString ethnicityName(const QString& code)
{
    if (code.isEmpty())
        return {};
    if (const std::optional<Ethnicity> ethnicity = Ethnicity::fromCode(code))
        return ethnicity->chineseName();
    return code;
}

} // namespace

bool RosterCells::isHouseholdField(RosterField field)
{
    switch (field) {
    case RosterField::Sequence:
    case RosterField::HouseholdNumber:
    case RosterField::Site:
    case RosterField::SiteCode:
    case RosterField::Building:
    case RosterField::Unit:
    case RosterField::Room:
    case RosterField::OriginCounty:
    case RosterField::OriginTownship:
    case RosterField::OriginVillage:
    case RosterField::RelocationDate:
    case RosterField::HouseholdPhone:
        return true;
    default:
        return false;
    }
}

RosterCell RosterCells::cell(RosterField field, const RosterHouseholdRows& household,
                             const RosterMemberRow& member, qint64 sequence)
{
    switch (field) {
    case RosterField::Sequence:
        return sequence;
    case RosterField::HouseholdNumber:
        return text(household.number);
    case RosterField::Site:
        return text(household.siteName);
    case RosterField::SiteCode:
        return text(household.siteCode);
    case RosterField::Building:
        return text(household.buildingName);
    case RosterField::Unit:
        return text(household.unitName);
    case RosterField::Room:
        return text(household.room);
    case RosterField::Name:
        return text(member.name);
    case RosterField::Relationship:
        return text(RosterVocabulary::word(member.relationship));
    case RosterField::IdNumber:
        return text(member.idNumber);
    case RosterField::Sex:
        return text(RosterVocabulary::word(member.sex));
    case RosterField::BirthDate:
        return date(member.birthDate);
    case RosterField::Ethnicity:
        return text(ethnicityName(member.ethnicityCode));
    case RosterField::Education:
        return text(RosterVocabulary::word(member.education));
    case RosterField::Health:
        return text(RosterVocabulary::word(member.health));
    case RosterField::LabourCapacity:
        return text(RosterVocabulary::word(member.labourCapacity));
    case RosterField::Phone:
        return text(member.phone);
    case RosterField::HouseholdPhone:
        return text(household.phone);
    case RosterField::OriginCounty:
        return text(household.originCountyCode);
    case RosterField::OriginTownship:
        return text(household.originTownship);
    case RosterField::OriginVillage:
        return text(household.originVillage);
    case RosterField::RelocationDate:
        return date(household.relocationDate);
    case RosterField::PersonState:
        return text(RosterVocabulary::word(member.state));
    case RosterField::StateDate:
        return date(member.stateDate);
    }
    return std::monostate{};
}

} // namespace anju::exchange
