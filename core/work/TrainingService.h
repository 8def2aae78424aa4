#pragma once

#include "domain/Violation.h"
#include "work/TrainingTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// Every write of courses and attendance: WriteWork first, TrainingRules next, one transaction per user
// action. A course of one site is written by users of that site; a course for the whole office by users of
// every site. People are enrolled by users of their sites.
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::TrainingService)

public:
    explicit TrainingService(const Database& db) : m_db(db) {}

    // A new course (draft.id 0), or a stored one changed (draft.rowVersion: the version the desk read).
    Result<TrainingCourse> saveCourse(TrainingCourse draft);
    // Enrols every person of the list on `enrolledOn`, or nobody: each refusal names its person (with the
    // index in the list in Violation::row). `imported`: the rows came from an attendance sheet.
    Result<QList<Attendance>> enrol(qint64 courseId, const QList<qint64>& personIds, QDate enrolledOn,
                                    bool imported = false);
    // Records every outcome of the list on `today`, or none: each refusal names its person.
    Result<QList<Attendance>> recordOutcomes(const QList<OutcomeEntry>& entries,
                                             QDate today = QDate::currentDate());
    // The same two for an import that holds one WriteTransaction for a whole sheet: the same permission
    // checks, the same reads (inside the caller's transaction, so they see what it wrote before), rules and
    // writes, without beginning or committing. A refusal writes nothing; an error (Field::General) may come
    // after some rows were written, so the caller rolls back. enrolWithin enrols each person on their own day
    // (EnrolEntry::enrolledOn; null: `enrolledOn`) and returns the attendances it added; every violation's
    // row is the entry's index in the list.
    Result<QList<Attendance>> enrolWithin(qint64 courseId, const QList<EnrolEntry>& entries, QDate enrolledOn,
                                          bool imported);
    Outcome recordOutcomesWithin(const QList<OutcomeEntry>& entries, QDate today);
    // Removes an enrolment entered by mistake, while no support payment names it.
    Outcome removeEnrolment(qint64 attendanceId, int expectedRowVersion);

private:
    const Database& m_db;
};

} // namespace anju::work
