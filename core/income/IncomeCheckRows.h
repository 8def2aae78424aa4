#pragma once

#include "income/IncomeCheckTypes.h"

#include <QSqlQuery>
#include <QString>

namespace anju::income {

// The columns of an income_checks row as the repository and the service read it, and the row made of them.
namespace IncomeCheckRows {

// "c.id, c.household_id, … c.updated_at" (19 columns) for the alias `alias`.
QString columns(const QString& alias = QStringLiteral("c"));
// The check of the query's current row, its columns starting at `first`.
IncomeCheck from(const QSqlQuery& q, int first = 0);
inline constexpr int ColumnCount = 19;

} // namespace IncomeCheckRows

} // namespace anju::income
