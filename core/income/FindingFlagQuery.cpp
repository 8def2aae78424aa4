#include "income/FindingFlagQuery.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "income/IncomeFlagSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::income {

QString householdNameColumns()
{
    // The kept head name: the active head, else the latest (a household that has moved away since).
    return QStringLiteral("h.number, h.site_id, s.name, h.head_name");
}

QString householdNameJoins()
{
    return QStringLiteral(" JOIN sites s ON s.id = h.site_id");
}

void readHouseholdNames(const QSqlQuery& query, int first, FindingHousehold& household)
{
    household.householdNumber = query.value(first).toString();
    household.siteId = query.value(first + 1).toLongLong();
    household.siteName = query.value(first + 2).toString();
    household.headName = query.value(first + 3).toString();
}

QHash<qint64, FindingHousehold> flaggedHouseholds(const Database& db, QDate month, qint64 siteId,
                                                  const IncomeSettings& settings, QString* error)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    // The flags are IncomeFlagSql's (one definition for the flags list, the findings and the summary);
    // this adds who the household is and keeps those active at the month's end the user may see.
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT f.household_id, f.per_capita_annual, f.below_line, f.drop_flag,"
                       " f.large_expense, ") +
        householdNameColumns() + QStringLiteral(" FROM (") +
        IncomeFlagSql::monthFlags(first, settings, &values, siteId) +
        QStringLiteral(") f JOIN households h ON h.id = f.household_id") + householdNameJoins() +
        QStringLiteral(" WHERE f.flagged = 1 AND CASE WHEN h.relocation_date IS NULL OR h.relocation_date <= "
                       "? THEN 1 ELSE 0 END = 1"
                       " AND (h.state = 'active' OR h.state_date > ?)");
    values << sqlDate(last) << sqlDate(last);
    if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values << siteId;
    }
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;

    QHash<qint64, FindingHousehold> flagged;
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
    while (q.next()) {
        int flags = 0;
        if (q.value(2).toInt() == 1)
            flags |= FlagBelowLine;
        if (q.value(3).toInt() == 1)
            flags |= FlagDrop;
        if (q.value(4).toInt() == 1)
            flags |= FlagLargeExpense;
        FindingHousehold h;
        h.householdId = q.value(0).toLongLong();
        h.flags = flags;
        h.perCapitaAnnual = q.value(1).toLongLong();
        readHouseholdNames(q, 5, h);
        flagged.insert(h.householdId, h);
    }
    return flagged;
}

} // namespace anju::income
