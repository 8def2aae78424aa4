#include "work/WorkEnums.h"

#include <QCoreApplication>

// The specialisations of enumInfos belong to its namespace (anju); the enums they describe are the work
// workflow's. The keys are the values migration 20's CHECK lists accept; the labels are the forms' words.
namespace anju {

using namespace anju::work;

template <> QList<EnumInfo<Channel>> enumInfos<Channel>()
{
    return {
        {Channel::LabourExport, "labour_export", QT_TRANSLATE_NOOP("anju::Labels", "Labour export")},
        {Channel::Workshop, "workshop", QT_TRANSLATE_NOOP("anju::Labels", "Assistance workshop")},
        {Channel::WorkRelief, "work_relief", QT_TRANSLATE_NOOP("anju::Labels", "Work-for-relief project")},
        {Channel::Park, "park", QT_TRANSLATE_NOOP("anju::Labels", "Industrial park or scenic area")},
        {Channel::PublicPost, "public_post", QT_TRANSLATE_NOOP("anju::Labels", "Public-welfare post")},
        {Channel::SelfEmployed, "self_employed", QT_TRANSLATE_NOOP("anju::Labels", "Self-employed")},
        {Channel::Flexible, "flexible", QT_TRANSLATE_NOOP("anju::Labels", "Flexible work")},
    };
}

template <> QList<EnumInfo<PostKind>> enumInfos<PostKind>()
{
    return {
        {PostKind::CleaningGreening, "cleaning_greening",
         QT_TRANSLATE_NOOP("anju::Labels", "Cleaning and greening")},
        {PostKind::Security, "security", QT_TRANSLATE_NOOP("anju::Labels", "Security assistant")},
        {PostKind::ForestRanger, "forest_ranger", QT_TRANSLATE_NOOP("anju::Labels", "Forest ranger")},
        {PostKind::ProjectMaintenance, "project_maintenance",
         QT_TRANSLATE_NOOP("anju::Labels", "Project maintenance")},
        {PostKind::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other post")},
    };
}

template <> QList<EnumInfo<WishKind>> enumInfos<WishKind>()
{
    return {
        {WishKind::Employment, "employment", QT_TRANSLATE_NOOP("anju::Labels", "Wish to work")},
        {WishKind::Training, "training", QT_TRANSLATE_NOOP("anju::Labels", "Wish for training")},
        {WishKind::Business, "business", QT_TRANSLATE_NOOP("anju::Labels", "Wish to start a business")},
    };
}

template <> QList<EnumInfo<AbsenceReason>> enumInfos<AbsenceReason>()
{
    return {
        {AbsenceReason::Studying, "studying", QT_TRANSLATE_NOOP("anju::Labels", "Studying")},
        {AbsenceReason::Caring, "caring", QT_TRANSLATE_NOOP("anju::Labels", "Caring for family")},
        {AbsenceReason::Ill, "ill", QT_TRANSLATE_NOOP("anju::Labels", "Ill")},
        {AbsenceReason::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other reason")},
    };
}

template <> QList<EnumInfo<AttendanceOutcome>> enumInfos<AttendanceOutcome>()
{
    return {
        {AttendanceOutcome::Enrolled, "enrolled", QT_TRANSLATE_NOOP("anju::Labels", "Enrolled")},
        {AttendanceOutcome::Completed, "completed", QT_TRANSLATE_NOOP("anju::Labels", "Completed")},
        {AttendanceOutcome::Dropped, "dropped", QT_TRANSLATE_NOOP("anju::Labels", "Dropped out")},
    };
}

template <> QList<EnumInfo<SupportKind>> enumInfos<SupportKind>()
{
    return {
        {SupportKind::EmploymentAward, "employment_award",
         QT_TRANSLATE_NOOP("anju::Labels", "Employment award")},
        {SupportKind::TrainingSubsidy, "training_subsidy",
         QT_TRANSLATE_NOOP("anju::Labels", "Training subsidy")},
        {SupportKind::LivingAllowance, "living_allowance",
         QT_TRANSLATE_NOOP("anju::Labels", "Living allowance during training")},
        {SupportKind::SocialInsurance, "social_insurance",
         QT_TRANSLATE_NOOP("anju::Labels", "Social insurance subsidy")},
    };
}

template <> QList<EnumInfo<IndustryLevel>> enumInfos<IndustryLevel>()
{
    return {
        {IndustryLevel::CountyPark, "county_park",
         QT_TRANSLATE_NOOP("anju::Labels", "County industrial park")},
        {IndustryLevel::TownshipBase, "township_base", QT_TRANSLATE_NOOP("anju::Labels", "Township base")},
        {IndustryLevel::VillageCooperative, "village_cooperative",
         QT_TRANSLATE_NOOP("anju::Labels", "Village cooperative")},
        {IndustryLevel::Household, "household", QT_TRANSLATE_NOOP("anju::Labels", "Household project")},
    };
}

template <> QList<EnumInfo<IndustryModel>> enumInfos<IndustryModel>()
{
    return {
        {IndustryModel::Infrastructure, "infrastructure",
         QT_TRANSLATE_NOOP("anju::Labels", "Infrastructure")},
        {IndustryModel::LabourPay, "labour_pay", QT_TRANSLATE_NOOP("anju::Labels", "Labour pay")},
        {IndustryModel::Training, "training", QT_TRANSLATE_NOOP("anju::Labels", "Training")},
        {IndustryModel::AssetShares, "asset_shares", QT_TRANSLATE_NOOP("anju::Labels", "Asset shares")},
    };
}

// The generic lookups of domain/Enums.cpp, instantiated here for these enums (the same template
// definitions, as core/party and core/grids do; core/domain stays untouched by the module).
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
            return QCoreApplication::translate("anju::Labels", info.label);
    }
    return {};
}

template <typename E> std::optional<E> enumFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& info : enumInfos<E>()) {
        if (trimmed == QLatin1String(info.key) ||
            trimmed.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0 ||
            trimmed == QCoreApplication::translate("anju::Labels", info.label))
            return info.value;
    }
    return std::nullopt;
}

#define ANJU_INSTANTIATE_WORK_ENUM(E)                                                                        \
    template QString enumKey<E>(E);                                                                          \
    template std::optional<E> enumFromKey<E>(QStringView);                                                   \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_WORK_ENUM(Channel)
ANJU_INSTANTIATE_WORK_ENUM(PostKind)
ANJU_INSTANTIATE_WORK_ENUM(WishKind)
ANJU_INSTANTIATE_WORK_ENUM(AbsenceReason)
ANJU_INSTANTIATE_WORK_ENUM(AttendanceOutcome)
ANJU_INSTANTIATE_WORK_ENUM(SupportKind)
ANJU_INSTANTIATE_WORK_ENUM(IndustryLevel)
ANJU_INSTANTIATE_WORK_ENUM(IndustryModel)

} // namespace anju
