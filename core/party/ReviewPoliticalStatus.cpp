#include "party/PartyReviewMonth.h"

#include "party/PoliticalStatusSync.h"

namespace anju::party {

void PartyReviewMonth::politicalStatus()
{
    // The register keeps only today's 政治面貌: these rows compare today's records in any month reviewed.
    for (const PoliticalStatusMismatch& m : PoliticalStatusSync(m_db).mismatches()) {
        PartyReviewItem item;
        item.kind = ReviewKind::PoliticalStatusMismatch;
        item.urgency = ReviewUrgency::Due;
        item.dueDate = last;
        item.personId = m.personId;
        item.memberName = m.name;
        item.siteId = m.siteId;
        if (m.memberId) {
            if (!inScope(m.organisationId))
                continue;
            item.record = ReviewRecord::Member;
            item.recordId = m.memberId;
            item.memberId = m.memberId;
            item.organisationId = m.organisationId;
            item.description = tr("The party records say %1 is %2; the household register says %3.")
                                   .arg(m.name, enumLabel(*m.stage), enumLabel(m.registered));
        } else {
            // No record to scope by: shown for the whole office, or where a scoped organisation covers the
            // site.
            bool covered = organisationId <= 0;
            for (auto o = orgs.cbegin(); !covered && o != orgs.cend(); ++o)
                covered = inScope(o.key()) && o->siteIds.contains(m.siteId);
            if (!covered)
                continue;
            item.record = ReviewRecord::Person;
            item.recordId = m.personId;
            item.description =
                tr("The household register says %1 is %2, but there is no party record of them.")
                    .arg(m.name, enumLabel(m.registered));
        }
        add(item);
    }
}

} // namespace anju::party
