#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// The configurable site rules of DOMAIN.md (thresholds stored in settings, defaults from migration 2):
// which service centre a site needs for its residents, and when it must meet 五通三化.
class SiteRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::SiteRules)

public:
    int serviceCentreMinResidents = 800;
    int fiveConnectionsMinHouseholds = 30;

    static SiteRules load(const Database& db);

    // What is wrong, in the user's language, or nothing. `serviceCentre` is the stored ServiceCentre key.
    std::optional<QString> serviceCentreFinding(qint64 residents, const QString& serviceCentre) const;
    std::optional<QString> fiveConnectionsFinding(qint64 households, bool fiveConnections) const;

    static QString serviceCentreRuleName();
    static QString fiveConnectionsRuleName();
};

} // namespace anju::registry
