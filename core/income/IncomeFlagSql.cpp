#include "income/IncomeFlagSql.h"

#include "database/SqlValues.h"

namespace anju::income::IncomeFlagSql {

QString perCapitaAnnual(const QString& alias)
{
    return QStringLiteral("((%1.income_wages + %1.income_business + %1.income_property + %1.income_transfers"
                          " - %1.operating_costs) * 12) / %1.headcount")
        .arg(alias);
}

QString monthFlags(QDate month, const IncomeSettings& settings, QVariantList* values)
{
    const QDate first(month.year(), month.month(), 1);
    const std::optional<MonitoringLine> line = settings.lineFor(first.year());
    const int n = std::max(1, settings.dropMonths);
    // The placeholders in text order: the outer select's (line, N, pct), then the inner one's (the earlier
    // months' window and N twice, the four large-expense thresholds, the month).
    const QString sql =
        QStringLiteral(
            "SELECT m.household_id, m.check_id, m.headcount, m.net, m.per_capita_annual,"
            " CASE WHEN m.per_capita_annual < ? THEN 1 ELSE 0 END AS below_line,"
            " CASE WHEN m.prior_sum > 0 AND m.per_capita_annual * 100 * ? < m.prior_sum * (100 - ?)"
            "  THEN 1 ELSE 0 END AS drop_flag,"
            " m.large_expense,"
            " CASE WHEN m.per_capita_annual < ? OR m.large_expense = 1 OR (m.prior_sum > 0"
            "  AND m.per_capita_annual * 100 * ? < m.prior_sum * (100 - ?)) THEN 1 ELSE 0 END AS flagged"
            " FROM (SELECT c.household_id AS household_id, c.id AS check_id, c.headcount AS headcount,"
            "  c.income_wages + c.income_business + c.income_property + c.income_transfers"
            "  - c.operating_costs AS net, %1 AS per_capita_annual,"
            // The sum of the N most recent earlier months' figures, NULL when there are fewer than N.
            "  (SELECT CASE WHEN COUNT(*) = ? THEN SUM(r.pca) END FROM (SELECT %2 AS pca"
            "   FROM income_checks p WHERE p.household_id = c.household_id AND p.month >= ? AND p.month < ?"
            "   ORDER BY p.month DESC LIMIT ?) r) AS prior_sum,"
            "  CASE WHEN c.expense_medical > ? OR c.expense_education > ? OR c.expense_disaster > ?"
            "  OR c.expense_other > ? THEN 1 ELSE 0 END AS large_expense"
            " FROM income_checks c WHERE c.month = ?) m")
            .arg(perCapitaAnnual(QStringLiteral("c")), perCapitaAnnual(QStringLiteral("p")));
    const QVariant lineValue =
        line ? QVariant(qint64(line->perPersonPerYear)) : QVariant(QMetaType::fromType<qint64>());
    const QVariant nValue = qint64(n);
    const QVariant pctValue = qint64(settings.dropPercent);
    const QVariant large = qint64(settings.largeExpense);
    values->append({lineValue, nValue, pctValue, lineValue, nValue, pctValue});
    values->append({nValue, sqlDate(first.addMonths(-12)), sqlDate(first), nValue});
    values->append({large, large, large, large});
    values->append(sqlDate(first));
    return sql;
}

} // namespace anju::income::IncomeFlagSql
