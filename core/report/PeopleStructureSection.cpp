#include "report/PeopleStructureSection.h"

#include "database/SqlValues.h"
#include "domain/Enums.h"

#include <QHash>

namespace anju {

QList<PeopleStructureSection::AgeBand> PeopleStructureSection::ageBands()
{
    // Pre-school, compulsory school, working age, elderly: the bands of the township forms.
    return {{"age_0_5", 0}, {"age_6_15", 6}, {"age_16_59", 16}, {"age_60_plus", 60}};
}

namespace {

// SQL for the index of the age band at a day whose band limits are bound as :<prefix>1, :<prefix>2, …
QString bandCase(const QString& prefix, int bands)
{
    QString sql = QStringLiteral("CASE");
    for (int i = bands - 1; i >= 1; --i)
        sql += QStringLiteral(" WHEN p.birth_date <= :%1%2 THEN %2").arg(prefix).arg(i);
    return sql + QStringLiteral(" ELSE 0 END");
}

} // namespace

Result<ReportSectionResult> PeopleStructureSection::compute(const ReportContext& context) const
{
    const QList<AgeBand> bands = ageBands();
    const QString sql =
        QStringLiteral("SELECT p.sex, p.labour_capacity, %1, %2,"
                       " CASE WHEN m.end_date IS NULL OR m.end_date > :ce THEN 1 ELSE 0 END,"
                       " CASE WHEN m.start_date IS NULL OR m.start_date <= :pe THEN 1 ELSE 0 END, COUNT(*)"
                       " FROM memberships m JOIN persons p ON p.id = m.person_id ${SITE_JOIN}"
                       " WHERE (m.start_date IS NULL OR m.start_date <= :ce)"
                       " AND (m.end_date IS NULL OR m.end_date > :pe) ${SITE}"
                       " GROUP BY 1, 2, 3, 4, 5, 6")
            .arg(bandCase(QStringLiteral("c"), int(bands.size())), bandCase(QStringLiteral("p"), int(bands.size())));
    QString error;
    QSqlQuery q = context.prepare(sql, &error);
    // Someone is in band i at a day when born on or before the day minus the band's first age.
    for (int i = 1; i < bands.size(); ++i) {
        q.bindValue(QStringLiteral(":c%1").arg(i), sqlDate(context.month().last().addYears(-bands.at(i).fromAge)));
        q.bindValue(QStringLiteral(":p%1").arg(i),
                    sqlDate(context.previousMonth().last().addYears(-bands.at(i).fromAge)));
    }
    if (!error.isEmpty() || !ReportContext::exec(q, &error))
        return Outcome::failure(QLatin1String(Field::General), error);

    QHash<QString, MonthPair> counts;
    while (q.next()) {
        const qint64 n = q.value(6).toLongLong();
        const bool now = q.value(4).toBool();
        const bool before = q.value(5).toBool();
        const auto add = [&](const QString& key, bool nowToo, bool beforeToo) {
            MonthPair& pair = counts[key];
            if (nowToo)
                pair.value += n;
            if (beforeToo)
                pair.previous += n;
        };
        add(QStringLiteral("sex_") + q.value(0).toString(), now, before);
        add(QStringLiteral("labour_") + q.value(1).toString(), now, before);
        add(QLatin1String(bands.at(q.value(2).toInt()).key), now, false);
        add(QLatin1String(bands.at(q.value(3).toInt()).key), false, before);
    }

    ReportSectionResult result = started();
    const auto append = [&](const QString& key, const QString& label) {
        const MonthPair pair = counts.value(key);
        result.figures.append({key, label, pair.value, pair.previous});
    };
    append(QStringLiteral("sex_male"), tr("Male"));
    append(QStringLiteral("sex_female"), tr("Female"));
    const QStringList bandLabels = {tr("Aged 0–5"), tr("Aged 6–15"), tr("Aged 16–59"), tr("Aged 60 and over")};
    for (int i = 0; i < bands.size(); ++i)
        append(QLatin1String(bands.at(i).key), bandLabels.at(i));
    for (const EnumInfo<LabourCapacity>& info : enumInfos<LabourCapacity>())
        append(QStringLiteral("labour_") + QLatin1String(info.key), enumLabel(info.value));
    return result;
}

} // namespace anju
