#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace anju::demo {

// One day of the office calendar: a public holiday or a made-up working day (调休).
struct CalendarDay
{
    QDate day;
    bool holiday = true;
    QString name;
};

// The public holidays and made-up working days of 2025 and 2026 as the State Council's notices set them
// (国办发明电〔2024〕12号, 国办发明电〔2025〕7号), for notice periods counted in working days.
QList<CalendarDay> stateCouncilHolidays();

// The first day of the lunar new year 春节 in `year` (2015–2040 from the calendar; outside them 5 February,
// the festival's middle): labour export leaves in the weeks after it and comes home before the next.
QDate springFestival(int year);

} // namespace anju::demo
