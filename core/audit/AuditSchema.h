#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace anju {

// The audit trail's tables and triggers. Each audited table gets three triggers that write who, which
// record and the old and new value of each changed column into audit_log, in the writing statement's own
// transaction; audit_log itself refuses UPDATE and DELETE.
class AuditSchema
{
public:
    // Tables whose every write is recorded (memberships are history themselves; imports are one event).
    static QStringList auditedTables();
    // Columns kept by the program itself (versions, summaries, counters): not worth a row of their own.
    static bool isBookkeeping(const QString& column);

    // v6: users, their sites, audit_log and the triggers that keep audit_log append-only (portable SQL).
    static QStringList tables();
    static QStringList sqliteGuards();
    // Drops and makes the SQLite audit triggers of `table` from its current columns: call it again after
    // adding columns, and once for every new table (the party tables, …).
    static QStringList sqliteTriggers(const QSqlDatabase& db, const QString& table);
    // The triggers of every audited table, for the migration.
    static QStringList sqliteTriggersForAll(const QSqlDatabase& db);
    // The same trail on PostgreSQL (AuditSchemaPostgres.cpp): one PL/pgSQL function compares the rows as
    // JSON, so the triggers need no column lists; the writer's name comes from the connection's settings
    // anju.actor / anju.actor_id, which Database::setSession() sets.
    static QStringList postgresStatements();
    static QString householdColumnOf(const QString& table);
};

} // namespace anju
