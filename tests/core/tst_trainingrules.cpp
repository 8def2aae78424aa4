// The rules of courses, enrolments and outcomes at their edges, with no database: a course's fields, a
// changed course that must still hold its attendance, a bulk enrolment that names every bad person (not on
// file, twice, already on the course, gone by the day, of another site, beyond the places), and outcomes
// (hours up to the course's, completion from the last day on, certificates for completions only).
#include "Refusal.h"

#include "work/TrainingRules.h"

#include <QTest>

using namespace anju;
using namespace anju::work;

namespace {

TrainingCourse course()
{
    TrainingCourse c;
    c.id = 1;
    c.siteId = 7;
    c.title = QStringLiteral("家政服务培训班");
    c.trade = QStringLiteral("家政");
    c.startsOn = QDate(2024, 3, 4);
    c.endsOn = QDate(2024, 3, 15);
    c.hours = 40;
    c.capacity = 3;
    return c;
}

EnrolCandidate person(qint64 id, qint64 site = 7)
{
    EnrolCandidate c;
    c.personId = id;
    c.found = true;
    c.name = QStringLiteral("学员%1").arg(id);
    c.siteId = site;
    return c;
}

int violationsFor(const Outcome& o, int row)
{
    int n = 0;
    for (const Violation& v : o.violations())
        n += v.row == row ? 1 : 0;
    return n;
}

} // namespace

class TestTrainingRules : public QObject
{
    Q_OBJECT

private slots:
    void aCourseNeedsItsFields()
    {
        QVERIFY(TrainingRules::checkCourse(course()));
        TrainingCourse c = course();
        c.title = QStringLiteral("  ");
        QVERIFY_REFUSED(TrainingRules::checkCourse(c), QStringLiteral("course's title"));
        c = course();
        c.trade.clear();
        QVERIFY_REFUSED(TrainingRules::checkCourse(c), QStringLiteral("trade the course teaches"));
        // One day is a course; ending the day before it begins is not.
        c = course();
        c.endsOn = c.startsOn;
        QVERIFY(TrainingRules::checkCourse(c));
        c.endsOn = c.startsOn.addDays(-1);
        QVERIFY_REFUSED(TrainingRules::checkCourse(c), QStringLiteral("cannot end before it begins"));
        c = course();
        c.hours = 0;
        c.capacity = 0;
        QVERIFY(TrainingRules::checkCourse(c));
        c.hours = -1;
        QVERIFY_REFUSED(TrainingRules::checkCourse(c), QStringLiteral("class hours cannot be below 0"));
        c = course();
        c.endsOn = {};
        QVERIFY_REFUSED(TrainingRules::checkCourse(c), QStringLiteral("course's last day"));
    }

    void aChangedCourseStillHoldsItsAttendance()
    {
        CourseUsage usage;
        usage.active = 3;
        usage.maxHoursAttended = 40;
        usage.latestEnrolment = QDate(2024, 3, 10);
        usage.siteIds = {7};
        QVERIFY(TrainingRules::checkCourseChange(course(), usage));
        TrainingCourse c = course();
        c.capacity = 2;
        QVERIFY_REFUSED(TrainingRules::checkCourseChange(c, usage),
                        QStringLiteral("needs at least as many places"));
        c.capacity = 0; // no limit
        QVERIFY(TrainingRules::checkCourseChange(c, usage));
        c = course();
        c.hours = 39;
        QVERIFY_REFUSED(TrainingRules::checkCourseChange(c, usage),
                        QStringLiteral("attended 40 class hours"));
        c = course();
        c.endsOn = QDate(2024, 3, 10); // the day of the latest enrolment: still fine
        QVERIFY(TrainingRules::checkCourseChange(c, usage));
        c.endsOn = QDate(2024, 3, 9);
        QVERIFY_REFUSED(TrainingRules::checkCourseChange(c, usage), QStringLiteral("enrolled on 2024-03-10"));
        usage.siteIds = {7, 8};
        QVERIFY_REFUSED(TrainingRules::checkCourseChange(course(), usage), QStringLiteral("another site"));
        c = course();
        c.siteId = 0; // for the whole office: any site's people
        QVERIFY(TrainingRules::checkCourseChange(c, usage));
    }

