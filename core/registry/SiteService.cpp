#include "registry/SiteService.h"

#include "access/Permissions.h"
#include "domain/Enums.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "registry/HouseholdRules.h"
#include "registry/SiteRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::registry {

namespace {

bool codeTaken(const Database& db, const char* sql, const QVariant& a, const QVariant& b, qint64 selfId)
{
    QSqlQuery q(db.connection());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(a);
    if (b.isValid())
        q.addBindValue(b);
    q.addBindValue(selfId);
    return q.exec() && q.next();
}

} // namespace

Outcome SiteService::validate(const Site& site)
{
    Outcome outcome;
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]{1,20}$"));
    if (site.code.trimmed().isEmpty())
        outcome.add(QLatin1String(Field::SiteCode), tr("Enter the site code."));
    else if (!codePattern.match(site.code.trimmed()).hasMatch())
        outcome.add(QLatin1String(Field::SiteCode),
                    tr("The site code may contain only digits, Latin letters and hyphens (at most 20)."));
    if (site.name.trimmed().isEmpty())
        outcome.add(QLatin1String(Field::SiteName), tr("Enter the site name."));
    if (site.countyCode.trimmed().isEmpty())
        outcome.add(QLatin1String(Field::SiteCounty), tr("Enter the county code of the site."));
    else if (!HouseholdRules::isValidCountyCode(site.countyCode.trimmed()))
        outcome.add(QLatin1String(Field::SiteCounty),
                    tr("%1 is not a county code: it has six digits, like 430524.").arg(site.countyCode.trimmed()));
    return outcome;
}

Outcome SiteService::validate(const Building& building)
{
    Outcome outcome;
    if (building.name.trimmed().isEmpty())
        outcome.add(QLatin1String(Field::BuildingName), tr("Enter the building name or number."));
    if (building.floors < 0 || building.floors > 100)
        outcome.add(QLatin1String(Field::BuildingFloors), tr("A building has at most 100 floors (0 when not recorded)."));
    return outcome;
}

Result<Site> SiteService::saveSite(const Site& input)
{
    Site site = input;
    site.code = site.code.trimmed();
    site.name = site.name.trimmed();
    site.countyCode = site.countyCode.trimmed();
    site.township = site.township.trimmed();
    site.address = site.address.trimmed();
    Outcome outcome = Permissions::require(m_db, Action::EditSites, site.id);
    if (!outcome)
        return outcome;
    outcome = validate(site);
    if (!outcome)
        return outcome;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    if (codeTaken(m_db, "SELECT 1 FROM sites WHERE code = ? AND id <> ?", site.code, {}, site.id))
        return Outcome::failure(QLatin1String(Field::SiteCode), tr("Another site already has the code %1.").arg(site.code));

    QSqlQuery q(m_db.connection());
    if (site.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO sites (code, name, county_code, township, urban, address, move_in_date,"
            " cross_township, service_centre, five_connections, community)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE sites SET code = ?, name = ?, county_code = ?, township = ?, urban = ?,"
                           " address = ?, move_in_date = ?, cross_township = ?, service_centre = ?,"
                           " five_connections = ?, community = ?, row_version = row_version + 1"
                           " WHERE id = ? AND row_version = ?"));
    }
    q.addBindValue(sqlText(site.code));
    q.addBindValue(sqlText(site.name));
    q.addBindValue(sqlText(site.countyCode));
    q.addBindValue(sqlText(site.township));
    q.addBindValue(site.urban ? 1 : 0);
    q.addBindValue(sqlText(site.address));
    q.addBindValue(sqlDate(site.moveInDate));
    q.addBindValue(site.crossTownship ? 1 : 0);
    q.addBindValue(enumFromKey<ServiceCentre>(site.serviceCentre) ? site.serviceCentre : QStringLiteral("none"));
    q.addBindValue(site.fiveConnections ? 1 : 0);
    q.addBindValue(sqlText(site.community.trimmed()));
    if (site.id != 0) {
        q.addBindValue(site.id);
        q.addBindValue(site.rowVersion);
    }
    if (const SqlOutcome written = SqlRun::write(m_db, q); !written)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The site was not saved: %1").arg(written.error));
    if (site.id == 0) {
        site.id = q.lastInsertId().toLongLong();
        site.rowVersion = 1;
    } else if (q.numRowsAffected() == 0) {
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Someone else changed this site meanwhile; close the form and open it again."));
    } else {
        ++site.rowVersion;
    }
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    return site;
}

