#include "report/PopulationTrend.h"

#include "database/SqlValues.h"
#include "report/ReportContext.h"

namespace anju {

Result<QList<TrendPoint>> PopulationTrend::compute(const Database& db, ReportMonth last, int months,
                                                   qint64 siteId)
{
    QList<TrendPoint> points;
    for (int i = months - 1; i >= 0; --i)
        points.append({ReportMonth{last.first.addMonths(-i)}, 0, 0});
    if (points.isEmpty())
        return points;
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
    const ReportContext context(db, last, siteId);
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
            return Outcome::failure(QLatin1String(Field::General),
                                    error.isEmpty() ? tr("No figures.") : error);
        for (int i = 0; i < points.size(); ++i)
            (pass == 0 ? points[i].people : points[i].households) = q.value(i + 1).toLongLong();
    }
    return points;
}

} // namespace anju
