#pragma once

#include "domain/Enums.h"

namespace anju::grids {

// Coded values of visits, tasks and cases (网格化管理). Stored by key, shown by label (domain/Enums.h).

// 四必访: the people cadres must visit regularly, each kind with its own frequency (VisitRules).
enum class VisitTargetKind
{
    DifficultFamily, // 困难家庭: today from care categories; monitoring and safety-net households later
    Hospitalised,    // 住院
    LossOfSelfCare,  // 失能
    ElderlyAlone,    // 孤寡老人
};

// 三必到: what makes a cadre go to a household within a set number of days.
enum class AttendTrigger
{
    Emergency,     // 突发事情
    Discontent,    // 不满情绪
    FamilyDispute, // 家庭纠纷
};

// A visit task is a 四必访 must-visit (its reason a VisitTargetKind) or a 三必到 must-attend (its reason an
// AttendTrigger).
enum class TaskKind
{
    MustVisit,
    MustAttend,
};

// Where a visit task came from.
enum class TaskSource
{
    Rule,    // a 四必访 target's frequency window
    Trigger, // a 三必到 trigger recorded by a cadre
    Case,    // a case that needs a visit
    Manual,  // entered by hand
};

// Who made a visit.
enum class VisitorKind
{
    Staff,       // a grid staff member
    PartyMember, // a party member (a pairing partner)
    Cadre,       // a cadre known by name only
};

// What a visit was: answering a task, a pairing contact, for a case, or a routine call.
enum class VisitKind
{
    MustVisit,
    MustAttend,
    Pairing,
    Case,
    Routine,
};

// 网格事件 kinds, each with its deadline in days (VisitRules).
enum class CaseKind
{
    DisputeMediation, // 矛盾调处
    ProblemScreening, // 问题排查
    Stability,        // 综治维稳
    PolicyPublicity,  // 政策宣传
    ServiceRequest,   // 服务直通车
    PublicSentiment,  // 民情气象站
};

// received → in progress → resolved | escalated | referred (CaseStateMachine).
enum class CaseState
{
    Received,
    InProgress,
    Resolved,
    Escalated,
    Referred,
};

// What a user (or the escalation run) does to a case; each is one dated case event.
enum class CaseAction
{
    Receive,  // the first event of every case
    Assign,   // a handler named; no state change
    Start,    // taken up: received or escalated → in progress
    Resolve,  // with result and satisfaction
    Escalate, // one step up the chain
    Refer,    // to a department
    Accept,   // the department accepts the referral
    Return,   // the department returns it: back in progress with the grid
    Note,     // a dated note on the case; no state change
};

// The escalation chain 网格员 → 网格长 → 负责人.
enum class EscalationLevel
{
    GridWorker,
    GridLeader,
    Manager,
};

// The resident's satisfaction with a resolved case.
enum class Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}; // not asked: no value (NULL)

// What the grid findings name (each a list of who, not only a count).
enum class FindingKind
{
    NoPairing,         // an active household paired with no one (结对帮扶, 五个到户)
    NoContact,         // paired, and no contact or visit for the configured period
    NotVisited,        // a 四必访 target not visited in their last window
    MustAttendOverdue, // a 三必到 task past its days
    CaseOverdue,       // an open case past its deadline
};

} // namespace anju::grids
