#include "database/SqliteOutOfSpace.h"

#include "database/AuditFunctions.h"

#include <sqlite3.h>

#include <cerrno>

namespace anju {

bool sqliteOutOfSpace(const QSqlDatabase& connection)
{
    sqlite3* handle = sqliteHandle(connection);
    if (!handle)
        return false;
    const int code = sqlite3_extended_errcode(handle);
    if ((code & 0xff) == SQLITE_FULL)
        return true;
    // The system error is that of the last failed system call: only trusted with the I/O error it caused.
    if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_CANTOPEN)
        return false;
    const int error = sqlite3_system_errno(handle);
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
}

} // namespace anju
