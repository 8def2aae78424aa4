#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 13 (numbered 11 on its branch until V011 and V012 are merged before it): steps entered from old
// paper records (据档案补录). The age (18) and cultivation (1 year) rules have no exceptions; a step that
// breaks them is on file only as entered from records, its reason naming them (issue 16 item 4).
//
// Steps stored before this version keep their reason and broken rules as written and are NOT marked: the
// secretary who gave those reasons set a rule aside on a live entry, and nobody said the step came from
// paper records. Marking them would make the history claim what nobody recorded; `anju-cli check` lists
// the unmarked steps that break a now-hard rule instead, and the secretary decides.
QStringList columns()
{
    return {
        QStringLiteral("ALTER TABLE party_stage_steps ADD COLUMN from_records ${BOOL} NOT NULL DEFAULT 0"),
    };
}

// SQLite's audit triggers name every column: made again with the new one (PostgreSQL's reads the row).
QStringList stepsAuditedAgain()
{
    return AuditTriggersV6::sqlite(QStringLiteral("party_stage_steps"),
                                   {QStringLiteral("id"), QStringLiteral("member_id"),
                                    QStringLiteral("event"), QStringLiteral("step_date"),
                                    QStringLiteral("reason"), QStringLiteral("broken_rules"),
                                    QStringLiteral("extension_months"), QStringLiteral("note"),
                                    QStringLiteral("recorded_at"), QStringLiteral("from_records")});
}

} // namespace

Migration v013PartyRecords()
{
    // The version runs on from the branch's last (11); the lead renumbers it 13 at merge.
    return {13, "party steps entered from old paper records (据档案补录)", columns() + stepsAuditedAgain(),
            columns()};
}

} // namespace anju
