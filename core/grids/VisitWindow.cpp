#include "grids/VisitWindow.h"

#include <algorithm>

namespace anju::grids {

namespace {

QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

int monthsBetween(QDate fromMonth, QDate day)
{
    return (day.year() - fromMonth.year()) * 12 + (day.month() - fromMonth.month());
}

} // namespace

std::optional<VisitFrequency> VisitFrequency::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2)
        return std::nullopt;
    const QChar unit = t.back().toLower();
    bool ok = false;
    const int count = t.chopped(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    if (unit == QLatin1Char('m') && count >= 1 && count <= 12)
        return VisitFrequency{Unit::Months, count};
    if (unit == QLatin1Char('d') && count >= 1 && count <= 366)
        return VisitFrequency{Unit::Days, count};
    return std::nullopt;
}

QString VisitFrequency::text() const
{
    return QString::number(count) + (unit == Unit::Months ? QLatin1Char('m') : QLatin1Char('d'));
}

VisitWindow VisitWindow::regular(QDate anchor, VisitFrequency frequency, QDate day)
{
    if (!anchor.isValid() || !day.isValid() || day < anchor || frequency.count < 1)
        return {};
    if (frequency.unit == VisitFrequency::Unit::Days) {
        const qint64 k = anchor.daysTo(day) / frequency.count;
        const QDate start = anchor.addDays(k * frequency.count);
        return {start, start.addDays(frequency.count - 1)};
    }
    const QDate first = monthStart(anchor);
    const int k = monthsBetween(first, day) / frequency.count;
    const QDate start = first.addMonths(k * frequency.count);
    return {std::max(start, anchor), start.addMonths(frequency.count).addDays(-1)};
}

QList<VisitWindow> VisitWindow::regularDueIn(QDate anchor, QDate targetEnd, VisitFrequency frequency,
                                             QDate from, QDate to)
{
    QList<VisitWindow> windows;
    if (!from.isValid() || !to.isValid() || to < from)
        return windows;
    // The first window that can end in the range is the one holding `from` (or the anchor's first).
    VisitWindow w = regular(anchor, frequency, std::max(from, anchor));
    while (w.isValid() && w.dueFrom <= to) {
        if (targetEnd.isValid() && w.dueFrom > targetEnd)
            break;
        if (w.overdueAfter >= from && w.overdueAfter <= to)
            windows.append(w);
        w = regular(anchor, frequency, w.overdueAfter.addDays(1));
    }
    return windows;
}

VisitWindow VisitWindow::mustAttend(QDate happened, int daysToAttend)
{
    if (!happened.isValid() || daysToAttend < 0)
        return {};
    return {happened, happened.addDays(daysToAttend)};
}

VisitDue VisitWindow::dueAt(QDate today, std::optional<QDate> visitedOn) const
{
    if (visitedOn && visitedOn->isValid())
        return VisitDue::Done;
    if (today < dueFrom)
        return VisitDue::NotYetDue;
    if (today > overdueAfter)
        return VisitDue::Overdue;
    return VisitDue::Due;
}

} // namespace anju::grids
