#pragma once

#include "IndependentFigures.h"

namespace anju::test {

// The figures of the summary's party section computed again by hand-written SQL, one statement per
// figure, from the dated histories alone (never the members' kept current stage, state or branch), with
// NOT EXISTS for "the last row by then" and a recursive query for the organisations under a site's. The
// dues brackets are the defaults of migration 5, written out: `error` is set when the settings differ.
// Runs on SQLite and PostgreSQL. `siteId` 0: the whole office. Empty with `error` set on failure.
QList<IndependentFigure> independentPartyFigures(const Database& db, report::ReportMonth month, qint64 siteId,
                                                 QString* error);

} // namespace anju::test
