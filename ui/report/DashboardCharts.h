#pragma once

#include "charts/ChartData.h"
#include "income/IncomeMonthQueries.h"
#include "party/BranchStageFigures.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"

#include <QCoreApplication>

namespace anju {

// The dashboard's charts as data, from the summary's figures (one definition for the dashboard and the
// printed summary): the 12-month trend, the labour capacity, the age structure, the party members by
// stage per branch, and the flagged and monitored households with the income bands.
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
    // Households flagged in each month and monitored at each month's end, oldest first (the income tab).
    static ChartData followUpTrend(const QList<income::FollowUpTrendPoint>& points);
    // The checked households of the month and of the month before by per-capita income band against the
    // monitoring line, from the summary's income section (empty without it).
    static ChartData incomeBands(const report::MonthlySummary& summary);
    // "2026年10月", or only "10月" without the year.
    static QString monthLabel(report::ReportMonth month, bool withYear);
};

} // namespace anju
