#include "work/TrainingRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::work {

namespace {

const QString CourseColumns = QStringLiteral(
    "c.id, c.site_id, c.title, c.trade, c.organiser, c.starts_on, c.ends_on, c.hours, c.demand,"
    " c.capacity, c.certificate, c.note, c.row_version");
constexpr int CourseColumnCount = 13;
const QString AttendanceColumns =
    QStringLiteral("a.id, a.course_id, a.person_id, a.enrolled_on, a.outcome, a.hours_attended,"
                   " a.certificate_no, a.source, a.note, a.row_version");
constexpr int AttendanceColumnCount = 10;
const QString PersonColumns = QStringLiteral(
    "p.id, p.name, p.id_number, p.sex, p.birth_date, p.labour_capacity, h.id, h.number, h.site_id, s.name");

TrainingCourse courseFrom(const QSqlQuery& q, int at = 0)
{
    TrainingCourse c;
    c.id = q.value(at).toLongLong();
    c.siteId = q.value(at + 1).toLongLong();
    c.title = q.value(at + 2).toString();
    c.trade = q.value(at + 3).toString();
    c.organiser = q.value(at + 4).toString();
    c.startsOn = dateFrom(q.value(at + 5));
    c.endsOn = dateFrom(q.value(at + 6));
    c.hours = q.value(at + 7).toInt();
    c.demand = q.value(at + 8).toString();
    c.capacity = q.value(at + 9).toInt();
    c.certificate = q.value(at + 10).toString();
    c.note = q.value(at + 11).toString();
    c.rowVersion = q.value(at + 12).toInt();
    return c;
}

Attendance attendanceFrom(const QSqlQuery& q, int at = 0)
{
    Attendance a;
    a.id = q.value(at).toLongLong();
    a.courseId = q.value(at + 1).toLongLong();
    a.personId = q.value(at + 2).toLongLong();
    a.enrolledOn = dateFrom(q.value(at + 3));
    a.outcome =
        enumFromKey<AttendanceOutcome>(q.value(at + 4).toString()).value_or(AttendanceOutcome::Enrolled);
    a.hoursAttended = q.value(at + 5).toInt();
    a.certificateNo = q.value(at + 6).toString();
    a.imported = q.value(at + 7).toString() == QLatin1String("import");
    a.note = q.value(at + 8).toString();
    a.rowVersion = q.value(at + 9).toInt();
    return a;
}

PersonRef personFrom(const Session* session, const QSqlQuery& q, int at)
{
    PersonRef p;
    p.personId = q.value(at).toLongLong();
    p.name = q.value(at + 1).toString();
    p.idNumber = Permissions::shownIdNumber(session, q.value(at + 2).toString());
    p.sex = q.value(at + 3).toString();
    p.birthDate = dateFrom(q.value(at + 4));
    p.labourCapacity = q.value(at + 5).toString();
    p.householdId = q.value(at + 6).toLongLong();
    p.householdNumber = q.value(at + 7).toString();
    p.siteId = q.value(at + 8).toLongLong();
    p.siteName = q.value(at + 9).toString();
    return p;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

// The filter as " AND …" conditions on the courses `c`, with the user's scope: their sites' courses and
// the whole office's.
QString courseConditions(const Database& db, const CourseFilter& filter, QVariantList* values)
{
    QString sql;
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND c.site_id = ?");
        values->append(filter.siteId);
    }
    QVariantList scopeValues;
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("c.site_id"), &scopeValues);
    if (!scope.isEmpty()) {
        sql += QStringLiteral(" AND (c.site_id IS NULL OR ") + scope + QStringLiteral(")");
        values->append(scopeValues);
    }
    if (filter.year > 0) {
        sql += QStringLiteral(" AND c.ends_on >= ? AND c.ends_on <= ?");
        values->append(sqlDate(QDate(filter.year, 1, 1)));
        values->append(sqlDate(QDate(filter.year, 12, 31)));
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND c.ends_on >= ?");
        values->append(sqlDate(filter.from));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND c.ends_on <= ?");
        values->append(sqlDate(filter.to));
    }
    if (!filter.trade.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND c.trade = ?");
        values->append(filter.trade.trimmed());
    }
    const QString text = filter.search.trimmed();
    if (!text.isEmpty()) {
        const SqlDialect& d = db.dialect();
        const QString mark = QStringLiteral("?");
        sql += QStringLiteral(" AND (") + d.containsCondition(QStringLiteral("c.title"), mark) +
               QStringLiteral(" OR ") + d.containsCondition(QStringLiteral("c.trade"), mark) +
               QStringLiteral(" OR ") + d.containsCondition(QStringLiteral("c.organiser"), mark) +
               QStringLiteral(")");
        const QString escaped = SqlDialect::escapeLike(text);
        values->append(escaped);
        values->append(escaped);
        values->append(escaped);
    }
    return sql;
}

