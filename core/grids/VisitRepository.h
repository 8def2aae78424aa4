#pragma once

#include "grids/VisitTypes.h"

#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Reads of visits and visit tasks, as value types. Callers check ReadGrids (VisitService and the CLI do).
class VisitRepository
{
public:
    explicit VisitRepository(const Database& db) : m_db(db) {}

    std::optional<VisitTask> task(qint64 id) const;
    std::optional<Visit> visit(qint64 id) const;
    // A household's tasks (open and closed), the latest window first.
    QList<VisitTask> tasksOf(qint64 householdId) const;
    // Tasks whose overdue-after day falls in [from, to] (the month they must be done by), not cancelled.
    QList<VisitTask> tasksDueIn(QDate from, QDate to) const;
    // The tasks of one assignee (both ids 0: the unassigned ones) whose overdue-after day falls in `month`'s
    // month, not cancelled, the households of `gridId` at the month's end only when it is not 0 (else of
    // `siteId` when that is not 0): the worker's line of VisitPlan::forMonth, task by task. Keeps to the
    // user's sites.
    QList<VisitTask> tasksFor(QDate month, qint64 staffId, qint64 memberId, qint64 gridId = 0,
                              qint64 siteId = 0) const;
    // A household's visits, the latest first.
    QList<Visit> visitsOf(qint64 householdId) const;

private:
    QList<VisitTask> tasks(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};

} // namespace anju::grids
