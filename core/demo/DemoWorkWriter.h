#pragma once

#include "demo/DemoWorkModel.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// The rows of the work, training and industry demo, written through statements prepared once and bound
// again for every row (the caller holds the write transaction), not through the audited services. Ids
// are read back only for the rows another row names: on PostgreSQL that is a statement of its own.
class DemoWorkWriter
{
public:
    explicit DemoWorkWriter(const Database& db) : m_db(db) {}

    bool prepare();
    QString error() const { return m_error; }

    // Each returns the new row's id (1 for a row written without asking it), or 0 with error() set.
    qint64 workshop(qint64 siteId, const PlannedWorkshop& w);
    qint64 post(qint64 siteId, const PlannedPost& p);
    qint64 broker(qint64 siteId, const PlannedBroker& b); // siteId 0: the whole office
    qint64 batch(qint64 siteId, const PlannedBatch& b);
    qint64 employment(qint64 personId, const PlannedJob& job, qint64 brokerId, qint64 batchId,
                      qint64 workshopId, qint64 postId);
    qint64 wish(qint64 personId, const PlannedWish& w);
    qint64 absence(qint64 personId, const PlannedAbsence& a);
    qint64 course(qint64 siteId, const PlannedCourse& c); // siteId 0: the whole office
    qint64 attendance(qint64 courseId, qint64 personId, const PlannedAttendance& a);
    qint64 payment(qint64 personId, const PlannedPayment& p, qint64 employmentId, qint64 attendanceId);
    qint64 project(const QVariantList& values);
    qint64 beneficiary(qint64 projectId, qint64 householdId, int year, int people, int shares,
                       work::Fen amount, const QString& benefit);
    void finish();

private:
    bool prepare(QSqlQuery& query, const char* sql);
    qint64 run(QSqlQuery& query, bool wantId);
    const QVariant& date(QDate day);
    const QVariant& text(const QString& value);

    const Database& m_db;
    QString m_error;
    QHash<QDate, QVariant> m_dates;   // the ISO text of each day, made once
    QHash<QString, QVariant> m_texts; // the coded values and repeated words, made once
    QVariant m_nullDate, m_nullId;
    QSqlQuery m_workshop, m_post, m_broker, m_batch, m_employment, m_wish, m_absence, m_course, m_attendance,
        m_payment, m_project, m_beneficiary;
};

} // namespace anju::demo
