#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// How long ago a household was last visited, as the plan colours it. Computed from the visit dates at
// read time, never stored.
enum class VisitAge
{
    ThisMonth,    // visited in the calendar month of the day
    WithinWindow, // earlier, but within the office's no-contact period (grids.no_contact_days)
    Overdue,      // longer ago than that, or a visit task's window ended with nobody visiting since it began
    Never,        // no visit on file up to the day
};

// One household on the plan with its flags on the day.
struct PlanCell
{
    PlanRow row;
    QList<CareCategory> care;     // its active members' open care categories that make it a 四必访 target
    bool difficultFamily = false; // marked by hand, or a difficult family of the day (VisitTargets)
    bool paired = false;          // an open pairing (结对帮扶) on the day
    QDate lastVisit;              // the last visit or pairing home visit up to the day; null: never
    QDate missedWindowEnd; // the last day of a window that ended with its task open and nobody visiting
    VisitAge age = VisitAge::Never;

    bool mustVisit() const { return difficultFamily || !care.isEmpty(); }
};

// The plan's figures for the legend: coverage at a glance.
struct PlanCounts
{
    int households = 0;
    int mustVisit = 0;
    int paired = 0;
    int thisMonth = 0;
    int withinWindow = 0;
    int overdue = 0;
    int never = 0;
};

struct GridPlan
{
    QList<PlanCell> cells; // by building, floor, unit, room
    PlanCounts counts;
    int windowDays = 0; // the no-contact period the colours used
};

// The 楼栋图 of the 网格 page: a grid's households on a day with their flags and last visit, read in one
// query (the households of the grid's site placed once, each flag a correlated look-up through an index),
// ReadGrids and the user's sites checked as GridRepository does.
class GridPlanQuery
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridPlanQuery)

public:
    explicit GridPlanQuery(const Database& db) : m_db(db) {}

    Result<GridPlan> plan(qint64 gridId, QDate day) const;

    // The colour of a last visit on `day` for a no-contact period of `windowDays` days.
    static VisitAge ageOf(QDate lastVisit, QDate day, int windowDays);
    // The care categories that make a person's household a must-visit one on the plan (残疾 alone does not).
    static QList<CareCategory> mustVisitCategories();

private:
    const Database& m_db;
};

} // namespace anju::grids
