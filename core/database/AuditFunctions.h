#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace anju {

class Database;

// Registers anju_actor() and anju_actor_id() on an SQLite connection: the audit triggers call them to
// learn who is writing, from the session of `db` at that moment. False when the driver is not SQLite.
bool registerAuditFunctions(const QSqlDatabase& connection, const Database* db);

// The sqlite3 handle of a QSQLITE connection (for the backup API), or null.
sqlite3* sqliteHandle(const QSqlDatabase& connection);

} // namespace anju
