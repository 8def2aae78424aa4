#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 18: the monthly summary's grid figures read from indexes alone. The month's visit tasks (by their
// overdue-after day and by their trigger day) and the cases open in it were found through one-column
// indexes and then each row fetched from its table for the kind, the closing and cancelling days and the
// deadline: some 60,000 tasks and 70,000 cases a month at a province, 0.4–0.5 s of CPU for the two months
// of a summary. The same indexes with those columns after the searched one let both engines answer from
// the index (measured in docs/benchmarks.md, 2026-12-07). Each replaces the index of the same name: every
// query that searched the old one searches the first column of the new one.
QStringList statements()
{
    return {
        QStringLiteral("DROP INDEX visit_tasks_overdue"),
        QStringLiteral(
            "CREATE INDEX visit_tasks_overdue ON visit_tasks (overdue_after, kind, closed_on, cancelled_on)"),
        QStringLiteral("DROP INDEX visit_tasks_due"),
        QStringLiteral(
            "CREATE INDEX visit_tasks_due ON visit_tasks (due_from, overdue_after, kind, cancelled_on)"),
        QStringLiteral("DROP INDEX grid_cases_received"),
        QStringLiteral(
            "CREATE INDEX grid_cases_received ON grid_cases (received_on, resolved_on, kind, deadline)"),
    };
}

} // namespace

Migration v018ReportIndexes()
{
    return Migration::portable(18, "the month's visit tasks and open cases counted from their indexes",
                               statements());
}

} // namespace anju
