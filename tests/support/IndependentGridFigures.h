#pragma once

#include "IndependentFigures.h"

namespace anju::test {

// The figures of the summary's grids section computed again by hand-written SQL, one statement per figure,
// written without core/grids (no VisitSql, no GridMonthQueries): EXISTS over the dated rows instead of the
// grid a household is derived into, the visit that answered a task instead of the task's closed_on, the
// case's dated events instead of its resolved_on. Runs on SQLite and PostgreSQL. `siteId` 0: the whole
// office. Empty with `error` set on failure.
QList<IndependentFigure> independentGridFigures(const Database& db, report::ReportMonth month, qint64 siteId,
                                                QString* error);

} // namespace anju::test
