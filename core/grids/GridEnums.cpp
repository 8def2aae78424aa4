#include "grids/GridTypes.h"

#include <QCoreApplication>

// The specialisations of enumInfos belong to its namespace (anju); the enums they describe are the grids'.
namespace anju {

using namespace anju::grids;

template <> QList<EnumInfo<StaffRole>> enumInfos<StaffRole>()
{
    return {
        {StaffRole::GridLeader, "grid_leader", QT_TRANSLATE_NOOP("anju::Labels", "Grid leader")},
        {StaffRole::GridWorker, "grid_worker", QT_TRANSLATE_NOOP("anju::Labels", "Grid worker")},
        {StaffRole::BuildingLeader, "building_leader", QT_TRANSLATE_NOOP("anju::Labels", "Building leader")},
        {StaffRole::UnitLeader, "unit_leader", QT_TRANSLATE_NOOP("anju::Labels", "Unit leader")},
        {StaffRole::PartyMemberHousehold, "party_member_household",
         QT_TRANSLATE_NOOP("anju::Labels", "Party member household")},
    };
}

template <> QList<EnumInfo<StaffOrigin>> enumInfos<StaffOrigin>()
{
    return {
        {StaffOrigin::Resident, "resident", QT_TRANSLATE_NOOP("anju::Labels", "Resident")},
        {StaffOrigin::OutsideCadre, "outside_cadre", QT_TRANSLATE_NOOP("anju::Labels", "Outside cadre")},
    };
}

template <> QList<EnumInfo<PartnerKind>> enumInfos<PartnerKind>()
{
    return {
        {PartnerKind::PartyMember, "party_member", QT_TRANSLATE_NOOP("anju::Labels", "Party member")},
        {PartnerKind::Staff, "staff", QT_TRANSLATE_NOOP("anju::Labels", "Grid staff")},
        {PartnerKind::Cadre, "cadre", QT_TRANSLATE_NOOP("anju::Labels", "Cadre")},
    };
}

template <> QList<EnumInfo<ContactWay>> enumInfos<ContactWay>()
{
    return {
        {ContactWay::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("anju::Labels", "Home visit")},
        {ContactWay::Phone, "phone", QT_TRANSLATE_NOOP("anju::Labels", "Phone call")},
        {ContactWay::Message, "message", QT_TRANSLATE_NOOP("anju::Labels", "Message")},
        {ContactWay::Meeting, "meeting", QT_TRANSLATE_NOOP("anju::Labels", "Meeting")},
        {ContactWay::Other, "other", QT_TRANSLATE_NOOP("anju::Labels", "Other")},
    };
}

template <> QList<EnumInfo<CareCategory>> enumInfos<CareCategory>()
{
    return {
        {CareCategory::LeftBehindChild, "left_behind_child",
         QT_TRANSLATE_NOOP("anju::Labels", "Left-behind child")},
        {CareCategory::ElderlyAlone, "elderly_alone",
         QT_TRANSLATE_NOOP("anju::Labels", "Elderly living alone")},
        {CareCategory::LossOfSelfCare, "loss_of_self_care",
         QT_TRANSLATE_NOOP("anju::Labels", "Lost self-care")},
        {CareCategory::SeriouslyIll, "seriously_ill", QT_TRANSLATE_NOOP("anju::Labels", "Seriously ill")},
        {CareCategory::Hospitalised, "hospitalised", QT_TRANSLATE_NOOP("anju::Labels", "In hospital")},
        {CareCategory::Disabled, "disabled", QT_TRANSLATE_NOOP("anju::Labels", "Disabled")},
    };
}

// The generic lookups of domain/Enums.cpp, instantiated here for the grids' enums (the same template
// definitions; core/domain stays untouched by the grids module).
namespace {
constexpr char GridContext[] = "anju::Labels";
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
            return QCoreApplication::translate(GridContext, info.label);
    }
    return {};
}

template <typename E> std::optional<E> enumFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& info : enumInfos<E>()) {
        if (trimmed == QLatin1String(info.key) ||
            trimmed.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0 ||
            trimmed == QCoreApplication::translate(GridContext, info.label))
            return info.value;
    }
    return std::nullopt;
}

#define ANJU_INSTANTIATE_GRID_ENUM(E)                                                                        \
    template QString enumKey<E>(E);                                                                          \
    template std::optional<E> enumFromKey<E>(QStringView);                                                   \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_GRID_ENUM(StaffRole)
ANJU_INSTANTIATE_GRID_ENUM(StaffOrigin)
ANJU_INSTANTIATE_GRID_ENUM(PartnerKind)
ANJU_INSTANTIATE_GRID_ENUM(ContactWay)
ANJU_INSTANTIATE_GRID_ENUM(CareCategory)

} // namespace anju
