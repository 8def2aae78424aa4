#include "party/PartyReviewMonth.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyGroupRepository.h"
#include "party/PartyRules.h"

#include <QSqlQuery>

#include <algorithm>

namespace anju::party {

void PartyReviewMonth::branches()
{
    // Meetings: each branch, each type expected, in the period ending this month (due) and the period
    // before the current one (overdue when nothing was held).
    // Meeting days per branch and type, so that each period is one lookup.
    QHash<QPair<qint64, int>, QList<QDate>> held;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT organisation_id, type, meeting_date FROM party_meetings"
                                 " WHERE meeting_date >= ? AND meeting_date <= ?"));
        q.addBindValue(sqlDate(QDate(first.year() - 2, 1, 1)));
        q.addBindValue(sqlDate(last));
        if (q.exec())
            while (q.next()) {
                const auto type =
                    enumFromKey<MeetingType>(q.value(1).toString()).value_or(MeetingType::GeneralMeeting);
                held[{q.value(0).toLongLong(), int(type)}].append(dateFrom(q.value(2)));
            }
    }
    const auto heldIn = [&](qint64 org, MeetingType type, QDate from, QDate to) {
        const QList<QDate> days = held.value({org, int(type)});
        return std::any_of(days.cbegin(), days.cend(), [&](QDate d) { return d >= from && d <= to; });
    };
    const QList<PartyGroup> groups = PartyGroupRepository(m_db).groups();
    for (const Organisation& o : orgs) {
        if (!o.isBranch() || !inScope(o.id))
            continue;
        BranchCounts branch;
        branch.fullMembers = counts.value(o.id).of(DevelopmentStage::Full);
        branch.members = counts.value(o.id).partyMembers();
        branch.committeeSize = int(o.committeeMemberIds.size());
        for (const auto& info : enumInfos<MeetingType>()) {
            const int months = settings.monthsFor(info.value);
            if (months <= 0)
                continue;
            const QDate periodStart = PartyRules::periodStart(first, months);
            const QDate periodEnd = PartyRules::periodEnd(first, months);
            const QDate previousStart = periodStart.addMonths(-months);
            const QDate previousEnd = periodStart.addDays(-1);
            // A period owes the meeting as the branch stood on its first day: 党小组会 only while it was
            // divided into 党小组 (as the summary counts expected periods).
            const auto expectedFrom = [&](QDate start) {
                return PartyRules::expectsMeeting(
                    info.value, branch, PartyRules::dividedIntoGroups(groups, o.id, start), settings);
            };
            const bool expectedBefore = expectedFrom(previousStart);
            const bool expectedNow = expectedFrom(periodStart);
            if (!expectedBefore && !expectedNow)
                continue;
            PartyReviewItem item;
            item.kind = ReviewKind::MeetingMissing;
            item.record = ReviewRecord::Organisation;
            item.recordId = o.id;
            item.organisationId = o.id;
            item.meetingType = info.value;
            const bool existed = !o.foundingDate.isValid() || o.foundingDate <= previousStart;
            if (existed && expectedBefore && !heldIn(o.id, info.value, previousStart, previousEnd)) {
                item.urgency = ReviewUrgency::Overdue;
                item.dueDate = previousEnd;
                item.description =
                    tr("%1: no %2 was held from %3 to %4.")
                        .arg(o.name, enumLabel(info.value), day(previousStart), day(previousEnd));
                add(item);
            }
            if (periodEnd == last && expectedNow && !heldIn(o.id, info.value, periodStart, last) &&
                (!o.foundingDate.isValid() || o.foundingDate <= periodStart)) {
                item.urgency = ReviewUrgency::Due;
                item.dueDate = periodEnd;
                item.description = tr("%1: no %2 held yet in the period from %3 to %4.")
                                       .arg(o.name, enumLabel(info.value), day(periodStart), day(periodEnd));
                add(item);
            }
        }
        // The branch-size rules, reported.
        PartyReviewItem size;
        size.record = ReviewRecord::Organisation;
        size.recordId = o.id;
        size.organisationId = o.id;
        size.urgency = ReviewUrgency::Overdue;
        size.dueDate = last;
        if (PartyRules::branchTooSmall(branch, settings)) {
            size.kind = ReviewKind::BranchTooSmall;
            size.count = branch.fullMembers;
            size.description = tr("%1 has %2 full members; a branch needs at least %3.")
                                   .arg(o.name)
                                   .arg(branch.fullMembers)
                                   .arg(settings.branchMinFullMembers);
            add(size);
        }
        // A branch too large is a case for a 总支 (or from 100 members a 党委), not for splitting it.
        if (const auto kind = PartyRules::largeBranchCase(branch, settings)) {
            size.kind = ReviewKind::BranchTooLarge;
            size.count = branch.members;
            size.description =
                *kind == OrganisationKind::Committee
                    ? tr("%1 has %2 members, 100 or more: a case for forming a party committee.")
                          .arg(o.name)
                          .arg(branch.members)
                    : tr("%1 has %2 members, more than %3: a case for forming a general party branch.")
                          .arg(o.name)
                          .arg(branch.members)
                          .arg(settings.branchMaxMembers);
            add(size);
        }
        if (PartyRules::committeeMissing(branch, settings)) {
            size.kind = ReviewKind::CommitteeMissing;
            size.count = branch.committeeSize;
            size.description =
                tr("%1 has %2 full members and a committee of %3; it needs a committee of %4 to %5.")
                    .arg(o.name)
                    .arg(branch.fullMembers)
                    .arg(branch.committeeSize)
                    .arg(settings.committeeMinSize)
                    .arg(settings.committeeMaxSize);
            add(size);
        }
    }
}

} // namespace anju::party
