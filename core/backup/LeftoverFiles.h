#pragma once

#include "backup/DatabaseCheck.h"

#include <QCoreApplication>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// Files with the registry's personal data that a database file leaves beside it and nobody may remember:
// the whole copy a restore keeps aside (NAME.before-restore-TIME.sqlite) and the .part files an
// interrupted backup or export left in its folder or in the daily backups' folder. `check` lists them so
// the administrator can delete them once they are no longer needed. Nothing on a server (its kept-aside
// databases are on the server, listed by the server's own tools).
class LeftoverFiles
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::LeftoverFiles)

public:
    static QList<CheckFinding> beside(const Database& db);
};

} // namespace anju::backup