    void anEnrolmentNamesEveryBadPerson()
    {
        const QDate day(2024, 3, 1);
        QVERIFY(TrainingRules::checkEnrolments(course(), {person(1), person(2), person(3)}, day, 0));

        EnrolCandidate missing;
        missing.personId = 99;
        EnrolCandidate already = person(4);
        already.alreadyOnCourse = true;
        EnrolCandidate gone = person(5);
        gone.active = false;
        gone.stateDate = day; // moved away on the day: not on file that day
        EnrolCandidate leftLater = person(6);
        leftLater.active = false;
        leftLater.stateDate = day.addDays(1); // still on file on the day
        const QList<EnrolCandidate> list{missing,   person(1),    already,  gone,
                                         person(1), person(2, 8), leftLater};
        TrainingCourse big = course();
        big.capacity = 0;
        const Outcome o = TrainingRules::checkEnrolments(big, list, day, 0);
        QVERIFY(!o);
        QVERIFY(o.messageFor(QLatin1String(Field::TrainingPerson), 0)
                    .contains(QStringLiteral("99 is not on file")));
        QCOMPARE(violationsFor(o, 1), 0);
        QVERIFY(o.messageFor(QLatin1String(Field::TrainingPerson), 2)
                    .contains(QStringLiteral("already on the course")));
        QVERIFY(o.messageFor(QLatin1String(Field::TrainingPerson), 3)
                    .contains(QStringLiteral("not on file on 2024-03-01")));
        QVERIFY(o.messageFor(QLatin1String(Field::TrainingPerson), 4)
                    .contains(QStringLiteral("in the list twice")));
        QVERIFY(
            o.messageFor(QLatin1String(Field::TrainingPerson), 5).contains(QStringLiteral("another site")));
        QCOMPARE(violationsFor(o, 6), 0);
        QCOMPARE(o.violations().size(), 5);
        // The names are in the messages.
        QVERIFY(o.summary().contains(QStringLiteral("学员4")));
    }

    void placesAreCountedToTheLastOne()
    {
        const QDate day(2024, 3, 1);
        // Three places, one taken: two more fit, the third of the list is named.
        QVERIFY(TrainingRules::checkEnrolments(course(), {person(1), person(2)}, day, 1));
        const Outcome o = TrainingRules::checkEnrolments(course(), {person(1), person(2), person(3)}, day, 1);
        QVERIFY(!o);
        QCOMPARE(o.violations().size(), 1);
        QCOMPARE(o.violations().at(0).row, 2);
        QVERIFY(o.summary().contains(QStringLiteral("does not fit: the course has 3 places")));
        // A refused person takes no place.
        EnrolCandidate already = person(4);
        already.alreadyOnCourse = true;
        const Outcome one = TrainingRules::checkEnrolments(course(), {already, person(1), person(2)}, day, 1);
        QCOMPARE(one.violations().size(), 1);
        QCOMPARE(one.violations().at(0).row, 0);
    }

    void enrolmentUpToTheLastDay()
    {
        TrainingCourse c = course();
        QVERIFY(TrainingRules::checkEnrolments(c, {person(1)}, c.endsOn, 0));
        QVERIFY_REFUSED(TrainingRules::checkEnrolments(c, {person(1)}, c.endsOn.addDays(1), 0),
                        QStringLiteral("nobody can enrol after that day"));
        QVERIFY_REFUSED(TrainingRules::checkEnrolments(c, {person(1)}, {}, 0),
                        QStringLiteral("day they enrolled"));
        QVERIFY_REFUSED(TrainingRules::checkEnrolments(c, {}, c.startsOn, 0),
                        QStringLiteral("people to enrol"));
        // A course for the whole office takes people of any site.
        c.siteId = 0;
        QVERIFY(TrainingRules::checkEnrolments(c, {person(1, 8), person(2, 9)}, c.startsOn, 0));
    }

