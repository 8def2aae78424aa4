#pragma once

#include "domain/Violation.h"
#include "grids/VisitEnums.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace anju::grids {

// Where a case stands: its state, whether a referral was accepted by the department, and the step of the
// escalation chain that holds it.
struct CaseStatus
{
    CaseState state = CaseState::Received;
    bool referralAccepted = false;
    EscalationLevel level = EscalationLevel::GridWorker;
    bool operator==(const CaseStatus&) const = default;
};

// The life of a 网格事件: received → in progress → resolved | escalated | referred (accept / return).
//   Start     received or escalated → in progress (the worker, or the level it went up to, takes it up)
//   Resolve   in progress, escalated, or referred and accepted → resolved (final)
//   Escalate  received, in progress or escalated → escalated, one level up (网格员 → 网格长 → 负责人)
//   Refer     received, in progress or escalated → referred (to a department, not yet accepted)
//   Accept    referred and not yet accepted → referred and accepted
//   Return    referred → in progress (the department hands it back to the grid)
//   Assign    any open state; names a handler without changing the state
// Everything else is refused with the reason in the user's language.
class CaseStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::CaseStateMachine)

public:
    static Outcome check(const CaseStatus& status, CaseAction action);
    // The status after `action`; only meaningful when check() allowed it.
    static CaseStatus apply(const CaseStatus& status, CaseAction action);
    static bool isOpen(CaseState state) { return state != CaseState::Resolved; }
};

// How long after a case's deadline it goes up the chain (settings grids.escalate_to_grid_leader_days and
// grids.escalate_to_manager_days): to the grid leader `toLeader` days after the deadline, to the person in
// charge `toManager` days after that.
struct EscalationDelays
{
    int toLeader = 0;
    int toManager = 7;
};

// The escalation chain when a deadline passes: the case belongs to the grid worker through its deadline
// (plus toLeader days), then to the grid leader, then, toManager days later, to the person in charge.
class CaseEscalation
{
public:
    // The level that should hold an open case on `today`.
    static EscalationLevel levelDue(QDate deadline, EscalationDelays delays, QDate today);
    // The next level to escalate to on `today`, one step at a time (each step its own dated event); nullopt
    // when the case is resolved, referred (the department has it), or already at the level due.
    static std::optional<EscalationLevel> nextStep(const CaseStatus& status, QDate deadline,
                                                   EscalationDelays delays, QDate today);
    // The last day a level may hold the case before it goes up (invalid for the person in charge).
    static QDate levelDeadline(EscalationLevel level, QDate deadline, EscalationDelays delays);
    // An open case is overdue after its deadline (a referred case too: the resident still waits).
    static bool isOverdue(CaseState state, QDate deadline, QDate today)
    {
        return CaseStateMachine::isOpen(state) && deadline.isValid() && today > deadline;
    }
};

} // namespace anju::grids
