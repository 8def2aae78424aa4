#pragma once

#include "domain/Violation.h"
#include "work/TrainingTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// Reads of courses and attendance 技能培训. ReadWork is required; a user limited to some sites sees their
// sites' courses and the courses for the whole office, and on those only their sites' people. ID numbers
// are shown as the session may see them (as the roster does).
class TrainingRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::TrainingRepository)

public:
    explicit TrainingRepository(const Database& db) : m_db(db) {}

    // One page of the courses, the latest ending first, with their attendance counts.
    Result<QList<CourseRow>> courses(const CourseFilter& filter, int offset, int limit) const;
    Result<int> courseCount(const CourseFilter& filter) const;
    // The trades of the courses on file, for the filter's list.
    Result<QStringList> trades() const;
    // One course as the list shows it (nullopt inside: not on file).
    Result<CourseRow> courseRow(qint64 courseId) const;
    // Everyone on a course, by household number and name.
    Result<QList<AttendanceRow>> attendance(qint64 courseId) const;
    // One person's courses, oldest first.
    Result<QList<TrainingHistoryRow>> historyOf(qint64 personId) const;

    // For the service and the import (no permission check; they check their own).
    std::optional<TrainingCourse> course(qint64 id) const;
    std::optional<Attendance> attendanceById(qint64 id) const;
    QList<Attendance> attendancesOf(qint64 courseId) const;
    CourseUsage usageOf(qint64 courseId) const;
    // Courses whose title and first day are these (the import's 培训班 column).
    QList<TrainingCourse> coursesNamed(const QString& title, QDate startsOn) const;
    // Whether a support payment names the attendance.
    bool isReferenced(qint64 attendanceId) const;

private:
    const Database& m_db;
};

} // namespace anju::work
