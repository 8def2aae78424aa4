#include "party/PartyReview.h"

#include "access/Permissions.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace anju {

namespace {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The member as the record stood at the end of `last`: later steps and changes left out.
PartyMember asOf(const PartyMember& member, QDate last)
{
    PartyMember m = member;
    m.stageHistory.erase(std::remove_if(m.stageHistory.begin(), m.stageHistory.end(),
                                        [&](const StageStep& s) { return s.date > last; }),
                         m.stageHistory.end());
    m.stateHistory.erase(std::remove_if(m.stateHistory.begin(), m.stateHistory.end(),
                                        [&](const MemberStateChange& s) { return s.date > last; }),
                         m.stateHistory.end());
    return m;
}

ReviewUrgency urgencyOf(QDate due, QDate monthStart)
{
    return due < monthStart ? ReviewUrgency::Overdue : ReviewUrgency::Due;
}

// Dues bases of every member, oldest first, for the amounts in arrears.
QHash<qint64, QList<DuesBasis>> allDuesBases(const Database& db)
{
    QHash<qint64, QList<DuesBasis>> bases;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT member_id, category, monthly_income, fixed_amount, from_month"
                              " FROM party_dues_bases ORDER BY member_id, from_month"))) {
        while (q.next()) {
            DuesBasis b;
            b.category = enumFromKey<DuesCategory>(q.value(1).toString()).value_or(DuesCategory::Farmer);
            b.monthlyIncome = q.value(2).toLongLong();
            b.fixedAmount = q.value(3).toLongLong();
            b.fromMonth = dateFrom(q.value(4));
            bases[q.value(0).toLongLong()].append(b);
        }
    }
    return bases;
}

Fen duesOf(const QList<DuesBasis>& history, QDate month, const DuesRateTable& table)
{
    if (history.isEmpty())
        return 0;
    DuesBasis found = history.first();
    for (const DuesBasis& b : history)
        if (b.fromMonth <= month)
            found = b;
    return PartyRules::monthlyDues(found, table);
}

} // namespace

