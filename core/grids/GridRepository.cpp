#include "grids/GridRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridRules.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

namespace {

// A dated row holds on :day.
QString holds(const QString& alias)
{
    return QStringLiteral("%1.valid_from <= :day AND (%1.valid_to IS NULL OR %1.valid_to > :day)").arg(alias);
}

Grid gridFrom(const QSqlQuery& q, int first = 0)
{
    Grid g;
    g.id = q.value(first).toLongLong();
    g.code = q.value(first + 1).toString();
    g.siteId = q.value(first + 2).toLongLong();
    g.name = q.value(first + 3).toString();
    g.validFrom = dateFrom(q.value(first + 4));
    g.validTo = dateFrom(q.value(first + 5));
    g.note = q.value(first + 6).toString();
    g.rowVersion = q.value(first + 7).toInt();
    return g;
}

const QString GridColumns =
    QStringLiteral("g.id, g.code, g.site_id, g.name, g.valid_from, g.valid_to, g.note, "
                   "g.row_version");

// Named placeholders for a list of ids (:p0, :p1 …), bound into `q` after prepare.
QString namedScope(const Session* session, const QString& column, QList<QPair<QString, QVariant>>* binds)
{
    QVariantList values;
    const QString sql = Permissions::siteScopeSql(session, column, &values);
    if (sql.isEmpty())
        return {};
    QStringList names;
    for (int i = 0; i < values.size(); ++i) {
        names.append(QStringLiteral(":scope%1").arg(i));
        binds->append({names.last(), values.at(i)});
    }
    return column + QStringLiteral(" IN (") + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

QString GridRepository::householdGridSql()
{
    return QStringLiteral(
               "SELECT h.id AS household_id, h.site_id AS site_id, COALESCE("
               " (SELECT MIN(e.grid_id) FROM grid_household_exceptions e WHERE e.household_id = h.id AND %1),"
               " (SELECT MIN(c.grid_id) FROM grid_coverage c WHERE c.unit_id = d.unit_id AND %2),"
               " (SELECT MIN(c.grid_id) FROM grid_coverage c WHERE c.unit_id IS NULL"
               "  AND c.building_id = u.building_id AND %2)) AS grid_id"
               " FROM households h LEFT JOIN dwellings d ON d.id = h.dwelling_id"
               " LEFT JOIN building_units u ON u.id = d.unit_id WHERE h.state = 'active'")
        .arg(holds(QStringLiteral("e")), holds(QStringLiteral("c")));
}

Outcome GridRepository::readAllowed(qint64 siteId) const
{
    return Permissions::require(m_db, Action::ReadGrids, siteId);
}

Result<QList<GridSummary>> GridRepository::grids(qint64 siteId, QDate day) const
{
    if (Outcome denied = readAllowed(siteId); !denied)
        return denied;
    QList<QPair<QString, QVariant>> binds;
    QString where = holds(QStringLiteral("g"));
    if (siteId > 0) {
        where += QStringLiteral(" AND g.site_id = :site");
        binds.append({QStringLiteral(":site"), siteId});
    }
    const QString scope = namedScope(m_db.session(), QStringLiteral("g.site_id"), &binds);
    if (!scope.isEmpty())
        where += QStringLiteral(" AND ") + scope;
    QSqlQuery q(m_db.connection());
    // The households are placed once for all grids and counted by grid, not once per grid.
    q.prepare(QStringLiteral("SELECT %1, s.code, s.name, COALESCE(hc.n, 0),"
                             " (SELECT COUNT(*) FROM grid_staff f WHERE f.grid_id = g.id AND %3)"
                             " FROM grids g JOIN sites s ON s.id = g.site_id"
                             " LEFT JOIN (SELECT x.grid_id AS grid_id, COUNT(*) AS n FROM (%2) x"
                             "  GROUP BY x.grid_id) hc ON hc.grid_id = g.id WHERE %4 ORDER BY s.code, g.code")
                  .arg(GridColumns, householdGridSql(), holds(QStringLiteral("f")), where));
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<GridSummary> list;
    while (q.next()) {
        GridSummary s;
        s.grid = gridFrom(q);
        s.siteCode = q.value(8).toString();
        s.siteName = q.value(9).toString();
        s.activeHouseholds = q.value(10).toInt();
        s.staff = q.value(11).toInt();
        list.append(s);
    }
    return list;
}

std::optional<Grid> GridRepository::grid(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM grids g WHERE g.id = ?").arg(GridColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return gridFrom(q);
}

std::optional<Grid> GridRepository::gridByCode(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM grids g WHERE g.code = ?").arg(GridColumns));
    q.addBindValue(code.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return gridFrom(q);
}

Result<QList<GridCoverage>> GridRepository::coverage(qint64 gridId, QDate day) const
{
    const auto g = grid(gridId);
    if (Outcome denied = readAllowed(g ? g->siteId : 0); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT c.id, c.grid_id, c.building_id, c.unit_id, b.name, u.name, c.valid_from,"
                       " c.valid_to, c.reason FROM grid_coverage c JOIN buildings b ON b.id = c.building_id"
                       " LEFT JOIN building_units u ON u.id = c.unit_id WHERE c.grid_id = :grid AND %1"
                       " ORDER BY b.name, u.name")
            .arg(holds(QStringLiteral("c"))));
    q.bindValue(QStringLiteral(":grid"), gridId);
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<GridCoverage> list;
    while (q.next()) {
        GridCoverage c;
        c.id = q.value(0).toLongLong();
        c.gridId = q.value(1).toLongLong();
        c.buildingId = q.value(2).toLongLong();
        c.unitId = q.value(3).toLongLong();
        c.buildingName = q.value(4).toString();
        c.unitName = q.value(5).toString();
        c.validFrom = dateFrom(q.value(6));
        c.validTo = dateFrom(q.value(7));
        c.reason = q.value(8).toString();
        list.append(c);
    }
    return list;
}

namespace {

const QString StaffSelect = QStringLiteral(
    "SELECT f.id, f.grid_id, f.role, f.origin, f.person_id, f.party_member_id, f.cadre_name, f.work_unit,"
    " CASE WHEN f.origin = 'resident' THEN p.phone ELSE f.phone END, f.building_id, f.unit_id, f.valid_from,"
    " f.valid_to, f.end_reason, f.note, CASE WHEN f.origin = 'resident' THEN p.name ELSE f.cadre_name END"
    " FROM grid_staff f LEFT JOIN persons p ON p.id = f.person_id");

StaffMember staffFrom(const QSqlQuery& q, const Session* session)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.gridId = q.value(1).toLongLong();
    s.role = enumFromKey<StaffRole>(q.value(2).toString()).value_or(StaffRole::GridWorker);
    s.origin = enumFromKey<StaffOrigin>(q.value(3).toString()).value_or(StaffOrigin::Resident);
    s.personId = q.value(4).toLongLong();
    s.partyMemberId = q.value(5).toLongLong();
    s.cadreName = q.value(6).toString();
    s.workUnit = q.value(7).toString();
    s.phone = Permissions::shownPhone(session, q.value(8).toString());
    s.buildingId = q.value(9).toLongLong();
    s.unitId = q.value(10).toLongLong();
    s.validFrom = dateFrom(q.value(11));
    s.validTo = dateFrom(q.value(12));
    s.endReason = q.value(13).toString();
    s.note = q.value(14).toString();
    s.name = q.value(15).toString();
    return s;
}

} // namespace

Result<QList<StaffMember>> GridRepository::staff(qint64 gridId, QDate day) const
{
    const auto g = grid(gridId);
    if (Outcome denied = readAllowed(g ? g->siteId : 0); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(StaffSelect + QStringLiteral(" WHERE f.grid_id = :grid AND %1 ORDER BY f.role, f.id")
                                .arg(holds(QStringLiteral("f"))));
    q.bindValue(QStringLiteral(":grid"), gridId);
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<StaffMember> list;
    while (q.next())
        list.append(staffFrom(q, m_db.session()));
    // By the order of the roles (网格长 first), not by their keys' spelling.
    std::stable_sort(list.begin(), list.end(),
                     [](const StaffMember& a, const StaffMember& b) { return a.role < b.role; });
    return list;
}

std::optional<StaffMember> GridRepository::staffMember(qint64 staffId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(StaffSelect + QStringLiteral(" WHERE f.id = ?"));
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return staffFrom(q, m_db.session());
}

QList<PlanRow> GridRepository::planRows(qint64 gridId, QDate day, const QString& tail,
                                        const QVariantList& tailValues) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.id, h.number, h.head_name, b.id, b.name, u.name, d.room,"
                             " (SELECT COUNT(*) FROM grid_household_exceptions e WHERE e.household_id = h.id"
                             "  AND %1)"
                             " FROM (%2) x JOIN households h ON h.id = x.household_id"
                             " LEFT JOIN dwellings d ON d.id = h.dwelling_id"
                             " LEFT JOIN building_units u ON u.id = d.unit_id"
                             " LEFT JOIN buildings b ON b.id = u.building_id WHERE x.grid_id = :grid")
                  .arg(holds(QStringLiteral("e")), householdGridSql()) +
              tail);
    q.bindValue(QStringLiteral(":grid"), gridId);
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    for (int i = 0; i < tailValues.size(); ++i)
        q.bindValue(QStringLiteral(":t%1").arg(i), tailValues.at(i));
    QList<PlanRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        PlanRow r;
        r.householdId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.headName = q.value(2).toString();
        r.buildingId = q.value(3).toLongLong();
        r.buildingName = q.value(4).toString();
        r.unitName = q.value(5).toString();
        r.room = q.value(6).toString();
        r.floor = GridRules::floorOfRoom(r.room);
        r.byException = q.value(7).toInt() > 0;
        rows.append(r);
    }
    return rows;
}

