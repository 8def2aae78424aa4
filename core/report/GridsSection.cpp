#include "report/GridsSection.h"

#include "grids/GridMonthQueries.h"

namespace anju::report {

namespace {

using F = const grids::GridMonthFigures&;

// The JSON key part of each case kind, in CaseKind order (the stored keys).
QString kindKey(std::size_t kind)
{
    return enumKey(grids::CaseKind(kind));
}

} // namespace

Result<ReportSectionResult> GridsSection::compute(const ReportContext& context) const
{
    // Asked directly (not through the builder, which leaves the section out): refused, never empty.
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadGrids); !allowed)
        return allowed;
    const grids::GridMonthQueries queries(context.db());
    const auto failed = [](const Outcome& counted) {
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The grid figures could not be computed: %1").arg(counted.summary()));
    };
    // Both months at once: the households are read in one pass for the two month-ends.
    const Result<QList<grids::GridMonthFigures>> counted =
        queries.forMonths({context.month().first, context.previousMonth().first}, context.siteId());
    if (!counted)
        return failed(counted);
    const grids::GridMonthFigures& now = counted.value().at(0);
    const grids::GridMonthFigures& before = counted.value().at(1);

    ReportSectionResult result = started();
    const auto add = [&](const QString& key, const QString& label, auto of,
                         FigureUnit unit = FigureUnit::Count) {
        result.figures.append({key, label, qint64(of(now)), qint64(of(before)), unit});
    };
    const auto key = [](const char* k) { return QLatin1String(k); };
    add(key("grids_open"), tr("Grids at the month's end"), [](F f) { return f.gridsOpen; });
    const auto staff = [](grids::StaffRole role) {
        return [role](F f) { return f.staffByRole[std::size_t(role)]; };
    };
    add(key("staff_grid_leaders"), tr("Grid leaders serving"), staff(grids::StaffRole::GridLeader));
    add(key("staff_grid_workers"), tr("Grid workers serving"), staff(grids::StaffRole::GridWorker));
    add(key("staff_building_leaders"), tr("Building leaders serving"),
        staff(grids::StaffRole::BuildingLeader));
    add(key("staff_unit_leaders"), tr("Unit leaders serving"), staff(grids::StaffRole::UnitLeader));
    add(key("staff_party_member_households"), tr("Party member households serving"),
        staff(grids::StaffRole::PartyMemberHousehold));
    add(key("households_in_grid"), tr("Active households in a grid"), [](F f) { return f.householdsInGrid; });
    add(key("households_in_no_grid"), tr("Active households in no grid"),
        [](F f) { return f.householdsInNoGrid(); });
    add(key("households_paired"), tr("Active households paired with a cadre"),
        [](F f) { return f.householdsPaired; });
    add(
        key("households_paired_share"), tr("Share of active households paired (%)"),
        [](F f) { return f.pairedShareBasisPoints(); }, FigureUnit::Percent);

    using T = grids::TaskMonthCounts;
    const auto tasks = [&](const char* prefix, const grids::TaskMonthCounts grids::GridMonthFigures::*counts,
                           const QStringList& labels) {
        const auto part = [&](const char* suffix, int T::*field, const QString& label) {
            add(QLatin1String(prefix) + QLatin1String(suffix), label,
                [counts, field](F f) { return (f.*counts).*field; });
        };
        part("_due", &T::due, labels.at(0));
        part("_done_in_window", &T::doneInWindow, labels.at(1));
        part("_done_late", &T::doneLate, labels.at(2));
        part("_overdue", &T::overdue, labels.at(3));
    };
    tasks("visits", &grids::GridMonthFigures::mustVisit,
          {tr("Must-visit tasks due in the month"), tr("Of them visited within their window"),
           tr("Of them visited late, by the month's end"), tr("Of them not visited by the month's end")});
    add(key("must_attend_created"), tr("Must-attend tasks raised in the month"),
        [](F f) { return f.mustAttendCreated; });
    tasks("must_attend", &grids::GridMonthFigures::mustAttend,
          {tr("Must-attend tasks due in the month"), tr("Of them attended within their days"),
           tr("Of them attended late, by the month's end"), tr("Of them not attended by the month's end")});

    using C = grids::CaseMonthCounts;
    const auto cases = [&](const QString& prefix, const QString& kindLabel, auto countsOf) {
        const auto part = [&](const char* suffix, int C::*field, const QString& label) {
            add(prefix + QLatin1String(suffix), label, [countsOf, field](F f) { return countsOf(f).*field; });
        };
        const auto label = [&](const QString& all, const QString& ofKind) {
            return kindLabel.isEmpty() ? all : ofKind.arg(kindLabel);
        };
        part("_received", &C::received, label(tr("Cases received in the month"), tr("%1: received")));
        part("_resolved", &C::resolved, label(tr("Cases resolved in the month"), tr("%1: resolved")));
        part("_overdue", &C::overdue,
             label(tr("Cases open past their deadline at the month's end"),
                   tr("%1: overdue at the month's end")));
        part("_escalated", &C::escalated, label(tr("Cases escalated in the month"), tr("%1: escalated")));
        part("_referred", &C::referred,
             label(tr("Cases referred to a department in the month"), tr("%1: referred")));
    };
    cases(QStringLiteral("cases"), QString(), [](F f) { return f.cases(); });
    for (std::size_t kind = 0; kind < grids::CaseKindCount; ++kind)
        cases(QStringLiteral("cases_") + kindKey(kind), enumLabel(grids::CaseKind(kind)),
              [kind](F f) { return f.casesByKind[kind]; });
    return result;
}

} // namespace anju::report
