#include "work/TrainingService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "work/TrainingRepository.h"
#include "work/TrainingRules.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace anju::work {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

// A list of ids is read in slices, so that no statement binds more values than an engine takes.
constexpr int Slice = 500;

QString marks(int n)
{
    QStringList list;
    list.reserve(n);
    for (int i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QLatin1Char(','));
}

// WriteWork for a course's site; a course for the whole office is written by users of every site.
Outcome courseWriteAllowed(const Database& db, qint64 siteId)
{
    return siteId > 0 ? Permissions::require(db, Action::WriteWork, siteId)
                      : Permissions::requireSiteOrWholeOffice(db, Action::WriteWork, 0);
}

bool siteExists(const Database& db, qint64 siteId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    q.addBindValue(siteId);
    return q.exec() && q.next();
}

struct StoredAttendance
{
    Attendance attendance;
    QString who;
    qint64 siteId = 0;
};

} // namespace

Result<TrainingCourse> TrainingService::saveCourse(TrainingCourse draft)
{
    draft.title = draft.title.trimmed();
    draft.trade = draft.trade.trimmed();
    draft.organiser = draft.organiser.trimmed();
    draft.demand = draft.demand.trimmed();
    draft.certificate = draft.certificate.trimmed();
    draft.note = draft.note.trimmed();
    TrainingRepository repository(m_db);
    std::optional<TrainingCourse> before;
    if (draft.id > 0) {
        before = repository.course(draft.id);
        if (!before)
            return Outcome::error(tr("Course %1 is not on file.").arg(draft.id));
        if (Outcome denied = courseWriteAllowed(m_db, before->siteId); !denied)
            return denied;
    }
    if (Outcome denied = courseWriteAllowed(m_db, draft.siteId); !denied)
        return denied;
    if (draft.siteId > 0 && !siteExists(m_db, draft.siteId))
        return Outcome::failure(field(Field::TrainingSite), tr("The site is not on file."));
    if (Outcome refused = TrainingRules::checkCourse(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const QVariantList fields{sqlId(draft.siteId),
                              draft.title,
                              draft.trade,
                              sqlText(draft.organiser),
                              sqlDate(draft.startsOn),
                              sqlDate(draft.endsOn),
                              draft.hours,
                              sqlText(draft.demand),
                              draft.capacity,
                              sqlText(draft.certificate),
                              sqlText(draft.note)};
    qint64 id = draft.id;
    if (id == 0) {
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            QStringLiteral(
                "INSERT INTO training_courses (site_id, title, trade, organiser, starts_on, ends_on,"
                " hours, demand, capacity, certificate, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            fields);
        if (!written)
            return Outcome::error(tr("The course was not saved: %1").arg(written.error));
        id = q.lastInsertId().toLongLong();
    } else {
        // Read inside the transaction, so an enrolment saved meanwhile at another desk is counted.
        if (Outcome refused = TrainingRules::checkCourseChange(draft, repository.usageOf(id)); !refused)
            return refused;
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            QStringLiteral(
                "UPDATE training_courses SET site_id = ?, title = ?, trade = ?, organiser = ?,"
                " starts_on = ?, ends_on = ?, hours = ?, demand = ?, capacity = ?, certificate = ?,"
                " note = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            fields + QVariantList{id, draft.rowVersion});
        if (!written)
            return Outcome::error(tr("The course was not saved: %1").arg(written.error));
        if (q.numRowsAffected() != 1)
            return Outcome::error(tr("Someone else changed this course meanwhile; open it again."));
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.course(id);
}

Result<QList<Attendance>> TrainingService::enrol(qint64 courseId, const QList<qint64>& personIds,
                                                 QDate enrolledOn, bool imported)
{
    TrainingRepository repository(m_db);
    const auto course = repository.course(courseId);
    if (!course)
        return Outcome::error(tr("Course %1 is not on file.").arg(courseId));
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork, course->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QList<EnrolEntry> entries;
    entries.reserve(personIds.size());
    for (qint64 personId : personIds)
        entries.append({personId, QDate()});
    const auto added = enrolWithin(courseId, entries, enrolledOn, imported);
    if (!added)
        return added;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return added;
}

Result<QList<Attendance>> TrainingService::enrolWithin(qint64 courseId, const QList<EnrolEntry>& entries,
                                                       QDate enrolledOn, bool imported)
{
    TrainingRepository repository(m_db);
    const auto course = repository.course(courseId);
    if (!course)
        return Outcome::error(tr("Course %1 is not on file.").arg(courseId));
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork, course->siteId); !denied)
        return denied;

    // Everything the rules need, read inside the transaction: two desks enrolling for the last places
    // cannot both pass.
    QHash<qint64, EnrolCandidate> found;
    QSet<qint64> distinct;
    for (const EnrolEntry& e : entries)
        distinct.insert(e.personId);
    const QList<qint64> unique = distinct.values();
    for (int at = 0; at < unique.size(); at += Slice) {
        const QList<qint64> slice = unique.mid(at, Slice);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT p.id, p.name, p.id_number, h.site_id, p.state, p.state_date"
                           " FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id IN (") +
            marks(slice.size()) + QStringLiteral(")"));
        for (qint64 id : slice)
            q.addBindValue(id);
        if (!q.exec())
            return Outcome::error(tr("The people could not be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            EnrolCandidate c;
            c.personId = q.value(0).toLongLong();
            c.found = true;
            c.name = q.value(1).toString();
            c.shownIdNumber = Permissions::shownIdNumber(m_db.session(), q.value(2).toString());
            c.siteId = q.value(3).toLongLong();
            c.active = q.value(4).toString() == QLatin1String("active");
            c.stateDate = dateFrom(q.value(5));
            found.insert(c.personId, c);
        }
    }
    QSet<qint64> onCourse;
    int active = 0;
    for (const Attendance& a : repository.attendancesOf(courseId)) {
        onCourse.insert(a.personId);
        if (a.outcome != AttendanceOutcome::Dropped)
            ++active;
    }
    QList<EnrolCandidate> candidates;
    candidates.reserve(entries.size());
    Outcome denied;
    for (int i = 0; i < entries.size(); ++i) {
        EnrolCandidate c = found.value(entries.at(i).personId);
        c.personId = entries.at(i).personId;
        c.enrolledOn = entries.at(i).enrolledOn;
        c.alreadyOnCourse = onCourse.contains(c.personId);
        // People are enrolled by users of their sites (a course for the whole office takes every site's).
        if (c.found && !Permissions::require(m_db, Action::WriteWork, c.siteId))
            denied.add(field(Field::TrainingPerson),
                       tr("%1 lives at a site you do not work on.")
                           .arg(TrainingRules::personText(c.name, c.shownIdNumber)),
                       i);
        candidates.append(c);
    }
    Outcome refused = TrainingRules::checkEnrolments(*course, candidates, enrolledOn, active);
    refused.add(denied);
    if (!refused)
        return refused;

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO training_attendances (course_id, person_id, enrolled_on,"
                                       " source) VALUES (?, ?, ?, ?)")))
        return Outcome::error(tr("The enrolment was not saved: %1").arg(insert.lastError().text()));
    const QString source = imported ? QStringLiteral("import") : QStringLiteral("entry");
    for (const EnrolEntry& e : entries) {
        insert.bindValue(0, courseId);
        insert.bindValue(1, e.personId);
        insert.bindValue(2, sqlDate(e.enrolledOn.isValid() ? e.enrolledOn : enrolledOn));
        insert.bindValue(3, source);
        if (const SqlOutcome written = SqlRun::write(m_db, insert); !written)
            return Outcome::error(tr("The enrolment was not saved: %1").arg(written.error));
    }
    QList<Attendance> result;
    for (const Attendance& a : repository.attendancesOf(courseId))
        if (distinct.contains(a.personId) && !onCourse.contains(a.personId))
            result.append(a);
    return result;
}

