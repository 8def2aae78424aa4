#include "PartyImportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "exchange/PartyRosterImporter.h"
#include "exchange/RosterImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

QJsonArray toJson(const QList<exchange::ImportError>& list)
{
    QJsonArray rows;
    for (const exchange::ImportError& e : list)
        rows.append(QJsonObject{{QStringLiteral("row"), e.row},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("message"), e.message}});
    return rows;
}

} // namespace

int PartyImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] party import FILE [--dry-run] [--json]"),
        tr("Imports a branch's roster of party members (党员花名册, .xlsx or .csv): members matched to "
           "residents by ID number, others as outside cadres. A row with an error is rejected and then "
           "nothing is written; steps that break a rule of development go in as entered from records "
           "(据档案补录), "
           "with a warning each. Members already on file are left unchanged."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("dry-run"), tr("Check the file and write nothing.")});
    options.addOption({QStringLiteral("json"), tr("Print the outcome as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("party import takes exactly one file."));

    const std::unique_ptr<Database> db = context.openDatabase(false);
    if (!db)
        return Failure;
    exchange::PartyImportOptions import;
    import.path = options.positionalArguments().first();
    import.dryRun = options.isSet(QStringLiteral("dry-run"));
    const auto result = exchange::PartyRosterImporter(*db).run(import);
    if (!result)
        return fail(result.summary());
    const exchange::PartyImportSummary& s = result.value();
    if (options.isSet(QStringLiteral("json"))) {
        const QJsonObject document{{QStringLiteral("members_imported"), s.membersImported},
                                   {QStringLiteral("rows_rejected"), s.rowsRejected},
                                   {QStringLiteral("warnings"), int(s.warnings.size())},
                                   {QStringLiteral("errors"), toJson(s.errors)},
                                   {QStringLiteral("warning_list"), toJson(s.warnings)}};
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        for (const exchange::ImportError& e : s.errors)
            out() << exchange::RosterImporter::describe(e) << '\n';
        for (const exchange::ImportError& e : s.warnings)
            out() << tr("warning: ") << exchange::RosterImporter::describe(e) << '\n';
        out() << (s.written ? tr("%n member(s) imported", nullptr, s.membersImported)
                            : tr("%n member(s) would be imported", nullptr, s.membersImported))
              << tr(", %n already on file", nullptr, s.membersUnchanged)
              << tr(", %n row(s) rejected", nullptr, s.rowsRejected)
              << tr(", %n warning(s).", nullptr, int(s.warnings.size())) << '\n';
        if (!s.errors.isEmpty())
            out() << tr("Nothing was written: correct the rows above and import the file again.") << '\n';
    }
    out().flush();
    return s.errors.isEmpty() ? Success : Failure;
}

} // namespace anju::cli
