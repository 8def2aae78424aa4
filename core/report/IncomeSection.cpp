#include "report/IncomeSection.h"

#include "income/IncomeMonthQueries.h"

namespace anju::report {

Result<ReportSectionResult> IncomeSection::compute(const ReportContext& context) const
{
    // Asked directly (not through the builder, which leaves the section out): refused, never empty.
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadIncome); !allowed)
        return allowed;
    const income::IncomeMonthQueries queries(context.db());
    const auto failed = [](const Outcome& counted) {
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The income check figures could not be computed: %1").arg(counted.summary()));
    };
    const Result<income::IncomeMonthFigures> atEnd =
        queries.forMonth(context.month().first, context.siteId());
    if (!atEnd)
        return failed(atEnd);
    const Result<income::IncomeMonthFigures> atPreviousEnd =
        queries.forMonth(context.previousMonth().first, context.siteId());
    if (!atPreviousEnd)
        return failed(atPreviousEnd);
    const income::IncomeMonthFigures& now = atEnd.value();
    const income::IncomeMonthFigures& before = atPreviousEnd.value();

    ReportSectionResult result = started();
    using F = const income::IncomeMonthFigures&;
    const auto add = [&](const char* key, const QString& label, auto of,
                         FigureUnit unit = FigureUnit::Count) {
        result.figures.append({QLatin1String(key), label, qint64(of(now)), qint64(of(before)), unit});
    };
    add("households_active", tr("Active households at the month's end"),
        [](F f) { return f.householdsActive; });
    add("households_checked", tr("Of them checked this month"), [](F f) { return f.householdsChecked; });
    add("households_missing", tr("Of them not checked this month"), [](F f) { return f.missing(); });
    add("flagged_below_line", tr("Checked households below the monitoring line"),
        [](F f) { return f.flaggedBelowLine; });
    add("flagged_drop", tr("Checked households whose income dropped"), [](F f) { return f.flaggedDrop; });
    add("flagged_large_expense", tr("Checked households with a large expense"),
        [](F f) { return f.flaggedLargeExpense; });
    add("flagged", tr("Checked households flagged (any flag)"), [](F f) { return f.flagged; });
    const auto band = [](income::IncomeBand b) { return [b](F f) { return f.bands[std::size_t(b)]; }; };
    add("band_below_line", tr("Per-capita net income below the line"), band(income::IncomeBand::BelowLine));
    add("band_line_to_1_5", tr("Per-capita net income from the line to 1.5 times it"),
        band(income::IncomeBand::LineTo1_5));
    add("band_1_5_to_2", tr("Per-capita net income from 1.5 to 2 times the line"),
        band(income::IncomeBand::From1_5To2));
    add("band_2_plus", tr("Per-capita net income of 2 times the line or more"),
        band(income::IncomeBand::From2));
    add(
        "monitoring_line_fen", tr("Monitoring line of the month's year (yuan per person per year)"),
        [](F f) { return f.line; }, FigureUnit::Fen);

    // The line of an earlier year judging this one: said, as the check pages say it.
    const int year = context.month().first.year();
    if (now.lineYear != year) {
        ReportTable note{QStringLiteral("line_note"),
                         tr("Monitoring line"),
                         {{QStringLiteral("note"), tr("Note")}},
                         {{queries.settings().carriedOverNote(year)}}};
        result.tables.append(note);
    }
    return result;
}

} // namespace anju::report
