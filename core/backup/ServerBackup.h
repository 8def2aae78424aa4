#pragma once

#include "backup/DatabaseBackup.h"

namespace anju::backup {

// Backups of a database on a PostgreSQL server: pg_dump's custom format written by the program's own
// connection settings, checked with pg_restore, and restored into a new database of the same name while
// the present one is kept under another name. DatabaseBackup checks permissions, audits, and calls these.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::ServerBackup)

public:
    // True when `file` is a pg_dump archive (custom format), whatever its name.
    static bool isServerBackup(const QString& file);
    // pg_dump -Fc into `target` (written beside it, moved into place when whole). Progress counts tables.
    static Outcome backup(const Database& db, const QString& target,
                          const DatabaseBackup::Progress& progress);
    // Reads the whole archive (a damaged one fails), checks it holds Anju's tables and its schema version.
    static QString verify(const QString& file, int* schemaVersion = nullptr);
    // Refused while other sessions use the database. Renames it to `keptAside` (NAME_before_restore_TIME)
    // through the maintenance database, creates NAME again and restores the archive into it in one
    // transaction; on failure the kept database gets its name back. `db` is connected to the new database
    // afterwards.
    static Outcome restore(const Database& db, const QString& file, QString* keptAside,
                           const DatabaseBackup::Progress& progress = {});
};

} // namespace anju::backup
