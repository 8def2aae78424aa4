#include "grids/CaseStateMachine.h"

namespace anju::grids {

namespace {

const char StateField[] = "case.state";

} // namespace

Outcome CaseStateMachine::check(const CaseStatus& status, CaseAction action)
{
    const QString field = QLatin1String(StateField);
    if (action == CaseAction::Receive)
        return Outcome::failure(field, tr("A case is received once, when it is recorded."));
    if (action == CaseAction::Note)
        return {}; // a note may follow a resolved case too (the resident called back)
    if (status.state == CaseState::Resolved)
        return Outcome::failure(field,
                                tr("The case is resolved and closed; nothing more can be done to it."));
    switch (action) {
    case CaseAction::Receive:
    case CaseAction::Assign:
    case CaseAction::Note:
        return {};
    case CaseAction::Start:
        if (status.state == CaseState::Received || status.state == CaseState::Escalated)
            return {};
        if (status.state == CaseState::Referred)
            return Outcome::failure(field, tr("The case is with a department; it comes back to the grid only "
                                              "when the department returns it."));
        return Outcome::failure(field, tr("The case is already in progress."));
    case CaseAction::Resolve:
        if (status.state == CaseState::InProgress || status.state == CaseState::Escalated)
            return {};
        if (status.state == CaseState::Received)
            return Outcome::failure(field, tr("A case must be taken up before it is resolved."));
        if (!status.referralAccepted)
            return Outcome::failure(field, tr("The department has not accepted the referral; it cannot "
                                              "resolve the case before accepting it."));
        return {};
    case CaseAction::Escalate:
        if (status.state == CaseState::Referred)
            return Outcome::failure(field,
                                    tr("The case is with a department and is not escalated in the grid."));
        if (status.level == EscalationLevel::Manager)
            return Outcome::failure(field, tr("The case is already with the person in charge, the last step "
                                              "of the escalation chain."));
        return {};
    case CaseAction::Refer:
        if (status.state == CaseState::Referred)
            return Outcome::failure(field, tr("The case is already referred to a department."));
        return {};
    case CaseAction::Accept:
        if (status.state != CaseState::Referred)
            return Outcome::failure(field, tr("Only a referred case can be accepted by a department."));
        if (status.referralAccepted)
            return Outcome::failure(field, tr("The department has already accepted the referral."));
        return {};
    case CaseAction::Return:
        if (status.state != CaseState::Referred)
            return Outcome::failure(field, tr("Only a referred case can be returned by a department."));
        return {};
    }
    return Outcome::failure(field, tr("Unknown action."));
}

CaseStatus CaseStateMachine::apply(const CaseStatus& status, CaseAction action)
{
    CaseStatus next = status;
    switch (action) {
    case CaseAction::Receive:
    case CaseAction::Assign:
    case CaseAction::Note:
        break;
    case CaseAction::Start:
        next.state = CaseState::InProgress;
        break;
    case CaseAction::Resolve:
        next.state = CaseState::Resolved;
        break;
    case CaseAction::Escalate:
        next.state = CaseState::Escalated;
        next.level = status.level == EscalationLevel::GridWorker ? EscalationLevel::GridLeader
                                                                 : EscalationLevel::Manager;
        break;
    case CaseAction::Refer:
        next.state = CaseState::Referred;
        next.referralAccepted = false;
        break;
    case CaseAction::Accept:
        next.referralAccepted = true;
        break;
    case CaseAction::Return:
        next.state = CaseState::InProgress;
        next.referralAccepted = false;
        break;
    }
    return next;
}

EscalationLevel CaseEscalation::levelDue(QDate deadline, EscalationDelays delays, QDate today)
{
    if (!deadline.isValid() || today <= levelDeadline(EscalationLevel::GridWorker, deadline, delays))
        return EscalationLevel::GridWorker;
    if (today <= levelDeadline(EscalationLevel::GridLeader, deadline, delays))
        return EscalationLevel::GridLeader;
    return EscalationLevel::Manager;
}

std::optional<EscalationLevel> CaseEscalation::nextStep(const CaseStatus& status, QDate deadline,
                                                        EscalationDelays delays, QDate today)
{
    if (status.state == CaseState::Resolved || status.state == CaseState::Referred)
        return std::nullopt;
    if (int(levelDue(deadline, delays, today)) <= int(status.level))
        return std::nullopt;
    return status.level == EscalationLevel::GridWorker ? EscalationLevel::GridLeader
                                                       : EscalationLevel::Manager;
}

QDate CaseEscalation::levelDeadline(EscalationLevel level, QDate deadline, EscalationDelays delays)
{
    if (!deadline.isValid())
        return {};
    switch (level) {
    case EscalationLevel::GridWorker:
        return deadline.addDays(delays.toLeader);
    case EscalationLevel::GridLeader:
        return deadline.addDays(delays.toLeader + delays.toManager);
    case EscalationLevel::Manager:
        return {};
    }
    return {};
}

} // namespace anju::grids
