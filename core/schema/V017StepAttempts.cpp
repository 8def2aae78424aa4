#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 17 (issue 18, dated history of the monitoring workflow): each step row of a monitoring procedure
// carries its attempt. A risk elimination rejected and begun again writes new rows (attempt 2, 3 …) instead
// of beginning version 15's rows again in place, so the earlier attempt's days, decisions and objections
// stay on file as they were, not only in the audit trail (docs/decisions.md, "Monitoring steps keep each
// attempt"). Rows already there are attempt 1: a database upgraded from version 16 keeps what the steps
// then held (an elimination begun again in place stays as version 16 left it).

// Version 15's table with the attempt and the wider key; otherwise its text unchanged.
const char* const StepsTable =
    "CREATE TABLE monitoring_steps ("
    " id ${ID},"
    " case_id BIGINT NOT NULL REFERENCES monitoring_cases(id) ON DELETE RESTRICT,"
    " phase TEXT NOT NULL CHECK (phase = 'entry' OR phase = 'elimination'),"
    " step TEXT NOT NULL CHECK (step = 'home_check' OR step = 'village_review'"
    "  OR step = 'public_notice' OR step = 'township_review' OR step = 'county_approval'),"
    " started_on ${DATE} NOT NULL,"
    " notice_from ${DATE},"
    " notice_to ${DATE},"
    " decided_on ${DATE},"
    " decision TEXT CHECK (decision = 'passed' OR decision = 'rejected'),"
    " decided_by TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
    " attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),"
    " CHECK ((decision IS NULL) = (decided_on IS NULL)),"
    " CHECK (decided_on IS NULL OR decided_on >= started_on),"
    " CHECK ((step = 'public_notice') = (notice_from IS NOT NULL AND notice_to IS NOT NULL)),"
    " CHECK (notice_to IS NULL OR notice_to >= notice_from),"
    " UNIQUE (case_id, phase, step, attempt))";

// Version 15's table, unchanged: made again because it refers to the steps.
const char* const ObjectionsTable =
    "CREATE TABLE monitoring_objections ("
    " id ${ID},"
    " step_id BIGINT NOT NULL REFERENCES monitoring_steps(id) ON DELETE RESTRICT,"
    " received_on ${DATE} NOT NULL,"
    " raised_by TEXT NOT NULL DEFAULT '',"
    " content TEXT NOT NULL CHECK (content <> ''),"
    " handling TEXT NOT NULL DEFAULT '',"
    " settled_on ${DATE},"
    " CHECK (settled_on IS NULL OR settled_on >= received_on))";

const char* const StepColumnsV15 = "id, case_id, phase, step, started_on, notice_from, notice_to, decided_on,"
                                   " decision, decided_by, note, recorded_at";
const char* const ObjectionColumns = "id, step_id, received_on, raised_by, content, handling, settled_on";

// SQLite cannot change a table's UNIQUE constraint: the table is made anew (sqlite.org, "Making Other Kinds
// Of Table Schema Changes"). Foreign keys cannot be switched off inside the migration's transaction, and
// monitoring_objections refers to the steps ON DELETE RESTRICT, so the steps cannot simply be dropped under
// it: both tables are renamed aside (the objections first, so that renaming the steps carries their
// reference along), made again under their names from the old rows with the same ids, and the old ones
// dropped child first. The audit triggers are dropped before anything moves (a copy is not a change anyone
// made, and a rename would rewrite their text) and made again with the columns of this version.
QStringList onSqlite()
{
    QStringList statements;
    for (const char* table : {"monitoring_steps", "monitoring_objections"}) {
        for (const char* kind : {"insert", "update", "delete"})
            statements.append(QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1_%2\"")
                                  .arg(QLatin1String(table), QLatin1String(kind)));
    }
    statements += {
        QStringLiteral("ALTER TABLE monitoring_objections RENAME TO monitoring_objections_v16"),
        QStringLiteral("ALTER TABLE monitoring_steps RENAME TO monitoring_steps_v16"),
        QLatin1String(StepsTable),
        QStringLiteral("INSERT INTO monitoring_steps (%1, attempt) SELECT %1, 1 FROM monitoring_steps_v16")
            .arg(QLatin1String(StepColumnsV15)),
        QLatin1String(ObjectionsTable),
        QStringLiteral("INSERT INTO monitoring_objections (%1) SELECT %1 FROM monitoring_objections_v16")
            .arg(QLatin1String(ObjectionColumns)),
        QStringLiteral("DROP TABLE monitoring_objections_v16"),
        QStringLiteral("DROP TABLE monitoring_steps_v16"),
        QStringLiteral("CREATE INDEX monitoring_steps_pending ON monitoring_steps (step, decided_on)"),
        QStringLiteral("CREATE INDEX monitoring_objections_step ON monitoring_objections (step_id)"),
    };
    statements += AuditTriggersV6::sqlite(
        QStringLiteral("monitoring_steps"),
        {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("phase"), QStringLiteral("step"),
         QStringLiteral("started_on"), QStringLiteral("notice_from"), QStringLiteral("notice_to"),
         QStringLiteral("decided_on"), QStringLiteral("decision"), QStringLiteral("decided_by"),
         QStringLiteral("note"), QStringLiteral("recorded_at"), QStringLiteral("attempt")});
    statements += AuditTriggersV6::sqlite(QStringLiteral("monitoring_objections"),
                                          {QStringLiteral("id"), QStringLiteral("step_id"),
                                           QStringLiteral("received_on"), QStringLiteral("raised_by"),
                                           QStringLiteral("content"), QStringLiteral("handling"),
                                           QStringLiteral("settled_on")});
    return statements;
}

// PostgreSQL changes the table in place; version 15's inline UNIQUE got the server's default name
// (table_columns_key), dropped by that name so that a database whose constraint is called otherwise fails
// the upgrade instead of keeping the narrow key. The audit function reads rows as JSON: the new column is
// in the trail with no change to it.
QStringList onServer()
{
    return {
        QStringLiteral("ALTER TABLE monitoring_steps ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1"
                       " CHECK (attempt >= 1)"),
        QStringLiteral(
            "ALTER TABLE monitoring_steps DROP CONSTRAINT monitoring_steps_case_id_phase_step_key"),
        QStringLiteral(
            "ALTER TABLE monitoring_steps ADD CONSTRAINT monitoring_steps_case_id_phase_step_attempt_key"
            " UNIQUE (case_id, phase, step, attempt)"),
    };
}

} // namespace

Migration v017StepAttempts()
{
    return {17,
            "monitoring steps carry their attempt: a risk elimination begun again keeps the earlier attempt's"
            " steps",
            onSqlite(), onServer()};
}

} // namespace anju
