#include "IndependentGridFigures.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

namespace {

// Bound by name: :first and :last of the month, :site (0 = every site).

// clang-format off
// A dated row holds on the month's last day.
#define HOLDS(a) " " a ".valid_from <= :last AND NOT (" a ".valid_to IS NOT NULL AND " a ".valid_to <= :last)"

#define IN_SITE(column) " (:site = 0 OR " column " = :site)"

// Registered at the month's end: relocated by then, and not (yet) moved away or dissolved on that day.
#define ACTIVE_HOUSEHOLDS \
    " FROM households h WHERE NOT (h.relocation_date IS NOT NULL AND h.relocation_date > :last)" \
    " AND CASE WHEN h.state = 'active' THEN 1 WHEN h.state_date > :last THEN 1 ELSE 0 END = 1" \
    " AND" IN_SITE("h.site_id")

// In some grid at the month's end: placed by an exception, or living in a unit covered by a grid (the unit
// itself, or its whole building).
#define IN_SOME_GRID \
    " (EXISTS (SELECT 1 FROM grid_household_exceptions x WHERE x.household_id = h.id AND" HOLDS("x") ")" \
    " OR EXISTS (SELECT 1 FROM dwellings d JOIN grid_coverage k ON k.unit_id = d.unit_id" \
    "  WHERE d.id = h.dwelling_id AND" HOLDS("k") ")" \
    " OR EXISTS (SELECT 1 FROM dwellings d JOIN building_units u ON u.id = d.unit_id" \
    "  JOIN grid_coverage k ON k.building_id = u.building_id AND k.unit_id IS NULL" \
    "  WHERE d.id = h.dwelling_id AND" HOLDS("k") "))"

#define PAIRED " EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND" HOLDS("p") ")"

#define STAFF(role) \
    "SELECT COUNT(*) FROM grid_staff s WHERE s.role = '" role "' AND" HOLDS("s") \
    " AND EXISTS (SELECT 1 FROM grids g WHERE g.id = s.grid_id AND" HOLDS("g") " AND" IN_SITE("g.site_id") ")"

// The tasks of a kind whose window ends in the month, of households in scope, not cancelled by its end;
// v is the visit that answered the task (visits.task_id), if any.
#define TASKS(kind) \
    "SELECT COUNT(*) FROM visit_tasks t JOIN households h ON h.id = t.household_id" \
    " LEFT JOIN visits v ON v.task_id = t.id" \
    " WHERE t.kind = '" kind "' AND t.overdue_after BETWEEN :first AND :last" \
    " AND NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= :last) AND" IN_SITE("h.site_id")

#define TASK_FIGURES(prefix, kind) \
    {prefix "_due", TASKS(kind)}, \
    {prefix "_done_in_window", TASKS(kind) " AND v.visit_date <= t.overdue_after"}, \
    {prefix "_done_late", TASKS(kind) " AND v.visit_date > t.overdue_after AND v.visit_date <= :last"}, \
    {prefix "_overdue", TASKS(kind) " AND (v.id IS NULL OR v.visit_date > :last)"}

#define CASES " FROM grid_cases c WHERE" IN_SITE("c.site_id")
#define CASE_EVENT(event) \
    " AND c.id IN (SELECT e.case_id FROM grid_case_events e WHERE e.event = '" event "'" \
    " AND e.event_date >= :first AND e.event_date <= :last)"
#define RESOLVED_BY_END \
    " EXISTS (SELECT 1 FROM grid_case_events r WHERE r.case_id = c.id AND r.event = 'resolved'" \
    " AND r.event_date <= :last)"

#define CASE_FIGURES(prefix, kindFilter) \
    {prefix "_received", "SELECT COUNT(*)" CASES kindFilter " AND c.received_on BETWEEN :first AND :last"}, \
    {prefix "_resolved", "SELECT COUNT(*)" CASES kindFilter CASE_EVENT("resolved")}, \
    {prefix "_overdue", "SELECT COUNT(*)" CASES kindFilter " AND c.received_on <= :last AND c.deadline < :last" \
                        " AND NOT" RESOLVED_BY_END}, \
    {prefix "_escalated", "SELECT COUNT(*)" CASES kindFilter CASE_EVENT("escalated")}, \
    {prefix "_referred", "SELECT COUNT(*)" CASES kindFilter CASE_EVENT("referred")}
// clang-format on

struct Query
{
    const char* key;
    const char* sql;
};

const QList<Query>& queries()
{
    static const QList<Query> all = {
        {"grids_open", "SELECT COUNT(*) FROM grids g WHERE" HOLDS("g") " AND" IN_SITE("g.site_id")},
        {"staff_grid_leaders", STAFF("grid_leader")},
        {"staff_grid_workers", STAFF("grid_worker")},
        {"staff_building_leaders", STAFF("building_leader")},
        {"staff_unit_leaders", STAFF("unit_leader")},
        {"staff_party_member_households", STAFF("party_member_household")},
        {"households_in_grid", "SELECT COUNT(*)" ACTIVE_HOUSEHOLDS " AND" IN_SOME_GRID},
        {"households_in_no_grid", "SELECT COUNT(*)" ACTIVE_HOUSEHOLDS " AND NOT" IN_SOME_GRID},
        {"households_paired", "SELECT COUNT(*)" ACTIVE_HOUSEHOLDS " AND" PAIRED},
        // Hundredths of a percent, rounded half up.
        {"households_paired_share",
         "SELECT CASE WHEN n = 0 THEN 0 ELSE (paired * 10000 + n / 2) / n END FROM (SELECT COUNT(*) AS n,"
         " SUM(CASE WHEN" PAIRED " THEN 1 ELSE 0 END) AS paired" ACTIVE_HOUSEHOLDS ") a"},
        TASK_FIGURES("visits", "must_visit"),
        {"must_attend_created",
         "SELECT COUNT(*) FROM visit_tasks t JOIN households h ON h.id = t.household_id"
         " WHERE t.kind = 'must_attend' AND t.due_from BETWEEN :first AND :last"
         " AND NOT (t.cancelled_on IS NOT NULL AND t.cancelled_on <= :last) AND" IN_SITE("h.site_id")},
        TASK_FIGURES("must_attend", "must_attend"),
        CASE_FIGURES("cases", ""),
        CASE_FIGURES("cases_dispute_mediation", " AND c.kind = 'dispute_mediation'"),
        CASE_FIGURES("cases_problem_screening", " AND c.kind = 'problem_screening'"),
        CASE_FIGURES("cases_stability", " AND c.kind = 'stability'"),
        CASE_FIGURES("cases_policy_publicity", " AND c.kind = 'policy_publicity'"),
        CASE_FIGURES("cases_service_request", " AND c.kind = 'service_request'"),
        CASE_FIGURES("cases_public_sentiment", " AND c.kind = 'public_sentiment'"),
    };
    return all;
}

bool month(const Database& db, report::ReportMonth m, qint64 siteId, QList<qint64>* values, QString* error)
{
    for (const Query& query : queries()) {
        const QString sql = QString::fromLatin1(query.sql);
        QSqlQuery q(db.connection());
        bool ok = q.prepare(sql);
        if (ok) {
            if (sql.contains(QLatin1String(":first")))
                q.bindValue(QStringLiteral(":first"), m.first.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":last"), m.last().toString(Qt::ISODate));
            if (sql.contains(QLatin1String(":site")))
                q.bindValue(QStringLiteral(":site"), siteId);
        }
        if (!ok || !q.exec() || !q.next()) {
            *error = QLatin1String(query.key) + QLatin1String(": ") + q.lastError().text();
            return false;
        }
        values->append(q.value(0).toLongLong());
    }
    return true;
}

} // namespace

QList<IndependentFigure> independentGridFigures(const Database& db, report::ReportMonth m, qint64 siteId,
                                                QString* error)
{
    QList<qint64> now;
    QList<qint64> before;
    if (!month(db, m, siteId, &now, error) || !month(db, m.previous(), siteId, &before, error))
        return {};
    QList<IndependentFigure> figures;
    for (int i = 0; i < queries().size(); ++i)
        figures.append({QStringLiteral("grids"), QLatin1String(queries()[i].key), now[i], before[i]});
    return figures;
}

} // namespace anju::test
