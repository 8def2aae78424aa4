// The office's attendance sheet imported on both engines (issue 19): one sheet holding several courses by
// 培训班 and 开班日期 (a course of the person's site before the whole office's), rows naming none going to
// the course given; people enrolled on their own days with their outcome, hours and certificate; a row that
// slipped (the name is not the ID number's), an unknown course, a bad date, a person twice; the service's
// rules on the rows (completion before the course's end, another site's person); nothing written when any
// row is bad, even rows the service had already enrolled; a dry run; the same sheet again changing nothing,
// a changed one changing only what differs; a person dropped out; merged course cells of an .xlsx.
#include "Refusal.h"
#include "TableReaderFixtures.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"

#include "exchange/AttendanceImporter.h"
#include "work/TrainingService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;
using exchange::AttendanceImporter;
using exchange::AttendanceImportOptions;
using exchange::AttendanceImportSummary;

namespace {

const QDate Today(2024, 6, 15);

TrainingCourse draft(qint64 siteId, const QString& title, QDate starts, QDate ends, int hours = 40)
{
    TrainingCourse c;
    c.siteId = siteId;
    c.title = title;
    c.trade = QStringLiteral("家政");
    c.startsOn = starts;
    c.endsOn = ends;
    c.hours = hours;
    return c;
}

const QString Header = QStringLiteral("培训班,开班日期,姓名,身份证号,报名日期,结业情况,证书编号,出勤课时");
const QString HeaderWithoutCourse = QStringLiteral("姓名,身份证号,报名日期,结业情况,证书编号,出勤课时");

} // namespace

class TestAttendanceImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TrainingFixtures> m_fixtures;
    QTemporaryDir m_dir;
    QList<qint64> m_people; // five people of the test's site
    QStringList m_names;
    QStringList m_ids;
    qint64 m_housekeeping = 0; // 家政服务班 of the site, 2024-03-04 to 03-15, 40 hours
    qint64 m_electric = 0;     // 电工班 of the whole office, 2024-05-06 to 05-20, 60 hours
    qint64 m_cooking = 0;      // 烹饪班 of the site, 2024-06-10 to 06-30: not over on Today

    Database& db() { return m_test->db(); }

    qint64 course(const TrainingCourse& c)
    {
        const auto saved = TrainingService(db()).saveCourse(c);
        if (!saved)
            qFatal("course: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    QString csv(const QString& name, const QString& header, const QStringList& lines)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("sheet");
        // A title above the header, as the office's sheets have.
        file.write(QStringLiteral("2024年技能培训台账\n").toUtf8());
        file.write((header + QLatin1Char('\n')).toUtf8());
        for (const QString& line : lines)
            file.write((line + QLatin1Char('\n')).toUtf8());
        return path;
    }

    // "培训班,开班日期,姓名,身份证号,报名日期,…" for person `i`.
    QString line(const QString& course, const QString& starts, int i, const QString& enrolled,
                 const QString& outcome = {}, const QString& certificate = {}, const QString& hours = {})
    {
        return QStringList{course, starts, m_names.at(i), m_ids.at(i), enrolled, outcome, certificate, hours}
            .join(QLatin1Char(','));
    }

    Result<AttendanceImportSummary> import(const QString& path, qint64 courseId = 0, bool dryRun = false)
    {
        AttendanceImportOptions options;
        options.path = path;
        options.courseId = courseId;
        options.dryRun = dryRun;
        options.today = Today;
        return AttendanceImporter(db()).run(options);
    }

    AttendanceImportSummary imported(const QString& path, qint64 courseId = 0)
    {
        const auto result = import(path, courseId);
        if (!result)
            qFatal("import: %s", qPrintable(result.summary()));
        for (const exchange::ImportError& e : result.value().errors)
            qWarning("%s", qPrintable(AttendanceImporter::describe(e)));
        return result.value();
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        return m_fixtures->scalar(sql, values);
    }
    qint64 attendances() { return scalar(QStringLiteral("SELECT COUNT(*) FROM training_attendances")); }
    // Every attendance as it stands, to see that nothing was rewritten.
    QString state()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT course_id, person_id, enrolled_on, outcome, hours_attended,"
                              " certificate_no, source, row_version FROM training_attendances"
                              " ORDER BY course_id, person_id"));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows.join(QLatin1Char('\n'));
    }
    QString outcomeOf(qint64 courseId, int person)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT outcome, hours_attended, certificate_no, enrolled_on, source"
                                 " FROM training_attendances WHERE course_id = ? AND person_id = ?"));
        q.addBindValue(courseId);
        q.addBindValue(m_people.at(person));
        if (!q.exec() || !q.next())
            return {};
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(q.value(0).toString())
            .arg(q.value(1).toInt())
            .arg(q.value(2).toString(), q.value(3).toString().left(10), q.value(4).toString());
    }

    // The sheet of the office's year: two courses named on their rows, outcomes of every kind.
    QString yearSheet(const QString& name = QStringLiteral("year.csv"))
    {
        const QString hk = QStringLiteral("家政服务班"), hkDay = QStringLiteral("2024-03-04");
        const QString el = QStringLiteral("电工班"), elDay = QStringLiteral("2024/5/6");
        return csv(name, Header,
                   {line(hk, hkDay, 0, QStringLiteral("2024-03-01"), QStringLiteral("结业"),
                         QStringLiteral("JZ-001"), QStringLiteral("40")),
                    line(hk, hkDay, 1, QStringLiteral("2024-03-01"), QStringLiteral("已结业"), {},
                         QStringLiteral("38")),
                    line(hk, hkDay, 2, QStringLiteral("2024-03-02"), QStringLiteral("中途退出"), {},
                         QStringLiteral("8")),
                    line(el, elDay, 0, QStringLiteral("2024年5月1日"), QStringLiteral("在训")),
                    line(el, elDay, 3, QStringLiteral("2024-05-02"), {}, {}, QStringLiteral("12课时"))});
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
        m_names.clear();
        m_ids.clear();
        for (qint64 id : std::as_const(m_people)) {
            QSqlQuery q(db().connection());
            q.prepare(QStringLiteral("SELECT name, id_number FROM persons WHERE id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            m_names.append(q.value(0).toString());
            m_ids.append(q.value(1).toString());
        }
        m_housekeeping = course(
            draft(m_test->siteId(), QStringLiteral("家政服务班"), QDate(2024, 3, 4), QDate(2024, 3, 15)));
        m_electric = course(draft(0, QStringLiteral("电工班"), QDate(2024, 5, 6), QDate(2024, 5, 20), 60));
        m_cooking =
            course(draft(m_test->siteId(), QStringLiteral("烹饪班"), QDate(2024, 6, 10), QDate(2024, 6, 30)));
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void aYearSheetEnrolsEveryoneOnTheirCourse()
    {
        const AttendanceImportSummary s = imported(yearSheet());
        QVERIFY(s.written);
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.headerRow, 2);
        QCOMPARE(s.courses, 2);
        QCOMPARE(s.enrolled, 5);
        QCOMPARE(s.changed, 0);
        QCOMPARE(attendances(), 5);
        QCOMPARE(outcomeOf(m_housekeeping, 0), QStringLiteral("completed 40 JZ-001 2024-03-01 import"));
        QCOMPARE(outcomeOf(m_housekeeping, 1), QStringLiteral("completed 38  2024-03-01 import"));
        // The person who dropped out is on file as dropped: no 人次.
        QCOMPARE(outcomeOf(m_housekeeping, 2), QStringLiteral("dropped 8  2024-03-02 import"));
        QCOMPARE(outcomeOf(m_electric, 0), QStringLiteral("enrolled 0  2024-05-01 import"));
        QCOMPARE(outcomeOf(m_electric, 3), QStringLiteral("enrolled 12  2024-05-02 import"));
    }

    void theSameSheetAgainChangesNothing()
    {
        const QString sheet = yearSheet();
        imported(sheet);
        const QString before = state();
        const AttendanceImportSummary again = imported(sheet);
        QVERIFY(again.written);
        QCOMPARE(again.enrolled, 0);
        QCOMPARE(again.changed, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(state(), before); // not even a row_version moved

        // The sheet a week later: one person completed the 电工班, one more enrolled; the rest as before.
        const QString el = QStringLiteral("电工班"), elDay = QStringLiteral("2024-05-06");
        const QString later = csv(
            QStringLiteral("later.csv"), Header,
            {line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 0, QStringLiteral("2024-03-01"),
                  QStringLiteral("结业"), QStringLiteral("JZ-001"), QStringLiteral("40")),
             line(el, elDay, 0, QStringLiteral("2024-05-01"), QStringLiteral("结业"), QStringLiteral("DG-7"),
                  QStringLiteral("60")),
             line(el, elDay, 3, QStringLiteral("2024-05-02"), {}, {}, QStringLiteral("12")),
             line(el, elDay, 4, QStringLiteral("2024-05-03"))});
        const AttendanceImportSummary s = imported(later);
        QCOMPARE(s.enrolled, 1);
        QCOMPARE(s.changed, 1);
        QCOMPARE(s.unchanged, 2);
        QCOMPARE(outcomeOf(m_electric, 0), QStringLiteral("completed 60 DG-7 2024-05-01 import"));
        QCOMPARE(outcomeOf(m_electric, 4), QStringLiteral("enrolled 0  2024-05-03 import"));
        // People the later sheet leaves out stay as they were.
        QCOMPARE(outcomeOf(m_housekeeping, 2), QStringLiteral("dropped 8  2024-03-02 import"));
        QCOMPARE(attendances(), 6);
    }

    void aPersonDropsOutOfACourseEnrolledAtTheDesk()
    {
        QVERIFY(TrainingService(db()).enrol(m_electric, {m_people.at(1), m_people.at(2)}, QDate(2024, 5, 1)));
        // The sheet names no course: the rows are the 电工班's, given by the caller.
        const QString sheet = csv(QStringLiteral("dropped.csv"), HeaderWithoutCourse,
                                  {QStringLiteral("%1,%2,2024-05-01,退出,,6").arg(m_names.at(1), m_ids.at(1)),
                                   QStringLiteral("%1,%2,,,,").arg(m_names.at(2), m_ids.at(2))});
        const AttendanceImportSummary s = imported(sheet, m_electric);
        QCOMPARE(s.enrolled, 0);
        QCOMPARE(s.changed, 1);
        QCOMPARE(s.unchanged, 1); // blank cells say nothing of a person on the course already
        // The enrolment stays the desk's; the outcome is the sheet's.
        QCOMPARE(outcomeOf(m_electric, 1), QStringLiteral("dropped 6  2024-05-01 entry"));
        QCOMPARE(outcomeOf(m_electric, 2), QStringLiteral("enrolled 0  2024-05-01 entry"));
    }

    void aSlippedRowIsRefusedAndNothingWritten()
    {
        // Row 4 has the second person's name against the first person's ID number.
        const QString sheet =
            csv(QStringLiteral("slipped.csv"), HeaderWithoutCourse,
                {QStringLiteral("%1,%2,2024-03-01,结业,,40").arg(m_names.at(0), m_ids.at(0)),
                 QStringLiteral("%1,%2,2024-03-01,结业,,40").arg(m_names.at(1), m_ids.at(0)),
                 // Spaces in a name are how it is typed, not another name.
                 QStringLiteral("%1 %2,%3,2024-03-01,结业,,40")
                     .arg(m_names.at(2).left(1), m_names.at(2).mid(1), m_ids.at(2))});
        const auto result = import(sheet, m_housekeeping);
        QVERIFY2(result, qPrintable(result.summary()));
        const AttendanceImportSummary& s = result.value();
        QVERIFY(!s.written);
        QCOMPARE(s.rowsRejected, 1);
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.at(0).row, 4);
        QCOMPARE(s.errors.at(0).column, QStringLiteral("姓名"));
        QVERIFY2(s.errors.at(0).message.contains(m_names.at(0)), qPrintable(s.errors.at(0).message));
        QCOMPARE(s.enrolled, 0);
        QCOMPARE(attendances(), 0);
        QVERIFY(AttendanceImporter::describe(s.errors.at(0)).startsWith(QStringLiteral("Row 4, 姓名: ")));
    }

    void anUnknownCourseIsRefused()
    {
        // A title of no course, a known title on another first day, and a row naming none with no course
        // given.
        const QString sheet = csv(
            QStringLiteral("unknown.csv"), Header,
            {line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 0,
                  QStringLiteral("2024-03-01")),
             line(QStringLiteral("挖掘机班"), QStringLiteral("2024-03-04"), 1, QStringLiteral("2024-03-01")),
             line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-05"), 2,
                  QStringLiteral("2024-03-01")),
             line({}, {}, 3, QStringLiteral("2024-03-01"))});
        const auto result = import(sheet);
        QVERIFY2(result, qPrintable(result.summary()));
        const AttendanceImportSummary& s = result.value();
        QCOMPARE(s.rowsRejected, 3);
        QCOMPARE(s.errors.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(s.errors.at(i).row, 4 + i);
            QCOMPARE(s.errors.at(i).column, QStringLiteral("培训班"));
        }
        QVERIFY2(s.errors.at(0).message.contains(QStringLiteral("挖掘机班")),
                 qPrintable(s.errors.at(0).message));
        QCOMPARE(attendances(), 0);
        // The same rows with the course given: the blank one goes to it, the named ones stay refused.
        const auto given = import(sheet, m_housekeeping);
        QCOMPARE(given.value().rowsRejected, 2);
        QCOMPARE(attendances(), 0);
        // A course given that is not on file refuses the file.
        QVERIFY_REFUSED(import(sheet, 999999), QStringLiteral("Course 999999 is not on file"));
        // A sheet without the course column needs the course.
        const QString bare = csv(QStringLiteral("bare.csv"), HeaderWithoutCourse,
                                 {QStringLiteral("%1,%2,2024-03-01,,,").arg(m_names.at(0), m_ids.at(0))});
        QVERIFY_REFUSED(import(bare), QStringLiteral("no column 培训班"));
    }

    void aBadDateIsRefused()
    {
        const QString sheet = csv(
            QStringLiteral("dates.csv"), Header,
            {line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 0,
                  QStringLiteral("2024-13-40")),
             line(QStringLiteral("家政服务班"), QStringLiteral("三月四日"), 1, QStringLiteral("2024-03-01")),
             // A person not on the course needs their day.
             line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 2, {}),
             // The day after the course's end is the service's refusal, on the same column.
             line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 3,
                  QStringLiteral("2024-03-16")),
             line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 4, QStringLiteral("2024-03-01"),
                  QStringLiteral("毕业了"), {}, QStringLiteral("四十"))});
        const auto result = import(sheet);
        QVERIFY2(result, qPrintable(result.summary()));
        const AttendanceImportSummary& s = result.value();
        QCOMPARE(s.rowsRejected, 5);
        QStringList where;
        for (const exchange::ImportError& e : s.errors)
            where.append(QStringLiteral("%1 %2").arg(e.row).arg(e.column));
        QCOMPARE(where, QStringList({QStringLiteral("3 报名日期"), QStringLiteral("4 开班日期"),
                                     QStringLiteral("5 报名日期"), QStringLiteral("6 报名日期"),
                                     QStringLiteral("7 结业情况"), QStringLiteral("7 出勤课时")}));
        QCOMPARE(attendances(), 0);
    }

    void nothingIsWrittenWhenTheServiceRefusesOneRow()
    {
        // Every row reads well; the service enrols the 家政服务班's people, then refuses a completion of
        // the 烹饪班, which ends after Today, and hours beyond the 电工班's: the enrolments are rolled back.
        const QString sheet = csv(
            QStringLiteral("rules.csv"), Header,
            {line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 0, QStringLiteral("2024-03-01"),
                  QStringLiteral("结业"), QStringLiteral("JZ-1"), QStringLiteral("40")),
             line(QStringLiteral("家政服务班"), QStringLiteral("2024-03-04"), 1, QStringLiteral("2024-03-01"),
                  QStringLiteral("结业"), QStringLiteral("JZ-1"), QStringLiteral("40")),
             line(QStringLiteral("烹饪班"), QStringLiteral("2024-06-10"), 2, QStringLiteral("2024-06-01"),
                  QStringLiteral("结业")),
             line(QStringLiteral("电工班"), QStringLiteral("2024-05-06"), 3, QStringLiteral("2024-05-01"), {},
                  {}, QStringLiteral("61"))});
        const auto result = import(sheet);
        QVERIFY2(result, qPrintable(result.summary()));
        const AttendanceImportSummary& s = result.value();
        QVERIFY(!s.written);
        QStringList where;
        for (const exchange::ImportError& e : s.errors)
            where.append(QStringLiteral("%1 %2").arg(e.row).arg(e.column));
        // Row 4 gives the certificate of row 3 again; 5 completes too early; 6 attended too long.
        QCOMPARE(where, QStringList({QStringLiteral("4 证书编号"), QStringLiteral("5 结业情况"),
                                     QStringLiteral("6 出勤课时")}));
        QCOMPARE(s.enrolled, 0);
        QCOMPARE(attendances(), 0);

        // The people of another site are not the site's course's; a person twice on a course is named.
        const qint64 other = m_fixtures->otherSite();
        QList<qint64> away;
        m_fixtures->household(1, other, &away);
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT name, id_number FROM persons WHERE id = ?"));
        q.addBindValue(away.at(0));
        QVERIFY(q.exec() && q.next());
        const QString stranger =
            QStringLiteral("%1,%2,2024-03-01,,,").arg(q.value(0).toString(), q.value(1).toString());
        const QString own = QStringLiteral("%1,%2,2024-03-01,,,").arg(m_names.at(0), m_ids.at(0));
        const auto mixed = import(csv(QStringLiteral("mixed.csv"), HeaderWithoutCourse, {own, stranger, own}),
                                  m_housekeeping);
        QCOMPARE(mixed.value().rowsRejected, 2);
        QCOMPARE(mixed.value().errors.at(0).row, 4);
        QCOMPARE(mixed.value().errors.at(0).column, QStringLiteral("身份证号"));
        QCOMPARE(mixed.value().errors.at(1).row, 5);
        QVERIFY2(mixed.value().errors.at(1).message.contains(QStringLiteral("row 3")),
                 qPrintable(mixed.value().errors.at(1).message));
        QCOMPARE(attendances(), 0);
    }

    void aDryRunWritesNothing()
    {
        const auto result = import(yearSheet(), 0, true);
        QVERIFY2(result, qPrintable(result.summary()));
        QVERIFY(!result.value().written);
        QCOMPARE(result.value().enrolled, 5);
        QCOMPARE(result.value().rowsRejected, 0);
        QCOMPARE(attendances(), 0);
    }

    void mergedCourseCellsOfAWorkbook()
    {
        // The year's workbook with 培训班 and 开班日期 merged down over each course's rows, the dates as
        // Excel serials, the hours as numbers.
        const auto text = [](const QString& ref, const QString& t) {
            return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, t);
        };
        const auto number = [](const QString& ref, double v) {
            return QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref).arg(v, 0, 'f', 0);
        };
        QString data = QStringLiteral("<row r=\"1\">");
        const QStringList header = Header.split(QLatin1Char(','));
        for (int c = 0; c < header.size(); ++c)
            data += text(QString(QChar(u'A' + c)) + QStringLiteral("1"), header.at(c));
        data += QStringLiteral("</row>");
        for (int i = 0; i < 3; ++i) {
            const QString r = QString::number(i + 2);
            data += QStringLiteral("<row r=\"%1\">").arg(r);
            if (i == 0)
                data += text(QStringLiteral("A2"), QStringLiteral("家政服务班")) +
                        number(QStringLiteral("B2"), excelSerial(2024, 3, 4));
            data +=
                text(QStringLiteral("C") + r, m_names.at(i)) + text(QStringLiteral("D") + r, m_ids.at(i)) +
                number(QStringLiteral("E") + r, excelSerial(2024, 3, 1)) +
                text(QStringLiteral("F") + r, QStringLiteral("结业")) + number(QStringLiteral("H") + r, 36);
            data += QStringLiteral("</row>");
        }
        const QByteArray merges =
            "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"B2:B4\"/></mergeCells>";
        const QString path = m_dir.filePath(QStringLiteral("year.xlsx"));
        QVERIFY(writeZip(path, minimalWorkbook(data.toUtf8(), merges)));
        const AttendanceImportSummary s = imported(path);
        QCOMPARE(s.rowsRejected, 0);
        QCOMPARE(s.enrolled, 3);
        QCOMPARE(outcomeOf(m_housekeeping, 2), QStringLiteral("completed 36  2024-03-01 import"));
    }

    void theHeaderIsInspectedForTheDialog()
    {
        const auto year = AttendanceImporter::inspect(yearSheet());
        QVERIFY2(year, qPrintable(year.summary()));
        QCOMPARE(year.value().headerRow, 2);
        QVERIFY(year.value().namesCourses);
        QCOMPARE(year.value().fields.size(), 8);
        QCOMPARE(year.value().fields.constFirst(), exchange::AttendanceField::Course);
        const auto one = AttendanceImporter::inspect(csv(QStringLiteral("one.csv"), HeaderWithoutCourse, {}));
        QVERIFY2(one, qPrintable(one.summary()));
        QVERIFY(!one.value().namesCourses);
        QCOMPARE(one.value().fields.constFirst(), exchange::AttendanceField::Name);
        QVERIFY_REFUSED(AttendanceImporter::inspect(
                            csv(QStringLiteral("other.csv"), QStringLiteral("户主姓名,月份"), {})),
                        QStringLiteral("attendance sheet"));
    }

    void aClerkOfAnotherSiteIsRefused()
    {
        m_test->logInAs(Role::Clerk, {m_fixtures->otherSite()});
        const auto result = import(yearSheet());
        QVERIFY2(result, qPrintable(result.summary()));
        QCOMPARE(result.value().rowsRejected, 5);
        QCOMPARE(attendances(), 0);
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(import(yearSheet()), QStringLiteral("may not"));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "tst_attendanceimport.moc"
