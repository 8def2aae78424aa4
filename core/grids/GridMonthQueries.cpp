#include "grids/GridMonthQueries.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

CaseMonthCounts& CaseMonthCounts::operator+=(const CaseMonthCounts& o)
{
    received += o.received;
    resolved += o.resolved;
    overdue += o.overdue;
    escalated += o.escalated;
    referred += o.referred;
    return *this;
}

qint64 GridMonthFigures::pairedShareBasisPoints() const
{
    // Rounded half up, in integers, so the printed share and the JSON agree on every engine.
    return householdsActive > 0 ? (qint64(householdsPaired) * 10000 + householdsActive / 2) / householdsActive
                                : 0;
}

CaseMonthCounts GridMonthFigures::cases() const
{
    CaseMonthCounts all;
    for (const CaseMonthCounts& c : casesByKind)
        all += c;
    return all;
}

namespace {

// Prepares and runs `sql` with `values` bound in order; the failure in the user's language.
Result<QSqlQuery> run(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!ok || !q.exec())
        return Outcome::error(
            GridMonthQueries::tr("The grid figures could not be counted: %1").arg(q.lastError().text()));
    return q;
}

// " AND <column> = ?" for one site (binding it), nothing for the whole office.
QString siteFilter(const QString& column, qint64 siteId, QVariantList* values)
{
    if (siteId == 0)
        return {};
    values->append(siteId);
    return QStringLiteral(" AND %1 = ?").arg(column);
}

} // namespace

Result<GridMonthFigures> GridMonthQueries::forMonth(QDate month, qint64 siteId) const
{
    Result<QList<GridMonthFigures>> counted = forMonths({month}, siteId);
    if (!counted)
        return static_cast<const Outcome&>(counted);
    return counted.value().first();
}

Result<QList<GridMonthFigures>> GridMonthQueries::forMonths(const QList<QDate>& months, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids); !denied)
        return denied;
    if (months.isEmpty())
        return QList<GridMonthFigures>{};
    QList<GridMonthFigures> figures(months.size());
    QList<GridMonthFigures*> each;
    for (int i = 0; i < months.size(); ++i) {
        figures[i].month = QDate(months.at(i).year(), months.at(i).month(), 1);
        each.append(&figures[i]);
    }
    if (Outcome counted = countHouseholds(each, siteId); !counted)
        return counted;
    for (GridMonthFigures& f : figures) {
        for (Outcome counted :
             {countGridsAndStaff(f, siteId), countTasks(f, siteId), countCases(f, siteId)}) {
            if (!counted)
                return counted;
        }
    }
    return figures;
}

Outcome GridMonthQueries::countGridsAndStaff(GridMonthFigures& f, qint64 siteId) const
{
    const QDate last = f.month.addMonths(1).addDays(-1);
    QVariantList values;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM grids g WHERE ");
    sql += VisitSql::holdsOn(QStringLiteral("g"), last, &values);
    sql += siteFilter(QStringLiteral("g.site_id"), siteId, &values);
    Result<QSqlQuery> grids = run(m_db, sql, values);
    if (!grids)
        return grids;
    if (grids.value().next())
        f.gridsOpen = grids.value().value(0).toInt();

    // A post held at the month's end in a grid open then; a person with two posts counts in each. (Each
    // piece is appended in a statement of its own: the values must be bound in the order the text names
    // them, and the operands of one + chain are evaluated in no set order.)
    values.clear();
    sql = QStringLiteral("SELECT s.role, COUNT(*) FROM grid_staff s JOIN grids g ON g.id = s.grid_id WHERE ");
    sql += VisitSql::holdsOn(QStringLiteral("s"), last, &values);
    sql += QStringLiteral(" AND ");
    sql += VisitSql::holdsOn(QStringLiteral("g"), last, &values);
    sql += siteFilter(QStringLiteral("g.site_id"), siteId, &values);
    sql += QStringLiteral(" GROUP BY s.role");
    Result<QSqlQuery> staff = run(m_db, sql, values);
    if (!staff)
        return staff;
    for (QSqlQuery& q = staff.value(); q.next();) {
        if (const std::optional<StaffRole> role = enumFromKey<StaffRole>(q.value(0).toString()))
            f.staffByRole[std::size_t(*role)] = q.value(1).toInt();
    }
    return {};
}

