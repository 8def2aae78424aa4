#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// Copies of the SQLite file through SQLite's online backup: a few pages at a time from a connection of
// its own, so the program (and other desks) go on reading and writing meanwhile; and the way back. On a
// PostgreSQL server the same calls go through pg_dump and pg_restore (ServerBackup).
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::DatabaseBackup)

public:
    // pages done, pages in all (tables on a server); return false to cancel (no file is left then).
    using Progress = std::function<bool(int done, int total)>;

    // Writes a complete, self-contained copy to `target` (written beside it, moved into place when whole)
    // and records it in the audit trail. Action::Backup: the administrator's, since a copy holds every
    // site and every user's password hash (the daily backup is dailyBackup's, below).
    static Outcome backup(const Database& db, const QString& target, const Progress& progress = {});
    // The integrity check and the schema version of a backup file: empty when it can be restored into a
    // database of this program, else why not. Sets `schemaVersion` when it is an Anju database.
    static QString verify(const QString& file, int* schemaVersion = nullptr);
    // Why a backup at `version` (read from the file shown as `shown`) cannot be restored by this program;
    // empty when it can. Sets `schemaVersion`. Shared by the file and the server backups.
    static QString refusedVersion(const QString& shown, int version, int* schemaVersion);
    // What makes a copy just written not a whole backup (verify(), but a newer schema is no damage);
    // empty when it is one. Shared by the file and the server backups.
    static QString copyProblem(const QString& file);
    // Replaces the contents of `db` with the backup after verify(), keeping the current contents aside in
    // `keptAside` (a file beside the database; on a server, a database of another name). Action::Restore.
    // The program should be restarted after it.
    static Outcome restore(const Database& db, const QString& file, QString* keptAside = nullptr,
                           const Progress& progress = {});

    // The daily backups: a folder beside the database, a file per day named after the database and day.
    static QString folderFor(const Database& db);
    static QString dailyFileName(const Database& db, QDate day);
    // Makes today's backup unless there is one, then removes the old ones that the rule does not keep.
    // Returns the file made (empty when there was one already) or an error. Any logged-in user's start
    // makes it, whatever their role: it goes only into folderFor(), beside the database file, so it
    // gives nobody a copy they could not already read there (docs/security.md).
    static Result<QString> dailyBackup(const Database& db, QDate today = QDate::currentDate(),
                                       const Progress& progress = {});
    // Of backups made on `days`, those to delete: all but the newest `keepDays` days and the last backup
    // of each of the last `keepMonths` months (month-ends).
    static QList<QDate> toDelete(QList<QDate> days, QDate today, int keepDays = DefaultKeepDays,
                                 int keepMonths = DefaultKeepMonths);
    // The keeping rule unless the office set its own (settings backup.keep_days, backup.keep_months).
    static constexpr int DefaultKeepDays = 14;
    static constexpr int DefaultKeepMonths = 12;
    static QString keepDaysKey() { return QStringLiteral("backup.keep_days"); }
    static QString keepMonthsKey() { return QStringLiteral("backup.keep_months"); }

private:
    static Outcome write(const Database& db, const QString& target, const Progress& progress, bool automatic);
};

} // namespace anju::backup
