#include "grids/VisitPlan.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

Result<QList<WorkerPlan>> VisitPlan::forMonth(QDate month, qint64 gridId, QDate today, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids); !denied)
        return denied;
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QVariantList values{sqlDate(today)};
    QVariantList whereValues;
    QString where;
    if (gridId > 0) {
        // The households that may be in the grid (those of the buildings and units it covers, and its
        // exceptions) first, so the tasks are found through their household, not by reading the whole
        // office's month; the exact rule (a unit's row wins over its building's, an exception over both)
        // then keeps those that are in it.
        where +=
            QStringLiteral(" AND t.household_id IN (SELECT bh.id FROM grid_coverage bc"
                           " JOIN building_units bu ON bu.building_id = bc.building_id"
                           " JOIN dwellings bd ON bd.unit_id = bu.id JOIN households bh"
                           " ON bh.dwelling_id = bd.id WHERE bc.grid_id = ? AND bc.unit_id IS NULL AND ");
        whereValues << gridId;
        where += VisitSql::holdsOn(QStringLiteral("bc"), last, &whereValues);
        where += QStringLiteral(" UNION SELECT uh.id FROM grid_coverage uc JOIN dwellings ud"
                                " ON ud.unit_id = uc.unit_id JOIN households uh ON uh.dwelling_id = ud.id"
                                " WHERE uc.grid_id = ? AND ");
        whereValues << gridId;
        where += VisitSql::holdsOn(QStringLiteral("uc"), last, &whereValues);
        where += QStringLiteral(" UNION SELECT ge.household_id FROM grid_household_exceptions ge"
                                " WHERE ge.grid_id = ? AND ");
        whereValues << gridId;
        where += VisitSql::holdsOn(QStringLiteral("ge"), last, &whereValues);
        where += QStringLiteral(") AND ") + VisitSql::householdGrid(QStringLiteral("h"), last, &whereValues) +
                 QStringLiteral(" = ?");
        whereValues << gridId;
    } else if (siteId > 0) {
        where += QStringLiteral(" AND h.site_id = ?");
        whereValues << siteId;
    }
    const QString scope =
        Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &whereValues);
    if (!scope.isEmpty())
        where += QStringLiteral(" AND ") + scope;
    // The households are joined only when the grid or the user's sites need them: the whole office's month
    // is then read from visit_tasks alone.
    QString sql = QStringLiteral(
        "SELECT t.assignee_staff_id, t.assignee_member_id, COUNT(*),"
        " SUM(CASE WHEN t.closed_on IS NOT NULL THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on IS NOT NULL AND t.closed_on > t.overdue_after THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on IS NULL AND t.overdue_after < ? THEN 1 ELSE 0 END) FROM visit_tasks t");
    if (!where.isEmpty())
        sql += QStringLiteral(" JOIN households h ON h.id = t.household_id");
    sql += QStringLiteral(" WHERE t.cancelled_on IS NULL AND t.overdue_after >= ? AND t.overdue_after <= ?");
    values << sqlDate(first) << sqlDate(last);
    sql += where;
    values << whereValues;
    sql += QStringLiteral(" GROUP BY t.assignee_staff_id, t.assignee_member_id");
    // Each worker's name in the same statement, not one query per worker (thousands in a province), and
    // looked up per worker by key: joined, PostgreSQL misjudged the workers (48,000 for 9,140) and hashed
    // the whole persons table twice, 0.5 of the whole office's 0.8 s at 280,000 households.
    sql =
        QStringLiteral("SELECT w.*, COALESCE((SELECT sp.name FROM persons sp WHERE sp.id = s.person_id),"
                       " s.cadre_name), COALESCE((SELECT mp.name FROM persons mp WHERE mp.id = m.person_id),"
                       " m.cadre_name) FROM (") +
        sql +
        QStringLiteral(") w LEFT JOIN grid_staff s ON s.id = w.assignee_staff_id"
                       " LEFT JOIN party_members m ON m.id = w.assignee_member_id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Outcome::error(tr("The visit plan could not be read: %1").arg(q.lastError().text()));
    QList<WorkerPlan> plan;
    while (q.next()) {
        WorkerPlan w;
        w.staffId = q.value(0).toLongLong();
        w.memberId = q.value(1).toLongLong();
        w.due = q.value(2).toInt();
        w.done = q.value(3).toInt();
        w.late = q.value(4).toInt();
        w.overdue = q.value(5).toInt();
        w.name = w.staffId > 0    ? q.value(6).toString()
                 : w.memberId > 0 ? q.value(7).toString()
                                  : tr("(no one assigned)");
        plan.append(w);
    }
    std::sort(plan.begin(), plan.end(), [](const WorkerPlan& a, const WorkerPlan& b) {
        return a.name != b.name ? a.name < b.name : a.staffId + a.memberId < b.staffId + b.memberId;
    });
    return plan;
}

} // namespace anju::grids
