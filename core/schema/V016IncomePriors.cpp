#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 16: each income check carries, kept by triggers, what its flags are judged from — its per-capita
// annual net income, its largest expense, and the sum of the per-capita figures of the household's
// `prior_n` most recent checks of the twelve months before (NULL when it has fewer) — so that the flags of
// a month are read from one index instead of three look-ups per household (issue 18: at 280,000 households
// the look-ups alone cost about a second a month on SQLite; docs/decisions.md, "Income checks carry their
// recent months").
//
// No flag is stored: the line and the thresholds stay settings, applied at read time. prior_n records the
// number of months the sum was taken over; a reader uses the sum only when prior_n equals the office's
// setting and otherwise works it out from the checks (IncomeFlagSql), so a sum made under another setting
// is never read as the current one. The triggers keep the sums of later months right when an earlier month
// is entered late, corrected, moved or deleted, and a change of `income.drop_months` recounts them all.
//
// The columns are not audited: they are derived from audited ones (the server's audit function learns to
// leave them out below).

// The office's drop_months as IncomeSettings reads it (1 to 24, else 3), in SQL.
const char* const DropMonthsSqlite =
    "(SELECT COALESCE((SELECT CAST(s.value AS INTEGER) FROM settings s WHERE s.key = 'income.drop_months'"
    " AND CAST(s.value AS INTEGER) BETWEEN 1 AND 24), 3))";

// The sum over the check being updated (the outer "income_checks" row) of its household's N most recent
// checks of the 12 months before, as IncomeRules::drop takes them; NULL with fewer than N.
QString priorSumSqlite()
{
    return QStringLiteral(
               "(SELECT CASE WHEN COUNT(*) = %1 THEN SUM(r.pca) END FROM (SELECT p.per_capita_annual AS pca"
               " FROM income_checks p WHERE p.household_id = income_checks.household_id"
               " AND p.month < income_checks.month AND p.month >= date(income_checks.month, '-12 months')"
               " ORDER BY p.month DESC LIMIT %1) r)")
        .arg(QLatin1String(DropMonthsSqlite));
}

// The checks of one household from `month` through the twelve months after: those whose sums may include it.
QString refreshSqlite(const char* row, const char* firstCompare)
{
    return QStringLiteral("UPDATE income_checks SET prior_sum = %1, prior_n = %2"
                          " WHERE household_id = %3.household_id AND month %4 %3.month"
                          " AND month <= date(%3.month, '+12 months');")
        .arg(priorSumSqlite(), QLatin1String(DropMonthsSqlite), QLatin1String(row),
             QLatin1String(firstCompare));
}

const char* const OwnFiguresSqlite =
    "UPDATE income_checks SET per_capita_annual = ((NEW.income_wages + NEW.income_business"
    " + NEW.income_property + NEW.income_transfers - NEW.operating_costs) * 12) / NEW.headcount,"
    " largest_expense = max(NEW.expense_medical, NEW.expense_education, NEW.expense_disaster,"
    " NEW.expense_other) WHERE id = NEW.id;";

const char* const FigureColumns =
    "household_id, month, headcount, income_wages, income_business, income_property, income_transfers,"
    " operating_costs, expense_medical, expense_education, expense_disaster, expense_other";

// Version 15's audited columns of income_checks, written out again (a migration's text never follows
// later code): its audit triggers are made again as version 15 made them.
QStringList auditedCheckColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("household_id"),
            QStringLiteral("month"),
            QStringLiteral("checked_on"),
            QStringLiteral("headcount"),
            QStringLiteral("income_wages"),
            QStringLiteral("income_business"),
            QStringLiteral("income_property"),
            QStringLiteral("income_transfers"),
            QStringLiteral("operating_costs"),
            QStringLiteral("expense_medical"),
            QStringLiteral("expense_education"),
            QStringLiteral("expense_disaster"),
            QStringLiteral("expense_other"),
            QStringLiteral("checker"),
            QStringLiteral("source"),
            QStringLiteral("note"),
            QStringLiteral("row_version"),
            QStringLiteral("updated_at")};
}

