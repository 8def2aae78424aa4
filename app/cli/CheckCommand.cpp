#include "CheckCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "backup/DatabaseCheck.h"

namespace anju::cli {

int CheckCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] check"),
        tr("Runs SQLite's integrity and foreign-key checks (on a server: unfinished indexes, "
           "constraints never checked, and amcheck's index check where it is installed), checks that every "
           "trigger of the audit trail and of the search index is present, enabled and unchanged and that no "
           "entry of the trail is missing, and the registry's rules over the stored rows (a head in every "
           "registered household, valid ID numbers that agree with the stored birth date and sex, possible "
           "dates, …), the party records' hard rules (a probation extended once, by 6 to 12 months; no "
           "conversion before the probation ends) and "
           "prints what is wrong. Exits with 1 when anything is."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!parser.options().positionalArguments().isEmpty())
        return parser.usageError(tr("check takes no arguments."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const Result<QList<backup::CheckFinding>> findings = backup::DatabaseCheck(*db).run();
    if (!findings)
        return fail(findings.summary());
    for (const backup::CheckFinding& finding : findings.value())
        out() << finding.message << Qt::endl;
    if (findings.value().isEmpty()) {
        out() << tr("No problems found.") << Qt::endl;
        return Success;
    }
    out() << tr("%n problem(s) found.", nullptr, int(findings.value().size())) << Qt::endl;
    return Failure;
}

} // namespace anju::cli
