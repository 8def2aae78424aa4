#include "audit/AuditSchema.h"

namespace anju {

QStringList AuditSchema::postgresStatements()
{
    QStringList bookkeeping;
    for (const char* column : {"row_version", "updated_at", "head_name", "head_id_number", "member_count",
                               "password_hash", "failed_attempts", "locked_until", "last_login_at", "created_at"}) {
        Q_ASSERT(isBookkeeping(QLatin1String(column)));
        bookkeeping.append(QStringLiteral("'%1'").arg(QLatin1String(column)));
    }
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
            "  INSERT INTO audit_log (user_id, user_name, action, record_type, record_id, household_id, changes)"
            "  VALUES (nullif(current_setting('anju.actor_id', true), '')::bigint,"
            "   nullif(current_setting('anju.actor', true), ''), lower(TG_OP), TG_TABLE_NAME,"
            "   (rec ->> 'id')::bigint,"
            "   CASE WHEN TG_ARGV[0] = '' THEN NULL ELSE (rec ->> TG_ARGV[0])::bigint END, changes::text);"
            "  RETURN NULL;"
            " END $$")
            .arg(bookkeeping.join(QStringLiteral(", "))),
        QStringLiteral("CREATE FUNCTION anju_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_unchangeable BEFORE UPDATE OR DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION anju_audit_refuse()"),
    };
    for (const QString& table : auditedTables())
        // Deferred to the commit (still inside the transaction): an audit row written at once would take
        // the last sequence value of the session, which is how QPSQL learns the id of the row just inserted.
        statements.append(QStringLiteral("CREATE CONSTRAINT TRIGGER \"audit_%1\" AFTER INSERT OR UPDATE OR DELETE ON"
                                         " \"%1\" DEFERRABLE INITIALLY DEFERRED"
                                         " FOR EACH ROW EXECUTE FUNCTION anju_audit('%2')")
                              .arg(table, householdColumnOf(table)));
    return statements;
}

} // namespace anju
