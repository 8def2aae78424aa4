// A year of a site's training attendance imported from one sheet (issue 19): 60 courses of the largest site
// of a database made by `anju-cli demo`, 40 of its people on each (2,400 rows naming their course by 培训班
// and 开班日期, outcomes of every kind), written as an .xlsx and imported: the first import (every person
// enrolled and their outcome recorded), the same sheet again (nothing written), and a dry run. Each run adds
// its own 60 courses, so every first import starts from empty courses; the figures are the medians.
// Goal: < 5 s for the year's sheet.
// usage: bench_attendanceimport DB [RUNS]   — it writes courses and attendance: pass a copy. RUNS: 3.
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo).
#include "BenchTiming.h"

#include "accounts/AccountService.h"
#include "database/Database.h"
#include "exchange/AttendanceImporter.h"
#include "work/TrainingService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

using namespace anju;

namespace {

constexpr int Courses = 60;
constexpr int PerCourse = 40;

struct Person
{
    QByteArray name;
    QByteArray idNumber;
};

// The office's year sheet: a title, the header, 40 rows a course.
bool writeSheet(const QString& path, const QList<work::TrainingCourse>& courses, const QList<Person>& people)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "培训台账");
    worksheet_write_string(sheet, 0, 0, QStringLiteral("技能培训台账").toUtf8().constData(), nullptr);
    const QStringList header = {QStringLiteral("培训班"),   QStringLiteral("开班日期"),
                                QStringLiteral("姓名"),     QStringLiteral("身份证号"),
                                QStringLiteral("报名日期"), QStringLiteral("结业情况"),
                                QStringLiteral("证书编号"), QStringLiteral("出勤课时")};
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    const QByteArray completed = QStringLiteral("结业").toUtf8();
    const QByteArray dropped = QStringLiteral("中途退出").toUtf8();
    lxw_row_t row = 2;
    for (int k = 0; k < courses.size(); ++k) {
        const work::TrainingCourse& c = courses.at(k);
        const QByteArray title = c.title.toUtf8();
        const QByteArray starts = c.startsOn.toString(Qt::ISODate).toUtf8();
        const QByteArray enrolled = c.startsOn.addDays(-3).toString(Qt::ISODate).toUtf8();
        for (int i = 0; i < PerCourse; ++i, ++row) {
            const Person& p = people.at((k * PerCourse + i) % people.size());
            worksheet_write_string(sheet, row, 0, title.constData(), nullptr);
            worksheet_write_string(sheet, row, 1, starts.constData(), nullptr);
            worksheet_write_string(sheet, row, 2, p.name.constData(), nullptr);
            worksheet_write_string(sheet, row, 3, p.idNumber.constData(), nullptr);
            worksheet_write_string(sheet, row, 4, enrolled.constData(), nullptr);
            // Most complete with a certificate; one in ten drops out, one in ten leaves the cell blank.
            if (i % 10 == 9) {
                worksheet_write_string(sheet, row, 5, dropped.constData(), nullptr);
                worksheet_write_number(sheet, row, 7, 8, nullptr);
            } else if (i % 10 != 8) {
                worksheet_write_string(sheet, row, 5, completed.constData(), nullptr);
                const QByteArray certificate = QStringLiteral("ZS%1-%2").arg(c.id).arg(i + 1).toUtf8();
                worksheet_write_string(sheet, row, 6, certificate.constData(), nullptr);
                worksheet_write_number(sheet, row, 7, c.hours - i % 5, nullptr);
            }
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        out << "usage: bench_attendanceimport DB [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 3;
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        err << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (accounts::AccountService(*db).hasUsers() &&
        !accounts::AccountService(*db).login(
            user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
        err << "cannot log in as " << user << '\n';
        return 1;
    }

    // The largest site and up to 2,400 of its people on file: a person may attend several courses.
    QSqlQuery q(db->connection());
    q.exec(
        QStringLiteral("SELECT h.site_id, COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id"
                       " WHERE p.state = 'active' GROUP BY h.site_id ORDER BY COUNT(*) DESC, h.site_id"));
    if (!q.next()) {
        err << "no people on file\n";
        return 1;
    }
    const qint64 siteId = q.value(0).toLongLong();
    const qint64 onFile = q.value(1).toLongLong();
    q.prepare(
        QStringLiteral("SELECT p.name, p.id_number FROM persons p JOIN households h ON h.id = p.household_id"
                       " WHERE h.site_id = ? AND p.state = 'active' ORDER BY p.id"));
    q.addBindValue(siteId);
    q.exec();
    QList<Person> people;
    while (q.next() && people.size() < Courses * PerCourse)
        people.append({q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8()});
    if (people.size() < PerCourse) {
        err << "the largest site has fewer than " << PerCourse << " people on file\n";
        return 1;
    }
    out << "site " << siteId << ": " << onFile << " people on file, " << people.size() << " on the sheet; "
        << Courses << " courses x " << PerCourse << " = " << Courses * PerCourse << " rows, " << runs
        << " run(s)\n";

    QTemporaryDir dir;
    // Titles no earlier invocation on the same copy used: a course named twice would be ambiguous.
    const QString tag = QString::number(QDateTime::currentSecsSinceEpoch(), 36);
    const int year = QDate::currentDate().year() - 1;
    QList<double> firstWall, firstCpu, againWall, againCpu, dryWall, dryCpu;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        // The run's year of courses: every course of 11 days, a new one every 6 days.
        QList<work::TrainingCourse> courses;
        for (int k = 0; k < Courses; ++k) {
            work::TrainingCourse c;
            c.siteId = siteId;
            c.title = QStringLiteral("技能培训班%1-%2-%3期").arg(tag).arg(run + 1).arg(k + 1);
            c.trade = QStringList{QStringLiteral("家政"), QStringLiteral("电工"), QStringLiteral("烹饪"),
                                  QStringLiteral("焊工")}
                          .at(k % 4);
            c.startsOn = QDate(year, 1, 5).addDays(k * 6);
            c.endsOn = c.startsOn.addDays(10);
            c.hours = 40;
            c.capacity = 50;
            const auto saved = work::TrainingService(*db).saveCourse(c);
            if (!saved) {
                err << "course: " << saved.summary() << '\n';
                return 1;
            }
            courses.append(saved.value());
        }
        const QString path = dir.filePath(QStringLiteral("attendance-%1.xlsx").arg(run));
        if (!writeSheet(path, courses, people)) {
            err << "could not write the sheet\n";
            return 1;
        }
        const auto importOnce = [&](const QString& label, bool dryRun, int enrolled, QList<double>& wall,
                                    QList<double>& cpu) {
            exchange::AttendanceImportOptions options;
            options.path = path;
            options.dryRun = dryRun;
            exchange::AttendanceImportSummary summary;
            const bench::Timing t = bench::timeRuns(1, std::function<bool()>([&] {
                                                        const auto result =
                                                            exchange::AttendanceImporter(*db).run(options);
                                                        if (!result) {
                                                            err << label << ": " << result.summary() << '\n';
                                                            return false;
                                                        }
                                                        summary = result.value();
                                                        return true;
                                                    }));
            if (t.failed) {
                ++failures;
                return;
            }
            out << "run " << run + 1 << ", " << label << ": " << t.text() << ": " << summary.rowsRead
                << " rows, " << summary.courses << " courses, " << summary.enrolled << " enrolled, "
                << summary.changed << " changed, " << summary.unchanged << " unchanged, "
                << summary.rowsRejected << " rejected\n";
            if (summary.rowsRejected > 0) {
                err << label << ": rows rejected, first: "
                    << exchange::AttendanceImporter::describe(summary.errors.first()) << '\n';
                ++failures;
            } else if (summary.enrolled != enrolled) {
                err << label << ": " << summary.enrolled << " enrolled, expected " << enrolled << '\n';
                ++failures;
            }
            wall.append(t.wallMs);
            cpu.append(t.cpuMs);
        };
        const int rows = Courses * PerCourse;
        importOnce(QStringLiteral("dry run"), true, rows, dryWall, dryCpu);
        importOnce(QStringLiteral("first import"), false, rows, firstWall, firstCpu);
        importOnce(QStringLiteral("same sheet again"), false, 0, againWall, againCpu);
        if (failures > 0)
            break;
    }
    const auto median = [](const QList<double>& wall, const QList<double>& cpu) {
        return bench::Timing{bench::median(wall), bench::median(cpu), false}.text();
    };
    out << "median of " << firstWall.size() << ": first import " << median(firstWall, firstCpu)
        << "; same sheet again " << median(againWall, againCpu) << "; dry run " << median(dryWall, dryCpu)
        << " (goal: < 5000 ms)\n";
    return failures == 0 ? 0 : 1;
}
