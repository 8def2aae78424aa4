#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

#include <utility>

namespace anju {

namespace {

// Version 15: the monthly income check, monitoring households and the safety net (issue 18), every table of
// the workflow at once so that the check entry, monitoring and safety-net work can be built on one schema.
//
// Conventions, as in versions 13 and 14: money in fen (BIGINT, never a float); what changes over time is a
// dated row holding on day D when valid_from <= D and (valid_to IS NULL OR valid_to > D); nothing is deleted
// to end it. Flags (below the line, a drop, a large expense), findings (应纳尽纳, 应兜尽兜) and "missing this
// month" are computed from the rows and the settings at read time, never stored: a stored flag would be wrong
// the day the line or a threshold changes, and a past month could not be counted as it was. Enumerations
// are CHECK lists written with OR (version 1: SQLite makes a temporary index for an IN list).
QStringList incomeSchema()
{
    return {
        // 月度收支核查: one check per household and month (month = its first day). Income by kind and the
        // household's costs of earning it (经营费用) over the month; the large expenditures by kind, which
        // the large-expense flag reads; headcount = the people the per-capita figure divides by, taken from
        // the household's active members on the check day and kept, so a later move does not change an old
        // month's per-capita income. source: typed on the entry grid or imported from the office's sheet.
        QStringLiteral("CREATE TABLE income_checks ("
                       " id ${ID},"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " month ${DATE} NOT NULL,"
                       " checked_on ${DATE} NOT NULL,"
                       " headcount INTEGER NOT NULL CHECK (headcount > 0),"
                       " income_wages BIGINT NOT NULL DEFAULT 0 CHECK (income_wages >= 0),"
                       " income_business BIGINT NOT NULL DEFAULT 0 CHECK (income_business >= 0),"
                       " income_property BIGINT NOT NULL DEFAULT 0 CHECK (income_property >= 0),"
                       " income_transfers BIGINT NOT NULL DEFAULT 0 CHECK (income_transfers >= 0),"
                       " operating_costs BIGINT NOT NULL DEFAULT 0 CHECK (operating_costs >= 0),"
                       " expense_medical BIGINT NOT NULL DEFAULT 0 CHECK (expense_medical >= 0),"
                       " expense_education BIGINT NOT NULL DEFAULT 0 CHECK (expense_education >= 0),"
                       " expense_disaster BIGINT NOT NULL DEFAULT 0 CHECK (expense_disaster >= 0),"
                       " expense_other BIGINT NOT NULL DEFAULT 0 CHECK (expense_other >= 0),"
                       " checker TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'entry' CHECK (source = 'entry' OR source = 'import'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " UNIQUE (household_id, month))"),
        // The month's checks of an office or a site are read by month first (flags, missing, the summary).
        QStringLiteral("CREATE INDEX income_checks_month ON income_checks (month, household_id)"),
    };
}

QStringList monitoringSchema()
{
    return {
        // 监测户: one row per time a household is taken into the monitoring workflow (防返贫监测). It holds
        // the discovery (when, how, and the check, visit or case that raised it), the category, where the
        // entry procedure stands (state, kept on the row for fast lists in the same transaction as its
        // step, as party members keep their stage), and the dated outcome: entered_on (纳入), declined_on
        // with the reason (reviewed and not taken in: no longer a 应纳尽纳 finding for the month reviewed),
        // eliminated_on (风险消除). A household is monitored on day D when entered_on <= D and
        // (eliminated_on IS NULL OR eliminated_on > D). A later relapse is a new row.
        QStringLiteral(
            "CREATE TABLE monitoring_cases ("
            " id ${ID},"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " category TEXT NOT NULL CHECK (category = 'unstable_out_of_poverty'"
            "  OR category = 'marginal_at_risk' OR category = 'sudden_hardship'),"
            " discovered_on ${DATE} NOT NULL,"
            " discovery TEXT NOT NULL CHECK (discovery = 'income_flag' OR discovery = 'visit'"
            "  OR discovery = 'case' OR discovery = 'self_report' OR discovery = 'department'),"
            " income_check_id BIGINT REFERENCES income_checks(id) ON DELETE RESTRICT,"
            " visit_id BIGINT REFERENCES visits(id) ON DELETE RESTRICT,"
            " case_id BIGINT REFERENCES grid_cases(id) ON DELETE RESTRICT,"
            " department TEXT NOT NULL DEFAULT '',"
            " description TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL CHECK (state = 'entry_review' OR state = 'declined' OR state = 'monitored'"
            "  OR state = 'elimination_review' OR state = 'eliminated'),"
            " state_date ${DATE} NOT NULL,"
            " entered_on ${DATE},"
            " declined_on ${DATE},"
            " decline_reason TEXT NOT NULL DEFAULT '',"
            " eliminated_on ${DATE},"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
            " CHECK (declined_on IS NULL OR decline_reason <> ''),"
            " CHECK (entered_on IS NULL OR declined_on IS NULL),"
            " CHECK (eliminated_on IS NULL OR (entered_on IS NOT NULL AND eliminated_on >= entered_on)))"),
        QStringLiteral(
            "CREATE INDEX monitoring_cases_household ON monitoring_cases (household_id, discovered_on)"),
        QStringLiteral("CREATE INDEX monitoring_cases_state ON monitoring_cases (state, state_date)"),
        QStringLiteral("CREATE INDEX monitoring_cases_entered ON monitoring_cases (entered_on)"),
        // At most one monitoring case per household that is neither declined nor eliminated.
        QStringLiteral("CREATE UNIQUE INDEX monitoring_cases_open ON monitoring_cases (household_id)"
                       " WHERE state <> 'declined' AND state <> 'eliminated'"),
        // The risks found (a household may have several): illness, disability, schooling costs, disaster,
        // accident, a failed business, unstable work, other (described).
        QStringLiteral("CREATE TABLE monitoring_risks ("
                       " id ${ID},"
                       " case_id BIGINT NOT NULL REFERENCES monitoring_cases(id) ON DELETE RESTRICT,"
                       " risk TEXT NOT NULL CHECK (risk = 'illness' OR risk = 'disability'"
                       "  OR risk = 'schooling' OR risk = 'disaster' OR risk = 'accident'"
                       "  OR risk = 'business_failure' OR risk = 'unstable_work' OR risk = 'other'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (case_id, risk))"),
        // The procedure's steps, for taking a household in (phase entry) and for its risk elimination (phase
        // elimination): 入户核实 home_check → 村(社区)评议 village_review → 公示 public_notice → 乡镇审核
        // township_review → 县级审定 county_approval. Each row is one step with the day it began, the day
        // it was decided, who decided and the decision (NULL while pending). The notice step also has its
        // period: notice_from .. notice_to inclusive; its approval is refused in core until the period is
        // over (MonitoringRules: at least the set number of calendar or working days).
        QStringLiteral(
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
            " CHECK ((decision IS NULL) = (decided_on IS NULL)),"
            " CHECK (decided_on IS NULL OR decided_on >= started_on),"
            " CHECK ((step = 'public_notice') = (notice_from IS NOT NULL AND notice_to IS NOT NULL)),"
            " CHECK (notice_to IS NULL OR notice_to >= notice_from),"
            " UNIQUE (case_id, phase, step))"),
        QStringLiteral("CREATE INDEX monitoring_steps_pending ON monitoring_steps (step, decided_on)"),
        // Objections received during a notice period 公示异议, and how each was handled.
        QStringLiteral("CREATE TABLE monitoring_objections ("
                       " id ${ID},"
                       " step_id BIGINT NOT NULL REFERENCES monitoring_steps(id) ON DELETE RESTRICT,"
                       " received_on ${DATE} NOT NULL,"
                       " raised_by TEXT NOT NULL DEFAULT '',"
                       " content TEXT NOT NULL CHECK (content <> ''),"
                       " handling TEXT NOT NULL DEFAULT '',"
                       " settled_on ${DATE},"
                       " CHECK (settled_on IS NULL OR settled_on >= received_on))"),
        QStringLiteral("CREATE INDEX monitoring_objections_step ON monitoring_objections (step_id)"),
        // Assistance measures 帮扶措施 for a monitored household: what, by whom, from when (to when).
        QStringLiteral("CREATE TABLE monitoring_measures ("
                       " id ${ID},"
                       " case_id BIGINT NOT NULL REFERENCES monitoring_cases(id) ON DELETE RESTRICT,"
                       " measure TEXT NOT NULL CHECK (measure = 'industry' OR measure = 'employment'"
                       "  OR measure = 'health' OR measure = 'education' OR measure = 'housing'"
                       "  OR measure = 'safety_net' OR measure = 'relief' OR measure = 'other'),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX monitoring_measures_case ON monitoring_measures (case_id, valid_from)"),
        // The office's holidays and its made-up working days (调休), for a notice period counted in working
        // days: a weekday is a working day unless listed as a holiday, a weekend day is not unless listed as
        // a workday.
        QStringLiteral("CREATE TABLE office_calendar ("
                       " id ${ID},"
                       " day ${DATE} NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind = 'holiday' OR kind = 'workday'),"
                       " name TEXT NOT NULL DEFAULT '')"),
    };
}

QStringList safetyNetSchema()
{
    return {
        // 兜底保障: a person's enrolment in a scheme (低保, 特困供养, 残疾人两项补贴, 临时救助 … — the keys
        // are the office's list in settings `safetynet.scheme.<key>`, checked in core, so no CHECK list
        // here). Monthly amount, or a one-off amount (临时救助) paid on valid_from.
        QStringLiteral("CREATE TABLE safety_net_enrolments ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " scheme TEXT NOT NULL CHECK (scheme <> ''),"
                       " amount BIGINT NOT NULL CHECK (amount >= 0),"
                       " amount_kind TEXT NOT NULL DEFAULT 'monthly'"
                       "  CHECK (amount_kind = 'monthly' OR amount_kind = 'one_off'),"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " end_reason TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral(
            "CREATE INDEX safety_net_enrolments_person ON safety_net_enrolments (person_id, valid_from)"),
        QStringLiteral(
            "CREATE INDEX safety_net_enrolments_scheme ON safety_net_enrolments (scheme, valid_from)"),
        // Why a person who would be a 应兜尽兜 finding is not enrolled (income above the 低保 standard,
        // refused,
        // supported by family …), dated: the finding is silenced while the reason holds.
        QStringLiteral("CREATE TABLE safety_net_exemptions ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " reason TEXT NOT NULL CHECK (reason <> ''),"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral(
            "CREATE INDEX safety_net_exemptions_person ON safety_net_exemptions (person_id, valid_from)"),
    };
}

// The defaults of the rules' figures, each a setting the office may change on the settings page.
QStringList followUpDefaults()
{
    return {
        // The monitoring line 防返贫监测标准, yuan per person per year, per year with its source: the
        // national figure of 2021 (DOMAIN.md). Provinces set later years; a year with no line of its own
        // is judged by the latest earlier year's line, and the pages say so.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.line.2021', '6000')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.line_source.2021',"
                       " '国家乡村振兴局 2021 年防止返贫监测范围')"),
        // A drop: this month's per-capita net income below the average of the household's last
        // income.drop_months checked months by more than income.drop_percent; fewer months, no drop flag.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.drop_percent', '30')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.drop_months', '3')"),
        // A large expense: one month's medical, education, disaster or other expenditure over this, yuan.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('income.large_expense', '10000')"),
        // The 公示 notice period: at least this many days, counted as calendar or working days.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('monitoring.notice_days', '5')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('monitoring.notice_day_kind', 'calendar')"),
        // Days each step may take before it is overdue (counties differ: 15 days, 20 working days).
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('monitoring.step_days.home_check', '7')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('monitoring.step_days.village_review', '7')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('monitoring.step_days.township_review', '7')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('monitoring.step_days.county_approval', '15')"),
        // The safety-net schemes, key → the name the pages print.
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('safetynet.scheme.dibao', '最低生活保障（低保）')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('safetynet.scheme.tekun', '特困人员供养')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('safetynet.scheme.disability_subsidy', "
                       "'残疾人两项补贴')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('safetynet.scheme.temporary_relief', '临时救助')"),
    };
}

const QList<std::pair<const char*, QStringList>>& auditedTablesV15()
{
    static const QList<std::pair<const char*, QStringList>> tables = {
        {"income_checks",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("month"),
          QStringLiteral("checked_on"), QStringLiteral("headcount"), QStringLiteral("income_wages"),
          QStringLiteral("income_business"), QStringLiteral("income_property"),
          QStringLiteral("income_transfers"), QStringLiteral("operating_costs"),
          QStringLiteral("expense_medical"), QStringLiteral("expense_education"),
          QStringLiteral("expense_disaster"), QStringLiteral("expense_other"), QStringLiteral("checker"),
          QStringLiteral("source"), QStringLiteral("note"), QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"monitoring_cases",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("category"),
          QStringLiteral("discovered_on"), QStringLiteral("discovery"), QStringLiteral("income_check_id"),
          QStringLiteral("visit_id"), QStringLiteral("case_id"), QStringLiteral("department"),
          QStringLiteral("description"), QStringLiteral("state"), QStringLiteral("state_date"),
          QStringLiteral("entered_on"), QStringLiteral("declined_on"), QStringLiteral("decline_reason"),
          QStringLiteral("eliminated_on"), QStringLiteral("row_version"), QStringLiteral("updated_at")}},
        {"monitoring_risks",
         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("risk"), QStringLiteral("note")}},
        {"monitoring_steps",
         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("phase"), QStringLiteral("step"),
          QStringLiteral("started_on"), QStringLiteral("notice_from"), QStringLiteral("notice_to"),
          QStringLiteral("decided_on"), QStringLiteral("decision"), QStringLiteral("decided_by"),
          QStringLiteral("note"), QStringLiteral("recorded_at")}},
        {"monitoring_objections",
         {QStringLiteral("id"), QStringLiteral("step_id"), QStringLiteral("received_on"),
          QStringLiteral("raised_by"), QStringLiteral("content"), QStringLiteral("handling"),
          QStringLiteral("settled_on")}},
        {"monitoring_measures",
         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("measure"),
          QStringLiteral("description"), QStringLiteral("provider"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to")}},
        {"office_calendar",
         {QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("name")}},
        {"safety_net_enrolments",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("scheme"),
          QStringLiteral("amount"), QStringLiteral("amount_kind"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("end_reason"), QStringLiteral("note"),
          QStringLiteral("row_version")}},
        {"safety_net_exemptions",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("reason"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to")}},
    };
    return tables;
}

// As in version 14: the defaults are the schema's, written with the settings' insert trigger out of the way
// on SQLite, which is then made again as version 6 made it.
QStringList defaultsOnSqlite()
{
    return QStringList{QStringLiteral("DROP TRIGGER IF EXISTS \"audit_settings_insert\"")} +
           followUpDefaults() +
           AuditTriggersV6::sqlite(QStringLiteral("settings"),
                                   {QStringLiteral("key"), QStringLiteral("value")});
}

QStringList schemaOn(bool server)
{
    QStringList statements = incomeSchema() + monitoringSchema() + safetyNetSchema() +
                             (server ? followUpDefaults() : defaultsOnSqlite());
    for (const auto& [table, columns] : auditedTablesV15()) {
        if (server)
            statements.append(AuditTriggersV6::postgres(QLatin1String(table)));
        else
            statements += AuditTriggersV6::sqlite(QLatin1String(table), columns);
    }
    return statements;
}

} // namespace

Migration v015FollowUp()
{
    return {15,
            "follow-up: monthly income checks, monitoring households with their steps, objections and "
            "measures, the office calendar, safety-net enrolments and exemptions",
            schemaOn(false), schemaOn(true)};
}

} // namespace anju
