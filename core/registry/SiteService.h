#pragma once

#include "domain/Site.h"
#include "domain/Violation.h"

#include <QCoreApplication>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// Creates and edits sites, buildings, units and dwellings, each in one transaction, after the rules.
class SiteService
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::SiteService)

public:
    explicit SiteService(const Database& db) : m_db(db) {}

    static Outcome validate(const Site& site);
    static Outcome validate(const Building& building);

    // Inserts when id is 0, else updates (refused when rowVersion is stale).
    Result<Site> saveSite(const Site& site);
    // Inserts or updates a building; a new building gets `unitCount` units named 1..N.
    Result<Building> saveBuilding(const Building& building, int unitCount = 0);
    // The dwelling with that room in the unit, created when missing.
    Result<Dwelling> ensureDwelling(qint64 unitId, const QString& room, double floorArea = 0);

private:
    const Database& m_db;
};

} // namespace anju::registry
