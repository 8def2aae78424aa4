#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace anju {

// Coded values of the registry. Each is stored in the database by a stable key (never by its label) and
// shown by a label in the user's language.

enum class Sex { Unknown, Male, Female };

// Relationship to the head of household, after GB/T 4761 family relationship terms.
enum class Relationship {
    Head,
    Spouse,
    Son,
    Daughter,
    Grandson,
    Granddaughter,
    Parent,
    Grandparent,
    Sibling,
    DaughterInLaw,
    SonInLaw,
    Other,
};

enum class HouseholdState { Active, MovedAway, Dissolved };
enum class PersonState { Active, MovedAway, Deceased };

enum class Education {
    Unknown,
    None,
    Primary,
    JuniorSecondary,
    SeniorSecondary,
    Vocational,
    College,
    Bachelor,
    Postgraduate,
};

enum class Health { Healthy, Chronic, SeriousIllness, Disabled };

enum class LabourCapacity { Ordinary, Skilled, Weak, Lost, None };

enum class PoliticalStatus { Masses, PartyMember, ProbationaryMember, YouthLeagueMember, OtherParty };

// The service centre a site has (DOMAIN.md: large sites need a one-stop centre, smaller ones at least a
// service management centre).
enum class ServiceCentre { None, Management, OneStop };

// Why a membership in a household ended.
enum class MembershipEnd { MovedToHousehold, MovedAway, Deceased };

template <typename E>
struct EnumInfo
{
    E value;
    const char* key;   // stored in the database
    const char* label; // English source text, translated in context "anju::Labels"
};

// The table of every value for an enum, in display order.
template <typename E>
QList<EnumInfo<E>> enumInfos();

template <typename E>
QString enumKey(E value);
template <typename E>
std::optional<E> enumFromKey(QStringView key);
// The label in the user's language.
template <typename E>
QString enumLabel(E value);
// The value whose key or label (English or translated) is `text`.
template <typename E>
std::optional<E> enumFromText(QStringView text);

// An ethnic group under GB 3304 (two-digit code, e.g. "01" Han, "06" Miao).
struct Ethnicity
{
    QString code;
    static QList<Ethnicity> all();
    static std::optional<Ethnicity> fromCode(QStringView code);
    static std::optional<Ethnicity> fromName(QStringView nameOrCode);
    QString label() const;
    // The official Chinese name (汉族, 苗族 …), what rosters hold whatever the user's language.
    QString chineseName() const;
};

} // namespace anju
