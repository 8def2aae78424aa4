#include "income/MonitoringTypes.h"

#include <QCoreApplication>

// The specialisations of enumInfos belong to its namespace (anju); the enums are monitoring's. The keys are
// the values migration 15's CHECK lists accept.
namespace anju {

using namespace anju::income;

template <> QList<EnumInfo<MonitoringCategory>> enumInfos<MonitoringCategory>()
{
    return {
        {MonitoringCategory::UnstableOutOfPoverty, "unstable_out_of_poverty",
         QT_TRANSLATE_NOOP("anju::Labels", "Unstable out of poverty")},
        {MonitoringCategory::MarginalAtRisk, "marginal_at_risk",
         QT_TRANSLATE_NOOP("anju::Labels", "Marginal, at risk of poverty")},
        {MonitoringCategory::SuddenHardship, "sudden_hardship",
         QT_TRANSLATE_NOOP("anju::Labels", "Sudden severe hardship")},
    };
}

template <> QList<EnumInfo<DiscoverySource>> enumInfos<DiscoverySource>()
{
    return {
        {DiscoverySource::IncomeFlag, "income_flag", QT_TRANSLATE_NOOP("anju::Labels", "Income check flag")},
        {DiscoverySource::Visit, "visit", QT_TRANSLATE_NOOP("anju::Labels", "Visit")},
        {DiscoverySource::Case, "case", QT_TRANSLATE_NOOP("anju::Labels", "Grid case")},
        {DiscoverySource::SelfReport, "self_report", QT_TRANSLATE_NOOP("anju::Labels", "Self-report")},
        {DiscoverySource::Department, "department", QT_TRANSLATE_NOOP("anju::Labels", "Department data")},
    };
}

template <> QList<EnumInfo<MonitoringState>> enumInfos<MonitoringState>()
{
    return {
        {MonitoringState::EntryReview, "entry_review", QT_TRANSLATE_NOOP("anju::Labels", "Entry review")},
        {MonitoringState::Declined, "declined", QT_TRANSLATE_NOOP("anju::Labels", "Not taken in")},
        {MonitoringState::Monitored, "monitored", QT_TRANSLATE_NOOP("anju::Labels", "Monitored")},
        {MonitoringState::EliminationReview, "elimination_review",
         QT_TRANSLATE_NOOP("anju::Labels", "Elimination review")},
        {MonitoringState::Eliminated, "eliminated", QT_TRANSLATE_NOOP("anju::Labels", "Risk eliminated")},
    };
}

template <> QList<EnumInfo<MonitoringPhase>> enumInfos<MonitoringPhase>()
{
    return {
        {MonitoringPhase::Entry, "entry", QT_TRANSLATE_NOOP("anju::Labels", "Entry")},
        {MonitoringPhase::Elimination, "elimination", QT_TRANSLATE_NOOP("anju::Labels", "Risk elimination")},
    };
}

template <> QList<EnumInfo<MonitoringStepKind>> enumInfos<MonitoringStepKind>()
{
    return {
        {MonitoringStepKind::HomeCheck, "home_check", QT_TRANSLATE_NOOP("anju::Labels", "Home check")},
        {MonitoringStepKind::VillageReview, "village_review",
         QT_TRANSLATE_NOOP("anju::Labels", "Village review")},
        {MonitoringStepKind::PublicNotice, "public_notice",
         QT_TRANSLATE_NOOP("anju::Labels", "Public notice")},
        {MonitoringStepKind::TownshipReview, "township_review",
         QT_TRANSLATE_NOOP("anju::Labels", "Township review")},
        {MonitoringStepKind::CountyApproval, "county_approval",
         QT_TRANSLATE_NOOP("anju::Labels", "County approval")},
    };
}

template <> QList<EnumInfo<StepDecision>> enumInfos<StepDecision>()
{
    return {
        {StepDecision::Passed, "passed", QT_TRANSLATE_NOOP("anju::Labels", "Passed")},
        {StepDecision::Rejected, "rejected", QT_TRANSLATE_NOOP("anju::Labels", "Rejected")},
    };
}

template <> QList<EnumInfo<RiskKind>> enumInfos<RiskKind>()
{
    return {
        {RiskKind::Illness, "illness", QT_TRANSLATE_NOOP("anju::Labels", "Illness")},
        {RiskKind::Disability, "disability", QT_TRANSLATE_NOOP("anju::Labels", "Disability")},
        {RiskKind::Schooling, "schooling", QT_TRANSLATE_NOOP("anju::Labels", "Schooling costs")},
        {RiskKind::Disaster, "disaster", QT_TRANSLATE_NOOP("anju::Labels", "Disaster")},
        {RiskKind::Accident, "accident", QT_TRANSLATE_NOOP("anju::Labels", "Accident")},
        {RiskKind::BusinessFailure, "business_failure", QT_TRANSLATE_NOOP("anju::Labels", "Failed business")},
        {RiskKind::UnstableWork, "unstable_work", QT_TRANSLATE_NOOP("anju::Labels", "Unstable work")},
        {RiskKind::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other risk")},
    };
}

template <> QList<EnumInfo<MeasureKind>> enumInfos<MeasureKind>()
{
    return {
        {MeasureKind::Industry, "industry", QT_TRANSLATE_NOOP("anju::Labels", "Industry support")},
        {MeasureKind::Employment, "employment", QT_TRANSLATE_NOOP("anju::Labels", "Employment support")},
        {MeasureKind::Health, "health", QT_TRANSLATE_NOOP("anju::Labels", "Health support")},
        {MeasureKind::Education, "education", QT_TRANSLATE_NOOP("anju::Labels", "Education support")},
        {MeasureKind::Housing, "housing", QT_TRANSLATE_NOOP("anju::Labels", "Housing support")},
        {MeasureKind::SafetyNet, "safety_net", QT_TRANSLATE_NOOP("anju::Labels", "Safety net")},
        {MeasureKind::Relief, "relief", QT_TRANSLATE_NOOP("anju::Labels", "Relief")},
        {MeasureKind::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other measure")},
    };
}

// The generic lookups of domain/Enums.cpp, instantiated here for these enums (as core/grids does).
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

#define ANJU_INSTANTIATE_MONITORING_ENUM(E)                                                                  \
    template QString enumKey<E>(E);                                                                          \
    template std::optional<E> enumFromKey<E>(QStringView);                                                   \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_MONITORING_ENUM(MonitoringCategory)
ANJU_INSTANTIATE_MONITORING_ENUM(DiscoverySource)
ANJU_INSTANTIATE_MONITORING_ENUM(MonitoringState)
ANJU_INSTANTIATE_MONITORING_ENUM(MonitoringPhase)
ANJU_INSTANTIATE_MONITORING_ENUM(MonitoringStepKind)
ANJU_INSTANTIATE_MONITORING_ENUM(StepDecision)
ANJU_INSTANTIATE_MONITORING_ENUM(RiskKind)
ANJU_INSTANTIATE_MONITORING_ENUM(MeasureKind)

} // namespace anju
