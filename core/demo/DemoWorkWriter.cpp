#include "demo/DemoWorkWriter.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>

namespace anju::demo {

bool DemoWorkWriter::prepare(QSqlQuery& query, const char* sql)
{
    query = QSqlQuery(m_db.connection());
    if (query.prepare(QString::fromLatin1(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool DemoWorkWriter::prepare()
{
    m_nullDate = sqlDate(QDate());
    m_nullId = sqlId(0);
    return prepare(m_workshop,
                   "INSERT INTO work_workshops (site_id, name, operator, trade, capacity, opened_on,"
                   " closed_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_post,
                   "INSERT INTO work_posts (site_id, kind, name, capacity, monthly_pay, opened_on, note)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_broker, "INSERT INTO work_brokers (site_id, name, organisation, phone, valid_from)"
                             " VALUES (?, ?, ?, ?, ?)") &&
           prepare(m_batch,
                   "INSERT INTO work_transport_batches (site_id, departed_on, destination_province,"
                   " destination_city, transport, organiser, headcount) VALUES (?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_employment,
                   "INSERT INTO employments (person_id, channel, employer, place, destination_province,"
                   " destination_city, broker_id, batch_id, workshop_id, post_id, monthly_income, started_on,"
                   " ended_on, end_reason, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_wish,
                   "INSERT INTO work_wishes (person_id, kind, place, detail, recorded_on, collected_by,"
                   " closed_on, close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_absence,
                   "INSERT INTO work_absence_reasons (person_id, reason, note, valid_from, valid_to)"
                   " VALUES (?, ?, ?, ?, ?)") &&
           prepare(m_course,
                   "INSERT INTO training_courses (site_id, title, trade, organiser, starts_on, ends_on,"
                   " hours, demand, capacity, certificate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_attendance,
                   "INSERT INTO training_attendances (course_id, person_id, enrolled_on, outcome,"
                   " hours_attended, certificate_no, source) VALUES (?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_payment, "INSERT INTO work_support_payments (person_id, kind, month, amount, paid_on,"
                              " employment_id, attendance_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(
               m_project,
               "INSERT INTO industry_projects (site_id, name, level, model, operator, location, investment,"
               " total_shares, started_on, ended_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_beneficiary,
                   "INSERT INTO industry_beneficiaries (project_id, household_id, year, people,"
                   " shares, amount, benefit) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

const QVariant& DemoWorkWriter::date(QDate day)
{
    if (!day.isValid())
        return m_nullDate;
    auto it = m_dates.constFind(day);
    if (it == m_dates.constEnd())
        it = m_dates.insert(day, sqlDate(day));
    return it.value();
}

const QVariant& DemoWorkWriter::text(const QString& value)
{
    auto it = m_texts.constFind(value);
    if (it == m_texts.constEnd())
        it = m_texts.insert(value, QVariant(sqlText(value)));
    return it.value();
}

qint64 DemoWorkWriter::run(QSqlQuery& query, bool wantId)
{
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    if (!wantId)
        return 1;
    const qint64 id = query.lastInsertId().toLongLong();
    if (id <= 0)
        m_error = QStringLiteral("no id for the new row");
    return id > 0 ? id : 0;
}

qint64 DemoWorkWriter::workshop(qint64 siteId, const PlannedWorkshop& w)
{
    QSqlQuery& q = m_workshop;
    q.bindValue(0, siteId);
    q.bindValue(1, w.name);
    q.bindValue(2, sqlText(w.operatorName));
    q.bindValue(3, text(w.trade));
    q.bindValue(4, w.capacity);
    q.bindValue(5, date(w.openedOn));
    q.bindValue(6, date(w.closedOn));
    q.bindValue(7, text(w.note));
    return run(q, true);
}

qint64 DemoWorkWriter::post(qint64 siteId, const PlannedPost& p)
{
    QSqlQuery& q = m_post;
    q.bindValue(0, siteId);
    q.bindValue(1, text(enumKey(p.kind)));
    q.bindValue(2, p.name);
    q.bindValue(3, p.capacity);
    q.bindValue(4, p.monthlyPay);
    q.bindValue(5, date(p.openedOn));
    q.bindValue(6, text(p.note));
    return run(q, true);
}

qint64 DemoWorkWriter::broker(qint64 siteId, const PlannedBroker& b)
{
    QSqlQuery& q = m_broker;
    q.bindValue(0, sqlId(siteId));
    q.bindValue(1, b.name);
    q.bindValue(2, sqlText(b.organisation));
    q.bindValue(3, sqlText(b.phone));
    q.bindValue(4, date(b.validFrom));
    return run(q, true);
}

qint64 DemoWorkWriter::batch(qint64 siteId, const PlannedBatch& b)
{
    QSqlQuery& q = m_batch;
    q.bindValue(0, siteId);
    q.bindValue(1, date(b.departedOn));
    q.bindValue(2, text(b.province));
    q.bindValue(3, text(b.city));
    q.bindValue(4, text(b.transport));
    q.bindValue(5, text(b.organiser));
    q.bindValue(6, b.headcount);
    return run(q, true);
}

qint64 DemoWorkWriter::employment(qint64 personId, const PlannedJob& job, qint64 brokerId, qint64 batchId,
                                  qint64 workshopId, qint64 postId)
{
    // Bound one by one, the repeated words shared: half a million rows for a province.
    QSqlQuery& q = m_employment;
    q.bindValue(0, personId);
    q.bindValue(1, text(enumKey(job.channel)));
    q.bindValue(2, text(job.employer));
    q.bindValue(3, text(job.place));
    q.bindValue(4, text(job.province));
    q.bindValue(5, text(job.city));
    q.bindValue(6, brokerId > 0 ? QVariant(brokerId) : m_nullId);
    q.bindValue(7, batchId > 0 ? QVariant(batchId) : m_nullId);
    q.bindValue(8, workshopId > 0 ? QVariant(workshopId) : m_nullId);
    q.bindValue(9, postId > 0 ? QVariant(postId) : m_nullId);
    q.bindValue(10, job.income);
    q.bindValue(11, date(job.startedOn));
    q.bindValue(12, date(job.endedOn));
    q.bindValue(13, text(job.endReason));
    q.bindValue(14, text(job.imported ? QStringLiteral("import") : QStringLiteral("entry")));
    return run(q, job.needsId);
}

qint64 DemoWorkWriter::wish(qint64 personId, const PlannedWish& w)
{
    QSqlQuery& q = m_wish;
    q.bindValue(0, personId);
    q.bindValue(1, text(enumKey(w.kind)));
    q.bindValue(2, text(w.place));
    q.bindValue(3, text(w.detail));
    q.bindValue(4, date(w.recordedOn));
    q.bindValue(5, text(w.collectedBy));
    q.bindValue(6, date(w.closedOn));
    q.bindValue(7, text(w.closeReason));
    return run(q, false);
}

qint64 DemoWorkWriter::absence(qint64 personId, const PlannedAbsence& a)
{
    QSqlQuery& q = m_absence;
    q.bindValue(0, personId);
    q.bindValue(1, text(enumKey(a.reason)));
    q.bindValue(2, text(a.note));
    q.bindValue(3, date(a.validFrom));
    q.bindValue(4, date(a.validTo));
    return run(q, false);
}

qint64 DemoWorkWriter::course(qint64 siteId, const PlannedCourse& c)
{
    QSqlQuery& q = m_course;
    q.bindValue(0, sqlId(siteId));
    q.bindValue(1, c.title);
    q.bindValue(2, text(c.trade));
    q.bindValue(3, text(c.organiser));
    q.bindValue(4, date(c.startsOn));
    q.bindValue(5, date(c.endsOn));
    q.bindValue(6, c.hours);
    q.bindValue(7, text(c.demand));
    q.bindValue(8, c.capacity);
    q.bindValue(9, text(c.certificate));
    return run(q, true);
}

qint64 DemoWorkWriter::attendance(qint64 courseId, qint64 personId, const PlannedAttendance& a)
{
    QSqlQuery& q = m_attendance;
    q.bindValue(0, courseId);
    q.bindValue(1, personId);
    q.bindValue(2, date(a.enrolledOn));
    q.bindValue(3, text(enumKey(a.outcome)));
    q.bindValue(4, a.hoursAttended);
    q.bindValue(5, sqlText(a.certificateNo));
    q.bindValue(6, text(a.imported ? QStringLiteral("import") : QStringLiteral("entry")));
    return run(q, a.needsId);
}

qint64 DemoWorkWriter::payment(qint64 personId, const PlannedPayment& p, qint64 employmentId,
                               qint64 attendanceId)
{
    QSqlQuery& q = m_payment;
    q.bindValue(0, personId);
    q.bindValue(1, text(enumKey(p.kind)));
    q.bindValue(2, date(p.month));
    q.bindValue(3, p.amount);
    q.bindValue(4, date(p.paidOn));
    q.bindValue(5, employmentId > 0 ? QVariant(employmentId) : m_nullId);
    q.bindValue(6, attendanceId > 0 ? QVariant(attendanceId) : m_nullId);
    q.bindValue(7, text(p.note));
    return run(q, false);
}

qint64 DemoWorkWriter::project(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        m_project.bindValue(i, values.at(i));
    return run(m_project, true);
}

qint64 DemoWorkWriter::beneficiary(qint64 projectId, qint64 householdId, int year, int people, int shares,
                                   work::Fen amount, const QString& benefit)
{
    QSqlQuery& q = m_beneficiary;
    q.bindValue(0, projectId);
    q.bindValue(1, householdId);
    q.bindValue(2, year);
    q.bindValue(3, people);
    q.bindValue(4, shares);
    q.bindValue(5, amount);
    q.bindValue(6, text(benefit));
    return run(q, false);
}

void DemoWorkWriter::finish()
{
    for (QSqlQuery* q : {&m_workshop, &m_post, &m_broker, &m_batch, &m_employment, &m_wish, &m_absence,
                         &m_course, &m_attendance, &m_payment, &m_project, &m_beneficiary})
        q->finish();
}

} // namespace anju::demo
