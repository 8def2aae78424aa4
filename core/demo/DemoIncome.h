#pragma once

#include "domain/Violation.h"

#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// How many rows of the income check, monitoring and the safety net the demo wrote.
struct DemoIncomeCounts
{
    int checks = 0;
    int cases = 0;
    int steps = 0;
    int objections = 0;
    int measures = 0;
    int enrolments = 0;
    int exemptions = 0;
    int calendarDays = 0;
};

// The demo's follow-up support (issue 18), made after the households, the 三必到 visits and the cases in
// the same transaction (the 四必访 visits follow it: DemoVisits): the monitoring lines of 2024–2026
// (演示数据) in settings, the office calendar of 2025 and 2026, then household by household a check for each
// of the 24 months (a few months missed, about 3% of the households not yet checked in the latest month), the
// monitoring cases its flagged checks led to, and its safety-net enrolments and exemptions (DemoIncomeModel,
// DemoMonitoringCases, DemoSafetyNet). Written with prepared statements, not the audited services.
// Deterministic per seed.
class DemoIncome
{
public:
    DemoIncome(Database& db, quint64 seed, QDate today) : m_db(db), m_seed(seed), m_today(today) {}

    // Fails with the database's text; the caller's transaction then rolls back.
    Outcome generate();
    const DemoIncomeCounts& counts() const { return m_counts; }

private:
    Database& m_db; // not const: the monitoring lines are settings
    quint64 m_seed;
    QDate m_today;
    DemoIncomeCounts m_counts;
};

} // namespace anju::demo
