#include "report/DashboardCharts.h"

#include "domain/Enums.h"

#include <cmath>

namespace anju {

QString DashboardCharts::monthLabel(ReportMonth month, bool withYear)
{
    if (withYear)
        return tr("%1-%2", "chart axis: year and month, e.g. 2026年1月")
            .arg(month.first.year())
            .arg(month.first.month());
    return tr("%1", "chart axis: month, e.g. 10月").arg(month.first.month());
}

ChartData DashboardCharts::trend(const QList<TrendPoint>& points)
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    qint64 largest = 0;
    for (const TrendPoint& p : points)
        largest = std::max(largest, p.people);
    // A province's numbers read in 万 (ten thousands), as the township reports write them.
    const bool tenThousands = largest >= 100'000;
    const double scale = tenThousands ? 10'000.0 : 1.0;
    const QString range = points.isEmpty() ? QString()
                                           : tr("%1 to %2", "months of the trend: 2025年12月—2026年11月")
                                                 .arg(monthLabel(points.constFirst().month, true),
                                                      monthLabel(points.constLast().month, true));
    data.title =
        (tenThousands ? tr("Registered at month end (10,000), %1") : tr("Registered at month end, %1"))
            .arg(range);
    data.unitFormat = tenThousands ? tr("%1 (10,000)") : QString();
    data.decimals = tenThousands ? 2 : 0; // a month moves a province by hundreds: 0.01万
    ChartSeries people{tr("People"), {}};
    // Households are about a third of the people: on one axis their line would lie flat at the bottom.
    ChartSeries households{tr("Households"), {}, true};
    for (const TrendPoint& p : points) {
        data.categories.append(monthLabel(p.month, false)); // the title names the years
        // Rounded here: 97.0334万 is not how anyone writes it.
        people.values.append(std::round(double(p.people) / scale * 100) / 100);
        households.values.append(std::round(double(p.households) / scale * 100) / 100);
    }
    data.series = {people, households};
    return data;
}

ChartData DashboardCharts::labourCapacity(const MonthlySummary& summary)
{
    ChartData data;
    data.kind = ChartData::Kind::Pie;
    data.title = tr("Labour capacity");
    data.unitFormat = tr("%1 people");
    ChartSeries series;
    for (const EnumInfo<LabourCapacity>& info : enumInfos<LabourCapacity>()) {
        const ReportFigure* f =
            summary.figure(QStringLiteral("structure"), QStringLiteral("labour_") + QLatin1String(info.key));
        data.categories.append(enumLabel(info.value));
        series.values.append(f ? double(f->value) : 0);
    }
    data.series = {series};
    return data;
}

ChartData DashboardCharts::ageStructure(const MonthlySummary& summary)
{
    ChartData data;
    data.kind = ChartData::Kind::Bar;
    data.title = tr("Age structure");
    data.unitFormat = tr("%1 people");
    ChartSeries now{tr("This month"), {}};
    const ReportSectionResult* structure = summary.section(QStringLiteral("structure"));
    if (structure) {
        for (const ReportFigure& f : structure->figures) {
            if (!f.key.startsWith(QLatin1String("age_")))
                continue;
            data.categories.append(f.label);
            now.values.append(double(f.value));
        }
    }
    data.series = {now};
    return data;
}

} // namespace anju
