#include "backup/EngineTransfer.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "database/DeferredServerConstraints.h"
#include "database/PostgresCopy.h"
#include "registry/SearchIndex.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace anju::backup {

namespace {

constexpr int RowsPerStatement = 200;
// The time of each step of a move (QT_LOGGING_RULES="anju.transfer.debug=true").
Q_LOGGING_CATEGORY(lcTransfer, "anju.transfer", QtWarningMsg)

// SQLite's own tables, the FTS5 index (and its shadow tables) and the positions helper exist only on
// SQLite; the server keeps its own search index, rebuilt after the copy. schema_version is the server's.
bool copied(const QString& table)
{
    return !table.startsWith(QLatin1String("sqlite_")) &&
           !table.startsWith(QLatin1String("person_number_index")) &&
           !table.startsWith(QLatin1String("household_number_index")) &&
           table != QLatin1String("name_positions") && table != QLatin1String("person_name_grams") &&
           table != QLatin1String("schema_version");
}

QString quoted(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

qint64 countRows(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + quoted(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool exec(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

EngineTransfer::EngineTransfer(const Database& source, const Database& target)
    : m_source(source), m_target(target)
{
}

QStringList EngineTransfer::tablesInDependencyOrder(const Database& source, QString* error)
{
    QSqlQuery q(source.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        *error = q.lastError().text();
        return {};
    }
    QStringList tables;
    while (q.next()) {
        if (copied(q.value(0).toString()))
            tables.append(q.value(0).toString());
    }
    QHash<QString, QStringList> references;
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery fk(source.connection());
        fk.prepare(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"));
        fk.addBindValue(table);
        if (!fk.exec()) {
            *error = fk.lastError().text();
            return {};
        }
        while (fk.next()) {
            if (fk.value(0).toString() != table)
                references[table].append(fk.value(0).toString());
        }
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString& table : std::as_const(tables)) {
            if (ordered.contains(table))
                continue;
            const QStringList& needs = references.value(table);
            if (std::all_of(needs.begin(), needs.end(),
                            [&](const QString& t) { return ordered.contains(t); })) {
                ordered.append(table);
                progressed = true;
            }
        }
        if (!progressed) {
            *error = tr("The tables of the file refer to each other in a circle.");
            return {};
        }
    }
    return ordered;
}

Outcome EngineTransfer::checkTargetIsEmpty() const
{
    for (const char* table : {"sites", "households", "persons"}) {
        const qint64 rows = countRows(m_target, QLatin1String(table));
        if (rows != 0)
            return Outcome::failure(
                QLatin1String(Field::General),
                tr("The server database %1 already holds data; move the file into a new, empty "
                   "database.")
                    .arg(m_target.location().display()));
    }
    return {};
}

Outcome EngineTransfer::run(const Progress& progress)
{
    const QString general = QLatin1String(Field::General);
    if (const Outcome allowed = Permissions::require(m_source, Action::MoveToServer); !allowed)
        return allowed;
    if (m_source.dialect().engine() != SqlDialect::Engine::Sqlite ||
        m_target.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return Outcome::failure(general, tr("Move an SQLite file to a PostgreSQL server."));
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return Outcome::failure(general, tr("The file has schema %1 and the server %2; open both with this "
                                            "program first.")
                                             .arg(m_source.schemaVersion())
                                             .arg(m_target.schemaVersion()));
    if (const Outcome empty = checkTargetIsEmpty(); !empty)
        return empty;

    QString error;
    const QStringList tables = tablesInDependencyOrder(m_source, &error);
    if (tables.isEmpty())
        return Outcome::failure(general, tr("Cannot read the tables of the file: %1").arg(error));
    qint64 total = 0;
    for (const QString& table : tables)
        total += countRows(m_source, table);

    // A read transaction on the file keeps its contents still while it is copied.
    QSqlQuery(m_source.connection()).exec(QStringLiteral("BEGIN"));
    WriteTransaction transaction(m_target);
    if (!transaction.isActive())
        return Outcome::failure(general, transaction.error());
    auto failed = [&](const QString& why) {
        QSqlQuery(m_source.connection()).exec(QStringLiteral("ROLLBACK"));
        return Outcome::failure(general, why);
    };
    // The server's triggers would index, summarise and audit row by row; the copy rebuilds the index and
    // the summaries once at the end and is one audit event, as a bulk import is.
    for (const QString& table : tables) {
        if (!exec(m_target, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table)), &error))
            return failed(tr("Cannot prepare the server database: %1").arg(error));
    }
    // The migrations' defaults (settings) give way to the office's own, children before parents.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (!exec(m_target, QStringLiteral("DELETE FROM %1").arg(quoted(*table)), &error))
            return failed(tr("Cannot prepare the server database: %1").arg(error));
    }
    // Index builds and the search index's DISTINCT sort in memory, not on disk (this transaction only).
    exec(m_target, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL work_mem = '64MB'"),
         &error);
    DeferredServerConstraints constraints;
    if (const Outcome dropped = constraints.drop(m_target); !dropped)
        return failed(tr("Cannot prepare the server database: %1").arg(dropped.summary()));
    QElapsedTimer step;
    step.start();
    auto stepDone = [&](const char* what) { qCDebug(lcTransfer, "%s: %lld ms", what, step.restart()); };
    stepDone("prepared");
    const bool streamed = PostgresCopy::available(m_source, m_target);
    qint64 done = 0;
    for (const QString& table : tables) {
        const bool copiedTable = streamed ? streamTable(table, done, total, progress, &error)
                                          : copyTable(table, done, total, progress, &error);
        if (!copiedTable || !moveSequence(table, &error))
            return failed(
                error.isEmpty()
                    ? tr("Cancelled; nothing was written to the server.")
                    : tr("Copying %1 failed; nothing was written to the server: %2").arg(table, error));
    }
    stepDone(streamed ? "rows copied (COPY)" : "rows copied (INSERT)");
    if (!registry::SearchIndex::rebuild(m_target, &error))
        return failed(tr("Building the search index on the server failed: %1").arg(error));
    stepDone("search index and household summaries");
    if (const Outcome restored = constraints.restore(m_target); !restored)
        return failed(tr("The copied rows break a rule of the database; nothing was written: %1")
                          .arg(restored.summary()));
    stepDone("keys, indexes and foreign keys made again");
    // Only now: the index rebuild above must not leave the audit triggers' deferred events pending.
    for (const QString& table : tables) {
        if (!exec(m_target, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table)), &error))
            return failed(error);
    }

