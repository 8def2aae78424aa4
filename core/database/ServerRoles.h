#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace anju {

class Database;

// The PostgreSQL roles of one Anju database (issue 14): an owner role nobody logs in with owns the schema,
// every table, sequence and function, and the database itself, so only it can switch a trigger off, drop
// a table or cut the trail; the desks log in with logins of a group role that may do the program's work
// and no more. Role names are cluster-wide, so both are named after the database (DB_owner, DB_desk):
// two offices on one server do not share grants. docs/security.md says what each may do and why.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(anju::ServerRoles)

public:
    struct Names
    {
        QString owner;
        QString desk;
    };
    // The names for the database `db` is connected to (PostgreSQL's limit of 63 bytes cuts long ones).
    static Names namesOf(const QString& database);
    static Result<Names> names(const Database& db);

    // The tables a desk may only read: the schema's versions, and the trail, whose rows the triggers write
    // with the owner's rights. The desk may add events (logins, exports) naming these columns only; the
    // server fills db_login, at and id itself.
    static QStringList readOnlyTables();
    static QStringList eventColumns();

    // Whether this login may create the roles and hand the objects over: a superuser, or a login with
    // CREATEROLE (it must also own the database's objects or be able to, which establish() finds out).
    static bool mayManage(const Database& db);
    // True when the owner role owns everything (the database, the schema public, every table, sequence and
    // function the migrations made) and the desk group exists.
    static Result<bool> inPlace(const Database& db);
    // Creates the owner and desk roles when missing (the owner without LOGIN), makes the owner own
    // everything, lets this login act as the owner (it runs later migrations), and grants the desk group
    // exactly the documented set, revoking anything else it or PUBLIC had. One transaction; PostgreSQL only.
    [[nodiscard]] static Outcome establish(const Database& db);
    // After a migration, or on an open by a login that may: establish() when not in place or `changed`.
    // Nothing for a login that may not manage roles (check then reports how things stand).
    [[nodiscard]] static Outcome keepInPlace(const Database& db, bool changed);

    // Creates the login `name` in the desk group with `password` (or gives an existing login of no other
    // power to the desk group, with the new password). Refuses a name that is not a plain lower-case
    // identifier, and a login that is a superuser or can act as the owner.
    [[nodiscard]] static Outcome addLogin(const Database& db, const QString& name, const QString& password);
    // The logins of the desk group, sorted.
    static Result<QStringList> logins(const Database& db);
};

} // namespace anju
