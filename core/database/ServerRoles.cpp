#include "database/ServerRoles.h"

#include "database/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anju {

namespace {

// Role and database names go into DDL, which PostgreSQL cannot bind: quoted as identifiers.
QString ident(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Outcome failed(const QSqlQuery& q)
{
    return Outcome::failure(QLatin1String(Field::General), q.lastError().text());
}

// The objects of the schema public the migrations made (not an extension's), with their kind for DDL.
constexpr char OwnedObjects[] =
    "SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'"
    "  WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, quote_ident(c.relname), c.relowner, c.relkind::text"
    " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN "
    "('r','p','v','m','f','S')"
    " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
    "  AND d.deptype = 'e')"
    " UNION ALL SELECT 'FUNCTION', p.oid::regprocedure::text, p.proowner, 'F' FROM pg_proc p"
    " WHERE p.pronamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d"
    "  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')";

Result<bool> roleExists(QSqlDatabase connection, const QString& role)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return failed(q);
    return q.next();
}

} // namespace

ServerRoles::Names ServerRoles::namesOf(const QString& database)
{
    // 63 bytes is PostgreSQL's limit for a name; "_owner" takes 6 of them.
    QString stem = database;
    while (stem.toUtf8().size() > 57)
        stem.chop(1); // whole characters, never half of one
    return {stem + QStringLiteral("_owner"), stem + QStringLiteral("_desk")};
}

Result<ServerRoles::Names> ServerRoles::names(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
        return failed(q);
    return namesOf(q.value(0).toString());
}

QStringList ServerRoles::readOnlyTables()
{
    return {QStringLiteral("audit_log"), QStringLiteral("schema_version")};
}

QStringList ServerRoles::eventColumns()
{
    return {QStringLiteral("user_id"), QStringLiteral("user_name"), QStringLiteral("action"),
            QStringLiteral("detail")};
}

bool ServerRoles::mayManage(const Database& db)
{
    if (db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return false;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral(
               "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) &&
           q.next() && q.value(0).toBool();
}

Result<bool> ServerRoles::inPlace(const Database& db)
{
    const Result<Names> roles = names(db);
    if (!roles)
        return Outcome(roles);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM pg_roles WHERE rolname = ?) = 1 AND"
                             " NOT EXISTS (SELECT 1 FROM (%1"
                             "  UNION ALL SELECT 'SCHEMA', 'public', nspowner, '' FROM pg_namespace"
                             "   WHERE nspname = 'public'"
                             "  UNION ALL SELECT 'DATABASE', datname, datdba, '' FROM pg_database"
                             "   WHERE datname = current_database()) o (kind, name, owner, relkind)"
                             " WHERE o.owner IS DISTINCT FROM (SELECT oid FROM pg_roles WHERE rolname = ?))")
                  .arg(QLatin1String(OwnedObjects)));
    q.addBindValue(roles.value().desk);
    q.addBindValue(roles.value().owner);
    if (!q.exec() || !q.next())
        return failed(q);
    return q.value(0).toBool();
}

Outcome ServerRoles::keepInPlace(const Database& db, bool changed)
{
    if (!mayManage(db))
        return {};
    if (!changed) {
        const Result<bool> done = inPlace(db);
        if (!done)
            return Outcome(done);
        if (done.value())
            return {};
    }
    return establish(db);
}