Result<QList<PlanRow>> GridRepository::plan(qint64 gridId, QDate day) const
{
    const auto g = grid(gridId);
    if (Outcome denied = readAllowed(g ? g->siteId : 0); !denied)
        return denied;
    QList<PlanRow> rows = planRows(gridId, day, {}, {});
    // Building names are "2栋", "10栋": by length then text puts 2 before 10.
    std::sort(rows.begin(), rows.end(), [](const PlanRow& a, const PlanRow& b) {
        if (a.buildingName.size() != b.buildingName.size())
            return a.buildingName.size() < b.buildingName.size();
        if (a.buildingName != b.buildingName)
            return a.buildingName < b.buildingName;
        if (a.floor != b.floor)
            return a.floor < b.floor;
        if (a.unitName != b.unitName)
            return a.unitName < b.unitName;
        return a.room < b.room;
    });
    return rows;
}

Result<QList<PlanRow>> GridRepository::households(qint64 gridId, QDate day, int offset, int limit) const
{
    const auto g = grid(gridId);
    if (Outcome denied = readAllowed(g ? g->siteId : 0); !denied)
        return denied;
    return planRows(gridId, day, QStringLiteral(" ORDER BY h.number LIMIT :t0 OFFSET :t1"),
                    {qMax(0, limit), qMax(0, offset)});
}

