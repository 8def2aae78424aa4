#include "IndependentIncomeFigures.h"

#include "database/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

namespace {

// Bound by name: :first and :last of the month, :site (0 = every site), :lim the line in fen (NULL when
// none), :n the drop's months, :keep 100 − the drop percent, :big the large expense in fen, :scheme.
// ${FROM12} is the first day twelve months before :first, spelt per engine.

// clang-format off
#define NEVER "'9999-12-31'"

#define ACTIVE(h) \
    " NOT (" h ".relocation_date IS NOT NULL AND " h ".relocation_date > :last)" \
    " AND CASE WHEN " h ".state = 'active' THEN 1 WHEN " h ".state_date > :last THEN 1 ELSE 0 END = 1" \
    " AND (:site = 0 OR " h ".site_id = :site)"

// The month's checks of the households active at its end.
#define CHECKS " FROM households h JOIN income_checks c ON c.household_id = h.id AND c.month = :first WHERE" ACTIVE("h")

// Per-capita annual net income of a check, fen per person per year.
#define PCA(a) \
    "((12 * (" a ".income_wages + " a ".income_business + " a ".income_property + " a ".income_transfers" \
    " - " a ".operating_costs)) / " a ".headcount)"

// The household's checks p of the twelve months before that are among its :n most recent ones: fewer than
// :n checks of the household lie between p and the month.
#define RECENT \
    " FROM income_checks p WHERE p.household_id = c.household_id AND p.month >= ${FROM12}" \
    " AND p.month < :first AND (SELECT COUNT(*) FROM income_checks q WHERE q.household_id = c.household_id" \
    " AND q.month > p.month AND q.month < :first) < :n"

#define DROPPED \
    " ((SELECT COUNT(*)" RECENT ") = :n AND (SELECT SUM(" PCA("p") ")" RECENT ") > 0" \
    " AND " PCA("c") " * 100 * :n < (SELECT SUM(" PCA("p") ")" RECENT ") * :keep)"

#define LARGE \
    " (CASE WHEN c.expense_medical > :big THEN 1 WHEN c.expense_education > :big THEN 1" \
    " WHEN c.expense_disaster > :big THEN 1 WHEN c.expense_other > :big THEN 1 ELSE 0 END = 1)"

#define BELOW " " PCA("c") " < :lim"

#define CASE_IN_SITE(m) \
    " (:site = 0 OR EXISTS (SELECT 1 FROM households h WHERE h.id = " m ".household_id AND h.site_id = :site))"

#define MONITORED \
    " FROM monitoring_cases m WHERE COALESCE(m.entered_on, " NEVER ") <= :last" \
    " AND COALESCE(m.eliminated_on, " NEVER ") > :last AND" CASE_IN_SITE("m")

#define CASES_IN(column) \
    "SELECT COUNT(*) FROM monitoring_cases m WHERE m." column " BETWEEN :first AND :last AND" CASE_IN_SITE("m")

// The person holds a stay covering `day` in a household in scope.
#define REGISTERED_ON(day) \
    " e.person_id IN (SELECT s.person_id FROM memberships s JOIN households h ON h.id = s.household_id" \
    " WHERE COALESCE(s.start_date, '0001-01-01') <= " day " AND COALESCE(s.end_date, " NEVER ") > " day \
    " AND (:site = 0 OR h.site_id = :site))"

#define MONTHLY_AT_END \
    " FROM safety_net_enrolments e WHERE e.amount_kind = 'monthly' AND e.valid_from <= :last" \
    " AND COALESCE(e.valid_to, " NEVER ") > :last AND" REGISTERED_ON(":last")

#define ONE_OFF_IN_MONTH \
    " FROM safety_net_enrolments e WHERE e.amount_kind = 'one_off'" \
    " AND e.valid_from BETWEEN :first AND :last AND" REGISTERED_ON("e.valid_from")
// clang-format on

struct Query
{
    QString section;
    QString key;
    QString sql;
    QString scheme = {}; // bound as :scheme when set
};

QList<Query> queries(const QStringList& schemes)
{
    const QString income = QStringLiteral("income");
    const QString monitoring = QStringLiteral("monitoring");
    QList<Query> all = {
        {income, QStringLiteral("households_active"),
         QStringLiteral("SELECT COUNT(*) FROM households h WHERE" ACTIVE("h"))},
        {income, QStringLiteral("households_checked"), QStringLiteral("SELECT COUNT(*)" CHECKS)},
        {income, QStringLiteral("households_missing"),
         QStringLiteral("SELECT COUNT(*) FROM households h WHERE" ACTIVE(
             "h") " AND NOT EXISTS (SELECT 1 FROM income_checks x WHERE x.household_id = h.id"
                  " AND x.month = :first)")},
        {income, QStringLiteral("flagged_below_line"), QStringLiteral("SELECT COUNT(*)" CHECKS " AND" BELOW)},
        {income, QStringLiteral("flagged_drop"), QStringLiteral("SELECT COUNT(*)" CHECKS " AND" DROPPED)},
        {income, QStringLiteral("flagged_large_expense"),
         QStringLiteral("SELECT COUNT(*)" CHECKS " AND" LARGE)},
        {income, QStringLiteral("flagged"),
         QStringLiteral("SELECT COUNT(*)" CHECKS " AND (" BELOW " OR" DROPPED " OR" LARGE ")")},
        {income, QStringLiteral("band_below_line"), QStringLiteral("SELECT COUNT(*)" CHECKS " AND" BELOW)},
        {income, QStringLiteral("band_line_to_1_5"),
         QStringLiteral("SELECT COUNT(*)" CHECKS
                        " AND " PCA("c") " >= :lim AND 10 * " PCA("c") " < 15 * :lim")},
        {income, QStringLiteral("band_1_5_to_2"),
         QStringLiteral("SELECT COUNT(*)" CHECKS
                        " AND 10 * " PCA("c") " >= 15 * :lim AND " PCA("c") " < 2 * :lim")},
        {income, QStringLiteral("band_2_plus"),
         QStringLiteral("SELECT COUNT(*)" CHECKS " AND " PCA("c") " >= 2 * :lim")},
    };
    for (const char* category : {"unstable_out_of_poverty", "marginal_at_risk", "sudden_hardship"})
        all.append({monitoring, QStringLiteral("monitored_") + QLatin1String(category),
                    QStringLiteral("SELECT COUNT(DISTINCT m.household_id)" MONITORED " AND m.category = '%1'")
                        .arg(QLatin1String(category))});
    all += QList<Query>{
        {monitoring, QStringLiteral("monitored"),
         QStringLiteral("SELECT COUNT(DISTINCT m.household_id)" MONITORED)},
        {monitoring, QStringLiteral("entered"), QStringLiteral(CASES_IN("entered_on"))},
        {monitoring, QStringLiteral("eliminated"), QStringLiteral(CASES_IN("eliminated_on"))},
        {monitoring, QStringLiteral("declined"), QStringLiteral(CASES_IN("declined_on"))},
        {monitoring, QStringLiteral("in_entry_review"),
         QStringLiteral("SELECT COUNT(*) FROM monitoring_cases m WHERE m.discovered_on <= :last"
                        " AND COALESCE(m.entered_on, " NEVER ") > :last AND COALESCE(m.declined_on, " NEVER
                        ") > :last AND COALESCE(m.eliminated_on, " NEVER ") > :last AND" CASE_IN_SITE("m"))},
    };
    for (const QString& scheme : schemes) {
        all.append(
            {monitoring, QStringLiteral("safetynet_%1_people").arg(scheme),
             QStringLiteral("SELECT COUNT(DISTINCT e.person_id)" MONTHLY_AT_END " AND e.scheme = :scheme"),
             scheme});
        all.append(
            {monitoring, QStringLiteral("safetynet_%1_monthly_fen").arg(scheme),
             QStringLiteral("SELECT COALESCE(SUM(e.amount), 0)" MONTHLY_AT_END " AND e.scheme = :scheme"),
             scheme});
    }
    all += QList<Query>{
        {monitoring, QStringLiteral("safetynet_people"),
         QStringLiteral("SELECT COUNT(DISTINCT e.person_id)" MONTHLY_AT_END)},
        {monitoring, QStringLiteral("safetynet_monthly_fen"),
         QStringLiteral("SELECT COALESCE(SUM(e.amount), 0)" MONTHLY_AT_END)},
        {monitoring, QStringLiteral("safetynet_one_off_people"),
         QStringLiteral("SELECT COUNT(DISTINCT e.person_id)" ONE_OFF_IN_MONTH)},
        {monitoring, QStringLiteral("safetynet_one_off_fen"),
         QStringLiteral("SELECT COALESCE(SUM(e.amount), 0)" ONE_OFF_IN_MONTH)},
    };
    return all;
}

// A setting's text, or `fallback` when the key is absent.
QString setting(const Database& db, const QString& key, const QString& fallback)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

// The settings as the office wrote them, read here without IncomeSettings: the lines by year (yuan →
// fen), the scheme keys, the drop and large-expense figures (the migration's defaults when absent).
struct Rules
{
    QMap<int, qint64> lines;
    QStringList schemes;
    qint64 dropMonths = 3;
    qint64 dropPercent = 30;
    qint64 largeFen = 1000000;

