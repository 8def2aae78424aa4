#include "database/DeferredServerConstraints.h"

#include "database/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace anju {

namespace {

Q_LOGGING_CATEGORY(lcTransfer, "anju.transfer", QtWarningMsg)

QString quoted(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

Outcome run(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {};
    return Outcome::error(q.lastError().text());
}

// Rows of (table, name, definition); `table` comes as regclass text, quoted where it must be.
Result<QList<QStringList>> select(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Outcome::error(q.lastError().text());
    QList<QStringList> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

} // namespace

Outcome DeferredServerConstraints::drop(const Database& db)
{
    m_restore.clear();
    const QString constraints = QStringLiteral(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE connamespace = current_schema()::regnamespace AND contype IN (%1) ORDER BY conrelid, "
        "conname");
    const Result<QList<QStringList>> keys = select(db, constraints.arg(QLatin1String("'p', 'u', 'x'")));
    if (!keys)
        return keys;
    const Result<QList<QStringList>> foreignKeys = select(db, constraints.arg(QLatin1String("'f'")));
    if (!foreignKeys)
        return foreignKeys;
    const Result<QList<QStringList>> indexes = select(
        db, QStringLiteral("SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid)"
                           " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                           " WHERE c.relnamespace = current_schema()::regnamespace AND NOT EXISTS"
                           "  (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
                           "   AND k.contype IN ('p', 'u', 'x'))"
                           " ORDER BY c.relname"));
    if (!indexes)
        return indexes;

    for (const QStringList& key : foreignKeys.value()) {
        if (Outcome dropped =
                run(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(key[0], quoted(key[1])));
            !dropped)
            return dropped;
    }
    for (const QStringList& key : keys.value()) {
        if (Outcome dropped =
                run(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(key[0], quoted(key[1])));
            !dropped)
            return dropped;
        m_restore.append(
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(key[0], quoted(key[1]), key[2]));
    }
    for (const QStringList& index : indexes.value()) {
        if (Outcome dropped = run(db, QStringLiteral("DROP INDEX %1").arg(quoted(index[1]))); !dropped)
            return dropped;
        m_restore.append(index[2]);
    }
    for (const QStringList& key : foreignKeys.value())
        m_restore.append(
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(key[0], quoted(key[1]), key[2]));
    return {};
}

Outcome DeferredServerConstraints::restore(const Database& db)
{
    QElapsedTimer timer;
    for (const QString& statement : std::as_const(m_restore)) {
        timer.start();
        if (Outcome made = run(db, statement); !made)
            return made;
        qCDebug(lcTransfer, "%lld ms: %s", timer.elapsed(), qPrintable(statement.left(100)));
    }
    m_restore.clear();
    return {};
}

} // namespace anju
