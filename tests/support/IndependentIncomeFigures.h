#pragma once

#include "IndependentFigures.h"

namespace anju::test {

// The figures of the summary's `income` and `monitoring` sections computed again by hand-written SQL, one
// statement per figure, written without core/income (no IncomeSettings, no IncomeMonthQueries, no flag
// SQL of the product): the settings read here from their keys, the twelve months before counted back by
// the engine's own date arithmetic, the drop's most recent months picked by counting the checks between
// (no ORDER BY … LIMIT), NOT EXISTS for the missing households, COALESCE for open dates. Runs on SQLite and
// PostgreSQL. `siteId` 0: the whole office. Empty with `error` set on failure.
QList<IndependentFigure> independentIncomeFigures(const Database& db, report::ReportMonth month,
                                                  qint64 siteId, QString* error);

} // namespace anju::test