Outcome ServerRoles::establish(const Database& db)
{
    if (db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return {};
    const Result<Names> roles = names(db);
    if (!roles)
        return Outcome(roles);
    const QString owner = ident(roles.value().owner);
    const QString desk = ident(roles.value().desk);
    QSqlDatabase connection = db.connection();

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    QString statement;
    const auto run = [&](const QString& sql) {
        QSqlQuery q(connection);
        statement = sql;
        const bool ok = q.exec(sql);
        if (!ok) {
            statement = sql + QStringLiteral(": ") + q.lastError().text();
            db.keepUntilTransactionEnds(q);
        }
        return ok;
    };
    const auto refused = [&]() {
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("Cannot give the database to its owner role %1 (run this with a login that may create roles "
               "and owns the database, or the postgres superuser): %2")
                .arg(roles.value().owner, statement));
    };

    QSqlQuery q(connection);
    // Roles are made by a login of the whole server: two programs doing it at once would collide.
    if (!run(QStringLiteral("SELECT pg_advisory_xact_lock(20261206)")))
        return refused();
    for (const QString& role : {roles.value().owner, roles.value().desk}) {
        const Result<bool> exists = roleExists(connection, role);
        if (!exists)
            return Outcome(exists);
        if (!exists.value() && !run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(role))))
            return refused();
    }
    // An owner that can log in would be a login that may switch the trail off.
    if (!run(QStringLiteral("ALTER ROLE %1 NOLOGIN NOCREATEROLE NOCREATEDB").arg(owner)) ||
        !run(QStringLiteral("ALTER ROLE %1 NOLOGIN NOCREATEROLE NOCREATEDB").arg(desk)))
        return refused();
    // This login (the administrator's) acts as the owner: ALTER … OWNER TO needs it, and so do the
    // migrations of later versions. A superuser already may.
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next())
        return failed(q);
    if (!q.value(0).toBool()) {
        q.finish();
        if (!run(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner)))
            return refused();
    }

    if (!q.exec(QStringLiteral("SELECT quote_ident(current_database())")) || !q.next())
        return failed(q);
    const QString database = q.value(0).toString();
    q.finish();
    // The database and the schema first (their owner could drop the schema with everything in it), in this
    // order: a new owner of a table must be allowed to create in its schema, and of the schema in the
    // database.
    if (!run(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, owner)) ||
        !run(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(owner)))
        return refused();

    // Tables first: their sequences (serial ids) follow them.
    for (int pass = 0; pass < 2; ++pass) {
        QStringList alters;
        QSqlQuery owners(connection);
        owners.prepare(QStringLiteral("SELECT kind || ' ' || name FROM (%1) o (kind, name, owner, relkind)"
                                      " WHERE o.owner <> (SELECT oid FROM pg_roles WHERE rolname = ?)"
                                      " AND (o.relkind <> 'S' OR ? = 1)")
                           .arg(QLatin1String(OwnedObjects)));
        owners.addBindValue(roles.value().owner);
        owners.addBindValue(pass);
        if (!owners.exec())
            return failed(owners);
        while (owners.next())
            alters.append(owners.value(0).toString());
        owners.finish();
        for (const QString& object : std::as_const(alters)) {
            if (!run(QStringLiteral("ALTER %1 OWNER TO %2").arg(object, owner)))
                return refused();
        }
    }

    // Privileges: what the desks need and nothing else, from PUBLIC as from the desk group.
    QStringList tables;
    QStringList functions;
    if (!q.exec(QStringLiteral("SELECT kind, name FROM (%1) o (kind, name, owner, relkind)")
                    .arg(QLatin1String(OwnedObjects))))
        return failed(q);
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("TABLE"))
            tables.append(q.value(1).toString());
        else if (q.value(0).toString() == QLatin1String("FUNCTION"))
            functions.append(q.value(1).toString());
    }
    q.finish();
    QStringList grants = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC, %2").arg(database, desk),
        // TEMPORARY: check builds its reference of the triggers in the session's temporary schema.
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, desk),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC, %1").arg(desk),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(desk),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1").arg(desk),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %1").arg(desk),
        // USAGE for the ids of new rows; SELECT for pg_dump, which reads where each sequence stands.
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(desk),
    };
    // The program's functions are trigger functions, which nobody can call; the desk group may name them
    // in a trigger (on its own temporary tables only: check's reference of the triggers), and the trail's
    // writer refuses to write for any table outside the schema public.
    for (const QString& function : std::as_const(functions)) {
        grants.append(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC, %2").arg(function, desk));
        grants.append(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, desk));
    }
    for (const QString& table : std::as_const(tables)) {
        const QString bare = table.startsWith(QLatin1Char('"')) ? table.mid(1, table.size() - 2) : table;
        if (readOnlyTables().contains(bare))
            grants.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, desk));
        else
            grants.append(
                QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, desk));
    }
    if (tables.contains(QLatin1String("audit_log"))) // from schema 6 on
        grants.append(QStringLiteral("GRANT INSERT (%1) ON audit_log TO %2")
                          .arg(eventColumns().join(QStringLiteral(", ")), desk));
    for (const QString& grant : std::as_const(grants)) {
        if (!run(grant))
            return refused();
    }
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    return {};
}

Outcome ServerRoles::addLogin(const Database& db, const QString& name, const QString& password)
{
    if (db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Server logins exist only for a database on a PostgreSQL server."));
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(name).hasMatch())
        return Outcome::failure(QStringLiteral("name"),
                                tr("A server login's name is lower-case letters, digits and _ (not first), "
                                   "at most 63: %1")
                                    .arg(name));
    if (password.isEmpty())
        return Outcome::failure(QStringLiteral("password"), tr("A server login needs a password."));
    const Result<Names> roles = names(db);
    if (!roles)
        return Outcome(roles);
    if (name == roles.value().owner || name == roles.value().desk)
        return Outcome::failure(QStringLiteral("name"),
                                tr("%1 is one of the database's own roles.").arg(name));
    const Result<bool> ready = inPlace(db);
    if (!ready)
        return Outcome(ready);
    if (!ready.value())
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The database is not yet owned by its owner role %1: run anju-cli init with the "
               "administrator's server login first.")
                .arg(roles.value().owner));

    QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    q.prepare(QStringLiteral(
        "SELECT rolsuper OR pg_has_role(oid, (SELECT oid FROM pg_roles WHERE rolname = ?),"
        " 'USAGE') OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(roles.value().owner);
    q.addBindValue(name);
    if (!q.exec())
        return failed(q);
    const bool exists = q.next();
    if (exists && q.value(0).toBool())
        return Outcome::failure(QStringLiteral("name"),
                                tr("%1 can act as the owner or manage the server; a desk must log in with a "
                                   "login of no other power.")
                                    .arg(name));
    q.finish();
    // The password cannot be bound in DDL: the server quotes it (format's %L) and the statement is run as
    // text.
    q.prepare(exists ? QStringLiteral("SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)")
                     : QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"));
    q.addBindValue(name);
    q.addBindValue(password);
    if (!q.exec() || !q.next())
        return failed(q);
    const QString create = q.value(0).toString();
    q.finish();

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    for (const QString& statement :
         {create, QStringLiteral("GRANT %1 TO %2").arg(ident(roles.value().desk), ident(name))}) {
        QSqlQuery ddl(connection);
        if (!ddl.exec(statement)) {
            // Never the statement itself: it holds the password.
            const QString why = ddl.lastError().databaseText();
            db.keepUntilTransactionEnds(ddl);
            return Outcome::failure(QLatin1String(Field::General),
                                    tr("Cannot make the server login %1: %2").arg(name, why));
        }
    }
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    return {};
}

Result<QStringList> ServerRoles::logins(const Database& db)
{
    const Result<Names> roles = names(db);
    if (!roles)
        return Outcome(roles);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member"
                             " JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = ? ORDER BY 1"));
    q.addBindValue(roles.value().desk);
    if (!q.exec())
        return failed(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace anju
