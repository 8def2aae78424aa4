#pragma once

#include "work/WorkTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::work {

// What the course list shows, filtered in SQL. A course belongs to the year (or the days) in which it
// ends, as its person-times 人次 are counted in the month it ends.
struct CourseFilter
{
    qint64 siteId = 0; // 0: every site of the user, and the courses for the whole office
    int year = 0;      // 0: any year; else the courses ending in it
    QDate from;        // with `to`: the courses ending on one of these days (inclusive); either may be null
    QDate to;
    QString trade;  // exact
    QString search; // part of the title, trade or organiser
};

// One course of the list with what its attendance holds. For a user limited to some sites the counts are
// of their sites' people only (a course for the whole office takes people of every site).
struct CourseRow
{
    TrainingCourse course;
    QString siteName; // empty: for the whole office
    int attendances = 0;
    int completed = 0;
    int certificates = 0; // completed with a certificate number
    int dropped = 0;
    // 人次: the attendances not dropped.
    int personTimes() const { return attendances - dropped; }
};

// One person on a course, with who they are.
struct AttendanceRow
{
    PersonRef person;
    Attendance attendance;
};

// One course of a person's training history, oldest first.
struct TrainingHistoryRow
{
    Attendance attendance;
    TrainingCourse course;
};

// One person to enrol, on their own day (null: the day the whole list is enrolled on).
struct EnrolEntry
{
    qint64 personId = 0;
    QDate enrolledOn;
};

// An outcome to record for one attendance (bulk entry from the course's sheet).
struct OutcomeEntry
{
    qint64 attendanceId = 0;
    AttendanceOutcome outcome = AttendanceOutcome::Completed;
    int hoursAttended = 0;
    QString certificateNo;
    QString note;
    int expectedRowVersion = 0; // 0: whatever is on file (an import); else the version the desk read
};

// What a course's stored attendance already holds, for the rules of a changed course.
struct CourseUsage
{
    int active = 0;           // attendances not dropped
    int maxHoursAttended = 0; // the most hours any attendance records
    QDate latestEnrolment;    // null: nobody enrolled
    QList<qint64> siteIds;    // the sites of the people on it
    bool anyCompleted = false;
};

} // namespace anju::work
