#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <utility>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Who a new visit task goes to (VisitService::planMonth and mustAttend, and the demo's bulk writer, so the
// rule is written once). Reads the grids' dated rows once, then answers per household and day in memory:
//   1. a 四必访 task (must visit) of a household paired with a party member or a grid staff member goes to
//      that partner. Why: "五个到户" makes the pairing cadre the family's standing contact, and a regular
//      visit is the contact the "no contact" finding looks for, so one visit serves both duties. A pairing
//      with an outside cadre known only by name has nobody to assign, and falls through;
//   2. otherwise, and always for a 三必到 task (must attend within days): the 网格员 of the household's grid
//      serving on the task's due-from day; with several, the one whose unit, else whose building, holds
//      the household's dwelling, else the first by id. Why: must-attend is a response within one to three
//      days, and it is the grid worker who is on the site every day; pairing cadres often work in county
//      departments elsewhere;
//   3. no 网格员 serving: the 网格长 (the first by id); none either: nobody (the plan's "unassigned" line).
// The household's grid on a day is VisitSql::householdGrid's: an exception, else its unit's coverage, else
// its building's.
class TaskAssignees
{
public:
    // householdId 0 reads every household (a month's plan, the demo); else only that household's rows.
    explicit TaskAssignees(const Database& db, qint64 householdId = 0);

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // {staff id, party member id} for a task of the household due from `day`; {0, 0}: nobody.
    std::pair<qint64, qint64> forTask(qint64 householdId, QDate day, bool mustVisit) const;
    // The household's grid on `day` (0: none).
    qint64 gridOf(qint64 householdId, QDate day) const;

private:
    struct Span
    {
        QDate from;
        QDate to; // the first day it no longer holds; null while open
        bool holdsOn(QDate day) const { return from <= day && (!to.isValid() || to > day); }
    };
    struct Place
    {
        qint64 buildingId = 0;
        qint64 unitId = 0;
    };
    struct Placed // a coverage row or a household exception: a grid for a span
    {
        qint64 gridId = 0;
        Span span;
    };
    struct Staff
    {
        qint64 id = 0;
        bool worker = true; // else the grid leader
        qint64 buildingId = 0;
        qint64 unitId = 0;
        Span span;
    };
    struct Partner
    {
        qint64 id = 0;
        qint64 staffId = 0;
        qint64 memberId = 0;
        Span span;
    };

    bool read(const Database& db, qint64 householdId);

    QHash<qint64, Place> m_places;                   // household → its dwelling's building and unit
    QHash<qint64, QList<Placed>> m_exceptions;       // household → exceptions by id
    QHash<qint64, QList<Placed>> m_unitCoverage;     // unit → rows by id
    QHash<qint64, QList<Placed>> m_buildingCoverage; // building → whole-building rows by id
    QHash<qint64, QList<Staff>> m_staff;             // grid → workers and leaders by id
    QHash<qint64, QList<Partner>> m_partners;        // household → pairings, latest start first
    bool m_ok = false;
    QString m_error;
};

} // namespace anju::grids
