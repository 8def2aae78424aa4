#pragma once

#include "charts/ChartData.h"
#include "party/BranchStageFigures.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"

#include <QCoreApplication>

namespace anju {

// The dashboard's charts as data, from the summary's figures (one definition for the dashboard and the
// printed summary): the 12-month trend, the labour capacity, the age structure and the party members by
// stage per branch.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(anju::DashboardCharts)

public:
    static ChartData trend(const QList<report::TrendPoint>& points);
    static ChartData labourCapacity(const report::MonthlySummary& summary);
    static ChartData ageStructure(const report::MonthlySummary& summary);
    // Members by development stage per branch at the month's end, stacked, the largest branches first.
    // A whole office has hundreds or thousands of branches: only the `largest` are drawn, and the title
    // says how many there are in all.
    static ChartData membersByBranch(const QList<party::BranchStages>& branches,
                                     int largest = MostBranchesShown);
    static constexpr int MostBranchesShown = 15;
    // "2026年10月", or only "10月" without the year.
    static QString monthLabel(report::ReportMonth month, bool withYear);
};

} // namespace anju
