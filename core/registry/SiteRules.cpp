#include "registry/SiteRules.h"

#include "database/Database.h"
#include "domain/Enums.h"

namespace anju::registry {

SiteRules SiteRules::load(const Database& db)
{
    SiteRules rules;
    const auto number = [&db](const char* key, int fallback) {
        bool ok = false;
        const int value = db.setting(QLatin1String(key)).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    rules.serviceCentreMinResidents =
        number("rule.service_center_min_residents", rules.serviceCentreMinResidents);
    rules.fiveConnectionsMinHouseholds =
        number("rule.five_connections_min_households", rules.fiveConnectionsMinHouseholds);
    return rules;
}

std::optional<QString> SiteRules::serviceCentreFinding(qint64 residents, const QString& serviceCentre) const
{
    const ServiceCentre has = enumFromKey<ServiceCentre>(serviceCentre).value_or(ServiceCentre::None);
    if (residents >= serviceCentreMinResidents && has != ServiceCentre::OneStop)
        return tr("%L1 residents need a one-stop service centre (recorded: %2)")
            .arg(residents)
            .arg(enumLabel(has));
    if (has == ServiceCentre::None)
        return tr("Needs at least a service management centre (recorded: %1)").arg(enumLabel(has));
    return std::nullopt;
}

std::optional<QString> SiteRules::fiveConnectionsFinding(qint64 households, bool fiveConnections) const
{
    if (households >= fiveConnectionsMinHouseholds && !fiveConnections)
        return tr("%L1 households: water, power, road, broadband and gas connected, roads hardened, greened "
                  "and lit are not all recorded")
            .arg(households);
    return std::nullopt;
}

QString SiteRules::serviceCentreRuleName()
{
    return tr("Service centre");
}

QString SiteRules::fiveConnectionsRuleName()
{
    return tr("Five connections, three improvements");
}

} // namespace anju::registry
