#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 12 (issue 16 items 7 and 11): 党小组 party groups, and the village or community a site lies in
// with the work teams and first secretaries sent to it.
//
// A group is a table of its own, not a fifth kind of party_organisations: the kind's CHECK cannot change
// on SQLite without rebuilding the table, and a rebuild inside this migration's transaction cannot switch
// foreign keys off (PRAGMA foreign_keys is a no-op inside a transaction), while a dozen tables reference
// party_organisations ON DELETE RESTRICT, so dropping the old table would be refused. A group is also not
// an organisation in any figure: it holds no members of its own (members stay in their branch and count in
// its size), covers no sites and pays no dues. It sits under one branch or joint branch (PartyRules checks
// the kind). A member's group is an extra dated membership (party_group_stays, half-open like the branch
// stays), so a closed month reads as it was; 党小组会 are recorded against the branch, as before.
//
// A site's village or community (所在村 / 社区) is a name on the site; an assignment marked covers_village
// was sent to the village or community of its site and covers every site of the same county and township
// naming the same village or community (第一书记 are sent to villages and communities).
QStringList partyGroups()
{
    return {
        QStringLiteral("CREATE TABLE party_groups ("
                       " id ${ID},"
                       " branch_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " founding_date ${DATE} NOT NULL,"
                       " dissolved_date ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX party_groups_branch ON party_groups (branch_id)"),
        QStringLiteral("CREATE TABLE party_group_stays ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " group_id BIGINT NOT NULL REFERENCES party_groups(id) ON DELETE RESTRICT,"
                       " start_date ${DATE} NOT NULL,"
                       " end_date ${DATE})"),
        QStringLiteral("CREATE INDEX party_group_stays_member ON party_group_stays (member_id, start_date)"),
        QStringLiteral("CREATE INDEX party_group_stays_group ON party_group_stays (group_id, start_date)"),
        QStringLiteral("ALTER TABLE sites ADD COLUMN community TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE party_site_assignments ADD COLUMN covers_village ${BOOL} NOT NULL DEFAULT 0"),
    };
}

// The new tables are audited; the two tables with a new column get their SQLite triggers again with every
// column as this version leaves them (PostgreSQL's audit function reads the row as JSON).
QStringList auditedOnSqlite()
{
    QStringList statements = AuditTriggersV6::sqlite(
        QStringLiteral("sites"),
        {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("county_code"),
         QStringLiteral("township"), QStringLiteral("urban"), QStringLiteral("address"),
         QStringLiteral("move_in_date"), QStringLiteral("cross_township"), QStringLiteral("row_version"),
         QStringLiteral("updated_at"), QStringLiteral("service_centre"), QStringLiteral("five_connections"),
         QStringLiteral("community")});
    statements += AuditTriggersV6::sqlite(
        QStringLiteral("party_site_assignments"),
        {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("site_id"), QStringLiteral("name"),
         QStringLiteral("leader"), QStringLiteral("dispatching_unit"), QStringLiteral("member_id"),
         QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("note"),
         QStringLiteral("covers_village")});
    statements += AuditTriggersV6::sqlite(QStringLiteral("party_groups"),
                                          {QStringLiteral("id"), QStringLiteral("branch_id"),
                                           QStringLiteral("name"), QStringLiteral("founding_date"),
                                           QStringLiteral("dissolved_date"), QStringLiteral("row_version")});
    statements += AuditTriggersV6::sqlite(QStringLiteral("party_group_stays"),
                                          {QStringLiteral("id"), QStringLiteral("member_id"),
                                           QStringLiteral("group_id"), QStringLiteral("start_date"),
                                           QStringLiteral("end_date")});
    return statements;
}

QStringList auditedOnPostgres()
{
    return {AuditTriggersV6::postgres(QStringLiteral("party_groups")),
            AuditTriggersV6::postgres(QStringLiteral("party_group_stays"))};
}

} // namespace

// Numbered 11 on this branch (helpers' migrations are renumbered in the order they are merged).
Migration v012PartyGroups()
{
    return {12,
            "party groups (党小组) and their members; a site's village or community and the teams sent to it",
            partyGroups() + auditedOnSqlite(), partyGroups() + auditedOnPostgres()};
}

} // namespace anju
