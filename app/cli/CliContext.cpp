#include "CliContext.h"

#include "Console.h"
#include "PasswordPrompt.h"
#include "accounts/AccountService.h"
#include "accounts/SchemaUpgrade.h"
#include "database/PostgresUrl.h"

#include <QFileInfo>

namespace anju::cli {

std::unique_ptr<Database> CliContext::openWithoutLogin(bool mustExist) const
{
    if (mustExist && location.engine == SqlDialect::Engine::Sqlite && !QFileInfo::exists(location.path)) {
        fail(tr("There is no database at %1. Create it with: anju-cli --db %1 init --user NAME")
                 .arg(location.display()));
        return nullptr;
    }
    // An older database waits for the login: its upgrade is the administrator's (logIn).
    Result<std::unique_ptr<Database>> opened = Database::openWithoutUpgrade(location);
    if (!opened && location.engine == SqlDialect::Engine::PostgreSql &&
        PostgresUrl::wantsPassword(opened.summary())) {
        // Not in PGPASSWORD or ~/.pgpass: ask, as psql does.
        if (const std::optional<QString> password =
                promptPassword(tr("Password for %1: ").arg(location.display()))) {
            DatabaseLocation withPassword = location;
            withPassword.password = *password;
            opened = Database::openWithoutUpgrade(withPassword);
        }
    }
    if (!opened) {
        fail(opened.summary());
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    if (const Outcome upgraded = accounts::SchemaUpgrade::beforeLogin(*db); !upgraded) {
        fail(upgraded.summary());
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> CliContext::openDatabase(bool mustExist) const
{
    std::unique_ptr<Database> db = openWithoutLogin(mustExist);
    if (db && !logIn(*db))
        return nullptr;
    return db;
}

bool CliContext::logIn(Database& db) const
{
    accounts::AccountService accounts(db);
    if (!accounts.hasUsers()) {
        fail(
            tr("The database %1 has no administrator yet. Create one with: anju-cli --db %1 init --user NAME "
               "(the password from ANJU_PASSWORD or typed).")
                .arg(db.location().display()));
        return false;
    }
    if (userName.isEmpty()) {
        fail(tr("Log in: name the user with --user NAME or the variable ANJU_USER."));
        return false;
    }
    const std::optional<QString> password =
        passwordFromEnvironmentOrPrompt(tr("Password of %1: ").arg(userName));
    if (!password) {
        fail(tr("Give the password of %1 in the variable ANJU_PASSWORD, or type it at a terminal.")
                 .arg(userName));
        return false;
    }
    const Result<Session> session = accounts.login(userName, *password);
    if (!session) {
        fail(session.summary());
        return false;
    }
    const int before = db.schemaVersion();
    if (const Outcome upgraded = accounts::SchemaUpgrade::afterLogin(db); !upgraded) {
        fail(upgraded.summary());
        return false;
    }
    if (db.schemaVersion() != before)
        err() << tr("Upgraded %1 from schema %2 to %3.")
                     .arg(db.location().display())
                     .arg(before)
                     .arg(db.schemaVersion())
              << Qt::endl;
    return true;
}

} // namespace anju::cli
