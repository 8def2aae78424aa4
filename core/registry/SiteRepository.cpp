#include "registry/SiteRepository.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

namespace anju::registry {

namespace {

constexpr char SiteColumns[] =
    "id, code, name, county_code, township, urban, address, move_in_date, cross_township, row_version,"
    " service_centre, five_connections, community";

Site readSite(const QSqlQuery& q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.countyCode = q.value(3).toString();
    s.township = q.value(4).toString();
    s.urban = q.value(5).toInt() != 0;
    s.address = q.value(6).toString();
    s.moveInDate = dateFrom(q.value(7));
    s.crossTownship = q.value(8).toInt() != 0;
    s.rowVersion = q.value(9).toInt();
    s.serviceCentre = q.value(10).toString();
    s.fiveConnections = q.value(11).toInt() != 0;
    s.community = q.value(12).toString();
    return s;
}

Building readBuilding(const QSqlQuery& q)
{
    return Building{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toInt()};
}

std::optional<Site> oneSite(const Database& db, const char* where, const QVariant& value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sites WHERE %2 = ?").arg(QLatin1String(SiteColumns), QLatin1String(where)));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return readSite(q);
    return std::nullopt;
}

} // namespace

QList<Site> SiteRepository::sites() const
{
    QList<Site> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM sites ORDER BY code").arg(QLatin1String(SiteColumns)))) {
        while (q.next())
            result.append(readSite(q));
    }
    return result;
}

std::optional<Site> SiteRepository::site(qint64 id) const
{
    return oneSite(m_db, "id", id);
}

std::optional<Site> SiteRepository::siteByCode(const QString& code) const
{
    return oneSite(m_db, "code", code);
}

QList<Building> SiteRepository::buildings(qint64 siteId) const
{
    QList<Building> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Length first, so that "2栋" comes before "10栋".
    q.prepare(QStringLiteral("SELECT id, site_id, name, floors, row_version FROM buildings WHERE site_id = ?"
                             " ORDER BY length(name), name"));
    q.addBindValue(siteId);
    if (q.exec()) {
        while (q.next())
            result.append(readBuilding(q));
    }
    return result;
}

std::optional<Building> SiteRepository::building(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, site_id, name, floors, row_version FROM buildings WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readBuilding(q);
    return std::nullopt;
}

QList<BuildingUnit> SiteRepository::units(qint64 buildingId) const
{
    QList<BuildingUnit> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, building_id, name FROM building_units WHERE building_id = ?"
                             " ORDER BY length(name), name"));
    q.addBindValue(buildingId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    return result;
}

QList<Dwelling> SiteRepository::dwellings(qint64 unitId) const
{
    QList<Dwelling> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, room, floor_area FROM dwellings WHERE unit_id = ?"
                             " ORDER BY length(room), room"));
    q.addBindValue(unitId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toDouble()});
    }
    return result;
}

Address SiteRepository::address(qint64 siteId, qint64 dwellingId) const
{
    Address address;
    address.siteId = siteId;
    QSqlQuery q(m_db.connection());
    if (dwellingId > 0) {
        q.prepare(QStringLiteral("SELECT s.id, s.name, b.id, b.name, u.id, u.name, d.id, d.room"
                                 " FROM dwellings d JOIN building_units u ON u.id = d.unit_id"
                                 " JOIN buildings b ON b.id = u.building_id JOIN sites s ON s.id = b.site_id"
                                 " WHERE d.id = ?"));
        q.addBindValue(dwellingId);
        if (q.exec() && q.next()) {
            address.siteId = q.value(0).toLongLong();
            address.siteName = q.value(1).toString();
            address.buildingId = q.value(2).toLongLong();
            address.buildingName = q.value(3).toString();
            address.unitId = q.value(4).toLongLong();
            address.unitName = q.value(5).toString();
            address.dwellingId = q.value(6).toLongLong();
            address.room = q.value(7).toString();
            return address;
        }
    }
    if (auto s = site(siteId))
        address.siteName = s->name;
    return address;
}

int SiteRepository::residentCount(qint64 siteId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id"
                             " WHERE h.site_id = ? AND h.state = 'active' AND p.state = 'active'"));
    q.addBindValue(siteId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<qint64, QString> SiteRepository::names() const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM sites")))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace anju::registry
