#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// What a handover moved: the successor's staff row, the pairings and the open visit tasks that went along.
struct Handover
{
    qint64 successorStaffId = 0;
    int pairings = 0;
    int tasks = 0;
};

// Every write to grids, their coverage, staff, pairings and care categories. Each call is one user action
// and one transaction, its permission first (OrganiseGrids for grids and staff, WriteGrids for the rest);
// dated rows are ended and started, never overwritten or deleted, so a household's grid on any past day can
// be read back.
class GridService
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridService)

public:
    explicit GridService(const Database& db) : m_db(db) {}

    // Inserts (id 0) or updates a grid (code, name, note, start); refused when the code is taken.
    Result<Grid> saveGrid(Grid grid);
    // Closes the grid from `date`: refused while it still covers buildings or units or holds households by
    // exception (hand them to another grid first); its staff's service ends that day.
    Outcome closeGrid(qint64 gridId, QDate date, const QString& reason);

    // The grid covers the building (unitId 0) or one unit from `date`. What covered it before ends that
    // day, so its households move with it and the old row is their history; a whole building takes its
    // units along (their own rows end too).
    Result<qint64> assignCoverage(qint64 gridId, qint64 buildingId, qint64 unitId, QDate date,
                                  const QString& reason = {});
    Outcome endCoverage(qint64 coverageId, QDate date);
    // An explicit exception: the household is in this grid from `date`, whatever its dwelling says.
    Result<qint64> placeHousehold(qint64 householdId, qint64 gridId, QDate date, const QString& reason);
    Outcome endException(qint64 householdId, QDate date);

    Result<qint64> addStaff(StaffMember staff);
    Outcome endStaff(qint64 staffId, QDate date, const QString& reason);
    // A worker's grid handed to a successor in one action: the worker's service ends on `date`; the
    // successor (an existing staff row when successor.id is set, else a new row in the same grid, role and
    // building/unit) takes over their pairings (ended and started again) and their open visit tasks.
    Result<Handover> handOver(qint64 fromStaffId, StaffMember successor, QDate date, const QString& reason);
    // Everything handOver refuses, without writing: the dialog asks this before it asks for confirmation.
    // A newcomer (successor.id 0) is given the leaving worker's seat.
    Outcome checkHandOver(qint64 fromStaffId, StaffMember& successor, QDate date,
                          const QString& reason) const;
    // A party member's pairings handed to another member, with the open visit tasks assigned to them.
    Result<Handover> handOverPairings(qint64 fromMemberId, qint64 toMemberId, QDate date,
                                      const QString& reason);

    Result<qint64> addPairing(Pairing pairing);
    Outcome endPairing(qint64 pairingId, QDate date, const QString& reason);
    Result<qint64> logContact(PairingContact contact, QDate today = QDate::currentDate());

    Result<qint64> addCare(PersonCare care);
    Outcome endCare(qint64 careId, QDate date);

private:
    Outcome writeAllowed(qint64 siteId) const;
    // Grids, coverage, exceptions, staff and handovers: the 负责人's (OrganiseGrids), not the grid worker's.
    Outcome organiseAllowed(qint64 siteId) const;

    const Database& m_db;
};

} // namespace anju::grids
