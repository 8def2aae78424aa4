#include "report/PopulationTrend.h"

#include "database/SqlValues.h"
#include "report/ReportContext.h"

#include <functional>

namespace anju::report {

namespace {

Outcome noFigures()
{
    return Outcome::failure(QLatin1String(Field::General), PopulationTrend::tr("No figures."));
}

// The query's single row, prepared and bound by `bind`, run.
Result<QSqlQuery> oneRow(const ReportContext& context, const QString& sql,
                         const std::function<void(QSqlQuery&)>& bind = {})
{
    Result<QSqlQuery> q = context.prepare(sql);
    if (!q)
        return q;
    if (bind)
        bind(q.value());
    if (Outcome ran = ReportContext::exec(q.value()); !ran)
        return ran;
    if (!q.value().next())
        return noFigures();
    return q;
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
        const Result<QSqlQuery> q = oneRow(context, sql.at(pass), [&points](QSqlQuery& query) {
            for (int i = 0; i < points.size(); ++i)
                query.bindValue(QStringLiteral(":d%1").arg(i), sqlDate(points.at(i).month.last()));
        });
        if (!q)
            return q;
        for (int i = 0; i < points.size(); ++i)
            (pass == 0 ? points[i].people : points[i].households) = q.value().value(i + 1).toLongLong();
    }
    return {};
}

// A province has a million stays, and a pass over them all took 1.7 s. Instead, as the summary counts
// its stocks (ReportContext::loadOfficePopulation): what is registered today (open stays, active
// households) through indexes, corrected at each month's end by the few rows that changed after the
// oldest one. A row outside that set counts at every month's end exactly as it counts today.
Outcome countOffice(const ReportContext& context, QList<TrendPoint>& points)
{
    const QDate oldest = points.constFirst().month.last();
    const Result<QSqlQuery> openStays =
        oneRow(context, QStringLiteral("SELECT COUNT(*) FROM memberships WHERE end_date IS NULL"));
    if (!openStays)
        return openStays;
    const Result<QSqlQuery> activeHouseholds =
        oneRow(context, QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"));
    if (!activeHouseholds)
        return activeHouseholds;
    for (TrendPoint& point : points) {
        point.people = openStays.value().value(0).toLongLong();
        point.households = activeHouseholds.value().value(0).toLongLong();
    }
    const auto bindOldest = [oldest](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":oldest"), sqlDate(oldest));
    };

    // Stays: counted at a day when they cover it, today when open. Grouped by their dates, few rows. Two
    // ranges joined by UNION ALL, each on its own index: with OR, SQLite scanned the whole table.
    Result<QSqlQuery> stays = context.prepare(
        QStringLiteral("SELECT start_date, end_date, COUNT(*) FROM ("
                       " SELECT start_date, end_date FROM memberships WHERE start_date > :oldest"
                       " UNION ALL SELECT start_date, end_date FROM memberships WHERE end_date > :oldest"
                       "  AND (start_date IS NULL OR start_date <= :oldest)) changed"
                       " GROUP BY start_date, end_date"));
    if (!stays)
        return stays;
    bindOldest(stays.value());
    if (Outcome ran = ReportContext::exec(stays.value()); !ran)
        return ran;
    for (QSqlQuery& q = stays.value(); q.next();) {
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
    Result<QSqlQuery> households = context.prepare(QStringLiteral(
        "SELECT relocation_date, active, state_date, COUNT(*) FROM ("
        " SELECT relocation_date, CASE WHEN state = 'active' THEN 1 ELSE 0 END AS active, state_date"
        "  FROM households WHERE relocation_date > :oldest"
        " UNION ALL SELECT relocation_date, 0, state_date FROM households"
        "  WHERE state_date > :oldest AND state <> 'active'"
        "  AND (relocation_date IS NULL OR relocation_date <= :oldest)) changed"
        " GROUP BY relocation_date, active, state_date"));
    if (!households)
        return households;
    bindOldest(households.value());
    if (Outcome ran = ReportContext::exec(households.value()); !ran)
        return ran;
    for (QSqlQuery& q = households.value(); q.next();) {
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
