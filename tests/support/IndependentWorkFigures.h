#pragma once

#include "IndependentFigures.h"

namespace anju::test {

// The figures of the summary's `employment`, `training` and `industry` sections computed again by
// hand-written SQL, one statement per figure, written without core/work (no WorkSettings, no
// WorkMonthQueries): the ages from the settings' keys and the engine's own date functions (whole years
// from the year and the month-day of the birth), EXISTS per person for "holds a job", NOT EXISTS to pick a
// household's row with the most people. Runs on SQLite and PostgreSQL. `siteId` 0: the whole office.
// Empty with `error` set on failure.
QList<IndependentFigure> independentWorkFigures(const Database& db, report::ReportMonth month, qint64 siteId,
                                                QString* error);

} // namespace anju::test
