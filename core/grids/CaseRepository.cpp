#include "grids/CaseRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"

#include <QSqlQuery>

namespace anju::grids {

namespace {

const char CaseColumns[] =
    "SELECT c.id, c.site_id, c.grid_id, c.kind, c.title, c.description, c.reporter_person_id, "
    "c.reporter_name,"
    " c.reporter_phone, c.received_on, c.handler_staff_id, c.handler_level, c.state, c.state_date, "
    "c.deadline,"
    " c.resolved_on, c.result, c.satisfaction, c.referred_department, c.referral_state, c.row_version"
    " FROM grid_cases c";

GridCase caseFrom(const QSqlQuery& q)
{
    GridCase c;
    c.id = q.value(0).toLongLong();
    c.siteId = q.value(1).toLongLong();
    c.gridId = q.value(2).toLongLong();
    c.kind = enumFromKey<CaseKind>(q.value(3).toString()).value_or(CaseKind::ServiceRequest);
    c.title = q.value(4).toString();
    c.description = q.value(5).toString();
    c.reporterPersonId = q.value(6).toLongLong();
    c.reporterName = q.value(7).toString();
    c.reporterPhone = q.value(8).toString();
    c.receivedOn = dateFrom(q.value(9));
    c.handlerStaffId = q.value(10).toLongLong();
    c.status.level =
        enumFromKey<EscalationLevel>(q.value(11).toString()).value_or(EscalationLevel::GridWorker);
    c.status.state = enumFromKey<CaseState>(q.value(12).toString()).value_or(CaseState::Received);
    c.stateDate = dateFrom(q.value(13));
    c.deadline = dateFrom(q.value(14));
    c.resolvedOn = dateFrom(q.value(15));
    c.result = q.value(16).toString();
    if (!q.value(17).isNull())
        c.satisfaction = enumFromKey<Satisfaction>(q.value(17).toString());
    c.referredDepartment = q.value(18).toString();
    c.status.referralAccepted = q.value(19).toString() == QLatin1String("accepted");
    c.rowVersion = q.value(20).toInt();
    return c;
}

template <typename E> std::optional<E> optionalKey(const QVariant& value)
{
    return value.isNull() ? std::nullopt : enumFromKey<E>(value.toString());
}

} // namespace

QList<GridCase> CaseRepository::select(const QString& where, QVariantList values, int limit) const
{
    QString sql = QString::fromLatin1(CaseColumns) + QStringLiteral(" WHERE ") + where;
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("c.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY c.deadline, c.id LIMIT ?");
    values.append(limit);
    QList<GridCase> result;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(caseFrom(q));
    return result;
}

std::optional<GridCase> CaseRepository::gridCase(qint64 id) const
{
    QList<GridCase> found = select(QStringLiteral("c.id = ?"), {id}, 1);
    if (found.isEmpty())
        return std::nullopt;
    GridCase c = found.first();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT household_id FROM grid_case_households WHERE case_id = ? ORDER BY household_id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.householdIds.append(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT person_id FROM grid_case_persons WHERE case_id = ? ORDER BY person_id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.personIds.append(q.value(0).toLongLong());
    q.prepare(
        QStringLiteral("SELECT id, event_date, event, from_state, to_state, handler_level, staff_id,"
                       " department, note FROM grid_case_events WHERE case_id = ? ORDER BY event_date, id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            CaseEvent e;
            e.id = q.value(0).toLongLong();
            e.date = dateFrom(q.value(1));
            e.action = enumFromKey<CaseAction>(q.value(2).toString()).value_or(CaseAction::Note);
            e.fromState = optionalKey<CaseState>(q.value(3));
            e.toState = optionalKey<CaseState>(q.value(4));
            e.level = optionalKey<EscalationLevel>(q.value(5));
            e.staffId = q.value(6).toLongLong();
            e.department = q.value(7).toString();
            e.note = q.value(8).toString();
            c.events.append(e);
        }
    }
    return c;
}

QList<GridCase> CaseRepository::cases(const CaseFilter& filter) const
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (filter.state) {
        where += QStringLiteral(" AND c.state = ?");
        values.append(enumKey(*filter.state));
    }
    if (filter.overdueOnly) {
        where += QStringLiteral(" AND c.state <> 'resolved' AND c.deadline < ?");
        values.append(sqlDate(filter.today));
    }
    if (filter.resolvedSince.isValid()) {
        where += QStringLiteral(" AND (c.state <> 'resolved' OR c.resolved_on >= ?)");
        values.append(sqlDate(filter.resolvedSince));
    }
    if (filter.siteId > 0) {
        where += QStringLiteral(" AND c.site_id = ?");
        values.append(filter.siteId);
    }
    if (filter.gridId > 0) {
        // Received for the grid, or received for no grid about a household the grid holds on the day.
        where += QStringLiteral(" AND (c.grid_id = ? OR (c.grid_id IS NULL AND EXISTS (SELECT 1 FROM"
                                " grid_case_households ch JOIN households h ON h.id = ch.household_id"
                                " WHERE ch.case_id = c.id AND ");
        values.append(filter.gridId);
        where +=
            VisitSql::householdGrid(QStringLiteral("h"), filter.today, &values) + QStringLiteral(" = ?)))");
        values.append(filter.gridId);
    }
    if (filter.kind) {
        where += QStringLiteral(" AND c.kind = ?");
        values.append(enumKey(*filter.kind));
    }
    return select(where, values, filter.limit);
}

QList<GridCase> CaseRepository::overdueOpen(QDate today) const
{
    return select(QStringLiteral("c.state <> 'resolved' AND c.state <> 'referred' AND c.deadline < ?"),
                  {sqlDate(today)}, 100000);
}

} // namespace anju::grids
