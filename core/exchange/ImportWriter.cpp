#include "exchange/ImportWriter.h"

#include "database/Database.h"
#include "registry/HouseholdRules.h"
#include "registry/RegistryService.h"

#include <QRegularExpression>
#include <QSqlError>

namespace anju::exchange {

namespace {

// The stored key of an enum value as a string literal of its table, asked once per type.
template <typename E> const char* keyOf(E value)
{
    static const QList<EnumInfo<E>> infos = enumInfos<E>();
    for (const EnumInfo<E>& info : infos) {
        if (info.value == value)
            return info.key;
    }
    return "";
}

Outcome failure(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General), text);
}

} // namespace

ImportWriter::ImportWriter(const Database& db, QDate today, bool useSqliteApi)
    : m_db(db), m_today(today), m_useSqliteApi(useSqliteApi)
{
}

Outcome ImportWriter::prepare()
{
    const QList<std::pair<ImportStatement*, QString>> inserts = {
        {&m_selectBuilding, QStringLiteral("SELECT id FROM buildings WHERE site_id = ? AND name = ?")},
        {&m_insertBuilding, QStringLiteral("INSERT INTO buildings (site_id, name) VALUES (?, ?)")},
        {&m_selectUnit, QStringLiteral("SELECT id FROM building_units WHERE building_id = ? AND name = ?")},
        {&m_insertUnit, QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, ?)")},
        {&m_selectDwelling, QStringLiteral("SELECT id FROM dwellings WHERE unit_id = ? AND room = ?")},
        {&m_insertDwelling, QStringLiteral("INSERT INTO dwellings (unit_id, room) VALUES (?, ?)")},
        {&m_insertHousehold,
         QStringLiteral(
             "INSERT INTO households (number, site_id, dwelling_id, origin_county_code, origin_township,"
             " origin_village, relocation_date, phone, state, state_date, head_name, head_id_number,"
             " member_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertPerson,
         QStringLiteral(
             "INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship, ethnicity,"
             " education, health, labour_capacity, phone, state, state_date)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertMembership,
         QStringLiteral(
             "INSERT INTO memberships (person_id, household_id, relationship, start_date, end_date,"
             " end_reason) VALUES (?, ?, ?, ?, ?, ?)")},
    };
    for (const auto& [statement, sql] : inserts) {
        if (Outcome prepared = statement->prepare(m_db, sql, m_useSqliteApi); !prepared)
            return prepared;
    }
    QSqlQuery sites(m_db.connection());
    if (!sites.exec(QStringLiteral("SELECT id, code, name FROM sites")))
        return failure(sites.lastError().text());
    while (sites.next()) {
        const qint64 id = sites.value(0).toLongLong();
        m_sitesByCode.insert(sites.value(1).toString(), id);
        m_sitesByName.insert(sites.value(2).toString(), id);
        m_siteCodes.insert(id, sites.value(1).toString());
    }
    return {};
}

Result<qint64> ImportWriter::resolveSite(const ImportedHousehold& household, const QString& defaultSite)
{
    // The site code names a site exactly; the name is what most rosters have.
    if (const qint64 id = m_sitesByCode.value(household.siteCode, 0))
        return id;
    const QString name = household.siteName.isEmpty() ? defaultSite : household.siteName;
    if (name.isEmpty())
        return failure(
            tr("The household names no site: fill in the site column or choose a site for the import."));
    if (household.siteCode.isEmpty()) {
        if (const qint64 id = m_sitesByCode.value(name, m_sitesByName.value(name, 0)))
            return id;
    }

    // A site the office has not entered yet: made with a code from its county and the next number.
    QString county = household.siteCode.size() > 6 &&
                             registry::HouseholdRules::isValidCountyCode(household.siteCode.left(6))
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
    if (!insert.exec())
        return failure(tr("The site %1 could not be created: %2").arg(name, insert.lastError().text()));
    const qint64 id = insert.lastInsertId().toLongLong();
    m_sitesByName.insert(name, id);
    m_sitesByCode.insert(code, id);
    m_siteCodes.insert(id, code);
    m_madeSites.insert(id);
    ++m_sitesCreated;
    return id;
}

Result<qint64> ImportWriter::findOrInsert(QHash<QString, qint64>& cache, ImportStatement& select,
                                          ImportStatement& insert, qint64 parent, const QString& name,
                                          const QSet<qint64>& madeParents, QSet<qint64>* made)
{
    m_key.setNum(parent);
    m_key += QLatin1Char('/');
    m_key += name;
    if (const qint64 id = cache.value(m_key, 0))
        return id;
    qint64 id = 0;
    // A building, unit or room under one this import made cannot be in the database yet.
    if (!madeParents.contains(parent)) {
        select.integer(parent);
        select.text(name);
        const Result<qint64> found = select.selectId();
        if (!found)
            return found;
        id = found.value();
    }
    if (!id) {
        insert.integer(parent);
        insert.text(name);
        if (Outcome inserted = insert.exec(); !inserted)
            return inserted;
        id = insert.lastInsertId();
        if (made)
            made->insert(id);
    }
    cache.insert(m_key, id);
    return id;
}

Result<qint64> ImportWriter::dwellingFor(qint64 siteId, const ImportedHousehold& h)
{
    if (h.buildingName.isEmpty())
        return qint64(0);
    const Result<qint64> building = findOrInsert(m_buildings, m_selectBuilding, m_insertBuilding, siteId,
                                                 h.buildingName, m_madeSites, &m_madeBuildings);
    if (!building || !building.value() || h.room.isEmpty())
        return building.ok() ? Result<qint64>(qint64(0)) : building;
    // A roster without a unit column puts the room in unit "1", as single-stairwell buildings are; "2单元"
    // is unit "2" as the program stores it (and shows it as 2单元).
    static const QRegularExpression numberedUnit(QStringLiteral("^(\\d+)\\s*单元$"));
    const QRegularExpressionMatch numbered = h.unitName.endsWith(QStringLiteral("单元"))
                                                 ? numberedUnit.match(h.unitName)
                                                 : QRegularExpressionMatch();
    const QString unitName = h.unitName.isEmpty() ? QStringLiteral("1")
                                                  : (numbered.hasMatch() ? numbered.captured(1) : h.unitName);
    const Result<qint64> unit = findOrInsert(m_units, m_selectUnit, m_insertUnit, building.value(), unitName,
                                             m_madeBuildings, &m_madeUnits);
    if (!unit || !unit.value())
        return unit.ok() ? Result<qint64>(qint64(0)) : unit;
    return findOrInsert(m_dwellings, m_selectDwelling, m_insertDwelling, unit.value(), h.room, m_madeUnits,
                        nullptr);
}

QString ImportWriter::nextHouseholdNumber(qint64 siteId)
{
    // The registry's own rule (site code + "-" + 4 digits), asked once per site; then counted on here,
    // since the households of this import are not committed yet.
    const QString prefix = m_siteCodes.value(siteId) + QLatin1Char('-');
    auto next = m_nextNumber.find(siteId);
    if (next == m_nextNumber.end())
        next = m_nextNumber.insert(
            siteId,
            registry::RegistryService(m_db).suggestHouseholdNumber(siteId).mid(prefix.size()).toInt());
    return prefix + QStringLiteral("%1").arg((*next)++, 4, 10, QLatin1Char('0'));
}

Outcome ImportWriter::write(ImportedHousehold& imported, qint64 siteId)
{
    Household& h = imported.household;
    h.siteId = siteId;
    if (h.number.isEmpty())
        h.number = nextHouseholdNumber(siteId);
    const Result<qint64> dwelling = dwellingFor(siteId, imported);
    if (!dwelling)
        return dwelling;

    // What the registry's triggers keep on the household: its latest registered head (else its latest
    // head) and its registered members.
    const Person* head = nullptr;
    int registered = 0;
    for (const Person& p : std::as_const(h.members)) {
        if (p.relationship == Relationship::Head && (p.isActive() || !head || !head->isActive()))
            head = &p;
        registered += p.isActive() ? 1 : 0;
    }

    ImportStatement& hq = m_insertHousehold;
    hq.text(h.number);
    hq.integer(siteId);
    hq.id(dwelling.value());
    hq.text(h.originCountyCode);
    hq.text(h.originTownship);
    hq.text(h.originVillage);
    hq.date(h.relocationDate);
    hq.text(h.phone);
    hq.latin1(keyOf(h.state));
    hq.date(h.stateDate);
    if (head) {
        hq.text(head->name);
        hq.text(head->idNumber);
    } else {
        hq.null();
        hq.null();
    }
    hq.integer(registered);
    if (Outcome written = hq.exec(); !written)
        return written;
    h.id = hq.lastInsertId();

    for (Person& p : h.members) {
        ImportStatement& pq = m_insertPerson;
        pq.integer(h.id);
        pq.text(p.name);
        pq.text(p.idNumber);
        pq.latin1(keyOf(p.sex));
        pq.date(p.birthDate);
        pq.latin1(keyOf(p.relationship));
        pq.text(p.ethnicityCode);
        pq.latin1(keyOf(p.education));
        pq.latin1(keyOf(p.health));
        pq.latin1(keyOf(p.labourCapacity));
        pq.text(p.phone);
        pq.latin1(keyOf(p.state));
        pq.date(p.stateDate);
        if (Outcome written = pq.exec(); !written)
            return written;
        p.id = pq.lastInsertId();
        ImportStatement& mq = m_insertMembership;
        mq.integer(p.id);
        mq.integer(h.id);
        mq.latin1(keyOf(p.relationship));
        mq.date(std::max(h.relocationDate, p.birthDate));
        mq.date(p.isActive() ? QDate() : p.stateDate);
        if (p.isActive())
            mq.null();
        else
            mq.latin1(p.state == PersonState::Deceased ? "deceased" : "moved_away");
        if (Outcome written = mq.exec(); !written)
            return written;
    }
    return {};
}

} // namespace anju::exchange
