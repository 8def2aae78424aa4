#pragma once

#include "domain/Site.h"

#include <QHash>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// Reads sites, buildings, units and dwellings.
class SiteRepository
{
public:
    explicit SiteRepository(const Database& db) : m_db(db) {}

    QList<Site> sites() const; // ordered by code
    std::optional<Site> site(qint64 id) const;
    // Every site's name by id, for lists that name the site of each row.
    QHash<qint64, QString> names() const;
    std::optional<Site> siteByCode(const QString& code) const;
    QList<Building> buildings(qint64 siteId) const; // in natural order of their names
    std::optional<Building> building(qint64 id) const;
    QList<BuildingUnit> units(qint64 buildingId) const;
    QList<Dwelling> dwellings(qint64 unitId) const;
    // Site, building, unit and room of a dwelling; only siteId/siteName set when dwellingId is 0.
    Address address(qint64 siteId, qint64 dwellingId) const;
    int residentCount(qint64 siteId) const; // active persons in active households of the site

private:
    const Database& m_db;
};

} // namespace anju::registry
