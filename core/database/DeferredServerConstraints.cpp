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

bool run(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// Rows of (table, name, definition); `table` comes as regclass text, quoted where it must be.
bool select(const Database& db, const QString& sql, QList<QStringList>* rows, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rows->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

} // namespace

bool DeferredServerConstraints::drop(const Database& db, QString* error)
{
    m_restore.clear();
    QList<QStringList> keys, foreignKeys, indexes;
    const QString constraints = QStringLiteral(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE connamespace = current_schema()::regnamespace AND contype IN (%1) ORDER BY conrelid, "
        "conname");
    if (!select(db, constraints.arg(QLatin1String("'p', 'u', 'x'")), &keys, error) ||
        !select(db, constraints.arg(QLatin1String("'f'")), &foreignKeys, error) ||
        !select(db,
                QStringLiteral("SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid)"
                               " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                               " WHERE c.relnamespace = current_schema()::regnamespace AND NOT EXISTS"
                               "  (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
                               "   AND k.contype IN ('p', 'u', 'x'))"
                               " ORDER BY c.relname"),
                &indexes, error))
        return false;

    for (const QStringList& key : std::as_const(foreignKeys)) {
        if (!run(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(key[0], quoted(key[1])), error))
            return false;
    }
    for (const QStringList& key : std::as_const(keys)) {
        if (!run(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(key[0], quoted(key[1])), error))
            return false;
        m_restore.append(
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(key[0], quoted(key[1]), key[2]));
    }
    for (const QStringList& index : std::as_const(indexes)) {
        if (!run(db, QStringLiteral("DROP INDEX %1").arg(quoted(index[1])), error))
            return false;
        m_restore.append(index[2]);
    }
    for (const QStringList& key : std::as_const(foreignKeys))
        m_restore.append(
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(key[0], quoted(key[1]), key[2]));
    return true;
}

bool DeferredServerConstraints::restore(const Database& db, QString* error)
{
    QElapsedTimer timer;
    for (const QString& statement : std::as_const(m_restore)) {
        timer.start();
        if (!run(db, statement, error))
            return false;
        qCDebug(lcTransfer, "%lld ms: %s", timer.elapsed(), qPrintable(statement.left(100)));
    }
    m_restore.clear();
    return true;
}

} // namespace anju
