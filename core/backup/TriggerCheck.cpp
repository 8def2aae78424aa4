#include "backup/TriggerCheck.h"

#include "access/Permissions.h"
#include "database/AuditFunctions.h"
#include "database/Database.h"
#include "database/ServerRoles.h"
#include "database/SqlDialect.h"
#include "domain/Violation.h"
#include "registry/SearchIndex.h"
#include "schema/Migration.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::backup {

namespace {

// The schema PostgreSQL builds the reference in, inside a transaction that is always rolled back.
constexpr char ReferenceSchema[] = "anju_check_reference";

Outcome failure(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General), text);
}

bool onServer(const Database& db)
{
    return db.dialect().engine() == SqlDialect::Engine::PostgreSql;
}

QString collapsed(const QString& sql)
{
    return sql.simplified();
}

// The last statement of the migrations that creates `name` (a trigger or a function) on this engine:
// what the schema says it is today. Functions are made again with CREATE OR REPLACE.
QString lastCreateStatement(const Database& db, const QString& kind, const QString& name)
{
    const QRegularExpression creates(
        QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?%1\\s+\"?%2\"?[\\s(]")
            .arg(kind, QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    QString found;
    for (const Migration& migration : migrations()) {
        for (const QString& statement : onServer(db) ? migration.postgres : migration.sqlite) {
            if (creates.match(statement).hasMatch())
                found = db.dialect().expand(statement);
        }
    }
    if (kind == QLatin1String("FUNCTION") && !found.isEmpty())
        found.replace(QRegularExpression(QStringLiteral("^\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION"),
                                         QRegularExpression::CaseInsensitiveOption),
                      QStringLiteral("CREATE OR REPLACE FUNCTION"));
    return found;
}

// SQLite: every trigger's CREATE text, as sqlite_master keeps it.
Result<TriggerCheck::Inventory> sqliteTriggers(QSqlDatabase connection)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")))
        return failure(q.lastError().text());
    TriggerCheck::Inventory triggers;
    while (q.next())
        triggers.insert(q.value(0).toString(),
                        {q.value(1).toString(), collapsed(q.value(2).toString()), true});
    return triggers;
}

// PostgreSQL: the user-made triggers of one schema, by what they do rather than by their text (the text
// PostgreSQL prints names the schema, which differs between the reference and the live one).
Result<TriggerCheck::Inventory> serverTriggers(QSqlDatabase connection, const QString& schema)
{
    QSqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT t.tgname, c.relname, t.tgtype, p.proname, t.tgdeferrable, t.tginitdeferred,"
                       " t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                       " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid"
                       " WHERE NOT t.tgisinternal AND n.nspname = ?"));
    q.addBindValue(schema);
    if (!q.exec())
        return failure(q.lastError().text());
    TriggerCheck::Inventory triggers;
    while (q.next()) {
        const QString definition =
            QStringLiteral("ON %1 type %2 calls %3%4%5")
                .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toBool() ? QStringLiteral(" deferrable") : QString(),
                     q.value(5).toBool() ? QStringLiteral(" initially deferred") : QString());
        triggers.insert(q.value(0).toString(),
                        {q.value(1).toString(), definition, q.value(6).toString() != QLatin1String("D")});
    }
    return triggers;
}

Result<QMap<QString, QString>> serverFunctions(QSqlDatabase connection, const QString& schema)
{
    QSqlQuery q(connection);
    // The body, and whether it runs with its owner's rights and with which settings (the trail's writer
    // pins its search_path): a function made to run as its caller, or with another path, is changed too.
    q.prepare(
        QStringLiteral("SELECT p.proname, p.prosrc, p.prosecdef, array_to_string(p.proconfig, ';')"
                       " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"));
    q.addBindValue(schema);
    if (!q.exec())
        return failure(q.lastError().text());
    QMap<QString, QString> functions;
    while (q.next())
        functions.insert(q.value(0).toString(),
                         collapsed(q.value(1).toString()) +
                             (q.value(2).toBool() ? QStringLiteral(" [security definer]") : QString()) +
                             QStringLiteral(" [") + q.value(3).toString() + QLatin1Char(']'));
    return functions;
}

QString currentSchema(QSqlDatabase connection)
{
    QSqlQuery q(connection);
    return q.exec(QStringLiteral("SELECT current_schema()")) && q.next() ? q.value(0).toString()
                                                                         : QStringLiteral("public");
}

} // namespace

Result<TriggerCheck::Inventory> TriggerCheck::live() const
{
    if (onServer(m_db))
        return serverTriggers(m_db.connection(), currentSchema(m_db.connection()));
    return sqliteTriggers(m_db.connection());
}

