#include "party/PartyReviewMonth.h"

#include "party/LeavingRules.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyRules.h"

namespace anju::party {

// 党章 第三十八条: six months in a row without organisational life, without good reason. The window is the
// six calendar months ending with the reviewed month; what counts is LeavingRules::lapsedOrganisationalLife.
void PartyReviewMonth::organisationalLife()
{
    const QDate from = LeavingRules::lapseWindowStart(first);
    const QList<Meeting> meetings = PartyActivityRepository(m_db).meetings(0, from, last);
    if (meetings.isEmpty())
        return;
    for (const MemberAtEnd& at : std::as_const(membersAtEnd)) {
        if (!inScope(at.organisationId))
            continue;
        OrganisationalLife life;
        if (!LeavingRules::lapsedOrganisationalLife(at.member, meetings, first, &life))
            continue;
        PartyReviewItem item = memberItem(at);
        item.kind = ReviewKind::NoOrganisationalLife;
        item.urgency = ReviewUrgency::Overdue;
        item.dueDate = last;
        item.count = life.meetingsExpected;
        item.removalCase = true;
        item.description =
            tr("%1 attended none of the %n meeting(s) of the branch from %2 to %3, not all with a recorded "
               "reason: six months without organisational life and without good reason is leaving the party "
               "of one's own accord, and the branch general meeting should decide on removal.",
               nullptr, life.meetingsExpected)
                .arg(at.member.name, day(from), day(last));
        add(item);
    }
}

// 支部工作条例: a branch secretary normally has a year of party standing. Listed until an exception is
// recorded with the organisation (its reason).
void PartyReviewMonth::secretaries()
{
    for (const Organisation& o : std::as_const(orgs)) {
        if (!o.isBranch() || !inScope(o.id) || o.secretaryMemberId == 0 ||
            !o.secretaryStandingReason.trimmed().isEmpty())
            continue;
        const auto secretary = std::find_if(members.cbegin(), members.cend(), [&](const PartyMember& m) {
            return m.id == o.secretaryMemberId;
        });
        if (secretary == members.cend() || !LeavingRules::secretaryStandingShort(*secretary, last))
            continue;
        PartyReviewItem item;
        item.kind = ReviewKind::SecretaryStandingShort;
        item.record = ReviewRecord::Organisation;
        item.recordId = o.id;
        item.organisationId = o.id;
        item.memberId = secretary->id;
        item.memberName = secretary->name;
        item.urgency = ReviewUrgency::Due;
        item.dueDate = last;
        const QDate since = PartyRules::fullMemberSince(*secretary);
        item.description =
            since.isValid()
                ? tr("%1: the secretary %2 has been a full member since %3, under a year; record why if it "
                     "stays so.")
                      .arg(o.name, secretary->name, day(since))
                : tr("%1: the secretary %2 is not a full member; record why if it stays so.")
                      .arg(o.name, secretary->name);
        add(item);
    }
}

} // namespace anju::party
