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
    QVariantList values{settings.largeExpense, settings.largeExpense, settings.largeExpense,
                        settings.largeExpense};
    QString recentSite;
    QVariantList recentValues{sqlDate(first.addMonths(-12)), sqlDate(first)};
    if (siteId > 0) {
        recentSite = QStringLiteral(" AND p.household_id IN (SELECT id FROM households WHERE site_id = ?)");
        recentValues << siteId;
    }
    recentValues << settings.dropMonths;
    values += recentValues;
    QString sql =
        QStringLiteral("SELECT c.household_id, ") + perCapitaSql(QStringLiteral("c")) +
        QStringLiteral(
            ", CASE WHEN c.expense_medical > ? OR c.expense_education > ? OR c.expense_disaster > ?"
            " OR c.expense_other > ? THEN 1 ELSE 0 END, d.n, d.s, h.number, h.site_id, s.name, hp.name"
            " FROM income_checks c JOIN households h ON h.id = c.household_id"
            " JOIN sites s ON s.id = h.site_id"
            " LEFT JOIN persons hp ON hp.household_id = h.id AND hp.relationship = 'head'"
            " AND hp.state = 'active'"
            " LEFT JOIN (SELECT r.household_id, COUNT(*) AS n, CAST(SUM(r.pca) AS BIGINT) AS s FROM"
            " (SELECT p.household_id, ") +
        perCapitaSql(QStringLiteral("p")) +
        QStringLiteral(" AS pca, ROW_NUMBER() OVER (PARTITION BY p.household_id ORDER BY p.month DESC) AS rn"
                       " FROM income_checks p WHERE p.month >= ? AND p.month < ?") +
        recentSite +
        QStringLiteral(") r WHERE r.rn <= ? GROUP BY r.household_id) d ON d.household_id = c.household_id"
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
    const qint64 n = settings.dropMonths;
    while (q.next()) {
        const Fen perCapita = q.value(1).toLongLong();
        int flags = 0;
        if (line && perCapita < line->perPersonPerYear)
            flags |= FlagBelowLine;
        if (q.value(2).toInt() == 1)
            flags |= FlagLargeExpense;
        if (!q.value(3).isNull() && q.value(3).toLongLong() >= n) {
            const qint64 sum = q.value(4).toLongLong();
            if (sum > 0 && perCapita * 100 * n < sum * (100 - settings.dropPercent))
                flags |= FlagDrop;
        }
        if (flags == 0)
            continue;
        FlaggedHousehold h;
        h.householdId = q.value(0).toLongLong();
        h.flags = flags;
        h.perCapitaAnnual = perCapita;
        h.householdNumber = q.value(5).toString();
        h.siteId = q.value(6).toLongLong();
        h.siteName = q.value(7).toString();
        h.headName = q.value(8).toString();
        flagged.insert(h.householdId, h);
    }
    return flagged;
}

} // namespace anju::income
