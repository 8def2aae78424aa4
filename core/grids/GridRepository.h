#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"

#include <QCoreApplication>
#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Reads grids, what they cover, their staff and pairings, and the households each holds on a day. Every
// read asks ReadGrids and keeps to the user's sites; phones are shown as the session may see them.
class GridRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridRepository)

public:
    explicit GridRepository(const Database& db) : m_db(db) {}

    // The SELECT of (household_id, site_id, grid_id) for every active household, its grid on the day
    // bound as :day (grid_id NULL when in none): an open exception, else its unit's coverage, else its
    // building's. For other month queries (visits, the summary) to join; bind :day as sqlDate().
    static QString householdGridSql();

    // Every grid open on `day` (siteId 0: every site of the user) with its active households and staff,
    // ordered by site code and grid code: the tree of the 网格 page and `anju-cli grid list`.
    Result<QList<GridSummary>> grids(qint64 siteId, QDate day) const;
    std::optional<Grid> grid(qint64 id) const;
    std::optional<Grid> gridByCode(const QString& code) const;
    // What the grid covers on the day.
    Result<QList<GridCoverage>> coverage(qint64 gridId, QDate day) const;
    // The staff serving on the day, by role.
    Result<QList<StaffMember>> staff(qint64 gridId, QDate day) const;
    std::optional<StaffMember> staffMember(qint64 staffId) const;
    // The grid's households on the day as a plan: by building, floor, unit and room.
    Result<QList<PlanRow>> plan(qint64 gridId, QDate day) const;
    // One page of the grid's households on the day, by household number.
    Result<QList<PlanRow>> households(qint64 gridId, QDate day, int offset, int limit) const;
    // The grid of one household on the day (nullopt: in none, or ambiguous).
    std::optional<qint64> gridOfHousehold(qint64 householdId, QDate day) const;
    // Active households in no grid or in more than one on the day (siteId 0: every site of the user).
    Result<QList<GridPlacementProblem>> placementProblems(qint64 siteId, QDate day) const;
    // A household's pairings open on the day (all of them when day is null).
    Result<QList<Pairing>> pairings(qint64 householdId, QDate day) const;
    std::optional<Pairing> pairing(qint64 id) const;
    Result<QList<PairingContact>> contacts(qint64 pairingId) const;
    // A person's care categories open on the day.
    Result<QList<PersonCare>> care(qint64 personId, QDate day) const;

private:
    Outcome readAllowed(qint64 siteId = 0) const;
    QList<PlanRow> planRows(qint64 gridId, QDate day, const QString& tail,
                            const QVariantList& tailValues) const;

    const Database& m_db;
};

} // namespace anju::grids
