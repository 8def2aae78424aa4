#include "TrainingImportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "exchange/AttendanceImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

int TrainingImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] training import FILE [--course ID] [--dry-run] [--json]"),
        tr("Imports the office's attendance sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 报名日期, "
           "结业情况 (结业, 退出, 在训), 证书编号, 出勤课时, and optionally 培训班 and 开班日期 so that one "
           "sheet "
           "holds many courses: one person on one course a row, the person found by the ID number. People "
           "not on their course are enrolled; those on it have their outcome updated where the sheet says "
           "otherwise. When any row is bad, each is listed with its reasons and nothing is written."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("course"),
                       tr("The course of the rows that name none (its number: training list prints it)."),
                       tr("ID")});
    options.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but write nothing.")});
    options.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("training import takes exactly one file."));
    exchange::AttendanceImportOptions import;
    import.path = options.positionalArguments().constFirst();
    import.dryRun = options.isSet(QStringLiteral("dry-run"));
    if (options.isSet(QStringLiteral("course"))) {
        bool ok = false;
        import.courseId = options.value(QStringLiteral("course")).toLongLong(&ok);
        if (!ok || import.courseId <= 0)
            return parser.usageError(tr("--course needs a course's number (training list prints it)."));
    }

    const std::unique_ptr<Database> db = context.openDatabase(false);
    if (!db)
        return Failure;
    const auto result = exchange::AttendanceImporter(*db).run(import);
    if (!result)
        return fail(result.summary());
    const exchange::AttendanceImportSummary& s = result.value();
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray errors;
        for (const exchange::ImportError& e : s.errors)
            errors.append(QJsonObject{{QStringLiteral("row"), e.row},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("sheet"), s.sheetName},
                                      {QStringLiteral("header_row"), s.headerRow},
                                      {QStringLiteral("rows_read"), s.rowsRead},
                                      {QStringLiteral("courses"), s.courses},
                                      {QStringLiteral("enrolled"), s.enrolled},
                                      {QStringLiteral("changed"), s.changed},
                                      {QStringLiteral("unchanged"), s.unchanged},
                                      {QStringLiteral("rows_rejected"), s.rowsRejected},
                                      {QStringLiteral("dry_run"), import.dryRun},
                                      {QStringLiteral("written"), s.written},
                                      {QStringLiteral("errors"), errors}})
                .toJson(QJsonDocument::Indented));
    } else {
        for (const exchange::ImportError& e : s.errors)
            out() << exchange::AttendanceImporter::describe(e) << '\n';
        out() << tr("Sheet \"%1\", header on row %2: %n row(s) read.", nullptr, s.rowsRead)
                     .arg(s.sheetName)
                     .arg(s.headerRow)
              << '\n';
        if (s.rowsRejected > 0)
            out() << tr("Nothing was written: %n row(s) to correct.", nullptr, s.rowsRejected);
        else if (s.written)
            out() << tr("Courses: %1. Enrolled: %2. Outcomes changed: %3. Unchanged: %4.")
                         .arg(s.courses)
                         .arg(s.enrolled)
                         .arg(s.changed)
                         .arg(s.unchanged);
        else
            out() << tr("Courses: %1. Would be enrolled: %2. Outcomes that would change: %3. Unchanged: %4 "
                        "(dry run: nothing written).")
                         .arg(s.courses)
                         .arg(s.enrolled)
                         .arg(s.changed)
                         .arg(s.unchanged);
        out() << '\n';
    }
    out().flush();
    return s.rowsRejected == 0 ? Success : Failure;
}

} // namespace anju::cli
