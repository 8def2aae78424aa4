#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 3: the search index for names, ID numbers, phones and household numbers, and each household's
// head and size (see SearchIndex for how they are searched). The generators below are copies of
// SearchIndex's as they were at version 3 (main 526806b), frozen here: SearchIndex may change how it
// searches, but what version 3 creates does not change.
constexpr int MaxIndexedNameLengthV3 = 24;

// Each household carries its head's name and ID and its
// number of registered members, kept by triggers, so that the roster sorts by them through an index.
QStringList householdSummary()
{
    return {
        QStringLiteral("ALTER TABLE households ADD COLUMN head_name TEXT"),
        QStringLiteral("ALTER TABLE households ADD COLUMN head_id_number TEXT"),
        QStringLiteral("ALTER TABLE households ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX households_head_name ON households (head_name)"),
        QStringLiteral("CREATE INDEX households_head_id_number ON households (head_id_number)"),
        QStringLiteral("CREATE INDEX households_member_count ON households (member_count)"),
        QStringLiteral("CREATE INDEX households_relocation_date ON households (relocation_date)"),
    };
}

// Every character and adjacent pair of `name` of person `id` in `household` (all SQL expressions),
// through the table of positions, since SQLite allows no WITH clause inside a trigger.
QString sqliteGramsOf(const QString& name, const QString& id, const QString& household)
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

QStringList sqliteFill()
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

QStringList sqliteSearchIndex()
{
    QStringList positions;
    for (int i = 1; i <= MaxIndexedNameLengthV3; ++i)
        positions.append(QStringLiteral("(%1)").arg(i));
    const QString newGrams = sqliteGramsOf(QStringLiteral("new.name"), QStringLiteral("new.id"),
                                           QStringLiteral("new.household_id"));
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
    schema += sqliteFill();
    return schema;
}

// Every character and adjacent pair of the name in `name` (a PL/pgSQL or SQL expression).
QString postgresGramsOf(const QString& name)
{
    return QStringLiteral(
               "SELECT DISTINCT substr(%1, i, 1) FROM generate_series(1, least(length(%1), %2)) AS i"
               " UNION SELECT substr(%1, i, 2) FROM generate_series(1, least(length(%1), %2) - 1) AS i")
        .arg(name)
        .arg(MaxIndexedNameLengthV3);
}

QStringList postgresSearchIndex()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE TABLE person_name_grams (gram TEXT NOT NULL, person_id BIGINT NOT NULL,"
                       " household_id BIGINT NOT NULL, PRIMARY KEY (gram, person_id))"),
        QStringLiteral("CREATE INDEX persons_id_number_trgm ON persons USING gin (id_number gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX persons_phone_trgm ON persons USING gin (phone gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX households_number_trgm ON households USING gin (number gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX households_phone_trgm ON households USING gin (phone gin_trgm_ops)"),
        // The household's head and registered members, as the SQLite triggers keep them.
        QStringLiteral("CREATE FUNCTION anju_refresh_household(hid BIGINT) RETURNS void LANGUAGE sql AS $$"
                       " UPDATE households SET"
                       "  head_name = (SELECT x.name FROM persons x WHERE x.household_id = hid"
                       "   AND x.relationship = 'head' ORDER BY x.state = 'active' DESC, x.id DESC LIMIT 1),"
                       "  head_id_number = (SELECT x.id_number FROM persons x WHERE x.household_id = hid"
                       "   AND x.relationship = 'head' ORDER BY x.state = 'active' DESC, x.id DESC LIMIT 1),"
                       "  member_count = (SELECT COUNT(*) FROM persons c WHERE c.household_id = hid"
                       "   AND c.state = 'active')"
                       " WHERE id = hid $$"),
        QStringLiteral(
            "CREATE FUNCTION anju_persons_search() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN"
            "  IF TG_OP IN ('UPDATE', 'DELETE') THEN"
            "   IF TG_OP = 'DELETE' OR OLD.name IS DISTINCT FROM NEW.name"
            "    OR OLD.household_id IS DISTINCT FROM NEW.household_id THEN"
            "    DELETE FROM person_name_grams WHERE person_id = OLD.id;"
            "   END IF;"
            "  END IF;"
            "  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.name IS DISTINCT FROM NEW.name"
            "   OR OLD.household_id IS DISTINCT FROM NEW.household_id)) THEN"
            "   INSERT INTO person_name_grams (gram, person_id, household_id)"
            "    SELECT g, NEW.id, NEW.household_id FROM (%1) AS grams(g) ON CONFLICT DO NOTHING;"
            "  END IF;"
            "  IF TG_OP = 'DELETE' THEN PERFORM anju_refresh_household(OLD.household_id); RETURN OLD; END IF;"
            "  IF TG_OP = 'UPDATE' AND OLD.household_id <> NEW.household_id THEN"
            "   PERFORM anju_refresh_household(OLD.household_id);"
            "  END IF;"
            "  PERFORM anju_refresh_household(NEW.household_id);"
            "  RETURN NEW;"
            " END $$")
            .arg(postgresGramsOf(QStringLiteral("NEW.name"))),
        QStringLiteral(
            "CREATE TRIGGER persons_search AFTER INSERT OR DELETE OR UPDATE OF name, id_number, relationship,"
            " state, household_id ON persons FOR EACH ROW EXECUTE FUNCTION anju_persons_search()"),
    };
}

QStringList postgresFill()
{
    return {
        QStringLiteral("DELETE FROM person_name_grams"),
        // One DISTINCT over all persons' grams: a sub-select with its own UNION for each of a million persons
        // took three times as long. The same rows as gramsOf() makes for one name.
        QStringLiteral("INSERT INTO person_name_grams (gram, person_id, household_id)"
                       " SELECT DISTINCT substr(p.name, i, n.n), p.id, p.household_id FROM persons p"
                       " CROSS JOIN (VALUES (1), (2)) AS n(n) CROSS JOIN generate_series(1, %1) AS i"
                       " WHERE i <= least(length(p.name), %1) - n.n + 1 ON CONFLICT DO NOTHING")
            .arg(MaxIndexedNameLengthV3),
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

Migration v003SearchIndex()
{
    return {3, "search index for names, ID numbers, phones and household numbers; households' head and size",
            householdSummary() + sqliteSearchIndex(),
            householdSummary() + postgresSearchIndex() + postgresFill()};
}

} // namespace anju
