#include "demo/SqliteBulkLoad.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::demo {

namespace {
constexpr int CacheKiB = 512 * 1024;
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

bool DeferredSqliteIndexes::drop(const Database& db, QString* error)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return true;
    QSqlQuery query(db.connection());
    if (!query.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                           " AND tbl_name IN ('households', 'persons')"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_definitions.append(query.value(1).toString());
    }
    for (QString name : std::as_const(names)) {
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!query.exec(QStringLiteral("DROP INDEX \"") + name + QLatin1Char('"'))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool DeferredSqliteIndexes::restore(const Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    for (const QString& definition : std::as_const(m_definitions)) {
        if (!query.exec(definition)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace anju::demo
