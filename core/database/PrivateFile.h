#pragma once

#include "domain/Violation.h"

#include <QString>

namespace anju {

// Files that hold the registry's personal data outside the database (exports, backups, the copies kept
// before a restore or an upgrade) are read and written by their owner only, whatever the umask: another
// account on the same computer must not read ID numbers from them.
class PrivateFile
{
public:
    // Makes `path` an empty file that only its owner may read and write (emptying it if it exists), so
    // that a writer which then opens it by name (SQLite, pg_dump, libxlsxwriter) keeps that mode.
    [[nodiscard]] static Outcome create(const QString& path);
    // Takes every permission but the owner's read and write off an existing file.
    static bool restrict(const QString& path);
};

} // namespace anju
