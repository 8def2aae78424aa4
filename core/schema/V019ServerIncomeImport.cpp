#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 19: the server writes a month's imported income checks in one call (issue 18). One statement
// per check, each with its row triggers (the figures before it, the later months after it, the trail at
// the commit), took 56–81 s for the 277,931 checks of a province's month; the same writes as a few
// statements over all the rows take 10–18 s, the whole import 16–27 s (docs/benchmarks.md, 2026-12-07).
//
// The desk asks anju_income_import_table() for the temporary table income_check_import (the columns
// below; id null for a new check; dropped at the commit), fills it with COPY, and calls
// anju_import_income_checks() inside the import's transaction. Both run as the owner, who alone may switch
// triggers off. The table is the owner's and the desk may only insert into it: a table, view, policy or
// type of the desk's own making would run the desk's code with the owner's rights when the owner's
// function reads it, so the import refuses a table the owner did not make.
//
// The import switches the three triggers of income_checks off for this transaction and does their work for
// all rows at once: the per-capita income, the largest expense and the sum of the recent months (as
// anju_income_check_figures of version 16), the later months' sums (as anju_income_check_later), and the
// trail, one audit row per check with the same changes anju_audit writes (the columns a check can have
// are named one by one: a column added to income_checks later must be added here too). It writes nothing
// a desk could not write with UPDATE and INSERT, and every check it writes is in the trail as if written
// row by row. Switching a trigger off takes a lock that lets readers read and makes other writers of
// checks wait for the commit; the import itself waits up to a minute for it (another desk's import of a
// month holds it for 10–20 s), where a desk's single save gives up after 10 s. A check read from file by
// the desk and removed by another desk before the call is the failure of a write that came second
// (serialization_failure): nothing is written and the desk imports again.
constexpr const char* TableSql =
    "CREATE FUNCTION anju_income_import_table() RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, public, pg_temp AS $$"
    " BEGIN"
    "  CREATE TEMPORARY TABLE income_check_import (id bigint, household_id bigint NOT NULL,"
    " month date NOT NULL, checked_on date NOT NULL, headcount integer NOT NULL,"
    " income_wages bigint NOT NULL, income_business bigint NOT NULL, income_property bigint NOT NULL,"
    " income_transfers bigint NOT NULL, operating_costs bigint NOT NULL, expense_medical bigint NOT NULL,"
    " expense_education bigint NOT NULL, expense_disaster bigint NOT NULL, expense_other bigint NOT NULL,"
    " checker text NOT NULL, note text NOT NULL) ON COMMIT DROP;"
    "  EXECUTE format('GRANT INSERT ON pg_temp.income_check_import TO %I', session_user);"
    " END $$";

