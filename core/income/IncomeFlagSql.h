#pragma once

#include "income/IncomeSettings.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace anju::income {

// The flags of a month's checks as SQL, for every query that lists or counts them (the flags list, the
// findings 应纳尽纳, the summary's income section): one definition, the same arithmetic as IncomeRules.
// Portable to SQLite and PostgreSQL; every figure (months, the line of the month's year, the thresholds)
// is a bound value, appended to `values` in the order of the "?" in the returned text.
namespace IncomeFlagSql {

// "((a.income_wages + … − a.operating_costs) * 12) / a.headcount": per-capita annual net income of the
// income_checks row `alias`, fen, truncated toward zero on both engines.
QString perCapitaAnnual(const QString& alias);

// A sub-select (use it as "FROM (<text>) f" or "JOIN (<text>) f ON f.household_id = h.id") with one row per
// check of `month` (its first day; any day of the month is taken as its month), columns:
//   household_id, check_id, per_capita_annual (fen per person per year),
//   below_line, drop_flag, large_expense (each 0 or 1), flagged (1 when any of the three is 1).
// Read from the month's index alone (migration 16: the checks carry their per-capita figure, largest
// expense and the sum of their recent months); join income_checks for anything else. The drop column is
// drop_flag: DROP is a reserved word on both engines. The line is the one of the month's year
// (IncomeSettings::lineFor, carried over); with none, below_line is 0. With a siteId, only the checks of
// that site's households (filtered inside, so a site's sheet does not judge the office).
QString monthFlags(QDate month, const IncomeSettings& settings, QVariantList* values, qint64 siteId = 0);

// The same for the checks of the households `householdIds` names: a select of household ids whose "?" take
// `householdValues` in order (the site's households, or the few that had left by a day).
QString monthFlagsOf(QDate month, const IncomeSettings& settings, QVariantList* values,
                     const QString& householdIds, const QVariantList& householdValues);

} // namespace IncomeFlagSql

} // namespace anju::income
