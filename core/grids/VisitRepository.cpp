#include "grids/VisitRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"

#include <QSqlQuery>

namespace anju::grids {

namespace {

const char TaskColumns[] =
    "SELECT t.id, t.household_id, t.person_id, t.kind, t.reason, t.source, t.care_category_id, "
    "t.care_mark_id,"
    " t.case_id, t.assignee_staff_id, t.assignee_member_id, t.due_from, t.overdue_after, "
    "t.closed_by_visit_id,"
    " t.closed_on, t.cancelled_on, t.cancel_reason, t.note, t.row_version, h.number, p.name"
    " FROM visit_tasks t JOIN households h ON h.id = t.household_id LEFT JOIN persons p ON p.id = "
    "t.person_id";

VisitTask taskFrom(const QSqlQuery& q)
{
    VisitTask t;
    t.id = q.value(0).toLongLong();
    t.householdId = q.value(1).toLongLong();
    t.personId = q.value(2).toLongLong();
    t.kind = enumFromKey<TaskKind>(q.value(3).toString()).value_or(TaskKind::MustVisit);
    t.reason = q.value(4).toString();
    t.source = enumFromKey<TaskSource>(q.value(5).toString()).value_or(TaskSource::Manual);
    t.careCategoryId = q.value(6).toLongLong();
    t.careMarkId = q.value(7).toLongLong();
    t.caseId = q.value(8).toLongLong();
    t.assigneeStaffId = q.value(9).toLongLong();
    t.assigneeMemberId = q.value(10).toLongLong();
    t.window = {dateFrom(q.value(11)), dateFrom(q.value(12))};
    t.closedByVisitId = q.value(13).toLongLong();
    t.closedOn = dateFrom(q.value(14));
    t.cancelledOn = dateFrom(q.value(15));
    t.cancelReason = q.value(16).toString();
    t.note = q.value(17).toString();
    t.rowVersion = q.value(18).toInt();
    t.householdNumber = q.value(19).toString();
    t.personName = q.value(20).toString();
    return t;
}

} // namespace

QList<VisitTask> VisitRepository::tasks(const QString& where, const QVariantList& values) const
{
    QList<VisitTask> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(TaskColumns) + QStringLiteral(" WHERE ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(taskFrom(q));
    return result;
}

std::optional<VisitTask> VisitRepository::task(qint64 id) const
{
    const QList<VisitTask> found = tasks(QStringLiteral("t.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<VisitTask> VisitRepository::tasksOf(qint64 householdId) const
{
    return tasks(QStringLiteral("t.household_id = ? ORDER BY t.due_from DESC, t.id DESC"), {householdId});
}

QList<VisitTask> VisitRepository::tasksDueIn(QDate from, QDate to) const
{
    return tasks(QStringLiteral("t.overdue_after >= ? AND t.overdue_after <= ? AND t.cancelled_on IS NULL"
                                " ORDER BY t.overdue_after, t.id"),
                 {sqlDate(from), sqlDate(to)});
}

QList<VisitTask> VisitRepository::tasksFor(QDate month, qint64 staffId, qint64 memberId, qint64 gridId,
                                           qint64 siteId) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QVariantList values{sqlDate(first), sqlDate(last)};
    QString where =
        QStringLiteral("t.cancelled_on IS NULL AND t.overdue_after >= ? AND t.overdue_after <= ?");
    // An id of 0 is the NULL of an unassigned task (VisitPlan counts those on a line with both ids 0).
    if (staffId > 0) {
        where += QStringLiteral(" AND t.assignee_staff_id = ?");
        values << staffId;
    } else {
        where += QStringLiteral(" AND t.assignee_staff_id IS NULL");
    }
    if (memberId > 0) {
        where += QStringLiteral(" AND t.assignee_member_id = ?");
        values << memberId;
    } else {
        where += QStringLiteral(" AND t.assignee_member_id IS NULL");
    }
    if (gridId > 0) {
        where += QStringLiteral(" AND ") + VisitSql::householdGrid(QStringLiteral("h"), last, &values) +
                 QStringLiteral(" = ?");
        values << gridId;
    } else if (siteId > 0) {
        where += QStringLiteral(" AND h.site_id = ?");
        values << siteId;
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        where += QStringLiteral(" AND ") + scope;
    where += QStringLiteral(" ORDER BY t.overdue_after, h.number, t.id");
    return tasks(where, values);
}

std::optional<Visit> VisitRepository::visit(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT household_id FROM visits WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Visit& v : visitsOf(q.value(0).toLongLong()))
        if (v.id == id)
            return v;
    return std::nullopt;
}

QList<Visit> VisitRepository::visitsOf(qint64 householdId) const
{
    QList<Visit> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT v.id, v.household_id, v.person_id, v.visitor_kind, v.visitor_staff_id, v.visitor_member_id,"
        " COALESCE(sp.name, NULLIF(s.cadre_name, ''), mp.name, NULLIF(m.cadre_name, ''), v.visitor_name),"
        " v.visit_date, v.kind, v.reason, v.findings, v.follow_up, v.task_id, v.case_id, v.pairing_id"
        " FROM visits v LEFT JOIN grid_staff s ON s.id = v.visitor_staff_id"
        " LEFT JOIN persons sp ON sp.id = s.person_id"
        " LEFT JOIN party_members m ON m.id = v.visitor_member_id LEFT JOIN persons mp ON mp.id = m.person_id"
        " WHERE v.household_id = ? ORDER BY v.visit_date DESC, v.id DESC"));
    q.addBindValue(householdId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.householdId = q.value(1).toLongLong();
        v.personId = q.value(2).toLongLong();
        v.visitorKind = enumFromKey<VisitorKind>(q.value(3).toString()).value_or(VisitorKind::Cadre);
        v.visitorStaffId = q.value(4).toLongLong();
        v.visitorMemberId = q.value(5).toLongLong();
        v.visitorName = q.value(6).toString();
        v.date = dateFrom(q.value(7));
        v.kind = enumFromKey<VisitKind>(q.value(8).toString()).value_or(VisitKind::Routine);
        v.reason = q.value(9).toString();
        v.findings = q.value(10).toString();
        v.followUp = q.value(11).toString();
        v.taskId = q.value(12).toLongLong();
        v.caseId = q.value(13).toLongLong();
        v.pairingId = q.value(14).toLongLong();
        result.append(v);
    }
    return result;
}

} // namespace anju::grids
