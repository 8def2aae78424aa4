#include "IndependentWorkFigures.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace anju::test {

namespace {

// Bound by name: :first, :last and :ystart (1 January) of the month, :site (0 = every site), :from and :to
// the labour-force ages, :year the month's year, :code a channel, support kind or level. ${AGE} is the
// person's age in whole years at :last, spelt per engine.

// clang-format off
#define NEVER "'9999-12-31'"

#define ON_FILE " CASE WHEN p.state = 'active' THEN 1 WHEN p.state_date > :last THEN 1 ELSE 0 END = 1"

#define PERSON_IN_SITE \
    " (:site = 0 OR EXISTS (SELECT 1 FROM households h WHERE h.id = p.household_id AND h.site_id = :site))"

#define LABOUR \
    ON_FILE " AND p.labour_capacity IN ('ordinary', 'skilled', 'weak') AND ${AGE} BETWEEN :from AND :to"

#define HOLDS(a) " " a ".started_on <= :last AND COALESCE(" a ".ended_on, " NEVER ") > :last"

#define HAS_JOB(extra) \
    " EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND" HOLDS("e") extra ")"

#define SUPPORT \
    " FROM work_support_payments s JOIN persons p ON p.id = s.person_id WHERE s.month = :first AND" PERSON_IN_SITE

#define ATTENDED(from) \
    "SELECT COUNT(*) FROM training_attendances a JOIN training_courses c ON c.id = a.course_id" \
    " JOIN persons p ON p.id = a.person_id WHERE c.ends_on BETWEEN " from " AND :last AND" PERSON_IN_SITE

#define BENEFITS \
    " FROM industry_beneficiaries b JOIN industry_projects pr ON pr.id = b.project_id WHERE b.year = :year" \
    " AND (:site = 0 OR b.household_id IN (SELECT h.id FROM households h WHERE h.site_id = :site))"

// No other row of the household in the year (and, with `level`, of the level) has more people, or as many
// and a smaller id: the household's one row that counts its people.
#define MOST_PEOPLE(level) \
    " AND NOT EXISTS (SELECT 1 FROM industry_beneficiaries b2 JOIN industry_projects pr2 ON pr2.id = b2.project_id" \
    " WHERE b2.household_id = b.household_id AND b2.year = b.year" level \
    " AND (b2.people > b.people OR (b2.people = b.people AND b2.id < b.id)))"
// clang-format on

struct Query
{
    QString section;
    QString key;
    QString sql;
    QString code = {}; // bound as :code when set
};

QList<Query> queries()
{
    const QString employment = QStringLiteral("employment");
    const QString training = QStringLiteral("training");
    const QString industry = QStringLiteral("industry");
    QList<Query> all = {
        {employment, QStringLiteral("labour_force"),
         QStringLiteral("SELECT COUNT(*) FROM persons p WHERE" LABOUR " AND" PERSON_IN_SITE)},
        {employment, QStringLiteral("employed"),
         QStringLiteral("SELECT COUNT(*) FROM persons p WHERE" LABOUR " AND" PERSON_IN_SITE
                        " AND" HAS_JOB(""))},
    };
    for (const char* channel :
         {"labour_export", "workshop", "work_relief", "park", "public_post", "self_employed", "flexible"})
        all.append({employment, QStringLiteral("employed_") + QLatin1String(channel),
                    QStringLiteral("SELECT COUNT(*) FROM persons p WHERE" ON_FILE " AND" PERSON_IN_SITE
                                   " AND" HAS_JOB(" AND e.channel = :code")),
                    QLatin1String(channel)});
    all += QList<Query>{
        {employment, QStringLiteral("people_employed"),
         QStringLiteral("SELECT COUNT(*) FROM persons p WHERE" ON_FILE " AND" PERSON_IN_SITE
                        " AND" HAS_JOB(""))},
        {employment, QStringLiteral("jobs_started"),
         QStringLiteral("SELECT COUNT(*) FROM employments e JOIN persons p ON p.id = e.person_id"
                        " WHERE e.started_on BETWEEN :first AND :last AND" PERSON_IN_SITE)},
        {employment, QStringLiteral("jobs_ended"),
         QStringLiteral("SELECT COUNT(*) FROM employments e JOIN persons p ON p.id = e.person_id"
                        " WHERE e.ended_on BETWEEN :first AND :last AND" PERSON_IN_SITE)},
    };
    for (const char* kind :
         {"employment_award", "training_subsidy", "living_allowance", "social_insurance"}) {
        all.append({employment, QStringLiteral("support_%1_people").arg(QLatin1String(kind)),
                    QStringLiteral("SELECT COUNT(DISTINCT s.person_id)" SUPPORT " AND s.kind = :code"),
                    QLatin1String(kind)});
        all.append({employment, QStringLiteral("support_%1_fen").arg(QLatin1String(kind)),
                    QStringLiteral("SELECT COALESCE(SUM(s.amount), 0)" SUPPORT " AND s.kind = :code"),
                    QLatin1String(kind)});
    }
    all += QList<Query>{
        {employment, QStringLiteral("support_people"),
         QStringLiteral("SELECT COUNT(DISTINCT s.person_id)" SUPPORT)},
        {employment, QStringLiteral("support_fen"),
         QStringLiteral("SELECT COALESCE(SUM(s.amount), 0)" SUPPORT)},
        {training, QStringLiteral("courses_ended"),
         QStringLiteral("SELECT COUNT(*) FROM training_courses c WHERE c.ends_on BETWEEN :first AND :last"
                        " AND (:site = 0 OR c.site_id = :site)")},
        {training, QStringLiteral("person_times"),
         QStringLiteral(ATTENDED(":first") " AND a.outcome IN ('enrolled', 'completed')")},
        {training, QStringLiteral("person_times_year"),
         QStringLiteral(ATTENDED(":ystart") " AND a.outcome IN ('enrolled', 'completed')")},
        {training, QStringLiteral("certificates"),
         QStringLiteral(ATTENDED(":first") " AND a.outcome = 'completed' AND LENGTH(a.certificate_no) > 0")},
        {training, QStringLiteral("certificates_year"),
         QStringLiteral(ATTENDED(":ystart") " AND a.outcome = 'completed' AND LENGTH(a.certificate_no) > 0")},
    };
    const QList<const char*> levels = {"county_park", "township_base", "village_cooperative", "household"};
    for (const char* level : levels)
        all.append(
            {industry, QStringLiteral("projects_") + QLatin1String(level),
             QStringLiteral("SELECT COUNT(*) FROM industry_projects pr WHERE pr.level = :code AND" HOLDS(
                 "pr") " AND (:site = 0 OR pr.site_id = :site)"),
             QLatin1String(level)});
    all.append({industry, QStringLiteral("projects"),
                QStringLiteral("SELECT COUNT(*) FROM industry_projects pr WHERE" HOLDS(
                    "pr") " AND (:site = 0 OR pr.site_id = :site)")});
    for (const char* level : levels) {
        all.append({industry, QStringLiteral("beneficiary_households_") + QLatin1String(level),
                    QStringLiteral("SELECT COUNT(DISTINCT b.household_id)" BENEFITS " AND pr.level = :code"),
                    QLatin1String(level)});
        all.append({industry, QStringLiteral("beneficiary_people_") + QLatin1String(level),
                    QStringLiteral("SELECT COALESCE(SUM(b.people), 0)" BENEFITS
                                   " AND pr.level = :code" MOST_PEOPLE(" AND pr2.level = pr.level")),
                    QLatin1String(level)});
    }
    all += QList<Query>{
        {industry, QStringLiteral("beneficiary_households"),
         QStringLiteral("SELECT COUNT(DISTINCT b.household_id)" BENEFITS)},
        {industry, QStringLiteral("beneficiary_people"),
         QStringLiteral("SELECT COALESCE(SUM(b.people), 0)" BENEFITS MOST_PEOPLE(""))},
    };
    return all;
}

// Whole years from the birth to :last: the difference of the years, less one before the birthday (the
// month and day compared as text, so a 29 February birthday comes after 28 February in a common year).
QString age(const QSqlDatabase& connection)
{
    if (connection.driverName() == QLatin1String("QPSQL"))
        return QStringLiteral(
            "(EXTRACT(YEAR FROM CAST(:last AS DATE)) - EXTRACT(YEAR FROM p.birth_date) - CASE WHEN"
            " TO_CHAR(CAST(:last AS DATE), 'MM-DD') < TO_CHAR(p.birth_date, 'MM-DD') THEN 1 ELSE 0 END)");
    return QStringLiteral(
        "(CAST(strftime('%Y', :last) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)"
        " - CASE WHEN strftime('%m-%d', :last) < strftime('%m-%d', p.birth_date) THEN 1 ELSE 0"
        " END)");
}

int setting(const Database& db, const QString& key, int fallback)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString().toInt() : fallback;
}