Result<Building> SiteService::saveBuilding(const Building& input, int unitCount)
{
    Building building = input;
    building.name = building.name.trimmed();
    if (Outcome denied = Permissions::require(m_db, Action::EditSites, building.siteId); !denied)
        return denied;
    Outcome outcome = validate(building);
    if (building.siteId <= 0)
        outcome.add(QLatin1String(Field::General), tr("Choose the site of the building."));
    if (unitCount < 0 || unitCount > 20)
        outcome.add(QLatin1String(Field::General), tr("A building has between 1 and 20 units."));
    if (!outcome)
        return outcome;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    if (codeTaken(m_db, "SELECT 1 FROM buildings WHERE site_id = ? AND name = ? AND id <> ?", building.siteId,
                  building.name, building.id))
        return Outcome::failure(QLatin1String(Field::BuildingName),
                                tr("The site already has a building named %1.").arg(building.name));

    QSqlQuery q(m_db.connection());
    if (building.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO buildings (site_id, name, floors) VALUES (?, ?, ?)"));
        q.addBindValue(building.siteId);
        q.addBindValue(building.name);
        q.addBindValue(building.floors);
    } else {
        q.prepare(QStringLiteral("UPDATE buildings SET name = ?, floors = ?, row_version = row_version + 1"
                                 " WHERE id = ? AND row_version = ?"));
        q.addBindValue(building.name);
        q.addBindValue(building.floors);
        q.addBindValue(building.id);
        q.addBindValue(building.rowVersion);
    }
    if (const SqlOutcome written = SqlRun::write(m_db, q); !written)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The building was not saved: %1").arg(written.error));
    if (building.id == 0) {
        building.id = q.lastInsertId().toLongLong();
        building.rowVersion = 1;
        QSqlQuery unit(m_db.connection());
        unit.prepare(QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, ?)"));
        for (int i = 1; i <= unitCount; ++i) {
            unit.addBindValue(building.id);
            unit.addBindValue(QString::number(i));
            if (const SqlOutcome written = SqlRun::write(m_db, unit); !written)
                return Outcome::failure(QLatin1String(Field::General),
                                        tr("The building was not saved: %1").arg(written.error));
        }
    } else if (q.numRowsAffected() == 0) {
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Someone else changed this building meanwhile; close the form and open it again."));
    } else {
        ++building.rowVersion;
    }
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    return building;
}

Result<Dwelling> SiteService::ensureDwelling(qint64 unitId, const QString& room, double floorArea)
{
    const QString trimmed = room.trimmed();
    if (trimmed.isEmpty())
        return Outcome::failure(QLatin1String(Field::HouseholdDwelling), tr("Enter the room number."));
    if (floorArea < 0 || floorArea > 500)
        return Outcome::failure(QLatin1String(Field::HouseholdDwelling), tr("The floor area must be between 0 and 500 m²."));
    QSqlQuery site(m_db.connection());
    site.prepare(
        QStringLiteral("SELECT b.site_id FROM building_units u JOIN buildings b ON b.id = u.building_id"
                       " WHERE u.id = ?"));
    site.addBindValue(unitId);
    const qint64 siteId = site.exec() && site.next() ? site.value(0).toLongLong() : 0;
    if (Outcome denied = Permissions::require(m_db, Action::WriteRegistry, siteId); !denied)
        return denied;
    for (const Dwelling& d : SiteRepository(m_db).dwellings(unitId)) {
        if (d.room == trimmed)
            return d;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO dwellings (unit_id, room, floor_area) VALUES (?, ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(trimmed);
    q.addBindValue(floorArea);
    if (const SqlOutcome written = SqlRun::write(m_db, q); !written)
        return Outcome::failure(QLatin1String(Field::HouseholdDwelling),
                                tr("The room was not saved: %1").arg(written.error));
    Dwelling dwelling{q.lastInsertId().toLongLong(), unitId, trimmed, floorArea};
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    return dwelling;
}

} // namespace anju::registry
