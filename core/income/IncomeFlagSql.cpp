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
    const QDate first(month.year(), month.month(), 1);
    const std::optional<MonitoringLine> line = settings.lineFor(first.year());
    const int n = std::clamp(settings.dropMonths, 1, 24);
    const QString pca = perCapitaAnnual(QStringLiteral("c"));
    const QString inSite = QStringLiteral(" AND %1.household_id IN (SELECT sh.id FROM households sh"
                                          " WHERE sh.site_id = ?)");
    // S, the sum of the N most recent earlier checks' figures. Most households are checked every month:
    // then those are the N months just before, joined month by month (a hash join on PostgreSQL, an
    // index look-up on SQLite). A household with a gap among them is looked up by the sub-select of the
    // rule itself (the N most recent of the 12 months before; fewer than N, no S).
    QStringList present;
    QStringList sum;
    QString joins;
    QVariantList joinValues;
    for (int i = 1; i <= n; ++i) {
        present.append(QStringLiteral("p%1.pca IS NOT NULL").arg(i));
        sum.append(QStringLiteral("p%1.pca").arg(i));
        joins +=
            QStringLiteral(" LEFT JOIN (SELECT q.household_id AS household_id, %1 AS pca FROM income_checks q"
                           " WHERE q.month = ?%2) p%3 ON p%3.household_id = c.household_id")
                .arg(perCapitaAnnual(QStringLiteral("q")),
                     siteId > 0 ? inSite.arg(QStringLiteral("q")) : QString())
                .arg(i);
        joinValues.append(sqlDate(first.addMonths(-i)));
        if (siteId > 0)
            joinValues.append(siteId);
    }
    const QString drop =
        QStringLiteral("m.prior_sum > 0 AND m.per_capita_annual * 100 * ? < m.prior_sum * (100 - ?)");
    const QString below = QStringLiteral("m.per_capita_annual < ?");
    // The inner select is kept whole by its LIMIT (a fence both engines honour), so that S is worked out
    // once per check although the outer select reads it twice.
    QString sql =
        QStringLiteral(
            "SELECT m.household_id, m.check_id, m.headcount, m.net, m.per_capita_annual,"
            " CASE WHEN %1 THEN 1 ELSE 0 END AS below_line, CASE WHEN %2 THEN 1 ELSE 0 END AS drop_flag,"
            " m.large_expense,"
            " CASE WHEN %1 OR m.large_expense = 1 OR (%2) THEN 1 ELSE 0 END AS flagged"
            " FROM (SELECT c.household_id AS household_id, c.id AS check_id, c.headcount AS headcount,"
            " c.income_wages + c.income_business + c.income_property + c.income_transfers"
            " - c.operating_costs AS net, %3 AS per_capita_annual,"
            " CASE WHEN %4 THEN %5 ELSE (SELECT CASE WHEN COUNT(*) = ? THEN SUM(r.pca) END"
            " FROM (SELECT %6 AS pca FROM income_checks p WHERE p.household_id = c.household_id"
            " AND p.month >= ? AND p.month < ? ORDER BY p.month DESC LIMIT ?) r) END AS prior_sum,"
            " CASE WHEN c.expense_medical > ? OR c.expense_education > ? OR c.expense_disaster > ?"
            " OR c.expense_other > ? THEN 1 ELSE 0 END AS large_expense"
            " FROM income_checks c%7 WHERE c.month = ?")
            .arg(below, drop, pca, present.join(QStringLiteral(" AND ")), sum.join(QStringLiteral(" + ")),
                 perCapitaAnnual(QStringLiteral("p")), joins);
    const QVariant lineValue =
        line ? QVariant(qint64(line->perPersonPerYear)) : QVariant(QMetaType::fromType<qint64>());
    const QVariant large = qint64(settings.largeExpense);
    const QVariant count = qint64(n);
    const QVariant percent = qint64(settings.dropPercent);
    values->append({lineValue, count, percent, lineValue, count, percent});
    values->append({count, sqlDate(first.addMonths(-12)), sqlDate(first), count});
    values->append({large, large, large, large});
    values->append(joinValues);
    values->append(sqlDate(first));
    if (siteId > 0) {
        sql += inSite.arg(QStringLiteral("c"));
        values->append(siteId);
    }
    sql += QStringLiteral(" LIMIT ?) m");
    values->append(std::numeric_limits<qint64>::max());
    return sql;
}

} // namespace anju::income::IncomeFlagSql