QStringList onSqlite()
{
    // The filling updates run with the audit's update trigger out of the way: it calls the program's
    // functions, which a bare connection (the trigger check's reference database) does not have, and it
    // would record nothing (no audited column changes).
    return QStringList{
               QStringLiteral("DROP TRIGGER IF EXISTS \"audit_income_checks_update\""),
               QStringLiteral("ALTER TABLE income_checks ADD COLUMN per_capita_annual BIGINT"),
               QStringLiteral("ALTER TABLE income_checks ADD COLUMN largest_expense BIGINT"),
               QStringLiteral("ALTER TABLE income_checks ADD COLUMN prior_sum BIGINT"),
               QStringLiteral("ALTER TABLE income_checks ADD COLUMN prior_n INTEGER"),
               QStringLiteral("UPDATE income_checks SET per_capita_annual = ((income_wages + income_business"
                              " + income_property + income_transfers - operating_costs) * 12) / headcount,"
                              " largest_expense = max(expense_medical, expense_education, expense_disaster,"
                              " expense_other)"),
               QStringLiteral("UPDATE income_checks SET prior_sum = %1, prior_n = %2")
                   .arg(priorSumSqlite(), QLatin1String(DropMonthsSqlite)),
           } +
           AuditTriggersV6::sqlite(QStringLiteral("income_checks"), auditedCheckColumns()) +
           QStringList{
               QStringLiteral(
                   "CREATE TRIGGER income_checks_figures_insert AFTER INSERT ON income_checks BEGIN ") +
                   QLatin1String(OwnFiguresSqlite) + refreshSqlite("NEW", ">=") + QStringLiteral(" END"),
               QStringLiteral(
                   "CREATE TRIGGER income_checks_figures_update AFTER UPDATE OF %1 ON income_checks BEGIN ")
                       .arg(QLatin1String(FigureColumns)) +
                   QLatin1String(OwnFiguresSqlite) + refreshSqlite("OLD", ">") + refreshSqlite("NEW", ">=") +
                   QStringLiteral(" END"),
               QStringLiteral(
                   "CREATE TRIGGER income_checks_figures_delete AFTER DELETE ON income_checks BEGIN ") +
                   refreshSqlite("OLD", ">") + QStringLiteral(" END"),
               // A new number of months recounts every sum (at a province, a minute's work, once).
               QStringLiteral("CREATE TRIGGER income_drop_months_update AFTER UPDATE OF value ON settings"
                              " WHEN NEW.key = 'income.drop_months' AND NEW.value IS NOT OLD.value BEGIN"
                              " UPDATE income_checks SET prior_sum = %1, prior_n = %2; END")
                   .arg(priorSumSqlite(), QLatin1String(DropMonthsSqlite)),
               QStringLiteral("CREATE TRIGGER income_drop_months_insert AFTER INSERT ON settings"
                              " WHEN NEW.key = 'income.drop_months' BEGIN"
                              " UPDATE income_checks SET prior_sum = %1, prior_n = %2; END")
                   .arg(priorSumSqlite(), QLatin1String(DropMonthsSqlite)),
               QStringLiteral("CREATE TRIGGER income_drop_months_delete AFTER DELETE ON settings"
                              " WHEN OLD.key = 'income.drop_months' BEGIN"
                              " UPDATE income_checks SET prior_sum = %1, prior_n = %2; END")
                   .arg(priorSumSqlite(), QLatin1String(DropMonthsSqlite)),
               // The flags of a month from the index alone (the row id, SQLite's key, is in every index).
               QStringLiteral("DROP INDEX income_checks_month"),
               QStringLiteral(
                   "CREATE INDEX income_checks_month_figures ON income_checks (month, household_id,"
                   " per_capita_annual, largest_expense, prior_n, prior_sum)"),
           };
}

