#include "party/BranchStageFigures.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "party/PartyRules.h"

#include <QSet>

#include <algorithm>

namespace anju::party {

Result<QList<BranchStages>> BranchStageFigures::atMonthEnd(const Database& db, QDate month, qint64 siteId)
{
    const Outcome allowed = Permissions::requireSiteOrWholeOffice(db, Action::ReadParty, siteId);
    if (!allowed)
        return allowed;
    const QDate last = PartyRules::monthEnd(month);
    const QList<OrganisationNode> tree = OrganisationRepository(db).tree(last);

    // The tree lists a parent before its children: one pass takes in whatever lies under a covering one.
    QSet<qint64> inScope;
    for (const OrganisationNode& node : tree) {
        const Organisation& o = node.organisation;
        if (siteId == 0 || o.siteIds.contains(siteId) || inScope.contains(o.parentId))
            inScope.insert(o.id);
    }
    QList<BranchStages> branches;
    for (const OrganisationNode& node : tree) {
        if (node.organisation.isBranch() && inScope.contains(node.organisation.id))
            branches.append({node.organisation.id, node.organisation.name, node.subtree});
    }
    std::stable_sort(branches.begin(), branches.end(), [](const BranchStages& a, const BranchStages& b) {
        if (a.members.total() != b.members.total())
            return a.members.total() > b.members.total();
        return a.name < b.name;
    });
    return branches;
}

} // namespace anju::party
