#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

#include <utility>

namespace anju {

namespace {

// Version 14: grid management, visits and cases (issue 17), every table of the workflow at once so that the
// grids and the visits work can be built on one schema.
//
// Conventions, the same as the party records': everything that changes over time is a dated row, and a
// row holds on a day D when valid_from <= D and (valid_to IS NULL OR valid_to > D) — valid_to is the first
// day it no longer holds, so a move on day D ends the old row and starts the new one on the same day with
// neither gap nor overlap. Nothing is ever deleted to end it. Due, overdue and missing are computed from
// dates at read time: no table stores an "overdue" flag (a stored flag is wrong the day after it is
// written, and a past month could not be counted as it was). Enumerations are CHECK lists written with OR
// (see version 1: SQLite builds a temporary index for every IN list). The current state of a case is kept
// on its row for fast lists, in the same transaction as its dated event, as party members keep their stage.
QStringList gridsSchema()
{
    return {
        // A grid 网格 of one site. Its code follows CJ/T 349: county (6) + township (3) + community (3) +
        // sequence (2) = 14 digits; the digits and the county are checked by GridRules, the length here.
        QStringLiteral("CREATE TABLE grids ("
                       " id ${ID},"
                       " code TEXT NOT NULL UNIQUE CHECK (length(code) = 14),"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX grids_site ON grids (site_id, valid_from)"),
        // What a grid covers: a whole building (unit_id NULL) or one unit of it. A unit row wins over its
        // building's row, so a building can be split between grids by unit. A household's grid is derived
        // from its dwelling through these rows (or an exception below), never stored on the household, so
        // reassigning a building moves its households at once and the old rows are their history.
        QStringLiteral("CREATE TABLE grid_coverage ("
                       " id ${ID},"
                       " grid_id BIGINT NOT NULL REFERENCES grids(id) ON DELETE RESTRICT,"
                       " building_id BIGINT NOT NULL REFERENCES buildings(id) ON DELETE RESTRICT,"
                       " unit_id BIGINT REFERENCES building_units(id) ON DELETE RESTRICT,"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX grid_coverage_grid ON grid_coverage (grid_id, valid_from)"),
        QStringLiteral("CREATE INDEX grid_coverage_building ON grid_coverage (building_id, valid_from)"),
        QStringLiteral("CREATE INDEX grid_coverage_unit ON grid_coverage (unit_id, valid_from)"),
        // At most one open row per whole building and per unit, even when two desks save at once.
        QStringLiteral("CREATE UNIQUE INDEX grid_coverage_open_building ON grid_coverage (building_id)"
                       " WHERE unit_id IS NULL AND valid_to IS NULL"),
        QStringLiteral(
            "CREATE UNIQUE INDEX grid_coverage_open_unit ON grid_coverage (unit_id) WHERE valid_to IS NULL"),
        // A household placed in another grid than its dwelling's (or one with no dwelling), explicitly,
        // dated and with the reason: the exception wins over the coverage while it holds.
        QStringLiteral("CREATE TABLE grid_household_exceptions ("
                       " id ${ID},"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " grid_id BIGINT NOT NULL REFERENCES grids(id) ON DELETE RESTRICT,"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " reason TEXT NOT NULL CHECK (reason <> ''),"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX grid_household_exceptions_household"
                       " ON grid_household_exceptions (household_id, valid_from)"),
        QStringLiteral(
            "CREATE INDEX grid_household_exceptions_grid ON grid_household_exceptions (grid_id, valid_from)"),
        QStringLiteral("CREATE UNIQUE INDEX grid_household_exceptions_open"
                       " ON grid_household_exceptions (household_id) WHERE valid_to IS NULL"),
        // Grid staff by role: 网格长 grid_leader, 网格员 grid_worker, 楼栋长 building_leader (with the
        // building), 单元长 unit_leader (with the unit), 党员中心户 party_member_household. Each a resident
        // (person_id) or an outside cadre (name and phone); party_member_id links a staff member who is on
        // the party roll. The row is the staff member's stay in the grid: handing over ends it.
        QStringLiteral(
            "CREATE TABLE grid_staff ("
            " id ${ID},"
            " grid_id BIGINT NOT NULL REFERENCES grids(id) ON DELETE RESTRICT,"
            " role TEXT NOT NULL CHECK (role = 'grid_leader' OR role = 'grid_worker'"
            "  OR role = 'building_leader' OR role = 'unit_leader' OR role = 'party_member_household'),"
            " origin TEXT NOT NULL CHECK (origin = 'resident' OR origin = 'outside_cadre'),"
            " person_id BIGINT REFERENCES persons(id) ON DELETE RESTRICT,"
            " party_member_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
            " cadre_name TEXT NOT NULL DEFAULT '',"
            " work_unit TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '',"
            " building_id BIGINT REFERENCES buildings(id) ON DELETE RESTRICT,"
            " unit_id BIGINT REFERENCES building_units(id) ON DELETE RESTRICT,"
            " valid_from ${DATE} NOT NULL,"
            " valid_to ${DATE},"
            " end_reason TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " CHECK ((origin = 'resident') = (person_id IS NOT NULL)),"
            " CHECK (origin = 'resident' OR cadre_name <> ''),"
            " CHECK (role <> 'building_leader' OR building_id IS NOT NULL),"
            " CHECK (role <> 'unit_leader' OR unit_id IS NOT NULL),"
            " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX grid_staff_grid ON grid_staff (grid_id, role, valid_from)"),
        QStringLiteral("CREATE INDEX grid_staff_person ON grid_staff (person_id)"),
        QStringLiteral("CREATE INDEX grid_staff_member ON grid_staff (party_member_id)"),
        // 结对帮扶: a household paired with a party member, a grid staff member (a cadre on the staff) or a
        // cadre known only by name and phone; dated, so a handover ends one pairing and starts another.
        QStringLiteral(
            "CREATE TABLE pairings ("
            " id ${ID},"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " partner_kind TEXT NOT NULL CHECK (partner_kind = 'party_member' OR partner_kind = 'staff'"
            "  OR partner_kind = 'cadre'),"
            " party_member_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
            " staff_id BIGINT REFERENCES grid_staff(id) ON DELETE RESTRICT,"
            " cadre_name TEXT NOT NULL DEFAULT '',"
            " work_unit TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '',"
            " valid_from ${DATE} NOT NULL,"
            " valid_to ${DATE},"
            " end_reason TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " CHECK ((partner_kind = 'party_member') = (party_member_id IS NOT NULL)),"
            " CHECK ((partner_kind = 'staff') = (staff_id IS NOT NULL)),"
            " CHECK (partner_kind <> 'cadre' OR cadre_name <> ''),"
            " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral("CREATE INDEX pairings_household ON pairings (household_id, valid_from)"),
        QStringLiteral("CREATE INDEX pairings_member ON pairings (party_member_id, valid_from)"),
        QStringLiteral("CREATE INDEX pairings_staff ON pairings (staff_id, valid_from)"),
        // Each contact the pairing cadre made (五个到户): the "no contact for a period" finding reads these.
        QStringLiteral("CREATE TABLE pairing_contacts ("
                       " id ${ID},"
                       " pairing_id BIGINT NOT NULL REFERENCES pairings(id) ON DELETE RESTRICT,"
                       " contact_date ${DATE} NOT NULL,"
                       " way TEXT NOT NULL CHECK (way = 'home_visit' OR way = 'phone' OR way = 'message'"
                       "  OR way = 'meeting' OR way = 'other'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral(
            "CREATE INDEX pairing_contacts_pairing ON pairing_contacts (pairing_id, contact_date)"),
        QStringLiteral("CREATE INDEX pairing_contacts_date ON pairing_contacts (contact_date)"),
        // The care categories DOMAIN.md names, per person and dated (a hospital stay ends; a child stops
        // being left behind): 留守儿童 left_behind_child, 孤寡老人 elderly_alone, 失能 loss_of_self_care,
        // 大病 seriously_ill, 住院 hospitalised, 残疾 disabled. 四必访 targets are derived from them.
        QStringLiteral(
            "CREATE TABLE person_care_categories ("
            " id ${ID},"
            " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
            " category TEXT NOT NULL CHECK (category = 'left_behind_child' OR category = 'elderly_alone'"
            "  OR category = 'loss_of_self_care' OR category = 'seriously_ill' OR category = 'hospitalised'"
            "  OR category = 'disabled'),"
            " valid_from ${DATE} NOT NULL,"
            " valid_to ${DATE},"
            " note TEXT NOT NULL DEFAULT '',"
            " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral(
            "CREATE INDEX person_care_categories_person ON person_care_categories (person_id, valid_from)"),
        QStringLiteral("CREATE INDEX person_care_categories_category"
                       " ON person_care_categories (category, valid_from)"),
        // A household marked as a difficult family 困难家庭 by hand, dated with the reason: the 四必访
        // source until the monitoring and safety-net workflows exist (they then add their own households).
        QStringLiteral("CREATE TABLE household_care_marks ("
                       " id ${ID},"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " mark TEXT NOT NULL CHECK (mark = 'difficult_family'),"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral(
            "CREATE INDEX household_care_marks_household ON household_care_marks (household_id, valid_from)"),
        QStringLiteral("CREATE INDEX household_care_marks_mark ON household_care_marks (mark, valid_from)"),
    };
}

// Cases 网格事件 with their dated events, then tasks and visits (a task may come from a case).
QStringList casesAndVisitsSchema()
{
    return {
        // Kinds: 矛盾调处 dispute_mediation, 问题排查 problem_screening, 综治维稳 stability, 政策宣传
        // policy_publicity, 服务直通车 service_request, 民情气象站 public_sentiment. handler_level is the
        // escalation chain's step (网格员 → 网格长 → 负责人). The deadline is set from the kind's setting
        // when
        // received and kept, so a later change of the setting does not move an open case's deadline.
        QStringLiteral(
            "CREATE TABLE grid_cases ("
            " id ${ID},"
            " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
            " grid_id BIGINT REFERENCES grids(id) ON DELETE RESTRICT,"
            " kind TEXT NOT NULL CHECK (kind = 'dispute_mediation' OR kind = 'problem_screening'"
            "  OR kind = 'stability' OR kind = 'policy_publicity' OR kind = 'service_request'"
            "  OR kind = 'public_sentiment'),"
            " title TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " reporter_person_id BIGINT REFERENCES persons(id) ON DELETE RESTRICT,"
            " reporter_name TEXT NOT NULL DEFAULT '',"
            " reporter_phone TEXT NOT NULL DEFAULT '',"
            " received_on ${DATE} NOT NULL,"
            " handler_staff_id BIGINT REFERENCES grid_staff(id) ON DELETE RESTRICT,"
            " handler_level TEXT NOT NULL DEFAULT 'grid_worker' CHECK (handler_level = 'grid_worker'"
            "  OR handler_level = 'grid_leader' OR handler_level = 'manager'),"
            " state TEXT NOT NULL DEFAULT 'received' CHECK (state = 'received' OR state = 'in_progress'"
            "  OR state = 'resolved' OR state = 'escalated' OR state = 'referred'),"
            " state_date ${DATE} NOT NULL,"
            " deadline ${DATE} NOT NULL,"
            " resolved_on ${DATE},"
            " result TEXT NOT NULL DEFAULT '',"
            " satisfaction TEXT CHECK (satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied'"
            "  OR satisfaction = 'dissatisfied'),"
            " referred_department TEXT NOT NULL DEFAULT '',"
            " referral_state TEXT CHECK (referral_state = 'pending' OR referral_state = 'accepted'"
            "  OR referral_state = 'returned'),"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
            " CHECK (deadline >= received_on),"
            " CHECK ((state = 'resolved') = (resolved_on IS NOT NULL)))"),
        // The cases board and the month's figures: by state, by the day received, by deadline (overdue).
        QStringLiteral("CREATE INDEX grid_cases_state ON grid_cases (state, received_on)"),
        QStringLiteral("CREATE INDEX grid_cases_received ON grid_cases (received_on)"),
        QStringLiteral("CREATE INDEX grid_cases_deadline ON grid_cases (deadline)"),
        QStringLiteral("CREATE INDEX grid_cases_grid ON grid_cases (grid_id, received_on)"),
        QStringLiteral("CREATE INDEX grid_cases_site ON grid_cases (site_id, received_on)"),
        QStringLiteral("CREATE INDEX grid_cases_handler ON grid_cases (handler_staff_id, state)"),
        // Every step of a case, dated: each state change, each escalation step with the level reached, a
        // referral and the department's answer. A past month's figures are counted from these.
        QStringLiteral(
            "CREATE TABLE grid_case_events ("
            " id ${ID},"
            " case_id BIGINT NOT NULL REFERENCES grid_cases(id) ON DELETE RESTRICT,"
            " event_date ${DATE} NOT NULL,"
            " event TEXT NOT NULL CHECK (event = 'received' OR event = 'assigned' OR event = 'started'"
            "  OR event = 'resolved' OR event = 'escalated' OR event = 'referred'"
            "  OR event = 'referral_accepted' OR event = 'referral_returned' OR event = 'reopened'"
            "  OR event = 'note'),"
            " from_state TEXT CHECK (from_state = 'received' OR from_state = 'in_progress'"
            "  OR from_state = 'resolved' OR from_state = 'escalated' OR from_state = 'referred'),"
            " to_state TEXT CHECK (to_state = 'received' OR to_state = 'in_progress'"
            "  OR to_state = 'resolved' OR to_state = 'escalated' OR to_state = 'referred'),"
            " handler_level TEXT CHECK (handler_level = 'grid_worker' OR handler_level = 'grid_leader'"
            "  OR handler_level = 'manager'),"
            " staff_id BIGINT REFERENCES grid_staff(id) ON DELETE RESTRICT,"
            " department TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE INDEX grid_case_events_case ON grid_case_events (case_id, event_date)"),
        QStringLiteral("CREATE INDEX grid_case_events_event ON grid_case_events (event, event_date)"),
        QStringLiteral("CREATE TABLE grid_case_households ("
                       " case_id BIGINT NOT NULL REFERENCES grid_cases(id) ON DELETE RESTRICT,"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " PRIMARY KEY (case_id, household_id))"),
        QStringLiteral("CREATE INDEX grid_case_households_household ON grid_case_households (household_id)"),
        QStringLiteral("CREATE TABLE grid_case_persons ("
                       " case_id BIGINT NOT NULL REFERENCES grid_cases(id) ON DELETE RESTRICT,"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " PRIMARY KEY (case_id, person_id))"),
        QStringLiteral("CREATE INDEX grid_case_persons_person ON grid_case_persons (person_id)"),
        // A visit that must be made: 四必访 must_visit (reason: the target kind) or 三必到 must_attend
        // (reason: the trigger). Due from due_from, overdue when a day after overdue_after has come and it is
        // neither closed nor cancelled — computed, never stored. Several open tasks of the same kind for one
        // household are allowed and never overwrite each other. The assignee (a grid staff member or a
        // party member) is what a handover moves. closed_by_visit_id names the visit that answered it; it
        // has no foreign key because visits reference tasks (task_id) and PostgreSQL cannot make a key to
        // a table that does not exist yet; the service writes both in one transaction.
        QStringLiteral(
            "CREATE TABLE visit_tasks ("
            " id ${ID},"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " person_id BIGINT REFERENCES persons(id) ON DELETE RESTRICT,"
            " kind TEXT NOT NULL CHECK (kind = 'must_visit' OR kind = 'must_attend'),"
            " reason TEXT NOT NULL CHECK (reason = 'difficult_family' OR reason = 'hospitalised'"
            "  OR reason = 'loss_of_self_care' OR reason = 'elderly_alone' OR reason = 'emergency'"
            "  OR reason = 'discontent' OR reason = 'family_dispute'),"
            " source TEXT NOT NULL CHECK (source = 'rule' OR source = 'trigger' OR source = 'case'"
            "  OR source = 'manual'),"
            " care_category_id BIGINT REFERENCES person_care_categories(id) ON DELETE RESTRICT,"
            " care_mark_id BIGINT REFERENCES household_care_marks(id) ON DELETE RESTRICT,"
            " case_id BIGINT REFERENCES grid_cases(id) ON DELETE RESTRICT,"
            " assignee_staff_id BIGINT REFERENCES grid_staff(id) ON DELETE RESTRICT,"
            " assignee_member_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
            " due_from ${DATE} NOT NULL,"
            " overdue_after ${DATE} NOT NULL,"
            " closed_by_visit_id BIGINT,"
            " closed_on ${DATE},"
            " cancelled_on ${DATE},"
            " cancel_reason TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " CHECK (overdue_after >= due_from),"
            " CHECK ((kind = 'must_visit') = (reason = 'difficult_family' OR reason = 'hospitalised'"
            "  OR reason = 'loss_of_self_care' OR reason = 'elderly_alone')),"
            " CHECK (assignee_staff_id IS NULL OR assignee_member_id IS NULL),"
            " CHECK ((closed_by_visit_id IS NULL) = (closed_on IS NULL)),"
            " CHECK (cancelled_on IS NULL OR cancel_reason <> ''),"
            " CHECK (cancelled_on IS NULL OR closed_on IS NULL))"),
        // The month's plan: tasks by due dates, per assignee, per household.
        QStringLiteral("CREATE INDEX visit_tasks_due ON visit_tasks (due_from, overdue_after)"),
        QStringLiteral("CREATE INDEX visit_tasks_overdue ON visit_tasks (overdue_after)"),
        QStringLiteral("CREATE INDEX visit_tasks_household ON visit_tasks (household_id, kind, due_from)"),
        QStringLiteral("CREATE INDEX visit_tasks_staff ON visit_tasks (assignee_staff_id, due_from)"),
        QStringLiteral("CREATE INDEX visit_tasks_member ON visit_tasks (assignee_member_id, due_from)"),
        QStringLiteral("CREATE INDEX visit_tasks_care ON visit_tasks (care_category_id)"),
        QStringLiteral("CREATE INDEX visit_tasks_case ON visit_tasks (case_id)"),
        // A visit 走访: who went (a grid staff member, a party member, or a cadre by name), whom (the
        // household and maybe one person), when, kind, why, what was found and the follow-up; task_id is
        // the task it answers (that task's closed_by_visit_id names it back).
        QStringLiteral(
            "CREATE TABLE visits ("
            " id ${ID},"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " person_id BIGINT REFERENCES persons(id) ON DELETE RESTRICT,"
            " visitor_kind TEXT NOT NULL CHECK (visitor_kind = 'staff' OR visitor_kind = 'party_member'"
            "  OR visitor_kind = 'cadre'),"
            " visitor_staff_id BIGINT REFERENCES grid_staff(id) ON DELETE RESTRICT,"
            " visitor_member_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
            " visitor_name TEXT NOT NULL DEFAULT '',"
            " visit_date ${DATE} NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind = 'must_visit' OR kind = 'must_attend' OR kind = 'pairing'"
            "  OR kind = 'case' OR kind = 'routine'),"
            " reason TEXT NOT NULL DEFAULT '',"
            " findings TEXT NOT NULL DEFAULT '',"
            " follow_up TEXT NOT NULL DEFAULT '',"
            " task_id BIGINT REFERENCES visit_tasks(id) ON DELETE RESTRICT,"
            " case_id BIGINT REFERENCES grid_cases(id) ON DELETE RESTRICT,"
            " pairing_id BIGINT REFERENCES pairings(id) ON DELETE RESTRICT,"
            " recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " CHECK ((visitor_kind = 'staff') = (visitor_staff_id IS NOT NULL)),"
            " CHECK ((visitor_kind = 'party_member') = (visitor_member_id IS NOT NULL)),"
            " CHECK (visitor_kind <> 'cadre' OR visitor_name <> ''))"),
        QStringLiteral("CREATE INDEX visits_date ON visits (visit_date)"),
        QStringLiteral("CREATE INDEX visits_household ON visits (household_id, visit_date)"),
        QStringLiteral("CREATE INDEX visits_person ON visits (person_id, visit_date)"),
        QStringLiteral("CREATE INDEX visits_staff ON visits (visitor_staff_id, visit_date)"),
        QStringLiteral("CREATE INDEX visits_member ON visits (visitor_member_id, visit_date)"),
        // One visit answers one task at most.
        QStringLiteral("CREATE UNIQUE INDEX visits_task ON visits (task_id)"),
        QStringLiteral("CREATE INDEX visits_case ON visits (case_id)"),
    };
}

// The visit rules as data, with their defaults (DOMAIN.md: "frequency configurable, e.g. monthly"; an office
// changes them in settings). Frequencies are a number and a unit: '1m' one calendar month, '14d' fourteen
// days. Everything else is a count of days.
QStringList visitRuleDefaults()
{
    return {
        // 四必访: difficult families, hospitalised patients, people who lost self-care, elderly living alone.
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.must_visit.difficult_family', '1m')"),
        // A hospital stay is short: a weekly visit, or the stay ends unvisited.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.must_visit.hospitalised', '7d')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.must_visit.loss_of_self_care', '1m')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.must_visit.elderly_alone', '1m')"),
        // 三必到: days from the trigger to the visit; an emergency the same or the next day.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.must_attend_days.emergency', '1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.must_attend_days.discontent', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.must_attend_days.family_dispute', '3')"),
        // Case deadlines per kind, days from receipt.
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.dispute_mediation', '15')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.problem_screening', '7')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.stability', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.policy_publicity', '30')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.service_request', '7')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.case_deadline_days.public_sentiment', '15')"),
        // A paired household with no contact for this many days is a finding (五个到户).
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.no_contact_days', '60')"),
        // The escalation chain: days after the deadline at which an open case goes to the grid leader, and
        // days after that at which it goes to the centre's head 负责人.
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('grids.escalate_to_grid_leader_days', '0')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('grids.escalate_to_manager_days', '7')"),
    };
}

// The audited tables of this version, every column in table order (the SQLite triggers name them). The
// link tables of cases are audited too: who tied a household to a case is worth keeping.
const QList<std::pair<const char*, QStringList>>& auditedTablesV14()
{
    static const QList<std::pair<const char*, QStringList>> tables = {
        {"grids",
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("site_id"), QStringLiteral("name"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("note"),
          QStringLiteral("row_version"), QStringLiteral("updated_at")}},
        {"grid_coverage",
         {QStringLiteral("id"), QStringLiteral("grid_id"), QStringLiteral("building_id"),
          QStringLiteral("unit_id"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
          QStringLiteral("reason")}},
        {"grid_household_exceptions",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("grid_id"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("reason")}},
        {"grid_staff",
         {QStringLiteral("id"), QStringLiteral("grid_id"), QStringLiteral("role"), QStringLiteral("origin"),
          QStringLiteral("person_id"), QStringLiteral("party_member_id"), QStringLiteral("cadre_name"),
          QStringLiteral("work_unit"), QStringLiteral("phone"), QStringLiteral("building_id"),
          QStringLiteral("unit_id"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
          QStringLiteral("end_reason"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"pairings",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("partner_kind"),
          QStringLiteral("party_member_id"), QStringLiteral("staff_id"), QStringLiteral("cadre_name"),
          QStringLiteral("work_unit"), QStringLiteral("phone"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("end_reason"), QStringLiteral("note"),
          QStringLiteral("row_version")}},
        {"pairing_contacts",
         {QStringLiteral("id"), QStringLiteral("pairing_id"), QStringLiteral("contact_date"),
          QStringLiteral("way"), QStringLiteral("note"), QStringLiteral("recorded_at")}},
        {"person_care_categories",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("category"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("note")}},
        {"household_care_marks",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("mark"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("reason")}},
        {"grid_cases",
         {QStringLiteral("id"),
          QStringLiteral("site_id"),
          QStringLiteral("grid_id"),
          QStringLiteral("kind"),
          QStringLiteral("title"),
          QStringLiteral("description"),
          QStringLiteral("reporter_person_id"),
          QStringLiteral("reporter_name"),
          QStringLiteral("reporter_phone"),
          QStringLiteral("received_on"),
          QStringLiteral("handler_staff_id"),
          QStringLiteral("handler_level"),
          QStringLiteral("state"),
          QStringLiteral("state_date"),
          QStringLiteral("deadline"),
          QStringLiteral("resolved_on"),
          QStringLiteral("result"),
          QStringLiteral("satisfaction"),
          QStringLiteral("referred_department"),
          QStringLiteral("referral_state"),
          QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"grid_case_events",
         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("event_date"),
          QStringLiteral("event"), QStringLiteral("from_state"), QStringLiteral("to_state"),
          QStringLiteral("handler_level"), QStringLiteral("staff_id"), QStringLiteral("department"),
          QStringLiteral("note"), QStringLiteral("recorded_at")}},
        {"grid_case_households", {QStringLiteral("case_id"), QStringLiteral("household_id")}},
        {"grid_case_persons", {QStringLiteral("case_id"), QStringLiteral("person_id")}},
        {"visit_tasks",
         {QStringLiteral("id"),
          QStringLiteral("household_id"),
          QStringLiteral("person_id"),
          QStringLiteral("kind"),
          QStringLiteral("reason"),
          QStringLiteral("source"),
          QStringLiteral("care_category_id"),
          QStringLiteral("care_mark_id"),
          QStringLiteral("case_id"),
          QStringLiteral("assignee_staff_id"),
          QStringLiteral("assignee_member_id"),
          QStringLiteral("due_from"),
          QStringLiteral("overdue_after"),
          QStringLiteral("closed_by_visit_id"),
          QStringLiteral("closed_on"),
          QStringLiteral("cancelled_on"),
          QStringLiteral("cancel_reason"),
          QStringLiteral("note"),
          QStringLiteral("created_at"),
          QStringLiteral("row_version")}},
        {"visits",
         {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("person_id"),
          QStringLiteral("visitor_kind"), QStringLiteral("visitor_staff_id"),
          QStringLiteral("visitor_member_id"), QStringLiteral("visitor_name"), QStringLiteral("visit_date"),
          QStringLiteral("kind"), QStringLiteral("reason"), QStringLiteral("findings"),
          QStringLiteral("follow_up"), QStringLiteral("task_id"), QStringLiteral("case_id"),
          QStringLiteral("pairing_id"), QStringLiteral("recorded_at"), QStringLiteral("row_version")}},
    };
    return tables;
}

// The defaults are the schema's, not a user's change: on SQLite they are written with the settings' insert
// trigger out of the way, which is then made again as version 6 made it. (The trigger names its writer
// through functions of the program's connection, which the empty reference database that `anju-cli check`
// builds from the migrations does not have; on PostgreSQL the trail's writer needs none.)
QStringList defaultsOnSqlite()
{
    return QStringList{QStringLiteral("DROP TRIGGER IF EXISTS \"audit_settings_insert\"")} +
           visitRuleDefaults() +
           AuditTriggersV6::sqlite(QStringLiteral("settings"),
                                   {QStringLiteral("key"), QStringLiteral("value")});
}

QStringList schemaOn(bool server)
{
    QStringList statements =
        gridsSchema() + casesAndVisitsSchema() + (server ? visitRuleDefaults() : defaultsOnSqlite());
    for (const auto& [table, columns] : auditedTablesV14()) {
        if (server)
            statements.append(AuditTriggersV6::postgres(QLatin1String(table)));
        else
            statements += AuditTriggersV6::sqlite(QLatin1String(table), columns);
    }
    return statements;
}

} // namespace

Migration v014Grids()
{
    return {14,
            "grids: grids and their coverage, staff, pairings and contacts, care categories, visit rules, "
            "visit tasks, visits, cases with their events",
            schemaOn(false), schemaOn(true)};
}

} // namespace anju
