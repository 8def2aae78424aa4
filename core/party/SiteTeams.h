#pragma once

#include "domain/Violation.h"
#include "party/PartyTypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace anju {
class Database;
struct Site;
} // namespace anju

namespace anju::party {

// Each site with the work team 驻村工作队 and first secretary 第一书记 serving it on a day.
struct SiteTeamRow
{
    qint64 siteId = 0;
    QString siteName;
    int residents = 0; // on the day
    std::optional<SiteAssignment> workTeam; // sent to the site, or to its village or community
    std::optional<SiteAssignment> firstSecretary;
};

// Which sites lack a work team or a first secretary. The rule is the party review's: a site counts
// once it has residents (an empty site needs neither); the site teams panel shows every site but
// counts as the review does.
struct SiteTeams
{
    QList<SiteTeamRow> rows; // every site, by code
    int withoutWorkTeam = 0;
    int withoutFirstSecretary = 0;

    static Result<SiteTeams> on(const Database& db, QDate day = QDate::currentDate());
    static bool needsTeams(int residents) { return residents > 0; }
    // The assignment of `kind` sent to the site itself and serving on the day, if any.
    static const SiteAssignment* current(const QList<SiteAssignment>& all, qint64 siteId, AssignmentKind kind,
                                         QDate day);
    // Where a site lies for the teams sent to villages and communities (第一书记 are sent to villages and
    // communities, work teams cover "安置点或所在村"): county, township and village or community; empty
    // when the site names none.
    static QString villageOf(const Site& site);
    // The assignment of `kind` serving the site on the day: sent to the site, or (covers_village) sent to
    // another site's village or community that is the site's own. `villages` holds villageOf() by site id.
    static const SiteAssignment* serving(const QList<SiteAssignment>& all, qint64 siteId,
                                         const QHash<qint64, QString>& villages, AssignmentKind kind,
                                         QDate day);
};

} // namespace anju::party
