#include "income/IncomeMonthQueries.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "income/FigureQuery.h"
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
const char* const ActiveAtLast = " (h.relocation_date IS NULL OR h.relocation_date <= :last)"
                                 " AND (h.state = 'active' OR h.state_date > :last)";

// The checks of the month :first of the active households in scope, each with its per-capita annual net
// income (pca), the sum of the per-capita figures of the household's `dropMonths` most recent checks of
// the twelve months before (prior; NULL with fewer of them) and whether one expenditure is over :large.
//
// The flags written against the schema with the shared definitions of issue 18, until the checks' own
// income::IncomeFlagSql replaces this one function: perCapitaAnnual = (net × 12) / headcount truncated
// toward zero on BIGINT, as C++ divides qint64; a drop when prior > 0 and pca × 100 × n < prior × (100 −
// dropPercent); a large expense strictly over the threshold.
//
// Speed: most households are checked every month, so their most recent checks are those of the months
// just before (:m1 … :mN), joined one by one through the (household_id, month) unique index; only a
// household with a gap among them reads its checks of the twelve months in a sub-select. At 280,000
// households that is a third less work than the sub-select for every check (docs/benchmarks.md). With
// more than twelve months asked, twelve months cannot hold them: no drop.
QString checksWithFlagInputs(qint64 siteId, int dropMonths)
{
    const QString perCapita =
        QStringLiteral("((%1.income_wages + %1.income_business + %1.income_property + %1.income_transfers"
                       " - %1.operating_costs) * 12) / %1.headcount");
    QString prior = QStringLiteral("NULL");
    QString joins;
    if (dropMonths <= 12) {
        QStringList present;
        QStringList sum;
        for (int k = 1; k <= dropMonths; ++k) {
            const QString j = QStringLiteral("j%1").arg(k);
            joins += QStringLiteral(" LEFT JOIN income_checks %1 ON %1.household_id = c.household_id"
                                    " AND %1.month = :m%2")
                         .arg(j)
                         .arg(k);
            present.append(j + QStringLiteral(".id IS NOT NULL"));
            sum.append(perCapita.arg(j));
        }
        prior = QStringLiteral("CASE WHEN ") + present.join(QStringLiteral(" AND ")) +
                QStringLiteral(" THEN ") + sum.join(QStringLiteral(" + ")) +
                QStringLiteral(" ELSE (SELECT CASE WHEN COUNT(*) = :n THEN SUM(r.pca) END FROM (SELECT ") +
                perCapita.arg(QLatin1Char('p')) +
                QStringLiteral(" AS pca FROM income_checks p WHERE p.household_id = c.household_id"
                               " AND p.month >= :dropFrom AND p.month < :first ORDER BY p.month DESC"
                               " LIMIT :n) r) END");
    }
    QString sql =
        QStringLiteral("SELECT ") + perCapita.arg(QLatin1Char('c')) + QStringLiteral(" AS pca, ") + prior +
        QStringLiteral(" AS prior,"
                       " CASE WHEN c.expense_medical > :large OR c.expense_education > :large"
                       " OR c.expense_disaster > :large OR c.expense_other > :large THEN 1 ELSE 0 END"
                       " AS large FROM income_checks c JOIN households h ON h.id = c.household_id") +
        joins + QStringLiteral(" WHERE c.month = :first AND") + QLatin1String(ActiveAtLast);
    if (siteId != 0)
        sql += QStringLiteral(" AND h.site_id = :site");
    return sql;
}

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

// One pass over the month's checks: how many, each flag, any flag and the four bands. Without a line the
// line is bound as NULL: no household is below it and no band counts (the section says there is none).
Outcome IncomeMonthQueries::countChecks(IncomeMonthFigures& f, qint64 siteId) const
{
    const QString sql =
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN x.pca < :line THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN x.prior > 0 AND x.pca * 100 * :n < x.prior * :keep THEN 1 ELSE 0 END),"
                       " SUM(x.large),"
                       " SUM(CASE WHEN x.pca < :line OR (x.prior > 0 AND x.pca * 100 * :n < x.prior * :keep)"
                       " OR x.large = 1 THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN x.pca >= :line AND x.pca * 2 < :line3 THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN x.pca * 2 >= :line3 AND x.pca < :line2 THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN x.pca >= :line2 THEN 1 ELSE 0 END) FROM (") +
        checksWithFlagInputs(siteId, m_settings.dropMonths) + QStringLiteral(") x");
    const bool hasLine = f.line > 0;
    const QVariant none(QMetaType::fromType<qint64>());
    const QDate last = f.month.addMonths(1).addDays(-1);
    FigureBindings values = {
        {QStringLiteral(":line3"), hasLine ? QVariant(f.line * 3) : none},
        {QStringLiteral(":line2"), hasLine ? QVariant(f.line * 2) : none},
        {QStringLiteral(":line"), hasLine ? QVariant(f.line) : none},
        {QStringLiteral(":n"), qint64(m_settings.dropMonths)},
        {QStringLiteral(":keep"), qint64(100 - m_settings.dropPercent)},
        {QStringLiteral(":large"), m_settings.largeExpense},
        {QStringLiteral(":dropFrom"), sqlDate(f.month.addMonths(-12))},
        {QStringLiteral(":first"), sqlDate(f.month)},
        {QStringLiteral(":last"), sqlDate(last)},
        {QStringLiteral(":site"), siteId},
    };
    for (int k = 1; k <= std::min(m_settings.dropMonths, 12); ++k)
        values.append({QStringLiteral(":m%1").arg(k), sqlDate(f.month.addMonths(-k))});
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    if (QSqlQuery& q = read.value(); q.next()) {
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
