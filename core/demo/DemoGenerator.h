#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

struct DemoOptions
{
    int households = 1000;
    quint64 seed = 1;
    // The day the demo data is "as of": ages, deaths and move-outs are reckoned against it, so the same
    // seed gives the same data whatever day it runs.
    QDate today = QDate(2026, 11, 1);
    // Called every hundredth of the work; returning false cancels (nothing is written then).
    std::function<bool(int done, int total)> progress;
};

// How many rows of each kind a run wrote.
struct DemoCounts
{
    int sites = 0;
    int buildings = 0;
    int units = 0;
    int dwellings = 0;
    int households = 0;
    int persons = 0;
    int memberships = 0;
    int partyOrganisations = 0;
    int partyMembers = 0;
    int grids = 0;
    int incomeChecks = 0;
    int monitoringCases = 0;
    int safetyNetEnrolments = 0;
    int employments = 0;
    int trainingAttendances = 0;
    int industryProjects = 0;
};

// Fills an empty registry with made-up Shaoyang sites, buildings and households for demonstrations,
// training and benchmarks: deterministic per seed, in one transaction, fast enough for a province.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(anju::demo::DemoGenerator)

public:
    static constexpr int MaxHouseholds = 2'000'000;

    explicit DemoGenerator(Database& db) : m_db(db) {}

    // Refused when the database already holds households. Marks the database as demo data on success.
    Outcome generate(const DemoOptions& options);
    const DemoCounts& counts() const { return m_counts; }

private:
    Database& m_db; // not const: marking the database as demo data writes a setting
    DemoCounts m_counts;
};

} // namespace anju::demo
