#include "party/LeavingRules.h"

#include "party/PartyRules.h"

#include <QRegularExpression>

namespace anju::party {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool isAdmitted(std::optional<DevelopmentStage> stage)
{
    return stage == DevelopmentStage::Probationary || stage == DevelopmentStage::Full;
}

} // namespace

Outcome LeavingRules::checkLeaving(const PartyMember& member, const Leaving& leaving,
                                   const std::optional<Meeting>& meeting, QDate today)
{
    Outcome outcome;
    const QString wayField = field(Field::LeavingWayField);
    const QString dateField = field(Field::LeavingDate);
    const QString meetingField = field(Field::LeavingMeeting);
    const QDate admitted = member.dateOf(StageEvent::Admission);
    const bool isMember =
        member.stage == DevelopmentStage::Probationary || member.stage == DevelopmentStage::Full;

    if (member.state == MemberState::Left)
        outcome.add(wayField, tr("%1 has already left the party.").arg(member.name));
    else if (member.state != MemberState::Normal && member.state != MemberState::Mobile)
        outcome.add(wayField, tr("%1 is %2: only a member on the branch's roll can leave the party here.")
                                  .arg(member.name, enumLabel(member.state)));
    else if (!isMember)
        outcome.add(wayField, tr("%1 is %2, not yet a party member: an applicant, activist or development "
                                 "target who stops is not a leaving of the party.")
                                  .arg(member.name, enumLabel(member.stage)));
    else if (leaving.way == LeavingWay::ProbationCancelled && member.stage != DevelopmentStage::Probationary)
        outcome.add(wayField,
                    tr("Only a probationary member's membership can be cancelled; %1 is a full member.")
                        .arg(member.name));

    if (!leaving.date.isValid())
        outcome.add(dateField, tr("Enter the date the member left."));
    else if (leaving.date > today)
        outcome.add(dateField, tr("The date %1 is in the future.").arg(day(leaving.date)));
    else if (admitted.isValid() && leaving.date < admitted)
        outcome.add(dateField, tr("%1 was admitted on %2; nobody leaves the party before being admitted.")
                                   .arg(member.name, day(admitted)));
    else if (member.stateDate.isValid() && leaving.date < member.stateDate)
        outcome.add(dateField,
                    tr("The date is before the last change of state (%1).").arg(day(member.stateDate)));
    else if (leaving.way == LeavingWay::ProbationCancelled &&
             member.stage == DevelopmentStage::Probationary &&
             member.stageOn(leaving.date) != DevelopmentStage::Probationary)
        outcome.add(dateField,
                    tr("%1 was not a probationary member on %2.").arg(member.name, day(leaving.date)));

    if (leaving.decision.trimmed().isEmpty())
        outcome.add(field(Field::LeavingDecision),
                    tr("Enter the decision (its text or document number) that the member leaves."));

    if (leaving.meetingId <= 0 || !meeting) {
        outcome.add(meetingField, tr("Choose the branch general meeting that decided it."));
    } else {
        if (meeting->type != MeetingType::GeneralMeeting)
            outcome.add(meetingField, tr("The meeting of %1 is a %2; leaving the party is decided by the "
                                         "branch general meeting.")
                                          .arg(day(meeting->date), enumLabel(meeting->type)));
        if (leaving.date.isValid()) {
            if (meeting->date > leaving.date)
                outcome.add(meetingField, tr("The meeting of %1 is after the day the member left (%2).")
                                              .arg(day(meeting->date), day(leaving.date)));
            const qint64 branch = member.organisationOn(leaving.date);
            if (branch == 0 || meeting->organisationId != branch)
                outcome.add(meetingField,
                            tr("The meeting of %1 is not one of the branch %2 belonged to on %3.")
                                .arg(day(meeting->date), member.name, day(leaving.date)));
        }
    }
    return outcome;
}

bool LeavingRules::isGoodReason(const QString& absenceReason)
{
    static const QRegularExpression none(
        QStringLiteral(
            "无故|无正当理由|没有理由|未请假|不请假|原因不明|不明原因|失联|联系不上|no reason|unexcused"),
        QRegularExpression::CaseInsensitiveOption);
    const QString reason = absenceReason.trimmed();
    return !reason.isEmpty() && !none.match(reason).hasMatch();
}

QDate LeavingRules::lapseWindowStart(QDate month)
{
    return PartyRules::monthStart(month).addMonths(-(LapseMonths - 1));
}

OrganisationalLife LeavingRules::organisationalLife(const PartyMember& member, const QList<Meeting>& meetings,
                                                    QDate from, QDate to)
{
    OrganisationalLife life;
    for (const Meeting& meeting : meetings) {
        if (meeting.date < from || meeting.date > to || meeting.attendance.isEmpty())
            continue;
        if (member.organisationOn(meeting.date) != meeting.organisationId ||
            member.stateOn(meeting.date) != MemberState::Normal || !isAdmitted(member.stageOn(meeting.date)))
            continue;
        ++life.meetingsExpected;
        // No row for them in a meeting whose attendance was taken: absent, with no reason on file.
        for (const Attendance& a : meeting.attendance) {
            if (a.memberId != member.id)
                continue;
            if (a.present)
                ++life.attended;
            else if (isGoodReason(a.absenceReason))
                ++life.excused;
        }
    }
    return life;
}

bool LeavingRules::lapsedOrganisationalLife(const PartyMember& member, const QList<Meeting>& meetings,
                                            QDate month, OrganisationalLife* life)
{
    const QDate from = lapseWindowStart(month);
    const QDate to = PartyRules::monthEnd(month);
    // In one branch, admitted and in a normal state through the whole window.
    const qint64 branch = member.organisationOn(from);
    if (branch == 0 || member.organisationOn(to) != branch || !isAdmitted(member.stageOn(from)))
        return false;
    if (member.stateOn(from) != MemberState::Normal)
        return false;
    for (const MemberStateChange& change : member.stateHistory)
        if (change.date > from && change.date <= to && change.state != MemberState::Normal)
            return false;
    for (const BranchStay& stay : member.branchHistory)
        if (stay.startDate > from && stay.startDate <= to)
            return false;
    const OrganisationalLife found = organisationalLife(member, meetings, from, to);
    if (life)
        *life = found;
    return found.meetingsExpected > 0 && found.attended == 0 && found.excused < found.meetingsExpected;
}

bool LeavingRules::secretaryStandingShort(const PartyMember& member, QDate day)
{
    const QDate since = PartyRules::fullMemberSince(member);
    return !since.isValid() || since > day || since.addYears(SecretaryStandingYears) > day;
}

} // namespace anju::party