Result<TriggerCheck::Inventory> TriggerCheck::reference(QMap<QString, QString>* functions) const
{
    if (!onServer(m_db)) {
        // A private in-memory database of its own connection, removed when done.
        static QAtomicInt serial;
        const QString name = QStringLiteral("anju-trigger-reference-%1").arg(serial.fetchAndAddRelaxed(1));
        Result<Inventory> made = failure(QString());
        {
            QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reference.setDatabaseName(QStringLiteral(":memory:"));
            if (!reference.open()) {
                made = failure(reference.lastError().text());
            } else {
                // As every connection of the program has them: a migration's statement may fire an earlier
                // version's trigger that writes an audited table (version 20's settings fire version 16's
                // income_drop_months_insert), and SQLite compiles the whole trigger program, functions and
                // all.
                registerAuditFunctions(reference, &m_db);
                made = [&]() -> Result<Inventory> {
                    QSqlQuery q(reference);
                    for (const Migration& migration : migrations()) {
                        for (const QString& statement : migration.sqlite) {
                            if (!q.exec(m_db.dialect().expand(statement)))
                                return failure(tr("Migration %1 does not run on an empty database: %2")
                                                   .arg(migration.version)
                                                   .arg(q.lastError().text()));
                        }
                    }
                    return sqliteTriggers(reference);
                }();
                reference.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return made;
    }

    // On the server: the migrations in a schema of their own, inside a transaction that is rolled back.
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction())
        return failure(connection.lastError().text());
    const auto rollBack = [&connection](Outcome why) -> Result<Inventory> {
        connection.rollback();
        return why;
    };
    QSqlQuery q(connection);
    // A desk's server login may not create a schema (ServerRoles): it builds the reference in its session's
    // temporary schema instead, where tables, sequences and functions can be made and are never seen by
    // another session. (Triggers there call the public functions of the same name: PostgreSQL never looks
    // for functions in pg_temp; the functions themselves are compared by their temporary copies.)
    if (!q.exec(QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')")) || !q.next())
        return rollBack(failure(q.lastError().text()));
    const bool ownSchema = q.value(0).toBool();
    QString schema = QString::fromLatin1(ReferenceSchema);
    if (ownSchema ? !q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)) ||
                        !q.exec(QStringLiteral("SET LOCAL search_path TO %1, public").arg(schema))
                  : !q.exec(QStringLiteral("SET LOCAL search_path TO pg_temp, public")))
        return rollBack(failure(q.lastError().text()));
    for (const Migration& migration : migrations()) {
        for (const QString& statement : migration.postgres) {
            if (!q.exec(m_db.dialect().expand(statement)))
                return rollBack(failure(tr("Migration %1 does not run on an empty database: %2")
                                            .arg(migration.version)
                                            .arg(q.lastError().text())));
        }
    }
    if (!ownSchema) {
        if (!q.exec(QStringLiteral("SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()")) ||
            !q.next())
            return rollBack(failure(q.lastError().text()));
        schema = q.value(0).toString();
    }
    Result<Inventory> triggers = serverTriggers(connection, schema);
    Result<QMap<QString, QString>> made = serverFunctions(connection, schema);
    connection.rollback();
    if (!made)
        return Outcome(made);
    *functions = made.value();
    return triggers;
}

Result<QMap<QString, QString>> TriggerCheck::liveFunctions(const QStringList& names) const
{
    Result<QMap<QString, QString>> all = serverFunctions(m_db.connection(), currentSchema(m_db.connection()));
    if (!all)
        return all;
    QMap<QString, QString> wanted;
    for (const QString& name : names) {
        if (all.value().contains(name))
            wanted.insert(name, all.value().value(name));
    }
    return wanted;
}

Result<TriggerCheck::Faults> TriggerCheck::faults() const
{
    QMap<QString, QString> expectedFunctions;
    const Result<Inventory> expected = reference(&expectedFunctions);
    if (!expected)
        return Outcome(expected);
    const Result<Inventory> found = live();
    if (!found)
        return Outcome(found);

    Faults faults;
    for (auto it = expected.value().cbegin(); it != expected.value().cend(); ++it) {
        const auto have = found.value().constFind(it.key());
        if (have == found.value().cend())
            faults.triggers.append({it.key(), *it, Fault::Missing});
        else if (!have->enabled)
            faults.triggers.append({it.key(), *it, Fault::Disabled});
        else if (have->definition != it->definition)
            faults.triggers.append({it.key(), *it, Fault::Changed});
    }
    for (auto it = found.value().cbegin(); it != found.value().cend(); ++it) {
        if (!expected.value().contains(it.key()))
            faults.triggers.append({it.key(), *it, Fault::Unknown});
    }
    if (!expectedFunctions.isEmpty()) {
        const Result<QMap<QString, QString>> functions = liveFunctions(expectedFunctions.keys());
        if (!functions)
            return Outcome(functions);
        for (auto it = expectedFunctions.cbegin(); it != expectedFunctions.cend(); ++it) {
            if (functions.value().value(it.key()) != it.value())
                faults.functions.append(it.key());
        }
    }
    return faults;
}

Result<QList<CheckFinding>> TriggerCheck::run() const
{
    const Result<Faults> found = faults();
    if (!found)
        return Outcome(found);
    QList<CheckFinding> findings;
    for (const TriggerFault& f : found.value().triggers) {
        switch (f.fault) {
        case Fault::Missing:
            findings.append(
                {QStringLiteral("trigger_missing"),
                 tr("The trigger %1 of table %2 is missing: changes to that table may go unrecorded "
                    "or unchecked. An administrator can make it again with anju-cli init.")
                     .arg(f.name, f.trigger.table),
                 {}});
            break;
        case Fault::Disabled:
            findings.append(
                {QStringLiteral("trigger_disabled"),
                 tr("The trigger %1 of table %2 is disabled: changes to that table go unrecorded or "
                    "unchecked. An administrator can enable it again with anju-cli init.")
                     .arg(f.name, f.trigger.table),
                 {}});
            break;
        case Fault::Changed:
            findings.append(
                {QStringLiteral("trigger_changed"),
                 tr("The trigger %1 of table %2 is not the one the program made. An administrator "
                    "can make it again with anju-cli init.")
                     .arg(f.name, f.trigger.table),
                 {}});
            break;
        case Fault::Unknown:
            findings.append(
                {QStringLiteral("trigger_unknown"),
                 tr("The trigger %1 of table %2 was not made by the program.").arg(f.name, f.trigger.table),
                 {}});
            break;
        }
    }
    for (const QString& function : found.value().functions)
        findings.append({QStringLiteral("function_changed"),
                         tr("The database function %1 is missing or not the one the program made. An "
                            "administrator can make it again with anju-cli init.")
                             .arg(function),
                         {}});
    return findings;
}

Result<QStringList> TriggerCheck::repair() const
{
    if (Outcome denied = Permissions::require(m_db, Action::RepairDatabase); !denied)
        return denied;
    const Result<Faults> found = faults();
    if (!found)
        return Outcome(found);

    QStringList statements;
    QStringList repaired;
    bool refill = false; // a trigger of the search index was made again
    for (const QString& function : found.value().functions) {
        const QString create = lastCreateStatement(m_db, QStringLiteral("FUNCTION"), function);
        if (create.isEmpty())
            continue; // made by an extension, not by a migration
        statements << create;
        refill = refill || registry::SearchIndex::isKeptBy(function);
        repaired << tr("function %1").arg(function);
    }
    for (const TriggerFault& f : found.value().triggers) {
        if (f.fault == Fault::Unknown)
            continue; // not the program's to remove
        const QString create = onServer(m_db) ? lastCreateStatement(m_db, QStringLiteral("TRIGGER"), f.name)
                                              : f.trigger.definition;
        if (create.isEmpty())
            return failure(tr("No migration makes the trigger %1.").arg(f.name));
        statements
            << (onServer(m_db)
                    ? QStringLiteral("DROP TRIGGER IF EXISTS \"%1\" ON %2").arg(f.name, f.trigger.table)
                    : QStringLiteral("DROP TRIGGER IF EXISTS \"%1\"").arg(f.name))
            << create;
        repaired << tr("trigger %1 of table %2").arg(f.name, f.trigger.table);
        refill = refill || registry::SearchIndex::isKeptBy(f.name);
    }
    if (statements.isEmpty())
        return repaired;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failure(transaction.error());
    // DDL is run as text: PostgreSQL cannot PREPARE it, which is what SqlRun::write does.
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            m_db.keepUntilTransactionEnds(q);
            return failure(why);
        }
    }
    // Rows changed while an index trigger was missing are not in the index (a renamed person is not
    // found by the new name): the whole index is filled again from the rows, in the same transaction.
    if (refill) {
        if (const Outcome filled = registry::SearchIndex::rebuild(m_db); !filled)
            return failure(tr("The search index could not be filled again: %1").arg(filled.summary()));
        repaired << tr("the search index, filled again from every person and household");
    }
    if (!transaction.commit())
        return failure(transaction.error());
    // A function made again belongs to this login: back to the owner role, when this login may see to it.
    if (onServer(m_db)) {
        if (Outcome roles = ServerRoles::keepInPlace(m_db, false); !roles)
            return roles;
    }
    return repaired;
}

} // namespace anju::backup