Result<QList<Attendance>> TrainingService::recordOutcomes(const QList<OutcomeEntry>& entries, QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork); !denied)
        return denied;
    if (entries.isEmpty())
        return Outcome::failure(field(Field::TrainingPerson), tr("Choose the attendance to record."));
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome recorded = recordOutcomesWithin(entries, today); !recorded)
        return recorded;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    TrainingRepository repository(m_db);
    QList<Attendance> result;
    for (const OutcomeEntry& e : entries)
        result.append(*repository.attendanceById(e.attendanceId));
    return result;
}

Outcome TrainingService::recordOutcomesWithin(const QList<OutcomeEntry>& entries, QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork); !denied)
        return denied;
    if (entries.isEmpty())
        return Outcome::failure(field(Field::TrainingPerson), tr("Choose the attendance to record."));
    TrainingRepository repository(m_db);

    QHash<qint64, StoredAttendance> stored;
    QList<qint64> ids;
    for (const OutcomeEntry& e : entries)
        ids.append(e.attendanceId);
    for (int at = 0; at < ids.size(); at += Slice) {
        const QList<qint64> slice = ids.mid(at, Slice);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT a.id, a.course_id, a.person_id, a.enrolled_on, a.outcome,"
                           " a.hours_attended, a.certificate_no, a.source, a.note, a.row_version,"
                           " p.name, p.id_number, h.site_id FROM training_attendances a"
                           " JOIN persons p ON p.id = a.person_id JOIN households h ON h.id = p.household_id"
                           " WHERE a.id IN (") +
            marks(slice.size()) + QStringLiteral(")"));
        for (qint64 id : slice)
            q.addBindValue(id);
        if (!q.exec())
            return Outcome::error(tr("The attendance could not be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            StoredAttendance s;
            s.attendance.id = q.value(0).toLongLong();
            s.attendance.courseId = q.value(1).toLongLong();
            s.attendance.personId = q.value(2).toLongLong();
            s.attendance.enrolledOn = dateFrom(q.value(3));
            s.attendance.outcome =
                enumFromKey<AttendanceOutcome>(q.value(4).toString()).value_or(AttendanceOutcome::Enrolled);
            s.attendance.hoursAttended = q.value(5).toInt();
            s.attendance.certificateNo = q.value(6).toString();
            s.attendance.imported = q.value(7).toString() == QLatin1String("import");
            s.attendance.note = q.value(8).toString();
            s.attendance.rowVersion = q.value(9).toInt();
            s.who = TrainingRules::personText(
                q.value(10).toString(), Permissions::shownIdNumber(m_db.session(), q.value(11).toString()));
            s.siteId = q.value(12).toLongLong();
            stored.insert(s.attendance.id, s);
        }
    }

    QHash<qint64, TrainingCourse> courses;
    // Certificate numbers per course: those on file outside this list, then the list's own.
    QHash<qint64, QHash<QString, qint64>> certificates;
    for (const OutcomeEntry& e : entries) {
        const auto s = stored.constFind(e.attendanceId);
        if (s == stored.constEnd() || courses.contains(s->attendance.courseId))
            continue;
        const qint64 courseId = s->attendance.courseId;
        courses.insert(courseId, *repository.course(courseId));
        for (const Attendance& a : repository.attendancesOf(courseId))
            if (!a.certificateNo.isEmpty())
                certificates[courseId].insert(a.certificateNo, a.id);
    }
    for (const OutcomeEntry& e : entries) {
        const auto s = stored.constFind(e.attendanceId);
        if (s != stored.constEnd() && certificates.contains(s->attendance.courseId))
            certificates[s->attendance.courseId].remove(s->attendance.certificateNo);
    }

    Outcome refused;
    QSet<qint64> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const OutcomeEntry& e = entries.at(i);
        const auto s = stored.constFind(e.attendanceId);
        if (s == stored.constEnd()) {
            refused.add(field(Field::TrainingPerson), tr("Attendance %1 is not on file.").arg(e.attendanceId),
                        i);
            continue;
        }
        if (seen.contains(e.attendanceId)) {
            refused.add(field(Field::TrainingPerson), tr("%1 is in the list twice.").arg(s->who), i);
            continue;
        }
        seen.insert(e.attendanceId);
        if (!Permissions::require(m_db, Action::WriteWork, s->siteId)) {
            refused.add(field(Field::TrainingPerson),
                        tr("%1 lives at a site you do not work on.").arg(s->who), i);
            continue;
        }
        if (e.expectedRowVersion > 0 && e.expectedRowVersion != s->attendance.rowVersion) {
            refused.add(
                field(Field::TrainingPerson),
                tr("%1: someone else changed this attendance meanwhile; open the course again.").arg(s->who),
                i);
            continue;
        }
        const TrainingCourse& course = courses[s->attendance.courseId];
        refused.add(TrainingRules::checkOutcome(course, s->attendance, e, today, s->who, i));
        const QString certificate = e.certificateNo.trimmed();
        if (e.outcome == AttendanceOutcome::Completed && !certificate.isEmpty()) {
            QHash<QString, qint64>& given = certificates[course.id];
            if (given.contains(certificate) && given.value(certificate) != e.attendanceId)
                refused.add(field(Field::TrainingCertificate),
                            tr("%1: certificate %2 is already given to someone else on the course.")
                                .arg(s->who, certificate),
                            i);
            else
                given.insert(certificate, e.attendanceId);
        }
    }
    if (!refused)
        return refused;

    QSqlQuery update(m_db.connection());
    if (!update.prepare(QStringLiteral("UPDATE training_attendances SET outcome = ?, hours_attended = ?,"
                                       " certificate_no = ?, note = ?, row_version = row_version + 1"
                                       " WHERE id = ? AND row_version = ?")))
        return Outcome::error(tr("The outcomes were not saved: %1").arg(update.lastError().text()));
    for (const OutcomeEntry& e : entries) {
        const StoredAttendance& s = stored[e.attendanceId];
        const QString note = e.note.trimmed().isEmpty() ? s.attendance.note : e.note.trimmed();
        update.bindValue(0, enumKey(e.outcome));
        update.bindValue(1, e.hoursAttended);
        update.bindValue(
            2, sqlText(e.outcome == AttendanceOutcome::Completed ? e.certificateNo.trimmed() : QString()));
        update.bindValue(3, sqlText(note));
        update.bindValue(4, e.attendanceId);
        update.bindValue(5, s.attendance.rowVersion);
        if (const SqlOutcome written = SqlRun::write(m_db, update); !written)
            return Outcome::error(tr("The outcomes were not saved: %1").arg(written.error));
        if (update.numRowsAffected() != 1)
            return Outcome::error(
                tr("%1: someone else changed this attendance meanwhile; open the course again.").arg(s.who));
    }
    return {};
}

Outcome TrainingService::removeEnrolment(qint64 attendanceId, int expectedRowVersion)
{
    TrainingRepository repository(m_db);
    const auto before = repository.attendanceById(attendanceId);
    if (!before)
        return Outcome::error(tr("The enrolment is not on file."));
    QSqlQuery site(m_db.connection());
    site.prepare(QStringLiteral("SELECT h.site_id FROM persons p JOIN households h ON h.id = p.household_id"
                                " WHERE p.id = ?"));
    site.addBindValue(before->personId);
    if (!site.exec() || !site.next())
        return Outcome::error(tr("The person is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork, site.value(0).toLongLong()); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (repository.isReferenced(attendanceId))
        return Outcome::failure(field(Field::TrainingPerson),
                                tr("A training subsidy was paid for this enrolment; it stays on file (record "
                                   "the person as dropped out instead)."));
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q, QStringLiteral("DELETE FROM training_attendances WHERE id = ? AND row_version = ?"),
        {attendanceId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The enrolment was not removed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this enrolment meanwhile; open the course again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return {};
}

} // namespace anju::work
