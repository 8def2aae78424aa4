#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 5: the party organisation (issue 4). Everything that changes over time is a dated history row
// (stage steps, state changes, branch stays, covered sites, committee seats, dues bases), so that a closed
// month can be counted as it was; the current stage/state/branch on party_members are kept in the same
// transaction as the history for fast lists. Residents link to persons(id): no second copy of name or ID.
// Money in fen (BIGINT). The secretary is a member id without a foreign key (organisations and members
// reference each other).
QStringList partySchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE party_organisations ("
            " id ${ID},"
            " kind TEXT NOT NULL CHECK (kind = 'committee' OR kind = 'general_branch' OR kind = 'branch'"
            "  OR kind = 'joint_branch'),"
            " name TEXT NOT NULL,"
            " parent_id BIGINT REFERENCES party_organisations(id) ON DELETE RESTRICT,"
            " secretary_member_id BIGINT,"
            " instructor_name TEXT NOT NULL DEFAULT '',"
            " instructor_unit TEXT NOT NULL DEFAULT '',"
            " founding_date ${DATE},"
            " dissolved_date ${DATE},"
            " row_version INTEGER NOT NULL DEFAULT 1,"
            " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE INDEX party_organisations_parent ON party_organisations (parent_id)"),
        QStringLiteral(
            "CREATE TABLE party_organisation_sites ("
            " id ${ID},"
            " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
            " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
            " start_date ${DATE} NOT NULL,"
            " end_date ${DATE})"),
        QStringLiteral(
            "CREATE INDEX party_organisation_sites_site ON party_organisation_sites (site_id, start_date)"),
        QStringLiteral(
            "CREATE INDEX party_organisation_sites_org ON party_organisation_sites (organisation_id)"),
        QStringLiteral("CREATE TABLE party_members ("
                       " id ${ID},"
                       " origin TEXT NOT NULL CHECK (origin = 'resident' OR origin = 'outside_cadre'),"
                       " person_id BIGINT UNIQUE REFERENCES persons(id) ON DELETE RESTRICT,"
                       " cadre_name TEXT NOT NULL DEFAULT '',"
                       " cadre_sex TEXT NOT NULL DEFAULT 'unknown',"
                       " cadre_birth_date ${DATE},"
                       " cadre_id_number TEXT NOT NULL DEFAULT '',"
                       " work_unit TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " organisation_id BIGINT REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " stage TEXT NOT NULL CHECK (stage = 'applicant' OR stage = 'activist'"
                       "  OR stage = 'development_target' OR stage = 'probationary' OR stage = 'full'),"
                       " stage_date ${DATE} NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'normal' CHECK (state = 'normal' OR state = 'mobile'"
                       "  OR state = 'transferred_out' OR state = 'deceased'),"
                       " state_date ${DATE},"
                       " mentor1_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " mentor2_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " sponsor1_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " sponsor2_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " political_review_date ${DATE},"
                       " training_hours INTEGER NOT NULL DEFAULT 0,"
                       " training_days INTEGER NOT NULL DEFAULT 0,"
                       " dues_from ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " CHECK ((origin = 'resident') = (person_id IS NOT NULL)))"),
        QStringLiteral(
            "CREATE INDEX party_members_organisation ON party_members (organisation_id, stage, state)"),
        QStringLiteral("CREATE INDEX party_members_stage ON party_members (stage, stage_date)"),
        QStringLiteral("CREATE TABLE party_stage_steps ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " event TEXT NOT NULL CHECK (event = 'application' OR event = 'application_talk'"
                       "  OR event = 'activist' OR event = 'development_target' OR event = 'admission'"
                       "  OR event = 'probation_extension' OR event = 'conversion'),"
                       " step_date ${DATE} NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " broken_rules TEXT NOT NULL DEFAULT '',"
                       " extension_months INTEGER NOT NULL DEFAULT 0,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE INDEX party_stage_steps_member ON party_stage_steps (member_id, step_date)"),
        // New activists, admissions and conversions of a month (the monthly summary).
        QStringLiteral("CREATE INDEX party_stage_steps_event ON party_stage_steps (event, step_date)"),
        QStringLiteral("CREATE TABLE party_member_states ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " state TEXT NOT NULL CHECK (state = 'normal' OR state = 'mobile'"
                       "  OR state = 'transferred_out' OR state = 'deceased'),"
                       " state_date ${DATE} NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX party_member_states_member ON party_member_states (member_id, state_date)"),
        QStringLiteral(
            "CREATE TABLE party_branch_stays ("
            " id ${ID},"
            " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
            " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
            " start_date ${DATE} NOT NULL,"
            " end_date ${DATE})"),
        QStringLiteral(
            "CREATE INDEX party_branch_stays_member ON party_branch_stays (member_id, start_date)"),
        QStringLiteral(
            "CREATE INDEX party_branch_stays_org ON party_branch_stays (organisation_id, start_date)"),
        QStringLiteral(
            "CREATE TABLE party_committee_seats ("
            " id ${ID},"
            " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
            " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
            " start_date ${DATE} NOT NULL,"
            " end_date ${DATE})"),
        QStringLiteral(
            "CREATE INDEX party_committee_seats_org ON party_committee_seats (organisation_id, start_date)"),
        QStringLiteral("CREATE TABLE party_dues_bases ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " from_month ${DATE} NOT NULL,"
                       " category TEXT NOT NULL CHECK (category = 'employed' OR category = 'retired'"
                       "  OR category = 'farmer' OR category = 'student' OR category = 'unemployed'"
                       "  OR category = 'low_income'),"
                       " monthly_income BIGINT NOT NULL DEFAULT 0,"
                       " fixed_amount BIGINT NOT NULL DEFAULT 0,"
                       " UNIQUE (member_id, from_month))"),
        QStringLiteral("CREATE TABLE party_dues_payments ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " month ${DATE} NOT NULL,"
                       " amount BIGINT NOT NULL CHECK (amount >= 0),"
                       " paid_on ${DATE} NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (member_id, month))"),
        QStringLiteral("CREATE INDEX party_dues_payments_month ON party_dues_payments (month)"),
        QStringLiteral(
            "CREATE TABLE party_meetings ("
            " id ${ID},"
            " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
            " type TEXT NOT NULL CHECK (type = 'general_meeting' OR type = 'committee_meeting'"
            "  OR type = 'group_meeting' OR type = 'party_lesson' OR type = 'theme_party_day'"
            "  OR type = 'organisational_life' OR type = 'democratic_review'),"
            " meeting_date ${DATE} NOT NULL,"
            " topic TEXT NOT NULL,"
            " place TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE INDEX party_meetings_org ON party_meetings (organisation_id, type, meeting_date)"),
        QStringLiteral("CREATE INDEX party_meetings_date ON party_meetings (meeting_date)"),
        QStringLiteral("CREATE TABLE party_meeting_attendance ("
                       " id ${ID},"
                       " meeting_id BIGINT NOT NULL REFERENCES party_meetings(id) ON DELETE CASCADE,"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " present ${BOOL} NOT NULL DEFAULT 1,"
                       " absence_reason TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (meeting_id, member_id))"),
        QStringLiteral(
            "CREATE INDEX party_meeting_attendance_member ON party_meeting_attendance (member_id)"),
        QStringLiteral("CREATE TABLE party_transfers ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " direction TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out'),"
                       " organisation_id BIGINT REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " other_unit TEXT NOT NULL DEFAULT '',"
                       " letter_number TEXT NOT NULL DEFAULT '',"
                       " letter_date ${DATE} NOT NULL,"
                       " completed_date ${DATE},"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX party_transfers_member ON party_transfers (member_id, letter_date)"),
        QStringLiteral(
            "CREATE INDEX party_transfers_pending ON party_transfers (completed_date, letter_date)"),
        QStringLiteral("CREATE TABLE party_site_assignments ("
                       " id ${ID},"
                       " kind TEXT NOT NULL CHECK (kind = 'work_team' OR kind = 'first_secretary'),"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " leader TEXT NOT NULL DEFAULT '',"
                       " dispatching_unit TEXT NOT NULL DEFAULT '',"
                       " member_id BIGINT REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " start_date ${DATE} NOT NULL,"
                       " end_date ${DATE},"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX party_site_assignments_site ON party_site_assignments (site_id, kind, start_date)"),
        // The configurable party rules of DOMAIN.md with their defaults (PartySettings reads them).
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.employed', "
                       "'3000:0.5,5000:1,10000:1.5,*:2')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.retired', '5000:0.5,*:1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.farmer', '0.2-1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.minimal', '0.2')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.general_meeting', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.committee_meeting', '1')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.group_meeting', '1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.party_lesson', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.theme_party_day', '1')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.organisational_life', '12')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('party.meeting_months.democratic_review', '12')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.branch_min_full_members', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.branch_max_members', '50')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_min_full_members', '7')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_min_size', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_max_size', '7')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.transfer_letter_days', '90')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues_serious_arrears_months', '6')"),
    };
}

} // namespace

Migration v005Party()
{
    return Migration::portable(5,
                               "party organisation: organisations, members with dated histories, dues, "
                               "meetings, transfers, work teams",
                               partySchema());
}

} // namespace anju
