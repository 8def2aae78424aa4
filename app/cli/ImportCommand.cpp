#include "ImportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "exchange/RosterImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

QJsonObject toJson(const exchange::ImportSummary& s)
{
    QJsonArray errors;
    for (const exchange::ImportError& e : s.errors) {
        QJsonObject error{{QStringLiteral("row"), e.row},
                          {QStringLiteral("column"), e.column},
                          {QStringLiteral("message"), e.message}};
        if (!e.sheet.isEmpty())
            error.insert(QStringLiteral("sheet"), e.sheet);
        errors.append(error);
    }
    return {
        {QStringLiteral("households_imported"), s.householdsImported},
        {QStringLiteral("persons_imported"), s.personsImported},
        {QStringLiteral("households_rejected"), s.householdsRejected},
        {QStringLiteral("rows_rejected"), s.rowsRejected},
        {QStringLiteral("households_unchanged"), s.householdsUnchanged},
        {QStringLiteral("already_imported"), s.alreadyImported},
        {QStringLiteral("written"), s.written},
        {QStringLiteral("sheet"), s.sheetName},
        {QStringLiteral("header_row"), s.headerRow},
        {QStringLiteral("errors"), errors},
    };
}

} // namespace

int ImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] "
           "[--site CODE] [--moved-in DATE]"),
        tr("Imports a household roster (.xlsx, or .csv in UTF-8 or GB18030). A household goes in whole or "
           "not at all; without --skip-invalid nothing is written when any row is wrong. Every rejected row "
           "is listed with its row number, column and reason."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but write nothing.")});
    options.addOption({QStringLiteral("skip-invalid"), tr("Write the valid households even if others are rejected.")});
    options.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    options.addOption({QStringLiteral("sheet"), tr("Read this sheet (1 is the first) instead of finding the roster."),
                       tr("N")});
    options.addOption({QStringLiteral("header-row"), tr("The header is on this row instead of the one found."),
                       tr("N")});
    options.addOption(
        {QStringLiteral("site"), tr("Site (code or name) for households whose rows name none."), tr("CODE")});
    options.addOption({QStringLiteral("moved-in"),
                       tr("Move-in date (YYYY-MM-DD) for households whose rows give none, as in a roster "
                          "without that column."),
                       tr("DATE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("import takes exactly one file."));

    exchange::ImportOptions import;
    import.path = options.positionalArguments().constFirst();
    import.dryRun = options.isSet(QStringLiteral("dry-run"));
    import.skipInvalid = options.isSet(QStringLiteral("skip-invalid"));
    import.defaultSite = options.value(QStringLiteral("site"));
    if (options.isSet(QStringLiteral("moved-in"))) {
        import.movedIn = QDate::fromString(options.value(QStringLiteral("moved-in")).trimmed(), Qt::ISODate);
        if (!import.movedIn.isValid())
            return parser.usageError(tr("--moved-in must be a date written YYYY-MM-DD."));
    }
    bool ok = true;
    if (options.isSet(QStringLiteral("sheet"))) {
        import.sheetIndex = options.value(QStringLiteral("sheet")).toInt(&ok) - 1;
        if (!ok || import.sheetIndex < 0)
            return parser.usageError(tr("--sheet must be a number from 1."));
    }
    if (options.isSet(QStringLiteral("header-row"))) {
        import.headerRow = options.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || import.headerRow < 1)
            return parser.usageError(tr("--header-row must be a number from 1."));
    }
    const bool json = options.isSet(QStringLiteral("json"));
    int reportedTenth = -1;
    import.progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (!json && tenth != reportedTenth) {
            reportedTenth = tenth;
            err() << tr("Reading: %1%").arg(tenth * 10) << Qt::endl;
        }
        return true;
    };

    const std::unique_ptr<Database> db = context.openDatabase(false);
    if (!db)
        return Failure;
    const Result<exchange::ImportSummary> result = exchange::RosterImporter(*db).run(import);
    if (!result)
        return fail(result.summary());
    const exchange::ImportSummary& s = result.value();
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(toJson(s)).toJson(QJsonDocument::Indented));
        out().flush();
    } else if (s.alreadyImported) {
        out() << tr("This file was already imported on %1; nothing was changed.")
                     .arg(s.alreadyImportedOn.toString(Qt::ISODate))
              << '\n';
    } else {
        for (const exchange::ImportError& e : s.errors)
            out() << exchange::RosterImporter::describe(e) << '\n';
        out() << tr("Sheet \"%1\", header on row %2.").arg(s.sheetName).arg(s.headerRow) << '\n';
        const QString households = tr("%Ln household(s)", nullptr, s.householdsImported);
        const QString persons = tr("%Ln person(s)", nullptr, s.personsImported);
        if (s.written)
            out() << tr("Imported: %1, %2.").arg(households, persons);
        else if (import.dryRun)
            out() << tr("Would import: %1, %2 (dry run: nothing written).").arg(households, persons);
        else if (s.householdsRejected == 0)
            out() << tr("Nothing new to import: every household of the file is already in the database.");
        else
            out() << tr("Nothing was written.");
        out() << '\n';
        if (s.householdsRejected > 0)
            out() << tr("Rejected: %1, %2.")
                         .arg(tr("%Ln household(s)", nullptr, s.householdsRejected),
                              tr("%Ln row(s)", nullptr, s.rowsRejected))
                  << '\n';
        if (s.householdsUnchanged > 0)
            out() << tr("Already in the database as in the file: %1.")
                         .arg(tr("%Ln household(s)", nullptr, s.householdsUnchanged))
                  << '\n';
        if (!s.written && !import.dryRun && s.householdsRejected > 0)
            out() << tr("Correct the rows above and import again, or use --skip-invalid to import the valid "
                        "households.")
                  << '\n';
        out().flush();
    }
    if (s.alreadyImported)
        return Success;
    return s.householdsRejected > 0 && !(s.written && import.skipInvalid) ? Failure : Success;
}

} // namespace anju::cli
