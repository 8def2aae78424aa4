#include "PartyExportCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "exchange/PartyRosterExporter.h"

namespace anju::cli {

int PartyExportCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] party export roster -o FILE"),
        tr("Writes the members on the roll as a party roster (党员花名册, .xlsx) in the layout "
           "party import reads."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The .xlsx file to write."), tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList rest = options.positionalArguments();
    if (rest != QStringList{QStringLiteral("roster")})
        return parser.usageError(
            tr("party export needs roster, e.g. anju-cli party export roster -o 党员.xlsx."));
    const QString path = options.value(QStringLiteral("output"));
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return parser.usageError(tr("-o needs an .xlsx file."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const auto written = exchange::PartyRosterExporter(*db).write(path);
    if (!written)
        return fail(written.summary());
    out() << tr("%n member(s) written to %1.", nullptr, written.value()).arg(path) << '\n';
    out().flush();
    return Success;
}

} // namespace anju::cli
