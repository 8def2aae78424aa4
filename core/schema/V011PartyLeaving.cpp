#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 11: the ways of leaving the party (issue 16 item 6) and the branch secretary's exception
// (item 9).
//
// A member who left is a member state of its own ('left'), so that every count of current members —
// which all ask for a normal or mobile state, now or at a past month's end from party_member_states —
// leaves them out without a change, while the row, its histories and its leavings stay on file. How they
// left (取消预备党员资格, 退党, 除名, 开除党籍), the decision and the meeting that took it are a dated
// history table of their own, party_leavings, added to and never overwritten.
//
// The state CHECKs of party_members and party_member_states (version 5) must accept 'left'. PostgreSQL
// drops and adds the constraint. SQLite cannot alter a CHECK; rebuilding party_members would mean
// dropping a table that a dozen tables reference, with foreign keys on inside this transaction (the
// implicit delete of the drop would cascade or be refused). A CHECK that accepts one more value leaves
// every stored row valid, so this is the change SQLite documents for it (lang_altertable.html, "making
// other kinds of table schema changes"): the tables' CREATE text in sqlite_master is edited under
// writable_schema, and RESET makes this connection read the schema again; the CREATE TABLE below moves
// the schema cookie, so other connections read it again too. The text replaced is version 5's, frozen.
QStringList loosenStateChecksSqlite()
{
    return {
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'OR state = ''deceased'')',"
                       " 'OR state = ''deceased'' OR state = ''left'')')"
                       " WHERE type = 'table' AND name IN ('party_members', 'party_member_states')"),
        QStringLiteral("PRAGMA writable_schema = RESET"),
    };
}

QStringList loosenStateChecksPostgres()
{
    QStringList statements;
    for (const char* table : {"party_members", "party_member_states"}) {
        const QString name = QLatin1String(table);
        statements << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %1_state_check").arg(name)
                   << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_state_check CHECK (state = 'normal'"
                                     " OR state = 'mobile' OR state = 'transferred_out' OR state = 'deceased'"
                                     " OR state = 'left')")
                          .arg(name);
    }
    return statements;
}

// meeting_id names the branch general meeting that decided; the service checks it is the member's
// branch's and not after the day, the database only that it exists.
QStringList leavings()
{
    return {
        QStringLiteral("CREATE TABLE party_leavings ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " way TEXT NOT NULL CHECK (way = 'probation_cancelled' OR way = 'withdrawal'"
                       "  OR way = 'removal' OR way = 'expulsion'),"
                       " left_on ${DATE} NOT NULL,"
                       " decision TEXT NOT NULL CHECK (decision <> ''),"
                       " meeting_id BIGINT NOT NULL REFERENCES party_meetings(id) ON DELETE RESTRICT,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX party_leavings_member ON party_leavings (member_id, left_on)"),
        QStringLiteral("CREATE INDEX party_leavings_meeting ON party_leavings (meeting_id)"),
        // A secretary set with under a year of party standing: the reason the exception was made.
        QStringLiteral("ALTER TABLE party_organisations ADD COLUMN secretary_standing_reason TEXT NOT NULL"
                       " DEFAULT ''"),
    };
}

QStringList auditedSqlite()
{
    return AuditTriggersV6::sqlite(QStringLiteral("party_leavings"),
                                   {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("way"),
                                    QStringLiteral("left_on"), QStringLiteral("decision"),
                                    QStringLiteral("meeting_id"), QStringLiteral("reason")}) +
           // The organisations' new column is audited too: their triggers again with every column.
           AuditTriggersV6::sqlite(QStringLiteral("party_organisations"),
                                   {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                                    QStringLiteral("parent_id"), QStringLiteral("secretary_member_id"),
                                    QStringLiteral("instructor_name"), QStringLiteral("instructor_unit"),
                                    QStringLiteral("founding_date"), QStringLiteral("dissolved_date"),
                                    QStringLiteral("row_version"), QStringLiteral("updated_at"),
                                    QStringLiteral("secretary_standing_reason")});
}

} // namespace

Migration v011PartyLeaving()
{
    return {11,
            "the ways of leaving the party, and the reason a secretary is set with under a year's standing",
            loosenStateChecksSqlite() + leavings() + auditedSqlite(),
            loosenStateChecksPostgres() + leavings() +
                QStringList{AuditTriggersV6::postgres(QStringLiteral("party_leavings"))}};
}

} // namespace anju
