#include "party/DuesBases.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"

#include <QSqlQuery>

namespace anju::party {

QHash<qint64, QList<DuesBasis>> DuesBases::all(const Database& db)
{
    QHash<qint64, QList<DuesBasis>> bases;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT member_id, category, monthly_income, fixed_amount, from_month"
                              " FROM party_dues_bases ORDER BY member_id, from_month"))) {
        while (q.next()) {
            DuesBasis b;
            b.category = enumFromKey<DuesCategory>(q.value(1).toString()).value_or(DuesCategory::Farmer);
            b.monthlyIncome = q.value(2).toLongLong();
            b.fixedAmount = q.value(3).toLongLong();
            b.fromMonth = dateFrom(q.value(4));
            bases[q.value(0).toLongLong()].append(b);
        }
    }
    return bases;
}

Fen DuesBases::forMonth(const QList<DuesBasis>& history, QDate month, const DuesRateTable& table)
{
    if (history.isEmpty())
        return 0;
    DuesBasis found = history.first();
    for (const DuesBasis& b : history)
        if (b.fromMonth <= month)
            found = b;
    return PartyRules::monthlyDues(found, table);
}

Fen DuesBases::forMonths(const QList<DuesBasis>& history, const QList<QDate>& months,
                         const DuesRateTable& table)
{
    Fen total = 0;
    for (const QDate& month : months)
        total += forMonth(history, month, table);
    return total;
}

} // namespace anju::party
