#include "help/ManualLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace anju {

QStringList ManualLocation::candidates()
{
    const QString chosen = qEnvironmentVariable("ANJU_MANUAL_DIR");
    if (!chosen.isEmpty())
        return {chosen};
    QStringList places{QStringLiteral(ANJU_MANUAL_INSTALLED)};
    // An installation moved elsewhere (a prefix other than the one built for): bin/../share/anju/manual.
    places << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/anju/manual"));
    // A development build run from its build folder.
    places << QStringLiteral(ANJU_MANUAL_SOURCE);
    return places;
}

QString ManualLocation::directory()
{
    const QStringList places = candidates();
    for (const QString& place : places) {
        if (QFileInfo::exists(QDir(place).filePath(QStringLiteral("index.md"))))
            return QDir(place).canonicalPath();
    }
    return {};
}

} // namespace anju