QStringList onServer()
{
    return {
        QStringLiteral("ALTER TABLE income_checks ADD COLUMN per_capita_annual BIGINT,"
                       " ADD COLUMN largest_expense BIGINT, ADD COLUMN prior_sum BIGINT,"
                       " ADD COLUMN prior_n INTEGER"),
        QStringLiteral(
            "CREATE FUNCTION anju_income_drop_months() RETURNS integer LANGUAGE sql STABLE"
            " SET search_path = pg_catalog, public, pg_temp AS $$"
            " SELECT COALESCE((SELECT CASE WHEN s.value ~ '^[0-9]{1,2}$' THEN CASE WHEN s.value::integer"
            " BETWEEN 1 AND 24 THEN s.value::integer END END FROM public.settings s"
            " WHERE s.key = 'income.drop_months'), 3) $$"),
        // Before a row is written: its own figures and the sum of its earlier months. The sum leaves the
        // row's own earlier version out (a check moved to another month).
        QStringLiteral(
            "CREATE FUNCTION anju_income_check_figures() RETURNS trigger LANGUAGE plpgsql"
            " SET search_path = pg_catalog, public, pg_temp AS $$"
            " DECLARE n integer := public.anju_income_drop_months();"
            " BEGIN"
            "  NEW.per_capita_annual := ((NEW.income_wages + NEW.income_business + NEW.income_property"
            " + NEW.income_transfers - NEW.operating_costs) * 12) / NEW.headcount;"
            "  NEW.largest_expense := GREATEST(NEW.expense_medical, NEW.expense_education,"
            " NEW.expense_disaster, NEW.expense_other);"
            "  NEW.prior_n := n;"
            "  NEW.prior_sum := (SELECT CASE WHEN COUNT(*) = n THEN SUM(r.pca) END FROM"
            " (SELECT p.per_capita_annual AS pca FROM public.income_checks p"
            " WHERE p.household_id = NEW.household_id AND p.id <> NEW.id AND p.month < NEW.month"
            " AND p.month >= (NEW.month - interval '12 months')::date"
            " ORDER BY p.month DESC LIMIT n) r);"
            "  RETURN NEW;"
            " END $$"),
        // After: the later months whose sums may take this one in are written again (their before-trigger
        // recounts them; touching prior_n alone does not come back here).
        QStringLiteral(
            "CREATE FUNCTION anju_income_check_later() RETURNS trigger LANGUAGE plpgsql"
            " SET search_path = pg_catalog, public, pg_temp AS $$"
            " BEGIN"
            "  IF TG_OP <> 'INSERT' THEN"
            "   UPDATE public.income_checks SET prior_n = NULL WHERE household_id = OLD.household_id"
            " AND month > OLD.month AND month <= (OLD.month + interval '12 months')::date;"
            "  END IF;"
            "  IF TG_OP <> 'DELETE' THEN"
            "   UPDATE public.income_checks SET prior_n = NULL WHERE household_id = NEW.household_id"
            " AND month > NEW.month AND month <= (NEW.month + interval '12 months')::date;"
            "  END IF;"
            "  RETURN NULL;"
            " END $$"),
        QStringLiteral("CREATE FUNCTION anju_income_drop_months_changed() RETURNS trigger LANGUAGE plpgsql"
                       " SET search_path = pg_catalog, public, pg_temp AS $$"
                       " BEGIN"
                       // One trigger for the three kinds of change: its WHEN could not name OLD and NEW both.
                       "  IF TG_OP = 'UPDATE' THEN"
                       "   IF NEW.key = 'income.drop_months' AND NEW.value IS DISTINCT FROM OLD.value"
                       " OR OLD.key = 'income.drop_months' AND NEW.key <> OLD.key THEN"
                       "    UPDATE public.income_checks SET prior_n = NULL;"
                       "   END IF;"
                       "  ELSIF TG_OP = 'INSERT' THEN"
                       "   IF NEW.key = 'income.drop_months' THEN UPDATE public.income_checks SET prior_n = "
                       "NULL; END IF;"
                       "  ELSIF OLD.key = 'income.drop_months' THEN"
                       "   UPDATE public.income_checks SET prior_n = NULL;"
                       "  END IF;"
                       "  RETURN NULL;"
                       " END $$"),
        // Fill the existing checks (before the triggers exist: each row's sum reads the others' per-capita
        // figures, written first), the audit's deferred trigger off: it would queue an event per check and
        // record nothing.
        QStringLiteral("ALTER TABLE income_checks DISABLE TRIGGER audit_income_checks"),
        QStringLiteral("UPDATE income_checks SET per_capita_annual = ((income_wages + income_business"
                       " + income_property + income_transfers - operating_costs) * 12) / headcount,"
                       " largest_expense = GREATEST(expense_medical, expense_education, expense_disaster,"
                       " expense_other)"),
        QStringLiteral("UPDATE income_checks c SET prior_n = anju_income_drop_months(),"
                       " prior_sum = (SELECT CASE WHEN COUNT(*) = anju_income_drop_months() THEN SUM(r.pca)"
                       " END FROM (SELECT p.per_capita_annual AS pca FROM income_checks p"
                       " WHERE p.household_id = c.household_id AND p.month < c.month"
                       " AND p.month >= (c.month - interval '12 months')::date"
                       " ORDER BY p.month DESC LIMIT anju_income_drop_months()) r)"),
        QStringLiteral("ALTER TABLE income_checks ENABLE TRIGGER audit_income_checks"),
        QStringLiteral("CREATE TRIGGER income_checks_figures BEFORE INSERT OR UPDATE ON income_checks"
                       " FOR EACH ROW EXECUTE FUNCTION anju_income_check_figures()"),
        QStringLiteral("CREATE TRIGGER income_checks_later AFTER INSERT OR DELETE OR UPDATE OF %1"
                       " ON income_checks FOR EACH ROW EXECUTE FUNCTION anju_income_check_later()")
            .arg(QLatin1String(FigureColumns)),
        QStringLiteral(
            "CREATE TRIGGER income_drop_months_changed AFTER INSERT OR UPDATE OR DELETE ON settings"
            " FOR EACH ROW EXECUTE FUNCTION anju_income_drop_months_changed()"),
        QStringLiteral("DROP INDEX income_checks_month"),
        QStringLiteral("CREATE INDEX income_checks_month_figures ON income_checks (month, household_id,"
                       " per_capita_annual, largest_expense, prior_n, prior_sum, id)"),
        // The trail leaves the derived columns out, as it leaves out the households' summary columns
        // (version 10's function, with four names more).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION anju_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = pg_catalog, public, pg_temp AS $$"
            " DECLARE o jsonb; n jsonb; rec jsonb; changes jsonb := '{}'; k text;"
            " BEGIN"
            "  IF TG_TABLE_SCHEMA <> 'public' THEN"
            "   RAISE EXCEPTION 'anju_audit writes the trail of the schema public only';"
            "  END IF;"
            "  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
            "  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
            "  rec := coalesce(n, o);"
            "  FOR k IN SELECT jsonb_object_keys(rec) LOOP"
            "   CONTINUE WHEN k IN ('row_version', 'updated_at', 'head_name', 'head_id_number',"
            " 'member_count', 'password_hash', 'failed_attempts', 'locked_until', 'last_login_at',"
            " 'created_at', 'per_capita_annual', 'largest_expense', 'prior_sum', 'prior_n')"
            " OR (TG_OP = 'UPDATE' AND k = 'id');"
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
    };
}

} // namespace

Migration v016IncomePriors()
{
    return {16,
            "income checks carry their per-capita income, largest expense and the sum of their recent months,"
            " kept by triggers",
            onSqlite(), onServer()};
}

} // namespace anju
