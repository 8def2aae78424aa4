#include "party/PartyReviewMonth.h"

#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "registry/SiteRepository.h"

#include <algorithm>

namespace anju::party {

namespace {

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

} // namespace

PartyReviewMonth::PartyReviewMonth(const Database& db, QDate month, qint64 organisationId)
    : m_db(db), first(PartyRules::monthStart(month)), last(PartyRules::monthEnd(month)),
      organisationId(organisationId), settings(PartySettings::load(db))
{
    OrganisationRepository organisations(m_db);
    if (organisationId > 0)
        scope = organisations.subtreeIds(organisationId);
    for (const Organisation& o : organisations.organisations(last))
        orgs.insert(o.id, o);
    siteNames = registry::SiteRepository(m_db).names();
    members = PartyMemberRepository(m_db).allMembers();
    for (const PartyMember& stored : std::as_const(members)) {
        const PartyMember m = asOf(stored, last);
        const auto stage = m.stageOn(last);
        if (!stage || !m.isInGoodStandingOn(last))
            continue;
        const qint64 org = m.organisationOn(last);
        // 党龄 counts from the end of probation: a conversion recorded after the month for a probation
        // that ended in it makes the member full in the month's branch sizes, as in the summary's figures;
        // the steps still to take (the conversion due) are judged from the record as it stood.
        const DevelopmentStage counted = stored.stageOn(last).value_or(*stage);
        ++counts[org].byStage[static_cast<int>(counted)];
        membersAtEnd.append({m, org, *stage});
    }
}

QString PartyReviewMonth::day(QDate date)
{
    return date.toString(Qt::ISODate);
}

ReviewUrgency PartyReviewMonth::urgencyOf(QDate due, QDate monthStart)
{
    return due < monthStart ? ReviewUrgency::Overdue : ReviewUrgency::Due;
}

bool PartyReviewMonth::inScope(qint64 orgId) const
{
    return organisationId <= 0 || scope.contains(orgId);
}

void PartyReviewMonth::add(PartyReviewItem item)
{
    if (item.organisationId && item.organisationName.isEmpty())
        item.organisationName = orgs.value(item.organisationId).name;
    if (item.siteId && item.siteName.isEmpty())
        item.siteName = siteNames.value(item.siteId);
    items.append(item);
}

PartyReviewItem PartyReviewMonth::memberItem(const MemberAtEnd& at) const
{
    PartyReviewItem item;
    item.record = ReviewRecord::Member;
    item.recordId = at.member.id;
    item.memberId = at.member.id;
    item.memberName = at.member.name;
    item.organisationId = at.organisationId;
    item.siteId = at.member.siteId;
    return item;
}

QList<PartyReviewItem> PartyReviewMonth::sortedItems() const
{
    QList<PartyReviewItem> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PartyReviewItem& a, const PartyReviewItem& b) {
        if (a.urgency != b.urgency)
            return a.urgency == ReviewUrgency::Overdue;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.recordId < b.recordId;
    });
    return sorted;
}

} // namespace anju::party
