#include "backup/DatabaseBackup.h"

#include "backup/ServerBackup.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/AuditFunctions.h"
#include "database/Database.h"
#include "database/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

namespace anju::backup {

namespace {

constexpr int PagesPerStep = 256; // 1 MiB with 4 KiB pages: short enough that writers barely wait

QString general()
{
    return QLatin1String(Field::General);
}

// An sqlite3 connection closed on every return.
struct RawConnection
{
    sqlite3* handle = nullptr;
    ~RawConnection() { sqlite3_close_v2(handle); }
    bool open(const QString& path, int flags)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr) == SQLITE_OK;
    }
    QString error() const { return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(); }
    bool exec(const char* sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

// Copies every page from `from` into `to`, a step at a time; fails on an error or a cancel.
Outcome copyPages(sqlite3* to, sqlite3* from, const DatabaseBackup::Progress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Outcome::failure(general(), QString::fromUtf8(sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(50); // another desk is writing: let it finish
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return Outcome::failure(general(), DatabaseBackup::tr("The backup was cancelled."));
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Outcome::failure(general(),
                                QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)));
    return {};
}

// Fails with the system's text.
Outcome moveIntoPlace(const QString& from, const QString& to)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code)
        return Outcome::failure(general(), QString::fromStdString(code.message()));
    return {};
}

} // namespace

Outcome DatabaseBackup::backup(const Database& db, const QString& target, const Progress& progress)
{
    if (Outcome denied = Permissions::require(db, Action::Backup); !denied)
        return denied;
    return write(db, target, progress, false);
}

Outcome DatabaseBackup::write(const Database& db, const QString& target, const Progress& progress,
                              bool automatic)
{
    const QFileInfo targetInfo(target);
    const QString shown = QDir::toNativeSeparators(targetInfo.absoluteFilePath());
    if (targetInfo.absoluteFilePath() == QFileInfo(db.location().path).absoluteFilePath())
        return Outcome::failure(general(), tr("A backup cannot replace the database itself."));
    if (!targetInfo.absoluteDir().exists())
        return Outcome::failure(general(), tr("%1 cannot be written: the folder does not exist.").arg(shown));
    if (db.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        if (Outcome made = ServerBackup::backup(db, targetInfo.absoluteFilePath(), progress); !made)
            return made;
        AuditLog(db).record(QStringLiteral("backup"),
                            {{QStringLiteral("file"), targetInfo.absoluteFilePath()},
                             {QStringLiteral("automatic"), automatic}});
        return {};
    }

    // Written under a temporary name beside the target, checked, and only then moved over it: a copy
    // that fails the check (a damaged database) never replaces a good backup of the same name.
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    QString error;
    if (const Outcome made = PrivateFile::create(partial); !made)
        return Outcome::failure(general(), tr("%1 cannot be written: %2").arg(shown, made.summary()));
    {
        RawConnection source, copy;
        if (!source.open(db.location().path, SQLITE_OPEN_READONLY)) {
            // Closed before the .part goes, and no return from here on leaves it behind.
            error = tr("the database cannot be read: %1").arg(source.error());
        } else {
            sqlite3_busy_timeout(source.handle, 10000);
            if (!copy.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                error = copy.error();
            // One self-contained file: no -wal beside it to lose when it is copied to a USB stick.
            else if (const Outcome copied = copyPages(copy.handle, source.handle, progress); !copied)
                error = copied.summary();
            else if (!copy.exec("PRAGMA journal_mode = DELETE"))
                error = copy.error();
        }
    }
    if (error.isEmpty())
        error = copyProblem(partial);
    if (error.isEmpty() && !PrivateFile::restrict(partial))
        error = tr("its permissions cannot be limited to you");
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return Outcome::failure(general(),
                                tr("The backup to %1 failed; no file was made: %2").arg(shown, error));
    }
    if (const Outcome moved = moveIntoPlace(partial, targetInfo.absoluteFilePath()); !moved) {
        QFile::remove(partial);
        return Outcome::failure(general(), tr("%1 cannot be written: %2").arg(shown, moved.summary()));
    }
    AuditLog(db).record(QStringLiteral("backup"), {{QStringLiteral("file"), targetInfo.absoluteFilePath()},
                                                   {QStringLiteral("automatic"), automatic}});
    return {};
}

