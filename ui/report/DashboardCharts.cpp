#include "report/DashboardCharts.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"

#include <cmath>

namespace anju {

QString DashboardCharts::monthLabel(report::ReportMonth month, bool withYear)
{
    if (withYear)
        return tr("%1-%2", "chart axis: year and month, e.g. 2026年1月")
            .arg(month.first.year())
            .arg(month.first.month());
    return tr("%1", "chart axis: month, e.g. 10月").arg(month.first.month());
}

ChartData DashboardCharts::trend(const QList<report::TrendPoint>& points)
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    qint64 largest = 0;
    for (const report::TrendPoint& p : points)
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
    for (const report::TrendPoint& p : points) {
        data.categories.append(monthLabel(p.month, false)); // the title names the years
        // Rounded here: 97.0334万 is not how anyone writes it.
        people.values.append(std::round(double(p.people) / scale * 100) / 100);
        households.values.append(std::round(double(p.households) / scale * 100) / 100);
    }
    data.series = {people, households};
    return data;
}

ChartData DashboardCharts::labourCapacity(const report::MonthlySummary& summary)
{
    ChartData data;
    // Lying bars, not a pie: the five long names stay whole beside their bars on a 1280-pixel screen,
    // where a pie's legend cut them to two characters. The share is told on hover.
    data.kind = ChartData::Kind::HorizontalBar;
    data.title = tr("Labour capacity");
    data.unitFormat = tr("%1 people");
    ChartSeries series;
    for (const EnumInfo<LabourCapacity>& info : enumInfos<LabourCapacity>()) {
        const report::ReportFigure* f =
            summary.figure(QStringLiteral("structure"), QStringLiteral("labour_") + QLatin1String(info.key));
        // Prepended: a lying chart draws its first category at the bottom, and the list reads from the top.
        data.categories.prepend(enumLabel(info.value));
        series.values.prepend(f ? double(f->value) : 0);
    }
    data.series = {series};
    return data;
}

ChartData DashboardCharts::ageStructure(const report::MonthlySummary& summary)
{
    ChartData data;
    // Lying like a population pyramid: the youngest at the bottom, and "60岁及以上" has room for its name.
    data.kind = ChartData::Kind::HorizontalBar;
    data.title = tr("Age structure");
    data.unitFormat = tr("%1 people");
    ChartSeries now{tr("This month"), {}};
    const report::ReportSectionResult* structure = summary.section(QStringLiteral("structure"));
    if (structure) {
        for (const report::ReportFigure& f : structure->figures) {
            if (!f.key.startsWith(QLatin1String("age_")))
                continue;
            data.categories.append(f.label);
            now.values.append(double(f.value));
        }
    }
    data.series = {now};
    return data;
}

ChartData DashboardCharts::membersByBranch(const QList<party::BranchStages>& branches, int largest)
{
    ChartData data;
    data.kind = ChartData::Kind::HorizontalStackedBar; // branch names are long: they read best lying down
    data.unitFormat = tr("%1 people");
    const int shown = int(qMin<qsizetype>(branches.size(), largest));
    data.title =
        shown < branches.size()
            ? tr("Party members by stage: the %1 largest of %L2 branches").arg(shown).arg(branches.size())
            : tr("Party members by stage per branch");
    // Full members first (the party red), down to the applicants. A lying chart draws its first category
    // at the bottom: the largest branch goes last, so that it stands at the top.
    const QList<party::DevelopmentStage> order = {
        party::DevelopmentStage::Full, party::DevelopmentStage::Probationary,
        party::DevelopmentStage::DevelopmentTarget, party::DevelopmentStage::Activist,
        party::DevelopmentStage::Applicant};
    for (party::DevelopmentStage stage : order)
        data.series.append({enumLabel(stage), {}});
    for (int b = shown - 1; b >= 0; --b) {
        const party::BranchStages& branch = branches.at(b);
        // The total by the name: the stacks carry no labels (a few applicants leave no room for one).
        data.categories.append(
            tr("%1 (%L2)", "branch name (everyone counted)").arg(branch.name).arg(branch.members.total()));
        for (int s = 0; s < order.size(); ++s)
            data.series[s].values.append(branch.members.of(order.at(s)));
    }
    return data;
}

ChartData DashboardCharts::followUpTrend(const QList<income::FollowUpTrendPoint>& points)
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    const QString range = points.isEmpty() ? QString()
                                           : tr("%1 to %2", "months of the trend: 2025年12月—2026年11月")
                                                 .arg(monthLabel({points.constFirst().month}, true),
                                                      monthLabel({points.constLast().month}, true));
    data.title = tr("Flagged and monitored households, %1").arg(range);
    data.unitFormat = tr("%1 households");
    ChartSeries flagged{tr("Flagged in the month"), {}};
    ChartSeries monitored{tr("Monitored at the month's end"), {}};
    for (const income::FollowUpTrendPoint& p : points) {
        data.categories.append(monthLabel({p.month}, false)); // the title names the years
        flagged.values.append(p.flagged);
        monitored.values.append(p.monitored);
    }
    data.series = {flagged, monitored};
    return data;
}

ChartData DashboardCharts::incomeBands(const report::MonthlySummary& summary)
{
    ChartData data;
    data.kind = ChartData::Kind::Bar;
    data.title = tr("Checked households by per-capita net income against the monitoring line");
    data.unitFormat = tr("%1 households");
    const report::ReportSectionResult* income = summary.section(QStringLiteral("income"));
    if (!income)
        return data;
    // Short names under the bars: the figure labels of the summary are sentences.
    const QList<std::pair<const char*, QString>> bands = {{"band_below_line", tr("Below the line")},
                                                          {"band_line_to_1_5", tr("Line to 1.5×")},
                                                          {"band_1_5_to_2", tr("1.5× to 2×")},
                                                          {"band_2_plus", tr("2× and more")}};
    ChartSeries now{summary.monthLabel(), {}};
    ChartSeries before{monthLabel(summary.month.previous(), true), {}};
    for (const auto& [key, label] : bands) {
        const report::ReportFigure* f = income->figure(QLatin1String(key));
        data.categories.append(label);
        now.values.append(f ? double(f->value) : 0);
        before.values.append(f ? double(f->previous) : 0);
    }
    data.series = {before, now};
    return data;
}

} // namespace anju
