#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju::grids {

// How often a 四必访 target must be visited: every N calendar months (窗口 from the 1st of a month to
// the last day of the N-th month) or every N days. Stored in settings as "1m" or "14d".
struct VisitFrequency
{
    enum class Unit
    {
        Days,
        Months
    };
    Unit unit = Unit::Months;
    int count = 1; // 1..12 months, 1..366 days

    static std::optional<VisitFrequency> parse(QStringView text);
    QString text() const;
    bool operator==(const VisitFrequency&) const = default;
};

// What a task is at a day, computed from its dates and whether a visit answered it: never stored.
enum class VisitDue
{
    NotYetDue, // before due_from
    Due,       // from due_from through overdue_after, not visited
    Overdue,   // after overdue_after, not visited
    Done,      // answered by a visit
};

// The dates of one visit task: due from `dueFrom`, overdue after `overdueAfter` (both inclusive days of the
// window; the task is overdue on the day after overdueAfter). Pure: windows are computed when read, so any
// past month can be planned and counted again (a stored "overdue" flag would only be true on the day it was
// written).
struct VisitWindow
{
    QDate dueFrom;
    QDate overdueAfter;

    bool isValid() const { return dueFrom.isValid() && overdueAfter.isValid() && dueFrom <= overdueAfter; }
    bool contains(QDate day) const { return isValid() && day >= dueFrom && day <= overdueAfter; }
    bool operator==(const VisitWindow&) const = default;

    // The 四必访 window of a target who became one on `anchor` that holds `day`; invalid before the anchor.
    // Month windows are calendar months counted from the anchor's month (the first one starts on the
    // anchor itself, not earlier: nobody owed a visit before they were a target); day windows run N days
    // from the anchor, so they cross month ends and 29 February by plain day counting.
    static VisitWindow regular(QDate anchor, VisitFrequency frequency, QDate day);
    // Every window of a target (anchor to `targetEnd`, open when invalid) whose overdue-after day falls in
    // [from, to]: the visits a month's plan holds (a window belongs to the month it must be done by, so a
    // window that spans two months is counted once). A window that began before the target ended stays
    // whole: the visit was owed from its first day.
    static QList<VisitWindow> regularDueIn(QDate anchor, QDate targetEnd, VisitFrequency frequency,
                                           QDate from, QDate to);
    // The 三必到 window: from the day it happened through `daysToAttend` days later (0 = the same day).
    static VisitWindow mustAttend(QDate happened, int daysToAttend);

    // The task's state at `today` given the day of the visit that answered it (if any).
    VisitDue dueAt(QDate today, std::optional<QDate> visitedOn = std::nullopt) const;
};

} // namespace anju::grids
