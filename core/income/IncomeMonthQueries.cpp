#include "income/IncomeMonthQueries.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "income/FigureQuery.h"
#include "income/IncomeFlagSql.h"
#include "income/MonitoringMonthQueries.h"

namespace anju::income {

namespace {

// The engine's failure in the user's language.
Result<QSqlQuery> run(const Database& db, const QString& sql, const FigureBindings& values)
{
    return runFigureQuery(db, sql, values,
                          IncomeMonthQueries::tr("The income figures could not be counted: %1"));
}

// Active at the month's end (:last), as the population section counts households: relocated by then and
// not moved away or dissolved by then.
const char* const ActiveAtLast =
    " CASE WHEN h.relocation_date IS NULL OR h.relocation_date <= :last THEN 1 ELSE 0 END = 1"
    " AND (h.state = 'active' OR h.state_date > :last)";

} // namespace

IncomeMonthQueries::IncomeMonthQueries(const Database& db) : m_db(db), m_settings(IncomeSettings::load(db)) {}

Result<IncomeMonthFigures> IncomeMonthQueries::forMonth(QDate month, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    IncomeMonthFigures f;
    f.month = QDate(month.year(), month.month(), 1);
    if (const std::optional<MonitoringLine> line = m_settings.lineFor(f.month.year())) {
        f.line = line->perPersonPerYear;
        f.lineYear = line->year;
    }
    for (Outcome counted : {countActive(f, siteId), countChecks(f, siteId)}) {
        if (!counted)
            return counted;
    }
    return f;
}

Outcome IncomeMonthQueries::countActive(IncomeMonthFigures& f, qint64 siteId) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM households h WHERE") + QLatin1String(ActiveAtLast);
    if (siteId != 0)
        sql += QStringLiteral(" AND h.site_id = :site");
    const QDate last = f.month.addMonths(1).addDays(-1);
    Result<QSqlQuery> read =
        run(m_db, sql, {{QStringLiteral(":last"), sqlDate(last)}, {QStringLiteral(":site"), siteId}});
    if (!read)
        return read;
    if (read.value().next())
        f.householdsActive = read.value().value(0).toInt();
    return {};
}

// The month's checks with their flags as IncomeFlagSql computes them (the one definition of the flags
// list, the findings and the summary), counted for the households active at its end: how many, each flag,
// any flag and the four bands. Without a line, no household is below it and no band counts (the section
// says there is none). Counted as all the month's checks less those of the few households that had left by
// its end (moved away, dissolved, or not yet relocated): read from the month's index alone, where joining
// each check to its household cost three times as much (docs/benchmarks.md, 2026-12-07).
Outcome IncomeMonthQueries::countChecks(IncomeMonthFigures& f, qint64 siteId) const
{
    const QDate last = f.month.addMonths(1).addDays(-1);
    const bool hasLine = f.line > 0;
    const QVariant none(QMetaType::fromType<qint64>());
    QVariantList values;
    // One set of flag rows summed: the bands' bounds first, in the order of their "?" in the text.
    const auto totals = [&](const QString& householdIds, const QVariantList& householdValues) {
        values << (hasLine ? QVariant(f.line) : none) << (hasLine ? QVariant(f.line * 3) : none)
               << (hasLine ? QVariant(f.line * 3) : none) << (hasLine ? QVariant(f.line * 2) : none)
               << (hasLine ? QVariant(f.line * 2) : none);
        QString sql = QStringLiteral(
            "SELECT COUNT(*) AS n, COALESCE(SUM(x.below_line), 0) AS below,"
            " COALESCE(SUM(x.drop_flag), 0) AS dropped, COALESCE(SUM(x.large_expense), 0) AS large,"
            " COALESCE(SUM(x.flagged), 0) AS flagged,"
            " COALESCE(SUM(CASE WHEN x.per_capita_annual >= ? AND x.per_capita_annual * 2 < ? THEN 1 ELSE 0"
            " END), 0) AS band1,"
            " COALESCE(SUM(CASE WHEN x.per_capita_annual * 2 >= ? AND x.per_capita_annual < ? THEN 1 ELSE 0"
            " END), 0) AS band2,"
            " COALESCE(SUM(CASE WHEN x.per_capita_annual >= ? THEN 1 ELSE 0 END), 0) AS band3 FROM (");
        sql += IncomeFlagSql::monthFlagsOf(f.month, m_settings, &values, householdIds, householdValues);
        sql += QStringLiteral(") x");
        return sql;
    };
    QString scope;
    QVariantList scopeValues;
    if (siteId != 0) {
        scope = QStringLiteral("SELECT sh.id FROM households sh WHERE sh.site_id = ?");
        scopeValues << siteId;
    }
    // The households of the scope not active at the month's end (the complement of ActiveAtLast, NULLs
    // included: a state date unknown counts as before).
    QString left = QStringLiteral("SELECT lh.id FROM households lh WHERE lh.state <> 'active'"
                                  " AND CASE WHEN lh.state_date > ? THEN 0 ELSE 1 END = 1");
    QVariantList leftValues{sqlDate(last)};
    if (siteId != 0) {
        left += QStringLiteral(" AND lh.site_id = ?");
        leftValues << siteId;
    }
    left += QStringLiteral(" UNION ALL SELECT lh.id FROM households lh WHERE lh.relocation_date > ?");
    leftValues << sqlDate(last);
    if (siteId != 0) {
        left += QStringLiteral(" AND lh.site_id = ?");
        leftValues << siteId;
    }
    QString sql = QStringLiteral("SELECT a.n - b.n, a.below - b.below, a.dropped - b.dropped,"
                                 " a.large - b.large, a.flagged - b.flagged, a.band1 - b.band1,"
                                 " a.band2 - b.band2, a.band3 - b.band3 FROM (");
    sql += totals(scope, scopeValues);
    sql += QStringLiteral(") a, (");
    sql += totals(left, leftValues);
    sql += QStringLiteral(") b");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!ok || !q.exec())
        return Outcome::error(tr("The income figures could not be counted: %1").arg(q.lastError().text()));
    if (q.next()) {
        f.householdsChecked = q.value(0).toInt();
        f.flaggedBelowLine = q.value(1).toInt();
        f.flaggedDrop = q.value(2).toInt();
        f.flaggedLargeExpense = q.value(3).toInt();
        f.flagged = q.value(4).toInt();
        f.bands[std::size_t(IncomeBand::BelowLine)] = f.flaggedBelowLine;
        for (std::size_t band = 1; band < IncomeBandCount; ++band)
            f.bands[band] = q.value(int(band) + 4).toInt();
    }
    return {};
}

Result<QList<FollowUpTrendPoint>> IncomeMonthQueries::trend(QDate last, int months, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    const MonitoringMonthQueries monitoring(m_db, m_settings);
    QList<FollowUpTrendPoint> points;
    const QDate lastFirst(last.year(), last.month(), 1);
    for (int back = months - 1; back >= 0; --back) {
        IncomeMonthFigures f;
        f.month = lastFirst.addMonths(-back);
        if (const std::optional<MonitoringLine> line = m_settings.lineFor(f.month.year()))
            f.line = line->perPersonPerYear;
        if (Outcome counted = countChecks(f, siteId); !counted)
            return counted;
        const Result<int> monitored = monitoring.monitoredAt(f.month.addMonths(1).addDays(-1), siteId);
        if (!monitored)
            return Outcome(monitored);
        points.append({f.month, f.flagged, monitored.value()});
    }
    return points;
}

} // namespace anju::income
