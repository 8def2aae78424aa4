#include "Dispatcher.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CaseCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "Console.h"
#include "DemoCommand.h"
#include "EmploymentCommand.h"
#include "ExportCommand.h"
#include "FollowUpFindingsCommand.h"
#include "GridCommand.h"
#include "GridStaffCommand.h"
#include "HouseholdListCommand.h"
#include "HouseholdShowCommand.h"
#include "ImportCommand.h"
#include "IncomeCommand.h"
#include "IncomeImportCommand.h"
#include "IndustryCommand.h"
#include "InitCommand.h"
#include "MigrateCommand.h"
#include "MonitoringCommand.h"
#include "PartyExportCommand.h"
#include "PartyImportCommand.h"
#include "PartyLeaveCommand.h"
#include "PartyReconcileCommand.h"
#include "PartyReviewCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SafetyNetCommand.h"
#include "SearchCommand.h"
#include "ServerLoginCommand.h"
#include "SettingsCommand.h"
#include "TrainingCommand.h"
#include "UserCommand.h"
#include "ValidateIdCommand.h"
#include "VisitCommand.h"
#include "WorkFindingsCommand.h"
#include "about/BuildInfo.h"

#include <optional>

namespace anju::cli {

namespace {

// Takes `--name VALUE` or `--name=VALUE` out of the arguments (before a lone "--"). Returns the value, an
// empty optional when absent; sets `missingValue` when the option ends the command line.
std::optional<QString> takeOption(QStringList& arguments, const QString& name, bool* missingValue)
{
    std::optional<QString> value;
    const QString withEquals = name + QLatin1Char('=');
    for (int i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                *missingValue = true;
                arguments.removeAt(i);
                return value;
            }
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(withEquals)) {
            value = argument.mid(withEquals.size());
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

// The commands that are only a group of sub-commands: `anju-cli grid --help` prints the group's lines of
// the general help, so the answer reads the same as `anju-cli --help` in either language.
bool isGroup(const QString& command)
{
    static const QStringList groups{
        QStringLiteral("household"),  QStringLiteral("party"),      QStringLiteral("grid"),
        QStringLiteral("visit"),      QStringLiteral("case"),       QStringLiteral("income"),
        QStringLiteral("monitoring"), QStringLiteral("safetynet"),  QStringLiteral("followup"),
        QStringLiteral("settings"),   QStringLiteral("employment"), QStringLiteral("training"),
        QStringLiteral("industry"),   QStringLiteral("work")};
    return groups.contains(command);
}

bool asksForHelp(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    return first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help");
}

} // namespace

bool Dispatcher::needsGui(const QStringList& arguments)
{
    // Only documents laid out for printing (report … -o X.pdf, grid sheet) need fonts, hence a
    // QGuiApplication.
    return arguments.contains(QLatin1String("report")) ||
           (arguments.contains(QLatin1String("grid")) && arguments.contains(QLatin1String("sheet"))) ||
           (arguments.contains(QLatin1String("monitoring")) && arguments.contains(QLatin1String("notice")));
}

QString Dispatcher::languageOption(const QStringList& arguments)
{
    QStringList copy = arguments.mid(1);
    bool missing = false;
    return takeOption(copy, QStringLiteral("--language"), &missing).value_or(QString());
}

QString Dispatcher::generalHelp()
{
    return tr("Usage: anju-cli [--db LOCATION] [--user NAME] [--language LANGUAGE] COMMAND [OPTIONS]\n"
              "\n"
              "Anju resettlement-site registry on the command line.\n"
              "\n"
              "Commands:\n"
              "  validate-id ID...       Check resident ID numbers (no database needed)\n"
              "  init                    Create the database or upgrade it to this version\n"
              "  demo                    Fill a database without households with demo data\n"
              "  household list          List the households\n"
              "  household show NUMBER   Show one household with its members\n"
              "  export roster -o FILE   Write the roster of households as .xlsx or .csv\n"
              "  import FILE             Import a household roster (.xlsx or .csv)\n"
              "  search TEXT             Find persons by name, ID number, phone or household number\n"
              "  migrate --from F --to U Move a database file onto a PostgreSQL server\n"
              "  party review            The party secretary's review of a month (--month YYYY-MM)\n"
              "  party leave MEMBER      Record that a member left the party, with the decision\n"
              "  party import FILE       Import a branch's roster of party members (党员花名册)\n"
              "  party export roster -o FILE   Write the party members' roster (.xlsx)\n"
              "  party reconcile         Political status (政治面貌) against the party records; settle one\n"
              "  grid list|add|cover|check   The grids with their households; make and cover them\n"
              "  grid visits|findings    The month's visit plan per worker; the grid findings\n"
              "  grid sheet -o FILE      A worker's or a building's visit sheet for a month (PDF)\n"
              "  grid staff|pair|handover   Who serves in a grid; pair a household; hand work over\n"
              "  visit plan|attend|record   Plan the month's visits, a must-attend task, record a visit\n"
              "  case list|receive|act|escalate   The grid cases and their steps\n"
              "  income flags|missing    The month's flagged households; those not checked (--month)\n"
              "  income import FILE      Import a month's income checks (月度收支核查) from the office's "
              "sheet\n"
              "  monitoring list|show|notice   Monitoring households, one case, a site's notice list (PDF)\n"
              "  safetynet list|enrol|amount|end|exempt   The safety net (兜底保障): enrolments and reasons\n"
              "  followup findings       The month's 应纳尽纳 and 应兜尽兜 findings by name\n"
              "  employment list|add|end|import   Jobs (就业) by channel; record or end one; import the "
              "sheet\n"
              "  training list|attendance|add|enrol|import   Courses (技能培训) with their attendance; "
              "enrol people; import the attendance sheet\n"
              "  industry list           Industry projects (产业帮扶) with beneficiary households (--year)\n"
              "  work findings           The day's 应培尽培, public-post and idle-labour findings by name\n"
              "  backup -o FILE          Copy the database while it stays in use\n"
              "  restore FILE            Replace the database by a checked backup (the present one is kept)\n"
              "  check                   Check the file and the registry's rules; print what is wrong\n"
              "  audit                   Print the audit trail or one household's history\n"
              "  user list|add|update|password|unlock   Manage the users (administrator)\n"
              "  settings list|set       The office's settings; change a visit or income rule\n"
              "  server-login add NAME|list   Make a desk's PostgreSQL login (administrator)\n"
              "  report monthly -o FILE  Write the monthly summary as .pdf, .xlsx or .json\n"
              "\n"
              "Global options:\n"
              "  --db LOCATION           The database file, or postgresql://USER@HOST:PORT/DATABASE\n"
              "                          for a shared server (default: %1)\n"
              "  --user NAME             Log in as NAME (default: the variable ANJU_USER); the password\n"
              "                          comes from ANJU_PASSWORD or is typed\n"
              "  --language LANGUAGE     zh_CN or en (default: the language chosen in the settings)\n"
              "  -h, --help              Show this help\n"
              "  --version               Show the version\n"
              "\n"
              "Run \"anju-cli COMMAND --help\" for the options of a command.\n")
        .arg(DatabaseLocation::defaultLocation().display());
}

QString Dispatcher::groupHelp(const QString& command)
{
    QString help;
    const QString prefix = QStringLiteral("  ") + command + QLatin1Char(' ');
    for (const QString& line : generalHelp().split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            help += line + QLatin1Char('\n');
    return help + QLatin1Char('\n') +
           tr("Run \"anju-cli %1 SUBCOMMAND --help\" for the options of one of them.\n").arg(command);
}

int Dispatcher::run(const QStringList& commandLine)
{
    QStringList arguments = commandLine.mid(1);
    bool missingValue = false;
    const std::optional<QString> db = takeOption(arguments, QStringLiteral("--db"), &missingValue);
    const std::optional<QString> user = takeOption(arguments, QStringLiteral("--user"), &missingValue);
    takeOption(arguments, QStringLiteral("--language"), &missingValue); // installed by main()
    if (missingValue)
        return fail(tr("--db, --user and --language need a value.") + QLatin1Char('\n') + generalHelp(),
                    UsageError);
    if (db && db->trimmed().isEmpty())
        return fail(tr("--db needs a database location."), UsageError);

    if (arguments.isEmpty())
        return fail(tr("Name a command.") + QLatin1Char('\n') + generalHelp(), UsageError);
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << generalHelp();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        // The first line alone is what scripts read; the libraries follow for problem reports.
        out() << QStringLiteral("anju-cli ") << about::BuildInfo::version() << Qt::endl;
        for (const about::BuildInfo::Library& library : about::BuildInfo::libraries())
            out() << QStringLiteral("  ") << library.name << QLatin1Char(' ') << library.version << Qt::endl;
        out() << QStringLiteral("  ") << tr("Licence: %1").arg(about::BuildInfo::licence()) << Qt::endl;
        return Success;
    }

    if (isGroup(command) && asksForHelp(arguments)) {
        out() << groupHelp(command);
        return Success;
    }

    CliContext context;
    context.location = db ? DatabaseLocation::parse(*db) : DatabaseLocation::defaultLocation();
    context.userName = user.value_or(qEnvironmentVariable("ANJU_USER")).trimmed();
    if (command == QLatin1String("validate-id"))
        return ValidateIdCommand::run(arguments);
    if (command == QLatin1String("init"))
        return InitCommand::run(context, arguments);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(context, arguments);
    if (command == QLatin1String("household")) {
        const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
        if (action == QLatin1String("list"))
            return HouseholdListCommand::run(context, arguments);
        if (action == QLatin1String("show"))
            return HouseholdShowCommand::run(context, arguments);
        return fail(tr("household needs list or show, e.g. anju-cli household list --site 430524001."),
                    UsageError);
    }
    if (command == QLatin1String("export"))
        return ExportCommand::run(context, arguments);
    if (command == QLatin1String("import"))
        return ImportCommand::run(context, arguments);
    if (command == QLatin1String("search"))
        return SearchCommand::run(context, arguments);
    if (command == QLatin1String("migrate"))
        return MigrateCommand::run(context, arguments);
    if (command == QLatin1String("income") && arguments.value(0) == QLatin1String("import"))
        return IncomeImportCommand::run(context, arguments.mid(1)); // before the other income commands
    if (command == QLatin1String("party")) {
        const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
        if (action == QLatin1String("review"))
            return PartyReviewCommand::run(context, arguments);
        if (action == QLatin1String("leave"))
            return PartyLeaveCommand::run(context, arguments);
        if (action == QLatin1String("import"))
            return PartyImportCommand::run(context, arguments);
        if (action == QLatin1String("export"))
            return PartyExportCommand::run(context, arguments);
        if (action == QLatin1String("reconcile"))
            return PartyReconcileCommand::run(context, arguments);
        return fail(
            tr("party needs review, leave, import, export or reconcile, e.g. anju-cli party review --month "
               "2026-11."),
            UsageError);
    }
    if (command == QLatin1String("grid")) {
        const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
        if (action == QLatin1String("visits"))
            return VisitCommand::gridVisits(context, arguments);
        if (action == QLatin1String("findings"))
            return VisitCommand::gridFindings(context, arguments);
        if (action == QLatin1String("staff"))
            return GridStaffCommand::staff(context, arguments);
        if (action == QLatin1String("pair"))
            return GridStaffCommand::pair(context, arguments);
        if (action == QLatin1String("handover"))
            return GridStaffCommand::handover(context, arguments);
        return GridCommand::run(context, action, arguments);
    }
    if (command == QLatin1String("visit"))
        return VisitCommand::run(context, arguments);
    if (command == QLatin1String("case"))
        return CaseCommand::run(context, arguments);
    if (command == QLatin1String("income"))
        return IncomeCommand::run(context, arguments);
    if (command == QLatin1String("monitoring"))
        return MonitoringCommand::run(context, arguments);
    if (command == QLatin1String("safetynet"))
        return SafetyNetCommand::run(context, arguments);
    if (command == QLatin1String("employment"))
        return EmploymentCommand::run(context, arguments);
    if (command == QLatin1String("training"))
        return TrainingCommand::run(context, arguments);
    if (command == QLatin1String("industry"))
        return IndustryCommand::run(context, arguments);
    if (command == QLatin1String("followup"))
        return FollowUpFindingsCommand::run(context, arguments);
    if (command == QLatin1String("work"))
        return WorkFindingsCommand::run(context, arguments);
    if (command == QLatin1String("backup"))
        return BackupCommand::run(context, arguments);
    if (command == QLatin1String("restore"))
        return RestoreCommand::run(context, arguments);
    if (command == QLatin1String("check"))
        return CheckCommand::run(context, arguments);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(context, arguments);
    if (command == QLatin1String("user"))
        return UserCommand::run(context, arguments);
    if (command == QLatin1String("settings"))
        return SettingsCommand::run(context, arguments);
    if (command == QLatin1String("report"))
        return ReportCommand::run(context, arguments);
    if (command == QLatin1String("server-login"))
        return ServerLoginCommand::run(context, arguments);
    return fail(tr("Unknown command %1.").arg(command) + QLatin1Char('\n') + generalHelp(), UsageError);
}

} // namespace anju::cli
