#include "EmploymentImportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "exchange/EmploymentImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

int EmploymentImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] employment import FILE [--dry-run] [--json]"),
        tr("Imports the office's employment sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 就业渠道, "
           "用工单位/地点, 输出省份, 输出城市, 月收入, 开始日期, 结束日期: one job a row, the person found "
           "by the "
           "ID number. When any row is bad, each is listed with its reasons and nothing is written."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but write nothing.")});
    options.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("employment import takes exactly one file."));
    exchange::EmploymentImportOptions import;
    import.path = options.positionalArguments().constFirst();
    import.dryRun = options.isSet(QStringLiteral("dry-run"));

    const std::unique_ptr<Database> db = context.openDatabase(false);
    if (!db)
        return Failure;
    const auto result = exchange::EmploymentImporter(*db).run(import);
    if (!result)
        return fail(result.summary());
    const exchange::EmploymentImportSummary& s = result.value();
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
                                      {QStringLiteral("new"), s.jobsNew},
                                      {QStringLiteral("rows_rejected"), s.rowsRejected},
                                      {QStringLiteral("dry_run"), import.dryRun},
                                      {QStringLiteral("written"), s.written},
                                      {QStringLiteral("errors"), errors}})
                .toJson(QJsonDocument::Indented));
    } else {
        for (const exchange::ImportError& e : s.errors)
            out() << exchange::EmploymentImporter::describe(e) << '\n';
        out() << tr("Sheet \"%1\", header on row %2: %n row(s) read.", nullptr, s.rowsRead)
                     .arg(s.sheetName)
                     .arg(s.headerRow)
              << '\n';
        if (s.written)
            out() << tr("Jobs imported: %1.").arg(s.jobsNew);
        else if (s.rowsRejected > 0)
            out() << tr("Nothing was written: %n row(s) to correct.", nullptr, s.rowsRejected);
        else
            out() << tr("Jobs that would be imported: %1 (dry run: nothing written).").arg(s.jobsNew);
        out() << '\n';
    }
    out().flush();
    return s.rowsRejected == 0 ? Success : Failure;
}

} // namespace anju::cli