// The active households at a month's end (registered from the relocation date until the day their state
// changed, as the population section counts them), whether they are in a grid that day and whether a
// pairing holds that day. In a grid: placed by an exception, or living in a unit covered by a grid, by its
// own coverage or its building's (VisitSql::householdGrid decides which grid; here only whether one does).
// The households are read in one pass for every month asked (the summary asks two): for one site with a
// look-up per household, for the whole office grouped by unit (countOfficeHouseholds).
Outcome GridMonthQueries::countHouseholds(const QList<GridMonthFigures*>& months, qint64 siteId) const
{
    if (siteId == 0)
        return countOfficeHouseholds(months);
    // One site: a look-up per household through the indexes, since sets would hold the whole office's
    // rows (120 ms of CPU for a site's grid figures at 280,000 households with the sets; the look-ups take
    // 40 times less).
    QVariantList values;
    QString sql = QStringLiteral("SELECT ");
    // Appended piece by piece: the values must be bound in the order the text names them.
    const auto activeOn = [&](QDate day) {
        values << sqlDate(day) << sqlDate(day);
        return QStringLiteral("(h.relocation_date IS NULL OR h.relocation_date <= ?)"
                              " AND (h.state = 'active' OR h.state_date > ?)");
    };
    const auto holding = [&](const char* alias, QDate day) {
        return VisitSql::holdsOn(QLatin1String(alias), day, &values);
    };
    for (int i = 0; i < months.size(); ++i) {
        const QDate last = months.at(i)->month.addMonths(1).addDays(-1);
        if (i > 0)
            sql += QLatin1Char(',');
        sql += QStringLiteral(" SUM(CASE WHEN ");
        sql += activeOn(last);
        sql += QStringLiteral(" THEN 1 ELSE 0 END), SUM(CASE WHEN ");
        sql += activeOn(last);
        sql += QStringLiteral(" AND (EXISTS (SELECT 1 FROM grid_household_exceptions ge"
                              " WHERE ge.household_id = h.id AND ");
        sql += holding("ge", last);
        sql +=
            QStringLiteral(") OR EXISTS (SELECT 1 FROM grid_coverage gu WHERE gu.unit_id = d.unit_id AND ");
        sql += holding("gu", last);
        sql += QStringLiteral(") OR EXISTS (SELECT 1 FROM building_units bu JOIN grid_coverage gb"
                              " ON gb.building_id = bu.building_id WHERE bu.id = d.unit_id"
                              " AND gb.unit_id IS NULL AND ");
        sql += holding("gb", last);
        sql += QStringLiteral(")) THEN 1 ELSE 0 END), SUM(CASE WHEN ");
        sql += activeOn(last);
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM pairings pr WHERE pr.household_id = h.id AND ");
        sql += holding("pr", last);
        sql += QStringLiteral(") THEN 1 ELSE 0 END)");
    }
    // Only the households active at one of the days: relocated by the latest, left after the earliest.
    QDate earliest = months.first()->month;
    QDate latest = earliest;
    for (const GridMonthFigures* f : months) {
        earliest = std::min(earliest, f->month);
        latest = std::max(latest, f->month);
    }
    // The relocation date inside a CASE: written as "IS NULL OR <= ?", SQLite answers it with two searches
    // of the relocation_date index and a row look-up per household, several times slower than reading the
    // table through (0.50 s against 0.06 s of CPU at 280,000 households), and nearly every household
    // qualifies anyway.
    sql += QStringLiteral(" FROM households h LEFT JOIN dwellings d ON d.id = h.dwelling_id"
                          " WHERE CASE WHEN h.relocation_date > ? THEN 0 ELSE 1 END = 1"
                          " AND (h.state = 'active' OR h.state_date > ?)");
    values << sqlDate(latest.addMonths(1).addDays(-1)) << sqlDate(earliest.addMonths(1).addDays(-1));
    sql += siteFilter(QStringLiteral("h.site_id"), siteId, &values);
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    if (QSqlQuery& q = read.value(); q.next()) {
        for (int i = 0; i < months.size(); ++i) {
            months[i]->householdsActive = q.value(3 * i).toInt();
            months[i]->householdsInGrid = q.value(3 * i + 1).toInt();
            months[i]->householdsPaired = q.value(3 * i + 2).toInt();
        }
    }
    return {};
}

