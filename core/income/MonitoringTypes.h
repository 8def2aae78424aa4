#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju::income {

// Coded values of monitoring households 监测户 (防返贫监测), stored by the keys of migration 15's CHECK lists
// and shown by label (domain/Enums.h; the specialisations are in MonitoringEnums.cpp).

enum class MonitoringCategory
{
    UnstableOutOfPoverty, // 脱贫不稳定户
    MarginalAtRisk,       // 边缘易致贫户
    SuddenHardship,       // 突发严重困难户
};

// How the household came to the office's notice.
enum class DiscoverySource
{
    IncomeFlag, // a flag of the monthly income check
    Visit,      // a visit (四必访, 三必到)
    Case,       // a grid case
    SelfReport, // the household asked
    Department, // data from a department (医保, 民政 …)
};

// Where a monitoring case stands: in entry review, declined (reviewed, not taken in), monitored, in
// elimination review, eliminated (风险消除).
enum class MonitoringState
{
    EntryReview,
    Declined,
    Monitored,
    EliminationReview,
    Eliminated,
};

// The two procedures that run the same steps: taking the household in, and its risk elimination.
enum class MonitoringPhase
{
    Entry,
    Elimination,
};

// 入户核实 → 村(社区)评议 → 公示 → 乡镇审核 → 县级审定, in this order (MonitoringRules::order).
enum class MonitoringStepKind
{
    HomeCheck,
    VillageReview,
    PublicNotice,
    TownshipReview,
    CountyApproval,
};

enum class StepDecision
{
    Passed,
    Rejected,
};

enum class RiskKind
{
    Illness,
    Disability,
    Schooling,
    Disaster,
    Accident,
    BusinessFailure,
    UnstableWork,
    Other,
};

enum class MeasureKind
{
    Industry,
    Employment,
    Health,
    Education,
    Housing,
    SafetyNet,
    Relief,
    Other,
};

// One step of a procedure as stored (monitoring_steps). decision empty while pending. attempt counts the
// times the procedure was begun for the case: a risk elimination rejected and begun again writes its steps
// anew as attempt 2, 3 …, the earlier attempt's rows staying as they were decided (migration 17).
struct MonitoringStep
{
    qint64 id = 0;
    MonitoringPhase phase = MonitoringPhase::Entry;
    MonitoringStepKind step = MonitoringStepKind::HomeCheck;
    int attempt = 1;
    QDate startedOn;
    QDate noticeFrom; // the notice step only
    QDate noticeTo;   // inclusive
    QDate decidedOn;
    std::optional<StepDecision> decision;
    QString decidedBy;
    QString note;

    bool passed() const { return decision == StepDecision::Passed; }
    bool pending() const { return !decision.has_value(); }
};

// An objection received during a notice period 公示异议.
struct MonitoringObjection
{
    qint64 id = 0;
    qint64 stepId = 0;
    QDate receivedOn;
    QString raisedBy;
    QString content;
    QString handling;
    QDate settledOn; // invalid while unsettled
};

// An assistance measure 帮扶措施: what, by whom, from when (to when).
struct MonitoringMeasure
{
    qint64 id = 0;
    qint64 caseId = 0;
    MeasureKind measure = MeasureKind::Other;
    QString description;
    QString provider;
    QDate validFrom;
    QDate validTo; // invalid while it runs
};

struct MonitoringRisk
{
    RiskKind risk = RiskKind::Other;
    QString note;
};

// A monitoring case 监测户 with the household it is about; steps, risks, objections and measures are filled
// by MonitoringRepository::monitoringCase (and steps by the list, which computes overdue from them).
struct MonitoringCase
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 siteId = 0;
    QString householdNumber;
    QString headName;
    MonitoringCategory category = MonitoringCategory::MarginalAtRisk;
    QDate discoveredOn;
    DiscoverySource discovery = DiscoverySource::SelfReport;
    qint64 incomeCheckId = 0;
    qint64 visitId = 0;
    qint64 gridCaseId = 0;
    QString department;
    QString description;
    MonitoringState state = MonitoringState::EntryReview;
    QDate stateDate;
    QDate enteredOn;
    QDate declinedOn;
    QString declineReason;
    QDate eliminatedOn;
    int rowVersion = 1;
    QList<MonitoringStep> steps;
    QList<MonitoringRisk> risks;
    QList<MonitoringObjection> objections;
    QList<MonitoringMeasure> measures;

    // Monitored on day D: entered_on <= D and (eliminated_on IS NULL OR eliminated_on > D).
    bool monitoredOn(QDate day) const
    {
        return enteredOn.isValid() && enteredOn <= day && (!eliminatedOn.isValid() || eliminatedOn > day);
    }
};

// What a discovery records: the household, its category, how and when it was found, the source record.
struct MonitoringDiscovery
{
    qint64 householdId = 0;
    MonitoringCategory category = MonitoringCategory::MarginalAtRisk;
    DiscoverySource discovery = DiscoverySource::SelfReport;
    QDate discoveredOn;
    qint64 incomeCheckId = 0; // IncomeFlag: the flagged check
    qint64 visitId = 0;       // Visit
    qint64 gridCaseId = 0;    // Case
    QString department;       // Department
    QString description;
    QList<MonitoringRisk> risks;
};

// A decision on a step of the procedure the case is in.
struct MonitoringStepDecision
{
    qint64 caseId = 0;
    MonitoringStepKind step = MonitoringStepKind::HomeCheck;
    StepDecision decision = StepDecision::Passed;
    QDate date;
    QString decidedBy;
    QString note; // a rejection's reason
};

} // namespace anju::income
