#pragma once

#include "domain/Violation.h"
#include "work/TrainingTypes.h"

#include <QCoreApplication>

// Field keys of the training forms (Violation::field). A bulk entry's violation carries the entry's index
// (in the list the caller gave) in Violation::row.
namespace anju::Field {
inline constexpr char TrainingTitle[] = "training.title";
inline constexpr char TrainingTrade[] = "training.trade";
inline constexpr char TrainingStartsOn[] = "training.startsOn";
inline constexpr char TrainingEndsOn[] = "training.endsOn";
inline constexpr char TrainingHours[] = "training.hours";
inline constexpr char TrainingCapacity[] = "training.capacity";
inline constexpr char TrainingSite[] = "training.site";
inline constexpr char TrainingPerson[] = "training.person";
inline constexpr char TrainingEnrolledOn[] = "training.enrolledOn";
inline constexpr char TrainingOutcome[] = "training.outcome";
inline constexpr char TrainingHoursAttended[] = "training.hoursAttended";
inline constexpr char TrainingCertificate[] = "training.certificateNo";
} // namespace anju::Field

namespace anju::work {

// One person a bulk enrolment names, as the service found them (found false: no such person on file).
struct EnrolCandidate
{
    qint64 personId = 0;
    bool found = false;
    QString name;
    QString shownIdNumber; // as the user may see it
    qint64 siteId = 0;     // the person's household's site
    bool active = true;    // persons.state = 'active'
    QDate stateDate;       // the day they moved away or died
    bool alreadyOnCourse = false;
    QDate enrolledOn; // null: the list's day; an attendance sheet gives each person their own
};

// The rules of courses, enrolments and outcomes, with no database: the service reads what they need and
// writes only what they accept. Decisions (docs: the training chapter):
//   - A course has a title and a trade, a first and a last day (the last not before the first), class hours
//     and a capacity of 0 or more (capacity 0: no limit).
//   - A person may be enrolled up to the course's last day, while on file that day, once per course, at
//     the course's site when it has one, and while places remain (dropped attendances free theirs).
//   - 结业 (completed) is recorded on or after the course's last day, since it is the course's end that
//     completes it; dropping out may be recorded any day. Hours attended are 0 or more and at most the
//     course's hours (a course with no hours recorded takes none). A certificate number belongs to a
//     completion only, and is not given twice on one course.
//   - A changed course must still hold its attendance: places for everyone not dropped, hours for the most
//     anyone attended, a last day not before the latest enrolment, and the site of everyone on it.
class TrainingRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::TrainingRules)

public:
    static Outcome checkCourse(const TrainingCourse& draft);
    // A stored course changed to `draft`, with what its attendance holds.
    static Outcome checkCourseChange(const TrainingCourse& draft, const CourseUsage& usage);
    // A list of people enrolled on `enrolledOn` (or each on their own day, EnrolCandidate::enrolledOn): every
    // refusal names the person, with the index in `people`. `active`: the course's attendances not dropped
    // before this list.
    static Outcome checkEnrolments(const TrainingCourse& course, const QList<EnrolCandidate>& people,
                                   QDate enrolledOn, int active);
    // One outcome recorded on `today` for a stored attendance of `course` (`row`: the entry's index, for
    // the violation; `who`: the person as the message names them).
    static Outcome checkOutcome(const TrainingCourse& course, const Attendance& stored,
                                const OutcomeEntry& entry, QDate today, const QString& who, int row = -1);
    // "张三 (430524********1234)"
    static QString personText(const QString& name, const QString& shownIdNumber);
};

} // namespace anju::work
