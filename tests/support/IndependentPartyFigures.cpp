#include "IndependentPartyFigures.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

namespace {

// Bound by name: :first and :last of the month, :next the first day of the month after, :site (0 = every
// site); the meeting queries also :type and :pstart (the first day of the type's period).

// clang-format off
#define EXISTS_AT_END(o) \
    " (" o ".founding_date IS NULL OR " o ".founding_date <= :last)" \
    " AND (" o ".dissolved_date IS NULL OR " o ".dissolved_date > :last)"

// The organisations counted: those covering the site at the month's end and all below them.
#define SCOPE \
    "WITH RECURSIVE scope(id) AS (SELECT o.id FROM party_organisations o WHERE" EXISTS_AT_END("o") \
    " AND (:site = 0 OR EXISTS (SELECT 1 FROM party_organisation_sites x WHERE x.organisation_id = o.id" \
    "  AND x.site_id = :site AND x.start_date <= :last AND (x.end_date IS NULL OR x.end_date > :last)))" \
    " UNION SELECT c.id FROM party_organisations c JOIN scope p ON c.parent_id = p.id" \
    " WHERE" EXISTS_AT_END("c") ")"

// The first branch stay (by start date, then id) covering the day.
#define FIRST_STAY_ON(s, day) \
    " " s ".start_date <= " day " AND (" s ".end_date IS NULL OR " s ".end_date > " day ")" \
    " AND NOT EXISTS (SELECT 1 FROM party_branch_stays e WHERE e.member_id = " s ".member_id" \
    "  AND e.start_date <= " day " AND (e.end_date IS NULL OR e.end_date > " day ")" \
    "  AND (e.start_date < " s ".start_date OR (e.start_date = " s ".start_date AND e.id < " s ".id)))"

#define STAGE_EVENTS " ('application', 'activist', 'development_target', 'admission', 'conversion')"

// Year or month of an ISO date (text on SQLite, a date that the PostgreSQL driver prints in ISO).
#define YEAR_OF(d) "CAST(substr(CAST(" d " AS TEXT), 1, 4) AS INTEGER)"
#define MONTH_OF(d) "CAST(substr(CAST(" d " AS TEXT), 6, 2) AS INTEGER)"
#define ADMITTED(t) \
    "(SELECT MAX(a.step_date) FROM party_stage_steps a WHERE a.member_id = " t ".member_id" \
    " AND a.event = 'admission')"

// A step gives its stage by the month's end: a conversion once the probation has ended by then (党龄 from
// the end of probation: whole months from the admission's month to this one are at least 12 plus the
// extension, the month's last day being on or after any day of the month), every other step by its date.
#define REACHED(t) \
    " (CASE WHEN " t ".event <> 'conversion' OR " ADMITTED(t) " IS NULL THEN " t ".step_date <= :last" \
    "  ELSE (" YEAR_OF(":last") " - " YEAR_OF(ADMITTED(t)) ") * 12" \
    "   + " MONTH_OF(":last") " - " MONTH_OF(ADMITTED(t)) \
    "   >= 12 + (SELECT COALESCE(SUM(x.extension_months), 0) FROM party_stage_steps x" \
    "    WHERE x.member_id = " t ".member_id AND x.event = 'probation_extension') END)"

// Members counted in the scope (where they are at the month's end, else at its start), and of them those
// with a stage and in a normal or mobile state at the month's end, with the event that gave the stage.
#define MEMBERS \
    SCOPE ", placed(member_id, org, at_end) AS (SELECT m.id," \
    "  COALESCE(sl.organisation_id, sf.organisation_id), CASE WHEN sl.id IS NULL THEN 0 ELSE 1 END" \
    "  FROM party_members m" \
    "  LEFT JOIN party_branch_stays sl ON sl.member_id = m.id AND" FIRST_STAY_ON("sl", ":last") \
    "  LEFT JOIN party_branch_stays sf ON sf.member_id = m.id AND" FIRST_STAY_ON("sf", ":first") ")," \
    " counted AS (SELECT * FROM placed WHERE org IN (SELECT id FROM scope))," \
    " staged AS (SELECT t.member_id, t.event FROM party_stage_steps t" \
    "  WHERE" REACHED("t") " AND t.event IN" STAGE_EVENTS \
    "  AND NOT EXISTS (SELECT 1 FROM party_stage_steps u WHERE u.member_id = t.member_id" \
    "   AND" REACHED("u") " AND u.event IN" STAGE_EVENTS \
    "   AND (u.step_date > t.step_date OR (u.step_date = t.step_date AND u.id > t.id))))," \
    " stated AS (SELECT x.member_id, x.state FROM party_member_states x WHERE x.state_date <= :last" \
    "  AND NOT EXISTS (SELECT 1 FROM party_member_states y WHERE y.member_id = x.member_id" \
    "   AND y.state_date <= :last" \
    "   AND (y.state_date > x.state_date OR (y.state_date = x.state_date AND y.id > x.id))))," \
    " standing AS (SELECT c.member_id, c.org, c.at_end, g.event, s.state FROM counted c" \
    "  JOIN staged g ON g.member_id = c.member_id JOIN stated s ON s.member_id = c.member_id" \
    "  WHERE s.state = 'normal' OR s.state = 'mobile') "

#define AT_END(event) MEMBERS "SELECT COUNT(*) FROM standing WHERE at_end = 1 AND event = '" event "'"

#define STEPS(event) \
    MEMBERS "SELECT COUNT(*) FROM party_stage_steps t JOIN counted c ON c.member_id = t.member_id" \
    " WHERE t.event = '" event "' AND t.step_date >= :first AND t.step_date <= :last"

#define TRANSFERS(direction) \
    MEMBERS "SELECT COUNT(*) FROM party_transfers t LEFT JOIN counted c ON c.member_id = t.member_id" \
    " WHERE t.direction = '" direction "' AND t.completed_date >= :first AND t.completed_date <= :last" \
    " AND (c.member_id IS NOT NULL OR t.organisation_id IN (SELECT id FROM scope))"

#define OWING \
    " FROM standing w JOIN party_members m ON m.id = w.member_id" \
    " WHERE (w.event = 'admission' OR w.event = 'conversion') AND (m.dues_from IS NULL OR m.dues_from < :next)"

// The default rate table: pay up to 3,000 / 5,000 / 10,000 yuan 0.5 / 1 / 1.5 %, above 2 %; pensions up
// to 5,000 yuan 0.5 %, above 1 %; farmers their agreed amount (else 0.20); everyone else 0.20 yuan.
#define DUES_OF_BASIS \
    "CASE WHEN d.category = 'employed' THEN (d.monthly_income * CASE WHEN d.monthly_income <= 300000 THEN 50" \
    "  WHEN d.monthly_income <= 500000 THEN 100 WHEN d.monthly_income <= 1000000 THEN 150 ELSE 200 END" \
    "  + 5000) / 10000" \
    " WHEN d.category = 'retired' THEN (d.monthly_income" \
    "  * CASE WHEN d.monthly_income <= 500000 THEN 50 ELSE 100 END + 5000) / 10000" \
    " WHEN d.category = 'farmer' AND d.fixed_amount > 0 THEN d.fixed_amount ELSE 20 END"

// The basis in force in the month: the latest begun by its first day, else the earliest.
#define DUES_OF_MEMBER \
    "COALESCE((SELECT " DUES_OF_BASIS " FROM party_dues_bases d WHERE d.member_id = m.id" \
    "  AND d.from_month <= :first AND NOT EXISTS (SELECT 1 FROM party_dues_bases n" \
    "   WHERE n.member_id = d.member_id AND n.from_month <= :first AND n.from_month > d.from_month))," \
    " (SELECT " DUES_OF_BASIS " FROM party_dues_bases d WHERE d.member_id = m.id" \
    "  AND NOT EXISTS (SELECT 1 FROM party_dues_bases n" \
    "   WHERE n.member_id = d.member_id AND n.from_month < d.from_month)), 0)"

#define PAYMENTS " FROM party_dues_payments p JOIN counted c ON c.member_id = p.member_id WHERE"

// Branches in scope that must hold a meeting of :type in the period starting :pstart (founded by then;
// a committee meeting only with committee seats, or enough full members to need a committee; a 党小组会
// only from a branch with a 党小组 existing on :pstart).
#define EXPECTED \
    MEMBERS ", fulls AS (SELECT org, COUNT(*) AS n FROM standing" \
    "  WHERE at_end = 1 AND event = 'conversion' GROUP BY org)" \
    " SELECT COUNT(*) FROM party_organisations o LEFT JOIN fulls f ON f.org = o.id" \
    " WHERE o.id IN (SELECT id FROM scope) AND (o.kind = 'branch' OR o.kind = 'joint_branch')" \
    " AND (o.founding_date IS NULL OR o.founding_date <= :pstart)" \
    " AND (CAST(:type AS TEXT) <> 'group_meeting' OR EXISTS (SELECT 1 FROM party_groups pg" \
    "  WHERE pg.branch_id = o.id AND pg.founding_date <= :pstart" \
    "  AND (pg.dissolved_date IS NULL OR pg.dissolved_date > :pstart)))" \
    " AND (CAST(:type AS TEXT) <> 'committee_meeting'" \
    "  OR EXISTS (SELECT 1 FROM party_committee_seats k WHERE k.organisation_id = o.id" \
    "   AND k.start_date <= :last AND (k.end_date IS NULL OR k.end_date > :last))" \
    "  OR COALESCE(f.n, 0) >= (SELECT CAST(value AS INTEGER) FROM settings" \
    "   WHERE key = 'party.committee_min_full_members'))"
// clang-format on

struct Query
{
    const char* key;
    const char* sql;
};

const QList<Query>& queries()
{
    static const QList<Query> all = {
        {"organisations", SCOPE " SELECT COUNT(*) FROM scope"},
        {"branches", SCOPE " SELECT COUNT(*) FROM party_organisations o WHERE o.id IN (SELECT id FROM scope)"
                           " AND (o.kind = 'branch' OR o.kind = 'joint_branch')"},
        {"members_full", AT_END("conversion")},
        {"members_probationary", AT_END("admission")},
        {"development_targets", AT_END("development_target")},
        {"activists", AT_END("activist")},
        {"applicants", AT_END("application")},
        {"members_mobile", MEMBERS "SELECT COUNT(*) FROM standing WHERE at_end = 1 AND state = 'mobile'"},
        {"applications", STEPS("application")},
        {"new_activists", STEPS("activist")},
        {"new_development_targets", STEPS("development_target")},
        {"admissions", STEPS("admission")},
        {"conversions", STEPS("conversion")},
        {"transfers_in", TRANSFERS("in")},
        {"transfers_out", TRANSFERS("out")},
        {"members_owing_dues", MEMBERS "SELECT COUNT(*)" OWING},
        {"members_paid_dues", MEMBERS "SELECT COUNT(*)" PAYMENTS " p.month = :first AND p.paid_on <= :last"},
        {"dues_due_fen", MEMBERS "SELECT COALESCE(SUM(" DUES_OF_MEMBER "), 0)" OWING},
        {"dues_paid_fen",
         MEMBERS "SELECT COALESCE(SUM(p.amount), 0)" PAYMENTS " p.month = :first AND p.paid_on <= :last"},
        {"dues_received_fen",
         MEMBERS "SELECT COALESCE(SUM(p.amount), 0)" PAYMENTS " p.paid_on >= :first AND p.paid_on <= :last"},
        {"meetings_held",
         SCOPE " SELECT COUNT(*) FROM party_meetings g WHERE g.organisation_id IN"
               " (SELECT id FROM scope) AND g.meeting_date >= :first AND g.meeting_date <= :last"},
        {"meeting_periods_expected", EXPECTED},
        {"meeting_periods_held", EXPECTED
         " AND EXISTS (SELECT 1 FROM party_meetings g WHERE g.organisation_id = o.id AND g.type = :type"
         " AND g.meeting_date >= :pstart AND g.meeting_date <= :last)"},
    };
    return all;
}

using Values = QList<std::pair<QString, QVariant>>;

bool scalar(const Database& db, const QString& sql, const Values& values, qint64* result, QString* error)
{
    QSqlQuery q(db.connection());
    bool ok = q.prepare(sql);
    for (const auto& [name, value] : values)
        if (ok && sql.contains(name))
            q.bindValue(name, value);
    if (!ok || !q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *result = q.value(0).toLongLong();
    return true;
}

// The meeting types whose period (of the configured months, aligned to the calendar year) ends with the
// month, each with the first day of that period.
bool periodsEnding(const Database& db, QDate first, QList<std::pair<QString, QDate>>* periods, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'party.meeting_months.%'"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int months = q.value(1).toInt();
        if (months <= 0 || first.month() % months != 0)
            continue;
        const int startMonth = (first.month() - 1) / months * months + 1;
        periods->append(
            {q.value(0).toString().section(QLatin1Char('.'), 2), QDate(first.year(), startMonth, 1)});
    }
    return true;
}

bool defaultDues(const Database& db, QString* error)
{
    qint64 defaults = 0;
    if (!scalar(db,
                QStringLiteral("SELECT COUNT(*) FROM settings WHERE (key = 'party.dues.employed' AND value ="
                               " '3000:0.5,5000:1,10000:1.5,*:2') OR (key = 'party.dues.retired' AND value ="
                               " '5000:0.5,*:1') OR (key = 'party.dues.farmer' AND value = '0.2-1')"
                               " OR (key = 'party.dues.minimal' AND value = '0.2')"),
                {}, &defaults, error))
        return false;
    if (defaults != 4)
        *error = QStringLiteral("the dues settings are not the defaults the independent queries assume");
    return defaults == 4;
}

bool month(const Database& db, report::ReportMonth m, qint64 siteId, QList<qint64>* values, QString* error)
{
    const Values common = {{QStringLiteral(":first"), m.first.toString(Qt::ISODate)},
                           {QStringLiteral(":last"), m.last().toString(Qt::ISODate)},
                           {QStringLiteral(":next"), m.first.addMonths(1).toString(Qt::ISODate)},
                           {QStringLiteral(":site"), siteId}};
    QList<std::pair<QString, QDate>> periods;
    if (!periodsEnding(db, m.first, &periods, error))
        return false;
    for (const Query& query : queries()) {
        const QString sql = QString::fromLatin1(query.sql);
        qint64 sum = 0;
        // The meeting figures add up one statement per meeting type whose period ends with the month.
        const bool perType = sql.contains(QLatin1String(":type"));
        for (int i = 0; i < (perType ? int(periods.size()) : 1); ++i) {
            Values values = common;
            if (perType)
                values += {{QStringLiteral(":type"), periods[i].first},
                           {QStringLiteral(":pstart"), periods[i].second.toString(Qt::ISODate)}};
            qint64 n = 0;
            if (!scalar(db, sql, values, &n, error)) {
                *error = QLatin1String(query.key) + QLatin1String(": ") + *error;
                return false;
            }
            sum += n;
        }
        values->append(sum);
    }
    return true;
}

} // namespace

QList<IndependentFigure> independentPartyFigures(const Database& db, report::ReportMonth m, qint64 siteId,
                                                 QString* error)
{
    QList<qint64> now;
    QList<qint64> before;
    if (!defaultDues(db, error) || !month(db, m, siteId, &now, error) ||
        !month(db, m.previous(), siteId, &before, error))
        return {};
    QList<IndependentFigure> figures;
    for (int i = 0; i < queries().size(); ++i)
        figures.append({QStringLiteral("party"), QLatin1String(queries()[i].key), now[i], before[i]});
    return figures;
}

} // namespace anju::test
