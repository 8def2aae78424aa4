#include "party/PartyEnums.h"

#include <QCoreApplication>

// The specialisations of enumInfos belong to its namespace (anju); the enums they describe are the party's.
namespace anju {

using namespace anju::party;

template <> QList<EnumInfo<OrganisationKind>> enumInfos<OrganisationKind>()
{
    return {
        {OrganisationKind::Committee, "committee", QT_TRANSLATE_NOOP("anju::Labels", "Party committee")},
        {OrganisationKind::GeneralBranch, "general_branch",
         QT_TRANSLATE_NOOP("anju::Labels", "General party branch")},
        {OrganisationKind::Branch, "branch", QT_TRANSLATE_NOOP("anju::Labels", "Party branch")},
        {OrganisationKind::JointBranch, "joint_branch",
         QT_TRANSLATE_NOOP("anju::Labels", "Joint party branch")},
    };
}

template <> QList<EnumInfo<DevelopmentStage>> enumInfos<DevelopmentStage>()
{
    return {
        {DevelopmentStage::Applicant, "applicant", QT_TRANSLATE_NOOP("anju::Labels", "Applicant")},
        {DevelopmentStage::Activist, "activist", QT_TRANSLATE_NOOP("anju::Labels", "Activist")},
        {DevelopmentStage::DevelopmentTarget, "development_target",
         QT_TRANSLATE_NOOP("anju::Labels", "Development target")},
        {DevelopmentStage::Probationary, "probationary",
         QT_TRANSLATE_NOOP("anju::Labels", "Probationary member")},
        {DevelopmentStage::Full, "full", QT_TRANSLATE_NOOP("anju::Labels", "Full member")},
    };
}

template <> QList<EnumInfo<StageEvent>> enumInfos<StageEvent>()
{
    return {
        {StageEvent::Application, "application", QT_TRANSLATE_NOOP("anju::Labels", "Applied to join")},
        {StageEvent::ApplicationTalk, "application_talk",
         QT_TRANSLATE_NOOP("anju::Labels", "Talk with the applicant")},
        {StageEvent::Activist, "activist", QT_TRANSLATE_NOOP("anju::Labels", "Named activist")},
        {StageEvent::DevelopmentTarget, "development_target",
         QT_TRANSLATE_NOOP("anju::Labels", "Named development target")},
        {StageEvent::Admission, "admission",
         QT_TRANSLATE_NOOP("anju::Labels", "Admitted as probationary member")},
        {StageEvent::ProbationExtension, "probation_extension",
         QT_TRANSLATE_NOOP("anju::Labels", "Probation extended")},
        {StageEvent::Conversion, "conversion", QT_TRANSLATE_NOOP("anju::Labels", "Converted to full member")},
    };
}

template <> QList<EnumInfo<MemberState>> enumInfos<MemberState>()
{
    return {
        {MemberState::Normal, "normal", QT_TRANSLATE_NOOP("anju::Labels", "Normal")},
        {MemberState::Mobile, "mobile", QT_TRANSLATE_NOOP("anju::Labels", "Mobile member")},
        {MemberState::TransferredOut, "transferred_out",
         QT_TRANSLATE_NOOP("anju::Labels", "Transferred out")},
        {MemberState::Deceased, "deceased", QT_TRANSLATE_NOOP("anju::Labels", "Deceased")},
        {MemberState::Left, "left", QT_TRANSLATE_NOOP("anju::Labels", "Left the party")},
    };
}

template <> QList<EnumInfo<LeavingWay>> enumInfos<LeavingWay>()
{
    return {
        {LeavingWay::ProbationCancelled, "probation_cancelled",
         QT_TRANSLATE_NOOP("anju::Labels", "Probationary membership cancelled")},
        {LeavingWay::Withdrawal, "withdrawal", QT_TRANSLATE_NOOP("anju::Labels", "Withdrew from the party")},
        {LeavingWay::Removal, "removal", QT_TRANSLATE_NOOP("anju::Labels", "Removed from the party")},
        {LeavingWay::Expulsion, "expulsion", QT_TRANSLATE_NOOP("anju::Labels", "Expelled from the party")},
    };
}

template <> QList<EnumInfo<MemberOrigin>> enumInfos<MemberOrigin>()
{
    return {
        {MemberOrigin::Resident, "resident", QT_TRANSLATE_NOOP("anju::Labels", "Resident")},
        {MemberOrigin::OutsideCadre, "outside_cadre", QT_TRANSLATE_NOOP("anju::Labels", "Outside cadre")},
    };
}

template <> QList<EnumInfo<DuesCategory>> enumInfos<DuesCategory>()
{
    return {
        {DuesCategory::Employed, "employed", QT_TRANSLATE_NOOP("anju::Labels", "Employed")},
        {DuesCategory::Retired, "retired", QT_TRANSLATE_NOOP("anju::Labels", "Retired")},
        {DuesCategory::Farmer, "farmer", QT_TRANSLATE_NOOP("anju::Labels", "Farmer")},
        {DuesCategory::Student, "student", QT_TRANSLATE_NOOP("anju::Labels", "Student")},
        {DuesCategory::Unemployed, "unemployed", QT_TRANSLATE_NOOP("anju::Labels", "Unemployed")},
        {DuesCategory::LowIncome, "low_income",
         QT_TRANSLATE_NOOP("anju::Labels", "Minimum living allowance")},
    };
}

template <> QList<EnumInfo<MeetingType>> enumInfos<MeetingType>()
{
    return {
        {MeetingType::GeneralMeeting, "general_meeting",
         QT_TRANSLATE_NOOP("anju::Labels", "Branch general meeting")},
        {MeetingType::CommitteeMeeting, "committee_meeting",
         QT_TRANSLATE_NOOP("anju::Labels", "Branch committee meeting")},
        {MeetingType::GroupMeeting, "group_meeting",
         QT_TRANSLATE_NOOP("anju::Labels", "Party group meeting")},
        {MeetingType::PartyLesson, "party_lesson", QT_TRANSLATE_NOOP("anju::Labels", "Party lesson")},
        {MeetingType::ThemePartyDay, "theme_party_day", QT_TRANSLATE_NOOP("anju::Labels", "Theme party day")},
        {MeetingType::OrganisationalLife, "organisational_life",
         QT_TRANSLATE_NOOP("anju::Labels", "Organisational life meeting")},
        {MeetingType::DemocraticReview, "democratic_review",
         QT_TRANSLATE_NOOP("anju::Labels", "Democratic review of members")},
    };
}

template <> QList<EnumInfo<TransferDirection>> enumInfos<TransferDirection>()
{
    return {
        {TransferDirection::In, "in", QT_TRANSLATE_NOOP("anju::Labels", "Transferred in")},
        {TransferDirection::Out, "out", QT_TRANSLATE_NOOP("anju::Labels", "Transferred out")},
    };
}

template <> QList<EnumInfo<AssignmentKind>> enumInfos<AssignmentKind>()
{
    return {
        {AssignmentKind::WorkTeam, "work_team", QT_TRANSLATE_NOOP("anju::Labels", "Village work team")},
        {AssignmentKind::FirstSecretary, "first_secretary",
         QT_TRANSLATE_NOOP("anju::Labels", "First secretary")},
    };
}

template <> QList<EnumInfo<AgeBand>> enumInfos<AgeBand>()
{
    return {
        {AgeBand::UpTo30, "up_to_30", QT_TRANSLATE_NOOP("anju::Labels", "30 and under")},
        {AgeBand::From31To40, "31_40", QT_TRANSLATE_NOOP("anju::Labels", "31 to 40")},
        {AgeBand::From41To50, "41_50", QT_TRANSLATE_NOOP("anju::Labels", "41 to 50")},
        {AgeBand::From51To60, "51_60", QT_TRANSLATE_NOOP("anju::Labels", "51 to 60")},
        {AgeBand::From61To70, "61_70", QT_TRANSLATE_NOOP("anju::Labels", "61 to 70")},
        {AgeBand::Over70, "over_70", QT_TRANSLATE_NOOP("anju::Labels", "Over 70")},
    };
}

template <> QList<EnumInfo<ReviewKind>> enumInfos<ReviewKind>()
{
    return {
        {ReviewKind::ApplicationTalkDue, "application_talk_due",
         QT_TRANSLATE_NOOP("anju::Labels", "Talk with applicant due")},
        {ReviewKind::ActivistEligible, "activist_eligible",
         QT_TRANSLATE_NOOP("anju::Labels", "Activist cultivated one year")},
        {ReviewKind::ConversionDue, "conversion_due", QT_TRANSLATE_NOOP("anju::Labels", "Conversion due")},
        {ReviewKind::ExtensionEnding, "extension_ending",
         QT_TRANSLATE_NOOP("anju::Labels", "Extended probation ends")},
        {ReviewKind::DuesArrears, "dues_arrears", QT_TRANSLATE_NOOP("anju::Labels", "Dues in arrears")},
        {ReviewKind::MeetingMissing, "meeting_missing",
         QT_TRANSLATE_NOOP("anju::Labels", "Meeting not held")},
        {ReviewKind::TransferPending, "transfer_pending",
         QT_TRANSLATE_NOOP("anju::Labels", "Transfer pending")},
        {ReviewKind::SiteNeedsOwnBranch, "site_needs_own_branch",
         QT_TRANSLATE_NOOP("anju::Labels", "Site needs its own branch")},
        {ReviewKind::SiteNotCovered, "site_not_covered",
         QT_TRANSLATE_NOOP("anju::Labels", "Site not covered by an organisation")},
        {ReviewKind::SiteWithoutWorkTeam, "site_without_work_team",
         QT_TRANSLATE_NOOP("anju::Labels", "Site without a work team")},
        {ReviewKind::SiteWithoutFirstSecretary, "site_without_first_secretary",
         QT_TRANSLATE_NOOP("anju::Labels", "Site without a first secretary")},
        {ReviewKind::BranchTooSmall, "branch_too_small",
         QT_TRANSLATE_NOOP("anju::Labels", "Branch too small")},
        {ReviewKind::BranchTooLarge, "branch_too_large",
         QT_TRANSLATE_NOOP("anju::Labels", "Branch too large")},
        {ReviewKind::CommitteeMissing, "committee_missing",
         QT_TRANSLATE_NOOP("anju::Labels", "Branch committee missing")},
        {ReviewKind::NoOrganisationalLife, "no_organisational_life",
         QT_TRANSLATE_NOOP("anju::Labels", "No organisational life for six months")},
        {ReviewKind::SecretaryStandingShort, "secretary_standing_short",
         QT_TRANSLATE_NOOP("anju::Labels", "Secretary with under a year of party standing")},
        {ReviewKind::PoliticalStatusMismatch, "political_status_mismatch",
         QT_TRANSLATE_NOOP("anju::Labels", "Political status disagrees")},
    };
}

template <> QList<EnumInfo<ReviewUrgency>> enumInfos<ReviewUrgency>()
{
    return {
        {ReviewUrgency::Due, "due", QT_TRANSLATE_NOOP("anju::Labels", "Due")},
        {ReviewUrgency::Overdue, "overdue", QT_TRANSLATE_NOOP("anju::Labels", "Overdue")},
    };
}

// The generic lookups of domain/Enums.cpp, instantiated here for the party enums (the same template
// definitions; core/domain stays untouched by the party module).
namespace {
constexpr char Context[] = "anju::Labels";
}

template <typename E> QString enumKey(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QString::fromLatin1(info.key);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& info : enumInfos<E>()) {
        if (key == QLatin1String(info.key))
            return info.value;
    }
    return std::nullopt;
}

