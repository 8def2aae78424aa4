#pragma once

#include "grids/CaseStateMachine.h"
#include "grids/VisitEnums.h"
#include "grids/VisitWindow.h"

#include <QDate>
#include <QMap>
#include <QPair>
#include <QStringList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// The office's visit and case rules (四必访, 三必到, case deadlines, contact and escalation periods): data in
// the settings table, never code, with these defaults when a value is missing or malformed.
// Setting keys (migration 14 writes the defaults too):
//   grids.must_visit.<VisitTargetKind key>   "1m" (every month) or "14d" (every 14 days)
//       difficult_family 1m, hospitalised 7d (a stay is short: a monthly window would often miss it),
//       loss_of_self_care 1m, elderly_alone 1m
//   grids.must_attend_days.<AttendTrigger key>   days to attend after it happened: emergency 1,
//       discontent 3, family_dispute 3
//   grids.case_deadline_days.<CaseKind key>   dispute_mediation 15, problem_screening 7, stability 3,
//       policy_publicity 30, service_request 7, public_sentiment 15
//   grids.difficult_family_sources "mark,monitoring,safety_net"   where 困难家庭 come from, a comma list:
//       "mark" (households marked by hand, household_care_marks), care categories ("care:seriously_ill"),
//       "monitoring" (监测户, monitoring_cases) and "safety_net" (兜底保障户, safety_net_enrolments);
//       VisitTargets reads them. A source this program does not know is kept and ignored, so a newer
//       program's setting survives an older one. Migration 14 writes no row for it: an office that never
//       chose keeps the default of the program it runs.
//   grids.no_contact_days 60   a paired household with no contact logged for longer is a finding
//   grids.escalate_to_grid_leader_days 0, grids.escalate_to_manager_days 7   the escalation chain
struct VisitRules
{
    QMap<VisitTargetKind, VisitFrequency> frequency;
    QMap<AttendTrigger, int> attendDays;
    QMap<CaseKind, int> caseDeadlineDays;
    QStringList difficultFamilySources;
    int noContactDays = 60;
    EscalationDelays escalation;

    static VisitRules defaults();
    static VisitRules load(const Database& db);
    bool save(Database& db) const;
    // Every value as the setting key and the text save() writes.
    QList<QPair<QString, QString>> texts() const;

    VisitFrequency frequencyFor(VisitTargetKind kind) const
    {
        return frequency.value(kind, VisitFrequency{});
    }
    int daysToAttend(AttendTrigger trigger) const { return attendDays.value(trigger, 3); }
    // The day a case received on `received` must be resolved by.
    QDate caseDeadline(CaseKind kind, QDate received) const;
    // The care categories (keys) that make a household a difficult family.
    QStringList difficultFamilyCareCategories() const;
    // Whether households marked by hand (household_care_marks) are difficult families.
    bool marksMakeDifficultFamilies() const
    {
        return difficultFamilySources.contains(QStringLiteral("mark"));
    }
    // Whether monitored households (监测户) are difficult families.
    bool monitoringMakesDifficultFamilies() const
    {
        return difficultFamilySources.contains(QStringLiteral("monitoring"));
    }
    // Whether households with a member in the safety net (兜底保障户) are difficult families.
    bool safetyNetMakesDifficultFamilies() const
    {
        return difficultFamilySources.contains(QStringLiteral("safety_net"));
    }

    static QString frequencyKey(VisitTargetKind kind);
    static QString attendKey(AttendTrigger trigger);
    static QString deadlineKey(CaseKind kind);
};

} // namespace anju::grids
