#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 7: reporting. The facilities the site rules ask about, indexes for the month's flows (stays
// starting or ending in a month, households changing state in it) and for counting the registered people.
QStringList reporting()
{
    return {
        QStringLiteral("ALTER TABLE sites ADD COLUMN service_centre TEXT NOT NULL DEFAULT 'none'"
                       " CHECK (service_centre = 'none' OR service_centre = 'management'"
                       " OR service_centre = 'one_stop')"),
        QStringLiteral("ALTER TABLE sites ADD COLUMN five_connections ${BOOL} NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX memberships_start ON memberships (start_date)"),
        QStringLiteral("CREATE INDEX memberships_end ON memberships (end_date)"),
        QStringLiteral("CREATE INDEX households_state_date ON households (state_date)"),
        // The registered people of the whole office are counted from these (active persons by sex, labour
        // capacity and birth date) and corrected by the stays that changed since the reported day.
        QStringLiteral("CREATE INDEX persons_state_sex_labour ON persons (state, sex, labour_capacity)"),
        QStringLiteral("CREATE INDEX persons_state_birth ON persons (state, birth_date)"),
    };
}

// The sites' new columns are audited too: their SQLite triggers are made again with every column of the
// table as version 7 leaves it (PostgreSQL's audit function reads the row as JSON and needs nothing).
QStringList sitesAuditedAgain()
{
    return AuditTriggersV6::sqlite(
        QStringLiteral("sites"),
        {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("county_code"),
         QStringLiteral("township"), QStringLiteral("urban"), QStringLiteral("address"),
         QStringLiteral("move_in_date"), QStringLiteral("cross_township"), QStringLiteral("row_version"),
         QStringLiteral("updated_at"), QStringLiteral("service_centre"), QStringLiteral("five_connections")});
}

} // namespace

Migration v007Reporting()
{
    return {7, "reporting: site facilities for the site rules, indexes for monthly flows",
            reporting() + sitesAuditedAgain(), reporting()};
}

} // namespace anju
