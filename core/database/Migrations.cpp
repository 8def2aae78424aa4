#include "database/Migrations.h"

#include "audit/AuditSchema.h"
#include "registry/SearchIndex.h"

namespace anju {

namespace {

// Version 1: the registry. CHECKs are written with OR rather than IN (…): SQLite builds a temporary
// index for every IN list on each insert, which tripled the cost of bulk loads. Dates are ISO text on SQLite
// and DATE on PostgreSQL; states are dated so that closed months can be reported as they were; persons are
// never deleted (ON DELETE RESTRICT).
QStringList registrySchema()
{
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sites ("
                       " id ${ID},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " county_code TEXT NOT NULL,"
                       " township TEXT NOT NULL DEFAULT '',"
                       " urban ${BOOL} NOT NULL DEFAULT 1,"
                       " address TEXT NOT NULL DEFAULT '',"
                       " move_in_date ${DATE},"
                       " cross_township ${BOOL} NOT NULL DEFAULT 0,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE TABLE buildings ("
                       " id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " floors INTEGER NOT NULL DEFAULT 0,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (site_id, name))"),
        QStringLiteral("CREATE TABLE building_units ("
                       " id ${ID},"
                       " building_id BIGINT NOT NULL REFERENCES buildings(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " UNIQUE (building_id, name))"),
        QStringLiteral("CREATE TABLE dwellings ("
                       " id ${ID},"
                       " unit_id BIGINT NOT NULL REFERENCES building_units(id) ON DELETE RESTRICT,"
                       " room TEXT NOT NULL,"
                       " floor_area REAL NOT NULL DEFAULT 0,"
                       " UNIQUE (unit_id, room))"),
        QStringLiteral("CREATE TABLE households ("
                       " id ${ID},"
                       " number TEXT NOT NULL UNIQUE,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " dwelling_id BIGINT REFERENCES dwellings(id) ON DELETE RESTRICT,"
                       " origin_county_code TEXT NOT NULL DEFAULT '',"
                       " origin_township TEXT NOT NULL DEFAULT '',"
                       " origin_village TEXT NOT NULL DEFAULT '',"
                       " relocation_date ${DATE},"
                       " registration_moved ${BOOL} NOT NULL DEFAULT 0,"
                       " residence_permit ${BOOL} NOT NULL DEFAULT 0,"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'active'"
                       "  CHECK (state = 'active' OR state = 'moved_away' OR state = 'dissolved'),"
                       " state_date ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        QStringLiteral("CREATE INDEX households_site ON households (site_id, state, number)"),
        QStringLiteral("CREATE INDEX households_dwelling ON households (dwelling_id)"),
        QStringLiteral("CREATE INDEX households_phone ON households (phone)"),
        QStringLiteral("CREATE TABLE persons ("
                       " id ${ID},"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " id_number TEXT NOT NULL,"
                       " sex TEXT NOT NULL CHECK (sex = 'male' OR sex = 'female'),"
                       " birth_date ${DATE} NOT NULL,"
                       " relationship TEXT NOT NULL,"
                       " ethnicity TEXT NOT NULL DEFAULT '01',"
                       " education TEXT NOT NULL DEFAULT 'unknown',"
                       " health TEXT NOT NULL DEFAULT 'healthy',"
                       " disability_grade INTEGER NOT NULL DEFAULT 0,"
                       " labour_capacity TEXT NOT NULL DEFAULT 'ordinary',"
                       " in_school ${BOOL} NOT NULL DEFAULT 0,"
                       " political_status TEXT NOT NULL DEFAULT 'masses',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'active'"
                       "  CHECK (state = 'active' OR state = 'moved_away' OR state = 'deceased'),"
                       " state_date ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})"),
        // One ID number, one person, across the whole database.
        QStringLiteral("CREATE UNIQUE INDEX persons_id_number ON persons (id_number)"),
        // At most one active head per household, even when two desks save at once.
        QStringLiteral("CREATE UNIQUE INDEX persons_one_head ON persons (household_id)"
                       " WHERE relationship = 'head' AND state = 'active'"),
        QStringLiteral("CREATE INDEX persons_household ON persons (household_id, state)"),
        QStringLiteral("CREATE INDEX persons_name ON persons (name)"),
        QStringLiteral("CREATE INDEX persons_phone ON persons (phone)"),
        // Every stay of a person in a household, so moves keep their history.
        QStringLiteral(
            "CREATE TABLE memberships ("
            " id ${ID},"
            " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
            " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
            " relationship TEXT NOT NULL,"
            " start_date ${DATE},"
            " end_date ${DATE},"
            " end_reason TEXT CHECK (end_reason = 'moved_to_household' OR end_reason = 'moved_away'"
            " OR end_reason = 'deceased'))"),
        QStringLiteral("CREATE INDEX memberships_person ON memberships (person_id, start_date)"),
        QStringLiteral("CREATE INDEX memberships_household ON memberships (household_id)"),
    };
}

// Version 2: the configurable site rules of DOMAIN.md, as defaults an office can change in settings.
QStringList siteRuleDefaults()
{
    return {
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('rule.service_center_min_residents', '800')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.own_branch_min_residents', '500')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.own_branch_min_full_members', '3')"),
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('rule.five_connections_min_households', '30')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('rule.garden_min_area_m2', '20')"),
    };
}

// Version 3 (with SearchIndex::sqliteSchema()): each household carries its head's name and ID and its
// number of registered members, kept by triggers, so that the roster sorts by them through an index.
QStringList householdSummary()
{
    return {
        QStringLiteral("ALTER TABLE households ADD COLUMN head_name TEXT"),
        QStringLiteral("ALTER TABLE households ADD COLUMN head_id_number TEXT"),
        QStringLiteral("ALTER TABLE households ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX households_head_name ON households (head_name)"),
        QStringLiteral("CREATE INDEX households_head_id_number ON households (head_id_number)"),
        QStringLiteral("CREATE INDEX households_member_count ON households (member_count)"),
        QStringLiteral("CREATE INDEX households_relocation_date ON households (relocation_date)"),
    };
}

// Version 4: the files imported, so that importing the same file again is recognized and changes nothing.
QStringList importLog()
{
    return {
        QStringLiteral("CREATE TABLE imports ("
                       " id ${ID},"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " imported_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " households INTEGER NOT NULL,"
                       " persons INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX imports_sha256 ON imports (sha256)"),
    };
}

// Version 5: the party organisation (issue 4). Everything that changes over time is a dated history row
// (stage steps, state changes, branch stays, covered sites, committee seats, dues bases), so that a closed
// month can be counted as it was; the current stage/state/branch on party_members are kept in the same
// transaction as the history for fast lists. Residents link to persons(id): no second copy of name or ID.
// Money in fen (BIGINT). The secretary is a member id without a foreign key (organisations and members
// reference each other).
QStringList partySchema()
{
    return {
        QStringLiteral("CREATE TABLE party_organisations ("
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
        QStringLiteral("CREATE TABLE party_organisation_sites ("
                       " id ${ID},"
                       " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " start_date ${DATE} NOT NULL,"
                       " end_date ${DATE})"),
        QStringLiteral("CREATE INDEX party_organisation_sites_site ON party_organisation_sites (site_id, start_date)"),
        QStringLiteral("CREATE INDEX party_organisation_sites_org ON party_organisation_sites (organisation_id)"),
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
        QStringLiteral("CREATE INDEX party_members_organisation ON party_members (organisation_id, stage, state)"),
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
        QStringLiteral("CREATE INDEX party_member_states_member ON party_member_states (member_id, state_date)"),
        QStringLiteral("CREATE TABLE party_branch_stays ("
                       " id ${ID},"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " start_date ${DATE} NOT NULL,"
                       " end_date ${DATE})"),
        QStringLiteral("CREATE INDEX party_branch_stays_member ON party_branch_stays (member_id, start_date)"),
        QStringLiteral("CREATE INDEX party_branch_stays_org ON party_branch_stays (organisation_id, start_date)"),
        QStringLiteral("CREATE TABLE party_committee_seats ("
                       " id ${ID},"
                       " organisation_id BIGINT NOT NULL REFERENCES party_organisations(id) ON DELETE RESTRICT,"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " start_date ${DATE} NOT NULL,"
                       " end_date ${DATE})"),
        QStringLiteral("CREATE INDEX party_committee_seats_org ON party_committee_seats (organisation_id, start_date)"),
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
        QStringLiteral("CREATE TABLE party_meetings ("
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
        QStringLiteral("CREATE INDEX party_meetings_org ON party_meetings (organisation_id, type, meeting_date)"),
        QStringLiteral("CREATE INDEX party_meetings_date ON party_meetings (meeting_date)"),
        QStringLiteral("CREATE TABLE party_meeting_attendance ("
                       " id ${ID},"
                       " meeting_id BIGINT NOT NULL REFERENCES party_meetings(id) ON DELETE CASCADE,"
                       " member_id BIGINT NOT NULL REFERENCES party_members(id) ON DELETE RESTRICT,"
                       " present ${BOOL} NOT NULL DEFAULT 1,"
                       " absence_reason TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (meeting_id, member_id))"),
        QStringLiteral("CREATE INDEX party_meeting_attendance_member ON party_meeting_attendance (member_id)"),
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
        QStringLiteral("CREATE INDEX party_transfers_pending ON party_transfers (completed_date, letter_date)"),
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
        QStringLiteral("CREATE INDEX party_site_assignments_site ON party_site_assignments (site_id, kind, start_date)"),
        // The configurable party rules of DOMAIN.md with their defaults (PartySettings reads them).
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.employed', '3000:0.5,5000:1,10000:1.5,*:2')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.retired', '5000:0.5,*:1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.farmer', '0.2-1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues.minimal', '0.2')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.general_meeting', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.committee_meeting', '1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.group_meeting', '1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.party_lesson', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.theme_party_day', '1')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.organisational_life', '12')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.meeting_months.democratic_review', '12')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.branch_min_full_members', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.branch_max_members', '50')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_min_full_members', '7')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_min_size', '3')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.committee_max_size', '7')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.transfer_letter_days', '90')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('party.dues_serious_arrears_months', '6')"),
    };
}

