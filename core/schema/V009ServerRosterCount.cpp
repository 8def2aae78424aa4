#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 9: the roster's first question, how many households are registered, read from a small index of
// the state alone (PostgreSQL walked the whole site index for it: 42 ms of a province's first page). Not
// on SQLite: without statistics its planner would take this index for the first page too, and sort all
// registered households by number instead of reading the first 200 of the number index.
QStringList serverSpeed()
{
    return {
        QStringLiteral("CREATE INDEX households_state ON households (state)"),
    };
}

} // namespace

Migration v009ServerRosterCount()
{
    return {9, "an index of the households' state for counting the roster on a server", {}, serverSpeed()};
}

} // namespace anju
