#include "GridSheetCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "VisitSheetDocument.h"
#include "grids/GridRepository.h"
#include "grids/VisitSheet.h"
#include "report/ReportingUnit.h"

namespace anju::cli {

int GridSheetCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid sheet --month YYYY-MM (--worker NAME | --building ID-or-NAME) [--grid CODE] "
           "-o FILE.pdf"),
        tr("Writes the month's visit sheet (A4 PDF) of a grid worker or pairing cadre, or of a building: its "
           "open visits by building, floor and room, each with a code to enter the visit by."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"), tr("The month (default: this month)."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("worker"),
                       tr("The worker's name, or staff:ID / member:ID when several have it."), tr("NAME")});
    options.addOption({QStringLiteral("building"), tr("The building's id or name."), tr("ID-or-NAME")});
    options.addOption({QStringLiteral("grid"), tr("Only the households of this grid."), tr("CODE")});
    options.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."), tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("grid sheet takes no arguments besides its options."));
    QDate month = QDate::currentDate();
    if (options.isSet(QStringLiteral("month"))) {
        month = QDate::fromString(options.value(QStringLiteral("month")).trimmed() + QStringLiteral("-01"),
                                  Qt::ISODate);
        if (!month.isValid())
            return parser.usageError(tr("--month needs a month written YYYY-MM, e.g. 2026-11."));
    }
    const bool byWorker = options.isSet(QStringLiteral("worker"));
    if (byWorker == options.isSet(QStringLiteral("building")))
        return parser.usageError(tr("grid sheet needs either --worker or --building."));
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty() || !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return parser.usageError(tr("grid sheet needs -o FILE.pdf."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    qint64 gridId = 0;
    QString gridName;
    if (options.isSet(QStringLiteral("grid"))) {
        const QString code = options.value(QStringLiteral("grid")).trimmed();
        const auto g = grids::GridRepository(*db).gridByCode(code);
        if (!g)
            return fail(tr("There is no grid with the code %1.").arg(code));
        gridId = g->id;
        gridName = g->name;
    }
    const grids::VisitSheetQuery query(*db);
    Result<grids::VisitSheet> sheet = Outcome();
    if (byWorker) {
        const auto worker = query.worker(options.value(QStringLiteral("worker")), month, gridId);
        if (!worker)
            return fail(worker.summary());
        sheet = query.forWorker(month, worker.value(), gridId);
    } else {
        const auto building = query.building(options.value(QStringLiteral("building")), gridId);
        if (!building)
            return fail(building.summary());
        sheet = query.forBuilding(month, building.value().id, gridId);
    }
    if (!sheet)
        return fail(sheet.summary());
    sheet.value().office = report::ReportingUnit::saved(*db);
    sheet.value().gridName = gridName;
    if (const Outcome written = VisitSheetDocument::writePdf(sheet.value(), output); !written)
        return fail(written.summary());
    out() << tr("Visit sheet of %1 for %2 written to %3: %4 row(s).")
                 .arg(sheet.value().title, month.toString(QStringLiteral("yyyy-MM")), output)
                 .arg(sheet.value().rows.size())
          << Qt::endl;
    return Success;
}

} // namespace anju::cli
