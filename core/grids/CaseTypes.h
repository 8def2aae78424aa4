#pragma once

#include "grids/CaseStateMachine.h"
#include "grids/VisitEnums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju::grids {

// One dated step of a case (grid_case_events).
struct CaseEvent
{
    qint64 id = 0;
    QDate date;
    CaseAction action = CaseAction::Receive;
    std::optional<CaseState> fromState;
    std::optional<CaseState> toState;
    std::optional<EscalationLevel> level;
    qint64 staffId = 0;
    QString department;
    QString note;
};

// A 网格事件 as stored, with its households, persons and history.
struct GridCase
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 gridId = 0;
    CaseKind kind = CaseKind::ServiceRequest;
    QString title;
    QString description;
    qint64 reporterPersonId = 0;
    QString reporterName;
    QString reporterPhone;
    QDate receivedOn;
    qint64 handlerStaffId = 0;
    CaseStatus status;
    QDate stateDate;
    QDate deadline;
    QDate resolvedOn;
    QString result;
    std::optional<Satisfaction> satisfaction;
    QString referredDepartment;
    int rowVersion = 1;
    QList<qint64> householdIds;
    QList<qint64> personIds;
    QList<CaseEvent> events;

    bool isOverdue(QDate today) const { return CaseEscalation::isOverdue(status.state, deadline, today); }
};

// What an action on a case carries besides its date: the handler named, the department, the result and
// the resident's satisfaction, a note.
struct CaseStep
{
    qint64 caseId = 0;
    CaseAction action = CaseAction::Start;
    QDate date;
    qint64 staffId = 0;                       // Assign: the new handler
    QString department;                       // Refer
    QString result;                           // Resolve
    std::optional<Satisfaction> satisfaction; // Resolve; none when not asked
    QString note;
};

} // namespace anju::grids
