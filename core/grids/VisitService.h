#pragma once

#include "domain/Violation.h"
#include "grids/VisitRules.h"
#include "grids/VisitTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

// Field keys of the visit forms (Violation::field).
namespace anju::Field {
inline constexpr char VisitHousehold[] = "visit.household";
inline constexpr char VisitPerson[] = "visit.person";
inline constexpr char VisitDate[] = "visit.date";
inline constexpr char VisitVisitor[] = "visit.visitor";
inline constexpr char VisitTaskField[] = "visit.task";
inline constexpr char TaskReason[] = "task.reason";
inline constexpr char TaskDate[] = "task.date";
} // namespace anju::Field

namespace anju::grids {

// Every write of visits and visit tasks. Each call is one user action and one transaction, WriteGrids
// checked first for the household's site; the audit trail is written by migration 14's triggers.
class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::VisitService)

public:
    explicit VisitService(const Database& db) : m_db(db) {}

    VisitRules rules() const;

    // 四必访: makes the task of every target's window that must be done by the end of `month`'s month and
    // has none yet (the same household, person and reason, with the same first or last day), so running it
    // twice makes nothing new and a task already closed or cancelled is never made again. Each new task
    // goes to the household's pairing partner, else to its grid's worker serving on its due-from day
    // (TaskAssignees says why). Returns how many were made.
    Result<int> planMonth(QDate month, QDate today = QDate::currentDate());
    // 三必到: a must-attend task for the household (and person) from the day it happened, due within the
    // trigger's days. Several for one household are separate tasks, none replaces another. It goes to the
    // grid's worker serving that day, not to the pairing partner (TaskAssignees says why).
    Result<VisitTask> mustAttend(qint64 householdId, qint64 personId, AttendTrigger trigger, QDate happened,
                                 const QString& note, QDate today = QDate::currentDate());
    // Records a visit; when it names a task, that task (open, of the same household, due by the visit's
    // day) is closed by it in the same transaction. Its kind follows the task's.
    Result<Visit> recordVisit(Visit visit, QDate today = QDate::currentDate());
    // Cancels an open task with its reason (a person who moved away, died, was discharged the same day).
    Outcome cancelTask(qint64 taskId, QDate on, const QString& reason, QDate today = QDate::currentDate());

private:
    Outcome writeAllowed(qint64 householdId) const;

    const Database& m_db;
};

} // namespace anju::grids
