#include "ReportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "SummaryDocument.h"
#include "registry/SiteRepository.h"
#include "report/ReportingUnit.h"
#include "report/SummaryJson.h"
#include "report/SummaryXlsxWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace anju::cli {

namespace {

Outcome writeJson(const report::MonthlySummary& summary, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report::SummaryJson::write(summary)) < 0 ||
        !file.commit())
        return Outcome::failure(QLatin1String(Field::General),
                                ReportCommand::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int ReportCommand::runUnit(const CliContext& context, const std::optional<QString>& name)
{
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (name) {
        const Outcome saved = report::ReportingUnit::save(*db, *name);
        if (!saved)
            return fail(saved.summary());
    }
    const QString unit = report::ReportingUnit::saved(*db);
    out() << (unit.isEmpty() ? tr("No reporting unit is set: a site's summary names the site.")
                             : tr("Reporting unit: %1").arg(unit))
          << Qt::endl;
    return Success;
}

int ReportCommand::run(const CliContext& context, const QStringList& arguments)
{
    const report::ReportMonth thisMonth{QDate::currentDate().addDays(1 - QDate::currentDate().day())};
    CommandParser parser(
        tr("[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE | "
           "report unit [NAME]"),
        tr("Writes the monthly summary of the whole office or of one site: households and "
           "people, moves, structure and the site rules broken, each with last month's figure "
           "and the change. The file's extension chooses the format: .pdf (A4, for printing), "
           ".xlsx (the office layout with signature lines) or .json (for other programs). "
           "report unit shows the reporting unit (填报单位) kept in the settings, or saves NAME as it "
           "(an empty NAME clears it), as the field on the 报表 page does."));
    QCommandLineParser& options = parser.options();
    options.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                       tr("The file to write, ending in .pdf, .xlsx or .json (replaced when it exists)."),
                       tr("FILE")});
    options.addOption({QStringLiteral("month"),
                       tr("The month, YYYY-MM (default: this month, %1).").arg(thisMonth.key()),
                       tr("MONTH")});
    options.addOption({QStringLiteral("site"), tr("Only the site with this code."), tr("CODE")});
    options.addOption(
        {QStringLiteral("unit"),
         tr("The reporting unit (填报单位) printed above the figures (default: the office's name in "
            "the settings, or the site's name)."),
         tr("NAME")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList positional = options.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("unit")) {
        if (positional.size() > 2)
            return parser.usageError(tr("report unit takes one NAME; put a name with spaces in quotes."));
        return runUnit(context,
                       positional.size() == 2 ? std::optional<QString>(positional.at(1)) : std::nullopt);
    }
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("monthly"))
        return parser.usageError(tr("Name the report: anju-cli report monthly --month YYYY-MM -o FILE."));
    if (positional.size() > 1)
        return parser.usageError(tr("report monthly takes no arguments besides monthly, only options."));
    const QString path = options.value(QStringLiteral("output")).trimmed();
    if (path.isEmpty())
        return parser.usageError(tr("Name the file to write with -o FILE (.pdf, .xlsx or .json)."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("json"))
        return parser.usageError(tr("The file must end in .pdf, .xlsx or .json."));
    report::ReportMonth month = thisMonth;
    if (options.isSet(QStringLiteral("month"))) {
        month = report::ReportMonth::parse(options.value(QStringLiteral("month")));
        if (!month.isValid())
            return parser.usageError(tr("--month must be a month written YYYY-MM, e.g. 2026-10."));
    }

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    qint64 siteId = 0;
    if (options.isSet(QStringLiteral("site"))) {
        const QString code = options.value(QStringLiteral("site")).trimmed();
        const std::optional<Site> site = registry::SiteRepository(*db).siteByCode(code);
        if (!site)
            return fail(tr("There is no site with the code %1.").arg(code));
        siteId = site->id;
    }

    QElapsedTimer timer;
    timer.start();
    Result<report::MonthlySummary> summary = report::MonthlySummaryBuilder(*db).build(month, siteId);
    if (!summary)
        return fail(summary.summary());
    if (options.isSet(QStringLiteral("unit")))
        summary.value().reportingUnit = options.value(QStringLiteral("unit")).trimmed();
    const qint64 computed = timer.elapsed();
    Outcome written;
    if (suffix == QLatin1String("pdf"))
        written = SummaryDocument::writePdf(summary.value(), path);
    else if (suffix == QLatin1String("xlsx"))
        written = report::SummaryXlsxWriter::write(summary.value(), path);
    else
        written = writeJson(summary.value(), path);
    if (!written)
        return fail(written.summary());
    err() << tr("Figures computed in %1 ms, file written in %2 ms.")
                 .arg(computed)
                 .arg(timer.elapsed() - computed)
          << Qt::endl;

    out() << tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())) << Qt::endl;
    for (const char* key : {"households_active", "people_active"}) {
        if (const report::ReportFigure* f =
                summary.value().figure(QStringLiteral("population"), QLatin1String(key)))
            out() << f->label << QStringLiteral(": ") << f->value << QStringLiteral(" (")
                  << tr("last month %1").arg(f->previous) << QStringLiteral(")") << Qt::endl;
    }
    return Success;
}

} // namespace anju::cli
