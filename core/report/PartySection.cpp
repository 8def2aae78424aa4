#include "report/PartySection.h"

#include "party/PartyStatistics.h"

namespace anju::report {

Result<ReportSectionResult> PartySection::compute(const ReportContext& context) const
{
    // Asked directly (not through the builder, which leaves the section out): refused, never empty.
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadParty); !allowed)
        return allowed;
    const party::PartyStatistics statistics(context.db());
    const auto failed = [](const Outcome& counted) {
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The party figures could not be computed: %1").arg(counted.summary()));
    };
    const Result<party::PartyMonthFigures> atEnd =
        statistics.forMonth(context.month().first, context.siteId());
    if (!atEnd)
        return failed(atEnd);
    const Result<party::PartyMonthFigures> atPreviousEnd =
        statistics.forMonth(context.previousMonth().first, context.siteId());
    if (!atPreviousEnd)
        return failed(atPreviousEnd);
    const party::PartyMonthFigures& now = atEnd.value();
    const party::PartyMonthFigures& before = atPreviousEnd.value();

    ReportSectionResult result = started();
    const auto add = [&](const char* key, const QString& label, auto of,
                         FigureUnit unit = FigureUnit::Count) {
        result.figures.append({QLatin1String(key), label, qint64(of(now)), qint64(of(before)), unit});
    };
    using F = const party::PartyMonthFigures&;
    add("organisations", tr("Party organisations"), [](F f) { return f.organisations; });
    add("branches", tr("Of them party branches (joint branches included)"), [](F f) { return f.branches; });
    add("members_full", tr("Full members"), [](F f) { return f.members.of(party::DevelopmentStage::Full); });
    add("members_probationary", tr("Probationary members"),
        [](F f) { return f.members.of(party::DevelopmentStage::Probationary); });
    add("development_targets", tr("Development targets"),
        [](F f) { return f.members.of(party::DevelopmentStage::DevelopmentTarget); });
    add("activists", tr("Activists"), [](F f) { return f.members.of(party::DevelopmentStage::Activist); });
    add("applicants", tr("Applicants"), [](F f) { return f.members.of(party::DevelopmentStage::Applicant); });
    add("members_mobile", tr("Of all these, mobile"), [](F f) { return f.mobileMembers; });
    add("applications", tr("Applications handed in during the month"), [](F f) { return f.applications; });
    add("new_activists", tr("New activists"), [](F f) { return f.newActivists; });
    add("new_development_targets", tr("New development targets"),
        [](F f) { return f.newDevelopmentTargets; });
    add("admissions", tr("Admitted as probationary members"), [](F f) { return f.admissions; });
    add("conversions", tr("Converted to full members"), [](F f) { return f.conversions; });
    add("transfers_in", tr("Organisational relations transferred in"), [](F f) { return f.transfersIn; });
    add("transfers_out", tr("Organisational relations transferred out"), [](F f) { return f.transfersOut; });
    add("members_owing_dues", tr("Members owing dues for the month"), [](F f) { return f.membersOwingDues; });
    add("members_paid_dues", tr("Of them paid by the month's end"), [](F f) { return f.membersPaidDues; });
    add(
        "dues_due_fen", tr("Dues due for the month (yuan)"), [](F f) { return f.duesDue; }, FigureUnit::Fen);
    add(
        "dues_paid_fen", tr("Dues for the month paid by its end (yuan)"), [](F f) { return f.duesPaid; },
        FigureUnit::Fen);
    add(
        "dues_received_fen", tr("Dues received during the month, arrears included (yuan)"),
        [](F f) { return f.duesReceived; }, FigureUnit::Fen);
    add("meetings_held", tr("Meetings held"), [](F f) { return f.meetingsHeld; });
    add("meeting_periods_expected", tr("Meetings due in periods ending this month"),
        [](F f) { return f.meetingPeriodsExpected; });
    add("meeting_periods_held", tr("Of them held in their period"), [](F f) { return f.meetingPeriodsHeld; });
    return result;
}

} // namespace anju::report
