#include "party/ConversionPlan.h"

namespace anju::party {

namespace {
QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QString ConversionPlanner::approvalNote(QDate approvalDate)
{
    return tr("Approved by the higher party committee on %1").arg(day(approvalDate));
}

Result<ConversionPlan> ConversionPlanner::plan(const PartyMember& member, QDate meetingDate,
                                               QDate approvalDate, QDate today,
                                               const QList<qint64>& fullMemberIds)
{
    ConversionPlan plan;
    plan.memberName = member.name;
    plan.from = member.stage;
    plan.meetingDate = meetingDate;
    plan.approvalDate = approvalDate;
    plan.probationEnds = PartyRules::probationEnds(member);
    plan.transition.memberId = member.id;
    plan.transition.event = StageEvent::Conversion;
    plan.transition.date = meetingDate;

    Outcome outcome;
    if (!meetingDate.isValid()) {
        outcome.add(QLatin1String(Field::TransitionDate),
                    tr("Enter the date of the branch general meeting."));
    } else {
        const TransitionCheck check =
            PartyRules::checkTransition(member, plan.transition, today, fullMemberIds);
        outcome.add(check.blocking);
        // A conversion before the probation ends is not set aside in this dialog: its message refuses it.
        outcome.add(check.overridable);
    }
    const QString approvalField = QLatin1String(Field::TransitionApprovalDate);
    if (!approvalDate.isValid())
        outcome.add(approvalField, tr("Enter the date the higher party committee approved the conversion."));
    else if (approvalDate > today)
        outcome.add(approvalField, tr("The date %1 is in the future.").arg(day(approvalDate)));
    else if (meetingDate.isValid() && approvalDate < meetingDate)
        outcome.add(approvalField, tr("The approval (%1) cannot come before the branch general meeting (%2).")
                                       .arg(day(approvalDate), day(meetingDate)));
    if (!outcome)
        return outcome;

    plan.transition.note = approvalNote(approvalDate);
    // Once recorded, the member is full from the end of probation (PartyRules::fullMemberSince), which
    // the check above keeps on or before the meeting.
    plan.fullMemberFrom = plan.probationEnds;
    return plan;
}

} // namespace anju::party