template <typename E> QString enumLabel(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QCoreApplication::translate(Context, info.label);
    }
    return {};
}

template <typename E> std::optional<E> enumFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& info : enumInfos<E>()) {
        if (trimmed == QLatin1String(info.key) ||
            trimmed.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0 ||
            trimmed == QCoreApplication::translate(Context, info.label))
            return info.value;
    }
    return std::nullopt;
}

#define ANJU_INSTANTIATE_PARTY_ENUM(E)                                                                       \
    template QString enumKey<E>(E);                                                                          \
    template std::optional<E> enumFromKey<E>(QStringView);                                                   \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_PARTY_ENUM(OrganisationKind)
ANJU_INSTANTIATE_PARTY_ENUM(DevelopmentStage)
ANJU_INSTANTIATE_PARTY_ENUM(StageEvent)
ANJU_INSTANTIATE_PARTY_ENUM(MemberState)
ANJU_INSTANTIATE_PARTY_ENUM(LeavingWay)
ANJU_INSTANTIATE_PARTY_ENUM(MemberOrigin)
ANJU_INSTANTIATE_PARTY_ENUM(DuesCategory)
ANJU_INSTANTIATE_PARTY_ENUM(MeetingType)
ANJU_INSTANTIATE_PARTY_ENUM(TransferDirection)
ANJU_INSTANTIATE_PARTY_ENUM(AssignmentKind)
ANJU_INSTANTIATE_PARTY_ENUM(AgeBand)
ANJU_INSTANTIATE_PARTY_ENUM(ReviewKind)
ANJU_INSTANTIATE_PARTY_ENUM(ReviewUrgency)

} // namespace anju

