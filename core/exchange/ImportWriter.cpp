#include "exchange/ImportWriter.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "registry/HouseholdRules.h"
#include "registry/RegistryService.h"

#include <QRegularExpression>
#include <QSqlError>

namespace anju {

ImportWriter::ImportWriter(const Database& db, QDate today)
    : m_db(db), m_today(today), m_insertHousehold(db.connection()), m_insertPerson(db.connection()),
      m_insertMembership(db.connection()), m_selectBuilding(db.connection()), m_insertBuilding(db.connection()),
      m_selectUnit(db.connection()), m_insertUnit(db.connection()), m_selectDwelling(db.connection()),
      m_insertDwelling(db.connection())
{
}

bool ImportWriter::prepare(QString* error)
{
    const QList<std::pair<QSqlQuery*, QString>> statements = {
        {&m_insertHousehold,
         QStringLiteral("INSERT INTO households (number, site_id, dwelling_id, origin_county_code, origin_township,"
                        " origin_village, relocation_date, phone, state, state_date)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertPerson,
         QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship, ethnicity,"
                        " education, health, labour_capacity, phone, state, state_date)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertMembership,
         QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date, end_date,"
                        " end_reason) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_selectBuilding, QStringLiteral("SELECT id FROM buildings WHERE site_id = ? AND name = ?")},
        {&m_insertBuilding, QStringLiteral("INSERT INTO buildings (site_id, name) VALUES (?, ?)")},
        {&m_selectUnit, QStringLiteral("SELECT id FROM building_units WHERE building_id = ? AND name = ?")},
        {&m_insertUnit, QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, ?)")},
        {&m_selectDwelling, QStringLiteral("SELECT id FROM dwellings WHERE unit_id = ? AND room = ?")},
        {&m_insertDwelling, QStringLiteral("INSERT INTO dwellings (unit_id, room) VALUES (?, ?)")},
    };
    for (const auto& [query, sql] : statements) {
        if (!query->prepare(sql)) {
            *error = query->lastError().text();
            return false;
        }
    }
    QSqlQuery sites(m_db.connection());
    if (!sites.exec(QStringLiteral("SELECT id, code, name FROM sites"))) {
        *error = sites.lastError().text();
        return false;
    }
    while (sites.next()) {
        const qint64 id = sites.value(0).toLongLong();
        m_sitesByCode.insert(sites.value(1).toString(), id);
        m_sitesByName.insert(sites.value(2).toString(), id);
        m_siteCodes.insert(id, sites.value(1).toString());
    }
    return true;
}

qint64 ImportWriter::resolveSite(const ImportedHousehold& household, const QString& defaultSite, QString* error)
{
    // The site code names a site exactly; the name is what most rosters have.
    if (const qint64 id = m_sitesByCode.value(household.siteCode, 0))
        return id;
    const QString name = household.siteName.isEmpty() ? defaultSite : household.siteName;
    if (name.isEmpty()) {
        *error = tr("The household names no site: fill in the site column or choose a site for the import.");
        return 0;
    }
    if (household.siteCode.isEmpty()) {
        if (const qint64 id = m_sitesByCode.value(name, m_sitesByName.value(name, 0)))
            return id;
    }

    // A site the office has not entered yet: made with a code from its county and the next number.
    QString county = household.siteCode.size() > 6 && HouseholdRules::isValidCountyCode(household.siteCode.left(6))
        ? household.siteCode.left(6)
        : household.household.originCountyCode;
    if (county.isEmpty() && !household.household.members.isEmpty())
        county = household.household.members.constFirst().idNumber.left(6);
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT code FROM sites WHERE substr(code, 1, 6) = ?"));
    used.addBindValue(county);
    int highest = 0;
    if (used.exec()) {
        while (used.next())
            highest = std::max(highest, used.value(0).toString().mid(6).toInt());
    }
    const QString code = !household.siteCode.isEmpty()
        ? household.siteCode
        : county + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES (?, ?, ?)"));
    insert.addBindValue(code);
    insert.addBindValue(name);
    insert.addBindValue(county);
    if (!insert.exec()) {
        *error = tr("The site %1 could not be created: %2").arg(name, insert.lastError().text());
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    m_sitesByName.insert(name, id);
    m_sitesByCode.insert(code, id);
    m_siteCodes.insert(id, code);
    ++m_sitesCreated;
    return id;
}

qint64 ImportWriter::findOrInsert(QHash<QString, qint64>& cache, const QString& key, QSqlQuery& select,
                                  QSqlQuery& insert, const QVariantList& values, QString* error)
{
    if (const qint64 id = cache.value(key, 0))
        return id;
    for (const QVariant& v : values)
        select.addBindValue(v);
    if (select.exec() && select.next()) {
        const qint64 id = select.value(0).toLongLong();
        select.finish();
        cache.insert(key, id);
        return id;
    }
    select.finish();
    for (const QVariant& v : values)
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    cache.insert(key, id);
    return id;
}

qint64 ImportWriter::dwellingFor(qint64 siteId, const ImportedHousehold& h, QString* error)
{
    if (h.buildingName.isEmpty())
        return 0;
    const qint64 building = findOrInsert(m_buildings, QString::number(siteId) + QLatin1Char('/') + h.buildingName,
                                         m_selectBuilding, m_insertBuilding, {siteId, h.buildingName}, error);
    if (!building || h.room.isEmpty())
        return 0;
    // A roster without a unit column puts the room in unit "1", as single-stairwell buildings are; "2单元"
    // is unit "2" as the program stores it (and shows it as 2单元).
    static const QRegularExpression numberedUnit(QStringLiteral("^(\\d+)\\s*单元$"));
    const QRegularExpressionMatch numbered = numberedUnit.match(h.unitName);
    const QString unitName = h.unitName.isEmpty() ? QStringLiteral("1")
                                                  : (numbered.hasMatch() ? numbered.captured(1) : h.unitName);
    const qint64 unit = findOrInsert(m_units, QString::number(building) + QLatin1Char('/') + unitName, m_selectUnit,
                                     m_insertUnit, {building, unitName}, error);
    if (!unit)
        return 0;
    return findOrInsert(m_dwellings, QString::number(unit) + QLatin1Char('/') + h.room, m_selectDwelling,
                        m_insertDwelling, {unit, h.room}, error);
}

QString ImportWriter::nextHouseholdNumber(qint64 siteId)
{
    // The registry's own rule (site code + "-" + 4 digits), asked once per site; then counted on here,
    // since the households of this import are not committed yet.
    const QString prefix = m_siteCodes.value(siteId) + QLatin1Char('-');
    auto next = m_nextNumber.find(siteId);
    if (next == m_nextNumber.end())
        next = m_nextNumber.insert(siteId,
                                   RegistryService(m_db).suggestHouseholdNumber(siteId).mid(prefix.size()).toInt());
    return prefix + QStringLiteral("%1").arg((*next)++, 4, 10, QLatin1Char('0'));
}

bool ImportWriter::write(ImportedHousehold& imported, qint64 siteId, QString* error)
{
    Household& h = imported.household;
    h.siteId = siteId;
    if (h.number.isEmpty())
        h.number = nextHouseholdNumber(siteId);
    const qint64 dwelling = dwellingFor(siteId, imported, error);
    if (!error->isEmpty())
        return false;

    QSqlQuery& hq = m_insertHousehold;
    hq.addBindValue(h.number);
    hq.addBindValue(siteId);
    hq.addBindValue(sqlId(dwelling));
    hq.addBindValue(sqlText(h.originCountyCode));
    hq.addBindValue(sqlText(h.originTownship));
    hq.addBindValue(sqlText(h.originVillage));
    hq.addBindValue(sqlDate(h.relocationDate));
    hq.addBindValue(sqlText(h.phone));
    hq.addBindValue(enumKey(h.state));
    hq.addBindValue(sqlDate(h.stateDate));
    if (!hq.exec()) {
        *error = hq.lastError().text();
        return false;
    }
    h.id = hq.lastInsertId().toLongLong();

    for (Person& p : h.members) {
        QSqlQuery& pq = m_insertPerson;
        pq.addBindValue(h.id);
        pq.addBindValue(p.name);
        pq.addBindValue(p.idNumber);
        pq.addBindValue(enumKey(p.sex));
        pq.addBindValue(sqlDate(p.birthDate));
        pq.addBindValue(enumKey(p.relationship));
        pq.addBindValue(sqlText(p.ethnicityCode));
        pq.addBindValue(enumKey(p.education));
        pq.addBindValue(enumKey(p.health));
        pq.addBindValue(enumKey(p.labourCapacity));
        pq.addBindValue(sqlText(p.phone));
        pq.addBindValue(enumKey(p.state));
        pq.addBindValue(sqlDate(p.stateDate));
        if (!pq.exec()) {
            *error = pq.lastError().text();
            return false;
        }
        p.id = pq.lastInsertId().toLongLong();
        QSqlQuery& mq = m_insertMembership;
        mq.addBindValue(p.id);
        mq.addBindValue(h.id);
        mq.addBindValue(enumKey(p.relationship));
        mq.addBindValue(sqlDate(std::max(h.relocationDate, p.birthDate)));
        mq.addBindValue(sqlDate(p.isActive() ? QDate() : p.stateDate));
        mq.addBindValue(p.isActive() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(p.state == PersonState::Deceased ? QStringLiteral("deceased")
                                                                                 : QStringLiteral("moved_away")));
        if (!mq.exec()) {
            *error = mq.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace anju
