#pragma once

#include "grids/VisitEnums.h"
#include "grids/VisitWindow.h"

#include <QDate>
#include <QString>

#include <optional>

namespace anju::grids {

// One visit that must be made (visit_tasks): a 四必访 window of a target, or a 三必到 trigger. Several open
// tasks of one kind for one household are separate rows; a visit closes the one it names.
struct VisitTask
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0; // 0: the household as a whole
    TaskKind kind = TaskKind::MustVisit;
    QString reason; // a VisitTargetKind key (must visit) or an AttendTrigger key (must attend)
    TaskSource source = TaskSource::Rule;
    qint64 careCategoryId = 0;
    qint64 careMarkId = 0;
    qint64 caseId = 0;
    qint64 assigneeStaffId = 0;
    qint64 assigneeMemberId = 0;
    VisitWindow window;
    qint64 closedByVisitId = 0;
    QDate closedOn;
    QDate cancelledOn;
    QString cancelReason;
    QString note;
    int rowVersion = 1;
    // Read with the task for lists.
    QString householdNumber;
    QString personName;

    bool isOpen() const { return closedByVisitId == 0 && !cancelledOn.isValid(); }
    VisitDue dueAt(QDate today) const
    {
        return window.dueAt(today, closedOn.isValid() ? std::optional<QDate>(closedOn) : std::nullopt);
    }
};

// A visit 走访: who, whom, when, kind, why, what was found, the follow-up, and the task it answers.
struct Visit
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0;
    VisitorKind visitorKind = VisitorKind::Staff;
    qint64 visitorStaffId = 0;
    qint64 visitorMemberId = 0;
    QString visitorName; // a cadre's name; filled from the staff or member when read
    QDate date;
    VisitKind kind = VisitKind::Routine;
    QString reason;
    QString findings;
    QString followUp;
    qint64 taskId = 0;
    qint64 caseId = 0;
    qint64 pairingId = 0;
};

// A person or household that must be visited regularly (四必访), from one source, for a dated span.
struct VisitTarget
{
    qint64 householdId = 0;
    qint64 personId = 0; // 0 for a difficult family (the household as a whole)
    VisitTargetKind kind = VisitTargetKind::DifficultFamily;
    QDate from;
    QDate until;                     // the last day it holds (inclusive); invalid while it holds
    qint64 careCategoryId = 0;       // the person_care_categories row it comes from
    qint64 careMarkId = 0;           // or the household_care_marks row
    qint64 monitoringCaseId = 0;     // or the monitoring_cases row (a difficult family: 监测户)
    qint64 safetyNetEnrolmentId = 0; // or the safety_net_enrolments row (a difficult family: 兜底保障户)
};

} // namespace anju::grids
