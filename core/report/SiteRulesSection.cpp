#include "report/SiteRulesSection.h"

#include "database/Database.h"
#include "registry/SiteRules.h"

namespace anju::report {

Result<ReportSectionResult> SiteRulesSection::compute(const ReportContext& context) const
{
    const Result<QList<ReportSite>> sites = context.sites();
    if (!sites)
        return sites;
    const registry::SiteRules rules = registry::SiteRules::load(context.db());

    MonthPair occupied;
    MonthPair serviceCentre;
    MonthPair fiveConnections;
    ReportTable table;
    table.key = QStringLiteral("violations");
    table.title = tr("Rules broken at month end");
    table.columns = {{QStringLiteral("site_code"), tr("Site code")},
                     {QStringLiteral("site_name"), tr("Site")},
                     {QStringLiteral("rule"), tr("Rule")},
                     {QStringLiteral("people_active"), tr("People")},
                     {QStringLiteral("households_active"), tr("Households")},
                     {QStringLiteral("finding"), tr("Finding")}};
    for (const ReportSite& site : sites.value()) {
        for (const bool now : {true, false}) {
            const qint64 people = now ? site.people.value : site.people.previous;
            const qint64 households = now ? site.households.value : site.households.previous;
            if (households == 0)
                continue; // nobody lives there (yet or any more): no rule applies
            const auto bump = [now](MonthPair& pair) { ++(now ? pair.value : pair.previous); };
            bump(occupied);
            const std::optional<QString> centre = rules.serviceCentreFinding(people, site.serviceCentre);
            const std::optional<QString> roads =
                rules.fiveConnectionsFinding(households, site.fiveConnections);
            if (centre)
                bump(serviceCentre);
            if (roads)
                bump(fiveConnections);
            if (!now)
                continue;
            if (centre)
                table.rows.append({site.code, site.name, registry::SiteRules::serviceCentreRuleName(), people,
                                   households, *centre});
            if (roads)
                table.rows.append({site.code, site.name, registry::SiteRules::fiveConnectionsRuleName(),
                                   people, households, *roads});
        }
    }
    ReportSectionResult result = started();
    result.figures = {
        {QStringLiteral("sites_occupied"), tr("Sites with registered households"), occupied.value,
         occupied.previous},
        {QStringLiteral("sites_service_centre_missing"), tr("Sites without the service centre they need"),
         serviceCentre.value, serviceCentre.previous},
        {QStringLiteral("sites_five_connections_missing"),
         tr("Sites short of the required five connections and three improvements"), fiveConnections.value,
         fiveConnections.previous},
    };
    result.tables.append(table);
    return result;
}

} // namespace anju::report
