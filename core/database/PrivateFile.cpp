#include "database/PrivateFile.h"

#include <QFile>

namespace anju {

namespace {

constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

bool PrivateFile::create(const QString& path, QString* error)
{
    QFile file(path);
    // The mode is given at creation (the umask can only take bits away from it), not set afterwards,
    // so the file is never readable by others even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    // A file that existed keeps its mode through open(): take the others' bits off it.
    if (!restrict(path)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PrivateFile::restrict(const QString& path)
{
    return QFile::setPermissions(path, OwnerOnly);
}

} // namespace anju
