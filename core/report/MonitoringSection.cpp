#include "report/MonitoringSection.h"

#include "income/MonitoringMonthQueries.h"

namespace anju::report {

namespace {

// The printed name of a monitoring category (the stored key's words in the user's language).
QString categoryLabel(std::size_t category)
{
    switch (category) {
    case 0:
        return MonitoringSection::tr("Monitored at the month's end: unstable out of poverty");
    case 1:
        return MonitoringSection::tr("Monitored at the month's end: marginal, at risk of poverty");
    default:
        return MonitoringSection::tr("Monitored at the month's end: sudden severe hardship");
    }
}

} // namespace

Result<ReportSectionResult> MonitoringSection::compute(const ReportContext& context) const
{
    // Asked directly (not through the builder, which leaves the section out): refused, never empty.
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadIncome); !allowed)
        return allowed;
    const income::MonitoringMonthQueries queries(context.db());
    const auto failed = [](const Outcome& counted) {
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The monitoring figures could not be computed: %1").arg(counted.summary()));
    };
    const Result<income::MonitoringMonthFigures> atEnd =
        queries.forMonth(context.month().first, context.siteId());
    if (!atEnd)
        return failed(atEnd);
    const Result<income::MonitoringMonthFigures> atPreviousEnd =
        queries.forMonth(context.previousMonth().first, context.siteId());
    if (!atPreviousEnd)
        return failed(atPreviousEnd);
    const income::MonitoringMonthFigures& now = atEnd.value();
    const income::MonitoringMonthFigures& before = atPreviousEnd.value();

    ReportSectionResult result = started();
    using F = const income::MonitoringMonthFigures&;
    const auto add = [&](const QString& key, const QString& label, auto of,
                         FigureUnit unit = FigureUnit::Count) {
        result.figures.append({key, label, qint64(of(now)), qint64(of(before)), unit});
    };
    const auto key = [](const char* k) { return QLatin1String(k); };
    for (std::size_t c = 0; c < income::MonitoringCategoryKeys.size(); ++c)
        add(QStringLiteral("monitored_") + QLatin1String(income::MonitoringCategoryKeys[c]), categoryLabel(c),
            [c](F f) { return f.monitoredByCategory[c]; });
    add(key("monitored"), tr("Households monitored at the month's end"), [](F f) { return f.monitored(); });
    add(key("entered"), tr("Taken into monitoring in the month"), [](F f) { return f.entered; });
    add(key("eliminated"), tr("Risk eliminated in the month"), [](F f) { return f.eliminated; });
    add(key("in_entry_review"), tr("In entry review at the month's end"),
        [](F f) { return f.inEntryReview; });
    add(key("declined"), tr("Reviewed and declined in the month"), [](F f) { return f.declined; });

    // One line per scheme of the settings' list: the office names its schemes, the keys follow them.
    const income::IncomeSettings& settings = queries.settings();
    for (const QString& scheme : queries.schemeKeys())
        add(QStringLiteral("safetynet_%1_people").arg(scheme),
            tr("In the safety net at the month's end: %1 (people)").arg(settings.schemeName(scheme)),
            [scheme](F f) { return f.peopleByScheme.value(scheme); });
    add(key("safetynet_people"), tr("People in the safety net at the month's end"),
        [](F f) { return f.people; });
    for (const QString& scheme : queries.schemeKeys())
        add(
            QStringLiteral("safetynet_%1_monthly_fen").arg(scheme),
            tr("Monthly amounts at the month's end: %1 (yuan)").arg(settings.schemeName(scheme)),
            [scheme](F f) { return f.monthlyByScheme.value(scheme); }, FigureUnit::Fen);
    add(
        key("safetynet_monthly_fen"), tr("Monthly safety-net amounts at the month's end (yuan)"),
        [](F f) { return f.monthly; }, FigureUnit::Fen);
    add(key("safetynet_one_off_people"), tr("People paid a one-off amount in the month"),
        [](F f) { return f.oneOffPeople; });
    add(
        key("safetynet_one_off_fen"), tr("One-off amounts paid in the month (yuan)"),
        [](F f) { return f.oneOffPaid; }, FigureUnit::Fen);
    return result;
}

} // namespace anju::report