// The attendance counts of the courses `idsSql` selects, for the user's sites only when limited.
QString countsSql(const Database& db, const QString& idsSql, QVariantList* values)
{
    QVariantList scopeValues;
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), &scopeValues);
    QString sql = QStringLiteral(
        "SELECT a.course_id AS course_id, COUNT(*) AS n,"
        " SUM(CASE WHEN a.outcome = 'completed' THEN 1 ELSE 0 END) AS completed,"
        " SUM(CASE WHEN a.outcome = 'completed' AND a.certificate_no <> '' THEN 1 ELSE 0 END) AS certs,"
        " SUM(CASE WHEN a.outcome = 'dropped' THEN 1 ELSE 0 END) AS dropped"
        " FROM training_attendances a");
    if (!scope.isEmpty())
        sql += QStringLiteral(
            " JOIN persons p ON p.id = a.person_id JOIN households h ON h.id = p.household_id");
    sql += QStringLiteral(" WHERE a.course_id IN (") + idsSql + QStringLiteral(")");
    if (!scope.isEmpty()) {
        sql += QStringLiteral(" AND ") + scope;
        values->append(scopeValues);
    }
    sql += QStringLiteral(" GROUP BY a.course_id");
    return sql;
}

CourseRow rowFrom(const QSqlQuery& q)
{
    CourseRow row;
    row.course = courseFrom(q);
    row.siteName = q.value(CourseColumnCount).toString();
    row.attendances = q.value(CourseColumnCount + 1).toInt();
    row.completed = q.value(CourseColumnCount + 2).toInt();
    row.certificates = q.value(CourseColumnCount + 3).toInt();
    row.dropped = q.value(CourseColumnCount + 4).toInt();
    return row;
}

} // namespace

Result<QList<CourseRow>> TrainingRepository::courses(const CourseFilter& filter, int offset, int limit) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    // The page first (by the ends_on index), then the counts of its courses only: the counts of a course
    // cost its attendances, and a year of the office holds thousands of courses.
    QVariantList values;
    const QString page = QStringLiteral("SELECT ") + CourseColumns +
                         QStringLiteral(" FROM training_courses c WHERE 1 = 1") +
                         courseConditions(m_db, filter, &values) +
                         QStringLiteral(" ORDER BY c.ends_on DESC, c.id DESC LIMIT ? OFFSET ?");
    values.append(qMax(0, limit));
    values.append(qMax(0, offset));
    QVariantList countValues;
    const QString counts = countsSql(m_db, QStringLiteral("SELECT id FROM page"), &countValues);
    values.append(countValues);
    const QString sql =
        QStringLiteral("WITH page AS (") + page +
        QStringLiteral(") SELECT c.*, COALESCE(s.name, ''), COALESCE(k.n, 0), COALESCE(k.completed, 0),"
                       " COALESCE(k.certs, 0), COALESCE(k.dropped, 0) FROM page c"
                       " LEFT JOIN sites s ON s.id = c.site_id LEFT JOIN (") +
        counts + QStringLiteral(") k ON k.course_id = c.id ORDER BY c.ends_on DESC, c.id DESC");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The courses could not be read: %1").arg(q.lastError().text()));
    QList<CourseRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<int> TrainingRepository::courseCount(const CourseFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM training_courses c WHERE 1 = 1") +
                        courseConditions(m_db, filter, &values);
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values) || !q.next())
        return Outcome::error(tr("The courses could not be counted: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Result<QStringList> TrainingRepository::trades() const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT DISTINCT trade FROM training_courses ORDER BY trade"), {}))
        return Outcome::error(tr("The trades could not be read: %1").arg(q.lastError().text()));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<CourseRow> TrainingRepository::courseRow(qint64 courseId) const
{
    const auto found = course(courseId);
    if (!found)
        return Outcome::error(tr("Course %1 is not on file.").arg(courseId));
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, found->siteId); !denied)
        return denied;
    QVariantList values{courseId};
    const QString counts = countsSql(m_db, QStringLiteral("?"), &values);
    values.append(courseId);
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + CourseColumns +
                 QStringLiteral(", COALESCE(s.name, ''), COALESCE(k.n, 0), COALESCE(k.completed, 0),"
                                " COALESCE(k.certs, 0), COALESCE(k.dropped, 0) FROM training_courses c"
                                " LEFT JOIN sites s ON s.id = c.site_id LEFT JOIN (") +
                 counts + QStringLiteral(") k ON k.course_id = c.id WHERE c.id = ?"),
             values) ||
        !q.next())
        return Outcome::error(tr("The course could not be read: %1").arg(q.lastError().text()));
    return rowFrom(q);
}

