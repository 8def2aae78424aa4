#include "ServerLoginCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "PasswordPrompt.h"

#include "access/Permissions.h"
#include "database/ServerRoles.h"

#include <QFile>

namespace anju::cli {

namespace {

// The first line of the file (a password manager's export, or a file only the administrator reads), or
// ANJU_NEW_PASSWORD, or typed twice. Never an argument: the command line is visible to every user of the
// machine.
std::optional<QString> loginPassword(const QString& file, const QString& name, QString* problem)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = ServerLoginCommand::tr("Cannot read %1: %2").arg(file, f.errorString());
            return std::nullopt;
        }
        return QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    if (qEnvironmentVariableIsSet("ANJU_NEW_PASSWORD"))
        return qEnvironmentVariable("ANJU_NEW_PASSWORD");
    const std::optional<QString> first =
        promptPassword(ServerLoginCommand::tr("Password of the server login %1: ").arg(name));
    if (!first) {
        *problem = ServerLoginCommand::tr("Give the password with --password-file, in ANJU_NEW_PASSWORD, or "
                                          "type it at a terminal.");
        return std::nullopt;
    }
    const std::optional<QString> again = promptPassword(ServerLoginCommand::tr("The same password again: "));
    if (!again || *again != *first) {
        *problem = ServerLoginCommand::tr("The two passwords differ; no login was made.");
        return std::nullopt;
    }
    return first;
}

} // namespace

int ServerLoginCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("--db postgresql://ADMIN@HOST/DATABASE server-login add NAME [--password-file FILE] | list"),
        tr("The administrator makes the PostgreSQL login a desk connects with: it may do the program's work "
           "and no more (it cannot change or delete the audit trail, switch triggers off or drop anything). "
           "Run with a server login that may create roles. The password comes from the first line of FILE, "
           "from ANJU_NEW_PASSWORD, or is typed twice."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("password-file"), tr("A file whose first line is the password."), tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList words = options.positionalArguments();
    const QString action = words.value(0);
    if (!((action == QLatin1String("add") && words.size() == 2) ||
          (action == QLatin1String("list") && words.size() == 1)))
        return parser.usageError(tr("server-login needs add NAME, or list."));
    if (context.location.engine != SqlDialect::Engine::PostgreSql)
        return parser.usageError(tr("Server logins are for a database on a PostgreSQL server: give --db "
                                    "postgresql://…"));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (Outcome denied = Permissions::require(*db, Action::ManageUsers); !denied)
        return fail(denied.summary());
    const Result<ServerRoles::Names> roles = ServerRoles::names(*db);
    if (!roles)
        return fail(roles.summary());
    if (action == QLatin1String("list")) {
        const Result<QStringList> logins = ServerRoles::logins(*db);
        if (!logins)
            return fail(logins.summary());
        for (const QString& login : logins.value())
            out() << login << Qt::endl;
        return Success;
    }
    const QString name = words.at(1);
    QString problem;
    const std::optional<QString> password =
        loginPassword(options.value(QStringLiteral("password-file")), name, &problem);
    if (!password)
        return fail(problem);
    if (const Outcome added = ServerRoles::addLogin(*db, name, *password); !added)
        return fail(added.summary());
    out() << tr("Server login %1 made; it belongs to %2.").arg(name, roles.value().desk) << Qt::endl;
    return Success;
}

} // namespace anju::cli
