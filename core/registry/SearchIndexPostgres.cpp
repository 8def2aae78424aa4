#include "registry/SearchIndex.h"

namespace anju::registry {

QStringList SearchIndex::postgresFillStatements()
{
    return {
        QStringLiteral("DELETE FROM person_name_grams"),
        // One DISTINCT over all persons' grams: a sub-select with its own UNION for each of a million persons
        // took three times as long. The same rows as the trigger of migration 3 makes for one name.
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

} // namespace anju::registry
