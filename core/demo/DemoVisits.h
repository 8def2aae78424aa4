#pragma once

#include "domain/Violation.h"

#include <QDate>

#include <memory>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// How many visit and case rows the demo wrote.
struct DemoVisitCounts
{
    int careCategories = 0;
    int tasks = 0;
    int visits = 0;
    int cases = 0;
};

// 24 months of visits and cases for every site, made after the households in the same transaction:
// care categories from the residents (elderly living alone, lost self-care, serious illness, disability,
// left-behind children, hospital stays) and difficult families marked by hand; every 四必访 window of
// those months as a task with most visits made in time, some late and some missed — and a two-month gap
// per site when its worker was away, so the findings have something to find; 三必到 tasks from triggers;
// cases of every kind with their dated events, most resolved in time, some escalated, referred or still
// open. Written with prepared statements, not the audited services. Deterministic per seed.
//
// Two calls, with the follow-up support (DemoIncome) between them: monitored and safety-net households are
// difficult families too (grids.difficult_family_sources), so the 四必访 windows are planned only once their
// monitoring cases and enrolments exist; the 三必到 visits and the cases come first, as a monitoring case
// may be found by them.
class DemoVisits
{
public:
    DemoVisits(const Database& db, quint64 seed, QDate today);
    ~DemoVisits();

    // Care categories, marks, 三必到 tasks with their visits, and cases. Fails with the database's text; the
    // caller's transaction then rolls back.
    Outcome generateCareAndCases();
    // The 四必访 tasks and visits of every target VisitTargets finds (after generateCareAndCases()).
    Outcome generateRegularVisits();
    const DemoVisitCounts& counts() const { return m_counts; }

private:
    class Run;
    QDate firstMonth() const;

    const Database& m_db;
    quint64 m_seed;
    QDate m_today;
    DemoVisitCounts m_counts;
    std::unique_ptr<Run> m_run; // what both calls share: the households, the statements, the assignees
};

} // namespace anju::demo
