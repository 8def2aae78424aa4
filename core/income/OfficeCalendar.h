#pragma once

#include <QDate>
#include <QMap>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// The office's working days: a weekday is a working day unless it is a listed holiday, a Saturday or
// Sunday is not unless it is a listed made-up workday (调休). The list (office_calendar) is read once, in
// load(); a notice period counted in working days asks it day by day.
class OfficeCalendar
{
public:
    enum class DayKind
    {
        Holiday,
        Workday
    };

    OfficeCalendar() = default;
    static OfficeCalendar load(const Database& db);

    void setDay(QDate day, DayKind kind) { m_days.insert(day, kind); }
    bool isWorkingDay(QDate day) const;
    // Working days from `from` to `to`, both included (0 when to < from).
    int workingDaysBetween(QDate from, QDate to) const;
    // The day on which the `count`-th working day counted from `from` (included) falls; `count` >= 1.
    QDate nthWorkingDay(QDate from, int count) const;

private:
    QMap<QDate, DayKind> m_days;
};

} // namespace anju::income
