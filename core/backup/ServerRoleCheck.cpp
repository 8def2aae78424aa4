#include "backup/ServerRoleCheck.h"

#include "database/Database.h"
#include "database/ServerRoles.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::backup {

namespace {

Outcome failed(const QSqlQuery& q)
{
    return Outcome::failure(QLatin1String(Field::General), q.lastError().text());
}

// The privileges a desk needs on one object (ServerRoles::establish grants these and no more).
bool allowed(const QString& table, const QString& kind, const QString& privilege)
{
    if (kind == QLatin1String("S"))
        return privilege == QLatin1String("USAGE") || privilege == QLatin1String("SELECT");
    if (ServerRoles::readOnlyTables().contains(table))
        return privilege == QLatin1String("SELECT");
    static const QSet<QString> work = {QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                       QStringLiteral("UPDATE"), QStringLiteral("DELETE")};
    return work.contains(privilege);
}

} // namespace

Result<QList<CheckFinding>> ServerRoleCheck::run() const
{
    QList<CheckFinding> findings;
    if (m_db.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return findings;
    if (Outcome checked = owners(&findings); !checked)
        return checked;
    if (Outcome checked = deskGrants(&findings); !checked)
        return checked;
    return findings;
}

Outcome ServerRoleCheck::owners(QList<CheckFinding>* findings) const
{
    const Result<ServerRoles::Names> roles = ServerRoles::names(m_db);
    if (!roles)
        return roles;
    const QString owner = roles.value().owner;
    QSqlQuery q(m_db.connection());
    // Every object the migrations made, the schema and the database, by owner other than the owner role.
    q.prepare(QStringLiteral(
        "SELECT r.rolname, r.rolcanlogin, count(*) FROM ("
        " SELECT c.relowner AS owner FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
        "  AND c.relkind IN ('r','p','v','m','f','S') AND NOT EXISTS (SELECT 1 FROM pg_depend d"
        "  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')"
        " UNION ALL SELECT p.proowner FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
        "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
        "  AND d.objid = p.oid AND d.deptype = 'e')"
        " UNION ALL SELECT nspowner FROM pg_namespace WHERE nspname = 'public'"
        " UNION ALL SELECT datdba FROM pg_database WHERE datname = current_database()) o"
        " JOIN pg_roles r ON r.oid = o.owner WHERE r.rolname <> ? GROUP BY 1, 2 ORDER BY 1"));
    q.addBindValue(owner);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        findings->append(
            {QStringLiteral("server_owner"),
             q.value(1).toBool()
                 ? tr("%1 objects of the database (tables, functions, the schema or the database itself) "
                      "belong to the login %2, not to the owner role %3: whoever logs in as %2 can switch "
                      "the "
                      "audit trail off and delete it. The administrator hands them over with anju-cli init, "
                      "run with a server login that may create roles.")
                       .arg(q.value(2).toString(), q.value(0).toString(), owner)
                 : tr("%1 objects of the database belong to the role %2, not to the owner role %3. The "
                      "administrator hands them over with anju-cli init.")
                       .arg(q.value(2).toString(), q.value(0).toString(), owner),
             {}});
    }
    q.prepare(QStringLiteral("SELECT rolcanlogin OR rolsuper FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return failed(q);
    if (q.next() && q.value(0).toBool())
        findings->append({QStringLiteral("server_owner_login"),
                          tr("The owner role %1 can log in: nobody should, since the owner may switch the "
                             "audit trail off. anju-cli init takes its login away.")
                              .arg(owner),
                          {}});
    // A desk login that is also a superuser, may make roles, or can act as the owner is no desk login.
    q.prepare(QStringLiteral(
        "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member"
        " JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = ? AND (m.rolsuper OR m.rolcreaterole"
        " OR m.rolbypassrls OR pg_has_role(m.oid, (SELECT oid FROM pg_roles WHERE rolname = ?), 'USAGE'))"
        " ORDER BY 1"));
    q.addBindValue(roles.value().desk);
    q.addBindValue(owner);
    if (!q.exec())
        return failed(q);
    while (q.next())
        findings->append(
            {QStringLiteral("server_desk_power"),
             tr("The desk login %1 can also act as the owner or manage the server: a desk must log "
                "in with a login of no other power.")
                 .arg(q.value(0).toString()),
             {}});
    return {};
}

Outcome ServerRoleCheck::deskGrants(QList<CheckFinding>* findings) const
{
    const Result<ServerRoles::Names> roles = ServerRoles::names(m_db);
    if (!roles)
        return roles;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT oid FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(roles.value().desk);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return {}; // no desk group yet: the owners' finding says what to do
    const QString desk = roles.value().desk;
    const qint64 deskOid = q.value(0).toLongLong();

    // object -> privileges beyond the documented set, for the desk group and for everyone (PUBLIC, 0).
    QMap<QString, QStringList> extra;
    const auto add = [&](qint64 grantee, const QString& object, const QString& privilege) {
        const QString who = grantee == 0 ? tr("everyone (PUBLIC)") : tr("the desk group %1").arg(desk);
        extra[who + QLatin1Char('\t') + object].append(privilege);
    };
    q.prepare(QStringLiteral(
        "SELECT c.relname, c.relkind::text, a.privilege_type, a.grantee FROM pg_class c"
        " CROSS JOIN LATERAL aclexplode(c.relacl) a WHERE c.relnamespace = 'public'::regnamespace"
        " AND c.relkind IN ('r','p','v','m','f','S') AND a.grantee IN (0, ?) ORDER BY 1, 3"));
    q.addBindValue(deskOid);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const qint64 grantee = q.value(3).toLongLong();
        if (grantee == 0 || !allowed(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()))
            add(grantee, q.value(0).toString(), q.value(2).toString());
    }
    q.prepare(QStringLiteral(
        "SELECT c.relname, t.attname, a.privilege_type, a.grantee FROM pg_attribute t"
        " JOIN pg_class c ON c.oid = t.attrelid CROSS JOIN LATERAL aclexplode(t.attacl) a"
        " WHERE c.relnamespace = 'public'::regnamespace AND t.attacl IS NOT NULL AND a.grantee IN (0, ?)"
        " ORDER BY 1, 2, 3"));
    q.addBindValue(deskOid);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const qint64 grantee = q.value(3).toLongLong();
        const bool event = grantee != 0 && q.value(0).toString() == QLatin1String("audit_log") &&
                           q.value(2).toString() == QLatin1String("INSERT") &&
                           ServerRoles::eventColumns().contains(q.value(1).toString());
        if (!event)
            add(grantee, q.value(0).toString() + QLatin1Char('.') + q.value(1).toString(),
                q.value(2).toString());
    }
    // Making objects in the schema or the database: what could stand in for the program's own.
    q.prepare(QStringLiteral(
        "SELECT 'schema public', a.privilege_type, a.grantee FROM pg_namespace n"
        " CROSS JOIN LATERAL aclexplode(n.nspacl) a WHERE n.nspname = 'public' AND a.grantee IN (0, ?)"
        " AND a.privilege_type = 'CREATE'"
        " UNION ALL SELECT 'database', a.privilege_type, a.grantee FROM pg_database d"
        " CROSS JOIN LATERAL aclexplode(d.datacl) a WHERE d.datname = current_database() AND a.grantee IN "
        "(0, ?)"
        " AND a.privilege_type = 'CREATE'"));
    q.addBindValue(deskOid);
    q.addBindValue(deskOid);
    if (!q.exec())
        return failed(q);
    while (q.next())
        add(q.value(2).toLongLong(), q.value(0).toString(), q.value(1).toString());

    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\t'));
        findings->append(
            {QStringLiteral("server_grants"),
             tr("%1 may %2 on %3, beyond what the program's work needs. anju-cli init, run by the "
                "administrator, sets the grants right.")
                 .arg(parts.value(0), it.value().join(QStringLiteral(", ")), parts.value(1)),
             {}});
    }
    // A group the desk group belongs to lends it that group's rights.
    q.prepare(QStringLiteral("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
                             " WHERE a.member = ? ORDER BY 1"));
    q.addBindValue(deskOid);
    if (!q.exec())
        return failed(q);
    while (q.next())
        findings->append({QStringLiteral("server_grants"),
                          tr("The desk group %1 is a member of %2 and has its rights too.")
                              .arg(desk, q.value(0).toString()),
                          {}});
    return {};
}

} // namespace anju::backup
