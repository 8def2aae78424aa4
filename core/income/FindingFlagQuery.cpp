#include "income/FindingFlagQuery.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::income {

namespace {

// Per-capita annual net income of the check aliased `c`: (net × 12) / headcount on BIGINT, truncating
// toward zero on both engines as qint64 does in C++.
QString perCapitaSql(const QString& c)
{
    return QStringLiteral("((%1.income_wages + %1.income_business + %1.income_property + %1.income_transfers"
                          " - %1.operating_costs) * 12) / %1.headcount")
        .arg(c);
}

} // namespace

QHash<qint64, FlaggedHousehold> flaggedHouseholds(const Database& db, QDate month, qint64 siteId,
                                                  const IncomeSettings& settings, QString* error)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const qint64 n = std::max(1, settings.dropMonths);
    // Per check of the month: its per-capita figure, its large expense, and the sum of the household's n
    // most recent earlier checks of the 12 months before (NULL when fewer): a correlated look-up on the
    // (household_id, month) key, a few rows per household, rather than a window over every month's rows.
    QVariantList values{n,
                        sqlDate(first.addMonths(-12)),
                        sqlDate(first),
                        n,
                        settings.largeExpense,
                        settings.largeExpense,
                        settings.largeExpense,
                        settings.largeExpense};
    QString sql =
        QStringLiteral("SELECT c.household_id, ") + perCapitaSql(QStringLiteral("c")) +
        QStringLiteral(", (SELECT CASE WHEN COUNT(*) = ? THEN SUM(r.pca) END FROM (SELECT ") +
        perCapitaSql(QStringLiteral("p")) +
        QStringLiteral(" AS pca FROM income_checks p WHERE p.household_id = c.household_id AND p.month >= ?"
                       " AND p.month < ? ORDER BY p.month DESC LIMIT ?) r),"
                       " CASE WHEN c.expense_medical > ? OR c.expense_education > ? OR c.expense_disaster > ?"
                       " OR c.expense_other > ? THEN 1 ELSE 0 END, h.number, h.site_id, s.name, hp.name"
                       " FROM income_checks c JOIN households h ON h.id = c.household_id"
                       " JOIN sites s ON s.id = h.site_id"
                       " LEFT JOIN persons hp ON hp.household_id = h.id AND hp.relationship = 'head'"
                       " AND hp.state = 'active'"
                       " WHERE c.month = ? AND (h.relocation_date IS NULL OR h.relocation_date <= ?)"
                       " AND (h.state = 'active' OR h.state_date > ?)");
    values << sqlDate(first) << sqlDate(last) << sqlDate(last);
    if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values << siteId;
    }
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;

    QHash<qint64, FlaggedHousehold> flagged;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return flagged;
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return flagged;
    }
    const std::optional<MonitoringLine> line = settings.lineFor(first.year());
    while (q.next()) {
        const Fen perCapita = q.value(1).toLongLong();
        int flags = 0;
        if (line && perCapita < line->perPersonPerYear)
            flags |= FlagBelowLine;
        if (!q.value(2).isNull()) {
            const qint64 sum = q.value(2).toLongLong();
            if (sum > 0 && perCapita * 100 * n < sum * (100 - settings.dropPercent))
                flags |= FlagDrop;
        }
        if (q.value(3).toInt() == 1)
            flags |= FlagLargeExpense;
        if (flags == 0)
            continue;
        FlaggedHousehold h;
        h.householdId = q.value(0).toLongLong();
        h.flags = flags;
        h.perCapitaAnnual = perCapita;
        h.householdNumber = q.value(4).toString();
        h.siteId = q.value(5).toLongLong();
        h.siteName = q.value(6).toString();
        h.headName = q.value(7).toString();
        flagged.insert(h.householdId, h);
    }
    return flagged;
}

} // namespace anju::income
