#pragma once

#include "charts/ChartData.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"

#include <QCoreApplication>

namespace anju {

// The dashboard's charts as data, from the summary's figures (one definition for the dashboard and the
// printed summary): the 12-month trend, the labour capacity and the age structure.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(anju::DashboardCharts)

public:
    static ChartData trend(const QList<TrendPoint>& points);
    static ChartData labourCapacity(const MonthlySummary& summary);
    static ChartData ageStructure(const MonthlySummary& summary);
    // "2026年10月", or only "10月" without the year.
    static QString monthLabel(ReportMonth month, bool withYear);
};

} // namespace anju
