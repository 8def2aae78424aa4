#pragma once

#include "domain/Violation.h"
#include "report/ReportTypes.h"

#include <QCoreApplication>

namespace anju {
class Database;
} // namespace anju

namespace anju::report {

// Households and people registered at the end of each of several months, for the dashboard's trend:
// the same rule as the summary's stocks, every month in one pass over the stays.
struct TrendPoint
{
    ReportMonth month;
    qint64 households = 0;
    qint64 people = 0;
};

class PopulationTrend
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::PopulationTrend)

public:
    // `months` points ending with `last`, oldest first; `siteId` 0 for the whole office.
    static Result<QList<TrendPoint>> compute(const Database& db, ReportMonth last, int months,
                                             qint64 siteId = 0);
};

} // namespace anju::report
