#include "party/SiteTeams.h"

#include "access/Permissions.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyRules.h"
#include "registry/SiteRepository.h"

#include <QHash>

namespace anju::party {

const SiteAssignment* SiteTeams::current(const QList<SiteAssignment>& all, qint64 siteId, AssignmentKind kind,
                                         QDate day)
{
    for (const SiteAssignment& a : all) {
        if (a.siteId == siteId && a.kind == kind && a.isCurrentOn(day))
            return &a;
    }
    return nullptr;
}

QString SiteTeams::villageOf(const Site& site)
{
    const QString community = site.community.trimmed();
    if (community.isEmpty())
        return {};
    return site.countyCode + QLatin1Char('\x1f') + site.township.trimmed() + QLatin1Char('\x1f') + community;
}

const SiteAssignment* SiteTeams::serving(const QList<SiteAssignment>& all, qint64 siteId,
                                         const QHash<qint64, QString>& villages, AssignmentKind kind,
                                         QDate day)
{
    if (const SiteAssignment* own = current(all, siteId, kind, day))
        return own;
    const QString village = villages.value(siteId);
    if (village.isEmpty())
        return nullptr;
    for (const SiteAssignment& a : all) {
        if (a.coversVillage && a.kind == kind && a.isCurrentOn(day) && villages.value(a.siteId) == village)
            return &a;
    }
    return nullptr;
}

Result<SiteTeams> SiteTeams::on(const Database& db, QDate day)
{
    if (Outcome allowed = Permissions::require(db, Action::ReadParty); !allowed)
        return allowed;
    const QList<SiteAssignment> all = PartyActivityRepository(db).assignments(0);
    QHash<qint64, int> residents;
    for (const SiteCoverage& c : OrganisationRepository(db).siteCoverage(day))
        residents.insert(c.siteId, c.residents);
    const QList<Site> sites = registry::SiteRepository(db).sites();
    QHash<qint64, QString> villages;
    for (const Site& site : sites)
        villages.insert(site.id, villageOf(site));
    SiteTeams teams;
    for (const Site& site : sites) {
        SiteTeamRow row;
        row.siteId = site.id;
        row.siteName = site.name;
        row.residents = residents.value(site.id);
        if (const SiteAssignment* a = serving(all, site.id, villages, AssignmentKind::WorkTeam, day))
            row.workTeam = *a;
        if (const SiteAssignment* a = serving(all, site.id, villages, AssignmentKind::FirstSecretary, day))
            row.firstSecretary = *a;
        if (needsTeams(row.residents)) {
            teams.withoutWorkTeam += row.workTeam ? 0 : 1;
            teams.withoutFirstSecretary += row.firstSecretary ? 0 : 1;
        }
        teams.rows.append(row);
    }
    return teams;
}

} // namespace anju::party