Result<QList<AttendanceRow>> TrainingRepository::attendance(qint64 courseId) const
{
    const auto found = course(courseId);
    if (!found)
        return Outcome::error(tr("Course %1 is not on file.").arg(courseId));
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, found->siteId); !denied)
        return denied;
    QVariantList values{courseId};
    QString sql =
        QStringLiteral("SELECT ") + PersonColumns + QStringLiteral(", ") + AttendanceColumns +
        QStringLiteral(" FROM training_attendances a JOIN persons p ON p.id = a.person_id"
                       " JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                       " WHERE a.course_id = ?");
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY h.number, p.name, a.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The course's attendance could not be read: %1").arg(q.lastError().text()));
    QList<AttendanceRow> rows;
    while (q.next())
        rows.append({personFrom(m_db.session(), q, 0), attendanceFrom(q, 10)});
    return rows;
}

Result<QList<TrainingHistoryRow>> TrainingRepository::historyOf(qint64 personId) const
{
    QSqlQuery site(m_db.connection());
    if (!run(site,
             QStringLiteral("SELECT h.site_id FROM persons p JOIN households h ON h.id = p.household_id"
                            " WHERE p.id = ?"),
             {personId}) ||
        !site.next())
        return Outcome::error(tr("The person is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, site.value(0).toLongLong()); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + AttendanceColumns + QStringLiteral(", ") + CourseColumns +
                 QStringLiteral(" FROM training_attendances a JOIN training_courses c ON c.id = a.course_id"
                                " WHERE a.person_id = ? ORDER BY c.starts_on, a.enrolled_on, a.id"),
             {personId}))
        return Outcome::error(tr("The training history could not be read: %1").arg(q.lastError().text()));
    QList<TrainingHistoryRow> rows;
    while (q.next())
        rows.append({attendanceFrom(q), courseFrom(q, AttendanceColumnCount)});
    return rows;
}

std::optional<TrainingCourse> TrainingRepository::course(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + CourseColumns +
                 QStringLiteral(" FROM training_courses c WHERE c.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return courseFrom(q);
}

std::optional<Attendance> TrainingRepository::attendanceById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + AttendanceColumns +
                 QStringLiteral(" FROM training_attendances a WHERE a.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return attendanceFrom(q);
}

QList<Attendance> TrainingRepository::attendancesOf(qint64 courseId) const
{
    QList<Attendance> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + AttendanceColumns +
                QStringLiteral(" FROM training_attendances a WHERE a.course_id = ? ORDER BY a.id"),
            {courseId})) {
        while (q.next())
            list.append(attendanceFrom(q));
    }
    return list;
}

CourseUsage TrainingRepository::usageOf(qint64 courseId) const
{
    CourseUsage usage;
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT a.outcome, a.hours_attended, a.enrolled_on, h.site_id"
                            " FROM training_attendances a JOIN persons p ON p.id = a.person_id"
                            " JOIN households h ON h.id = p.household_id WHERE a.course_id = ?"),
             {courseId}))
        return usage;
    while (q.next()) {
        const QString outcome = q.value(0).toString();
        if (outcome != QLatin1String("dropped"))
            ++usage.active;
        if (outcome == QLatin1String("completed"))
            usage.anyCompleted = true;
        usage.maxHoursAttended = qMax(usage.maxHoursAttended, q.value(1).toInt());
        const QDate enrolled = dateFrom(q.value(2));
        if (!usage.latestEnrolment.isValid() || enrolled > usage.latestEnrolment)
            usage.latestEnrolment = enrolled;
        const qint64 site = q.value(3).toLongLong();
        if (!usage.siteIds.contains(site))
            usage.siteIds.append(site);
    }
    return usage;
}

QList<TrainingCourse> TrainingRepository::coursesNamed(const QString& title, QDate startsOn) const
{
    QList<TrainingCourse> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + CourseColumns +
                QStringLiteral(
                    " FROM training_courses c WHERE c.title = ? AND c.starts_on = ? ORDER BY c.id"),
            {title.trimmed(), sqlDate(startsOn)})) {
        while (q.next())
            list.append(courseFrom(q));
    }
    return list;
}

bool TrainingRepository::isReferenced(qint64 attendanceId) const
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("SELECT 1 FROM work_support_payments WHERE attendance_id = ?"),
               {attendanceId}) &&
           q.next();
}

} // namespace anju::work
