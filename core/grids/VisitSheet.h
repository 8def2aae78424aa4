#pragma once

#include "domain/Violation.h"
#include "grids/GridTypes.h"
#include "grids/VisitTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// A member of the household to see on a visit, with the care categories (四必访 marks) they have in the
// month.
struct VisitSheetPerson
{
    qint64 personId = 0;
    QString name;
    QList<CareCategory> care;
    bool isTaskPerson = false; // the person the task names
};

// One row of a visit sheet: one open visit task of one household, with what the visitor needs on paper.
struct VisitSheetRow
{
    qint64 taskId = 0;
    QString code; // VisitSheetCode
    qint64 householdId = 0;
    QString householdNumber;
    QString headName;
    QString buildingName;
    QString unitName;
    QString room;
    int floor = 0;
    QList<VisitSheetPerson> persons; // the task's person first, then members with care categories
    TaskKind kind = TaskKind::MustVisit;
    QString reason; // a VisitTargetKind or AttendTrigger key (VisitSheet::reasonLabel)
    VisitWindow window;
    QDate lastVisit; // the household's latest visit before the sheet was made; null: never
    bool mustVisitFamily =
        false; // a 四必访 household: a must-visit task, a care category or a difficult family
    qint64 assigneeStaffId = 0;
    qint64 assigneeMemberId = 0;
    QString assigneeName; // empty when no one is assigned

    // "1栋 1单元 101": building, unit and room as far as known.
    QString address() const;
};

// Whose sheet it is: one worker's tasks or one building's.
struct VisitSheetWorker
{
    qint64 staffId = 0;  // a grid staff member (visit_tasks.assignee_staff_id)
    qint64 memberId = 0; // or a party member paired with households (assignee_member_id)
    QString name;
    QString description; // role and grid, or party organisation: tells namesakes apart
    // "staff:12" or "member:34": what `grid sheet --worker` takes when a name is not enough.
    QString key() const;
};

struct VisitSheetBuilding
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0;
    QString siteName;
};

// A month's visit sheet 走访表 for one worker or one building, rows sorted by building, floor, unit, room.
struct VisitSheet
{
    QDate month;      // the first day of the month
    QDate madeOn;     // the day it was made ("today")
    QString title;    // the worker's or the building's name
    QString subtitle; // the worker's role and grid, or the building's site
    QString siteName; // the site of the rows when they are of one site
    QString office;   // the reporting unit; the caller fills it (core/report owns the setting)
    QString gridName; // when limited to one grid
    QList<VisitSheetRow> rows;
};

// Reads the rows of a month's visit sheet, and finds the worker or building a sheet is asked for by name.
// The rows are the open tasks (neither answered nor cancelled) due from a day up to the month's end: the
// month's own tasks and the ones left over from earlier months, which are still owed. ReadGrids is
// required (a secretary may print); a user limited to some sites sees their sites' households only.
class VisitSheetQuery
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::VisitSheetQuery)

public:
    explicit VisitSheetQuery(const Database& db) : m_db(db) {}

    Result<VisitSheet> forWorker(QDate month, const VisitSheetWorker& worker, qint64 gridId = 0,
                                 QDate today = QDate::currentDate()) const;
    Result<VisitSheet> forBuilding(QDate month, qint64 buildingId, qint64 gridId = 0,
                                   QDate today = QDate::currentDate()) const;
    // One row by its task, for the quick-entry screen: refused when the task is not on file, not the
    // user's site's, already answered or cancelled.
    Result<VisitSheetRow> row(qint64 taskId, QDate today = QDate::currentDate()) const;
    // One row by its printed code (VisitSheetCode::decode, then row()).
    Result<VisitSheetRow> rowForCode(const QString& code, QDate today = QDate::currentDate()) const;

    // The workers a name (or "staff:ID" / "member:ID") may mean in the month: grid staff serving in it
    // (of the grid when gridId is set) and party members whose name it is. Exact names first; when none
    // is exact, names that contain the text; an empty text: all of them. Refused when none is found.
    Result<QList<VisitSheetWorker>> workers(const QString& text, QDate month, qint64 gridId = 0) const;
    // The buildings a text may mean: an id, or a name on the user's sites (of the grid's site when set);
    // an empty text: all of them, by site.
    Result<QList<VisitSheetBuilding>> buildings(const QString& text, qint64 gridId = 0) const;

    // The one worker the text means, or a refusal that lists the candidates when it is ambiguous.
    Result<VisitSheetWorker> worker(const QString& text, QDate month, qint64 gridId = 0) const;
    Result<VisitSheetBuilding> building(const QString& text, qint64 gridId = 0) const;

    // Who may record the visits of a sheet (clerk, manager, administrator) and who may only print it
    // (secretary): the quick-entry screen asks before it takes a code.
    static Outcome mayRecord(const Database& db);
    static Outcome mayPrint(const Database& db);

    // The label of a row's reason (a 四必访 target kind or a 三必到 trigger).
    static QString reasonLabel(const VisitSheetRow& row);

private:
    Result<QList<VisitSheetRow>> rows(const QString& where, const QVariantList& values, QDate month,
                                      qint64 gridId) const;
    void addPersons(QList<VisitSheetRow>& rows, QDate month) const;

    const Database& m_db;
};

} // namespace anju::grids
