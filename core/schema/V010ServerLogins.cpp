#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 10: the trail names the server login that wrote each row (issue 14). The program's own name of
// its user (anju.actor) is a setting any client may set to anything; session_user is what the server
// authenticated, and no desk can set it. Rows written before this version keep NULL: who logged in then
// is not known. On SQLite db_login stays NULL: a file has no logins of its own.
QStringList column()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN db_login TEXT"),
    };
}

// On a server the trail's writer runs with its owner's rights (SECURITY DEFINER), so a desk needs no right
// to write audit_log at all; its search_path is pinned so that no object a login makes can stand in for
// audit_log or a function it calls. The column's default names the login for the events the program
// records itself (logins, exports); a desk may insert those columns only (ServerRoles), never db_login.
QStringList serverTrail()
{
    return {
        // Added after the column: a default added with it would name the upgrading login in every old row.
        QStringLiteral("ALTER TABLE audit_log ALTER COLUMN db_login SET DEFAULT session_user"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION anju_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = pg_catalog, public, pg_temp AS $$"
            " DECLARE o jsonb; n jsonb; rec jsonb; changes jsonb := '{}'; k text;"
            " BEGIN"
            // Anyone who may name it in a trigger could otherwise have it write the trail for a table of
            // their own, with the owner's rights.
            "  IF TG_TABLE_SCHEMA <> 'public' THEN"
            "   RAISE EXCEPTION 'anju_audit writes the trail of the schema public only';"
            "  END IF;"
            "  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
            "  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
            "  rec := coalesce(n, o);"
            "  FOR k IN SELECT jsonb_object_keys(rec) LOOP"
            "   CONTINUE WHEN k IN ('row_version', 'updated_at', 'head_name', 'head_id_number',"
            " 'member_count', 'password_hash', 'failed_attempts', 'locked_until', 'last_login_at',"
            " 'created_at') OR (TG_OP = 'UPDATE' AND k = 'id');"
            "   IF TG_OP = 'INSERT' AND n -> k <> 'null'::jsonb THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(NULL, n -> k));"
            "   ELSIF TG_OP = 'DELETE' AND o -> k <> 'null'::jsonb THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(o -> k, NULL));"
            "   ELSIF TG_OP = 'UPDATE' AND o -> k IS DISTINCT FROM n -> k THEN"
            "    changes := changes || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));"
            "   END IF;"
            "  END LOOP;"
            "  IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN RETURN NULL; END IF;"
            "  INSERT INTO public.audit_log (user_id, user_name, action, record_type, record_id, "
            "household_id,"
            " changes, db_login)"
            "  VALUES (nullif(current_setting('anju.actor_id', true), '')::bigint,"
            "   nullif(current_setting('anju.actor', true), ''), lower(TG_OP), TG_TABLE_NAME,"
            "   (rec ->> 'id')::bigint,"
            "   CASE WHEN TG_ARGV[0] = '' THEN NULL ELSE (rec ->> TG_ARGV[0])::bigint END, changes::text,"
            "   session_user);"
            "  RETURN NULL;"
            " END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION anju_audit_refuse() RETURNS trigger LANGUAGE plpgsql"
                       " SET search_path = pg_catalog, public, pg_temp AS $$"
                       " BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$"),
    };
}

} // namespace

Migration v010ServerLogins()
{
    return {10, "the server login of each audit entry, written by a trigger with its owner's rights",
            column(), column() + serverTrail()};
}

} // namespace anju
