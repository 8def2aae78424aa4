#include "IndependentFigures.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

namespace {

// Each query reads the month as :first and :last and the site as :site (0 = every site).
struct Query
{
    const char* section;
    const char* key;
    const char* sql;
};

// A person's stay covering the day :last, in the site when one is asked for.
#define COVERS " m.start_date <= :last AND (m.end_date IS NULL OR m.end_date > :last)"
#define IN_SITE " (:site = 0 OR m.household_id IN (SELECT id FROM households WHERE site_id = :site))"
#define ALIVE_PERSON " FROM memberships m JOIN persons p ON p.id = m.person_id WHERE" COVERS " AND" IN_SITE
#define SAME_SCOPE_BEFORE                                                                                    \
    " EXISTS (SELECT 1 FROM memberships e JOIN households eh ON eh.id = e.household_id"                      \
    " WHERE e.person_id = m.person_id AND e.end_reason = 'moved_to_household' AND e.end_date = m.start_date" \
    " AND (:site = 0 OR eh.site_id = :site))"
#define SAME_SCOPE_AFTER                                                                                     \
    " EXISTS (SELECT 1 FROM memberships n JOIN households nh ON nh.id = n.household_id"                      \
    " WHERE n.person_id = m.person_id AND n.start_date = m.end_date AND n.id <> m.id"                        \
    " AND (:site = 0 OR nh.site_id = :site))"
#define HOUSEHOLD_ACTIVE(day)                                                                                \
    " h.relocation_date <= " day " AND NOT (h.state <> 'active' AND h.state_date <= " day ")"
#define SITE_PEOPLE                                                                                          \
    " (SELECT COUNT(*) FROM memberships m JOIN households mh ON mh.id = m.household_id WHERE mh.site_id = "  \
    "s.id AND" COVERS ")"
#define SITE_HOUSEHOLDS                                                                                      \
    " (SELECT COUNT(*) FROM households h WHERE h.site_id = s.id AND" HOUSEHOLD_ACTIVE(":last") ")"
#define SITES " FROM sites s WHERE (:site = 0 OR s.id = :site) AND" SITE_HOUSEHOLDS " > 0"

const QList<Query>& queries()
{
    static const QList<Query> all = {
        {"population", "households_active",
         "SELECT COUNT(*) FROM households h WHERE" HOUSEHOLD_ACTIVE(
             ":last") " AND (:site = 0 OR h.site_id = :site)"},
        {"population", "households_moved_in",
         "SELECT COUNT(*) FROM households WHERE relocation_date BETWEEN :first AND :last AND (:site = 0 OR "
         "site_id = :site)"},
        {"population", "households_moved_out",
         "SELECT COUNT(*) FROM households WHERE state = 'moved_away' AND state_date BETWEEN :first AND :last"
         " AND (:site = 0 OR site_id = :site)"},
        {"population", "households_dissolved",
         "SELECT COUNT(*) FROM households WHERE state = 'dissolved' AND state_date BETWEEN :first AND :last"
         " AND (:site = 0 OR site_id = :site)"},
        {"population", "people_active", "SELECT COUNT(DISTINCT m.person_id)" ALIVE_PERSON},
        {"population", "people_moved_in",
         "SELECT COUNT(*) FROM memberships m JOIN persons p ON p.id = m.person_id WHERE m.start_date BETWEEN "
         ":first"
         " AND :last AND" IN_SITE " AND NOT" SAME_SCOPE_BEFORE " AND (p.birth_date < :first OR"
         " EXISTS (SELECT 1 FROM memberships e WHERE e.person_id = m.person_id AND e.end_date = m.start_date"
         " AND e.end_reason = 'moved_to_household'))"},
        {"population", "people_born",
         "SELECT COUNT(*) FROM memberships m JOIN persons p ON p.id = m.person_id WHERE m.start_date BETWEEN "
         ":first"
         " AND :last AND" IN_SITE " AND p.birth_date >= :first AND NOT EXISTS (SELECT 1 FROM memberships e"
         " WHERE e.person_id = m.person_id AND e.end_date = m.start_date AND e.end_reason = "
         "'moved_to_household')"},
        {"population", "people_moved_out",
         "SELECT COUNT(*) FROM memberships m WHERE m.end_date BETWEEN :first AND :last AND" IN_SITE
         " AND (m.end_reason = 'moved_away' OR (m.end_reason = 'moved_to_household' AND NOT" SAME_SCOPE_AFTER
         "))"},
        {"population", "people_died",
         "SELECT COUNT(*) FROM memberships m WHERE m.end_date BETWEEN :first AND :last AND" IN_SITE
         " AND m.end_reason = 'deceased'"},
        {"structure", "sex_male", "SELECT COUNT(*)" ALIVE_PERSON " AND p.sex = 'male'"},
        {"structure", "sex_female", "SELECT COUNT(*)" ALIVE_PERSON " AND p.sex = 'female'"},
        {"structure", "age_0_5", "SELECT COUNT(*)" ALIVE_PERSON " AND p.birth_date > ${LAST-6Y}"},
        {"structure", "age_6_15",
         "SELECT COUNT(*)" ALIVE_PERSON " AND p.birth_date <= ${LAST-6Y}"
         " AND p.birth_date > ${LAST-16Y}"},
        {"structure", "age_16_59",
         "SELECT COUNT(*)" ALIVE_PERSON " AND p.birth_date <= ${LAST-16Y}"
         " AND p.birth_date > ${LAST-60Y}"},
        {"structure", "age_60_plus", "SELECT COUNT(*)" ALIVE_PERSON " AND p.birth_date <= ${LAST-60Y}"},
        {"structure", "labour_ordinary",
         "SELECT COUNT(*)" ALIVE_PERSON " AND p.labour_capacity = 'ordinary'"},
        {"structure", "labour_skilled", "SELECT COUNT(*)" ALIVE_PERSON " AND p.labour_capacity = 'skilled'"},
        {"structure", "labour_weak", "SELECT COUNT(*)" ALIVE_PERSON " AND p.labour_capacity = 'weak'"},
        {"structure", "labour_lost", "SELECT COUNT(*)" ALIVE_PERSON " AND p.labour_capacity = 'lost'"},
        {"structure", "labour_none", "SELECT COUNT(*)" ALIVE_PERSON " AND p.labour_capacity = 'none'"},
#define SIZE_IS(cond)                                                                                        \
    "SELECT COUNT(*) FROM (SELECT m.household_id, COUNT(*) AS n FROM memberships m WHERE" COVERS             \
    " AND" IN_SITE " GROUP BY m.household_id) AS sizes WHERE " cond
        {"household_size", "size_1", SIZE_IS("n = 1")},
        {"household_size", "size_2", SIZE_IS("n = 2")},
        {"household_size", "size_3", SIZE_IS("n = 3")},
        {"household_size", "size_4", SIZE_IS("n = 4")},
        {"household_size", "size_5", SIZE_IS("n = 5")},
        {"household_size", "size_6_plus", SIZE_IS("n >= 6")},
        {"site_rules", "sites_occupied", "SELECT COUNT(*)" SITES},
        {"site_rules", "sites_service_centre_missing",
         "SELECT COUNT(*)" SITES
         " AND (s.service_centre = 'none' OR (s.service_centre <> 'one_stop' AND" SITE_PEOPLE
         " >= (SELECT CAST(value AS INTEGER) FROM settings WHERE key = "
         "'rule.service_center_min_residents')))"},
        {"site_rules", "sites_five_connections_missing",
         "SELECT COUNT(*)" SITES " AND s.five_connections = 0 AND" SITE_HOUSEHOLDS
         " >= (SELECT CAST(value AS INTEGER) FROM settings WHERE key = "
         "'rule.five_connections_min_households')"},
    };
    return all;
}

// The one thing spelt differently per engine: the day N years before :last. Chosen by the connection's
// driver, not by the product's SqlDialect, so that the check stays independent of it. (They differ when
// :last is 29 February: SQLite rolls over to 1 March, PostgreSQL steps back to the 28th.)
QString yearsBeforeLast(const QSqlDatabase& connection, int years)
{
    if (connection.driverName() == QLatin1String("QPSQL"))
        return QStringLiteral("CAST(CAST(:last AS DATE) - INTERVAL '%1 years' AS DATE)").arg(years);
    return QStringLiteral("date(:last, '-%1 years')").arg(years);
}

bool run(const Database& db, const Query& query, report::ReportMonth month, qint64 siteId, qint64* value,
         QString* error)
{
    QSqlQuery q(db.connection());
    QString sql = QString::fromLatin1(query.sql);
    for (const int years : {6, 16, 60})
        sql.replace(QStringLiteral("${LAST-%1Y}").arg(years), yearsBeforeLast(db.connection(), years));
    if (!q.prepare(sql)) {
        *error = QLatin1String(query.key) + QLatin1String(": ") + q.lastError().text();
        return false;
    }
    for (const auto& [name, v] :
         {std::pair{QStringLiteral(":first"), QVariant(month.first.toString(Qt::ISODate))},
          std::pair{QStringLiteral(":last"), QVariant(month.last().toString(Qt::ISODate))},
          std::pair{QStringLiteral(":site"), QVariant(siteId)}}) {
        if (sql.contains(name))
            q.bindValue(name, v);
    }
    if (!q.exec() || !q.next()) {
        *error = QLatin1String(query.key) + QLatin1String(": ") + q.lastError().text();
        return false;
    }
    *value = q.value(0).toLongLong();
    return true;
}

} // namespace

QList<IndependentFigure> independentFigures(const Database& db, report::ReportMonth month, qint64 siteId,
                                            QString* error)
{
    QList<IndependentFigure> figures;
    for (const Query& query : queries()) {
        IndependentFigure f{QLatin1String(query.section), QLatin1String(query.key), 0, 0};
        if (!run(db, query, month, siteId, &f.value, error) ||
            !run(db, query, month.previous(), siteId, &f.previous, error))
            return {};
        figures.append(f);
    }
    return figures;
}

} // namespace anju::test