QString DatabaseBackup::copyProblem(const QString& file)
{
    int version = 0;
    const QString problem = verify(file, &version);
    // The version is read last: a copy of a newer schema than this program's (only a test makes one) is
    // whole all the same, and a later program restores it.
    return version > Database::latestSchemaVersion() ? QString() : problem;
}

QString DatabaseBackup::verify(const QString& file, int* schemaVersion)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (!QFileInfo(file).isFile())
        return tr("There is no file %1.").arg(shown);
    if (ServerBackup::isServerBackup(file))
        return ServerBackup::verify(file, schemaVersion);
    RawConnection backup;
    if (!backup.open(file, SQLITE_OPEN_READONLY))
        return tr("%1 cannot be opened: %2").arg(shown, backup.error());
    sqlite3_stmt* statement = nullptr;
    QStringList problems;
    if (sqlite3_prepare_v2(backup.handle, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return tr("%1 is not an SQLite database: %2").arg(shown, backup.error());
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    sqlite3_finalize(statement);
    if (!problems.isEmpty())
        return tr("%1 is damaged: %2").arg(shown, problems.mid(0, 5).join(QStringLiteral("; ")));
    int version = 0;
    if (sqlite3_prepare_v2(backup.handle, "SELECT MAX(version) FROM schema_version", -1, &statement,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    if (version <= 0)
        return tr("%1 is not an Anju database.").arg(shown);
    return refusedVersion(shown, version, schemaVersion);
}

QString DatabaseBackup::refusedVersion(const QString& shown, int version, int* schemaVersion)
{
    if (schemaVersion)
        *schemaVersion = version;
    if (version > Database::latestSchemaVersion())
        return tr("%1 was written by a newer version of Anju (schema %2; this program knows schema %3).")
            .arg(shown)
            .arg(version)
            .arg(Database::latestSchemaVersion());
    return {};
}

Outcome DatabaseBackup::restore(const Database& db, const QString& file, QString* keptAside,
                                const Progress& progress)
{
    if (Outcome denied = Permissions::require(db, Action::Restore); !denied)
        return denied;
    const bool server = db.dialect().engine() == SqlDialect::Engine::PostgreSql;
    if (QFileInfo(file).isFile() && ServerBackup::isServerBackup(file) != server) {
        const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
        if (!server)
            return Outcome::failure(general(),
                                    tr("%1 is a backup of a database on a PostgreSQL server; it can be "
                                       "restored only on a server.")
                                        .arg(shown));
        QFile header(file);
        const bool sqliteFile =
            header.open(QIODevice::ReadOnly) && header.read(16) == QByteArray("SQLite format 3\0", 16);
        return Outcome::failure(general(),
                                sqliteFile ? tr("%1 is a backup of a database file; it cannot be restored "
                                                "on a server. Open it as a file, or move it to the server "
                                                "with anju-cli migrate.")
                                                 .arg(shown)
                                           : tr("%1 is not a backup of an Anju database.").arg(shown));
    }
    const QString problem = verify(file);
    if (!problem.isEmpty())
        return Outcome::failure(general(), problem);
    if (server) {
        QString aside;
        if (Outcome restored = ServerBackup::restore(db, file, &aside, progress); !restored)
            return restored;
        if (keptAside)
            *keptAside = aside;
        AuditLog(db).record(QStringLiteral("restore"),
                            {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                             {QStringLiteral("kept_aside"), aside}});
        return {};
    }

    // The present contents first, whole, beside the database: a restore of the wrong file can be undone.
    const QString aside = db.location().path + QStringLiteral(".before-restore-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                          QStringLiteral(".sqlite");
    {
        // VACUUM INTO fills an empty file and keeps its owner-only mode.
        if (const Outcome made = PrivateFile::create(aside); !made)
            return Outcome::failure(general(),
                                    tr("The present database could not be kept aside, so nothing was "
                                       "restored: %1")
                                        .arg(made.summary()));
        QSqlQuery vacuum(db.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(aside);
        if (!vacuum.exec()) {
            QFile::remove(aside);
            return Outcome::failure(general(),
                                    tr("The present database could not be kept aside, so nothing was "
                                       "restored: %1")
                                        .arg(vacuum.lastError().text()));
        }
    }
    const QString who = db.session() ? db.session()->userName : QString();
    RawConnection source;
    if (!source.open(file, SQLITE_OPEN_READONLY))
        return Outcome::failure(general(), source.error());
    sqlite3* live = sqliteHandle(db.connection());
    const Outcome copied =
        live ? copyPages(live, source.handle, progress) : Outcome::failure(general(), QString());
    if (!copied)
        return Outcome::failure(general(),
                                tr("Restoring failed; the database is as it was: %1").arg(copied.summary()));
    if (keptAside)
        *keptAside = aside;
    // Recorded in the restored database, whose own trail otherwise ends with the backup.
    AuditLog(db).record(QStringLiteral("restore"),
                        {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                         {QStringLiteral("kept_aside"), aside}});
    return {};
}

QString DatabaseBackup::folderFor(const Database& db)
{
    const QFileInfo info(db.location().path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString DatabaseBackup::dailyFileName(const Database& db, QDate day)
{
    return QFileInfo(db.location().path).completeBaseName() + QLatin1Char('-') + day.toString(Qt::ISODate) +
           QStringLiteral(".sqlite");
}

Result<QString> DatabaseBackup::dailyBackup(const Database& db, QDate today, const Progress& progress)
{
    if (Outcome denied = Permissions::require(db, Action::ReadRegistry); !denied)
        return denied;
    // Every desk of a server would dump the whole county into its own folder each morning
    // (docs/decisions.md).
    if (db.dialect().engine() == SqlDialect::Engine::PostgreSql)
        return Outcome::failure(general(), tr("A database on a server is not backed up by each desk; the "
                                              "administrator backs it up with anju-cli backup."));
    const QDir folder(folderFor(db));
    if (!QDir().mkpath(folder.absolutePath()))
        return Outcome::failure(
            general(),
            tr("The backup folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder.absolutePath())));
    const QString base = QFileInfo(db.location().path).completeBaseName();
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(base) +
                                     QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QList<QDate> days;
    for (const QString& name : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            days.append(QDate::fromString(match.captured(1), Qt::ISODate));
    }
    QString made;
    if (!days.contains(today)) {
        made = folder.filePath(dailyFileName(db, today));
        if (Outcome outcome = write(db, made, progress, true); !outcome)
            return outcome;
        days.append(today);
    }
    const int keepDays = db.setting(keepDaysKey(), QString::number(DefaultKeepDays)).toInt();
    const int keepMonths = db.setting(keepMonthsKey(), QString::number(DefaultKeepMonths)).toInt();
    for (QDate day : toDelete(days, today, keepDays, keepMonths))
        QFile::remove(folder.filePath(dailyFileName(db, day)));
    return made;
}

QList<QDate> DatabaseBackup::toDelete(QList<QDate> days, QDate today, int keepDays, int keepMonths)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    QList<QDate> keep;
    // The newest keepDays backups, whatever days the office was open.
    for (int i = 0; i < days.size() && i < keepDays; ++i)
        keep.append(days.at(i));
    // The last backup of each of the last keepMonths months, this month included.
    const QDate firstKeptMonth = QDate(today.year(), today.month(), 1).addMonths(-(keepMonths - 1));
    int lastMonth = -1;
    for (QDate day : std::as_const(days)) {
        const int month = day.year() * 12 + day.month();
        if (month == lastMonth || day < firstKeptMonth)
            continue;
        lastMonth = month;
        keep.append(day);
    }
    QList<QDate> remove;
    for (QDate day : std::as_const(days)) {
        if (!keep.contains(day))
            remove.append(day);
    }
    return remove;
}

} // namespace anju::backup