bool month(const Database& db, const QList<Query>& all, report::ReportMonth m, qint64 siteId,
           QList<qint64>* values, QString* error)
{
    const int from = setting(db, QStringLiteral("work.labour_age_from"), 16);
    const int to = setting(db, QStringLiteral("work.labour_age_to"), 60);
    for (const Query& query : all) {
        QString sql = query.sql;
        sql.replace(QStringLiteral("${AGE}"), age(db.connection()));
        QSqlQuery q(db.connection());
        bool ok = q.prepare(sql);
        const QList<std::pair<QString, QVariant>> bindings = {
            {QStringLiteral(":first"), m.first.toString(Qt::ISODate)},
            {QStringLiteral(":last"), m.last().toString(Qt::ISODate)},
            {QStringLiteral(":ystart"), QDate(m.first.year(), 1, 1).toString(Qt::ISODate)},
            {QStringLiteral(":site"), siteId},
            {QStringLiteral(":from"), from},
            {QStringLiteral(":to"), to},
            {QStringLiteral(":year"), m.first.year()},
            {QStringLiteral(":code"), query.code},
        };
        for (const auto& [name, value] : bindings) {
            if (ok && sql.contains(name))
                q.bindValue(name, value);
        }
        if (!ok || !q.exec() || !q.next()) {
            *error = query.key + QLatin1String(": ") + q.lastError().text();
            return false;
        }
        values->append(q.value(0).toLongLong());
    }
    return true;
}

} // namespace

QList<IndependentFigure> independentWorkFigures(const Database& db, report::ReportMonth m, qint64 siteId,
                                                QString* error)
{
    const QList<Query> all = queries();
    QList<qint64> now;
    QList<qint64> before;
    if (!month(db, all, m, siteId, &now, error) || !month(db, all, m.previous(), siteId, &before, error))
        return {};
    QList<IndependentFigure> figures;
    for (int i = 0; i < all.size(); ++i)
        figures.append({all[i].section, all[i].key, now[i], before[i]});
    // The rate from the two counts, in hundredths of a percent rounded half up (by floating point here).
    const auto rate = [](qint64 employed, qint64 labour) {
        return labour > 0 ? qint64(std::floor(double(employed) * 10000.0 / double(labour) + 0.5)) : qint64(0);
    };
    figures.append({QStringLiteral("employment"), QStringLiteral("employment_rate"), rate(now[1], now[0]),
                    rate(before[1], before[0])});
    return figures;
}

} // namespace anju::test
