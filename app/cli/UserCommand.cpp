#include "UserCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "PasswordPrompt.h"
#include "accounts/AccountService.h"
#include "access/Permissions.h"
#include "access/UserRepository.h"
#include "registry/SiteRepository.h"

namespace anju::cli {

namespace {

std::optional<QString> newPassword(const QString& name)
{
    if (qEnvironmentVariableIsSet("ANJU_NEW_PASSWORD"))
        return qEnvironmentVariable("ANJU_NEW_PASSWORD");
    const std::optional<QString> first = promptPassword(UserCommand::tr("New password for %1: ").arg(name));
    if (!first)
        return std::nullopt;
    const std::optional<QString> again = promptPassword(UserCommand::tr("The same password again: "));
    if (!again || *again != *first)
        return QString(); // refused as too short by the rule, with its message
    return first;
}

} // namespace

int UserCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] user list | add NAME --role ROLE [--name FULL_NAME] [--site CODE]... | "
           "update NAME [--role ROLE] [--site CODE]... [--all-sites] [--active yes|no] | password NAME | "
           "unlock NAME"),
        tr("The administrator's management of users. ROLE is clerk, secretary, manager or admin; --site "
           "limits "
           "the user to those sites (repeat it for several). A new password comes from ANJU_NEW_PASSWORD or "
           "is "
           "typed twice."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("role"), tr("clerk, secretary, manager or admin."), tr("ROLE")});
    options.addOption({QStringLiteral("name"), tr("The user's full name."), tr("FULL_NAME")});
    options.addOption({QStringLiteral("site"), tr("A site code the user works on."), tr("CODE")});
    options.addOption({QStringLiteral("all-sites"), tr("The user works on every site.")});
    options.addOption(
        {QStringLiteral("active"), tr("yes or no: whether the user may log in."), tr("YES_NO")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList words = options.positionalArguments();
    const QString action = words.value(0);
    const bool list = action == QLatin1String("list");
    if ((list && words.size() != 1) || (!list && words.size() != 2) ||
        !QStringList{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("update"),
                     QStringLiteral("password"), QStringLiteral("unlock")}
             .contains(action))
        return parser.usageError(tr("user needs list, or add, update, password or unlock with a user name."));
    std::optional<Role> role;
    if (options.isSet(QStringLiteral("role"))) {
        role = Roles::fromKey(options.value(QStringLiteral("role")));
        if (!role)
            return parser.usageError(tr("--role must be clerk, secretary, manager or admin."));
    }

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    QList<qint64> siteIds;
    const registry::SiteRepository sites(*db);
    for (const QString& code : options.values(QStringLiteral("site"))) {
        const std::optional<Site> site = sites.siteByCode(code);
        if (!site)
            return fail(tr("There is no site with the code %1.").arg(code));
        siteIds.append(site->id);
    }
    accounts::AccountService accounts(*db);
    UserRepository users(*db);
    if (list) {
        const Result<QList<User>> all = accounts.users();
        if (!all)
            return fail(all.summary());
        for (const User& u : all.value()) {
            QStringList codes;
            for (qint64 id : u.siteIds)
                codes.append(sites.site(id) ? sites.site(id)->code : QString::number(id));
            out() << u.name << '\t' << Roles::key(u.role) << '\t' << u.displayName << '\t'
                  << (codes.isEmpty() ? tr("every site") : codes.join(QLatin1Char(','))) << '\t'
                  << (!u.active                                     ? tr("switched off")
                      : u.isLocked(QDateTime::currentDateTimeUtc()) ? tr("locked")
                                                                    : QString())
                  << Qt::endl;
        }
        return Success;
    }
    const QString name = words.at(1);
    if (action == QLatin1String("add")) {
        if (!role)
            return parser.usageError(tr("Give the new user's role with --role."));
        const std::optional<QString> password = newPassword(name);
        if (!password)
            return fail(tr("Give the new password in ANJU_NEW_PASSWORD, or type it at a terminal."));
        User user;
        user.name = name;
        user.displayName = options.value(QStringLiteral("name"));
        user.role = *role;
        user.siteIds = siteIds;
        const Result<User> added = accounts.addUser(user, *password);
        if (!added)
            return fail(added.summary());
        out() << tr("User %1 added.").arg(added.value().name) << Qt::endl;
        return Success;
    }
    std::optional<User> user = users.userByName(name);
    if (!user)
        return fail(tr("There is no user %1.").arg(name));
    Outcome outcome;
    if (action == QLatin1String("update")) {
        if (role)
            user->role = *role;
        if (options.isSet(QStringLiteral("name")))
            user->displayName = options.value(QStringLiteral("name"));
        if (options.isSet(QStringLiteral("all-sites")))
            user->siteIds.clear();
        else if (options.isSet(QStringLiteral("site")))
            user->siteIds = siteIds;
        if (options.isSet(QStringLiteral("active")))
            user->active = options.value(QStringLiteral("active")) == QLatin1String("yes");
        outcome = accounts.updateUser(*user);
    } else if (action == QLatin1String("password")) {
        const std::optional<QString> password = newPassword(name);
        if (!password)
            return fail(tr("Give the new password in ANJU_NEW_PASSWORD, or type it at a terminal."));
        outcome = accounts.resetPassword(user->id, *password);
    } else {
        outcome = accounts.unlock(user->id);
    }
    if (!outcome)
        return fail(outcome.summary());
    out() << tr("User %1 changed.").arg(name) << Qt::endl;
    return Success;
}

} // namespace anju::cli
