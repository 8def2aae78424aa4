#include "party/PartyReviewMonth.h"

#include "party/PartyActivityRepository.h"
#include "party/PartyRules.h"
#include "party/SiteTeams.h"
#include "registry/SiteRepository.h"

#include <algorithm>

namespace anju::party {

void PartyReviewMonth::sites()
{
    // Sites: coverage, own branches, work teams and first secretaries (sites with residents only).
    // A site is served by a team or first secretary sent to it, or to its village or community.
    const QList<SiteAssignment> assignments = PartyActivityRepository(m_db).assignments();
    QHash<qint64, QString> villages;
    for (const Site& site : registry::SiteRepository(m_db).sites())
        villages.insert(site.id, SiteTeams::villageOf(site));
    const auto hasCurrent = [&](qint64 siteId, AssignmentKind kind, QDate on) {
        return SiteTeams::serving(assignments, siteId, villages, kind, on) != nullptr;
    };
    for (const SiteCoverage& site : OrganisationRepository(m_db).siteCoverage(last, members)) {
        if (!SiteTeams::needsTeams(site.residents)) // the site teams panel counts by the same rule
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
            item.description = tr("%1 has %2 residents and %3 full members: it needs a party organisation of "
                                  "its own (a branch, a general branch or a party committee "
                                  "covering this site alone).")
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
}

} // namespace anju::party
