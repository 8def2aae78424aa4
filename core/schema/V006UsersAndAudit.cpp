#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

#include <utility>

namespace anju {

namespace {

// Version 6: users, their sites and the audit trail. Each audited table gets triggers that write who,
// which record and the old and new value of each changed column into audit_log, in the writing statement's
// own transaction; audit_log itself refuses UPDATE and DELETE. user_name is copied, not referenced: the
// trail outlives renames.
QStringList usersAndTrail()
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id ${ID},"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL"
                       "  CHECK (role = 'clerk' OR role = 'secretary' OR role = 'manager' OR role = 'admin'),"
                       " password_hash TEXT NOT NULL,"
                       " active ${BOOL} NOT NULL DEFAULT 1,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until ${TIMESTAMP},"
                       " last_login_at ${TIMESTAMP},"
                       " created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        // No rows: the user works on every site.
        QStringLiteral("CREATE TABLE user_sites ("
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " PRIMARY KEY (user_id, site_id))"),
        // user_name is copied, not referenced: the trail outlives renames. `changes` is a JSON object
        // {"column": [old, new], …}; `detail` a JSON object for events (login, export, import, backup).
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ${ID},"
                       " at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " user_id BIGINT,"
                       " user_name TEXT,"
                       " action TEXT NOT NULL,"
                       " record_type TEXT NOT NULL DEFAULT '',"
                       " record_id BIGINT,"
                       " household_id BIGINT,"
                       " changes TEXT,"
                       " detail TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_household ON audit_log (household_id, id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_name, at)"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_type, record_id)"),
    };
}

QStringList appendOnlyOnSqlite()
{
    return {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"),
    };
}

// The audited tables as they stood at version 6, every column in table order (the SQLite triggers name
// them; memberships are history themselves and imports one event, so neither is audited). The party
// records' stages, states and stays are history rows already, but who wrote them is kept.
const QList<std::pair<const char*, QStringList>>& auditedTablesV6()
{
    static const QList<std::pair<const char*, QStringList>> tables = {
        {"sites",
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("county_code"),
          QStringLiteral("township"), QStringLiteral("urban"), QStringLiteral("address"),
          QStringLiteral("move_in_date"), QStringLiteral("cross_township"), QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"buildings",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("name"), QStringLiteral("floors"),
          QStringLiteral("row_version")}},
        {"households",
         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("site_id"),
          QStringLiteral("dwelling_id"), QStringLiteral("origin_county_code"),
          QStringLiteral("origin_township"), QStringLiteral("origin_village"),
          QStringLiteral("relocation_date"), QStringLiteral("registration_moved"),
          QStringLiteral("residence_permit"), QStringLiteral("phone"), QStringLiteral("state"),
          QStringLiteral("state_date"), QStringLiteral("row_version"), QStringLiteral("updated_at"),
          QStringLiteral("head_name"), QStringLiteral("head_id_number"), QStringLiteral("member_count")}},
        {"persons",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("name"),
          QStringLiteral("id_number"), QStringLiteral("sex"), QStringLiteral("birth_date"),
          QStringLiteral("relationship"), QStringLiteral("ethnicity"), QStringLiteral("education"),
          QStringLiteral("health"), QStringLiteral("disability_grade"), QStringLiteral("labour_capacity"),
          QStringLiteral("in_school"), QStringLiteral("political_status"), QStringLiteral("phone"),
          QStringLiteral("state"), QStringLiteral("state_date"), QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"settings", {QStringLiteral("key"), QStringLiteral("value")}},
        {"users",
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("display_name"),
          QStringLiteral("role"), QStringLiteral("password_hash"), QStringLiteral("active"),
          QStringLiteral("failed_attempts"), QStringLiteral("locked_until"), QStringLiteral("last_login_at"),
          QStringLiteral("created_at"), QStringLiteral("row_version")}},
        {"user_sites", {QStringLiteral("user_id"), QStringLiteral("site_id")}},
        {"party_organisations",
         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("parent_id"),
          QStringLiteral("secretary_member_id"), QStringLiteral("instructor_name"),
          QStringLiteral("instructor_unit"), QStringLiteral("founding_date"),
          QStringLiteral("dissolved_date"), QStringLiteral("row_version"), QStringLiteral("updated_at")}},
        {"party_organisation_sites",
         {QStringLiteral("id"), QStringLiteral("organisation_id"), QStringLiteral("site_id"),
          QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {"party_members",
         {QStringLiteral("id"),
          QStringLiteral("origin"),
          QStringLiteral("person_id"),
          QStringLiteral("cadre_name"),
          QStringLiteral("cadre_sex"),
          QStringLiteral("cadre_birth_date"),
          QStringLiteral("cadre_id_number"),
          QStringLiteral("work_unit"),
          QStringLiteral("phone"),
          QStringLiteral("organisation_id"),
          QStringLiteral("stage"),
          QStringLiteral("stage_date"),
          QStringLiteral("state"),
          QStringLiteral("state_date"),
          QStringLiteral("mentor1_id"),
          QStringLiteral("mentor2_id"),
          QStringLiteral("sponsor1_id"),
          QStringLiteral("sponsor2_id"),
          QStringLiteral("political_review_date"),
          QStringLiteral("training_hours"),
          QStringLiteral("training_days"),
          QStringLiteral("dues_from"),
          QStringLiteral("note"),
          QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"party_stage_steps",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("event"),
          QStringLiteral("step_date"), QStringLiteral("reason"), QStringLiteral("broken_rules"),
          QStringLiteral("extension_months"), QStringLiteral("note"), QStringLiteral("recorded_at")}},
        {"party_member_states",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("state"),
          QStringLiteral("state_date"), QStringLiteral("reason")}},
        {"party_branch_stays",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("organisation_id"),
          QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {"party_committee_seats",
         {QStringLiteral("id"), QStringLiteral("organisation_id"), QStringLiteral("member_id"),
          QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {"party_dues_bases",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("from_month"),
          QStringLiteral("category"), QStringLiteral("monthly_income"), QStringLiteral("fixed_amount")}},
        {"party_dues_payments",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("month"),
          QStringLiteral("amount"), QStringLiteral("paid_on"), QStringLiteral("note")}},
        {"party_meetings",
         {QStringLiteral("id"), QStringLiteral("organisation_id"), QStringLiteral("type"),
          QStringLiteral("meeting_date"), QStringLiteral("topic"), QStringLiteral("place"),
          QStringLiteral("note"), QStringLiteral("row_version")}},
        {"party_meeting_attendance",
         {QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("member_id"),
          QStringLiteral("present"), QStringLiteral("absence_reason")}},
        {"party_transfers",
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("direction"),
          QStringLiteral("organisation_id"), QStringLiteral("other_unit"), QStringLiteral("letter_number"),
          QStringLiteral("letter_date"), QStringLiteral("completed_date"), QStringLiteral("note")}},
        {"party_site_assignments",
         {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("site_id"), QStringLiteral("name"),
          QStringLiteral("leader"), QStringLiteral("dispatching_unit"), QStringLiteral("member_id"),
          QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("note")}},
    };
    return tables;
}

