#include "party/OrganisationRepository.h"

#include "access/Permissions.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyMemberLoader.h"
#include "registry/SiteRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace anju::party {

namespace {

constexpr char OrganisationColumns[] = "id, kind, name, parent_id, secretary_member_id, instructor_name,"
                                       " instructor_unit, founding_date, dissolved_date, row_version,"
                                       " secretary_standing_reason";

Organisation readOrganisation(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.kind = enumFromKey<OrganisationKind>(q.value(1).toString()).value_or(OrganisationKind::Branch);
    o.name = q.value(2).toString();
    o.parentId = q.value(3).toLongLong();
    o.secretaryMemberId = q.value(4).toLongLong();
    o.instructorName = q.value(5).toString();
    o.instructorUnit = q.value(6).toString();
    o.foundingDate = dateFrom(q.value(7));
    o.dissolvedDate = dateFrom(q.value(8));
    o.rowVersion = q.value(9).toInt();
    o.secretaryStandingReason = q.value(10).toString();
    return o;
}

bool existsOn(const Organisation& o, QDate day)
{
    if (!day.isValid())
        return true;
    return (!o.foundingDate.isValid() || o.foundingDate <= day) &&
           (!o.dissolvedDate.isValid() || o.dissolvedDate > day);
}

// Rows of a dated link table (organisation, other id) in force on a day (end date excluded).
QHash<qint64, QList<qint64>> linksOn(const Database& db, const char* table, const char* column, QDate day)
{
    QHash<qint64, QList<qint64>> links;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organisation_id, %1 FROM %2 WHERE start_date <= ?"
                             " AND (end_date IS NULL OR end_date > ?) ORDER BY organisation_id, id")
                  .arg(QLatin1String(column), QLatin1String(table)));
    q.addBindValue(sqlDate(day));
    q.addBindValue(sqlDate(day));
    if (q.exec()) {
        while (q.next())
            links[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    }
    return links;
}

// The counts of members on a day, per organisation, from the dated histories.
QHash<qint64, StageCounts> countsOn(const Database& db, QDate day)
{
    QHash<qint64, StageCounts> counts;
    for (const PartyMember& m : PartyMemberLoader(db).load({}, {}, true)) {
        const qint64 org = m.organisationOn(day);
        const auto stage = m.stageOn(day);
        if (org != 0 && stage && m.isInGoodStandingOn(day))
            ++counts[org].byStage[static_cast<int>(*stage)];
    }
    return counts;
}

} // namespace

int StageCounts::total() const
{
    int sum = 0;
    for (int n : byStage)
        sum += n;
    return sum;
}

StageCounts& StageCounts::operator+=(const StageCounts& other)
{
    for (size_t i = 0; i < byStage.size(); ++i)
        byStage[i] += other.byStage[i];
    return *this;
}

QList<Organisation> OrganisationRepository::organisations(QDate asOf) const
{
    QList<Organisation> all;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM party_organisations ORDER BY name, id")
                        .arg(QLatin1String(OrganisationColumns))))
            return all;
        while (q.next()) {
            Organisation o = readOrganisation(q);
            if (existsOn(o, asOf))
                all.append(o);
        }
    }
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    const auto sites = linksOn(m_db, "party_organisation_sites", "site_id", day);
    const auto seats = linksOn(m_db, "party_committee_seats", "member_id", day);
    for (Organisation& o : all) {
        o.siteIds = sites.value(o.id);
        o.committeeMemberIds = seats.value(o.id);
    }

    // Tree order: each organisation followed by the ones under it (a parent missing on the day makes a top).
    QHash<qint64, QList<int>> children;
    QList<int> tops;
    QHash<qint64, int> byId;
    for (int i = 0; i < all.size(); ++i)
        byId.insert(all[i].id, i);
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].parentId != 0 && byId.contains(all[i].parentId))
            children[all[i].parentId].append(i);
        else
            tops.append(i);
    }
    QList<Organisation> ordered;
    QList<int> stack(tops.rbegin(), tops.rend());
    QSet<int> done;
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        if (done.contains(i))
            continue;
        done.insert(i);
        ordered.append(all[i]);
        const QList<int>& kids = children.value(all[i].id);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.append(*it);
    }
    return ordered;
}

std::optional<Organisation> OrganisationRepository::organisation(qint64 id) const
{
    for (const Organisation& o : organisations())
        if (o.id == id)
            return o;
    return std::nullopt;
}

QList<OrganisationNode> OrganisationRepository::tree(QDate asOf) const
{
    // Nothing of the party records for a role that may not read them (checked where they are read).
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return {};
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    const QList<Organisation> orgs = organisations(day);
    const QHash<qint64, StageCounts> counts = countsOn(m_db, day);

    const QHash<qint64, QString> siteNames = registry::SiteRepository(m_db).names();

    QList<OrganisationNode> nodes;
    QHash<qint64, int> byId;
    for (const Organisation& o : orgs) {
        OrganisationNode node;
        node.organisation = o;
        const auto parent = byId.constFind(o.parentId);
        node.depth = parent == byId.constEnd() ? 0 : nodes[*parent].depth + 1;
        node.own = counts.value(o.id);
        node.subtree = node.own;
        for (qint64 siteId : o.siteIds)
            node.siteNames.append(siteNames.value(siteId));
        byId.insert(o.id, int(nodes.size()));
        nodes.append(node);
    }
    // Children come after their parent: add each subtree to its ancestors from the bottom up.
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        const auto parent = byId.constFind(nodes[i].organisation.parentId);
        if (parent != byId.constEnd() && *parent < i)
            nodes[*parent].subtree += nodes[i].subtree;
    }
    return nodes;
}

