#include "work/WorkMonthQueries.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::work {

namespace {

// The month's days: [0] the month asked, [1] the month before.
struct Days
{
    QDate first;
    QDate last;
    QDate yearStart; // 1 January of the month's year
};

std::array<Days, 2> daysOf(QDate month)
{
    std::array<Days, 2> days;
    const QDate first(month.year(), month.month(), 1);
    for (std::size_t i = 0; i < 2; ++i) {
        const QDate f = first.addMonths(-int(i));
        days[i] = {f, f.addMonths(1).addDays(-1), QDate(f.year(), 1, 1)};
    }
    return days;
}

// Prepares and runs `sql` with `values` bound in order, forward only; the engine's failure in the user's
// language.
Result<QSqlQuery> run(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!ok || !q.exec())
        return Outcome::error(
            WorkMonthQueries::tr("The work figures could not be counted: %1").arg(q.lastError().text()));
    return q;
}

// " AND <column> IN (the persons of the site's households)" for one site, nothing for the whole office.
// Person-based rows belong to the site of the person's household.
QString personsOfSite(const QString& column, qint64 siteId, QVariantList* values)
{
    if (siteId == 0)
        return {};
    values->append(siteId);
    return QStringLiteral(
               " AND %1 IN (SELECT sp.id FROM persons sp JOIN households sh ON sh.id = sp.household_id"
               " WHERE sh.site_id = ?)")
        .arg(column);
}

// Holds on a day (ends exclusive), with the day bound twice.
QString holdsOn(const QString& alias, const char* from, const char* to)
{
    return QStringLiteral("%1.%2 <= ? AND (%1.%3 IS NULL OR %1.%3 > ?)")
        .arg(alias, QLatin1String(from), QLatin1String(to));
}

// On file on a day: active, or their state (moved away, died) dated after it; the day bound once.
const char* const OnFile = "(p.state = 'active' OR p.state_date > ?)";
// Of the labour force's capacities.
const char* const HasLabour = "p.labour_capacity IN ('ordinary', 'skilled', 'weak')";

template <typename E> std::size_t indexOf(const QString& key)
{
    const std::optional<E> value = enumFromKey<E>(key);
    return value ? std::size_t(*value) : std::size_t(-1);
}

} // namespace

qint64 EmploymentMonthFigures::rateBasisPoints() const
{
    // Rounded half up, in integers, so the printed rate and the JSON agree on every engine.
    return labourForce > 0 ? (qint64(employed) * 10000 + labourForce / 2) / labourForce : 0;
}

WorkMonthQueries::WorkMonthQueries(const Database& db) : m_db(db), m_settings(WorkSettings::load(db)) {}

Result<std::array<EmploymentMonthFigures, 2>> WorkMonthQueries::employment(QDate month, qint64 siteId) const
{
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::ReadWork, siteId); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::error(tr("Choose the month."));
    std::array<EmploymentMonthFigures, 2> f;
    const std::array<Days, 2> days = daysOf(month);
    for (std::size_t i = 0; i < 2; ++i)
        f[i].month = days[i].first;
    for (Outcome counted : {countLabourForce(f, siteId), countEmployed(f, siteId), countJobFlows(f, siteId),
                            countSupport(f, siteId)}) {
        if (!counted)
            return counted;
    }
    return f;
}

