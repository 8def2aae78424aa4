#include "registry/SearchIndex.h"

namespace anju {

namespace {

// Every character and adjacent pair of the name in `name` (a PL/pgSQL or SQL expression).
QString gramsOf(const QString& name)
{
    return QStringLiteral(
               "SELECT DISTINCT substr(%1, i, 1) FROM generate_series(1, least(length(%1), %2)) AS i"
               " UNION SELECT substr(%1, i, 2) FROM generate_series(1, least(length(%1), %2) - 1) AS i")
        .arg(name)
        .arg(SearchIndex::MaxIndexedNameLength);
}

} // namespace

QStringList SearchIndex::postgresSchema()
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
            .arg(gramsOf(QStringLiteral("NEW.name"))),
        QStringLiteral(
            "CREATE TRIGGER persons_search AFTER INSERT OR DELETE OR UPDATE OF name, id_number, relationship,"
            " state, household_id ON persons FOR EACH ROW EXECUTE FUNCTION anju_persons_search()"),
    };
}

QStringList SearchIndex::postgresFillStatements()
{
    return {
        QStringLiteral("DELETE FROM person_name_grams"),
        // One DISTINCT over all persons' grams: a sub-select with its own UNION for each of a million persons
        // took three times as long. The same rows as gramsOf() makes for one name.
        QStringLiteral("INSERT INTO person_name_grams (gram, person_id, household_id)"
                       " SELECT DISTINCT substr(p.name, i, n.n), p.id, p.household_id FROM persons p"
                       " CROSS JOIN (VALUES (1), (2)) AS n(n) CROSS JOIN generate_series(1, %1) AS i"
                       " WHERE i <= least(length(p.name), %1) - n.n + 1 ON CONFLICT DO NOTHING")
            .arg(SearchIndex::MaxIndexedNameLength),
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

} // namespace anju
