#include "income/IncomeFlagSql.h"

#include "database/SqlValues.h"

#include <limits>

namespace anju::income::IncomeFlagSql {

QString perCapitaAnnual(const QString& alias)
{
    return QStringLiteral("((%1.income_wages + %1.income_business + %1.income_property + %1.income_transfers"
                          " - %1.operating_costs) * 12) / %1.headcount")
        .arg(alias);
}

QString monthFlags(QDate month, const IncomeSettings& settings, QVariantList* values, qint64 siteId)
{
    const QDate first(month.year(), month.month(), 1);
    const std::optional<MonitoringLine> line = settings.lineFor(first.year());
    const qint64 n = std::max(1, settings.dropMonths);
    const QString pca = perCapitaAnnual(QStringLiteral("c"));
    // The drop's sub-select is written once, in the inner select, and the inner select is kept whole by
    // its LIMIT (a fence both engines honour): flattened into the outer one, SQLite would run the
    // correlated sub-select once for drop_flag and again for flagged.
    QString sql =
        QStringLiteral(
            "SELECT m.household_id, m.check_id, m.headcount, m.net, m.per_capita_annual, m.below_line,"
            " m.drop_flag, m.large_expense,"
            " CASE WHEN m.below_line = 1 OR m.drop_flag = 1 OR m.large_expense = 1 THEN 1 ELSE 0 END AS "
            "flagged"
            " FROM (SELECT c.household_id AS household_id, c.id AS check_id, c.headcount AS headcount,"
            " c.income_wages + c.income_business + c.income_property + c.income_transfers"
            " - c.operating_costs AS net, %1 AS per_capita_annual,"
            " CASE WHEN %1 < ? THEN 1 ELSE 0 END AS below_line,"
            // The N most recent checks of the 12 months before: fewer than N, no drop; S = their sum.
            " (SELECT CASE WHEN COUNT(*) = ? AND SUM(r.pca) > 0 AND %1 * 100 * ? < SUM(r.pca) * (100 - ?)"
            " THEN 1 ELSE 0 END FROM (SELECT %2 AS pca FROM income_checks p"
            " WHERE p.household_id = c.household_id AND p.month >= ? AND p.month < ?"
            " ORDER BY p.month DESC LIMIT ?) r) AS drop_flag,"
            " CASE WHEN c.expense_medical > ? OR c.expense_education > ? OR c.expense_disaster > ?"
            " OR c.expense_other > ? THEN 1 ELSE 0 END AS large_expense"
            " FROM income_checks c WHERE c.month = ?")
            .arg(pca, perCapitaAnnual(QStringLiteral("p")));
    const QVariant lineValue =
        line ? QVariant(qint64(line->perPersonPerYear)) : QVariant(QMetaType::fromType<qint64>());
    const QVariant large = qint64(settings.largeExpense);
    values->append(lineValue);
    values->append({n, n, qint64(settings.dropPercent), sqlDate(first.addMonths(-12)), sqlDate(first), n});
    values->append({large, large, large, large});
    values->append(sqlDate(first));
    if (siteId > 0) {
        sql +=
            QStringLiteral(" AND c.household_id IN (SELECT sh.id FROM households sh WHERE sh.site_id = ?)");
        values->append(siteId);
    }
    sql += QStringLiteral(" LIMIT ?) m");
    values->append(std::numeric_limits<qint64>::max());
    return sql;
}

} // namespace anju::income::IncomeFlagSql