    // The line judging `year`: the latest year's at or before it; 0 when none.
    qint64 lineFor(int year) const
    {
        qint64 line = 0;
        for (auto it = lines.begin(); it != lines.end() && it.key() <= year; ++it)
            line = it.value();
        return line;
    }
};

Rules readRules(const Database& db)
{
    Rules r;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'income.line.%'"
                          " OR key LIKE 'safetynet.scheme.%' ORDER BY key"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key.startsWith(QLatin1String("safetynet.scheme.")))
            r.schemes.append(key.section(QLatin1Char('.'), 2));
        else
            r.lines.insert(key.section(QLatin1Char('.'), 2).toInt(),
                           qRound64(q.value(1).toString().toDouble() * 100));
    }
    r.dropMonths = setting(db, QStringLiteral("income.drop_months"), QStringLiteral("3")).toLongLong();
    r.dropPercent = setting(db, QStringLiteral("income.drop_percent"), QStringLiteral("30")).toLongLong();
    r.largeFen = qRound64(
        setting(db, QStringLiteral("income.large_expense"), QStringLiteral("10000")).toDouble() * 100);
    return r;
}

// The first day twelve months before :first, in the engine's own date arithmetic (chosen by the driver,
// not by the product's SqlDialect).
QString twelveMonthsBefore(const QSqlDatabase& connection)
{
    if (connection.driverName() == QLatin1String("QPSQL"))
        return QStringLiteral("CAST(CAST(:first AS DATE) - INTERVAL '12 months' AS DATE)");
    return QStringLiteral("date(:first, '-12 months')");
}

