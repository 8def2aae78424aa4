#pragma once

#include <QSqlDatabase>

namespace anju {

// True when the last failure on a QSQLITE connection was for want of space: SQLITE_FULL, or an I/O
// error whose system call failed with ENOSPC (disk full), EDQUOT (quota spent) or EFBIG (the file may
// grow no further). Opening a WAL database writes its -shm file and the first write makes the -wal:
// on a full disk those fail as I/O errors, which SQLite does not call SQLITE_FULL.
bool sqliteOutOfSpace(const QSqlDatabase& connection);

} // namespace anju
