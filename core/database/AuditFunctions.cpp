#include "database/AuditFunctions.h"

#include "database/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace anju {

namespace {

void actorName(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
    const Session* session = db ? db->session() : nullptr;
    if (!session) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray name = session->userName.toUtf8();
    sqlite3_result_text(context, name.constData(), int(name.size()), SQLITE_TRANSIENT);
}

void actorId(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
    const Session* session = db ? db->session() : nullptr;
    if (!session || session->userId <= 0)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, session->userId);
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    if (!connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

bool registerAuditFunctions(const QSqlDatabase& connection, const Database* db)
{
    sqlite3* handle = sqliteHandle(connection);
    if (!handle)
        return false;
    void* data = const_cast<Database*>(db);
    return sqlite3_create_function_v2(handle, "anju_actor", 0, SQLITE_UTF8, data, actorName, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(handle, "anju_actor_id", 0, SQLITE_UTF8, data, actorId, nullptr,
                                      nullptr, nullptr) == SQLITE_OK;
}

} // namespace anju
