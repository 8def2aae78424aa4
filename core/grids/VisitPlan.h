#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// One worker's line of a month's visit plan: the tasks that must be done by the month's end, and where
// they stand on `today`. A task with no assignee is counted on a line with both ids 0.
struct WorkerPlan
{
    qint64 staffId = 0;
    qint64 memberId = 0;
    QString name;
    int due = 0;     // every task of the month, done or not (cancelled ones are not due)
    int done = 0;    // answered by a visit
    int late = 0;    // of those done, done after the window
    int overdue = 0; // not done, window over by `today`
    int open() const { return due - done - overdue; }
};

// The month's visit plan per worker (due, done, overdue), one grouped query over visit_tasks. A task
// belongs to the month its overdue-after day falls in (VisitWindow::regularDueIn).
class VisitPlan
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::VisitPlan)

public:
    explicit VisitPlan(const Database& db) : m_db(db) {}

    // ReadGrids is required; a user limited to some sites counts their sites' households only. gridId
    // limits the plan to the households of one grid at the month's end; siteId (when gridId is 0) to one
    // site's households.
    Result<QList<WorkerPlan>> forMonth(QDate month, qint64 gridId = 0, QDate today = QDate::currentDate(),
                                       qint64 siteId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::grids
