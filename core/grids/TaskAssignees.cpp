#include "grids/TaskAssignees.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

namespace {

// The first row of `rows` (kept in id order) holding on `day`, as the SQL's ORDER BY id LIMIT 1 would.
template <typename Row> const Row* firstHolding(const QList<Row>& rows, QDate day)
{
    for (const Row& row : rows)
        if (row.span.holdsOn(day))
            return &row;
    return nullptr;
}

} // namespace

TaskAssignees::TaskAssignees(const Database& db, qint64 householdId)
{
    m_ok = read(db, householdId);
}

bool TaskAssignees::read(const Database& db, qint64 householdId)
{
    // One household's rows, or everyone's: the same statements with or without the filter.
    const auto run = [&](QSqlQuery& q, QString sql, const QString& householdColumn) {
        QVariantList values;
        if (householdId > 0 && !householdColumn.isEmpty()) {
            sql += (sql.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ")
                                                           : QStringLiteral(" WHERE ")) +
                   householdColumn + QStringLiteral(" = ?");
            values << householdId;
        }
        if (!q.prepare(sql + QStringLiteral(" ORDER BY 1, 2"))) {
            m_error = q.lastError().text();
            return false;
        }
        SqlRun::bind(q, values);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    };
    const auto span = [](const QSqlQuery& q, int at) {
        return Span{dateFrom(q.value(at)), dateFrom(q.value(at + 1))};
    };

    QSqlQuery q(db.connection());
    if (!run(q,
             QStringLiteral("SELECT h.id, u.id, u.building_id FROM households h JOIN dwellings d"
                            " ON d.id = h.dwelling_id JOIN building_units u ON u.id = d.unit_id"),
             QStringLiteral("h.id")))
        return false;
    while (q.next())
        m_places.insert(q.value(0).toLongLong(), {q.value(2).toLongLong(), q.value(1).toLongLong()});
    if (!run(q,
             QStringLiteral(
                 "SELECT household_id, id, grid_id, valid_from, valid_to FROM grid_household_exceptions"),
             QStringLiteral("household_id")))
        return false;
    while (q.next())
        m_exceptions[q.value(0).toLongLong()].append({q.value(2).toLongLong(), span(q, 3)});
    // Coverage and staff are a few rows per building: all of them, whatever the household.
    if (!run(q,
             QStringLiteral("SELECT COALESCE(unit_id, 0), id, building_id, grid_id, valid_from, valid_to"
                            " FROM grid_coverage"),
             {}))
        return false;
    while (q.next()) {
        const qint64 unit = q.value(0).toLongLong();
        const Placed row{q.value(3).toLongLong(), span(q, 4)};
        if (unit > 0)
            m_unitCoverage[unit].append(row);
        else
            m_buildingCoverage[q.value(2).toLongLong()].append(row);
    }
    if (!run(q,
             QStringLiteral("SELECT grid_id, id, role, COALESCE(building_id, 0), COALESCE(unit_id, 0),"
                            " valid_from, valid_to FROM grid_staff"
                            " WHERE role = 'grid_worker' OR role = 'grid_leader'"),
             {}))
        return false;
    while (q.next())
        m_staff[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).toString() == QLatin1String("grid_worker"),
             q.value(3).toLongLong(), q.value(4).toLongLong(), span(q, 5)});
    if (!run(q,
             QStringLiteral("SELECT household_id, id, COALESCE(staff_id, 0), COALESCE(party_member_id, 0),"
                            " valid_from, valid_to FROM pairings WHERE partner_kind <> 'cadre'"),
             QStringLiteral("household_id")))
        return false;
    while (q.next())
        m_partners[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), span(q, 4)});
    // The latest start first, then the latest row, as "ORDER BY valid_from DESC, id DESC" would.
    for (QList<Partner>& partners : m_partners)
        std::sort(partners.begin(), partners.end(), [](const Partner& a, const Partner& b) {
            return a.span.from != b.span.from ? a.span.from > b.span.from : a.id > b.id;
        });
    return true;
}

qint64 TaskAssignees::gridOf(qint64 householdId, QDate day) const
{
    if (const Placed* e = firstHolding(m_exceptions.value(householdId), day))
        return e->gridId;
    const auto place = m_places.constFind(householdId);
    if (place == m_places.cend())
        return 0;
    if (const Placed* u = firstHolding(m_unitCoverage.value(place->unitId), day))
        return u->gridId;
    if (const Placed* b = firstHolding(m_buildingCoverage.value(place->buildingId), day))
        return b->gridId;
    return 0;
}

std::pair<qint64, qint64> TaskAssignees::forTask(qint64 householdId, QDate day, bool mustVisit) const
{
    if (mustVisit)
        if (const Partner* p = firstHolding(m_partners.value(householdId), day))
            return {p->staffId, p->memberId};
    const qint64 grid = gridOf(householdId, day);
    if (grid == 0)
        return {0, 0};
    const Place place = m_places.value(householdId);
    const Staff* best = nullptr;
    int bestRank = 0; // 3: covers the unit, 2: the building, 1: a worker, 0 (only a leader): none yet
    const Staff* leader = nullptr;
    for (const Staff& s : m_staff.value(grid)) {
        if (!s.span.holdsOn(day))
            continue;
        if (!s.worker) {
            if (!leader)
                leader = &s;
            continue;
        }
        const int rank = s.unitId > 0 && s.unitId == place.unitId               ? 3
                         : s.buildingId > 0 && s.buildingId == place.buildingId ? 2
                                                                                : 1;
        if (rank > bestRank) {
            best = &s;
            bestRank = rank;
        }
    }
    if (best)
        return {best->id, 0};
    if (leader)
        return {leader->id, 0};
    return {0, 0};
}

} // namespace anju::grids
