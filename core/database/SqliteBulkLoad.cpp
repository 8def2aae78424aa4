#include "database/SqliteBulkLoad.h"

#include "database/AuditFunctions.h"
#include "database/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <ctime>

#include <sqlite3.h>

namespace anju {

namespace {
constexpr int CacheKiB = 512 * 1024;
// The time of the search index and of each index made again (QT_LOGGING_RULES="anju.bulkload.debug=true").
Q_LOGGING_CATEGORY(lcBulkLoad, "anju.bulkload", QtWarningMsg)

// Drops the schema objects that `selection` (name, sql, type from sqlite_master, values bound, not yet
// run) finds, and appends their definitions so that remakeSchemaObjects() can make them again.
Outcome dropSchemaObjects(const Database& db, QSqlQuery& selection, QStringList* definitions)
{
    if (!selection.exec())
        return Outcome::error(selection.lastError().text());
    QStringList drops;
    while (selection.next()) {
        QString name = selection.value(0).toString();
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        definitions->append(selection.value(1).toString());
        drops.append(QStringLiteral("DROP %1 \"%2\"").arg(selection.value(2).toString().toUpper(), name));
    }
    selection.finish(); // SQLite refuses to drop what an open statement still reads
    QSqlQuery query(db.connection());
    for (const QString& drop : std::as_const(drops)) {
        if (!query.exec(drop))
            return Outcome::error(query.lastError().text());
    }
    return {};
}

Outcome remakeSchemaObject(const Database& db, const QString& definition)
{
    QSqlQuery query(db.connection());
    if (query.exec(definition))
        return {};
    return Outcome::error(query.lastError().text());
}
} // namespace

sqlite3* sqliteHandle(const Database& db)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return nullptr;
    const QSqlDatabase connection = db.connection();
    sqlite3* h = anju::sqliteHandle(connection);
    if (!h)
        return nullptr;
    // The handle is only of use when Qt's driver runs the very library this program links: the same source
    // (so the same structures), and one copy of it in the process, whose allocation count then already holds
    // Qt's open connection. A driver with SQLite built in (as Qt's Windows builds have) gets the Qt path.
    QSqlQuery source(connection);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next() ||
        source.value(0).toString() != QLatin1String(sqlite3_sourceid()) || sqlite3_memory_used() <= 0)
        return nullptr;
    return h;
}

LargeSqliteCache::LargeSqliteCache(const Database& db) : m_db(db)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return;
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previous = QString::number(query.value(0).toLongLong());
    query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB));
}

LargeSqliteCache::~LargeSqliteCache()
{
    if (!m_previous.isEmpty())
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = ") + m_previous);
}

Outcome DeferredSqliteIndexes::drop(const Database& db)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return {};
    // The highest ids first: restore() indexes the rows added after them.
    QSqlQuery query(db.connection());
    for (auto [table, before] :
         {std::pair{"persons", &m_personsBefore}, std::pair{"households", &m_householdsBefore}}) {
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + QLatin1String(table)) ||
            !query.next())
            return Outcome::error(query.lastError().text());
        *before = query.value(0).toLongLong();
    }
    query.finish();
    QSqlQuery selection(db.connection());
    selection.prepare(
        QStringLiteral("SELECT name, sql, type FROM sqlite_master WHERE type IN ('index', 'trigger')"
                       " AND sql IS NOT NULL AND tbl_name IN ('households', 'persons')"));
    return dropSchemaObjects(db, selection, &m_definitions);
}

Outcome DeferredSqliteIndexes::restore(const Database& db, const std::function<Outcome()>& fillFirst)
{
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    auto cpuMs = [&cpu] {
        const std::clock_t before = std::exchange(cpu, std::clock());
        return qint64(cpu - before) * 1000 / CLOCKS_PER_SEC;
    };
    // The search index and the households' summaries first, while no index slows their writes.
    if (!m_definitions.isEmpty() && fillFirst) {
        if (Outcome filled = fillFirst(); !filled)
            return filled;
    }
    qCDebug(lcBulkLoad) << "search index:" << timer.restart() << "ms," << cpuMs() << "ms CPU";
    for (const QString& definition : std::as_const(m_definitions)) {
        if (Outcome made = remakeSchemaObject(db, definition); !made)
            return made;
        qCDebug(lcBulkLoad) << definition.left(60) << timer.restart() << "ms," << cpuMs() << "ms CPU";
    }
    return {};
}

Outcome SuspendedSqliteTriggers::drop(const Database& db, const QString& likePattern)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return {};
    QSqlQuery selection(db.connection());
    selection.prepare(
        QStringLiteral("SELECT name, sql, type FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?"));
    selection.addBindValue(likePattern);
    return dropSchemaObjects(db, selection, &m_definitions);
}

Outcome SuspendedSqliteTriggers::restore(const Database& db)
{
    for (const QString& definition : std::as_const(m_definitions)) {
        if (Outcome made = remakeSchemaObject(db, definition); !made)
            return made;
    }
    m_definitions.clear();
    return {};
}

} // namespace anju
