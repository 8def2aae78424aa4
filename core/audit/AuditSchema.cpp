#include "audit/AuditSchema.h"

#include <QSqlQuery>

namespace anju {

namespace {

QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString literal(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The column that names the household a row belongs to, so a household's history finds its members' rows.
QString householdColumn(const QString& table)
{
    if (table == QLatin1String("households"))
        return QStringLiteral("id");
    if (table == QLatin1String("persons"))
        return QStringLiteral("household_id");
    return {};
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    return columns;
}

// SELECT rows (column, old, new) for the columns, from which the trigger keeps the changed ones.
QString pairs(const QStringList& columns, const char* oldRow, const char* newRow)
{
    QStringList selects;
    for (const QString& column : columns) {
        const QString o =
            oldRow ? QString::fromLatin1(oldRow) + QLatin1Char('.') + quoted(column) : QStringLiteral("NULL");
        const QString n =
            newRow ? QString::fromLatin1(newRow) + QLatin1Char('.') + quoted(column) : QStringLiteral("NULL");
        selects.append(QStringLiteral("SELECT %1 AS c, %2 AS o, %3 AS n").arg(literal(column), o, n));
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

} // namespace

QString AuditSchema::householdColumnOf(const QString& table)
{
    return householdColumn(table);
}

QStringList AuditSchema::auditedTables()
{
    return {QStringLiteral("sites"),     QStringLiteral("buildings"), QStringLiteral("households"),
            QStringLiteral("persons"),   QStringLiteral("settings"),  QStringLiteral("users"),
            QStringLiteral("user_sites"),
            // The party records (schema v5): members' stages, states and stays are history rows already,
            // but who wrote them, and every change to organisations, dues, meetings and transfers, is kept.
            QStringLiteral("party_organisations"), QStringLiteral("party_organisation_sites"),
            QStringLiteral("party_members"), QStringLiteral("party_stage_steps"), QStringLiteral("party_member_states"),
            QStringLiteral("party_branch_stays"), QStringLiteral("party_committee_seats"),
            QStringLiteral("party_dues_bases"), QStringLiteral("party_dues_payments"), QStringLiteral("party_meetings"),
            QStringLiteral("party_meeting_attendance"), QStringLiteral("party_transfers"),
            QStringLiteral("party_site_assignments")};
}

bool AuditSchema::isBookkeeping(const QString& column)
{
    static const QStringList names = {
        QStringLiteral("row_version"),     QStringLiteral("updated_at"),   QStringLiteral("head_name"),
        QStringLiteral("head_id_number"),  QStringLiteral("member_count"), QStringLiteral("password_hash"),
        QStringLiteral("failed_attempts"), QStringLiteral("locked_until"), QStringLiteral("last_login_at"),
        QStringLiteral("created_at"),
    };
    return names.contains(column);
}

QStringList AuditSchema::tables()
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id ${ID},"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL"
                       "  CHECK (role = 'clerk' OR role = 'secretary' OR role = 'manager' OR role = 'admin'),"
                       " password_hash TEXT NOT NULL,"
                       " active ${BOOL} NOT NULL DEFAULT 1,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until ${TIMESTAMP},"
                       " last_login_at ${TIMESTAMP},"
                       " created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        // No rows: the user works on every site.
        QStringLiteral("CREATE TABLE user_sites ("
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " PRIMARY KEY (user_id, site_id))"),
        // user_name is copied, not referenced: the trail outlives renames. `changes` is a JSON object
        // {"column": [old, new], …}; `detail` a JSON object for events (login, export, import, backup).
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ${ID},"
                       " at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " user_id BIGINT,"
                       " user_name TEXT,"
                       " action TEXT NOT NULL,"
                       " record_type TEXT NOT NULL DEFAULT '',"
                       " record_id BIGINT,"
                       " household_id BIGINT,"
                       " changes TEXT,"
                       " detail TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_household ON audit_log (household_id, id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_name, at)"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_type, record_id)"),
    };
}

QStringList AuditSchema::sqliteGuards()
{
    return {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
    };
}

QStringList AuditSchema::sqliteTriggers(const QSqlDatabase& db, const QString& table)
{
    QStringList audited;
    for (const QString& column : columnsOf(db, table)) {
        if (!isBookkeeping(column))
            audited.append(column);
    }
    if (audited.isEmpty())
        return {};
    const QStringList columnsNoId = [&] {
        QStringList c = audited;
        c.removeAll(QStringLiteral("id"));
        return c;
    }();
    const QString household = householdColumn(table);
    const bool hasId = audited.contains(QStringLiteral("id"));
    const auto recordOf = [&](const char* row) {
        return hasId ? QString::fromLatin1(row) + QStringLiteral(".id") : QStringLiteral("NULL");
    };
    const auto householdOf = [&](const char* row) {
        return household.isEmpty() ? QStringLiteral("NULL")
                                   : QString::fromLatin1(row) + QLatin1Char('.') + household;
    };
    // anju_actor() and anju_actor_id() are functions of the program's connection (AuditFunctions): a
    // write by any other program fails here, so nothing changes without a name on it.
    const QString insertInto = QStringLiteral(
        "INSERT INTO audit_log (user_id, user_name, action, record_type, record_id, household_id, changes)"
        " VALUES (anju_actor_id(), anju_actor(), '%1', %2, %3, %4, (SELECT json_group_object(c, "
        "json_array(o, n))"
        " FROM (%5) WHERE %6))");
    const QString t = quoted(table);
    const QString name = table;
    QStringList changed;
    for (const QString& column : columnsNoId)
        changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(column)));

    QStringList statements;
    for (const char* kind : {"insert", "update", "delete"})
        statements.append(
            QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1_%2\"").arg(name, QLatin1String(kind)));
    statements.append(
        QStringLiteral("CREATE TRIGGER \"audit_%1_insert\" AFTER INSERT ON %2 BEGIN ").arg(name, t) +
        insertInto.arg(QStringLiteral("insert"), literal(table), recordOf("NEW"), householdOf("NEW"),
                       pairs(audited, nullptr, "NEW"), QStringLiteral("n IS NOT NULL")) +
        QStringLiteral("; END"));
    if (!changed.isEmpty()) {
        statements.append(
            QStringLiteral("CREATE TRIGGER \"audit_%1_update\" AFTER UPDATE ON %2 WHEN %3 BEGIN ")
                .arg(name, t, changed.join(QStringLiteral(" OR "))) +
            insertInto.arg(QStringLiteral("update"), literal(table), recordOf("NEW"), householdOf("NEW"),
                           pairs(columnsNoId, "OLD", "NEW"), QStringLiteral("o IS NOT n")) +
            QStringLiteral("; END"));
    }
    statements.append(
        QStringLiteral("CREATE TRIGGER \"audit_%1_delete\" AFTER DELETE ON %2 BEGIN ").arg(name, t) +
        insertInto.arg(QStringLiteral("delete"), literal(table), recordOf("OLD"), householdOf("OLD"),
                       pairs(audited, "OLD", nullptr), QStringLiteral("o IS NOT NULL")) +
        QStringLiteral("; END"));
    return statements;
}

QStringList AuditSchema::sqliteTriggersForAll(const QSqlDatabase& db)
{
    QStringList statements;
    for (const QString& table : auditedTables())
        statements += sqliteTriggers(db, table);
    return statements;
}

} // namespace anju