bool month(const Database& db, const Rules& rules, const QList<Query>& all, report::ReportMonth m,
           qint64 siteId, QList<qint64>* values, QString* error)
{
    const qint64 line = rules.lineFor(m.first.year());
    for (const Query& query : all) {
        QString sql = query.sql;
        sql.replace(QStringLiteral("${FROM12}"), twelveMonthsBefore(db.connection()));
        QSqlQuery q(db.connection());
        bool ok = q.prepare(sql);
        const QList<std::pair<QString, QVariant>> bindings = {
            {QStringLiteral(":first"), m.first.toString(Qt::ISODate)},
            {QStringLiteral(":last"), m.last().toString(Qt::ISODate)},
            {QStringLiteral(":site"), siteId},
            {QStringLiteral(":lim"), line > 0 ? QVariant(line) : QVariant(QMetaType::fromType<qint64>())},
            {QStringLiteral(":n"), rules.dropMonths},
            {QStringLiteral(":keep"), 100 - rules.dropPercent},
            {QStringLiteral(":big"), rules.largeFen},
            {QStringLiteral(":scheme"), query.scheme},
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

QList<IndependentFigure> independentIncomeFigures(const Database& db, report::ReportMonth m, qint64 siteId,
                                                  QString* error)
{
    const Rules rules = readRules(db);
    QList<Query> all = queries(rules.schemes);
    QList<qint64> now;
    QList<qint64> before;
    if (!month(db, rules, all, m, siteId, &now, error) ||
        !month(db, rules, all, m.previous(), siteId, &before, error))
        return {};
    QList<IndependentFigure> figures;
    for (int i = 0; i < all.size(); ++i)
        figures.append({all[i].section, all[i].key, now[i], before[i]});
    // The line is a setting, not a count: the one judging each month's year.
    figures.append({QStringLiteral("income"), QStringLiteral("monitoring_line_fen"),
                    rules.lineFor(m.first.year()), rules.lineFor(m.previous().first.year())});
    return figures;
}

} // namespace anju::test
