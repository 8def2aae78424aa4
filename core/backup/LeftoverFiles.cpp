#include "backup/LeftoverFiles.h"

#include "backup/DatabaseBackup.h"
#include "database/Database.h"

#include <QDir>
#include <QFileInfo>

namespace anju::backup {

QList<CheckFinding> LeftoverFiles::beside(const Database& db)
{
    QList<CheckFinding> findings;
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return findings;
    const QFileInfo file(db.location().path);
    const QDir folder = file.absoluteDir();
    const QStringList keptAside = folder.entryList({file.fileName() + QStringLiteral(".before-restore-*")},
                                                   QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : keptAside)
        findings.append({QStringLiteral("kept_aside"),
                         tr("%1 is the whole database as it was before a restore; delete it when the restore "
                            "is known to be right.")
                             .arg(folder.filePath(name)),
                         {}});
    for (const QDir& place : {folder, QDir(DatabaseBackup::folderFor(db))}) {
        const QStringList parts =
            place.entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString& name : parts)
            findings.append({QStringLiteral("unfinished_file"),
                             tr("%1 was left by a backup or export that did not finish; delete it.")
                                 .arg(place.filePath(name)),
                             {}});
    }
    return findings;
}

} // namespace anju::backup