std::optional<qint64> GridRepository::gridOfHousehold(qint64 householdId, QDate day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT x.grid_id FROM (%1) x WHERE x.household_id = :household")
                  .arg(householdGridSql()));
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    q.bindValue(QStringLiteral(":household"), householdId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Result<QList<GridPlacementProblem>> GridRepository::placementProblems(qint64 siteId, QDate day) const
{
    if (Outcome denied = readAllowed(siteId); !denied)
        return denied;
    QList<QPair<QString, QVariant>> binds;
    QString where = QStringLiteral("h.state = 'active'");
    if (siteId > 0) {
        where += QStringLiteral(" AND h.site_id = :site");
        binds.append({QStringLiteral(":site"), siteId});
    }
    const QString scope = namedScope(m_db.session(), QStringLiteral("h.site_id"), &binds);
    if (!scope.isEmpty())
        where += QStringLiteral(" AND ") + scope;
    // The grids of each precedence level, as text lists, for the households whose placement is not one.
    const QString levels = QStringLiteral(
        "SELECT h.id AS id, h.number AS number, h.site_id AS site_id,"
        " (SELECT COUNT(DISTINCT e.grid_id) FROM grid_household_exceptions e WHERE e.household_id = h.id"
        "  AND %1) AS ne,"
        " (SELECT COUNT(DISTINCT c.grid_id) FROM grid_coverage c WHERE c.unit_id = d.unit_id AND %2) AS nu,"
        " (SELECT COUNT(DISTINCT c.grid_id) FROM grid_coverage c WHERE c.unit_id IS NULL"
        "  AND c.building_id = u.building_id AND %2) AS nb"
        " FROM households h LEFT JOIN dwellings d ON d.id = h.dwelling_id"
        " LEFT JOIN building_units u ON u.id = d.unit_id WHERE %3");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, number, site_id, ne, nu, nb FROM (%1) x"
                             " WHERE NOT (ne = 1 OR (ne = 0 AND (nu = 1 OR (nu = 0 AND nb = 1))))"
                             " ORDER BY number")
                  .arg(levels.arg(holds(QStringLiteral("e")), holds(QStringLiteral("c")), where)));
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<GridPlacementProblem> problems;
    while (q.next()) {
        GridPlacementProblem p;
        p.householdId = q.value(0).toLongLong();
        p.number = q.value(1).toString();
        p.siteId = q.value(2).toLongLong();
        problems.append(p);
    }
    // The competing grids of the ambiguous ones (few: each is a mistake to correct).
    for (GridPlacementProblem& p : problems) {
        GridRules::Placement placement;
        QSqlQuery g(m_db.connection());
        g.prepare(QStringLiteral(
                      "SELECT 0, e.grid_id FROM grid_household_exceptions e WHERE e.household_id = :household"
                      " AND %1 UNION ALL SELECT CASE WHEN c.unit_id IS NULL THEN 2 ELSE 1 END, c.grid_id"
                      " FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                      " JOIN building_units u ON u.id = d.unit_id JOIN grid_coverage c"
                      " ON (c.unit_id = u.id OR (c.unit_id IS NULL AND c.building_id = u.building_id))"
                      " WHERE h.id = :household AND %2")
                      .arg(holds(QStringLiteral("e")), holds(QStringLiteral("c"))));
        g.bindValue(QStringLiteral(":household"), p.householdId);
        g.bindValue(QStringLiteral(":day"), sqlDate(day));
        if (!g.exec())
            return Outcome::error(g.lastError().text());
        while (g.next()) {
            const int level = g.value(0).toInt();
            QList<qint64>& list = level == 0   ? placement.exceptionGrids
                                  : level == 1 ? placement.unitGrids
                                               : placement.buildingGrids;
            list.append(g.value(1).toLongLong());
        }
        GridRules::gridOf(placement, &p.gridIds);
    }
    return problems;
}

