#include "party/PartyStatistics.h"

#include "database/Database.h"
#include "party/PartyGroupRepository.h"
#include "party/PartyMonthQueries.h"
#include "party/PartyRules.h"
#include "party/PartySettings.h"

#include <QHash>
#include <QSet>

namespace anju::party {

Result<PartyMonthFigures> PartyStatistics::forMonth(QDate month, qint64 siteId) const
{
    PartyMonthFigures f;
    f.month = PartyRules::monthStart(month);
    const QDate first = f.month;
    const QDate last = PartyRules::monthEnd(month);
    const PartySettings settings = PartySettings::load(m_db);
    const Result<QList<MonthOrganisationInfo>> organisations =
        PartyMonthQueries(m_db, first, last, {}).organisations(siteId);
    if (!organisations)
        return organisations;
    const QList<MonthOrganisationInfo>& counted = organisations.value();
    if (counted.isEmpty())
        return f;
    QSet<qint64> scope;
    for (const MonthOrganisationInfo& o : std::as_const(counted)) {
        scope.insert(o.id);
        ++f.organisations;
        f.branches += o.branch ? 1 : 0;
    }

    // One site reads only the members who ever stayed in its organisations; the office reads everyone.
    const PartyMonthQueries queries(m_db, first, last, siteId == 0 ? QList<qint64>() : scope.values());
    const auto inScope = [&](const MonthOrganisation& o) { return o.id != 0 && scope.contains(o.id); };

    // Members: stage and state at the month's end, counted where they are then; dues owed by those in
    // scope at its start or end.
    const Result<QList<MemberGroupRow>> members = queries.members(settings.dues);
    if (!members)
        return members;
    QHash<qint64, int> fullByOrganisation;
    for (const MemberGroupRow& row : members.value()) {
        if (!inScope(row.organisation))
            continue;
        const auto stage = enumFromKey<DevelopmentStage>(row.stage);
        const auto state = enumFromKey<MemberState>(row.state);
        const bool goodStanding = state && (*state == MemberState::Normal || *state == MemberState::Mobile);
        if (!stage || !goodStanding)
            continue;
        if (row.organisation.atEnd) {
            f.members.byStage[static_cast<int>(*stage)] += row.members;
            f.mobileMembers += *state == MemberState::Mobile ? row.members : 0;
            if (*stage == DevelopmentStage::Full)
                fullByOrganisation[row.organisation.id] += row.members;
        }
        if (*stage == DevelopmentStage::Probationary || *stage == DevelopmentStage::Full) {
            f.membersOwingDues += row.owingFromDuesStart;
            f.duesDue += row.duesOfThose;
        }
    }

    // Steps dated in the month, of members then in scope.
    const Result<QList<KeyedCountRow>> steps = queries.stageSteps();
    if (!steps)
        return steps;
    for (const KeyedCountRow& row : steps.value()) {
        if (!inScope(row.organisation))
            continue;
        switch (enumFromKey<StageEvent>(row.key).value_or(StageEvent::ApplicationTalk)) {
        case StageEvent::Application:
            f.applications += row.count;
            break;
        case StageEvent::Activist:
            f.newActivists += row.count;
            break;
        case StageEvent::DevelopmentTarget:
            f.newDevelopmentTargets += row.count;
            break;
        case StageEvent::Admission:
            f.admissions += row.count;
            break;
        case StageEvent::Conversion:
            f.conversions += row.count;
            break;
        case StageEvent::ApplicationTalk:
        case StageEvent::ProbationExtension:
            break;
        }
    }

    // Payments for the month (paid by its end), and all received during it.
    const Result<QList<DuesPaymentRow>> payments = queries.duesPayments();
    if (!payments)
        return payments;
    for (const DuesPaymentRow& row : payments.value()) {
        if (!inScope(row.organisation))
            continue;
        f.membersPaidDues += row.membersPaid;
        f.duesPaid += row.paid;
        f.duesReceived += row.received;
    }

    // Transfers completed in the month, of a member in scope or to or from an organisation in it.
    const Result<QList<KeyedCountRow>> transfers = queries.transfers();
    if (!transfers)
        return transfers;
    for (const KeyedCountRow& row : transfers.value()) {
        if (!inScope(row.organisation) && !scope.contains(row.otherOrganisationId))
            continue;
        const auto direction = enumFromKey<TransferDirection>(row.key);
        if (direction)
            (*direction == TransferDirection::In ? f.transfersIn : f.transfersOut) += row.count;
    }

    // Meetings held in the month, and the periods ending in it with and without a meeting.
    QList<MeetingPeriod> periods;
    QList<MeetingType> periodTypes;
    for (const auto& info : enumInfos<MeetingType>()) {
        const int months = settings.monthsFor(info.value);
        if (months > 0 && PartyRules::periodEnd(first, months) == last) {
            periods.append({enumKey(info.value), PartyRules::periodStart(first, months)});
            periodTypes.append(info.value);
        }
    }
    const Result<QList<MeetingRow>> meetingsRead = queries.meetings(periods);
    if (!meetingsRead)
        return meetingsRead;
    const QList<MeetingRow>& meetings = meetingsRead.value();
    QHash<qint64, int> meetingRow;
    for (int i = 0; i < meetings.size(); ++i) {
        if (!scope.contains(meetings[i].organisationId))
            continue;
        meetingRow.insert(meetings[i].organisationId, i);
        f.meetingsHeld += meetings[i].heldInMonth;
    }
    const QList<PartyGroup> groups = PartyGroupRepository(m_db).groups();
    for (const MonthOrganisationInfo& o : std::as_const(counted)) {
        if (!o.branch)
            continue;
        // The review's rule: committee meetings only where there is, or must be, a committee; 党小组会
        // only from a branch divided into groups on the period's first day.
        BranchCounts branch;
        branch.fullMembers = fullByOrganisation.value(o.id);
        branch.committeeSize = o.committeeSeats;
        const auto held = meetingRow.constFind(o.id);
        for (int p = 0; p < periods.size(); ++p) {
            if (!PartyRules::expectsMeeting(
                    periodTypes[p], branch,
                    PartyRules::dividedIntoGroups(groups, o.id, periods[p].periodStart), settings))
                continue;
            if (o.foundingDate.isValid() && o.foundingDate > periods[p].periodStart)
                continue;
            ++f.meetingPeriodsExpected;
            if (held != meetingRow.constEnd() && meetings[*held].heldInPeriod.value(p))
                ++f.meetingPeriodsHeld;
        }
    }
    return f;
}

} // namespace anju::party
