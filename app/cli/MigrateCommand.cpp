#include "MigrateCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "backup/EngineTransfer.h"

#include <QFileInfo>

#include <algorithm>

namespace anju::cli {

int MigrateCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE"),
        tr("Moves the whole Anju database file of a single desk onto a PostgreSQL server, into an "
           "empty database, in one transaction; compares the row counts of every table before "
           "committing. The file is not changed."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("from"), tr("The Anju database file to move."), tr("FILE")});
    options.addOption({QStringLiteral("to"), tr("The PostgreSQL database to move it into."), tr("URL")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.isSet(QStringLiteral("from")) || !options.isSet(QStringLiteral("to")))
        return parser.usageError(tr("migrate needs --from FILE and --to URL."));

    // The file's administrator logs in on the file; the server database is empty and has no users until
    // the file's arrive with the move.
    CliContext source = context;
    source.location = DatabaseLocation::parse(options.value(QStringLiteral("from")));
    CliContext target;
    target.location = DatabaseLocation::parse(options.value(QStringLiteral("to")));
    if (source.location.engine != SqlDialect::Engine::Sqlite ||
        target.location.engine != SqlDialect::Engine::PostgreSql)
        return parser.usageError(tr("--from takes a database file and --to a postgresql:// location."));

    const std::unique_ptr<Database> from = source.openDatabase(true);
    if (!from)
        return Failure;
    const std::unique_ptr<Database> to = target.openWithoutLogin(false);
    if (!to)
        return Failure;

    backup::EngineTransfer transfer(*from, *to);
    int lastPercent = -1;
    const Outcome outcome = transfer.run([&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != lastPercent) {
            err() << '\r' << tr("Copying: %1%").arg(percent) << Qt::flush;
            lastPercent = percent;
        }
        return true;
    });
    if (lastPercent >= 0)
        err() << Qt::endl;
    if (!outcome)
        return fail(outcome.summary());

    QStringList tables = transfer.copiedRows().keys();
    std::sort(tables.begin(), tables.end());
    for (const QString& table : std::as_const(tables))
        out() << table << '\t' << transfer.copiedRows().value(table) << '\n';
    out() << tr("Moved %1 into %2; the row counts of every table match.")
                 .arg(from->location().display(), to->location().display())
          << Qt::endl;
    return Success;
}

} // namespace anju::cli