namespace anju::party {

DevelopmentStage stageAfter(StageEvent event, DevelopmentStage before)
{
    return stageReachedBy(event).value_or(before);
}

std::optional<DevelopmentStage> stageReachedBy(StageEvent event)
{
    switch (event) {
    case StageEvent::Application:
        return DevelopmentStage::Applicant;
    case StageEvent::Activist:
        return DevelopmentStage::Activist;
    case StageEvent::DevelopmentTarget:
        return DevelopmentStage::DevelopmentTarget;
    case StageEvent::Admission:
        return DevelopmentStage::Probationary;
    case StageEvent::Conversion:
        return DevelopmentStage::Full;
    case StageEvent::ApplicationTalk:
    case StageEvent::ProbationExtension:
        return std::nullopt;
    }
    return std::nullopt;
}

StageEvent eventEntering(DevelopmentStage stage)
{
    switch (stage) {
    case DevelopmentStage::Applicant:
        return StageEvent::Application;
    case DevelopmentStage::Activist:
        return StageEvent::Activist;
    case DevelopmentStage::DevelopmentTarget:
        return StageEvent::DevelopmentTarget;
    case DevelopmentStage::Probationary:
        return StageEvent::Admission;
    case DevelopmentStage::Full:
        return StageEvent::Conversion;
    }
    return StageEvent::Application;
}

AgeBand ageBandFor(int age)
{
    if (age <= 30)
        return AgeBand::UpTo30;
    if (age <= 40)
        return AgeBand::From31To40;
    if (age <= 50)
        return AgeBand::From41To50;
    if (age <= 60)
        return AgeBand::From51To60;
    if (age <= 70)
        return AgeBand::From61To70;
    return AgeBand::Over70;
}

} // namespace anju::party