QList<PartyReviewItem> PartyReview::forMonth(QDate month, qint64 organisationId) const
{
    // Nothing of the party records for a role that may not read them (checked where they are read).
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return {};
    const QDate first = PartyRules::monthStart(month);
    const QDate last = PartyRules::monthEnd(month);
    const PartySettings settings = PartySettings::load(m_db);
    OrganisationRepository organisations(m_db);
    const QList<qint64> scope =
        organisationId > 0 ? organisations.subtreeIds(organisationId) : QList<qint64>{};
    const auto inScope = [&](qint64 orgId) { return organisationId <= 0 || scope.contains(orgId); };

    QHash<qint64, Organisation> orgs;
    for (const Organisation& o : organisations.organisations(last))
        orgs.insert(o.id, o);
    QHash<qint64, QString> siteNames;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name FROM sites")))
            while (q.next())
                siteNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    QList<PartyReviewItem> items;
    const auto add = [&](PartyReviewItem item) {
        if (item.organisationId && item.organisationName.isEmpty())
            item.organisationName = orgs.value(item.organisationId).name;
        if (item.siteId && item.siteName.isEmpty())
            item.siteName = siteNames.value(item.siteId);
        items.append(item);
    };

    // Members: next steps due and dues in arrears, as the histories stood at the month's end.
    const QList<PartyMember> members = PartyMemberRepository(m_db).allMembers();
    const auto paid = PartyActivityRepository(m_db).paidMonths({}, last);
    const auto bases = allDuesBases(m_db);
    QHash<qint64, StageCounts> counts;
    for (const PartyMember& stored : members) {
        const PartyMember m = asOf(stored, last);
        const qint64 org = m.organisationOn(last);
        const auto stage = m.stageOn(last);
        if (!stage || !m.isInGoodStandingOn(last))
            continue;
        ++counts[org].byStage[static_cast<int>(*stage)];
        if (!inScope(org))
            continue;
        PartyReviewItem item;
        item.record = ReviewRecord::Member;
        item.recordId = m.id;
        item.memberId = m.id;
        item.memberName = m.name;
        item.organisationId = org;
        item.siteId = m.siteId;
        switch (*stage) {
        case DevelopmentStage::Applicant: {
            const QDate applied = m.dateOf(StageEvent::Application);
            const QDate due = PartyRules::applicationTalkDue(applied);
            if (applied.isValid() && !m.dateOf(StageEvent::ApplicationTalk).isValid() && due <= last) {
                item.kind = ReviewKind::ApplicationTalkDue;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description =
                    tr("%1 applied on %2; the branch talks with an applicant within a month (by %3).")
                        .arg(m.name, day(applied), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::Activist: {
            const QDate since = m.dateOf(StageEvent::Activist);
            const QDate due = PartyRules::activistEligibleOn(since);
            if (since.isValid() && due <= last) {
                item.kind = ReviewKind::ActivistEligible;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description =
                    tr("%1 has been an activist since %2: one year of cultivation is complete on %3;"
                       " consider naming them a development target.")
                        .arg(m.name, day(since), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::Probationary: {
            const QDate due = PartyRules::probationEnds(m);
            if (due.isValid() && due <= last) {
                const bool extended = PartyRules::isProbationExtended(m);
                item.kind = extended ? ReviewKind::ExtensionEnding : ReviewKind::ConversionDue;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description = extended
                                       ? tr("The extended probation of %1 ends on %2: the branch meeting "
                                            "decides on the conversion.")
                                             .arg(m.name, day(due))
                                       : tr("The probation of %1 (admitted %2) ends on %3: the branch "
                                            "meeting decides on the conversion.")
                                             .arg(m.name, day(m.dateOf(StageEvent::Admission)), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::DevelopmentTarget:
        case DevelopmentStage::Full:
            break;
        }
        if (*stage == DevelopmentStage::Probationary || *stage == DevelopmentStage::Full) {
            const QList<QDate> unpaid = PartyRules::unpaidMonths(m, paid.value(m.id), first.addMonths(-1));
            if (!unpaid.isEmpty()) {
                int run = 0;
                for (QDate expected = first.addMonths(-1); unpaid.contains(expected);
                     expected = expected.addMonths(-1))
                    ++run;
                PartyReviewItem arrears = item;
                arrears.kind = ReviewKind::DuesArrears;
                arrears.dueDate = PartyRules::monthEnd(unpaid.first());
                arrears.count = int(unpaid.size());
                for (const QDate& owed : unpaid)
                    arrears.amount += duesOf(bases.value(m.id), owed, settings.dues);
                arrears.urgency =
                    run >= settings.seriousArrearsMonths ? ReviewUrgency::Overdue : ReviewUrgency::Due;
                arrears.description =
                    tr("%1 owes dues for %n month(s) since %2, %3 yuan.", nullptr, arrears.count)
                        .arg(m.name, unpaid.first().toString(QStringLiteral("yyyy-MM")),
                             PartyRules::formatYuan(arrears.amount));
                if (run >= settings.seriousArrearsMonths)
                    // The separating space is part of the sentence: Chinese sentences follow without one.
                    arrears.description +=
                        tr(" Not paid for %n month(s) in a row: the branch must talk with the member.", nullptr, run);
                add(arrears);
            }
        }
    }

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
            // Only a branch with a committee (or that must have one) holds committee meetings.
            if (info.value == MeetingType::CommitteeMeeting && branch.committeeSize == 0 &&
                branch.fullMembers < settings.committeeMinFullMembers)
                continue;
            const QDate periodStart = PartyRules::periodStart(first, months);
            const QDate periodEnd = PartyRules::periodEnd(first, months);
            const QDate previousStart = periodStart.addMonths(-months);
            const QDate previousEnd = periodStart.addDays(-1);
            PartyReviewItem item;
            item.kind = ReviewKind::MeetingMissing;
            item.record = ReviewRecord::Organisation;
            item.recordId = o.id;
            item.organisationId = o.id;
            item.meetingType = info.value;
            const bool existed = !o.foundingDate.isValid() || o.foundingDate <= previousStart;
            if (existed && !heldIn(o.id, info.value, previousStart, previousEnd)) {
                item.urgency = ReviewUrgency::Overdue;
                item.dueDate = previousEnd;
                item.description =
                    tr("%1: no %2 was held from %3 to %4.")
                        .arg(o.name, enumLabel(info.value), day(previousStart), day(previousEnd));
                add(item);
            }
            if (periodEnd == last && !heldIn(o.id, info.value, periodStart, last) &&
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
        if (PartyRules::branchTooLarge(branch, settings)) {
            size.kind = ReviewKind::BranchTooLarge;
            size.count = branch.members;
            size.description =
                tr("%1 has %2 members; a branch generally has at most %3: consider dividing it.")
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

    // Transfers pending at the month's end.
    for (const RelationTransfer& t : PartyActivityRepository(m_db).transfers()) {
        if (t.letterDate > last || (t.completedDate.isValid() && t.completedDate <= last))
            continue;
        if (!inScope(t.organisationId))
            continue;
        PartyReviewItem item;
        item.kind = ReviewKind::TransferPending;
        item.record = ReviewRecord::Transfer;
        item.recordId = t.id;
        item.transferId = t.id;
        item.memberId = t.memberId;
        item.memberName = t.memberName;
        item.organisationId = t.organisationId;
        item.dueDate = t.letterDate.addDays(settings.transferLetterDays);
        item.urgency = item.dueDate <= last ? ReviewUrgency::Overdue : ReviewUrgency::Due;
        item.description = t.direction == TransferDirection::Out
                               ? tr("Transfer of %1 out to %2 (letter %3 of %4) is not completed.")
                                     .arg(t.memberName, t.otherUnit, t.letterNumber, day(t.letterDate))
                               : tr("Transfer of %1 in from %2 (letter %3 of %4) is not completed.")
                                     .arg(t.memberName, t.otherUnit, t.letterNumber, day(t.letterDate));
        add(item);
    }

    // Sites: coverage, own branches, work teams and first secretaries (sites with residents only).
    QHash<qint64, QList<SiteAssignment>> assignments;
    for (const SiteAssignment& a : PartyActivityRepository(m_db).assignments())
        assignments[a.siteId].append(a);
    const auto hasCurrent = [&](qint64 siteId, AssignmentKind kind, QDate on) {
        const QList<SiteAssignment> atSite = assignments.value(siteId);
        return std::any_of(atSite.cbegin(), atSite.cend(),
                           [&](const SiteAssignment& a) { return a.kind == kind && a.isCurrentOn(on); });
    };
    for (const SiteCoverage& site : organisations.siteCoverage(last, members)) {
        if (site.residents == 0)
            continue;
        if (organisationId > 0 && std::none_of(orgs.cbegin(), orgs.cend(), [&](const Organisation& o) {
                return inScope(o.id) && o.siteIds.contains(site.siteId);
            }))
            continue;
        PartyReviewItem item;
        item.record = ReviewRecord::Site;
        item.recordId = site.siteId;
        item.siteId = site.siteId;
        item.urgency = ReviewUrgency::Overdue;
        item.dueDate = last;
        item.siteName = siteNames.value(site.siteId);
        if (!site.covered) {
            item.kind = ReviewKind::SiteNotCovered;
            item.count = site.residents;
            item.description = tr("%1 (%2 residents) is covered by no party organisation.")
                                   .arg(item.siteName)
                                   .arg(site.residents);
            add(item);
        } else if (PartyRules::needsOwnBranch(site, settings)) {
            item.kind = ReviewKind::SiteNeedsOwnBranch;
            item.count = site.residents;
            item.description =
                tr("%1 has %2 residents and %3 full members: it must form its own party branch.")
                    .arg(item.siteName)
                    .arg(site.residents)
                    .arg(site.fullMembers);
            add(item);
        }
        for (AssignmentKind kind : {AssignmentKind::WorkTeam, AssignmentKind::FirstSecretary}) {
            if (hasCurrent(site.siteId, kind, last))
                continue;
            item.kind = kind == AssignmentKind::WorkTeam ? ReviewKind::SiteWithoutWorkTeam
                                                         : ReviewKind::SiteWithoutFirstSecretary;
            item.count = site.residents;
            item.urgency = hasCurrent(site.siteId, kind, first) ? ReviewUrgency::Due : ReviewUrgency::Overdue;
            item.description =
                kind == AssignmentKind::WorkTeam
                    ? tr("%1 has no work team serving on %2.").arg(item.siteName, day(last))
                    : tr("%1 has no first secretary serving on %2.").arg(item.siteName, day(last));
            add(item);
        }
    }

    std::stable_sort(items.begin(), items.end(), [](const PartyReviewItem& a, const PartyReviewItem& b) {
        if (a.urgency != b.urgency)
            return a.urgency == ReviewUrgency::Overdue;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.recordId < b.recordId;
    });
    return items;
}

} // namespace anju
