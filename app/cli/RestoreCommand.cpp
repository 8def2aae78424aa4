#include "RestoreCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "backup/DatabaseBackup.h"
#include "database/Database.h"

#include <QDir>

namespace anju::cli {

int RestoreCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] restore FILE"),
        tr("Checks the backup FILE (integrity, schema version), keeps the present database aside "
           "(in a file beside it; on a server, renamed to NAME_before_restore_TIME), and replaces the "
           "database's contents with the backup. On a server the other desks must close Anju first. "
           "Only an administrator may restore."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (parser.options().positionalArguments().size() != 1)
        return parser.usageError(tr("restore takes one backup file."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    QString aside;
    int reported = -1;
    const Outcome outcome = backup::DatabaseBackup::restore(
        *db, parser.options().positionalArguments().constFirst(), &aside, [&reported](int done, int total) {
            const int tenth = total > 0 ? done * 10 / total : 10;
            if (tenth != reported) {
                reported = tenth;
                err() << tr("Restoring: %1%").arg(tenth * 10) << Qt::endl;
            }
            return true;
        });
    if (!outcome)
        return fail(outcome.summary());
    out() << tr("Restored from %1.")
                 .arg(QDir::toNativeSeparators(parser.options().positionalArguments().constFirst()))
          << Qt::endl
          << tr("The database as it was before: %1")
                 .arg(db->dialect().engine() == SqlDialect::Engine::Sqlite ? QDir::toNativeSeparators(aside)
                                                                           : aside)
          << Qt::endl;
    return Success;
}

} // namespace anju::cli
