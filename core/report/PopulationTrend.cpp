#include "report/PopulationTrend.h"

#include "database/SqlValues.h"
#include "report/ReportContext.h"

namespace anju::report {

namespace {

Outcome failed(const QString& error)
{
    return Outcome::failure(QLatin1String(Field::General),
                            error.isEmpty() ? PopulationTrend::tr("No figures.") : error);
}

// One site is small: every month's end is counted over its stays in one pass, a column per month.
Outcome countSite(const ReportContext& context, QList<TrendPoint>& points)
{
    QString people;
    QString households;
    for (int i = 0; i < points.size(); ++i) {
        people += QStringLiteral(", SUM(CASE WHEN (m.start_date IS NULL OR m.start_date <= :d%1)"
                                 " AND (m.end_date IS NULL OR m.end_date > :d%1) THEN 1 ELSE 0 END)")
                      .arg(i);
        households +=
            QStringLiteral(", SUM(CASE WHEN (h.relocation_date IS NULL OR h.relocation_date <= :d%1)"
                           " AND (h.state = 'active' OR h.state_date > :d%1) THEN 1 ELSE 0 END)")
                .arg(i);
    }
    const QString lastIndex = QString::number(points.size() - 1);
    const QStringList sql = {
        QStringLiteral(
            "SELECT 0 %1 FROM memberships m ${SITE_JOIN} WHERE (m.end_date IS NULL OR m.end_date > :d0)"
            " AND (m.start_date IS NULL OR m.start_date <= :d%2) ${SITE}")
            .arg(people, lastIndex),
        QStringLiteral("SELECT 0 %1 FROM households h WHERE (h.state = 'active' OR h.state_date > :d0)"
                       " AND (h.relocation_date IS NULL OR h.relocation_date <= :d%2) ${SITE}")
            .arg(households, lastIndex),
    };
    for (int pass = 0; pass < 2; ++pass) {
        QString error;
        QSqlQuery q = context.prepare(sql.at(pass), &error);
        for (int i = 0; i < points.size(); ++i)
            q.bindValue(QStringLiteral(":d%1").arg(i), sqlDate(points.at(i).month.last()));
        if (!error.isEmpty() || !ReportContext::exec(q, &error) || !q.next())
            return failed(error);
        for (int i = 0; i < points.size(); ++i)
            (pass == 0 ? points[i].people : points[i].households) = q.value(i + 1).toLongLong();
    }
    return {};
}

// A province has a million stays, and a pass over them all took 1.7 s. Instead, as the summary counts
// its stocks (ReportContext::loadOfficePopulation): what is registered today (open stays, active
// households) through indexes, corrected at each month's end by the few rows that changed after the
// oldest one. A row outside that set counts at every month's end exactly as it counts today.
Outcome countOffice(const ReportContext& context, QList<TrendPoint>& points)
{
    QString error;
    const QDate oldest = points.constFirst().month.last();
    const auto scalar = [&](const QString& sql, qint64* value) {
        QSqlQuery q = context.prepare(sql, &error);
        if (!error.isEmpty() || !ReportContext::exec(q, &error) || !q.next())
            return false;
        *value = q.value(0).toLongLong();
        return true;
    };
    qint64 openStays = 0;
    qint64 activeHouseholds = 0;
    if (!scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE end_date IS NULL"), &openStays) ||
        !scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"), &activeHouseholds))
        return failed(error);
    for (TrendPoint& point : points) {
        point.people = openStays;
        point.households = activeHouseholds;
    }

    // Stays: counted at a day when they cover it, today when open. Grouped by their dates, few rows. Two
    // ranges joined by UNION ALL, each on its own index: with OR, SQLite scanned the whole table.
    QSqlQuery q = context.prepare(
        QStringLiteral("SELECT start_date, end_date, COUNT(*) FROM ("
                       " SELECT start_date, end_date FROM memberships WHERE start_date > :oldest"
                       " UNION ALL SELECT start_date, end_date FROM memberships WHERE end_date > :oldest"
                       "  AND (start_date IS NULL OR start_date <= :oldest)) changed"
                       " GROUP BY start_date, end_date"),
        &error);
    q.bindValue(QStringLiteral(":oldest"), sqlDate(oldest));
    if (!error.isEmpty() || !ReportContext::exec(q, &error))
        return failed(error);
    while (q.next()) {
        const QDate start = dateFrom(q.value(0));
        const QDate end = dateFrom(q.value(1));
        const qint64 count = q.value(2).toLongLong();
        const int open = end.isValid() ? 0 : 1;
        for (TrendPoint& point : points) {
            const QDate day = point.month.last();
            const int covers = (!start.isValid() || start <= day) && (!end.isValid() || end > day) ? 1 : 0;
            point.people += (covers - open) * count;
        }
    }

    // Households: registered at a day from their relocation until the day their state changed.
    q = context.prepare(
        QStringLiteral(
            "SELECT relocation_date, active, state_date, COUNT(*) FROM ("
            " SELECT relocation_date, CASE WHEN state = 'active' THEN 1 ELSE 0 END AS active, state_date"
            "  FROM households WHERE relocation_date > :oldest"
            " UNION ALL SELECT relocation_date, 0, state_date FROM households"
            "  WHERE state_date > :oldest AND state <> 'active'"
            "  AND (relocation_date IS NULL OR relocation_date <= :oldest)) changed"
            " GROUP BY relocation_date, active, state_date"),
        &error);
    q.bindValue(QStringLiteral(":oldest"), sqlDate(oldest));
    if (!error.isEmpty() || !ReportContext::exec(q, &error))
        return failed(error);
    while (q.next()) {
        const QDate relocated = dateFrom(q.value(0));
        const int active = q.value(1).toInt();
        const QDate changed = dateFrom(q.value(2));
        const qint64 count = q.value(3).toLongLong();
        for (TrendPoint& point : points) {
            const QDate day = point.month.last();
            const bool arrived = !relocated.isValid() || relocated <= day;
            const bool stillThere = active == 1 || (changed.isValid() && changed > day);
            point.households += ((arrived && stillThere ? 1 : 0) - active) * count;
        }
    }
    return {};
}

} // namespace

Result<QList<TrendPoint>> PopulationTrend::compute(const Database& db, ReportMonth last, int months,
                                                   qint64 siteId)
{
    QList<TrendPoint> points;
    for (int i = months - 1; i >= 0; --i)
        points.append({ReportMonth{last.first.addMonths(-i)}, 0, 0});
    if (points.isEmpty())
        return points;
    const ReportContext context(db, last, siteId);
    const Outcome counted = siteId == 0 ? countOffice(context, points) : countSite(context, points);
    if (!counted)
        return counted;
    return points;
}

} // namespace anju::report
