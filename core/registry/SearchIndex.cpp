#include "registry/SearchIndex.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqliteBulkLoad.h"
#include "registry/SearchIndexGrams.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anju::registry {

namespace {

// The time of each step of a fill (QT_LOGGING_RULES="anju.searchindex.debug=true").
Q_LOGGING_CATEGORY(lcSearchIndex, "anju.searchindex", QtWarningMsg)

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList fillStatements()
{
    return {
        QStringLiteral("DELETE FROM person_name_grams"),
        QStringLiteral("DELETE FROM person_number_index"),
        QStringLiteral("DELETE FROM household_number_index"),
        QStringLiteral(
            "INSERT OR IGNORE INTO person_name_grams (gram, person_id, household_id)"
            " SELECT g, pid, hid FROM (SELECT substr(p.name, n.i, 1) AS g, p.id AS pid, p.household_id AS hid"
            "  FROM persons p JOIN name_positions n ON n.i <= length(p.name)"
            " UNION ALL SELECT substr(p.name, n.i, 2), p.id, p.household_id"
            "  FROM persons p JOIN name_positions n ON n.i < length(p.name)) ORDER BY g, pid"),
        QStringLiteral("INSERT INTO person_number_index (rowid, id_number, phone) SELECT id, id_number, "
                       "phone FROM persons"),
        QStringLiteral("INSERT INTO household_number_index (rowid, number, phone) SELECT id, number, phone "
                       "FROM households"),
        // One pass over persons for all households, rather than two lookups per household.
        QStringLiteral("UPDATE households SET member_count = 0, head_name = NULL, head_id_number = NULL"),
        QStringLiteral(
            "UPDATE households SET member_count = c.n FROM (SELECT household_id, COUNT(*) AS n FROM persons"
            " WHERE state = 'active' GROUP BY household_id) AS c WHERE c.household_id = households.id"),
        QStringLiteral("UPDATE households SET head_name = x.name, head_id_number = x.id_number FROM"
                       " (SELECT household_id, name, id_number, ROW_NUMBER() OVER (PARTITION BY household_id"
                       "  ORDER BY state = 'active' DESC, id DESC) AS rank FROM persons WHERE relationship = "
                       "'head') AS x"
                       " WHERE x.household_id = households.id AND x.rank = 1"),
    };
}

} // namespace

QString SearchIndex::gramFor(const QString& normalizedName)
{
    return normalizedName.left(2);
}

QString SearchIndex::trigramPhrase(const QString& fragment)
{
    return quoted(fragment);
}

bool SearchIndex::isKeptBy(const QString& name)
{
    // Migration 3's names on both engines (schema/V003SearchIndex.cpp).
    return name.startsWith(QLatin1String("persons_search")) ||
           name.startsWith(QLatin1String("households_search")) ||
           name == QLatin1String("persons_household_summary") ||
           name == QLatin1String("anju_persons_search") || name == QLatin1String("anju_refresh_household");
}

Outcome SearchIndex::rebuild(const Database& db)
{
    const QStringList statements =
        db.dialect().engine() == SqlDialect::Engine::Sqlite ? fillStatements() : postgresFillStatements();
    QSqlQuery query(db.connection());
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Outcome::failure(QLatin1String(Field::General), query.lastError().text());
    }
    return {};
}

Outcome SearchIndex::restoreAfterBulkLoad(const Database& db, DeferredSqliteIndexes& indexes,
                                          bool summariesWritten)
{
    return indexes.restore(db, [&] {
        return fillAdded(db, indexes.personsBefore(), indexes.householdsBefore(), summariesWritten);
    });
}

Outcome SearchIndex::fillAdded(const Database& db, qint64 personsAfter, qint64 householdsAfter,
                               bool summariesWritten)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return {};
    // As the triggers would have filled them, for the new rows only. The grams in key order from SQLite's
    // own API where there is one; else in person order, which the bulk load's page cache takes faster than
    // SQLite sorts five million of them first.
    QElapsedTimer timer;
    timer.start();
    sqlite3* handle = sqliteHandle(db);
    if (handle) {
        if (Outcome filled = SearchIndexGrams::fill(handle, personsAfter, MaxIndexedNameLength); !filled)
            return filled;
    }
    qCDebug(lcSearchIndex) << "name grams:" << timer.restart() << "ms";
    QList<std::pair<QString, QVariantList>> statements;
    if (!handle) {
        statements.append(
            {QStringLiteral("INSERT OR IGNORE INTO person_name_grams (gram, person_id, household_id)"
                            " SELECT substr(p.name, n.i, 1), p.id, p.household_id"
                            "  FROM persons p JOIN name_positions n ON n.i <= length(p.name) WHERE p.id > ?"
                            " UNION ALL SELECT substr(p.name, n.i, 2), p.id, p.household_id"
                            "  FROM persons p JOIN name_positions n ON n.i < length(p.name) WHERE p.id > ?"),
             {personsAfter, personsAfter}});
    }
    statements += {
        {QStringLiteral("INSERT INTO person_number_index (rowid, id_number, phone)"
                        " SELECT id, id_number, phone FROM persons WHERE id > ?"),
         {personsAfter}},
        {QStringLiteral("INSERT INTO household_number_index (rowid, number, phone)"
                        " SELECT id, number, phone FROM households WHERE id > ?"),
         {householdsAfter}},
    };
    if (!summariesWritten) {
        statements += {
            {QStringLiteral("UPDATE households SET member_count = 0, head_name = NULL, head_id_number = NULL"
                            " WHERE id > ?"),
             {householdsAfter}},
            {QStringLiteral(
                 "UPDATE households SET member_count = c.n FROM (SELECT household_id, COUNT(*) AS n"
                 " FROM persons WHERE state = 'active' AND household_id > ? GROUP BY household_id) AS c"
                 " WHERE c.household_id = households.id"),
             {householdsAfter}},
            {QStringLiteral(
                 "UPDATE households SET head_name = x.name, head_id_number = x.id_number FROM"
                 " (SELECT household_id, name, id_number, ROW_NUMBER() OVER (PARTITION BY household_id"
                 "  ORDER BY state = 'active' DESC, id DESC) AS rank FROM persons"
                 "  WHERE relationship = 'head' AND household_id > ?) AS x"
                 " WHERE x.household_id = households.id AND x.rank = 1"),
             {householdsAfter}},
        };
    }
    QSqlQuery query(db.connection());
    for (const auto& [sql, values] : std::as_const(statements)) {
        query.prepare(sql);
        SqlRun::bind(query, values);
        if (!query.exec())
            return Outcome::failure(QLatin1String(Field::General), query.lastError().text());
        qCDebug(lcSearchIndex) << sql.left(50) << timer.restart() << "ms";
    }
    return {};
}

} // namespace anju::registry
