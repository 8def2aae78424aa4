#include "exchange/RosterRowsQuery.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QVariantList>

namespace anju::exchange {

namespace {

// Further conditions of a filter, each starting with AND, and their bound values.
struct Condition
{
    QString conditions;
    QVariantList values;
};

Condition conditionFor(const RosterRowsFilter& filter)
{
    Condition c;
    QStringList parts;
    if (filter.siteId > 0) {
        parts.append(QStringLiteral("h.site_id = ?"));
        c.values.append(filter.siteId);
    }
    if (!filter.includeFormer) {
        parts.append(QStringLiteral("p.state = ?"));
        c.values.append(enumKey(PersonState::Active));
    }
    for (const QString& part : std::as_const(parts))
        c.conditions += QStringLiteral(" AND ") + part;
    return c;
}

// The columns of RowsSql, in order.
namespace Col {
// A plain enum (not "enum : int"): lupdate mistakes the latter for a class named Col.
enum
{
    HouseholdId,
    HouseholdNumber,
    SiteName,
    BuildingName,
    UnitName,
    Room,
    OriginCounty,
    OriginTownship,
    OriginVillage,
    RelocationDate,
    HouseholdPhone,
    Name,
    IdNumber,
    Sex,
    BirthDate,
    Relationship,
    Ethnicity,
    Education,
    Health,
    LabourCapacity,
    PersonPhone,
    PersonState,
    StateDate,
    SiteCode,
};
} // namespace Col

// CROSS JOIN fixes the loop order for SQLite (sites by their unique code, then each site's households,
// then each household's persons), so it sorts only one site's rows at a time ("temp b-tree for right
// part of order by") instead of the whole province; PostgreSQL reads it as a plain inner join.
constexpr char RowsSql[] =
    "SELECT h.id, h.number, s.name, b.name, u.name, d.room, h.origin_county_code, h.origin_township,"
    " h.origin_village, h.relocation_date, h.phone,"
    " p.name, p.id_number, p.sex, p.birth_date, p.relationship, p.ethnicity, p.education, p.health,"
    " p.labour_capacity, p.phone, p.state, p.state_date, s.code"
    " FROM sites s CROSS JOIN households h CROSS JOIN persons p"
    " LEFT JOIN dwellings d ON d.id = h.dwelling_id"
    " LEFT JOIN building_units u ON u.id = d.unit_id"
    " LEFT JOIN buildings b ON b.id = u.building_id"
    " WHERE h.site_id = s.id AND p.household_id = h.id";

constexpr char RowsOrder[] = " ORDER BY s.code, h.number, h.id,"
                             " CASE p.relationship WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END,"
                             " CASE p.state WHEN 'active' THEN 0 ELSE 1 END, p.birth_date, p.id";

template <typename E> E valueOf(const QSqlQuery& q, int column, E fallback)
{
    return enumFromKey<E>(q.value(column).toString()).value_or(fallback);
}

} // namespace

bool RosterRowsQuery::count(const RosterRowsFilter& filter, qint64* households, qint64* persons)
{
    const Condition c = conditionFor(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT p.household_id), COUNT(*)"
                             " FROM persons p JOIN households h ON h.id = p.household_id WHERE 1 = 1") +
              c.conditions);
    SqlRun::bind(q, c.values);
    if (!q.exec() || !q.next()) {
        m_error = tr("The roster cannot be counted: %1").arg(q.lastError().text());
        return false;
    }
    *households = q.value(0).toLongLong();
    *persons = q.value(1).toLongLong();
    return true;
}

bool RosterRowsQuery::start(const RosterRowsFilter& filter)
{
    const Condition c = conditionFor(filter);
    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    m_query.prepare(QLatin1String(RowsSql) + c.conditions + QLatin1String(RowsOrder));
    SqlRun::bind(m_query, c.values);
    m_error.clear();
    if (!m_query.exec()) {
        m_error = tr("The roster cannot be read: %1").arg(m_query.lastError().text());
        m_onRow = false;
        return false;
    }
    m_onRow = m_query.next();
    return true;
}

bool RosterRowsQuery::next(RosterHouseholdRows& household)
{
    if (!m_onRow) {
        if (m_query.lastError().isValid() && m_error.isEmpty())
            m_error = tr("The roster cannot be read: %1").arg(m_query.lastError().text());
        return false;
    }
    const QSqlQuery& q = m_query;
    household.id = q.value(Col::HouseholdId).toLongLong();
    household.number = q.value(Col::HouseholdNumber).toString();
    household.siteName = q.value(Col::SiteName).toString();
    household.siteCode = q.value(Col::SiteCode).toString();
    household.buildingName = q.value(Col::BuildingName).toString();
    household.unitName = q.value(Col::UnitName).toString();
    household.room = q.value(Col::Room).toString();
    household.originCountyCode = q.value(Col::OriginCounty).toString();
    household.originTownship = q.value(Col::OriginTownship).toString();
    household.originVillage = q.value(Col::OriginVillage).toString();
    household.relocationDate = dateFrom(q.value(Col::RelocationDate));
    // Masked here as on every other read path, should a role that sees identities masked ever export.
    const Session* session = m_db.session();
    household.phone = Permissions::shownPhone(session, q.value(Col::HouseholdPhone).toString());
    household.members.clear();
    do {
        RosterMemberRow m;
        m.name = q.value(Col::Name).toString();
        m.idNumber = Permissions::shownIdNumber(session, q.value(Col::IdNumber).toString());
        m.sex = valueOf(q, Col::Sex, Sex::Unknown);
        m.birthDate = IdentityMask::shownBirthDate(session, dateFrom(q.value(Col::BirthDate)));
        m.relationship = valueOf(q, Col::Relationship, Relationship::Other);
        m.ethnicityCode = q.value(Col::Ethnicity).toString();
        m.education = valueOf(q, Col::Education, Education::Unknown);
        m.health = valueOf(q, Col::Health, Health::Healthy);
        m.labourCapacity = valueOf(q, Col::LabourCapacity, LabourCapacity::Ordinary);
        m.phone = Permissions::shownPhone(session, q.value(Col::PersonPhone).toString());
        m.state = valueOf(q, Col::PersonState, PersonState::Active);
        m.stateDate = dateFrom(q.value(Col::StateDate));
        household.members.append(std::move(m));
        m_onRow = m_query.next();
    } while (m_onRow && m_query.value(Col::HouseholdId).toLongLong() == household.id);
    return true;
}

} // namespace anju::exchange
