#include "IncomeImportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "exchange/IncomeCheckCells.h"
#include "exchange/IncomeCheckImporter.h"
#include "exchange/RejectedRowsWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

QJsonObject toJson(const exchange::IncomeImportSummary& s, bool dryRun)
{
    QJsonArray rejected;
    for (const exchange::ImportError& e : s.errors)
        rejected.append(QJsonObject{{QStringLiteral("row"), e.row},
                                    {QStringLiteral("column"), e.column},
                                    {QStringLiteral("message"), e.message}});
    QJsonArray months;
    for (const QDate& month : s.months)
        months.append(month.toString(QStringLiteral("yyyy-MM")));
    return QJsonObject{{QStringLiteral("sheet"), s.sheetName},
                       {QStringLiteral("header_row"), s.headerRow},
                       {QStringLiteral("months"), months},
                       {QStringLiteral("rows_read"), s.rowsRead},
                       {QStringLiteral("new"), s.checksNew},
                       {QStringLiteral("changed"), s.checksChanged},
                       {QStringLiteral("unchanged"), s.checksUnchanged},
                       {QStringLiteral("rows_rejected"), s.rowsRejected},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("written"), s.written},
                       {QStringLiteral("errors"), rejected}};
}

} // namespace

int IncomeImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] income import FILE [--month YYYY-MM] [--dry-run] [--json] [--rejected "
           "FILE.xlsx]"),
        tr("Imports a month's income checks (月度收支核查, .xlsx or .csv), one row per household found by "
           "the "
           "head's ID number (户主身份证号) or the household code (户编号). A row with an error is rejected "
           "with its reasons and the other rows are written; a check of that month already on file is "
           "replaced, one equal to the row is left as it is."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"),
                       tr("The month of the whole file, for a sheet without a 月份 column."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but write nothing.")});
    options.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    options.addOption({QStringLiteral("rejected"),
                       tr("Save the rejected rows with their reasons to this .xlsx, to correct and import "
                          "again."),
                       tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("income import takes exactly one file."));

    exchange::IncomeImportOptions import;
    import.path = options.positionalArguments().constFirst();
    import.dryRun = options.isSet(QStringLiteral("dry-run"));
    if (options.isSet(QStringLiteral("month"))) {
        import.month = exchange::IncomeCheckCells::monthFromText(options.value(QStringLiteral("month")));
        if (!import.month.isValid())
            return parser.usageError(tr("--month must be a month written YYYY-MM."));
    }
    const QString rejectedPath = options.value(QStringLiteral("rejected"));
    QList<exchange::RejectedRow> rejectedRows;
    if (!rejectedPath.isEmpty())
        import.rejectedRow = [&](int row, const QStringList& cells, const QString& reason) {
            rejectedRows.append({row, cells, reason});
};
const bool json = options.isSet(QStringLiteral("json"));

const std::unique_ptr<Database> db = context.openDatabase(false);
if (!db)
    return Failure;
const Result<exchange::IncomeImportSummary> result = exchange::IncomeCheckImporter(*db).run(import);
if (!result)
    return fail(result.summary());
const exchange::IncomeImportSummary& s = result.value();
if (!rejectedPath.isEmpty() && !rejectedRows.isEmpty()) {
    if (const Outcome saved = exchange::RejectedRowsWriter::write(rejectedPath, s.headers, rejectedRows);
        !saved)
        return fail(saved.summary());
}
if (json) {
    out() << QString::fromUtf8(QJsonDocument(toJson(s, import.dryRun)).toJson(QJsonDocument::Indented));
} else {
    for (const exchange::ImportError& e : s.errors)
        out() << exchange::IncomeCheckImporter::describe(e) << '\n';
    out() << tr("Sheet \"%1\", header on row %2: %n row(s) read.", nullptr, s.rowsRead)
                 .arg(s.sheetName)
                 .arg(s.headerRow)
          << '\n';
    const QString counts = tr("%1 new, %2 changed, %3 unchanged, %4 rejected")
                               .arg(s.checksNew)
                               .arg(s.checksChanged)
                               .arg(s.checksUnchanged)
                               .arg(s.rowsRejected);
    if (s.written)
        out() << tr("Checks imported: %1.").arg(counts);
    else if (import.dryRun)
        out() << tr("Checks that would be imported: %1 (dry run: nothing written).").arg(counts);
    else
        out() << tr("Nothing was written: %1.").arg(counts);
    out() << '\n';
    if (!rejectedPath.isEmpty() && !rejectedRows.isEmpty())
        out() << tr("The rejected rows are saved in %1.").arg(rejectedPath) << '\n';
}
out().flush();
return s.rowsRejected == 0 ? Success : Failure;
} // namespace anju::cli

} // namespace anju::cli
