#include "BackupCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "backup/DatabaseBackup.h"

#include <QDir>
#include <QFileInfo>

namespace anju::cli {

int BackupCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] backup -o FILE"),
        tr("Copies the database to FILE while other desks go on working: a database file through "
           "SQLite's online backup, a database on a PostgreSQL server through pg_dump (its custom "
           "format; PostgreSQL's client programs must be installed). The copy is checked before the "
           "command reports success."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The backup file to write."), tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("backup takes no arguments; name the file with -o FILE."));
    if (!options.isSet(QStringLiteral("output")))
        return parser.usageError(tr("Name the backup file with -o FILE."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString target = QFileInfo(options.value(QStringLiteral("output"))).absoluteFilePath();
    int reported = -1;
    const Outcome outcome = backup::DatabaseBackup::backup(*db, target, [&reported](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth != reported) {
            reported = tenth;
            err() << tr("Backing up: %1%").arg(tenth * 10) << Qt::endl;
        }
        return true;
    });
    // DatabaseBackup::backup checked the copy before giving it the name asked for.
    if (!outcome)
        return fail(outcome.summary());
    out() << tr("Backup: %1 (%L2 bytes)").arg(QDir::toNativeSeparators(target)).arg(QFileInfo(target).size())
          << Qt::endl;
    return Success;
}

} // namespace anju::cli