// Version 7: reporting. The facilities the site rules ask about, indexes for the month's flows (stays
// starting or ending in a month, households changing state in it) and for counting the registered people.
QStringList reporting()
{
    return {
        QStringLiteral("ALTER TABLE sites ADD COLUMN service_centre TEXT NOT NULL DEFAULT 'none'"
                       " CHECK (service_centre = 'none' OR service_centre = 'management'"
                       " OR service_centre = 'one_stop')"),
        QStringLiteral("ALTER TABLE sites ADD COLUMN five_connections ${BOOL} NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX memberships_start ON memberships (start_date)"),
        QStringLiteral("CREATE INDEX memberships_end ON memberships (end_date)"),
        QStringLiteral("CREATE INDEX households_state_date ON households (state_date)"),
        // The registered people of the whole office are counted from these (active persons by sex, labour
        // capacity and birth date) and corrected by the stays that changed since the reported day.
        QStringLiteral("CREATE INDEX persons_state_sex_labour ON persons (state, sex, labour_capacity)"),
        QStringLiteral("CREATE INDEX persons_state_birth ON persons (state, birth_date)"),
    };
}

// Version 8: the party section of the monthly summary. Dues received during a month are found by the day
// they were paid (the month paid for has its index since version 5).
QStringList partyReport()
{
    return {
        QStringLiteral("CREATE INDEX party_dues_payments_paid_on ON party_dues_payments (paid_on)"),
    };
}

