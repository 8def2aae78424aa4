#include "domain/Enums.h"

#include <QCoreApplication>

namespace anju {

namespace {
constexpr char Context[] = "anju::Labels";
}

template <>
QList<EnumInfo<Sex>> enumInfos<Sex>()
{
    return {
        {Sex::Male, "male", QT_TRANSLATE_NOOP("anju::Labels", "Male")},
        {Sex::Female, "female", QT_TRANSLATE_NOOP("anju::Labels", "Female")},
        {Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("anju::Labels", "Unknown")},
    };
}

template <>
QList<EnumInfo<Relationship>> enumInfos<Relationship>()
{
    return {
        {Relationship::Head, "head", QT_TRANSLATE_NOOP("anju::Labels", "Head of household")},
        {Relationship::Spouse, "spouse", QT_TRANSLATE_NOOP("anju::Labels", "Spouse")},
        {Relationship::Son, "son", QT_TRANSLATE_NOOP("anju::Labels", "Son")},
        {Relationship::Daughter, "daughter", QT_TRANSLATE_NOOP("anju::Labels", "Daughter")},
        {Relationship::Grandson, "grandson", QT_TRANSLATE_NOOP("anju::Labels", "Grandson")},
        {Relationship::Granddaughter, "granddaughter", QT_TRANSLATE_NOOP("anju::Labels", "Granddaughter")},
        {Relationship::Parent, "parent", QT_TRANSLATE_NOOP("anju::Labels", "Parent")},
        {Relationship::Grandparent, "grandparent", QT_TRANSLATE_NOOP("anju::Labels", "Grandparent")},
        {Relationship::Sibling, "sibling", QT_TRANSLATE_NOOP("anju::Labels", "Brother or sister")},
        {Relationship::DaughterInLaw, "daughter_in_law", QT_TRANSLATE_NOOP("anju::Labels", "Daughter-in-law")},
        {Relationship::SonInLaw, "son_in_law", QT_TRANSLATE_NOOP("anju::Labels", "Son-in-law")},
        {Relationship::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other relative")},
    };
}

template <>
QList<EnumInfo<HouseholdState>> enumInfos<HouseholdState>()
{
    return {
        {HouseholdState::Active, "active", QT_TRANSLATE_NOOP("anju::Labels", "Registered")},
        {HouseholdState::MovedAway, "moved_away", QT_TRANSLATE_NOOP("anju::Labels", "Moved away")},
        {HouseholdState::Dissolved, "dissolved", QT_TRANSLATE_NOOP("anju::Labels", "Dissolved")},
    };
}

template <>
QList<EnumInfo<PersonState>> enumInfos<PersonState>()
{
    return {
        {PersonState::Active, "active", QT_TRANSLATE_NOOP("anju::Labels", "Registered")},
        {PersonState::MovedAway, "moved_away", QT_TRANSLATE_NOOP("anju::Labels", "Moved away")},
        {PersonState::Deceased, "deceased", QT_TRANSLATE_NOOP("anju::Labels", "Deceased")},
    };
}

template <>
QList<EnumInfo<Education>> enumInfos<Education>()
{
    return {
        {Education::Unknown, "unknown", QT_TRANSLATE_NOOP("anju::Labels", "Not recorded")},
        {Education::None, "none", QT_TRANSLATE_NOOP("anju::Labels", "No schooling")},
        {Education::Primary, "primary", QT_TRANSLATE_NOOP("anju::Labels", "Primary school")},
        {Education::JuniorSecondary, "junior", QT_TRANSLATE_NOOP("anju::Labels", "Junior middle school")},
        {Education::SeniorSecondary, "senior", QT_TRANSLATE_NOOP("anju::Labels", "Senior middle school")},
        {Education::Vocational, "vocational", QT_TRANSLATE_NOOP("anju::Labels", "Vocational school")},
        {Education::College, "college", QT_TRANSLATE_NOOP("anju::Labels", "Junior college")},
        {Education::Bachelor, "bachelor", QT_TRANSLATE_NOOP("anju::Labels", "Bachelor")},
        {Education::Postgraduate, "postgraduate", QT_TRANSLATE_NOOP("anju::Labels", "Postgraduate")},
    };
}

template <>
QList<EnumInfo<Health>> enumInfos<Health>()
{
    return {
        {Health::Healthy, "healthy", QT_TRANSLATE_NOOP("anju::Labels", "Healthy")},
        {Health::Chronic, "chronic", QT_TRANSLATE_NOOP("anju::Labels", "Chronic illness")},
        {Health::SeriousIllness, "serious", QT_TRANSLATE_NOOP("anju::Labels", "Serious illness")},
        {Health::Disabled, "disabled", QT_TRANSLATE_NOOP("anju::Labels", "Disabled")},
    };
}

template <>
QList<EnumInfo<LabourCapacity>> enumInfos<LabourCapacity>()
{
    return {
        {LabourCapacity::Ordinary, "ordinary", QT_TRANSLATE_NOOP("anju::Labels", "Ordinary labour")},
        {LabourCapacity::Skilled, "skilled", QT_TRANSLATE_NOOP("anju::Labels", "Skilled labour")},
        {LabourCapacity::Weak, "weak", QT_TRANSLATE_NOOP("anju::Labels", "Weak or half labour")},
        {LabourCapacity::Lost, "lost", QT_TRANSLATE_NOOP("anju::Labels", "Lost labour capacity")},
        {LabourCapacity::None, "none", QT_TRANSLATE_NOOP("anju::Labels", "No labour capacity")},
    };
}

template <>
QList<EnumInfo<PoliticalStatus>> enumInfos<PoliticalStatus>()
{
    return {
        {PoliticalStatus::Masses, "masses", QT_TRANSLATE_NOOP("anju::Labels", "Ordinary citizen")},
        {PoliticalStatus::PartyMember, "party_member", QT_TRANSLATE_NOOP("anju::Labels", "CPC member")},
        {PoliticalStatus::ProbationaryMember, "probationary",
         QT_TRANSLATE_NOOP("anju::Labels", "CPC probationary member")},
        {PoliticalStatus::YouthLeagueMember, "youth_league",
         QT_TRANSLATE_NOOP("anju::Labels", "Communist Youth League member")},
        {PoliticalStatus::OtherParty, "other_party", QT_TRANSLATE_NOOP("anju::Labels", "Other party")},
    };
}

template <>
QList<EnumInfo<MembershipEnd>> enumInfos<MembershipEnd>()
{
    return {
        {MembershipEnd::MovedToHousehold, "moved_to_household",
         QT_TRANSLATE_NOOP("anju::Labels", "Moved to another household")},
        {MembershipEnd::MovedAway, "moved_away", QT_TRANSLATE_NOOP("anju::Labels", "Moved away")},
        {MembershipEnd::Deceased, "deceased", QT_TRANSLATE_NOOP("anju::Labels", "Deceased")},
    };
}

template <>
QList<EnumInfo<ServiceCentre>> enumInfos<ServiceCentre>()
{
    return {
        {ServiceCentre::None, "none", QT_TRANSLATE_NOOP("anju::Labels", "No service centre")},
        {ServiceCentre::Management, "management", QT_TRANSLATE_NOOP("anju::Labels", "Service management centre")},
        {ServiceCentre::OneStop, "one_stop", QT_TRANSLATE_NOOP("anju::Labels", "One-stop service centre")},
    };
}

template <typename E>
QString enumKey(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QString::fromLatin1(info.key);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& info : enumInfos<E>()) {
        if (key == QLatin1String(info.key))
            return info.value;
    }
    return std::nullopt;
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QCoreApplication::translate(Context, info.label);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& info : enumInfos<E>()) {
        if (trimmed == QLatin1String(info.key) || trimmed.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0
            || trimmed == QCoreApplication::translate(Context, info.label))
            return info.value;
    }
    return std::nullopt;
}

#define ANJU_INSTANTIATE_ENUM(E)                                                                           \
    template QString enumKey<E>(E);                                                                        \
    template std::optional<E> enumFromKey<E>(QStringView);                                                 \
    template QString enumLabel<E>(E);                                                                      \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_ENUM(Sex)
ANJU_INSTANTIATE_ENUM(Relationship)
ANJU_INSTANTIATE_ENUM(HouseholdState)
ANJU_INSTANTIATE_ENUM(PersonState)
ANJU_INSTANTIATE_ENUM(Education)
ANJU_INSTANTIATE_ENUM(Health)
ANJU_INSTANTIATE_ENUM(LabourCapacity)
ANJU_INSTANTIATE_ENUM(PoliticalStatus)
ANJU_INSTANTIATE_ENUM(MembershipEnd)
ANJU_INSTANTIATE_ENUM(ServiceCentre)

} // namespace anju
