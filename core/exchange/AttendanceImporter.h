#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// The columns of the office's training attendance sheet 培训签到/结业台账.
enum class AttendanceField
{
    Name,       // 姓名 (the ID number finds the person; the name must be theirs)
    IdNumber,   // 身份证号
    EnrolledOn, // 报名日期 (needed for a person not yet on the course)
    Outcome, // 结业情况: 结业/已结业, 退出/中途退出, 在训; blank: 在训 for a new person, as on file else
    Certificate, // 证书编号 (blank: as on file)
    Hours,       // 出勤课时 (blank: 0 for a new person, as on file else)
    Course,      // 培训班: the course's title, so that one sheet may hold a year of a site's courses
    CourseStart, // 开班日期: with 培训班, tells courses of the same title apart
};

struct AttendanceImportOptions
{
    QString path;
    // The course of the rows that name none (no 培训班 column, or the cell blank); 0: every row names its
    // own.
    qint64 courseId = 0;
    bool dryRun = false; // check everything, write nothing
    // The day outcomes are recorded on: completion counts from the course's last day on.
    QDate today = QDate::currentDate();
};

struct AttendanceImportSummary
{
    int rowsRead = 0; // data rows below the header (footers and blank rows not counted)
    // With dryRun: what would be; when any row is rejected, 0 (nothing is written until they are corrected).
    int enrolled = 0;     // people put on a course
    int changed = 0;      // people on the course already whose outcome, hours or certificate changed
    int unchanged = 0;    // people on the course already, exactly as the sheet says: not rewritten
    int courses = 0;      // the courses the rows name
    int rowsRejected = 0; // rows with at least one error
    bool written = false;
    QString sheetName;
    int headerRow = 0;
    QList<ImportError> errors; // any error: nothing is written
};

// What a sheet's header says before anything is imported: for the import dialog, which shows the columns
// found and asks for the course when the rows name none.
struct AttendanceSheetHeader
{
    QString sheetName;
    int headerRow = 0;
    QStringList headers;
    QList<AttendanceField> fields; // the fields the header names, in the sheet's order
    bool namesCourses = false;     // 培训班 and 开班日期: rows may name their course
};

// Imports the office's attendance sheet (.xlsx or .csv, with the roster's readers, header search and merged
// cells): one person on one course a row. The person is found by the ID number and the name must be theirs
// (a row that slipped is refused); the course is the one the row names by 培训班 and 开班日期 (a course of
// the person's site before one for the whole office), else the one of the options. A person not on the
// course is enrolled on their 报名日期; one on it already keeps their enrolment, and their outcome, hours
// and certificate are updated where the sheet says otherwise, so importing the same sheet twice changes
// nothing. Every row is checked by TrainingService's rules (places, site, on file that day, completion from
// the course's last day, hours, certificates given once); when any row is bad each is listed with its row
// and column and nothing is written; else the whole sheet is written in one transaction (source 'import').
//
// The training tab's import: inspect() to show the columns found (and ask for the course when the sheet
// names none), run() with dryRun to show the summary and the errors (describe()), then run() for real once
// the clerk agrees; header() names the columns for the dialog's hint.
class AttendanceImporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::AttendanceImporter)

public:
    explicit AttendanceImporter(const Database& db) : m_db(db) {}

    // An Outcome error only for a refused permission, a file that cannot be read, a header that cannot be
    // used, a course of the options not on file, or a write the database refused; bad rows are the
    // summary's errors.
    Result<AttendanceImportSummary> run(const AttendanceImportOptions& options);
    // Finds the header of an attendance sheet and the columns it names, reading no row below it.
    static Result<AttendanceSheetHeader> inspect(const QString& path);
    // The canonical header of a field, and the field a header names (its synonyms too).
    static QString header(AttendanceField field);
    static std::optional<AttendanceField> fieldForHeader(const QString& headerText);
    // "Row 5, 身份证号: …"
    static QString describe(const ImportError& error);

private:
    const Database& m_db;
};

} // namespace anju::exchange
