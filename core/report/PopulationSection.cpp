#include "report/PopulationSection.h"

#include "database/SqlValues.h"

#include <QHash>

namespace anju::report {

namespace {

// The person flows of one site (or of the whole office), this month and the month before.
struct PersonFlows
{
    MonthPair movedIn;
    MonthPair born;
    MonthPair movedOut;
    MonthPair died;
};

void count(MonthPair& pair, bool inMonth)
{
    ++(inMonth ? pair.value : pair.previous);
}

// Joining a household is a move into a site unless the person came from another household of the same
// site (and into the office unless they came from any household of it); a stay with no earlier one
// that starts in the month of birth is a birth.
Outcome readJoins(const ReportContext& context, QHash<qint64, PersonFlows>& bySite, PersonFlows& office)
{
    Result<QSqlQuery> read = context.query(
        QStringLiteral("SELECT h.site_id, m.start_date, p.birth_date,"
                       " (SELECT eh.site_id FROM memberships e JOIN households eh ON eh.id = e.household_id"
                       "  WHERE e.person_id = m.person_id AND e.end_date = m.start_date"
                       "  AND e.end_reason = 'moved_to_household' AND e.id <> m.id)"
                       " FROM memberships m JOIN households h ON h.id = m.household_id JOIN persons p ON "
                       "p.id = m.person_id"
                       " WHERE m.start_date >= :ps AND m.start_date <= :ce ${SITE}"));
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    const QDate monthStart = context.month().first;
    const QDate previousStart = context.previousMonth().first;
    while (q.next()) {
        const qint64 site = q.value(0).toLongLong();
        const bool inMonth = dateFrom(q.value(1)) >= monthStart;
        const bool bornInMonth = dateFrom(q.value(2)) >= (inMonth ? monthStart : previousStart);
        const bool transferred = !q.value(3).isNull();
        const qint64 fromSite = q.value(3).toLongLong();
        if (!transferred) {
            count(bornInMonth ? office.born : office.movedIn, inMonth);
            count(bornInMonth ? bySite[site].born : bySite[site].movedIn, inMonth);
        } else if (fromSite != site) {
            count(bySite[site].movedIn, inMonth);
        }
    }
    return {};
}

// Leaving: moving away and dying end a stay everywhere; moving to a household of another site is a move
// out of this site only.
Outcome readLeaves(const ReportContext& context, QHash<qint64, PersonFlows>& bySite, PersonFlows& office)
{
    Result<QSqlQuery> read = context.query(
        QStringLiteral("SELECT h.site_id, m.end_date, m.end_reason,"
                       " (SELECT nh.site_id FROM memberships n JOIN households nh ON nh.id = n.household_id"
                       "  WHERE n.person_id = m.person_id AND n.start_date = m.end_date AND n.id <> m.id)"
                       " FROM memberships m JOIN households h ON h.id = m.household_id"
                       " WHERE m.end_date >= :ps AND m.end_date <= :ce ${SITE}"));
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    const QDate monthStart = context.month().first;
    while (q.next()) {
        const qint64 site = q.value(0).toLongLong();
        const bool inMonth = dateFrom(q.value(1)) >= monthStart;
        const QString reason = q.value(2).toString();
        if (reason == QLatin1String("deceased")) {
            count(office.died, inMonth);
            count(bySite[site].died, inMonth);
        } else if (reason == QLatin1String("moved_away")) {
            count(office.movedOut, inMonth);
            count(bySite[site].movedOut, inMonth);
        } else if (q.value(3).isNull() || q.value(3).toLongLong() != site) {
            count(bySite[site].movedOut, inMonth);
        }
    }
    return {};
}

struct HouseholdFlows
{
    MonthPair movedIn;
    MonthPair movedOut;
    MonthPair dissolved;
};

Result<HouseholdFlows> readHouseholdFlows(const ReportContext& context)
{
    Result<QSqlQuery> read = context.query(QStringLiteral(
        "SELECT"
        " SUM(CASE WHEN h.relocation_date >= :cs AND h.relocation_date <= :ce THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN h.relocation_date >= :ps AND h.relocation_date <= :pe THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN h.state = 'moved_away' AND h.state_date >= :cs AND h.state_date <= :ce THEN 1 "
        "ELSE 0 END),"
        " SUM(CASE WHEN h.state = 'moved_away' AND h.state_date >= :ps AND h.state_date <= :pe THEN 1 "
        "ELSE 0 END),"
        " SUM(CASE WHEN h.state = 'dissolved' AND h.state_date >= :cs AND h.state_date <= :ce THEN 1 "
        "ELSE 0 END),"
        " SUM(CASE WHEN h.state = 'dissolved' AND h.state_date >= :ps AND h.state_date <= :pe THEN 1 "
        "ELSE 0 END)"
        " FROM households h"
        " WHERE ((h.relocation_date >= :ps AND h.relocation_date <= :ce)"
        " OR (h.state_date >= :ps AND h.state_date <= :ce)) ${SITE}"));
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    // An aggregate always has its row; without one the summary has nothing to say.
    if (!q.next())
        return Outcome::failure(QLatin1String(Field::General), QString());
    HouseholdFlows flows;
    flows.movedIn = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    flows.movedOut = {q.value(2).toLongLong(), q.value(3).toLongLong()};
    flows.dissolved = {q.value(4).toLongLong(), q.value(5).toLongLong()};
    return flows;
}

ReportFigure figure(const char* key, const QString& label, MonthPair pair)
{
    return {QString::fromLatin1(key), label, pair.value, pair.previous};
}

} // namespace

Result<ReportSectionResult> PopulationSection::compute(const ReportContext& context) const
{
    const Result<QList<ReportSite>> read = context.sites();
    if (!read)
        return read;
    const QList<ReportSite>& sites = read.value();
    QHash<qint64, PersonFlows> bySite;
    PersonFlows office;
    if (Outcome joins = readJoins(context, bySite, office); !joins)
        return joins;
    if (Outcome leaves = readLeaves(context, bySite, office); !leaves)
        return leaves;
    const Result<HouseholdFlows> flowsRead = readHouseholdFlows(context);
    if (!flowsRead)
        return flowsRead;
    const HouseholdFlows& households = flowsRead.value();

    MonthPair householdsActive;
    MonthPair peopleActive;
    for (const ReportSite& site : sites) {
        householdsActive.value += site.households.value;
        householdsActive.previous += site.households.previous;
        peopleActive.value += site.people.value;
        peopleActive.previous += site.people.previous;
    }
    // One site: moves between its households are no moves at all; moves from other sites are.
    const PersonFlows& flows = context.wholeOffice() ? office : bySite.value(context.siteId());

    ReportSectionResult result = started();
    result.figures = {
        figure("households_active", tr("Households registered at month end"), householdsActive),
        figure("households_moved_in", tr("Households moved in"), households.movedIn),
        figure("households_moved_out", tr("Households moved away"), households.movedOut),
        figure("households_dissolved", tr("Households dissolved"), households.dissolved),
        figure("people_active", tr("People registered at month end"), peopleActive),
        figure("people_moved_in", tr("People moved in"), flows.movedIn),
        figure("people_born", tr("People born"), flows.born),
        figure("people_moved_out", tr("People moved out"), flows.movedOut),
        figure("people_died", tr("People deceased"), flows.died),
    };

    if (context.wholeOffice()) {
        ReportTable table;
        table.key = QStringLiteral("by_site");
        table.title = tr("By site");
        table.columns = {{QStringLiteral("site_code"), tr("Site code")},
                         {QStringLiteral("site_name"), tr("Site")},
                         {QStringLiteral("households_active"), tr("Households")},
                         {QStringLiteral("people_active"), tr("People")},
                         {QStringLiteral("people_moved_in"), tr("Moved in")},
                         {QStringLiteral("people_born"), tr("Born")},
                         {QStringLiteral("people_moved_out"), tr("Moved out")},
                         {QStringLiteral("people_died"), tr("Deceased")}};
        for (const ReportSite& site : sites) {
            const PersonFlows f = bySite.value(site.id);
            table.rows.append({site.code, site.name, site.households.value, site.people.value,
                               f.movedIn.value, f.born.value, f.movedOut.value, f.died.value});
        }
        result.tables.append(table);
    }
    return result;
}

} // namespace anju::report