QList<qint64> OrganisationRepository::subtreeIds(qint64 organisationId) const
{
    QHash<qint64, QList<qint64>> children;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, parent_id FROM party_organisations")))
        while (q.next())
            children[q.value(1).toLongLong()].append(q.value(0).toLongLong());
    QList<qint64> ids{organisationId};
    for (int i = 0; i < ids.size(); ++i) {
        for (qint64 child : children.value(ids[i]))
            if (!ids.contains(child))
                ids.append(child);
    }
    return ids;
}

BranchCounts OrganisationRepository::branchCounts(qint64 organisationId, QDate asOf) const
{
    BranchCounts counts;
    const StageCounts stages = countsOn(m_db, asOf).value(organisationId);
    counts.fullMembers = stages.of(DevelopmentStage::Full);
    counts.members = stages.partyMembers();
    counts.committeeSize =
        int(linksOn(m_db, "party_committee_seats", "member_id", asOf).value(organisationId).size());
    return counts;
}

QList<qint64> OrganisationRepository::organisationsCovering(qint64 siteId, QDate asOf) const
{
    QList<qint64> ids;
    const auto sites = linksOn(m_db, "party_organisation_sites", "site_id", asOf);
    for (auto it = sites.cbegin(); it != sites.cend(); ++it)
        if (it.value().contains(siteId))
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<SiteCoverage> OrganisationRepository::siteCoverage(QDate asOf) const
{
    return siteCoverage(asOf,
                        PartyMemberLoader(m_db).load(QStringLiteral("m.person_id IS NOT NULL"), {}, true));
}

QList<SiteCoverage> OrganisationRepository::siteCoverage(QDate asOf,
                                                         const QList<PartyMember>& allMembers) const
{
    QList<SiteCoverage> result;
    QHash<qint64, int> index;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM sites ORDER BY code")))
            return result;
        while (q.next()) {
            SiteCoverage site;
            site.siteId = q.value(0).toLongLong();
            index.insert(site.siteId, int(result.size()));
            result.append(site);
        }
    }
    // Residents on the day: the stays in households (memberships) that cover it. Today and later, the
    // households' registered-member counts (kept by triggers on SQLite) say the same from 4 times fewer rows.
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (asOf >= QDate::currentDate() && m_db.dialect().engine() == SqlDialect::Engine::Sqlite) {
            q.prepare(
                QStringLiteral("SELECT site_id, SUM(member_count) FROM households WHERE state = 'active'"
                               " GROUP BY site_id"));
        } else {
            q.prepare(QStringLiteral("SELECT h.site_id, COUNT(*) FROM memberships ms"
                                     " JOIN households h ON h.id = ms.household_id"
                                     " WHERE (ms.start_date IS NULL OR ms.start_date <= ?)"
                                     " AND (ms.end_date IS NULL OR ms.end_date > ?) GROUP BY h.site_id"));
            q.addBindValue(sqlDate(asOf));
            q.addBindValue(sqlDate(asOf));
        }
        if (q.exec())
            while (q.next())
                if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
                    result[*it].residents = q.value(1).toInt();
    }
    // Full members who are residents, by the site of their household on the day.
    QHash<qint64, qint64> siteOfPerson;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.id, h.site_id FROM party_members m"
                                 " JOIN memberships ms ON ms.person_id = m.person_id"
                                 " JOIN households h ON h.id = ms.household_id"
                                 " WHERE (ms.start_date IS NULL OR ms.start_date <= ?)"
                                 " AND (ms.end_date IS NULL OR ms.end_date > ?)"));
        q.addBindValue(sqlDate(asOf));
        q.addBindValue(sqlDate(asOf));
        if (q.exec())
            while (q.next())
                siteOfPerson.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    for (const PartyMember& m : allMembers) {
        const auto site = siteOfPerson.constFind(m.id);
        if (site == siteOfPerson.constEnd() || m.stageOn(asOf) != DevelopmentStage::Full ||
            !m.isInGoodStandingOn(asOf))
            continue;
        if (const auto it = index.constFind(*site); it != index.constEnd())
            ++result[*it].fullMembers;
    }
    // Coverage by organisations existing on the day. The site's own organisation is any that covers this
    // site alone: a 党支部, or for a large site its own 总支 or 党委 (with the branches under it). A
    // 联合党支部 is joint by definition (its other units need not be sites on file), so it is never the
    // site's own.
    QHash<qint64, Organisation> orgs;
    for (const Organisation& o : organisations(asOf))
        orgs.insert(o.id, o);
    const auto sites = linksOn(m_db, "party_organisation_sites", "site_id", asOf);
    for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
        const auto org = orgs.constFind(it.key());
        if (org == orgs.constEnd())
            continue;
        for (qint64 siteId : it.value()) {
            const auto at = index.constFind(siteId);
            if (at == index.constEnd())
                continue;
            result[*at].covered = true;
            if (org->kind != OrganisationKind::JointBranch && it.value().size() == 1)
                result[*at].hasOwnOrganisation = true;
        }
    }
    return result;
}

} // namespace anju::party
