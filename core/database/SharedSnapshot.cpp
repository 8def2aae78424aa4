#include "database/SharedSnapshot.h"

#include "database/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace anju {

namespace {

bool onServer(const Database& db)
{
    return db.dialect().engine() == SqlDialect::Engine::PostgreSql;
}

Outcome run(const Database& db, const QString& sql, QString* firstValue = nullptr)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Outcome::error(SharedSnapshot::tr("The database could not hold one moment for the summary: %1")
                                  .arg(q.lastError().text()));
    if (firstValue && q.next())
        *firstValue = q.value(0).toString();
    return {};
}

} // namespace

Result<SharedSnapshot> SharedSnapshot::hold(const Database& holder)
{
    SharedSnapshot snapshot(holder);
    if (!onServer(holder)) {
        if (Outcome locked = run(holder, QStringLiteral("BEGIN IMMEDIATE")); !locked) {
            snapshot.m_holder = nullptr;
            return locked;
        }
        return Result<SharedSnapshot>(std::move(snapshot));
    }
    if (Outcome begun = run(holder, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")); !begun) {
        snapshot.m_holder = nullptr;
        return begun;
    }
    Outcome exported = run(holder, QStringLiteral("SELECT pg_export_snapshot()"), &snapshot.m_serverSnapshot);
    // The id is spliced into SET TRANSACTION SNAPSHOT, which takes no parameter: only what the server makes.
    static const QRegularExpression serverId(QStringLiteral("^[0-9A-Fa-f-]+$"));
    if (exported && !serverId.match(snapshot.m_serverSnapshot).hasMatch())
        exported = Outcome::error(
            tr("The database could not hold one moment for the summary: %1").arg(snapshot.m_serverSnapshot));
    if (!exported) {
        snapshot.release();
        return exported;
    }
    return Result<SharedSnapshot>(std::move(snapshot));
}

SharedSnapshot::SharedSnapshot(SharedSnapshot&& other) noexcept
    : m_holder(other.m_holder), m_serverSnapshot(std::move(other.m_serverSnapshot))
{
    other.m_holder = nullptr;
}

SharedSnapshot::~SharedSnapshot()
{
    release();
}

Outcome SharedSnapshot::beginRead(const Database& reader) const
{
    if (!onServer(reader)) {
        if (Outcome begun = run(reader, QStringLiteral("BEGIN")); !begun)
            return begun;
        // A deferred transaction takes its snapshot at its first read, which must happen while the
        // holder still keeps every writer out.
        return run(reader, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    }
    if (Outcome begun = run(reader, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")); !begun)
        return begun;
    return run(reader, QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(m_serverSnapshot));
}

void SharedSnapshot::endRead(const Database& reader)
{
    (void)run(reader, QStringLiteral("ROLLBACK"));
}

void SharedSnapshot::release()
{
    if (!m_holder)
        return;
    // Nothing was written on the holder: rolling back ends the lock (SQLite) or the export (PostgreSQL).
    (void)run(*m_holder, QStringLiteral("ROLLBACK"));
    m_holder = nullptr;
}

} // namespace anju
