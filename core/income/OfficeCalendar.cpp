#include "income/OfficeCalendar.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

namespace anju::income {

OfficeCalendar OfficeCalendar::load(const Database& db)
{
    OfficeCalendar calendar;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral("SELECT day, kind FROM office_calendar")) && q.exec()) {
        while (q.next()) {
            const QDate day = dateFrom(q.value(0));
            if (day.isValid())
                calendar.setDay(day, q.value(1).toString() == QLatin1String("workday") ? DayKind::Workday
                                                                                       : DayKind::Holiday);
        }
    }
    return calendar;
}

bool OfficeCalendar::isWorkingDay(QDate day) const
{
    const auto listed = m_days.constFind(day);
    if (listed != m_days.constEnd())
        return *listed == DayKind::Workday;
    return day.dayOfWeek() <= 5;
}

int OfficeCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

QDate OfficeCalendar::nthWorkingDay(QDate from, int count) const
{
    if (!from.isValid() || count < 1)
        return from;
    int seen = 0;
    // A year of holidays in a row would be a broken list; stop there rather than loop for ever.
    for (QDate day = from; day < from.addDays(366); day = day.addDays(1)) {
        if (isWorkingDay(day) && ++seen == count)
            return day;
    }
    return from.addDays(366);
}

} // namespace anju::income