    // Verified inside the transaction: a mismatch leaves the server as it was.
    for (const QString& table : tables) {
        const qint64 expected = countRows(m_source, table);
        const qint64 actual = countRows(m_target, table);
        if (expected != actual)
            return failed(tr("The server holds %1 rows of %2 but the file %3; nothing was written.")
                              .arg(actual)
                              .arg(table)
                              .arg(expected));
        m_copied.insert(table, actual);
    }
    if (!recordMove(&error))
        return failed(tr("Cannot write the audit trail: %1").arg(error));
    QSqlQuery(m_source.connection()).exec(QStringLiteral("ROLLBACK"));
    if (!transaction.commit())
        return Outcome::failure(general, transaction.error());
    stepDone("counts compared and committed");
    // Fresh statistics and visibility map, so the first searches use the indexes (and index-only scans)
    // instead of guessing; outside the transaction, as VACUUM must be.
    QSqlQuery(m_target.connection()).exec(QStringLiteral("VACUUM ANALYZE"));
    stepDone("VACUUM ANALYZE");
    return {};
}

bool EngineTransfer::streamTable(const QString& table, qint64& done, qint64 total, const Progress& progress,
                                 QString* error)
{
    const qint64 before = done;
    const Result<qint64> rows = PostgresCopy::copyTable(
        m_source, m_target, table, [&](qint64 sent) { return !progress || progress(before + sent, total); });
    if (!rows) {
        *error = rows.summary(); // empty when cancelled
        return false;
    }
    done = before + rows.value();
    if (progress && !progress(done, total)) {
        error->clear();
        return false;
    }
    return true;
}

bool EngineTransfer::moveSequence(const QString& table, QString* error)
{
    // The server hands out the next ids after the copied ones.
    QSqlQuery column(m_target.connection());
    column.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema ="
                                  " current_schema() AND table_name = ? AND column_name = 'id'"));
    column.addBindValue(table);
    if (!column.exec() || !column.next()) {
        *error = column.lastError().text();
        return false;
    }
    if (column.value(0).toInt() == 0)
        return true;
    return exec(m_target,
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1,"
                               " false) FROM %2")
                    .arg(table, quoted(table)),
                error);
}

bool EngineTransfer::recordMove(QString* error) const
{
    // The copied trail is the file's history; the move itself is one event, in the name of the file's user.
    const Session* session = m_source.session();
    QJsonObject detail{{QStringLiteral("file"), m_source.location().display()},
                       {QStringLiteral("households"), m_copied.value(QStringLiteral("households"))},
                       {QStringLiteral("persons"), m_copied.value(QStringLiteral("persons"))}};
    const SqlOutcome recorded =
        AuditLog(m_target).record(QStringLiteral("migrate"), detail, session ? session->userName : QString(),
                                  session ? session->userId : 0);
    if (!recorded && error)
        *error = recorded.error;
    return recorded.ok;
}

bool EngineTransfer::copyTable(const QString& table, qint64& done, qint64 total, const Progress& progress,
                               QString* error)
{
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + quoted(table))) {
        *error = read.lastError().text();
        return false;
    }
    const QSqlRecord record = read.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(quoted(record.fieldName(i)));
    const QString rowPlaceholders =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table), columns.join(u','));

    QVariantList batch;
    int rowsInBatch = 0;
    QSqlQuery write(m_target.connection());
    QString preparedFor; // the statement text `write` is prepared with, reused for full batches
    auto flush = [&]() {
        if (rowsInBatch == 0)
            return true;
        const QString sql = head + QStringList(rowsInBatch, rowPlaceholders).join(u',');
        if (sql != preparedFor) {
            if (!write.prepare(sql)) {
                *error = write.lastError().text();
                return false;
            }
            preparedFor = sql;
        }
        for (int i = 0; i < batch.size(); ++i)
            write.bindValue(i, batch.at(i));
        if (!write.exec()) {
            *error = write.lastError().text();
            m_target.keepUntilTransactionEnds(write);
            return false;
        }
        batch.clear();
        rowsInBatch = 0;
        return true;
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            batch.append(read.value(i));
        if (++rowsInBatch == RowsPerStatement && !flush())
            return false;
        ++done;
        if (progress && done % 5000 == 0 && !progress(done, total)) {
            error->clear();
            return false;
        }
    }
    if (!flush())
        return false;
    return true;
}

} // namespace anju::backup
