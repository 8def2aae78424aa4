#include "income/IncomeCheckRows.h"

#include "database/SqlValues.h"

#include <QVariant>

namespace anju::income::IncomeCheckRows {

QString columns(const QString& alias)
{
    return QStringLiteral("%1.id, %1.household_id, %1.month, %1.checked_on, %1.headcount, %1.income_wages,"
                          " %1.income_business, %1.income_property, %1.income_transfers, %1.operating_costs,"
                          " %1.expense_medical, %1.expense_education, %1.expense_disaster, %1.expense_other,"
                          " %1.checker, %1.source, %1.note, %1.row_version, %1.updated_at")
        .arg(alias);
}

IncomeCheck from(const QSqlQuery& q, int first)
{
    const auto at = [&q, first](int i) { return q.value(first + i); };
    IncomeCheck c;
    c.id = at(0).toLongLong();
    c.householdId = at(1).toLongLong();
    c.month = dateFrom(at(2));
    c.checkedOn = dateFrom(at(3));
    c.headcount = at(4).toInt();
    c.incomeWages = at(5).toLongLong();
    c.incomeBusiness = at(6).toLongLong();
    c.incomeProperty = at(7).toLongLong();
    c.incomeTransfers = at(8).toLongLong();
    c.operatingCosts = at(9).toLongLong();
    c.expenseMedical = at(10).toLongLong();
    c.expenseEducation = at(11).toLongLong();
    c.expenseDisaster = at(12).toLongLong();
    c.expenseOther = at(13).toLongLong();
    c.checker = at(14).toString();
    c.source = at(15).toString();
    c.note = at(16).toString();
    c.rowVersion = at(17).toInt();
    c.updatedAt = timestampFrom(at(18));
    return c;
}

} // namespace anju::income::IncomeCheckRows
