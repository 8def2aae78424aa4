#include "demo/DemoOfficeCalendar.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace anju::demo {

namespace {

struct Span
{
    int year, month, day, days;
    const char16_t* name;
};

// Holidays as runs of days, each with the name of its festival.
constexpr Span Holidays[] = {
    {2025, 1, 1, 1, u"元旦"},    {2025, 1, 28, 8, u"春节"},   {2025, 4, 4, 3, u"清明节"},
    {2025, 5, 1, 5, u"劳动节"},  {2025, 5, 31, 3, u"端午节"}, {2025, 10, 1, 8, u"国庆节、中秋节"},
    {2026, 1, 1, 3, u"元旦"},    {2026, 2, 15, 9, u"春节"},   {2026, 4, 4, 3, u"清明节"},
    {2026, 5, 1, 5, u"劳动节"},  {2026, 6, 19, 3, u"端午节"}, {2026, 9, 25, 3, u"中秋节"},
    {2026, 10, 1, 7, u"国庆节"},
};

// Weekend days worked instead (调休上班).
constexpr Span Workdays[] = {
    {2025, 1, 26, 1, u"春节调休上班"},    {2025, 2, 8, 1, u"春节调休上班"},
    {2025, 4, 27, 1, u"劳动节调休上班"},  {2025, 9, 28, 1, u"国庆节调休上班"},
    {2025, 10, 11, 1, u"国庆节调休上班"}, {2026, 1, 4, 1, u"元旦调休上班"},
    {2026, 2, 14, 1, u"春节调休上班"},    {2026, 2, 28, 1, u"春节调休上班"},
    {2026, 5, 9, 1, u"劳动节调休上班"},   {2026, 9, 20, 1, u"国庆节调休上班"},
    {2026, 10, 10, 1, u"国庆节调休上班"},
};

// 春节, month and day, from 2015.
constexpr std::pair<int, int> SpringFestivals[] = {
    {2, 19}, {2, 8},  {1, 28}, {2, 16}, {2, 5},  {1, 25}, {2, 12}, {2, 1},  {1, 22},
    {2, 10}, {1, 29}, {2, 17}, {2, 6},  {1, 26}, {2, 13}, {2, 3},  {1, 23}, {2, 11},
    {1, 31}, {2, 19}, {2, 8},  {1, 28}, {2, 15}, {2, 4},  {1, 24}, {2, 12},
};
constexpr int FirstSpringFestivalYear = 2015;

} // namespace

QDate springFestival(int year)
{
    const int index = year - FirstSpringFestivalYear;
    if (index < 0 || index >= int(std::size(SpringFestivals)))
        return QDate(year, 2, 5);
    return QDate(year, SpringFestivals[index].first, SpringFestivals[index].second);
}

QList<CalendarDay> stateCouncilHolidays()
{
    QList<CalendarDay> days;
    for (const Span& s : Holidays)
        for (int i = 0; i < s.days; ++i)
            days.append({QDate(s.year, s.month, s.day).addDays(i), true, QString::fromUtf16(s.name)});
    for (const Span& s : Workdays)
        days.append({QDate(s.year, s.month, s.day), false, QString::fromUtf16(s.name)});
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.day < b.day; });
    return days;
}

} // namespace anju::demo
