// Courses and attendance on both engines: a course saved and changed with its row_version, bulk
// enrolment written whole or refused whole with every bad person named, places and sites, outcomes in bulk
// with their hours and certificates, an enrolment removed only while no subsidy names it, the course list
// with its counts, filters and paging, a person's history, and the refusals by role and site.
#include "Refusal.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"

#include "database/SqlValues.h"
#include "registry/RegistryService.h"
#include "work/TrainingRepository.h"
#include "work/TrainingRules.h"
#include "work/TrainingService.h"

#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;

namespace {

const QDate Today(2024, 6, 15);

TrainingCourse draft(qint64 siteId, const QString& title, QDate starts, QDate ends, int capacity = 0)
{
    TrainingCourse c;
    c.siteId = siteId;
    c.title = title;
    c.trade = QStringLiteral("家政");
    c.organiser = QStringLiteral("县人社局");
    c.startsOn = starts;
    c.endsOn = ends;
    c.hours = 40;
    c.capacity = capacity;
    return c;
}

} // namespace

class TestTrainingService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TrainingFixtures> m_fixtures;
    QList<qint64> m_people; // five people of the test's site, in two households

    Database& db() { return m_test->db(); }

    TrainingCourse saved(const TrainingCourse& c)
    {
        const auto result = TrainingService(db()).saveCourse(c);
        if (!result)
            qFatal("course: %s", qPrintable(result.summary()));
        return result.value();
    }

    int attendanceCount(qint64 courseId)
    {
        return int(m_fixtures->scalar(
            QStringLiteral("SELECT COUNT(*) FROM training_attendances WHERE course_id = ?"), {courseId}));
    }

    QList<qint64> enrolled(qint64 courseId, const QList<qint64>& people, QDate day = QDate(2024, 3, 1))
    {
        const auto result = TrainingService(db()).enrol(courseId, people, day);
        if (!result)
            qFatal("enrol: %s", qPrintable(result.summary()));
        QList<qint64> ids;
        for (const Attendance& a : result.value())
            ids.append(a.id);
        return ids;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fixtures = std::make_unique<TrainingFixtures>(*m_test);
        QList<qint64> a, b;
        m_fixtures->household(3, 0, &a);
        m_fixtures->household(2, 0, &b);
        m_people = a + b;
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void aCourseIsSavedAndChangedWithItsVersion()
    {
        TrainingService service(db());
        TrainingCourse c = saved(
            draft(m_test->siteId(), QStringLiteral(" 家政服务班 "), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        QVERIFY(c.id > 0);
        QCOMPARE(c.title, QStringLiteral("家政服务班"));
        QCOMPARE(c.rowVersion, 1);
        c.hours = 48;
        const auto changed = service.saveCourse(c);
        QVERIFY2(changed, qPrintable(changed.summary()));
        QCOMPARE(changed.value().hours, 48);
        QCOMPARE(changed.value().rowVersion, 2);
        // The desk that read version 1 is told someone else changed it.
        QVERIFY_REFUSED(service.saveCourse(c), QStringLiteral("Someone else changed this course"));
        TrainingCourse bad = draft(m_test->siteId(), {}, QDate(2024, 3, 4), QDate(2024, 3, 3));
        const auto refused = service.saveCourse(bad);
        QVERIFY(!refused);
        QVERIFY(!refused.messageFor(QLatin1String(Field::TrainingTitle)).isEmpty());
        QVERIFY(!refused.messageFor(QLatin1String(Field::TrainingEndsOn)).isEmpty());
        QCOMPARE(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM training_courses")), 1);
        // Limiting the hours below what someone attended is refused.
        enrolled(c.id, {m_people.at(0)});
        const qint64 attendance = m_fixtures->scalar(
            QStringLiteral("SELECT id FROM training_attendances WHERE course_id = ?"), {c.id});
        OutcomeEntry e{attendance, AttendanceOutcome::Completed, 45, {}, {}, 0};
        QVERIFY(service.recordOutcomes({e}, Today));
        TrainingCourse shorter = changed.value();
        shorter.hours = 44;
        QVERIFY_REFUSED(service.saveCourse(shorter), QStringLiteral("attended 45 class hours"));
    }

    void aListIsEnrolledWholeOrRefusedWhole()
    {
        TrainingService service(db());
        const TrainingCourse c =
            saved(draft(m_test->siteId(), QStringLiteral("电工班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        const auto first = service.enrol(c.id, {m_people.at(0), m_people.at(1)}, QDate(2024, 3, 1));
        QVERIFY2(first, qPrintable(first.summary()));
        QCOMPARE(first.value().size(), 2);
        QCOMPARE(first.value().at(0).outcome, AttendanceOutcome::Enrolled);
        // One person already on the course and one not on file: nobody of the list is written, and both are
        // named with their place in the list.
        const Result<QList<Attendance>> refused =
            service.enrol(c.id, {m_people.at(2), m_people.at(0), 999999, m_people.at(3)}, QDate(2024, 3, 2));
        QVERIFY(!refused);
        QCOMPARE(refused.violations().size(), 2);
        QCOMPARE(refused.violations().at(0).row, 1);
        QVERIFY(refused.violations().at(0).message.contains(QStringLiteral("already on the course")));
        QVERIFY(refused.violations().at(0).message.contains(QStringLiteral("学员")));
        QCOMPARE(refused.violations().at(1).row, 2);
        QVERIFY(refused.violations().at(1).message.contains(QStringLiteral("999999 is not on file")));
        QCOMPARE(attendanceCount(c.id), 2);
        // The same list without them goes through.
        QVERIFY(service.enrol(c.id, {m_people.at(2), m_people.at(3)}, QDate(2024, 3, 2)));
        QCOMPARE(attendanceCount(c.id), 4);
        // A person who moved away before the day is refused; after the course ended nobody is enrolled.
        QVERIFY(registry::RegistryService(db()).moveOut(m_people.at(4), QDate(2024, 3, 3)));
        QVERIFY_REFUSED(service.enrol(c.id, {m_people.at(4)}, QDate(2024, 3, 3)),
                        QStringLiteral("not on file on 2024-03-03"));
        QVERIFY_REFUSED(service.enrol(c.id, {m_people.at(4)}, QDate(2024, 3, 16)),
                        QStringLiteral("nobody can enrol after that day"));
        QVERIFY(service.enrol(c.id, {m_people.at(4)}, QDate(2024, 3, 2)));
        QVERIFY_REFUSED(service.enrol(424242, {m_people.at(0)}, QDate(2024, 3, 2)),
                        QStringLiteral("Course 424242 is not on file"));
    }

    void placesAndSites()
    {
        TrainingService service(db());
        const TrainingCourse c = saved(
            draft(m_test->siteId(), QStringLiteral("焊工班"), QDate(2024, 3, 4), QDate(2024, 3, 15), 2));
        // Three for two places: refused whole, the third named.
        const auto over =
            service.enrol(c.id, {m_people.at(0), m_people.at(1), m_people.at(2)}, QDate(2024, 3, 1));
        QVERIFY_REFUSED(over, QStringLiteral("does not fit: the course has 2 places"));
        QCOMPARE(over.violations().size(), 1);
        QCOMPARE(over.violations().at(0).row, 2);
        QCOMPARE(attendanceCount(c.id), 0);
        const QList<qint64> ids = enrolled(c.id, {m_people.at(0), m_people.at(1)});
        QVERIFY_REFUSED(service.enrol(c.id, {m_people.at(2)}, QDate(2024, 3, 1)),
                        QStringLiteral("does not fit"));
        // A person who dropped out frees the place.
        QVERIFY(service.recordOutcomes({{ids.at(0), AttendanceOutcome::Dropped, 4, {}, {}, 0}}, Today));
        QVERIFY(service.enrol(c.id, {m_people.at(2)}, QDate(2024, 3, 5)));

        // A person of another site is refused on this site's course; a course for the whole office takes
        // both.
        QList<qint64> elsewhere;
        m_fixtures->household(1, m_fixtures->otherSite(), &elsewhere);
        const TrainingCourse local =
            saved(draft(m_test->siteId(), QStringLiteral("厨师班"), QDate(2024, 4, 1), QDate(2024, 4, 10)));
        QVERIFY_REFUSED(service.enrol(local.id, {m_people.at(0), elsewhere.at(0)}, QDate(2024, 4, 1)),
                        QStringLiteral("lives at another site than the course's"));
        QCOMPARE(attendanceCount(local.id), 0);
        const TrainingCourse office =
            saved(draft(0, QStringLiteral("电商班"), QDate(2024, 4, 1), QDate(2024, 4, 10)));
        QVERIFY(service.enrol(office.id, {m_people.at(0), elsewhere.at(0)}, QDate(2024, 4, 1)));
        // …which then cannot be limited to one site while the other's person is on it.
        TrainingCourse limited = office;
        limited.siteId = m_test->siteId();
        QVERIFY_REFUSED(service.saveCourse(limited),
                        QStringLiteral("People of another site are on the course"));
    }

    void outcomesAreRecordedWholeOrNotAtAll()
    {
        TrainingService service(db());
        const TrainingCourse c =
            saved(draft(m_test->siteId(), QStringLiteral("茶艺班"), QDate(2024, 5, 6), QDate(2024, 5, 17)));
        const QList<qint64> ids =
            enrolled(c.id, {m_people.at(0), m_people.at(1), m_people.at(2)}, QDate(2024, 5, 1));
        const QList<OutcomeEntry> good{
            {ids.at(0), AttendanceOutcome::Completed, 40, QStringLiteral("CY-001"), {}, 1},
            {ids.at(1), AttendanceOutcome::Completed, 36, {}, {}, 1},
            {ids.at(2), AttendanceOutcome::Dropped, 8, {}, QStringLiteral("外出务工"), 1},
        };
        // Before the last day, completion is refused (and so is the whole list).
        QVERIFY_REFUSED(service.recordOutcomes(good, QDate(2024, 5, 16)),
                        QStringLiteral("completion is recorded from that day on"));
        // One row with more hours than the course: nothing is written.
        QList<OutcomeEntry> bad = good;
        bad[1].hoursAttended = 41;
        const auto refused = service.recordOutcomes(bad, Today);
        QVERIFY_REFUSED(refused, QStringLiteral("41 hours attended is more than the course's 40"));
        QCOMPARE(refused.violations().at(0).row, 1);
        QCOMPARE(
            m_fixtures->scalar(QStringLiteral(
                "SELECT COUNT(*) FROM training_attendances WHERE outcome = 'enrolled' AND row_version = 1")),
            3);
        // A certificate number twice on one course is refused.
        bad = good;
        bad[1].certificateNo = QStringLiteral("CY-001");
        QVERIFY_REFUSED(service.recordOutcomes(bad, Today),
                        QStringLiteral("certificate CY-001 is already given"));
        const auto done = service.recordOutcomes(good, QDate(2024, 5, 17));
        QVERIFY2(done, qPrintable(done.summary()));
        QCOMPARE(done.value().at(0).certificateNo, QStringLiteral("CY-001"));
        QCOMPARE(done.value().at(2).outcome, AttendanceOutcome::Dropped);
        QCOMPARE(done.value().at(2).note, QStringLiteral("外出务工"));
        QCOMPARE(done.value().at(0).rowVersion, 2);
        // The desk that read version 1 is refused.
        QVERIFY_REFUSED(service.recordOutcomes({good.at(0)}, Today),
                        QStringLiteral("changed this attendance"));

        // The list counts attendance, completions, certificates and drop-outs; 人次 leaves the drop-out out.
        const auto row = TrainingRepository(db()).courseRow(c.id);
        QVERIFY2(row, qPrintable(row.summary()));
        QCOMPARE(row.value().attendances, 3);
        QCOMPARE(row.value().completed, 2);
        QCOMPARE(row.value().certificates, 1);
        QCOMPARE(row.value().dropped, 1);
        QCOMPARE(row.value().personTimes(), 2);
        const auto history = TrainingRepository(db()).historyOf(m_people.at(0));
        QVERIFY2(history, qPrintable(history.summary()));
        QCOMPARE(history.value().size(), 1);
        QCOMPARE(history.value().at(0).course.title, QStringLiteral("茶艺班"));
        QCOMPARE(history.value().at(0).attendance.hoursAttended, 40);
        const auto sheet = TrainingRepository(db()).attendance(c.id);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(sheet.value().size(), 3);
        QCOMPARE(sheet.value().at(0).person.householdNumber, QStringLiteral("H001"));
        QCOMPARE(sheet.value().at(0).person.idNumber.size(), 18);
    }

    void anEnrolmentIsRemovedWhileNothingNamesIt()
    {
        TrainingService service(db());
        const TrainingCourse c =
            saved(draft(m_test->siteId(), QStringLiteral("月嫂班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        const QList<qint64> ids = enrolled(c.id, {m_people.at(0), m_people.at(1)});
        m_fixtures->exec(
            QStringLiteral("INSERT INTO work_support_payments (person_id, kind, month, amount, paid_on,"
                           " attendance_id) VALUES (?, 'training_subsidy', '2024-03-01', 80000,"
                           " '2024-03-20', ?)"),
            {m_people.at(0), ids.at(0)});
        QVERIFY_REFUSED(service.removeEnrolment(ids.at(0), 1), QStringLiteral("training subsidy was paid"));
        QVERIFY_REFUSED(service.removeEnrolment(ids.at(1), 7), QStringLiteral("Someone else changed"));
        QVERIFY(service.removeEnrolment(ids.at(1), 1));
        QCOMPARE(attendanceCount(c.id), 1);
    }

    void theListIsFilteredAndPaged()
    {
        const qint64 site = m_test->siteId();
        const qint64 other = m_fixtures->otherSite();
        for (int i = 0; i < 5; ++i)
            saved(draft(site, QStringLiteral("家政班%1").arg(i), QDate(2023, 11, 1).addMonths(i),
                        QDate(2023, 11, 10).addMonths(i)));
        TrainingCourse weld = draft(other, QStringLiteral("焊工班"), QDate(2024, 2, 1), QDate(2024, 2, 20));
        weld.trade = QStringLiteral("焊工");
        weld.organiser = QStringLiteral("技工学校");
        saved(weld);
        saved(draft(0, QStringLiteral("电商直播班"), QDate(2024, 1, 5), QDate(2024, 1, 8)));
        TrainingRepository repository(db());
        CourseFilter all;
        QCOMPARE(repository.courseCount(all).value(), 7);
        // The latest ending first, paged.
        const auto page = repository.courses(all, 0, 3);
        QVERIFY2(page, qPrintable(page.summary()));
        QCOMPARE(page.value().size(), 3);
        QCOMPARE(page.value().at(0).course.title, QStringLiteral("家政班4")); // ends 2024-03-10
        QCOMPARE(page.value().at(1).course.title, QStringLiteral("焊工班"));
        QCOMPARE(page.value().at(1).siteName, QStringLiteral("幸福家园"));
        QCOMPARE(repository.courses(all, 6, 3).value().size(), 1);
        CourseFilter year;
        year.year = 2024; // by the year they end in: 家政班2..4, 焊工班, 电商直播班
        QCOMPARE(repository.courseCount(year).value(), 5);
        CourseFilter range;
        range.from = QDate(2024, 1, 8); // the day 电商直播班 ends, inclusive
        range.to = QDate(2024, 2, 20);
        // 电商直播班, 家政班2 (01-10), 家政班3 (02-10), 焊工班 (02-20, inclusive)
        QCOMPARE(repository.courseCount(range).value(), 4);
        CourseFilter trade;
        trade.trade = QStringLiteral("焊工");
        QCOMPARE(repository.courseCount(trade).value(), 1);
        CourseFilter search;
        search.search = QStringLiteral("技工");
        QCOMPARE(repository.courseCount(search).value(), 1);
        search.search = QStringLiteral("100%");
        QCOMPARE(repository.courseCount(search).value(), 0);
        CourseFilter bySite;
        bySite.siteId = other;
        QCOMPARE(repository.courseCount(bySite).value(), 1);
        QCOMPARE(repository.trades().value(), (QStringList{QStringLiteral("家政"), QStringLiteral("焊工")}));
    }

    void rolesAndSites()
    {
        const qint64 site = m_test->siteId();
        const qint64 other = m_fixtures->otherSite();
        QList<qint64> elsewhere;
        m_fixtures->household(1, other, &elsewhere);
        const TrainingCourse local =
            saved(draft(site, QStringLiteral("家政班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        const TrainingCourse theirs =
            saved(draft(other, QStringLiteral("焊工班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        const TrainingCourse office =
            saved(draft(0, QStringLiteral("电商班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        enrolled(office.id, {m_people.at(0), elsewhere.at(0)});

        // The secretary reads nothing of training and writes nothing.
        m_test->logInAs(Role::Secretary);
        TrainingRepository repository(db());
        TrainingService service(db());
        QVERIFY_REFUSED(repository.courses({}, 0, 50), QStringLiteral("may not"));
        QVERIFY_REFUSED(repository.courseCount({}), QStringLiteral("may not"));
        QVERIFY_REFUSED(repository.attendance(local.id), QStringLiteral("may not"));
        QVERIFY_REFUSED(repository.historyOf(m_people.at(0)), QStringLiteral("may not"));
        QVERIFY_REFUSED(
            service.saveCourse(draft(site, QStringLiteral("x"), QDate(2024, 3, 4), QDate(2024, 3, 4))),
            QStringLiteral("may not"));

        // A clerk of the other site writes nothing here, and no course for the whole office.
        m_test->logInAs(Role::Clerk, {other});
        QVERIFY_REFUSED(
            service.saveCourse(draft(site, QStringLiteral("x"), QDate(2024, 3, 4), QDate(2024, 3, 4))),
            QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(
            service.saveCourse(draft(0, QStringLiteral("x"), QDate(2024, 3, 4), QDate(2024, 3, 4))),
            QStringLiteral("for the whole office"));
        QVERIFY_REFUSED(service.enrol(local.id, {m_people.at(1)}, QDate(2024, 3, 1)),
                        QStringLiteral("works on other sites"));
        // On the office's course they enrol their own people, not this site's.
        QVERIFY_REFUSED(service.enrol(office.id, {m_people.at(1)}, QDate(2024, 3, 1)),
                        QStringLiteral("a site you do not work on"));
        QVERIFY_REFUSED(
            service.removeEnrolment(
                m_fixtures->scalar(QStringLiteral("SELECT id FROM training_attendances WHERE person_id = ?"),
                                   {m_people.at(0)}),
                1),
            QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(repository.attendance(local.id), QStringLiteral("works on other sites"));
        // They list their site's courses and the office's, and on the office's course see their people only.
        const auto list = repository.courses({}, 0, 50);
        QVERIFY2(list, qPrintable(list.summary()));
        QCOMPARE(list.value().size(), 2);
        for (const CourseRow& row : list.value()) {
            QVERIFY(row.course.id == theirs.id || row.course.id == office.id);
            if (row.course.id == office.id)
                QCOMPARE(row.attendances, 1);
        }
        const auto sheet = repository.attendance(office.id);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(sheet.value().size(), 1);
        QCOMPARE(sheet.value().at(0).person.personId, elsewhere.at(0));
        CourseFilter mine;
        mine.siteId = site;
        QVERIFY_REFUSED(repository.courses(mine, 0, 50), QStringLiteral("works on other sites"));
        QVERIFY(
            service.saveCourse(draft(other, QStringLiteral("叉车班"), QDate(2024, 3, 4), QDate(2024, 3, 4))));
    }
};

QTEST_GUILESS_MAIN(TestTrainingService)
#include "tst_trainingservice.moc"
