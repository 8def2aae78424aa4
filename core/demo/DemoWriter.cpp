#include "demo/DemoWriter.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QVariant>

#include <vector>

namespace anju::demo {

namespace {

// The stored key of an enum value, looked up once per value rather than once per row.
template <typename E> const QString& keyOf(E value)
{
    static const std::vector<QString> keys = [] {
        std::vector<QString> all;
        for (const EnumInfo<E>& info : enumInfos<E>()) {
            const auto index = std::size_t(info.value);
            if (all.size() <= index)
                all.resize(index + 1);
            all[index] = QString::fromLatin1(info.key);
        }
        return all;
    }();
    return keys.at(std::size_t(value));
}

// A null QString binds as SQL NULL: the text columns are NOT NULL with '' for "none".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

DemoWriter::DemoWriter(const Database& db)
    : m_site(db.connection()), m_building(db.connection()), m_unit(db.connection()),
      m_dwelling(db.connection()), m_household(db.connection()), m_person(db.connection()),
      m_membership(db.connection()), m_membershipStart(db.connection()), m_db(db)
{
}

bool DemoWriter::prepare(QSqlQuery& query, const QString& sql)
{
    if (query.prepare(sql))
        return true;
    m_error = tr("Could not prepare the demo data statements: %1").arg(query.lastError().text());
    return false;
}

bool DemoWriter::prepare()
{
    return prepare(m_site,
                   QStringLiteral("INSERT INTO sites (code, name, county_code, township, urban, address,"
                                  " move_in_date, cross_township, service_centre, five_connections)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
           prepare(m_building,
                   QStringLiteral("INSERT INTO buildings (site_id, name, floors) VALUES (?, ?, ?)")) &&
           prepare(m_unit, QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, ?)")) &&
           prepare(m_dwelling,
                   QStringLiteral("INSERT INTO dwellings (unit_id, room, floor_area) VALUES (?, ?, ?)")) &&
           prepare(m_household,
                   QStringLiteral("INSERT INTO households (number, site_id, dwelling_id, origin_county_code,"
                                  " origin_township, origin_village, relocation_date, registration_moved,"
                                  " residence_permit, phone, state, state_date)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
           prepare(m_person,
                   QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date,"
                                  " relationship, ethnicity, education, health, disability_grade,"
                                  " labour_capacity, in_school, political_status, phone, state, state_date)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
           prepare(
               m_membership,
               QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date,"
                              " end_date, end_reason) VALUES (?, ?, ?, ?, ?, ?)")) &&
           prepare(m_membershipStart, QStringLiteral("UPDATE memberships SET start_date = ?"
                                                     " WHERE person_id = ? AND household_id = ?"));
}

qint64 DemoWriter::insertAndGetId(QSqlQuery& query)
{
    if (!query.exec()) {
        m_error = tr("Could not write the demo data: %1").arg(query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 DemoWriter::insertSite(const Site& site)
{
    m_site.bindValue(0, site.code);
    m_site.bindValue(1, site.name);
    m_site.bindValue(2, site.countyCode);
    m_site.bindValue(3, text(site.township));
    m_site.bindValue(4, sqlBool(site.urban));
    m_site.bindValue(5, text(site.address));
    m_site.bindValue(6, sqlDate(site.moveInDate));
    m_site.bindValue(7, sqlBool(site.crossTownship));
    m_site.bindValue(8, site.serviceCentre);
    m_site.bindValue(9, sqlBool(site.fiveConnections));
    return insertAndGetId(m_site);
}

qint64 DemoWriter::insertBuilding(const Building& building)
{
    m_building.bindValue(0, building.siteId);
    m_building.bindValue(1, building.name);
    m_building.bindValue(2, building.floors);
    return insertAndGetId(m_building);
}

qint64 DemoWriter::insertUnit(const BuildingUnit& unit)
{
    m_unit.bindValue(0, unit.buildingId);
    m_unit.bindValue(1, unit.name);
    return insertAndGetId(m_unit);
}

qint64 DemoWriter::insertDwelling(const Dwelling& dwelling)
{
    m_dwelling.bindValue(0, dwelling.unitId);
    m_dwelling.bindValue(1, dwelling.room);
    m_dwelling.bindValue(2, dwelling.floorArea);
    return insertAndGetId(m_dwelling);
}

qint64 DemoWriter::insertHousehold(const Household& h)
{
    m_household.bindValue(0, h.number);
    m_household.bindValue(1, h.siteId);
    m_household.bindValue(2, sqlId(h.dwellingId));
    m_household.bindValue(3, text(h.originCountyCode));
    m_household.bindValue(4, text(h.originTownship));
    m_household.bindValue(5, text(h.originVillage));
    m_household.bindValue(6, sqlDate(h.relocationDate));
    m_household.bindValue(7, sqlBool(h.registrationMoved));
    m_household.bindValue(8, sqlBool(h.residencePermit));
    m_household.bindValue(9, text(h.phone));
    m_household.bindValue(10, keyOf(h.state));
    m_household.bindValue(11, sqlDate(h.stateDate));
    return insertAndGetId(m_household);
}

qint64 DemoWriter::insertPerson(const Person& p)
{
    m_person.bindValue(0, p.householdId);
    m_person.bindValue(1, p.name);
    m_person.bindValue(2, p.idNumber);
    m_person.bindValue(3, keyOf(p.sex));
    m_person.bindValue(4, sqlDate(p.birthDate));
    m_person.bindValue(5, keyOf(p.relationship));
    m_person.bindValue(6, p.ethnicityCode);
    m_person.bindValue(7, keyOf(p.education));
    m_person.bindValue(8, keyOf(p.health));
    m_person.bindValue(9, p.disabilityGrade);
    m_person.bindValue(10, keyOf(p.labourCapacity));
    m_person.bindValue(11, sqlBool(p.inSchool));
    m_person.bindValue(12, keyOf(p.politicalStatus));
    m_person.bindValue(13, text(p.phone));
    m_person.bindValue(14, keyOf(p.state));
    m_person.bindValue(15, sqlDate(p.stateDate));
    return insertAndGetId(m_person);
}

bool DemoWriter::insertMembership(const Membership& m)
{
    m_membership.bindValue(0, m.personId);
    m_membership.bindValue(1, m.householdId);
    m_membership.bindValue(2, keyOf(m.relationship));
    m_membership.bindValue(3, sqlDate(m.startDate));
    m_membership.bindValue(4, sqlDate(m.endDate));
    m_membership.bindValue(5, m.endReason ? QVariant(keyOf(*m.endReason))
                                          : QVariant(QMetaType::fromType<QString>()));
    if (m_membership.exec())
        return true;
    m_error = tr("Could not write the demo data: %1").arg(m_membership.lastError().text());
    return false;
}

int DemoWriter::insertCurrentMemberships()
{
    // One set-based statement instead of a million bound rows: binding values through Qt Sql costs more
    // than SQLite's insert itself.
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "INSERT INTO memberships (person_id, household_id, relationship, start_date, end_date, "
            "end_reason)"
            " SELECT p.id, p.household_id, p.relationship,"
            " CASE WHEN p.birth_date > h.relocation_date THEN p.birth_date ELSE h.relocation_date END,"
            " p.state_date,"
            " CASE p.state WHEN 'moved_away' THEN 'moved_away' WHEN 'deceased' THEN 'deceased' END"
            " FROM persons p JOIN households h ON h.id = p.household_id ORDER BY p.id"))) {
        m_error = tr("Could not write the demo data: %1").arg(query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

bool DemoWriter::setMembershipStart(qint64 personId, qint64 householdId, const QDate& start)
{
    m_membershipStart.bindValue(0, sqlDate(start));
    m_membershipStart.bindValue(1, personId);
    m_membershipStart.bindValue(2, householdId);
    if (m_membershipStart.exec())
        return true;
    m_error = tr("Could not write the demo data: %1").arg(m_membershipStart.lastError().text());
    return false;
}

void DemoWriter::finish()
{
    for (QSqlQuery* query : {&m_site, &m_building, &m_unit, &m_dwelling, &m_household, &m_person,
                             &m_membership, &m_membershipStart})
        query->finish();
}

} // namespace anju::demo
