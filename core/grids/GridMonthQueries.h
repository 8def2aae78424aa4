#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"
#include "grids/VisitEnums.h"

#include <QCoreApplication>
#include <QDate>

#include <QList>

#include <array>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// What happened to a month's cases of one kind (or all kinds): received, resolved, escalated and referred
// during the month, and open past their deadline at its end.
struct CaseMonthCounts
{
    int received = 0;
    int resolved = 0;
    int overdue = 0;
    int escalated = 0;
    int referred = 0;
    CaseMonthCounts& operator+=(const CaseMonthCounts& o);
};

// The visit tasks that belong to a month (their overdue-after day falls in it, as VisitPlan counts them):
// due, answered by a visit by the window's last day, answered after it but by the month's end, and not
// answered by the month's end (so overdue from the day after the month at the latest).
struct TaskMonthCounts
{
    int due = 0;
    int doneInWindow = 0;
    int doneLate = 0;
    int overdue = 0;
};

inline constexpr std::size_t StaffRoleCount = 5; // StaffRole
inline constexpr std::size_t CaseKindCount = 6;  // CaseKind

// The grid figures of one month as they stood at its end (stocks) or during it (flows), counted from the
// dated rows (valid_from/valid_to, task windows, visit, case and event dates), so a closed month reads the
// same whenever it is asked. Definitions: docs/report-json.md, section `grids`.
struct GridMonthFigures
{
    QDate month; // its first day
    int gridsOpen = 0;
    std::array<int, StaffRoleCount> staffByRole{}; // serving at the month's end, by StaffRole
    int householdsActive = 0;
    int householdsInGrid = 0;   // of the active households, those in a grid at the month's end
    int householdsPaired = 0;   // of the active households, those with a pairing holding at the month's end
    TaskMonthCounts mustVisit;  // 四必访 tasks of the month
    int mustAttendCreated = 0;  // 三必到 tasks whose trigger day (due_from) is in the month
    TaskMonthCounts mustAttend; // 三必到 tasks of the month
    std::array<CaseMonthCounts, CaseKindCount> casesByKind{}; // by CaseKind
    int householdsInNoGrid() const { return householdsActive - householdsInGrid; }
    // Paired households as hundredths of a percent of the active ones (8750 = 87.50 %); 0 with none active.
    qint64 pairedShareBasisPoints() const;
    CaseMonthCounts cases() const;
};

// The month's grid figures for the summary: a handful of grouped queries with bound values, none per row in
// C++. ReadGrids is required. `siteId` 0: the whole office; else the site's grids, staff, households (by
// their site) and cases (by the case's site).
class GridMonthQueries
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridMonthQueries)

public:
    explicit GridMonthQueries(const Database& db) : m_db(db) {}
    Result<GridMonthFigures> forMonth(QDate month, qint64 siteId = 0) const;
    // Several months at once (the summary: the month and the one before), the households read once for all.
    Result<QList<GridMonthFigures>> forMonths(const QList<QDate>& months, qint64 siteId = 0) const;

private:
    Outcome countGridsAndStaff(GridMonthFigures& f, qint64 siteId) const;
    Outcome countHouseholds(const QList<GridMonthFigures*>& months, qint64 siteId) const;
    Outcome countOfficeHouseholds(const QList<GridMonthFigures*>& months) const;
    Outcome countTasks(GridMonthFigures& f, qint64 siteId) const;
    Outcome countCases(GridMonthFigures& f, qint64 siteId) const;

    const Database& m_db;
};

} // namespace anju::grids
