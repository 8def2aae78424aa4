#include "RestoreCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "backup/DatabaseBackup.h"

#include <QDir>

namespace anju::cli {

int RestoreCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] restore FILE"),
        tr("Checks the backup FILE (integrity, schema version), keeps the present database aside "
           "in a file beside it, and replaces the database's contents with the backup. Only an "
           "administrator may restore."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (parser.options().positionalArguments().size() != 1)
        return parser.usageError(tr("restore takes one backup file."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    QString aside;
    const Outcome outcome =
        DatabaseBackup::restore(*db, parser.options().positionalArguments().constFirst(), &aside);
    if (!outcome)
        return fail(outcome.summary());
    out() << tr("Restored from %1.")
                 .arg(QDir::toNativeSeparators(parser.options().positionalArguments().constFirst()))
          << Qt::endl
          << tr("The database as it was before: %1").arg(QDir::toNativeSeparators(aside)) << Qt::endl;
    return Success;
}

} // namespace anju::cli
