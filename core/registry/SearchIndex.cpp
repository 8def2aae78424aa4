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

namespace anju {

namespace {

// The time of each step of a fill (QT_LOGGING_RULES="anju.searchindex.debug=true").
Q_LOGGING_CATEGORY(lcSearchIndex, "anju.searchindex", QtWarningMsg)

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Every character and adjacent pair of `name` of person `id` in `household` (all SQL expressions),
// through the table of positions, since SQLite allows no WITH clause inside a trigger.
QString gramsOf(const QString& name, const QString& id, const QString& household)
{
    return QStringLiteral("SELECT substr(%1, i, 1), %2, %3 FROM name_positions WHERE i <= length(%1)"
                          " UNION SELECT substr(%1, i, 2), %2, %3 FROM name_positions WHERE i < length(%1)")
        .arg(name, id, household);
}

// Head and registered members of the households listed by `which` (a subquery or a list).
QString refreshHouseholds(const QString& which)
{
    return QStringLiteral(
               "UPDATE households SET"
               " head_name = (SELECT x.name FROM persons x WHERE x.household_id = households.id"
               "  AND x.relationship = 'head' ORDER BY x.state = 'active' DESC, x.id DESC LIMIT 1),"
               " head_id_number = (SELECT x.id_number FROM persons x WHERE x.household_id = households.id"
               "  AND x.relationship = 'head' ORDER BY x.state = 'active' DESC, x.id DESC LIMIT 1),"
               " member_count = (SELECT COUNT(*) FROM persons c WHERE c.household_id = households.id"
               "  AND c.state = 'active')"
               " WHERE id IN (%1)")
        .arg(which);
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

QStringList SearchIndex::sqliteSchema()
{
    QStringList positions;
    for (int i = 1; i <= MaxIndexedNameLength; ++i)
        positions.append(QStringLiteral("(%1)").arg(i));
    const QString newGrams =
        gramsOf(QStringLiteral("new.name"), QStringLiteral("new.id"), QStringLiteral("new.household_id"));
    QStringList schema = {
        QStringLiteral("CREATE TABLE name_positions (i INTEGER PRIMARY KEY)"),
        QStringLiteral("INSERT INTO name_positions (i) VALUES ") + positions.join(QLatin1Char(',')),
        QStringLiteral("CREATE TABLE person_name_grams (gram TEXT NOT NULL, person_id INTEGER NOT NULL,"
                       " household_id INTEGER NOT NULL, PRIMARY KEY (gram, person_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE person_number_index USING fts5(id_number, phone, tokenize = 'trigram')"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE household_number_index USING fts5(number, phone, tokenize = 'trigram')"),
        QStringLiteral("CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN"
                       " INSERT OR IGNORE INTO person_name_grams (gram, person_id, household_id) %1;"
                       " INSERT INTO person_number_index (rowid, id_number, phone) VALUES (new.id, "
                       "new.id_number, new.phone);"
                       " %2; END")
            .arg(newGrams, refreshHouseholds(QStringLiteral("new.household_id"))),
        QStringLiteral(
            "CREATE TRIGGER persons_search_grams AFTER UPDATE OF name, household_id ON persons BEGIN"
            " DELETE FROM person_name_grams WHERE person_id = old.id AND gram IN (%1);"
            " INSERT OR IGNORE INTO person_name_grams (gram, person_id, household_id) %2; END")
            .arg(QStringLiteral(
                     "SELECT substr(old.name, i, 1) FROM name_positions WHERE i <= length(old.name)"
                     " UNION SELECT substr(old.name, i, 2) FROM name_positions WHERE i < length(old.name)"),
                 newGrams),
        QStringLiteral(
            "CREATE TRIGGER persons_search_numbers AFTER UPDATE OF id_number, phone ON persons BEGIN"
            " DELETE FROM person_number_index WHERE rowid = old.id;"
            " INSERT INTO person_number_index (rowid, id_number, phone) VALUES (new.id, new.id_number, "
            "new.phone);"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER persons_household_summary AFTER UPDATE OF name, id_number, relationship, state,"
            " household_id ON persons BEGIN %1; END")
            .arg(refreshHouseholds(QStringLiteral("old.household_id, new.household_id"))),
        QStringLiteral("CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN"
                       " DELETE FROM person_name_grams WHERE person_id = old.id AND gram IN (%1);"
                       " DELETE FROM person_number_index WHERE rowid = old.id; %2; END")
            .arg(QStringLiteral(
                     "SELECT substr(old.name, i, 1) FROM name_positions WHERE i <= length(old.name)"
                     " UNION SELECT substr(old.name, i, 2) FROM name_positions WHERE i < length(old.name)"),
                 refreshHouseholds(QStringLiteral("old.household_id"))),
        QStringLiteral("CREATE TRIGGER households_search_insert AFTER INSERT ON households BEGIN"
                       " INSERT INTO household_number_index (rowid, number, phone) VALUES (new.id, "
                       "new.number, new.phone);"
                       " END"),
        QStringLiteral(
            "CREATE TRIGGER households_search_update AFTER UPDATE OF number, phone ON households BEGIN"
            " DELETE FROM household_number_index WHERE rowid = old.id;"
            " INSERT INTO household_number_index (rowid, number, phone) VALUES (new.id, new.number, "
            "new.phone);"
            " END"),
        QStringLiteral("CREATE TRIGGER households_search_delete AFTER DELETE ON households BEGIN"
                       " DELETE FROM household_number_index WHERE rowid = old.id;"
                       " END"),
    };
    schema += fillStatements();
    return schema;
}

bool SearchIndex::rebuild(const Database& db, QString* error)
{
    const QStringList statements =
        db.dialect().engine() == SqlDialect::Engine::Sqlite ? fillStatements() : postgresFillStatements();
    QSqlQuery query(db.connection());
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool SearchIndex::fillAdded(const Database& db, qint64 personsAfter, qint64 householdsAfter,
                            bool summariesWritten, QString* error)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return true;
    // As the triggers would have filled them, for the new rows only. The grams in key order from SQLite's
    // own API where there is one; else in person order, which the bulk load's page cache takes faster than
    // SQLite sorts five million of them first.
    QElapsedTimer timer;
    timer.start();
    sqlite3* handle = sqliteHandle(db);
    if (handle && !SearchIndexGrams::fill(handle, personsAfter, MaxIndexedNameLength, error))
        return false;
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
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        qCDebug(lcSearchIndex) << sql.left(50) << timer.restart() << "ms";
    }
    return true;
}

} // namespace anju