    void eachPersonOnTheirOwnDay()
    {
        // An attendance sheet gives each person their day: the list needs none, and a day after the
        // course's end, or after the person left, is refused on that person's row only.
        const TrainingCourse c = course();
        EnrolCandidate early = person(1), late = person(2), gone = person(3);
        early.enrolledOn = c.startsOn;
        late.enrolledOn = c.endsOn.addDays(1);
        gone.enrolledOn = QDate(2024, 3, 10);
        gone.active = false;
        gone.stateDate = QDate(2024, 3, 5);
        QVERIFY(TrainingRules::checkEnrolments(c, {early}, {}, 0));
        const Outcome o = TrainingRules::checkEnrolments(c, {early, late, gone}, {}, 0);
        QCOMPARE(o.violations().size(), 2);
        QCOMPARE(o.violations().at(0).row, 1);
        QCOMPARE(o.violations().at(0).field, QLatin1String(Field::TrainingEnrolledOn));
        QVERIFY(o.violations().at(0).message.contains(QStringLiteral("nobody can enrol after that day")));
        QCOMPARE(o.violations().at(1).row, 2);
        QVERIFY(o.violations().at(1).message.contains(QStringLiteral("2024-03-10")));
        // Someone of the list without a day of their own takes the list's, which must be there.
        QVERIFY_REFUSED(TrainingRules::checkEnrolments(c, {early, person(4)}, {}, 0),
                        QStringLiteral("day they enrolled"));
        // The person's own day wins over the list's.
        QVERIFY(TrainingRules::checkEnrolments(c, {early}, c.endsOn.addDays(5), 0));
    }

    void outcomesAtTheirEdges()
    {
        const TrainingCourse c = course();
        Attendance a;
        a.id = 5;
        a.courseId = c.id;
        a.enrolledOn = QDate(2024, 3, 1);
        OutcomeEntry e;
        e.attendanceId = a.id;
        e.outcome = AttendanceOutcome::Completed;
        e.hoursAttended = 40;
        e.certificateNo = QStringLiteral("JZ-2024-001");
        const QString who = QStringLiteral("学员5");
        // Completion on the last day with every hour is fine; one hour more, or a day earlier, is not.
        QVERIFY(TrainingRules::checkOutcome(c, a, e, c.endsOn, who));
        e.hoursAttended = 41;
        QVERIFY_REFUSED(TrainingRules::checkOutcome(c, a, e, c.endsOn, who),
                        QStringLiteral("41 hours attended is more than the course's 40"));
        e.hoursAttended = -1;
        QVERIFY_REFUSED(TrainingRules::checkOutcome(c, a, e, c.endsOn, who),
                        QStringLiteral("cannot be below 0"));
        e.hoursAttended = 38;
        QVERIFY_REFUSED(TrainingRules::checkOutcome(c, a, e, c.endsOn.addDays(-1), who),
                        QStringLiteral("completion is recorded from that day on"));
        // Dropping out any day from the enrolment on, without a certificate.
        e.outcome = AttendanceOutcome::Dropped;
        QVERIFY_REFUSED(TrainingRules::checkOutcome(c, a, e, QDate(2024, 3, 5), who),
                        QStringLiteral("belongs to a completed course only"));
        e.certificateNo.clear();
        QVERIFY(TrainingRules::checkOutcome(c, a, e, QDate(2024, 3, 5), who));
        QVERIFY(TrainingRules::checkOutcome(c, a, e, a.enrolledOn, who));
        QVERIFY_REFUSED(TrainingRules::checkOutcome(c, a, e, a.enrolledOn.addDays(-1), who),
                        QStringLiteral("dropping out is recorded from that day on"));
        // A course with no hours recorded takes none.
        TrainingCourse noHours = c;
        noHours.hours = 0;
        e.hoursAttended = 1;
        QVERIFY_REFUSED(TrainingRules::checkOutcome(noHours, a, e, c.endsOn, who),
                        QStringLiteral("records no class hours"));
        e.hoursAttended = 0;
        QVERIFY(TrainingRules::checkOutcome(noHours, a, e, c.endsOn, who));
        // The message names the person and carries the row.
        e.hoursAttended = 99;
        const Outcome o = TrainingRules::checkOutcome(c, a, e, c.endsOn, who, 4);
        QCOMPARE(o.violations().at(0).row, 4);
        QVERIFY(o.summary().startsWith(who));
    }
};

QTEST_GUILESS_MAIN(TestTrainingRules)
#include "tst_trainingrules.moc"
