#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 1: the registry. CHECKs are written with OR rather than IN (…): SQLite builds a temporary
// index for every IN list on each insert, which tripled the cost of bulk loads. Dates are ISO text on SQLite
// and DATE on PostgreSQL; states are dated so that closed months can be reported as they were; persons are
// never deleted (ON DELETE RESTRICT).
QStringList registrySchema()
{
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sites ("
                       " id ${ID},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " county_code TEXT NOT NULL,"
                       " township TEXT NOT NULL DEFAULT '',"
                       " urban ${BOOL} NOT NULL DEFAULT 1,"
                       " address TEXT NOT NULL DEFAULT '',"
                       " move_in_date ${DATE},"
                       " cross_township ${BOOL} NOT NULL DEFAULT 0,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE TABLE buildings ("
                       " id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " floors INTEGER NOT NULL DEFAULT 0,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (site_id, name))"),
        QStringLiteral("CREATE TABLE building_units ("
                       " id ${ID},"
                       " building_id BIGINT NOT NULL REFERENCES buildings(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " UNIQUE (building_id, name))"),
        QStringLiteral("CREATE TABLE dwellings ("
                       " id ${ID},"
                       " unit_id BIGINT NOT NULL REFERENCES building_units(id) ON DELETE RESTRICT,"
                       " room TEXT NOT NULL,"
                       " floor_area REAL NOT NULL DEFAULT 0,"
                       " UNIQUE (unit_id, room))"),
        QStringLiteral("CREATE TABLE households ("
                       " id ${ID},"
                       " number TEXT NOT NULL UNIQUE,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " dwelling_id BIGINT REFERENCES dwellings(id) ON DELETE RESTRICT,"
                       " origin_county_code TEXT NOT NULL DEFAULT '',"
                       " origin_township TEXT NOT NULL DEFAULT '',"
                       " origin_village TEXT NOT NULL DEFAULT '',"
                       " relocation_date ${DATE},"
                       " registration_moved ${BOOL} NOT NULL DEFAULT 0,"
                       " residence_permit ${BOOL} NOT NULL DEFAULT 0,"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'active'"
                       "  CHECK (state = 'active' OR state = 'moved_away' OR state = 'dissolved'),"
                       " state_date ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE INDEX households_site ON households (site_id, state, number)"),
        QStringLiteral("CREATE INDEX households_dwelling ON households (dwelling_id)"),
        QStringLiteral("CREATE INDEX households_phone ON households (phone)"),
        QStringLiteral("CREATE TABLE persons ("
                       " id ${ID},"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " id_number TEXT NOT NULL,"
                       " sex TEXT NOT NULL CHECK (sex = 'male' OR sex = 'female'),"
                       " birth_date ${DATE} NOT NULL,"
                       " relationship TEXT NOT NULL,"
                       " ethnicity TEXT NOT NULL DEFAULT '01',"
                       " education TEXT NOT NULL DEFAULT 'unknown',"
                       " health TEXT NOT NULL DEFAULT 'healthy',"
                       " disability_grade INTEGER NOT NULL DEFAULT 0,"
                       " labour_capacity TEXT NOT NULL DEFAULT 'ordinary',"
                       " in_school ${BOOL} NOT NULL DEFAULT 0,"
                       " political_status TEXT NOT NULL DEFAULT 'masses',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'active'"
                       "  CHECK (state = 'active' OR state = 'moved_away' OR state = 'deceased'),"
                       " state_date ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        // One ID number, one person, across the whole database.
        QStringLiteral("CREATE UNIQUE INDEX persons_id_number ON persons (id_number)"),
        // At most one active head per household, even when two desks save at once.
        QStringLiteral("CREATE UNIQUE INDEX persons_one_head ON persons (household_id)"
                       " WHERE relationship = 'head' AND state = 'active'"),
        QStringLiteral("CREATE INDEX persons_household ON persons (household_id, state)"),
        QStringLiteral("CREATE INDEX persons_name ON persons (name)"),
        QStringLiteral("CREATE INDEX persons_phone ON persons (phone)"),
        // Every stay of a person in a household, so moves keep their history.
        QStringLiteral(
            "CREATE TABLE memberships ("
            " id ${ID},"
            " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " relationship TEXT NOT NULL,"
            " start_date ${DATE},"
            " end_date ${DATE},"
            " end_reason TEXT CHECK (end_reason = 'moved_to_household' OR end_reason = 'moved_away'"
            " OR end_reason = 'deceased'))"),
        QStringLiteral("CREATE INDEX memberships_person ON memberships (person_id, start_date)"),
        QStringLiteral("CREATE INDEX memberships_household ON memberships (household_id)"),
    };
}

} // namespace

Migration v001Registry()
{
    return Migration::portable(
        1, "registry: sites, buildings, units, dwellings, households, persons, memberships",
        registrySchema());
}

} // namespace anju