// The labour force at both month ends. For the whole office, counted in persons_labour_force: the
// active people of a labour capacity born in the day's range, plus the few moved away or dead after the
// day (a pass over every person's row took five times as long). For one site, in one pass over the
// people of its households with a labour capacity. The ages move with the day, so they are bound per day.
Outcome WorkMonthQueries::countLabourForce(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const
{
    QVariantList values;
    QStringList sums;
    for (std::size_t i = 0; i < 2; ++i) {
        const QDate last = f[i].month.addMonths(1).addDays(-1);
        const QVariant from = sqlDate(m_settings.bornOnOrAfter(last));
        const QVariant to = sqlDate(m_settings.bornOnOrBefore(last));
        if (siteId == 0) {
            sums << QStringLiteral("(SELECT COUNT(*) FROM persons p WHERE p.state = 'active' AND %1"
                                   " AND p.birth_date >= ? AND p.birth_date <= ?) + (SELECT COUNT(*)"
                                   " FROM persons p WHERE p.state IN ('moved_away', 'deceased') AND %1"
                                   " AND p.birth_date >= ? AND p.birth_date <= ? AND p.state_date > ?)")
                        .arg(QLatin1String(HasLabour));
            values << from << to << from << to << sqlDate(last);
        } else {
            sums << QStringLiteral("COALESCE(SUM(CASE WHEN %1 AND p.birth_date >= ? AND p.birth_date <= ?"
                                   " THEN 1 ELSE 0 END), 0)")
                        .arg(QLatin1String(OnFile));
            values << sqlDate(last) << from << to;
        }
    }
    QString sql = QStringLiteral("SELECT ") + sums.join(QStringLiteral(", "));
    if (siteId != 0) {
        sql += QStringLiteral(" FROM persons p JOIN households h ON h.id = p.household_id WHERE h.site_id = ?"
                              " AND ") +
               QLatin1String(HasLabour);
        values << siteId;
    }
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    if (read.value().next()) {
        for (std::size_t i = 0; i < 2; ++i)
            f[i].labourForce = read.value().value(int(i)).toInt();
    }
    return {};
}

// Who holds a job at each month end, in two statements over the jobs holding on either day, each reading
// one covering index in its order (no row of the table, no sort of every job):
// - by channel: the distinct people of each channel holding at each day (employments_channel), less those
//   of them not on file that day, found from the few people moved away or dead (persons_state_birth);
// - in all: the jobs grouped by person (employments_person), each person's row read once to judge them on
//   file and of the labour force (two jobs or two channels once).
// One statement grouping by person and channel and joining every group to its person was twice as slow.
Outcome WorkMonthQueries::countEmployed(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const
{
    const std::array<QDate, 2> last = {f[0].month.addMonths(1).addDays(-1),
                                       f[1].month.addMonths(1).addDays(-1)};
    const QString holds = holdsOn(QStringLiteral("e"), "started_on", "ended_on");
    // Holding on either day: begun by the later one and not ended by the earlier one.
    const QString either = QStringLiteral("e.started_on <= ? AND (e.ended_on IS NULL OR e.ended_on > ?)");
    QVariantList values;
    QString sql = QStringLiteral("SELECT e.channel");
    for (std::size_t i = 0; i < 2; ++i) {
        sql += QStringLiteral(", COUNT(DISTINCT CASE WHEN %1 THEN e.person_id END)").arg(holds);
        values << sqlDate(last[i]) << sqlDate(last[i]);
    }
    sql += QStringLiteral(" FROM employments e WHERE ") + either;
    values << sqlDate(last[0]) << sqlDate(last[1]);
    sql += personsOfSite(QStringLiteral("e.person_id"), siteId, &values);
    sql += QStringLiteral(" GROUP BY e.channel UNION ALL SELECT e.channel");
    for (std::size_t i = 0; i < 2; ++i) {
        // Not on file on the day: moved away or died by it (a state without its date counts as before).
        sql += QStringLiteral(", -COUNT(DISTINCT CASE WHEN %1 AND (p.state_date IS NULL OR p.state_date <= ?)"
                              " THEN e.person_id END)")
                   .arg(holds);
        values << sqlDate(last[i]) << sqlDate(last[i]) << sqlDate(last[i]);
    }
    sql += QStringLiteral(" FROM persons p JOIN employments e ON e.person_id = p.id"
                          " WHERE p.state IN ('moved_away', 'deceased') AND ") +
           either;
    values << sqlDate(last[0]) << sqlDate(last[1]);
    // The site's people judged on the person's row, before their jobs are looked up (3 times as fast).
    sql += personsOfSite(QStringLiteral("p.id"), siteId, &values);
    sql += QStringLiteral(" GROUP BY e.channel");
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return read;
    for (QSqlQuery& q = read.value(); q.next();) {
        if (const std::size_t c = indexOf<Channel>(q.value(0).toString()); c < ChannelCount) {
            for (std::size_t i = 0; i < 2; ++i)
                f[i].byChannel[c] += q.value(1 + int(i)).toInt();
        }
    }

    // In all: the person's row read once a person (CROSS JOIN keeps SQLite's order: the grouped jobs
    // first; PostgreSQL plans it as any join).
    values.clear();
    sql = QStringLiteral("SELECT");
    QStringList sums;
    for (std::size_t i = 0; i < 2; ++i) {
        sums << QStringLiteral(" COALESCE(SUM(CASE WHEN x.h%1 = 1 AND %2 THEN 1 ELSE 0 END), 0)")
                    .arg(i)
                    .arg(QLatin1String(OnFile));
        values << sqlDate(last[i]);
    }
    for (std::size_t i = 0; i < 2; ++i) {
        sums << QStringLiteral(" COALESCE(SUM(CASE WHEN x.h%1 = 1 AND %2 AND %3 AND p.birth_date >= ?"
                               " AND p.birth_date <= ? THEN 1 ELSE 0 END), 0)")
                    .arg(i)
                    .arg(QLatin1String(OnFile), QLatin1String(HasLabour));
        values << sqlDate(last[i]) << sqlDate(m_settings.bornOnOrAfter(last[i]))
               << sqlDate(m_settings.bornOnOrBefore(last[i]));
    }
    sql += sums.join(QStringLiteral(",")) + QStringLiteral(" FROM (SELECT e.person_id AS person_id");
    for (std::size_t i = 0; i < 2; ++i) {
        sql += QStringLiteral(", MAX(CASE WHEN %1 THEN 1 ELSE 0 END) AS h%2").arg(holds).arg(i);
        values << sqlDate(last[i]) << sqlDate(last[i]);
    }
    sql += QStringLiteral(" FROM employments e WHERE ") + either;
    values << sqlDate(last[0]) << sqlDate(last[1]);
    sql += personsOfSite(QStringLiteral("e.person_id"), siteId, &values);
    sql += QStringLiteral(" GROUP BY e.person_id) x CROSS JOIN persons p WHERE p.id = x.person_id");
    read = run(m_db, sql, values);
    if (!read)
        return read;
    if (QSqlQuery& q = read.value(); q.next()) {
        for (std::size_t i = 0; i < 2; ++i) {
            f[i].peopleEmployed = q.value(int(i)).toInt();
            f[i].employed = q.value(2 + int(i)).toInt();
        }
    }
    return {};
}

// Jobs begun and jobs ended in each month, through the dates' indexes.
Outcome WorkMonthQueries::countJobFlows(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const
{
    QVariantList values;
    QStringList counts;
    for (std::size_t i = 0; i < 2; ++i) {
        const QDate last = f[i].month.addMonths(1).addDays(-1);
        for (const char* column : {"started_on", "ended_on"}) {
            values << sqlDate(f[i].month) << sqlDate(last);
            counts << QStringLiteral("(SELECT COUNT(*) FROM employments e WHERE e.%1 >= ? AND e.%1 <= ?%2)")
                          .arg(QLatin1String(column),
                               personsOfSite(QStringLiteral("e.person_id"), siteId, &values));
        }
    }
    Result<QSqlQuery> read = run(m_db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")), values);
    if (!read)
        return read;
    if (read.value().next()) {
        for (std::size_t i = 0; i < 2; ++i) {
            f[i].jobsStarted = read.value().value(int(i) * 2).toInt();
            f[i].jobsEnded = read.value().value(int(i) * 2 + 1).toInt();
        }
    }
    return {};
}

// Support paid for each month, by kind and in all (a person paid two kinds once in all).
Outcome WorkMonthQueries::countSupport(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const
{
    for (const bool byKind : {true, false}) {
        QVariantList values{sqlDate(f[0].month), sqlDate(f[1].month)};
        const QString site = personsOfSite(QStringLiteral("s.person_id"), siteId, &values);
        QString sql =
            QStringLiteral("SELECT s.month, %1 COUNT(DISTINCT s.person_id), COALESCE(SUM(s.amount), 0)"
                           " FROM work_support_payments s WHERE s.month IN (?, ?)%2 GROUP BY s.month%3")
                .arg(byKind ? QStringLiteral("s.kind,") : QString(), site,
                     byKind ? QStringLiteral(", s.kind") : QString());
        Result<QSqlQuery> read = run(m_db, sql, values);
        if (!read)
            return read;
        for (QSqlQuery& q = read.value(); q.next();) {
            const QDate month = dateFrom(q.value(0));
            for (EmploymentMonthFigures& m : f) {
                if (m.month != month)
                    continue;
                const int at = byKind ? 2 : 1;
                if (!byKind) {
                    m.supportPeopleAll = q.value(at).toInt();
                    m.supportAmountAll = q.value(at + 1).toLongLong();
                } else if (const std::size_t kind = indexOf<SupportKind>(q.value(1).toString());
                           kind < SupportKindCount) {
                    m.supportPeople[kind] = q.value(at).toInt();
                    m.supportAmount[kind] = q.value(at + 1).toLongLong();
                }
            }
        }
    }
    return {};
}

Result<std::array<TrainingMonthFigures, 2>> WorkMonthQueries::training(QDate month, qint64 siteId) const
{
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::ReadWork, siteId); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::error(tr("Choose the month."));
    std::array<TrainingMonthFigures, 2> f;
    const std::array<Days, 2> days = daysOf(month);
    for (std::size_t i = 0; i < 2; ++i)
        f[i].month = days[i].first;

    // Courses by their own site (a course of the whole office counts in the office's figures only).
    {
        QVariantList values;
        QStringList sums;
        for (const Days& d : days) {
            sums << QStringLiteral(
                "COALESCE(SUM(CASE WHEN c.ends_on >= ? AND c.ends_on <= ? THEN 1 ELSE 0 END), 0)");
            values << sqlDate(d.first) << sqlDate(d.last);
        }
        QString sql = QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM training_courses c WHERE c.ends_on >= ? AND c.ends_on <= ?");
        values << sqlDate(days[1].first) << sqlDate(days[0].last);
        if (siteId != 0) {
            sql += QStringLiteral(" AND c.site_id = ?");
            values << siteId;
        }
        Result<QSqlQuery> read = run(m_db, sql, values);
        if (!read)
            return Outcome(read);
        if (read.value().next())
            for (std::size_t i = 0; i < 2; ++i)
                f[i].coursesEnded = read.value().value(int(i)).toInt();
    }

    // 人次 and certificates by the day the course ends, month and year to date, of the courses ending from
    // 1 January of the month before's year on (the attendances by their person's site).
    QVariantList values;
    QStringList sums;
    for (const Days& d : days) {
        for (const QDate from : {d.first, d.yearStart}) {
            sums << QStringLiteral(
                        "COALESCE(SUM(CASE WHEN c.ends_on >= ? AND c.ends_on <= ? THEN 1 ELSE 0 END), 0)")
                 << QStringLiteral(
                        "COALESCE(SUM(CASE WHEN c.ends_on >= ? AND c.ends_on <= ? AND a.outcome = 'completed'"
                        " AND a.certificate_no <> '' THEN 1 ELSE 0 END), 0)");
            values << sqlDate(from) << sqlDate(d.last) << sqlDate(from) << sqlDate(d.last);
        }
    }
    QString sql = QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM training_courses c JOIN training_attendances a ON a.course_id = c.id"
                                 " WHERE c.ends_on >= ? AND c.ends_on <= ? AND a.outcome <> 'dropped'");
    values << sqlDate(days[1].yearStart) << sqlDate(days[0].last);
    sql += personsOfSite(QStringLiteral("a.person_id"), siteId, &values);
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return Outcome(read);
    if (QSqlQuery& q = read.value(); q.next()) {
        for (std::size_t i = 0; i < 2; ++i) {
            const int at = int(i) * 4;
            f[i].personTimes = q.value(at).toInt();
            f[i].certificates = q.value(at + 1).toInt();
            f[i].personTimesYear = q.value(at + 2).toInt();
            f[i].certificatesYear = q.value(at + 3).toInt();
        }
    }
    return f;
}

Result<std::array<IndustryMonthFigures, 2>> WorkMonthQueries::industry(QDate month, qint64 siteId) const
{
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::ReadWork, siteId); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::error(tr("Choose the month."));
    std::array<IndustryMonthFigures, 2> f;
    const std::array<Days, 2> days = daysOf(month);
    for (std::size_t i = 0; i < 2; ++i)
        f[i].month = days[i].first;

    // Projects holding at each month end, by their own site.
    QVariantList values;
    QString sql = QStringLiteral("SELECT pr.level");
    for (const Days& d : days) {
        sql += QStringLiteral(", COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                   .arg(holdsOn(QStringLiteral("pr"), "started_on", "ended_on"));
        values << sqlDate(d.last) << sqlDate(d.last);
    }
    sql += QStringLiteral(" FROM industry_projects pr WHERE pr.started_on <= ?");
    values << sqlDate(days[0].last);
    if (siteId != 0) {
        sql += QStringLiteral(" AND pr.site_id = ?");
        values << siteId;
    }
    sql += QStringLiteral(" GROUP BY pr.level");
    Result<QSqlQuery> read = run(m_db, sql, values);
    if (!read)
        return Outcome(read);
    for (QSqlQuery& q = read.value(); q.next();) {
        const std::size_t level = indexOf<IndustryLevel>(q.value(0).toString());
        if (level >= IndustryLevelCount)
            continue;
        for (std::size_t i = 0; i < 2; ++i) {
            f[i].projects[level] = q.value(int(i) + 1).toInt();
            f[i].projectsAll += f[i].projects[level];
        }
    }
    for (std::size_t i = 0; i < 2; ++i) {
        // The month before of a January is another year; of any other month the same.
        if (i == 1 && f[1].month.year() == f[0].month.year()) {
            f[1].households = f[0].households;
            f[1].people = f[0].people;
            f[1].householdsAll = f[0].householdsAll;
            f[1].peopleAll = f[0].peopleAll;
            continue;
        }
        if (Outcome counted = countBeneficiaries(f[i], siteId); !counted)
            return counted;
    }
    return f;
}

// The beneficiary households of the month's year: per level, then over every level, each household once
// with its largest `people` (households by their own site).
Outcome WorkMonthQueries::countBeneficiaries(IndustryMonthFigures& f, qint64 siteId) const
{
    for (const bool byLevel : {true, false}) {
        QVariantList values{f.month.year()};
        QString site;
        if (siteId != 0) {
            site = QStringLiteral(
                " AND b.household_id IN (SELECT sh.id FROM households sh WHERE sh.site_id = ?)");
            values << siteId;
        }
        const QString sql =
            byLevel ? QStringLiteral(
                          "SELECT x.level, COUNT(*), COALESCE(SUM(x.people), 0) FROM (SELECT b.household_id,"
                          " pr.level, MAX(b.people) AS people FROM industry_beneficiaries b"
                          " JOIN industry_projects pr ON pr.id = b.project_id WHERE b.year = ?%1"
                          " GROUP BY b.household_id, pr.level) x GROUP BY x.level")
                          .arg(site)
                    : QStringLiteral(
                          "SELECT '', COUNT(*), COALESCE(SUM(x.people), 0) FROM (SELECT b.household_id,"
                          " MAX(b.people) AS people FROM industry_beneficiaries b WHERE b.year = ?%1"
                          " GROUP BY b.household_id) x")
                          .arg(site);
        Result<QSqlQuery> read = run(m_db, sql, values);
        if (!read)
            return read;
        for (QSqlQuery& q = read.value(); q.next();) {
            if (!byLevel) {
                f.householdsAll = q.value(1).toInt();
                f.peopleAll = q.value(2).toInt();
            } else if (const std::size_t level = indexOf<IndustryLevel>(q.value(0).toString());
                       level < IndustryLevelCount) {
                f.households[level] = q.value(1).toInt();
                f.people[level] = q.value(2).toInt();
            }
        }
    }
    return {};
}

} // namespace anju::work
