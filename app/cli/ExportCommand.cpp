#include "ExportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "exchange/RosterExporter.h"
#include "registry/SiteRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace anju::cli {

int ExportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] export roster -o FILE [--site CODE] [--active-only] [--unit NAME] [--date DATE]"),
        tr("Writes the household roster, one row per person, household by household. A .xlsx file has the "
           "layout offices file and print: title, reporting unit and date, household columns merged over "
           "the members' rows, totals and signature lines. A .csv file (UTF-8) has one header line and one "
           "line per person, for other programs. Both can be imported again."));
    QCommandLineParser& options = parser.options();
    options.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                       tr("The file to write, ending in .xlsx or .csv (replaced when it exists)."),
                       tr("FILE")});
    options.addOption(
        {QStringLiteral("site"), tr("Only the households of the site with this code."), tr("CODE")});
    options.addOption({QStringLiteral("active-only"),
                       tr("Leave out members who moved away or died (by default they are listed with their "
                          "state and its date).")});
    options.addOption(
        {QStringLiteral("unit"), tr("The reporting unit written above the table (.xlsx)."), tr("NAME")});
    options.addOption({QStringLiteral("date"),
                       tr("The reporting date written above the table, YYYY-MM-DD (default: today)."),
                       tr("DATE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList positional = options.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("roster"))
        return parser.usageError(tr("Name what to export: anju-cli export roster -o FILE."));
    if (positional.size() > 1)
        return parser.usageError(tr("export roster takes no arguments besides roster, only options."));
    if (!options.isSet(QStringLiteral("output")) ||
        options.value(QStringLiteral("output")).trimmed().isEmpty())
        return parser.usageError(tr("Name the file to write with -o FILE (.xlsx or .csv)."));

    exchange::RosterExportOptions exportOptions;
    exportOptions.path = options.value(QStringLiteral("output"));
    exportOptions.includeFormer = !options.isSet(QStringLiteral("active-only"));
    exportOptions.reportingUnit = options.value(QStringLiteral("unit"));
    if (options.isSet(QStringLiteral("date"))) {
        exportOptions.date = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
        if (!exportOptions.date.isValid())
            return parser.usageError(tr("--date must be a date written YYYY-MM-DD."));
    }

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        const QString code = options.value(QStringLiteral("site")).trimmed();
        const std::optional<Site> site = registry::SiteRepository(*db).siteByCode(code);
        if (!site)
            return fail(tr("There is no site with the code %1.").arg(code));
        exportOptions.siteId = site->id;
    }

    int reportedTenth = -1;
    exportOptions.progress = [&reportedTenth](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth != reportedTenth) {
            reportedTenth = tenth;
            err() << tr("Exporting: %1% (%L2 of %L3 persons)").arg(tenth * 10).arg(done).arg(total)
                  << Qt::endl;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    exchange::RosterExporter exporter(*db);
    const Outcome outcome = exporter.exportRoster(exportOptions);
    if (!outcome)
        return fail(outcome.summary());
    err() << tr("Done in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;

    const exchange::RosterExportCounts& counts = exporter.counts();
    out() << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(exportOptions.path).absoluteFilePath()))
          << Qt::endl
          << tr("Households: %1").arg(counts.households) << Qt::endl
          << tr("Persons: %1").arg(counts.persons) << Qt::endl;
    if (exportOptions.includeFormer)
        out() << tr("Of them moved away or deceased: %1").arg(counts.formerPersons) << Qt::endl;
    return Success;
}

} // namespace anju::cli
