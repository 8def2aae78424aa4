#include "report/HouseholdSizeSection.h"

#include <algorithm>
#include <array>

namespace anju {

Result<ReportSectionResult> HouseholdSizeSection::compute(const ReportContext& context) const
{
    QString error;
    QSqlQuery q = context.prepare(
        QStringLiteral("SELECT now, before, COUNT(*) FROM (SELECT m.household_id,"
                       " SUM(CASE WHEN m.end_date IS NULL OR m.end_date > :ce THEN 1 ELSE 0 END) AS now,"
                       " SUM(CASE WHEN m.start_date IS NULL OR m.start_date <= :pe THEN 1 ELSE 0 END) AS before"
                       " FROM memberships m ${SITE_JOIN}"
                       " WHERE (m.start_date IS NULL OR m.start_date <= :ce)"
                       " AND (m.end_date IS NULL OR m.end_date > :pe) ${SITE}"
                       " GROUP BY m.household_id) sizes GROUP BY now, before"),
        &error);
    if (!error.isEmpty() || !ReportContext::exec(q, &error))
        return Outcome::failure(QLatin1String(Field::General), error);
    std::array<MonthPair, LargestSize + 1> bySize{}; // index 0 unused: a household of nobody is not registered
    while (q.next()) {
        const int now = std::min(q.value(0).toInt(), LargestSize);
        const int before = std::min(q.value(1).toInt(), LargestSize);
        const qint64 n = q.value(2).toLongLong();
        bySize[std::size_t(now)].value += n;
        bySize[std::size_t(before)].previous += n;
    }
    ReportSectionResult result = started();
    for (int size = 1; size <= LargestSize; ++size) {
        const MonthPair pair = bySize[std::size_t(size)];
        const QString label = size < LargestSize ? tr("%n person(s)", nullptr, size) : tr("%1 or more people").arg(size);
        result.figures.append({QStringLiteral("size_%1").arg(size), label, pair.value, pair.previous});
    }
    result.figures.last().key = QStringLiteral("size_%1_plus").arg(LargestSize);
    return result;
}

} // namespace anju