// The whole office, counted without testing each household against the sets (which cost 0.35–0.54 s of
// CPU for two months at 280,000 households): the households read once, grouped by unit with how many
// were active on each day, then the covered units' counts summed; the excepted households outside covered
// units added (a few); the paired households as the pairings holding on the day less those of the few
// households not active then. 0.25–0.29 s for the same figures (docs/benchmarks.md, 2026-12-07).
Outcome GridMonthQueries::countOfficeHouseholds(const QList<GridMonthFigures*>& months) const
{
    QVariantList values;
    const auto holding = [&](const char* alias, QDate day) {
        return VisitSql::holdsOn(QLatin1String(alias), day, &values);
    };
    // Active on the day, the relocation date inside a CASE (see countHouseholds).
    const auto activeOn = [&](QDate day) {
        values << sqlDate(day) << sqlDate(day);
        return QStringLiteral("CASE WHEN h.relocation_date > ? THEN 0 ELSE 1 END = 1"
                              " AND (h.state = 'active' OR h.state_date > ?)");
    };
    // The units covered on the day, by their own coverage or their building's.
    const auto coveredUnits = [&](QDate day) {
        QString sql =
            QStringLiteral("SELECT gu.unit_id FROM grid_coverage gu WHERE gu.unit_id IS NOT NULL AND ");
        sql += holding("gu", day);
        sql += QStringLiteral(" UNION SELECT bu.id FROM building_units bu JOIN grid_coverage gb"
                              " ON gb.building_id = bu.building_id WHERE gb.unit_id IS NULL AND ");
        sql += holding("gb", day);
        return sql;
    };
    QList<QDate> days;
    for (const GridMonthFigures* f : months)
        days.append(f->month.addMonths(1).addDays(-1));
    const QDate earliest = *std::min_element(days.cbegin(), days.cend());
    const QDate latest = *std::max_element(days.cbegin(), days.cend());

    QString sql = QStringLiteral("SELECT ");
    for (int i = 0; i < days.size(); ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += QStringLiteral(" SUM(u.n%1), SUM(CASE WHEN u.unit_id IN (").arg(i);
        sql += coveredUnits(days.at(i));
        sql += QStringLiteral(") THEN u.n%1 ELSE 0 END)").arg(i);
    }
    sql += QStringLiteral(" FROM (SELECT d.unit_id AS unit_id");
    for (int i = 0; i < days.size(); ++i) {
        sql += QStringLiteral(", SUM(CASE WHEN ");
        sql += activeOn(days.at(i));
        sql += QStringLiteral(" THEN 1 ELSE 0 END) AS n%1").arg(i);
    }
    sql += QStringLiteral(" FROM households h LEFT JOIN dwellings d ON d.id = h.dwelling_id"
                          " WHERE CASE WHEN h.relocation_date > ? THEN 0 ELSE 1 END = 1"
                          " AND (h.state = 'active' OR h.state_date > ?) GROUP BY d.unit_id) u");
    values << sqlDate(latest) << sqlDate(earliest);
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    if (QSqlQuery& q = read.value(); q.next()) {
        for (int i = 0; i < days.size(); ++i) {
            months[i]->householdsActive = q.value(2 * i).toInt();
            months[i]->householdsInGrid = q.value(2 * i + 1).toInt();
        }
    }

    for (int i = 0; i < days.size(); ++i) {
        const QDate day = days.at(i);
        values.clear();
        sql = QStringLiteral("SELECT COUNT(DISTINCT ge.household_id) FROM grid_household_exceptions ge"
                             " JOIN households h ON h.id = ge.household_id"
                             " LEFT JOIN dwellings d ON d.id = h.dwelling_id WHERE ");
        sql += holding("ge", day);
        sql += QStringLiteral(" AND ");
        sql += activeOn(day);
        sql += QStringLiteral(" AND (d.unit_id IS NULL OR d.unit_id NOT IN (");
        sql += coveredUnits(day);
        sql += QStringLiteral("))");
        Result<QSqlQuery> excepted = run(m_db, sql, values);
        if (!excepted)
            return excepted;
        if (excepted.value().next())
            months[i]->householdsInGrid += excepted.value().value(0).toInt();

        // The households not active on the day: moved away or dissolved by then (a state date unknown counts
        // as before), or not yet relocated.
        values.clear();
        sql = QStringLiteral("SELECT (SELECT COUNT(DISTINCT pr.household_id) FROM pairings pr WHERE ");
        sql += holding("pr", day);
        sql +=
            QStringLiteral(") - (SELECT COUNT(*) FROM (SELECT lh.id FROM households lh"
                           " WHERE lh.state <> 'active' AND CASE WHEN lh.state_date > ? THEN 0 ELSE 1 END = 1"
                           " UNION SELECT lh.id FROM households lh WHERE lh.relocation_date > ?) l"
                           " WHERE EXISTS (SELECT 1 FROM pairings lp WHERE lp.household_id = l.id AND ");
        values << sqlDate(day) << sqlDate(day);
        sql += holding("lp", day);
        sql += QStringLiteral("))");
        Result<QSqlQuery> paired = run(m_db, sql, values);
        if (!paired)
            return paired;
        if (paired.value().next())
            months[i]->householdsPaired = paired.value().value(0).toInt();
    }
    return {};
}

