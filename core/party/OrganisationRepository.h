#pragma once

#include "party/PartyRules.h"
#include "party/PartyTypes.h"

#include <QList>

#include <array>
#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Members by development stage (probationary and full counted only in a normal or mobile state;
// applicants, activists and targets likewise).
struct StageCounts
{
    std::array<int, 5> byStage{}; // indexed by DevelopmentStage
    int of(DevelopmentStage stage) const { return byStage[static_cast<int>(stage)]; }
    int total() const;
    int partyMembers() const { return of(DevelopmentStage::Probationary) + of(DevelopmentStage::Full); }
    StageCounts& operator+=(const StageCounts& other);
};

// One organisation of the branch tree, with its counts at a day.
struct OrganisationNode
{
    Organisation organisation;
    int depth = 0;         // 0 for top organisations; the list is in tree order (parent before children)
    StageCounts own;       // members of this organisation itself
    StageCounts subtree;   // with every organisation below it
    QStringList siteNames; // the sites it covers, by code
};

// Reads organisations, the sites they cover and the coverage of every site.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(const Database& db) : m_db(db) {}

    // Organisations existing on `asOf` (all when asOf is null), in tree order.
    QList<Organisation> organisations(QDate asOf = {}) const;
    std::optional<Organisation> organisation(qint64 id) const;
    // The tree with counts by stage on `asOf` (dated history: branch stays, stage steps and states).
    QList<OrganisationNode> tree(QDate asOf) const;
    // Ids of `organisationId` and every organisation below it.
    QList<qint64> subtreeIds(qint64 organisationId) const;
    // Members, full members and committee size of a branch on a day.
    BranchCounts branchCounts(qint64 organisationId, QDate asOf) const;
    // Every site with its residents, resident full members and coverage on a day, by site code.
    QList<SiteCoverage> siteCoverage(QDate asOf) const;
    // The same with every member already loaded with histories (the review has them: no second read).
    QList<SiteCoverage> siteCoverage(QDate asOf, const QList<PartyMember>& allMembers) const;
    // Organisations covering the site on a day.
    QList<qint64> organisationsCovering(qint64 siteId, QDate asOf) const;

private:
    const Database& m_db;
};

} // namespace anju::party
