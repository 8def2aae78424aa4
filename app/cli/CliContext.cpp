#include "CliContext.h"

#include "Console.h"
#include "SecretPrompt.h"
#include "database/PostgresUrl.h"

#include <QFileInfo>

namespace anju::cli {

std::unique_ptr<Database> CliContext::openDatabase(bool mustExist) const
{
    if (mustExist && location.engine == SqlDialect::Engine::Sqlite && !QFileInfo::exists(location.path)) {
        fail(tr("There is no database at %1. Create it with: anju-cli --db %1 init").arg(location.display()));
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db && location.engine == SqlDialect::Engine::PostgreSql && PostgresUrl::wantsPassword(error)) {
        // Not in PGPASSWORD or ~/.pgpass: ask, as psql does.
        DatabaseLocation withPassword = location;
        withPassword.password = promptSecret(tr("Password for %1: ").arg(location.display()));
        if (!withPassword.password.isNull())
            db = Database::open(withPassword, &error);
    }
    if (!db)
        fail(error);
    return db;
}

} // namespace anju::cli
