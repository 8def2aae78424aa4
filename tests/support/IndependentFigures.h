#pragma once

#include "report/ReportTypes.h"

#include <QList>
#include <QString>

namespace anju {
class Database;
}

namespace anju::test {

// The figures of the monthly summary computed again by one hand-written SQL query each, written
// independently of core/report (other joins, the engine's own date arithmetic, NOT EXISTS instead of
// classifying rows in C++): what the tests check core against and the benchmark's baseline. Portable
// SQL for SQLite and PostgreSQL but for one spelling chosen by the connection's driver.
struct IndependentFigure
{
    QString section;
    QString key;
    qint64 value = 0;
    qint64 previous = 0;
};

// `siteId` 0: the whole office. Empty with `error` set when a query fails.
QList<IndependentFigure> independentFigures(const Database& db, report::ReportMonth month, qint64 siteId,
                                            QString* error);

} // namespace anju::test
