#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>

namespace anju {
class Database;
} // namespace anju

namespace anju::accounts {

// Who may bring a database written by an older Anju to this program's schema: its administrator, who
// answers for the office's data (docs/security.md). The programs open with
// Database::openWithoutUpgrade, call beforeLogin, log in, then call afterLogin: the administrator's
// login upgrades; anyone else is refused, told to ask the administrator, and the database stays as it
// was (the window does not open on a schema it does not know).
class SchemaUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(anju::accounts::SchemaUpgrade)

public:
    // The database is older than this program.
    static bool isNeeded(const Database& db);
    // A database without users (made before users existed, or whose init never made its administrator)
    // has nobody to ask and nobody who could log in: it is upgraded now, as before. Else nothing yet.
    static Outcome beforeLogin(Database& db);
    // After the login: upgrades when the session may (Action::UpgradeDatabase) and records it in the
    // trail; else why not, naming the administrator. Success when nothing is to be done.
    static Outcome afterLogin(Database& db);
};

} // namespace anju::accounts