// The tasks whose overdue-after day is in the month, by kind, as they stood at its end: a task cancelled
// after the month was still owed in it. And the 三必到 tasks whose trigger day is in the month.
Outcome GridMonthQueries::countTasks(GridMonthFigures& f, qint64 siteId) const
{
    const QDate first = f.month;
    const QDate last = f.month.addMonths(1).addDays(-1);
    QVariantList values{sqlDate(last), sqlDate(last), sqlDate(first), sqlDate(last), sqlDate(last)};
    QString sql = QStringLiteral(
        "SELECT t.kind, COUNT(*),"
        " SUM(CASE WHEN t.closed_on IS NOT NULL AND t.closed_on <= t.overdue_after THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on > t.overdue_after AND t.closed_on <= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.closed_on IS NULL OR t.closed_on > ? THEN 1 ELSE 0 END)"
        " FROM visit_tasks t");
    // The households only to keep one site's tasks (every task has its household): joining them for the
    // whole office looked up a household per task, a quarter of the statement's time at a province.
    if (siteId != 0)
        sql += QStringLiteral(" JOIN households h ON h.id = t.household_id");
    sql += QStringLiteral(" WHERE t.overdue_after >= ? AND t.overdue_after <= ?"
                          " AND (t.cancelled_on IS NULL OR t.cancelled_on > ?)");
    sql += siteFilter(QStringLiteral("h.site_id"), siteId, &values) + QStringLiteral(" GROUP BY t.kind");
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    for (QSqlQuery& q = read.value(); q.next();) {
        const std::optional<TaskKind> kind = enumFromKey<TaskKind>(q.value(0).toString());
        if (!kind)
            continue;
        TaskMonthCounts& c = *kind == TaskKind::MustVisit ? f.mustVisit : f.mustAttend;
        c.due = q.value(1).toInt();
        c.doneInWindow = q.value(2).toInt();
        c.doneLate = q.value(3).toInt();
        c.overdue = q.value(4).toInt();
    }

    values = {sqlDate(first), sqlDate(last), sqlDate(last)};
    sql = QStringLiteral("SELECT COUNT(*) FROM visit_tasks t");
    if (siteId != 0)
        sql += QStringLiteral(" JOIN households h ON h.id = t.household_id");
    sql += QStringLiteral(" WHERE t.kind = 'must_attend' AND t.due_from >= ? AND t.due_from <= ?"
                          " AND (t.cancelled_on IS NULL OR t.cancelled_on > ?)");
    sql += siteFilter(QStringLiteral("h.site_id"), siteId, &values);
    Result<QSqlQuery> created = run(m_db, sql, values);
    if (!created)
        return created;
    if (created.value().next())
        f.mustAttendCreated = created.value().value(0).toInt();
    return {};
}

