#pragma once

#include "domain/Violation.h"
#include "grids/CaseTypes.h"
#include "grids/VisitRules.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

// Field keys of the case forms (Violation::field).
namespace anju::Field {
inline constexpr char CaseTitle[] = "case.title";
inline constexpr char CaseSite[] = "case.site";
inline constexpr char CaseReceived[] = "case.receivedOn";
inline constexpr char CaseHouseholds[] = "case.households";
inline constexpr char CaseStepDate[] = "case.stepDate";
inline constexpr char CaseHandler[] = "case.handler";
inline constexpr char CaseDepartment[] = "case.department";
inline constexpr char CaseResult[] = "case.result";
} // namespace anju::Field

namespace anju::grids {

// Every write of cases 网格事件. Each action is one transaction: the case row's state and the dated event
// that records it are written together, checked by CaseStateMachine first and WriteGrids for the case's site.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::CaseService)

public:
    explicit CaseService(const Database& db) : m_db(db) {}

    // Receives a case: its deadline from the kind's setting (kept on the case, so a later change of the
    // setting does not move it), state received, the first event.
    Result<GridCase> receive(GridCase draft, QDate today = QDate::currentDate());
    // Assign, start, resolve (with result and satisfaction), escalate, refer (with the department), accept,
    // return, note: one dated event each. The date may not be before the case's last step nor in the future.
    Result<GridCase> act(const CaseStep& step, QDate today = QDate::currentDate());
    // The escalation chain: every open case past its level's deadline goes one step up, dated the day the
    // step fell due, with a note saying why; all in one transaction. Returns how many steps were taken
    // (run again, a case long overdue takes its second step).
    Result<int> escalateOverdue(QDate today = QDate::currentDate());

private:
    Outcome writeAllowed(qint64 siteId) const;
    // Writes the status change and its event inside the caller's transaction.
    Outcome write(const GridCase& before, const CaseStep& step, const CaseStatus& after);

    const Database& m_db;
};

} // namespace anju::grids
