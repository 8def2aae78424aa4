#include "report/SummaryWords.h"

namespace anju::report {

QString SummaryWords::title(const MonthlySummary& summary)
{
    if (summary.siteId == 0)
        return tr("Monthly summary of the resettlement sites");
    return tr("Monthly summary of %1").arg(summary.siteName);
}

QString SummaryWords::reportingUnit(const MonthlySummary& summary)
{
    return tr("Reporting unit: %1").arg(summary.reportingUnit);
}

QString SummaryWords::month(const MonthlySummary& summary)
{
    return tr("Month: %1").arg(summary.monthLabel());
}

QString SummaryWords::figureHeader()
{
    return tr("Figure");
}

QString SummaryWords::valueHeader()
{
    return tr("This month");
}

QString SummaryWords::previousHeader()
{
    return tr("Last month");
}

QString SummaryWords::changeHeader()
{
    return tr("Change");
}

QString SummaryWords::preparedBy()
{
    return tr("Prepared by:");
}

QString SummaryWords::reviewedBy()
{
    return tr("Reviewed by:");
}

QString SummaryWords::approvedBy()
{
    return tr("Head of unit:");
}

QString SummaryWords::printDate(QDate date)
{
    return tr("Printed on %1-%2-%3", "year, month, day: 打印日期：%1年%2月%3日")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day());
}

QString SummaryWords::noRows()
{
    return tr("None");
}

QString SummaryWords::signedChange(qint64 change)
{
    if (change > 0)
        return QLatin1Char('+') + QString::number(change);
    return QString::number(change);
}

} // namespace anju::report
