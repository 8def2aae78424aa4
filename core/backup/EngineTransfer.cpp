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

Outcome failure(const QString& message)
{
    return Outcome::failure(QLatin1String(Field::General), message);
}

// Fails with the database's text.
Outcome exec(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {};
    return failure(q.lastError().text());
}

Outcome cancelled()
{
    return failure(EngineTransfer::tr("Cancelled; nothing was written to the server."));
}

Outcome copyingFailed(const QString& table, const QString& why)
{
    return failure(
        EngineTransfer::tr("Copying %1 failed; nothing was written to the server: %2").arg(table, why));
}

} // namespace

EngineTransfer::EngineTransfer(const Database& source, const Database& target)
    : m_source(source), m_target(target)
{
}

Result<QStringList> EngineTransfer::tablesInDependencyOrder(const Database& source)
{
    QSqlQuery q(source.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return failure(q.lastError().text());
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
        if (!fk.exec())
            return failure(fk.lastError().text());
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
        if (!progressed)
            return failure(tr("The tables of the file refer to each other in a circle."));
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

    const Result<QStringList> ordered = tablesInDependencyOrder(m_source);
    if (!ordered || ordered.value().isEmpty())
        return Outcome::failure(general, tr("Cannot read the tables of the file: %1").arg(ordered.summary()));
    const QStringList& tables = ordered.value();
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
        if (Outcome disabled =
                exec(m_target, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table)));
            !disabled)
            return failed(tr("Cannot prepare the server database: %1").arg(disabled.summary()));
    }
    // The migrations' defaults (settings) give way to the office's own, children before parents.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (Outcome emptied = exec(m_target, QStringLiteral("DELETE FROM %1").arg(quoted(*table))); !emptied)
            return failed(tr("Cannot prepare the server database: %1").arg(emptied.summary()));
    }
    // Index builds and the search index's DISTINCT sort in memory, not on disk (this transaction only);
    // without them it is only slower.
    exec(m_target, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL work_mem = '64MB'"));
    QString error;
    DeferredServerConstraints constraints;
    if (!constraints.drop(m_target, &error))
        return failed(tr("Cannot prepare the server database: %1").arg(error));
    QElapsedTimer step;
    step.start();
    auto stepDone = [&](const char* what) { qCDebug(lcTransfer, "%s: %lld ms", what, step.restart()); };
    stepDone("prepared");
    const bool streamed = PostgresCopy::available(m_source, m_target);
    qint64 done = 0;
    for (const QString& table : tables) {
        Outcome copied =
            streamed ? streamTable(table, done, total, progress) : copyTable(table, done, total, progress);
        if (copied)
            copied = moveSequence(table);
        if (!copied)
            return failed(copied.summary());
    }
    stepDone(streamed ? "rows copied (COPY)" : "rows copied (INSERT)");
    if (Outcome indexed = registry::SearchIndex::rebuild(m_target); !indexed)
        return failed(tr("Building the search index on the server failed: %1").arg(indexed.summary()));
    stepDone("search index and household summaries");
    if (!constraints.restore(m_target, &error))
        return failed(tr("The copied rows break a rule of the database; nothing was written: %1").arg(error));
    stepDone("keys, indexes and foreign keys made again");
    // Only now: the index rebuild above must not leave the audit triggers' deferred events pending.
    for (const QString& table : tables) {
        if (Outcome enabled =
                exec(m_target, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table)));
            !enabled)
            return failed(enabled.summary());
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
    if (Outcome recorded = recordMove(); !recorded)
        return failed(tr("Cannot write the audit trail: %1").arg(recorded.summary()));
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

Outcome EngineTransfer::streamTable(const QString& table, qint64& done, qint64 total,
                                    const Progress& progress)
{
    const qint64 before = done;
    QString error;
    const qint64 rows = PostgresCopy::copyTable(
        m_source, m_target, table, [&](qint64 sent) { return !progress || progress(before + sent, total); },
        &error);
    // PostgresCopy says nothing when the progress stopped it.
    if (rows < 0)
        return error.isEmpty() ? cancelled() : copyingFailed(table, error);
    done = before + rows;
    if (progress && !progress(done, total))
        return cancelled();
    return {};
}

Outcome EngineTransfer::moveSequence(const QString& table)
{
    // The server hands out the next ids after the copied ones.
    QSqlQuery column(m_target.connection());
    column.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema ="
                                  " current_schema() AND table_name = ? AND column_name = 'id'"));
    column.addBindValue(table);
    if (!column.exec() || !column.next())
        return copyingFailed(table, column.lastError().text());
    if (column.value(0).toInt() == 0)
        return {};
    if (Outcome moved = exec(m_target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                                      " COALESCE(MAX(id), 0) + 1, false) FROM %2")
                                           .arg(table, quoted(table)));
        !moved)
        return copyingFailed(table, moved.summary());
    return {};
}

Outcome EngineTransfer::recordMove() const
{
    // The copied trail is the file's history; the move itself is one event, in the name of the file's user.
    const Session* session = m_source.session();
    QJsonObject detail{{QStringLiteral("file"), m_source.location().display()},
                       {QStringLiteral("households"), m_copied.value(QStringLiteral("households"))},
                       {QStringLiteral("persons"), m_copied.value(QStringLiteral("persons"))}};
    const SqlOutcome recorded =
        AuditLog(m_target).record(QStringLiteral("migrate"), detail, session ? session->userName : QString(),
                                  session ? session->userId : 0);
    if (!recorded)
        return failure(recorded.error);
    return {};
}

Outcome EngineTransfer::copyTable(const QString& table, qint64& done, qint64 total, const Progress& progress)
{
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + quoted(table)))
        return copyingFailed(table, read.lastError().text());
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
    auto flush = [&]() -> Outcome {
        if (rowsInBatch == 0)
            return {};
        const QString sql = head + QStringList(rowsInBatch, rowPlaceholders).join(u',');
        if (sql != preparedFor) {
            if (!write.prepare(sql))
                return copyingFailed(table, write.lastError().text());
            preparedFor = sql;
        }
        for (int i = 0; i < batch.size(); ++i)
            write.bindValue(i, batch.at(i));
        if (!write.exec()) {
            const QString why = write.lastError().text();
            m_target.keepUntilTransactionEnds(write);
            return copyingFailed(table, why);
        }
        batch.clear();
        rowsInBatch = 0;
        return {};
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            batch.append(read.value(i));
        if (++rowsInBatch == RowsPerStatement) {
            if (Outcome flushed = flush(); !flushed)
                return flushed;
        }
        ++done;
        if (progress && done % 5000 == 0 && !progress(done, total))
            return cancelled();
    }
    return flush();
}

} // namespace anju::backup
