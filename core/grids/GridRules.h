#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"

#include <QCoreApplication>
#include <optional>

namespace anju::grids {

// The grid rules that need no database: the code, a grid's own fields, a staff member's and a pairing's
// fields, and the derivation of a household's grid from what covers its dwelling.
class GridRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridRules)

public:
    // CJ/T 349 style: county (6) + township (3) + community (3) + sequence (2) = 14 digits; the county
    // part must be the site's county (GB/T 2260) and the sequence is 01–99.
    static Outcome checkCode(const QString& code, const QString& siteCountyCode);
    static Outcome validate(const Grid& grid, const QString& siteCountyCode);
    static Outcome validate(const StaffMember& staff);
    static Outcome validate(const Pairing& pairing);
    // An end date must be a real day on or after the start.
    static Outcome checkEnd(QDate validFrom, QDate end, const char* field);

    // The floor of a room number as offices write them: "1203" → 12, "101" → 1, "B-502" → 5; 0 when
    // the room says no floor.
    static int floorOfRoom(const QString& room);

    // What may place a household in a grid on a day, by precedence: an explicit exception, then its
    // unit's coverage, then its building's. A level with two rows that both hold is ambiguous.
    struct Placement
    {
        QList<qint64> exceptionGrids;
        QList<qint64> unitGrids;
        QList<qint64> buildingGrids;
    };
    // The one grid, or nullopt with `ambiguous` listing the competing grids (empty: in no grid).
    static std::optional<qint64> gridOf(const Placement& placement, QList<qint64>* competing = nullptr);
};

} // namespace anju::grids
