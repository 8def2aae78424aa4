#pragma once

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
// Setting keys:
//   grids.visit_frequency.<VisitTargetKind key>   "1m" (every month) or "14d" (every 14 days)
//       difficult_family 1m, hospitalised 7d (a stay is short: a monthly window would often miss it),
//       loss_of_self_care 1m, elderly_alone 1m
//   grids.attend_days.<AttendTrigger key>   days to attend after it happened: emergency 1, discontent 3,
//       family_dispute 3
//   grids.case_deadline_days.<CaseKind key>   dispute_mediation 15, problem_screening 7, stability 3,
//       policy_publicity 30, service_request 7, public_sentiment 15
//   grids.difficult_family_sources   "care:serious_illness,care:disabled": where 困难家庭 come from, a
//       comma list of care categories ("care:<key>") and, once those workflows exist, "monitoring" and
//       "safety_net" (VisitTargetSources reads them; an unknown source is kept and ignored)
//   grids.no_contact_days 60   a household paired and with no contact logged for longer is a finding
//   grids.escalation_days 3    网格员 → 网格长 the day after the deadline, 网格长 → 负责人 this many days
//   later
struct VisitRules
{
    QMap<VisitTargetKind, VisitFrequency> frequency;
    QMap<AttendTrigger, int> attendDays;
    QMap<CaseKind, int> caseDeadlineDays;
    QStringList difficultFamilySources;
    int noContactDays = 60;
    int escalationDays = 3;

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

    static QString frequencyKey(VisitTargetKind kind);
    static QString attendKey(AttendTrigger trigger);
    static QString deadlineKey(CaseKind kind);
};

} // namespace anju::grids