// The cases open at some time in the month (received by its end, not resolved before it began), by kind:
// received in it, resolved in it (resolved is final, so resolved_on is its day), open past the deadline at
// its end (overdue the day after the deadline, CaseEscalation::isOverdue), and escalated or referred in
// it (at least one such dated event; a case escalated twice counts once). The month's escalations and
// referrals are read once, grouped by case, and joined: a sub-select per case let SQLite walk the
// (event, event_date) index for every case, which grew with cases × events (docs/benchmarks.md).
Outcome GridMonthQueries::countCases(GridMonthFigures& f, qint64 siteId) const
{
    const QDate first = f.month;
    const QDate last = f.month.addMonths(1).addDays(-1);
    QVariantList values{sqlDate(first), sqlDate(first), sqlDate(last), sqlDate(last), sqlDate(last),
                        sqlDate(first), sqlDate(last),  sqlDate(last), sqlDate(first)};
    QString sql = QStringLiteral(
        "SELECT c.kind, SUM(CASE WHEN c.received_on >= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN c.resolved_on >= ? AND c.resolved_on <= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN (c.resolved_on IS NULL OR c.resolved_on > ?) AND c.deadline < ? THEN 1 ELSE 0 END),"
        " SUM(COALESCE(ev.escalated, 0)), SUM(COALESCE(ev.referred, 0))"
        " FROM grid_cases c LEFT JOIN (SELECT e.case_id AS case_id,"
        " MAX(CASE WHEN e.event = 'escalated' THEN 1 ELSE 0 END) AS escalated,"
        " MAX(CASE WHEN e.event = 'referred' THEN 1 ELSE 0 END) AS referred"
        " FROM grid_case_events e WHERE e.event_date >= ? AND e.event_date <= ?"
        " AND (e.event = 'escalated' OR e.event = 'referred') GROUP BY e.case_id) ev ON ev.case_id = c.id"
        " WHERE c.received_on <= ? AND (c.resolved_on IS NULL OR c.resolved_on >= ?)");
    sql += siteFilter(QStringLiteral("c.site_id"), siteId, &values) + QStringLiteral(" GROUP BY c.kind");
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    for (QSqlQuery& q = read.value(); q.next();) {
        const std::optional<CaseKind> kind = enumFromKey<CaseKind>(q.value(0).toString());
        if (!kind)
            continue;
        CaseMonthCounts& c = f.casesByKind[std::size_t(*kind)];
        c.received = q.value(1).toInt();
        c.resolved = q.value(2).toInt();
        c.overdue = q.value(3).toInt();
        c.escalated = q.value(4).toInt();
        c.referred = q.value(5).toInt();
    }
    return {};
}

} // namespace anju::grids
