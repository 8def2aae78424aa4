#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 2: the configurable site rules of DOMAIN.md, as defaults an office can change in settings.
QStringList siteRuleDefaults()
{
    return {
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('rule.service_center_min_residents', '800')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.own_branch_min_residents', '500')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.own_branch_min_full_members', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('rule.five_connections_min_households', '30')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.garden_min_area_m2', '20')"),
    };
}

} // namespace

Migration v002SiteRules()
{
    return Migration::portable(2, "configurable site rules with their defaults", siteRuleDefaults());
}

} // namespace anju