// The same trail on PostgreSQL: one PL/pgSQL function compares the rows as JSON, so the triggers need no
// column lists; the writer's name comes from the connection's settings anju.actor / anju.actor_id.
QStringList trailOnPostgres()
{
    QStringList statements = {
        // TG_ARGV[0] names the column that holds the household (empty when the table has none).
        QStringLiteral(
            "CREATE FUNCTION anju_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE o jsonb; n jsonb; rec jsonb; changes jsonb := '{}'; k text;"
            " BEGIN"
            "  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
            "  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
            "  rec := coalesce(n, o);"
            "  FOR k IN SELECT jsonb_object_keys(rec) LOOP"
            "   CONTINUE WHEN k IN (%1) OR (TG_OP = 'UPDATE' AND k = 'id');"
            "   IF TG_OP = 'INSERT' AND n -> k <> 'null'::jsonb THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(NULL, n -> k));"
            "   ELSIF TG_OP = 'DELETE' AND o -> k <> 'null'::jsonb THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(o -> k, NULL));"
            "   ELSIF TG_OP = 'UPDATE' AND o -> k IS DISTINCT FROM n -> k THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));"
            "   END IF;"
            "  END LOOP;"
            "  IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN RETURN NULL; END IF;"
            "  INSERT INTO audit_log (user_id, user_name, action, record_type, record_id, household_id, "
            "changes)"
            "  VALUES (nullif(current_setting('anju.actor_id', true), '')::bigint,"
            "   nullif(current_setting('anju.actor', true), ''), lower(TG_OP), TG_TABLE_NAME,"
            "   (rec ->> 'id')::bigint,"
            "   CASE WHEN TG_ARGV[0] = '' THEN NULL ELSE (rec ->> TG_ARGV[0])::bigint END, changes::text);"
            "  RETURN NULL;"
            " END $$")
            .arg(QStringLiteral(
                "'row_version', 'updated_at', 'head_name', 'head_id_number', 'member_count',"
                " 'password_hash', 'failed_attempts', 'locked_until', 'last_login_at', 'created_at'")),
        QStringLiteral("CREATE FUNCTION anju_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_unchangeable BEFORE UPDATE OR DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION anju_audit_refuse()"),
    };
    for (const auto& [table, columns] : auditedTablesV6())
        statements.append(AuditTriggersV6::postgres(QLatin1String(table)));
    return statements;
}

QStringList trailOnSqlite()
{
    QStringList statements = appendOnlyOnSqlite();
    for (const auto& [table, columns] : auditedTablesV6())
        statements += AuditTriggersV6::sqlite(QLatin1String(table), columns);
    return statements;
}

} // namespace

Migration v006UsersAndAudit()
{
    return {6, "users, roles, their sites and the audit trail", usersAndTrail() + trailOnSqlite(),
            usersAndTrail() + trailOnPostgres()};
}

} // namespace anju
