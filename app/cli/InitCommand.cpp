#include "InitCommand.h"

#include "CommandParser.h"
#include "Console.h"

namespace anju::cli {

int InitCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] init"),
        tr("Creates the database, or upgrades an existing one to the schema of this program, "
           "and prints its location and schema version."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!parser.options().positionalArguments().isEmpty())
        return parser.usageError(tr("init takes no arguments."));

    const std::unique_ptr<Database> db = context.openDatabase(false);
    if (!db)
        return Failure;
    out() << tr("Database: %1").arg(db->location().display()) << Qt::endl;
    out() << tr("Schema version: %1").arg(db->schemaVersion()) << Qt::endl;
    return Success;
}

} // namespace anju::cli
