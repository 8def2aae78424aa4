#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace anju {
class Database;
struct Session;
} // namespace anju

namespace anju::grids {

// What one line of a household's timeline tells; the key is what `household show --json` prints.
enum class TimelineKind
{
    Visit,      // a visit 走访 made
    MustAttend, // a 三必到 task, whatever became of it
    Missed,     // a 四必访 task past its window, neither visited nor cancelled
    Case,       // a grid case 网格事件 the household is tied to, on the day it was received
    CaseStep,   // a later step of such a case (taken up, escalated, referred, resolved …)
    Contact,    // a contact of the pairing cadre 结对联系
    Pairing,    // a pairing started or ended
    GridMove,   // the household placed in a grid: by an exception, or its building or unit by coverage
};

struct TimelineEntry
{
    QDate date;
    TimelineKind kind = TimelineKind::Visit;
    QString summary;   // one line in the user's language
    QString who;       // who did it or reported it, with the phone as the session may see it
    QString phone;     // masked for a role that sees phones masked
    qint64 linkId = 0; // the row it tells: visit, task, case (for a case's steps too), contact, pairing, grid
};

// One household's visits, tasks, cases, pairing contacts and grid placements as one list, newest first
// ("一户一档": the household file shows everything the grids workflow knows of it). One read, a UNION ALL
// over the workflow's tables. ReadGrids on the household's site is required, as for GridRepository.
class HouseholdTimeline
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::HouseholdTimeline)

public:
    explicit HouseholdTimeline(const Database& db) : m_db(db) {}

    // Whether the session may see timelines at all (the household form shows the box only then).
    static bool mayRead(const Session* session);
    // Newest first; a 四必访 task counts as missed when `today` is past its overdue_after day.
    Result<QList<TimelineEntry>> entries(qint64 householdId, QDate today) const;

    static QString kindKey(TimelineKind kind);
    static QString kindLabel(TimelineKind kind);
    static QList<TimelineKind> kinds();

private:
    const Database& m_db;
};

} // namespace anju::grids
