#include "income/IncomeFlagSql.h"

#include "database/SqlValues.h"

#include <QStringList>

#include <algorithm>
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
    if (siteId > 0)
        return monthFlagsOf(month, settings, values,
                            QStringLiteral("SELECT sh.id FROM households sh WHERE sh.site_id = ?"), {siteId});
    return monthFlagsOf(month, settings, values, {}, {});
}

QString monthFlagsOf(QDate month, const IncomeSettings& settings, QVariantList* values,
                     const QString& householdIds, const QVariantList& householdValues)
{
    const QDate first(month.year(), month.month(), 1);
    const std::optional<MonitoringLine> line = settings.lineFor(first.year());
    const int n = std::clamp(settings.dropMonths, 1, 24);
    // S, the sum of the N most recent earlier checks' per-capita figures: kept on each check by migration
    // 16's triggers with the N it was taken over (prior_n), read from the month's index with the rest.
    // Under another N (the setting changed and the recount has not run), the rule itself: the N most
    // recent of the 12 months before, fewer than N, no S.
    const QString drop =
        QStringLiteral("m.prior_sum > 0 AND m.per_capita_annual * 100 * ? < m.prior_sum * (100 - ?)");
    const QString below = QStringLiteral("m.per_capita_annual < ?");
    // The inner select is kept whole by its LIMIT (a fence both engines honour), so that S is worked out
    // once per check although the outer select reads it twice.
    QString sql =
        QStringLiteral(
            "SELECT m.household_id, m.check_id, m.per_capita_annual,"
            " CASE WHEN %1 THEN 1 ELSE 0 END AS below_line, CASE WHEN %2 THEN 1 ELSE 0 END AS drop_flag,"
            " m.large_expense,"
            " CASE WHEN %1 OR m.large_expense = 1 OR (%2) THEN 1 ELSE 0 END AS flagged"
            " FROM (SELECT c.household_id AS household_id, c.id AS check_id,"
            " c.per_capita_annual AS per_capita_annual,"
            " CASE WHEN c.prior_n = ? THEN c.prior_sum ELSE (SELECT CASE WHEN COUNT(*) = ? THEN SUM(r.pca) "
            "END"
            " FROM (SELECT p.per_capita_annual AS pca FROM income_checks p WHERE p.household_id = "
            "c.household_id"
            " AND p.month >= ? AND p.month < ? ORDER BY p.month DESC LIMIT ?) r) END AS prior_sum,"
            " CASE WHEN c.largest_expense > ? THEN 1 ELSE 0 END AS large_expense"
            " FROM income_checks c WHERE c.month = ?")
            .arg(below, drop);
    const QVariant lineValue =
        line ? QVariant(qint64(line->perPersonPerYear)) : QVariant(QMetaType::fromType<qint64>());
    const QVariant count = qint64(n);
    const QVariant percent = qint64(settings.dropPercent);
    values->append({lineValue, count, percent, lineValue, count, percent});
    values->append({count, count, sqlDate(first.addMonths(-12)), sqlDate(first), count});
    values->append(qint64(settings.largeExpense));
    values->append(sqlDate(first));
    if (!householdIds.isEmpty()) {
        sql += QStringLiteral(" AND c.household_id IN (%1)").arg(householdIds);
        values->append(householdValues);
    }
    sql += QStringLiteral(" LIMIT ?) m");
    values->append(std::numeric_limits<qint64>::max());
    return sql;
}

} // namespace anju::income::IncomeFlagSql