constexpr const char* FunctionSql =
    "CREATE FUNCTION anju_import_income_checks() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '60s' AS $$"
    " DECLARE n integer; staged bigint; written bigint; added bigint;"
    " BEGIN"
    "  IF (SELECT c.relowner FROM pg_class c WHERE c.oid = 'pg_temp.income_check_import'::regclass)"
    " IS DISTINCT FROM (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user) THEN"
    "   RAISE EXCEPTION 'anju_import_income_checks reads only the table anju_income_import_table made';"
    "  END IF;"
    "  ANALYZE pg_temp.income_check_import;"
    "  ALTER TABLE public.income_checks DISABLE TRIGGER audit_income_checks;"
    "  ALTER TABLE public.income_checks DISABLE TRIGGER income_checks_figures;"
    "  ALTER TABLE public.income_checks DISABLE TRIGGER income_checks_later;"
    // (read once the lock is held: a change of the setting rewrites every check's prior_n, and so either
    // came before and is read here or waits for this import's commit)
    "  n := public.anju_income_drop_months();"
    // The trail of the changed checks, read before they change (anju_audit leaves these keys out:
    // id, row_version, updated_at and the four derived figures).
    "  INSERT INTO public.audit_log (user_id, user_name, action, record_type, record_id, household_id,"
    " changes, db_login)"
    "   SELECT nullif(current_setting('anju.actor_id', true), '')::bigint,"
    " nullif(current_setting('anju.actor', true), ''), 'update', 'income_checks', o.id, NULL,"
    " d.changes::text, session_user"
    "   FROM pg_temp.income_check_import s JOIN public.income_checks o ON o.id = s.id"
    // (with the month and the household named, the server walks the two in id order rather than hashing
    // every month's checks: 2.0–2.3 s against 4.0–6.5 s for a province's month)
    " AND o.household_id = s.household_id AND o.month = s.month"
    "   CROSS JOIN LATERAL (SELECT jsonb_strip_nulls(jsonb_build_object("
    "'checked_on', CASE WHEN o.checked_on IS DISTINCT FROM s.checked_on"
    " THEN jsonb_build_array(o.checked_on, s.checked_on) END,"
    " 'headcount', CASE WHEN o.headcount IS DISTINCT FROM s.headcount"
    " THEN jsonb_build_array(o.headcount, s.headcount) END,"
    " 'income_wages', CASE WHEN o.income_wages IS DISTINCT FROM s.income_wages"
    " THEN jsonb_build_array(o.income_wages, s.income_wages) END,"
    " 'income_business', CASE WHEN o.income_business IS DISTINCT FROM s.income_business"
    " THEN jsonb_build_array(o.income_business, s.income_business) END,"
    " 'income_property', CASE WHEN o.income_property IS DISTINCT FROM s.income_property"
    " THEN jsonb_build_array(o.income_property, s.income_property) END,"
    " 'income_transfers', CASE WHEN o.income_transfers IS DISTINCT FROM s.income_transfers"
    " THEN jsonb_build_array(o.income_transfers, s.income_transfers) END,"
    " 'operating_costs', CASE WHEN o.operating_costs IS DISTINCT FROM s.operating_costs"
    " THEN jsonb_build_array(o.operating_costs, s.operating_costs) END,"
    " 'expense_medical', CASE WHEN o.expense_medical IS DISTINCT FROM s.expense_medical"
    " THEN jsonb_build_array(o.expense_medical, s.expense_medical) END,"
    " 'expense_education', CASE WHEN o.expense_education IS DISTINCT FROM s.expense_education"
    " THEN jsonb_build_array(o.expense_education, s.expense_education) END,"
    " 'expense_disaster', CASE WHEN o.expense_disaster IS DISTINCT FROM s.expense_disaster"
    " THEN jsonb_build_array(o.expense_disaster, s.expense_disaster) END,"
    " 'expense_other', CASE WHEN o.expense_other IS DISTINCT FROM s.expense_other"
    " THEN jsonb_build_array(o.expense_other, s.expense_other) END,"
    " 'checker', CASE WHEN o.checker IS DISTINCT FROM s.checker THEN jsonb_build_array(o.checker, s.checker) "
    "END,"
    " 'source', CASE WHEN o.source IS DISTINCT FROM 'import' THEN jsonb_build_array(o.source, 'import') END,"
    " 'note', CASE WHEN o.note IS DISTINCT FROM s.note THEN jsonb_build_array(o.note, s.note) END"
    ")) AS changes) d"
    "   WHERE d.changes <> '{}'::jsonb;"
    "  UPDATE public.income_checks c SET checked_on = s.checked_on, headcount = s.headcount,"
    " income_wages = s.income_wages, income_business = s.income_business, income_property = "
    "s.income_property,"
    " income_transfers = s.income_transfers, operating_costs = s.operating_costs,"
    " expense_medical = s.expense_medical, expense_education = s.expense_education,"
    " expense_disaster = s.expense_disaster, expense_other = s.expense_other, checker = s.checker,"
    " note = s.note, source = 'import', row_version = c.row_version + 1,"
    " updated_at = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'),"
    " per_capita_annual = ((s.income_wages + s.income_business + s.income_property + s.income_transfers"
    " - s.operating_costs) * 12) / s.headcount,"
    " largest_expense = GREATEST(s.expense_medical, s.expense_education, s.expense_disaster, "
    "s.expense_other),"
    " prior_n = n,"
    " prior_sum = (SELECT CASE WHEN COUNT(*) = n THEN SUM(r.pca) END FROM (SELECT p.per_capita_annual AS pca"
    " FROM public.income_checks p WHERE p.household_id = c.household_id AND p.id <> c.id AND p.month < "
    "c.month"
    " AND p.month >= (c.month - interval '12 months')::date ORDER BY p.month DESC LIMIT n) r)"
    "   FROM pg_temp.income_check_import s"
    "   WHERE c.id = s.id AND c.household_id = s.household_id AND c.month = s.month;"
    "  GET DIAGNOSTICS written = ROW_COUNT;"
    "  SELECT COUNT(*) INTO staged FROM pg_temp.income_check_import WHERE id IS NOT NULL;"
    "  IF written <> staged THEN"
    "   RAISE EXCEPTION 'anju_import_income_checks: % of % checks to replace are no longer on file',"
    " staged - written, staged USING ERRCODE = 'serialization_failure';"
    "  END IF;"
    // The new checks and their trail (anju_audit writes every key of a new row that is not null).
    "  WITH a AS (INSERT INTO public.income_checks (household_id, month, checked_on, headcount, income_wages,"
    " income_business, income_property, income_transfers, operating_costs, expense_medical,"
    " expense_education, expense_disaster, expense_other, checker, source, note, per_capita_annual,"
    " largest_expense, prior_n, prior_sum)"
    "   SELECT s.household_id, s.month, s.checked_on, s.headcount, s.income_wages, s.income_business,"
    " s.income_property, s.income_transfers, s.operating_costs, s.expense_medical, s.expense_education,"
    " s.expense_disaster, s.expense_other, s.checker, 'import', s.note,"
    " ((s.income_wages + s.income_business + s.income_property + s.income_transfers - s.operating_costs) * "
    "12)"
    " / s.headcount, GREATEST(s.expense_medical, s.expense_education, s.expense_disaster, s.expense_other), "
    "n,"
    " (SELECT CASE WHEN COUNT(*) = n THEN SUM(r.pca) END FROM (SELECT p.per_capita_annual AS pca"
    " FROM public.income_checks p WHERE p.household_id = s.household_id AND p.month < s.month"
    " AND p.month >= (s.month - interval '12 months')::date ORDER BY p.month DESC LIMIT n) r)"
    "   FROM pg_temp.income_check_import s WHERE s.id IS NULL"
    "   RETURNING *)"
    "  INSERT INTO public.audit_log (user_id, user_name, action, record_type, record_id, household_id,"
    " changes, db_login)"
    "   SELECT nullif(current_setting('anju.actor_id', true), '')::bigint,"
    " nullif(current_setting('anju.actor', true), ''), 'insert', 'income_checks', a.id, NULL,"
    " jsonb_build_object('id', jsonb_build_array(NULL, a.id), 'household_id',"
    " jsonb_build_array(NULL, a.household_id), 'month', jsonb_build_array(NULL, a.month), 'checked_on',"
    " jsonb_build_array(NULL, a.checked_on), 'headcount', jsonb_build_array(NULL, a.headcount),"
    " 'income_wages', jsonb_build_array(NULL, a.income_wages), 'income_business',"
    " jsonb_build_array(NULL, a.income_business), 'income_property', jsonb_build_array(NULL, "
    "a.income_property),"
    " 'income_transfers', jsonb_build_array(NULL, a.income_transfers), 'operating_costs',"
    " jsonb_build_array(NULL, a.operating_costs), 'expense_medical', jsonb_build_array(NULL, "
    "a.expense_medical),"
    " 'expense_education', jsonb_build_array(NULL, a.expense_education), 'expense_disaster',"
    " jsonb_build_array(NULL, a.expense_disaster), 'expense_other', jsonb_build_array(NULL, a.expense_other),"
    " 'checker', jsonb_build_array(NULL, a.checker), 'source', jsonb_build_array(NULL, a.source), 'note',"
    " jsonb_build_array(NULL, a.note))::text, session_user"
    "   FROM a;"
    "  GET DIAGNOSTICS added = ROW_COUNT;"
    // The later months whose sums take a written month in: only when the import is not of the latest
    // months on file (a month's sheet usually is).
    "  IF EXISTS (SELECT 1 FROM public.income_checks WHERE month >"
    " (SELECT MIN(month) FROM pg_temp.income_check_import)) THEN"
    "   UPDATE public.income_checks c SET prior_n = n,"
    " prior_sum = (SELECT CASE WHEN COUNT(*) = n THEN SUM(r.pca) END FROM (SELECT p.per_capita_annual AS pca"
    " FROM public.income_checks p WHERE p.household_id = c.household_id AND p.id <> c.id AND p.month < "
    "c.month"
    " AND p.month >= (c.month - interval '12 months')::date ORDER BY p.month DESC LIMIT n) r)"
    "   FROM (SELECT DISTINCT household_id, month FROM pg_temp.income_check_import) w"
    "   WHERE c.household_id = w.household_id AND c.month > w.month"
    " AND c.month <= (w.month + interval '12 months')::date;"
    "  END IF;"
    "  ALTER TABLE public.income_checks ENABLE TRIGGER audit_income_checks;"
    "  ALTER TABLE public.income_checks ENABLE TRIGGER income_checks_figures;"
    "  ALTER TABLE public.income_checks ENABLE TRIGGER income_checks_later;"
    "  RETURN written + added;"
    " END $$";

} // namespace

Migration v019ServerIncomeImport()
{
    // Nothing on SQLite: its import writes row by row in one transaction, with one event in the trail.
    return {19,
            "the server writes a month's imported income checks in one call",
            {},
            {QString::fromLatin1(TableSql), QString::fromLatin1(FunctionSql)}};
}

} // namespace anju
