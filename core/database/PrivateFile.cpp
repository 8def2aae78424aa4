#include "database/PrivateFile.h"

#include <QFile>

namespace anju {

namespace {

constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

Outcome PrivateFile::create(const QString& path)
{
    QFile file(path);
    // The mode is given at creation (the umask can only take bits away from it), not set afterwards,
    // so the file is never readable by others even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly))
        return Outcome::error(file.errorString());
    file.close();
    // A file that existed keeps its mode through open(): take the others' bits off it.
    if (!restrict(path))
        return Outcome::error(file.errorString());
    return {};
}

bool PrivateFile::restrict(const QString& path)
{
    return QFile::setPermissions(path, OwnerOnly);
}

} // namespace anju
