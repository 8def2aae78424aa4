#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::Field {
inline constexpr char GridCode[] = "grid.code";
inline constexpr char GridName[] = "grid.name";
inline constexpr char GridSite[] = "grid.site";
inline constexpr char GridDates[] = "grid.dates";
inline constexpr char GridCoverage[] = "grid.coverage";
inline constexpr char StaffPerson[] = "staff.person";
inline constexpr char StaffPlace[] = "staff.place";
inline constexpr char PairingPartner[] = "pairing.partner";
inline constexpr char GridReason[] = "grid.reason";
} // namespace anju::Field

namespace anju::grids {

// The roles of grid staff (DOMAIN.md "Grid management"): 网格长, 网格员, 楼栋长, 单元长, 党员中心户.
enum class StaffRole
{
    GridLeader,
    GridWorker,
    BuildingLeader,
    UnitLeader,
    PartyMemberHousehold
};

// A resident of the site (linked to their person record) or an outside cadre known by name and phone.
enum class StaffOrigin
{
    Resident,
    OutsideCadre
};

// Who a household is paired with (结对帮扶).
enum class PartnerKind
{
    PartyMember,
    Staff,
    Cadre
};

enum class ContactWay
{
    HomeVisit,
    Phone,
    Message,
    Meeting,
    Other
};

// Care categories of persons (DOMAIN.md): 留守儿童, 孤寡老人, 失能, 大病, 住院, 残疾.
enum class CareCategory
{
    LeftBehindChild,
    ElderlyAlone,
    LossOfSelfCare,
    SeriouslyIll,
    Hospitalised,
    Disabled
};

// A dated row holds on `day` when validFrom <= day < validTo (validTo null: still open).
inline bool holdsOn(QDate validFrom, QDate validTo, QDate day)
{
    return validFrom.isValid() && validFrom <= day && (!validTo.isValid() || validTo > day);
}

// A grid 网格 of one site.
struct Grid
{
    qint64 id = 0;
    QString code; // CJ/T 349 style, 14 digits
    qint64 siteId = 0;
    QString name;
    QDate validFrom;
    QDate validTo; // the first day the grid no longer exists; null while open
    QString note;
    int rowVersion = 0;

    bool isOpenOn(QDate day) const { return holdsOn(validFrom, validTo, day); }
};

// A grid with what the tree shows of it on a day.
struct GridSummary
{
    Grid grid;
    QString siteCode;
    QString siteName;
    int activeHouseholds = 0;
    int staff = 0;
};

// A building (unitId 0) or one unit of it, covered by a grid for a dated span.
struct GridCoverage
{
    qint64 id = 0;
    qint64 gridId = 0;
    qint64 buildingId = 0;
    qint64 unitId = 0;
    QString buildingName;
    QString unitName;
    QDate validFrom;
    QDate validTo;
    QString reason;
};

// A staff member's stay in a grid in one role.
struct StaffMember
{
    qint64 id = 0;
    qint64 gridId = 0;
    StaffRole role = StaffRole::GridWorker;
    StaffOrigin origin = StaffOrigin::Resident;
    qint64 personId = 0;      // a resident
    qint64 partyMemberId = 0; // when on the party roll
    QString cadreName;        // an outside cadre
    QString workUnit;
    QString phone;         // as the session may see it when read
    qint64 buildingId = 0; // 楼栋长
    qint64 unitId = 0;     // 单元长
    QDate validFrom;
    QDate validTo;
    QString endReason;
    QString note;
    QString name; // read: the resident's or the cadre's name
};

// A household paired with a party member, a staff member or a cadre.
struct Pairing
{
    qint64 id = 0;
    qint64 householdId = 0;
    PartnerKind partnerKind = PartnerKind::PartyMember;
    qint64 partyMemberId = 0;
    qint64 staffId = 0;
    QString cadreName;
    QString workUnit;
    QString phone;
    QDate validFrom;
    QDate validTo;
    QString endReason;
    QString note;
    QString partnerName;     // read
    QString householdNumber; // read
};

struct PairingContact
{
    qint64 id = 0;
    qint64 pairingId = 0;
    QDate date;
    ContactWay way = ContactWay::HomeVisit;
    QString note;
};

// A person's care category for a dated span.
struct PersonCare
{
    qint64 id = 0;
    qint64 personId = 0;
    CareCategory category = CareCategory::ElderlyAlone;
    QDate validFrom;
    QDate validTo;
    QString note;
};

// One household on the plan of a grid: building, floor, unit, room.
struct PlanRow
{
    qint64 householdId = 0;
    QString number;
    QString headName;
    qint64 buildingId = 0;
    QString buildingName;
    QString unitName;
    QString room;
    int floor = 0;
    bool byException = false; // placed in the grid by an explicit exception, not by its dwelling
};

// An active household that is in no grid or in more than one on a day (GridRules: exactly one).
struct GridPlacementProblem
{
    qint64 householdId = 0;
    QString number;
    qint64 siteId = 0;
    QList<qint64> gridIds; // empty: in none
};

} // namespace anju::grids
