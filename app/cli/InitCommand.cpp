#include "InitCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "PasswordPrompt.h"

#include "access/Permissions.h"
#include "accounts/AccountService.h"
#include "accounts/SchemaUpgrade.h"
#include "backup/ServerRoleCheck.h"
#include "backup/TriggerCheck.h"
#include "database/ServerRoles.h"

#include <algorithm>

namespace anju::cli {

namespace {

// A trigger dropped or disabled by hand (the audit trail's, the refusals that keep it unchangeable, the
// search index's) is made again here, by the administrator only, and said; others are told whom to ask.
int repairTriggers(const CliContext& context, Database& db)
{
    const Result<QList<backup::CheckFinding>> findings = backup::TriggerCheck(db).run();
    if (!findings)
        return fail(findings.summary());
    const bool needsRepair =
        std::any_of(findings.value().cbegin(), findings.value().cend(),
                    [](const auto& f) { return f.rule != QLatin1String("trigger_unknown"); });
    if (!needsRepair)
        return Success;
    if (!db.session() && !context.logIn(db))
        return Failure;
    const Result<QStringList> repaired = backup::TriggerCheck(db).repair();
    if (!repaired)
        return fail(repaired.summary());
    for (const QString& what : repaired.value())
        out() << InitCommand::tr("Made again: %1").arg(what) << Qt::endl;
    return Success;
}

// On a server: the owner role owns everything and the desk group has the documented grants (ServerRoles).
// A new or upgraded database got them as it migrated; an older one made by a desk's login is adopted here,
// and grants changed by hand are set right, by the administrator (a repair, like the triggers'). A login
// that may not create roles is told what it leaves undone.
int serverRoles(const CliContext& context, Database& db)
{
    if (db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return Success;
    const Result<ServerRoles::Names> roles = ServerRoles::names(db);
    if (!roles)
        return fail(roles.summary());
    const Result<bool> inPlace = ServerRoles::inPlace(db);
    const Result<QList<backup::CheckFinding>> findings = backup::ServerRoleCheck(db).run();
    if (!inPlace || !findings)
        return fail(!inPlace ? inPlace.summary() : findings.summary());
    if (inPlace.value() && findings.value().isEmpty()) {
        out() << InitCommand::tr("Owner role: %1; desk logins belong to %2")
                     .arg(roles.value().owner, roles.value().desk)
              << Qt::endl;
        return Success;
    }
    if (!ServerRoles::mayManage(db)) {
        // Grants changed by hand on a database in place are check's to list and the administrator's to mend.
        if (inPlace.value())
            return Success;
        err() << InitCommand::tr(
                     "This server login may not create roles, so the database is not yet owned by "
                     "the role %1 that no desk logs in with: run init once with the administrator's "
                     "server login or the postgres superuser (README: Several desks on PostgreSQL).")
                     .arg(roles.value().owner)
              << Qt::endl;
        return Success;
    }
    if (!db.session() && !context.logIn(db))
        return Failure;
    if (Outcome denied = Permissions::require(db, Action::RepairDatabase); !denied)
        return fail(denied.summary());
    if (const Outcome done = ServerRoles::establish(db); !done)
        return fail(done.summary());
    out() << InitCommand::tr("The database now belongs to the role %1; desk logins belong to %2")
                 .arg(roles.value().owner, roles.value().desk)
          << Qt::endl;
    return Success;
}

} // namespace

int InitCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] --user NAME init [--name FULL_NAME]"),
        tr("Creates the database, or upgrades an existing one to the schema of this program, "
           "and prints its location and schema version. A new database gets its administrator: the user "
           "named by --user (or ANJU_USER), with the password from ANJU_PASSWORD or typed twice. An "
           "upgrade is the administrator's: --user names them and their password is asked for."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("name"), tr("The administrator's full name."), tr("FULL_NAME")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("init takes no arguments."));

    const std::unique_ptr<Database> db = context.openWithoutLogin(false);
    if (!db)
        return Failure;
    accounts::AccountService accounts(*db);
    if (!accounts.hasUsers()) {
        if (context.userName.isEmpty())
            return fail(
                tr("The new database needs its administrator: run init again with --user NAME (or "
                   "ANJU_USER) and the password in ANJU_PASSWORD or typed. There is no preset password."));
        std::optional<QString> password =
            passwordFromEnvironmentOrPrompt(tr("Password for %1: ").arg(context.userName));
        if (!password)
            return fail(tr("Give the administrator's password in the variable ANJU_PASSWORD, or type it at a "
                           "terminal."));
        if (!qEnvironmentVariableIsSet("ANJU_PASSWORD")) {
            const std::optional<QString> again = promptPassword(tr("The same password again: "));
            if (!again || *again != *password)
                return fail(tr("The two passwords differ; nothing was created."));
        }
        const Result<User> admin =
            accounts.createFirstAdmin(context.userName, options.value(QStringLiteral("name")), *password);
        if (!admin)
            return fail(admin.summary());
        out() << tr("Administrator: %1").arg(admin.value().name) << Qt::endl;
    } else if (accounts::SchemaUpgrade::isNeeded(*db) && !context.logIn(*db)) {
        // An older database with users: its administrator logs in to upgrade it; anyone else is told so.
        return Failure;
    }
    if (const int exit = repairTriggers(context, *db); exit != Success)
        return exit;
    if (const int exit = serverRoles(context, *db); exit != Success)
        return exit;
    out() << tr("Database: %1").arg(db->location().display()) << Qt::endl;
    out() << tr("Schema version: %1").arg(db->schemaVersion()) << Qt::endl;
    return Success;
}

} // namespace anju::cli
