#include "registry/SearchIndex.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju {

namespace {

// Longer than any name on a roster (minority names with a middle dot reach about 15 characters).
constexpr int MaxIndexedNameLength = 24;

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString SearchIndex::spacedExpression(const QString& column)
{
    // substr() past the end is '', so trailing separators collapse into the final rtrim.
    QStringList parts;
    for (int i = 1; i <= MaxIndexedNameLength; ++i)
        parts.append(QStringLiteral("substr(%1, %2, 1)").arg(column).arg(i));
    return QStringLiteral("rtrim(") + parts.join(QStringLiteral(" || ' ' || ")) + QLatin1Char(')');
}

QString SearchIndex::namePhrase(const QString& normalizedName)
{
    QStringList characters;
    for (QChar c : normalizedName) {
        if (!c.isSpace())
            characters.append(QString(c));
    }
    return quoted(characters.join(QLatin1Char(' ')));
}

QString SearchIndex::trigramPhrase(const QString& fragment)
{
    return quoted(fragment);
}

QStringList SearchIndex::sqliteSchema()
{
    const QString newName = spacedExpression(QStringLiteral("new.name"));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE person_name_index USING fts5(characters, tokenize = 'unicode61')"),
        QStringLiteral("CREATE VIRTUAL TABLE person_number_index USING fts5(id_number, phone, tokenize = 'trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE household_number_index USING fts5(number, phone, tokenize = 'trigram')"),
        QStringLiteral("CREATE TRIGGER persons_search_insert AFTER INSERT ON persons BEGIN"
                       " INSERT INTO person_name_index (rowid, characters) VALUES (new.id, %1);"
                       " INSERT INTO person_number_index (rowid, id_number, phone) VALUES (new.id, new.id_number, new.phone);"
                       " END")
            .arg(newName),
        QStringLiteral("CREATE TRIGGER persons_search_update AFTER UPDATE OF name, id_number, phone ON persons BEGIN"
                       " DELETE FROM person_name_index WHERE rowid = old.id;"
                       " INSERT INTO person_name_index (rowid, characters) VALUES (new.id, %1);"
                       " DELETE FROM person_number_index WHERE rowid = old.id;"
                       " INSERT INTO person_number_index (rowid, id_number, phone) VALUES (new.id, new.id_number, new.phone);"
                       " END")
            .arg(newName),
        QStringLiteral("CREATE TRIGGER persons_search_delete AFTER DELETE ON persons BEGIN"
                       " DELETE FROM person_name_index WHERE rowid = old.id;"
                       " DELETE FROM person_number_index WHERE rowid = old.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER households_search_insert AFTER INSERT ON households BEGIN"
                       " INSERT INTO household_number_index (rowid, number, phone) VALUES (new.id, new.number, new.phone);"
                       " END"),
        QStringLiteral("CREATE TRIGGER households_search_update AFTER UPDATE OF number, phone ON households BEGIN"
                       " DELETE FROM household_number_index WHERE rowid = old.id;"
                       " INSERT INTO household_number_index (rowid, number, phone) VALUES (new.id, new.number, new.phone);"
                       " END"),
        QStringLiteral("CREATE TRIGGER households_search_delete AFTER DELETE ON households BEGIN"
                       " DELETE FROM household_number_index WHERE rowid = old.id;"
                       " END"),
        QStringLiteral("INSERT INTO person_name_index (rowid, characters) SELECT id, %1 FROM persons")
            .arg(spacedExpression(QStringLiteral("name"))),
        QStringLiteral("INSERT INTO person_number_index (rowid, id_number, phone) SELECT id, id_number, phone FROM persons"),
        QStringLiteral("INSERT INTO household_number_index (rowid, number, phone) SELECT id, number, phone FROM households"),
    };
}

bool SearchIndex::rebuild(const Database& db, QString* error)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return true;
    const QStringList statements = {
        QStringLiteral("DELETE FROM person_name_index"),
        QStringLiteral("DELETE FROM person_number_index"),
        QStringLiteral("DELETE FROM household_number_index"),
        QStringLiteral("INSERT INTO person_name_index (rowid, characters) SELECT id, %1 FROM persons")
            .arg(spacedExpression(QStringLiteral("name"))),
        QStringLiteral("INSERT INTO person_number_index (rowid, id_number, phone) SELECT id, id_number, phone FROM persons"),
        QStringLiteral("INSERT INTO household_number_index (rowid, number, phone) SELECT id, number, phone FROM households"),
    };
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

} // namespace anju
