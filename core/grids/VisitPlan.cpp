#include "grids/VisitPlan.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

namespace {

QString nameOf(const Database& db, const QString& sql, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

Result<QList<WorkerPlan>> VisitPlan::forMonth(QDate month, qint64 gridId, QDate today, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids); !denied)
        return denied;
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QVariantList values{sqlDate(today)};
    QString sql = QStringLiteral(
        "SELECT t.assignee_staff_id, t.assignee_member_id, COUNT(*),"
        " SUM(CASE WHEN t.closed_on IS NOT NULL THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on IS NOT NULL AND t.closed_on > t.overdue_after THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on IS NULL AND t.overdue_after < ? THEN 1 ELSE 0 END)"
        " FROM visit_tasks t JOIN households h ON h.id = t.household_id"
        " WHERE t.cancelled_on IS NULL AND t.overdue_after >= ? AND t.overdue_after <= ?");
    values << sqlDate(first) << sqlDate(last);
    if (gridId > 0) {
        sql += QStringLiteral(" AND ") + VisitSql::householdGrid(QStringLiteral("h"), last, &values) +
               QStringLiteral(" = ?");
        values << gridId;
    } else if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values << siteId;
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" GROUP BY t.assignee_staff_id, t.assignee_member_id");
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
        plan.append(w);
    }
    for (WorkerPlan& w : plan) {
        if (w.staffId > 0)
            w.name = nameOf(m_db,
                            QStringLiteral("SELECT COALESCE(p.name, s.cadre_name) FROM grid_staff s"
                                           " LEFT JOIN persons p ON p.id = s.person_id WHERE s.id = ?"),
                            w.staffId);
        else if (w.memberId > 0)
            w.name = nameOf(m_db,
                            QStringLiteral("SELECT COALESCE(p.name, m.cadre_name) FROM party_members m"
                                           " LEFT JOIN persons p ON p.id = m.person_id WHERE m.id = ?"),
                            w.memberId);
        else
            w.name = tr("(no one assigned)");
    }
    std::sort(plan.begin(), plan.end(), [](const WorkerPlan& a, const WorkerPlan& b) {
        return a.name != b.name ? a.name < b.name : a.staffId + a.memberId < b.staffId + b.memberId;
    });
    return plan;
}

} // namespace anju::grids
