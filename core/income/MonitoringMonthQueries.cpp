#include "income/MonitoringMonthQueries.h"

#include "access/Permissions.h"
#include "database/SqlValues.h"
#include "income/FigureQuery.h"

namespace anju::income {

int MonitoringMonthFigures::monitored() const
{
    int all = 0;
    for (int n : monitoredByCategory)
        all += n;
    return all;
}

namespace {

Result<QSqlQuery> run(const Database& db, const QString& sql, const FigureBindings& values)
{
    return runFigureQuery(db, sql, values,
                          MonitoringMonthQueries::tr("The monitoring figures could not be counted: %1"));
}

// The cases m of the households h in scope.
QString casesInScope(qint64 siteId)
{
    return siteId == 0 ? QStringLiteral(" FROM monitoring_cases m WHERE 1 = 1")
                       : QStringLiteral(" FROM monitoring_cases m JOIN households h ON h.id = m.household_id"
                                        " WHERE h.site_id = :site");
}

// Monitored on :last: taken in by then and its risk not eliminated by then.
const char* const MonitoredAtLast =
    " AND m.entered_on <= :last AND (m.eliminated_on IS NULL OR m.eliminated_on > :last)";

// The enrolment e's person is registered on `day` (a stay in a household covers it: stays are half-open
// [start_date, end_date)), in a household of the site for one site. A scalar subquery rather than EXISTS:
// PostgreSQL turned EXISTS into a semi-join that hashed all million stays (520 ms a month at 280,000
// households) where looking up each enrolment's person through its index takes 90 ms; SQLite runs both
// forms the same way (docs/benchmarks.md, 2026-12-07).
QString registeredOn(const QString& day, qint64 siteId)
{
    QString sql = QStringLiteral(" AND (SELECT 1 FROM memberships s");
    if (siteId != 0)
        sql += QStringLiteral(" JOIN households h ON h.id = s.household_id");
    sql += QStringLiteral(" WHERE s.person_id = e.person_id AND (s.start_date IS NULL OR s.start_date <= %1)"
                          " AND (s.end_date IS NULL OR s.end_date > %1)")
               .arg(day);
    if (siteId != 0)
        sql += QStringLiteral(" AND h.site_id = :site");
    return sql + QStringLiteral(" LIMIT 1) IS NOT NULL");
}

// Monthly enrolments holding on :last of people registered then. The whole office tests each enrolment's
// person; one site starts from its households' people registered that day (a few hundred), where testing
// each of the office's enrolments cost 0.3 s at 280,000 households (docs/benchmarks.md, 2026-12-07).
QString monthlyEnrolmentsAtLast(qint64 siteId)
{
    QString sql = QStringLiteral(" FROM safety_net_enrolments e WHERE e.amount_kind = 'monthly'"
                                 " AND e.valid_from <= :last AND (e.valid_to IS NULL OR e.valid_to > :last)");
    if (siteId == 0)
        return sql + registeredOn(QStringLiteral(":last"), siteId);
    return sql + QStringLiteral(" AND e.person_id IN (SELECT s.person_id FROM households h JOIN memberships s"
                                " ON s.household_id = h.id WHERE h.site_id = :site"
                                " AND (s.start_date IS NULL OR s.start_date <= :last)"
                                " AND (s.end_date IS NULL OR s.end_date > :last))");
}

} // namespace

MonitoringMonthQueries::MonitoringMonthQueries(const Database& db)
    : m_db(db), m_settings(IncomeSettings::load(db))
{
}

Result<MonitoringMonthFigures> MonitoringMonthQueries::forMonth(QDate month, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    MonitoringMonthFigures f;
    f.month = QDate(month.year(), month.month(), 1);
    for (const QString& scheme : schemeKeys()) {
        f.peopleByScheme.insert(scheme, 0);
        f.monthlyByScheme.insert(scheme, 0);
    }
    for (Outcome counted : {countCases(f, siteId), countSafetyNet(f, siteId)}) {
        if (!counted)
            return counted;
    }
    return f;
}

Result<int> MonitoringMonthQueries::monitoredAt(QDate day, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    Result<QSqlQuery> read =
        run(m_db,
            QStringLiteral("SELECT COUNT(DISTINCT m.household_id)") + casesInScope(siteId) +
                QLatin1String(MonitoredAtLast),
            {{QStringLiteral(":last"), sqlDate(day)}, {QStringLiteral(":site"), siteId}});
    if (!read)
        return Outcome(read);
    return read.value().next() ? read.value().value(0).toInt() : 0;
}

// The households monitored at the month's end by category, and in one pass over the cases discovered by
// then: taken in, eliminated and declined in the month, and still in entry review at its end (none of the
// three decisions dated by then).
Outcome MonitoringMonthQueries::countCases(MonitoringMonthFigures& f, qint64 siteId) const
{
    const QDate last = f.month.addMonths(1).addDays(-1);
    const FigureBindings values = {{QStringLiteral(":first"), sqlDate(f.month)},
                                   {QStringLiteral(":last"), sqlDate(last)},
                                   {QStringLiteral(":site"), siteId}};
    Result<QSqlQuery> monitored =
        run(m_db,
            QStringLiteral("SELECT m.category, COUNT(DISTINCT m.household_id)") + casesInScope(siteId) +
                QLatin1String(MonitoredAtLast) + QStringLiteral(" GROUP BY m.category"),
            values);
    if (!monitored)
        return monitored;
    for (QSqlQuery& q = monitored.value(); q.next();) {
        for (std::size_t c = 0; c < MonitoringCategoryKeys.size(); ++c) {
            if (q.value(0).toString() == QLatin1String(MonitoringCategoryKeys[c]))
                f.monitoredByCategory[c] = q.value(1).toInt();
        }
    }
    const auto inMonth = [](const char* column) {
        return QStringLiteral(" SUM(CASE WHEN m.%1 >= :first AND m.%1 <= :last THEN 1 ELSE 0 END)")
            .arg(QLatin1String(column));
    };
    Result<QSqlQuery> flows = run(
        m_db,
        QStringLiteral("SELECT") + inMonth("entered_on") + QLatin1Char(',') + inMonth("eliminated_on") +
            QLatin1Char(',') + inMonth("declined_on") +
            QStringLiteral(", SUM(CASE WHEN (m.entered_on IS NULL OR m.entered_on > :last)"
                           " AND (m.declined_on IS NULL OR m.declined_on > :last)"
                           " AND (m.eliminated_on IS NULL OR m.eliminated_on > :last) THEN 1 ELSE 0 END)") +
            casesInScope(siteId) + QStringLiteral(" AND m.discovered_on <= :last"),
        values);
    if (!flows)
        return flows;
    if (QSqlQuery& q = flows.value(); q.next()) {
        f.entered = q.value(0).toInt();
        f.eliminated = q.value(1).toInt();
        f.declined = q.value(2).toInt();
        f.inEntryReview = q.value(3).toInt();
    }
    return {};
}

// People and amounts by scheme at the month's end, the same once per person in all, and the one-off
// amounts paid in the month (paid on valid_from, to someone registered that day).
Outcome MonitoringMonthQueries::countSafetyNet(MonitoringMonthFigures& f, qint64 siteId) const
{
    const QDate last = f.month.addMonths(1).addDays(-1);
    const FigureBindings values = {{QStringLiteral(":first"), sqlDate(f.month)},
                                   {QStringLiteral(":last"), sqlDate(last)},
                                   {QStringLiteral(":site"), siteId}};
    // By scheme, and once per person in all (the last row, its scheme NULL), from the enrolments read once.
    Result<QSqlQuery> byScheme =
        run(m_db,
            QStringLiteral("WITH q AS MATERIALIZED (SELECT e.scheme AS scheme, e.person_id AS person_id,"
                           " e.amount AS amount") +
                monthlyEnrolmentsAtLast(siteId) +
                QStringLiteral(") SELECT 0 AS total, q.scheme, COUNT(DISTINCT q.person_id), SUM(q.amount)"
                               " FROM q GROUP BY q.scheme UNION ALL SELECT 1, NULL,"
                               " COUNT(DISTINCT q.person_id), SUM(q.amount) FROM q"),
            values);
    if (!byScheme)
        return byScheme;
    for (QSqlQuery& q = byScheme.value(); q.next();) {
        if (q.value(0).toInt() == 1) {
            f.people = q.value(2).toInt();
            f.monthly = q.value(3).toLongLong();
            continue;
        }
        const QString scheme = q.value(1).toString();
        // A scheme taken off the list counts only in the totals: it has no line of its own.
        if (!f.peopleByScheme.contains(scheme))
            continue;
        f.peopleByScheme[scheme] = q.value(2).toInt();
        f.monthlyByScheme[scheme] = q.value(3).toLongLong();
    }
    Result<QSqlQuery> oneOff =
        run(m_db,
            QStringLiteral(
                "SELECT COUNT(DISTINCT e.person_id), SUM(e.amount) FROM safety_net_enrolments e"
                " WHERE e.amount_kind = 'one_off' AND e.valid_from >= :first AND e.valid_from <= :last") +
                registeredOn(QStringLiteral("e.valid_from"), siteId),
            values);
    if (!oneOff)
        return oneOff;
    if (QSqlQuery& q = oneOff.value(); q.next()) {
        f.oneOffPeople = q.value(0).toInt();
        f.oneOffPaid = q.value(1).toLongLong();
    }
    return {};
}

} // namespace anju::income