namespace {

const QString PairingSelect = QStringLiteral(
    "SELECT pr.id, pr.household_id, pr.partner_kind, pr.party_member_id, pr.staff_id, pr.cadre_name,"
    " pr.work_unit, pr.phone, pr.valid_from, pr.valid_to, pr.end_reason, pr.note, h.number,"
    " CASE pr.partner_kind WHEN 'cadre' THEN pr.cadre_name"
    "  WHEN 'party_member' THEN COALESCE(mp.name, m.cadre_name)"
    "  ELSE COALESCE(sp.name, s.cadre_name) END"
    " FROM pairings pr JOIN households h ON h.id = pr.household_id"
    " LEFT JOIN party_members m ON m.id = pr.party_member_id LEFT JOIN persons mp ON mp.id = m.person_id"
    " LEFT JOIN grid_staff s ON s.id = pr.staff_id LEFT JOIN persons sp ON sp.id = s.person_id");

Pairing pairingFrom(const QSqlQuery& q, const Session* session)
{
    Pairing p;
    p.id = q.value(0).toLongLong();
    p.householdId = q.value(1).toLongLong();
    p.partnerKind = enumFromKey<PartnerKind>(q.value(2).toString()).value_or(PartnerKind::Cadre);
    p.partyMemberId = q.value(3).toLongLong();
    p.staffId = q.value(4).toLongLong();
    p.cadreName = q.value(5).toString();
    p.workUnit = q.value(6).toString();
    p.phone = Permissions::shownPhone(session, q.value(7).toString());
    p.validFrom = dateFrom(q.value(8));
    p.validTo = dateFrom(q.value(9));
    p.endReason = q.value(10).toString();
    p.note = q.value(11).toString();
    p.householdNumber = q.value(12).toString();
    p.partnerName = q.value(13).toString();
    return p;
}

qint64 siteOfHousehold(const Database& db, qint64 householdId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<QList<Pairing>> GridRepository::pairings(qint64 householdId, QDate day) const
{
    if (Outcome denied = readAllowed(siteOfHousehold(m_db, householdId)); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(PairingSelect +
              QStringLiteral(" WHERE pr.household_id = :household%1 ORDER BY pr.valid_from, pr.id")
                  .arg(day.isValid() ? QStringLiteral(" AND ") + holds(QStringLiteral("pr")) : QString()));
    q.bindValue(QStringLiteral(":household"), householdId);
    if (day.isValid())
        q.bindValue(QStringLiteral(":day"), sqlDate(day));
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<Pairing> list;
    while (q.next())
        list.append(pairingFrom(q, m_db.session()));
    return list;
}

std::optional<Pairing> GridRepository::pairing(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(PairingSelect + QStringLiteral(" WHERE pr.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return pairingFrom(q, m_db.session());
}

Result<QList<PairingContact>> GridRepository::contacts(qint64 pairingId) const
{
    const auto p = pairing(pairingId);
    if (Outcome denied = readAllowed(p ? siteOfHousehold(m_db, p->householdId) : 0); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, pairing_id, contact_date, way, note FROM pairing_contacts"
                             " WHERE pairing_id = ? ORDER BY contact_date, id"));
    q.addBindValue(pairingId);
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<PairingContact> list;
    while (q.next()) {
        PairingContact c;
        c.id = q.value(0).toLongLong();
        c.pairingId = q.value(1).toLongLong();
        c.date = dateFrom(q.value(2));
        c.way = enumFromKey<ContactWay>(q.value(3).toString()).value_or(ContactWay::Other);
        c.note = q.value(4).toString();
        list.append(c);
    }
    return list;
}

Result<QList<PersonCare>> GridRepository::care(qint64 personId, QDate day) const
{
    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT h.site_id FROM persons p JOIN households h ON h.id = p.household_id"
                             " WHERE p.id = ?"));
    s.addBindValue(personId);
    const qint64 siteId = s.exec() && s.next() ? s.value(0).toLongLong() : 0;
    if (Outcome denied = readAllowed(siteId); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.id, c.person_id, c.category, c.valid_from, c.valid_to, c.note"
                             " FROM person_care_categories c WHERE c.person_id = :person AND %1"
                             " ORDER BY c.valid_from, c.id")
                  .arg(holds(QStringLiteral("c"))));
    q.bindValue(QStringLiteral(":person"), personId);
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<PersonCare> list;
    while (q.next()) {
        PersonCare c;
        c.id = q.value(0).toLongLong();
        c.personId = q.value(1).toLongLong();
        c.category = enumFromKey<CareCategory>(q.value(2).toString()).value_or(CareCategory::ElderlyAlone);
        c.validFrom = dateFrom(q.value(3));
        c.validTo = dateFrom(q.value(4));
        c.note = q.value(5).toString();
        list.append(c);
    }
    return list;
}

} // namespace anju::grids