// Version 9: the roster's first question, how many households are registered, read from a small index of
// the state alone (PostgreSQL walked the whole site index for it: 42 ms of a province's first page). Not
// on SQLite: without statistics its planner would take this index for the first page too, and sort all
// registered households by number instead of reading the first 200 of the number index.
QStringList serverSpeed()
{
    return {
        QStringLiteral("CREATE INDEX households_state ON households (state)"),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1, "registry: sites, buildings, units, dwellings, households, persons, memberships",
         registrySchema()},
        {2, "configurable site rules with their defaults", siteRuleDefaults()},
        {3, "search index for names, ID numbers, phones and household numbers; households' head and size",
         householdSummary(), SearchIndex::sqliteSchema(),
         SearchIndex::postgresSchema() + SearchIndex::postgresFillStatements()},
        {4, "log of imported roster files", importLog()},
        {5, "party organisation: organisations, members with dated histories, dues, meetings, transfers, work teams",
         partySchema()},
        {6, "users, roles, their sites and the audit trail", AuditSchema::tables(), AuditSchema::sqliteGuards(),
         AuditSchema::postgresStatements(),
         AuditSchema::sqliteTriggersForAll},
        // The sites' new columns are audited too: their SQLite triggers are made again from the columns.
        {7, "reporting: site facilities for the site rules, indexes for monthly flows", reporting(), {}, {},
         [](const QSqlDatabase& db) { return AuditSchema::sqliteTriggers(db, QStringLiteral("sites")); }},
        {8, "party report: dues received in a month by the day paid", partyReport()},
        {9, "an index of the households' state for counting the roster on a server", {}, {}, serverSpeed()},
    };
    return all;
}

} // namespace anju
