#include "schema/AuditTriggersV6.h"
#include "schema/SchemaVersions.h"

#include <utility>

namespace anju {

namespace {

// Version 20: work, training and industry (issue 19), every table of the workflow at once.
//
// Conventions of versions 13–15: money in fen (BIGINT); what changes over time is dated (valid_from /
// valid_to, started_on / ended_on, exclusive ends: a row holds on day D when its start <= D and (its end IS
// NULL OR its end > D)); nothing is deleted to end it. The labour force, the employment rate, 应培尽培, the
// public-post priority and the idle check are computed from the rows and the settings at read time, never
// stored. Enumerations are CHECK lists written with OR (version 1: SQLite makes a temporary index for IN).
QStringList placesSchema()
{
    return {
        // 帮扶车间: an assistance workshop near a site, run by a company or cooperative, with the places it
        // offers. Its workers are the employments that name it.
        QStringLiteral("CREATE TABLE work_workshops ("
                       " id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " operator TEXT NOT NULL DEFAULT '',"
                       " trade TEXT NOT NULL DEFAULT '',"
                       " capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
                       " opened_on ${DATE} NOT NULL,"
                       " closed_on ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (closed_on IS NULL OR closed_on >= opened_on))"),
        QStringLiteral("CREATE INDEX work_workshops_site ON work_workshops (site_id, opened_on)"),
        // 公益岗位: public-welfare posts of one kind at a site, with how many people they take and the
        // monthly
        // pay. Its holders are the employments that name it.
        QStringLiteral("CREATE TABLE work_posts ("
                       " id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " kind TEXT NOT NULL CHECK (kind = 'cleaning_greening' OR kind = 'security'"
                       "  OR kind = 'forest_ranger' OR kind = 'project_maintenance' OR kind = 'other'),"
                       " name TEXT NOT NULL,"
                       " capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),"
                       " monthly_pay BIGINT NOT NULL DEFAULT 0 CHECK (monthly_pay >= 0),"
                       " opened_on ${DATE} NOT NULL,"
                       " closed_on ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (closed_on IS NULL OR closed_on >= opened_on))"),
        QStringLiteral("CREATE INDEX work_posts_site ON work_posts (site_id, opened_on)"),
        // 劳务经纪人: a labour broker who places the site's people in work elsewhere; the people placed are
        // the employments that name them. site_id null: the broker serves the whole office.
        QStringLiteral("CREATE TABLE work_brokers ("
                       " id ${ID},"
                       " site_id BIGINT REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " organisation TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        // "点对点" transport: one batch taken by bus or train from the site to the employers on a day. The
        // headcount is everyone carried (people of other places too); the site's people in it are the
        // employments that name the batch.
        QStringLiteral("CREATE TABLE work_transport_batches ("
                       " id ${ID},"
                       " site_id BIGINT NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,"
                       " departed_on ${DATE} NOT NULL,"
                       " destination_province TEXT NOT NULL DEFAULT '',"
                       " destination_city TEXT NOT NULL DEFAULT '',"
                       " transport TEXT NOT NULL DEFAULT '',"
                       " organiser TEXT NOT NULL DEFAULT '',"
                       " headcount INTEGER NOT NULL CHECK (headcount > 0),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE INDEX work_transport_batches_site ON work_transport_batches (site_id, departed_on)"),
    };
}

QStringList employmentSchema()
{
    return {
        // 就业: one job of one person over dated days (started_on .. ended_on exclusive), by channel
        // (DOMAIN.md "Follow-up support"). A person may hold two jobs at once (a public post and flexible
        // work); the employment rate counts the person once. What the channel names:
        //   labour_export: destination province and city, and the broker or the transport batch if any;
        //   workshop: the workshop; public_post: the post; work_relief / park: the project or the park
        //   (place); self_employed / flexible: what they do (employer holds the trade or shop).
        // monthly_income in fen, as the person reported it when the job was recorded.
        QStringLiteral("CREATE TABLE employments ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " channel TEXT NOT NULL CHECK (channel = 'labour_export' OR channel = 'workshop'"
                       "  OR channel = 'work_relief' OR channel = 'park' OR channel = 'public_post'"
                       "  OR channel = 'self_employed' OR channel = 'flexible'),"
                       " employer TEXT NOT NULL DEFAULT '',"
                       " place TEXT NOT NULL DEFAULT '',"
                       " destination_province TEXT NOT NULL DEFAULT '',"
                       " destination_city TEXT NOT NULL DEFAULT '',"
                       " broker_id BIGINT REFERENCES work_brokers(id) ON DELETE RESTRICT,"
                       " batch_id BIGINT REFERENCES work_transport_batches(id) ON DELETE RESTRICT,"
                       " workshop_id BIGINT REFERENCES work_workshops(id) ON DELETE RESTRICT,"
                       " post_id BIGINT REFERENCES work_posts(id) ON DELETE RESTRICT,"
                       " monthly_income BIGINT NOT NULL DEFAULT 0 CHECK (monthly_income >= 0),"
                       " started_on ${DATE} NOT NULL,"
                       " ended_on ${DATE},"
                       " end_reason TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'entry' CHECK (source = 'entry' OR source = 'import'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " CHECK (ended_on IS NULL OR ended_on >= started_on),"
                       " CHECK (channel = 'workshop' OR workshop_id IS NULL),"
                       " CHECK (channel = 'public_post' OR post_id IS NULL),"
                       " CHECK (channel = 'labour_export' OR (broker_id IS NULL AND batch_id IS NULL)))"),
        // A person's jobs in order; with the end and the channel, it covers the month's people employed
        // (grouped by person) and the idle check's probes without reading a job's row.
        QStringLiteral(
            "CREATE INDEX employments_person ON employments (person_id, started_on, ended_on, channel)"),
        // The people of each channel holding a job, counted in the index's order (and a channel's list).
        QStringLiteral(
            "CREATE INDEX employments_channel ON employments (channel, person_id, started_on, ended_on)"),
        // A month's figures read the jobs begun or ended in it; with the end, the jobs holding on a day are
        // counted without a job's row.
        QStringLiteral("CREATE INDEX employments_started ON employments (started_on, channel, ended_on)"),
        QStringLiteral("CREATE INDEX employments_ended ON employments (ended_on)"),
        QStringLiteral("CREATE INDEX employments_post ON employments (post_id) WHERE post_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX employments_workshop ON employments (workshop_id) WHERE workshop_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX employments_batch ON employments (batch_id) WHERE batch_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX employments_broker ON employments (broker_id) WHERE broker_id IS NOT NULL"),
        // The labour force at a day, counted in the index (state first: the checks that judge a person on
        // file by state or its date keep reading through the households).
        QStringLiteral("CREATE INDEX persons_labour_force ON persons (state, labour_capacity, birth_date)"),
        // 意愿: what a person wishes, as the pairing cadre collected it: 就业意愿 (where, what), 培训意愿
        // (the trade), 创业意愿 (the business). A wish holds from recorded_on until it is met or withdrawn
        // (closed_on with the reason); a changed wish is a new row.
        QStringLiteral("CREATE TABLE work_wishes ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " kind TEXT NOT NULL CHECK (kind = 'employment' OR kind = 'training'"
                       "  OR kind = 'business'),"
                       " place TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " recorded_on ${DATE} NOT NULL,"
                       " collected_by TEXT NOT NULL DEFAULT '',"
                       " closed_on ${DATE},"
                       " close_reason TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (closed_on IS NULL OR closed_on >= recorded_on))"),
        QStringLiteral("CREATE INDEX work_wishes_person ON work_wishes (person_id, kind, recorded_on)"),
        QStringLiteral(
            "CREATE INDEX work_wishes_open ON work_wishes (kind, recorded_on) WHERE closed_on IS NULL"),
        // Why a working-age person with labour capacity has no job, while the reason holds: studying,
        // caring for family, ill, or another reason written out. The idle check skips them.
        QStringLiteral("CREATE TABLE work_absence_reasons ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " reason TEXT NOT NULL CHECK (reason = 'studying' OR reason = 'caring'"
                       "  OR reason = 'ill' OR reason = 'other'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " valid_from ${DATE} NOT NULL,"
                       " valid_to ${DATE},"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (valid_to IS NULL OR valid_to >= valid_from))"),
        QStringLiteral(
            "CREATE INDEX work_absence_reasons_person ON work_absence_reasons (person_id, valid_from)"),
    };
}

QStringList trainingSchema()
{
    return {
        // 技能培训: one course (trade, organiser, dates, class hours, the market demand it answers). site_id
        // null: a course for the whole office. certificate: the certificate completing it earns, if any.
        QStringLiteral("CREATE TABLE training_courses ("
                       " id ${ID},"
                       " site_id BIGINT REFERENCES sites(id) ON DELETE RESTRICT,"
                       " title TEXT NOT NULL,"
                       " trade TEXT NOT NULL,"
                       " organiser TEXT NOT NULL DEFAULT '',"
                       " starts_on ${DATE} NOT NULL,"
                       " ends_on ${DATE} NOT NULL,"
                       " hours INTEGER NOT NULL DEFAULT 0 CHECK (hours >= 0),"
                       " demand TEXT NOT NULL DEFAULT '',"
                       " capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
                       " certificate TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (ends_on >= starts_on))"),
        QStringLiteral("CREATE INDEX training_courses_dates ON training_courses (ends_on, starts_on)"),
        // One person on one course: enrolled (offered a place and taking it), completed (结业, with the
        // certificate number if one was earned) or dropped. One 人次 per attendance not dropped; counted in
        // the month the course ends.
        QStringLiteral("CREATE TABLE training_attendances ("
                       " id ${ID},"
                       " course_id BIGINT NOT NULL REFERENCES training_courses(id) ON DELETE RESTRICT,"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " enrolled_on ${DATE} NOT NULL,"
                       " outcome TEXT NOT NULL DEFAULT 'enrolled' CHECK (outcome = 'enrolled'"
                       "  OR outcome = 'completed' OR outcome = 'dropped'),"
                       " hours_attended INTEGER NOT NULL DEFAULT 0 CHECK (hours_attended >= 0),"
                       " certificate_no TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'entry' CHECK (source = 'entry' OR source = 'import'),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (course_id, person_id))"),
        QStringLiteral(
            "CREATE INDEX training_attendances_person ON training_attendances (person_id, enrolled_on)"),
        // 就业奖补, 技能培训补贴, 生活费补贴, 社保补贴: money paid to one person for one month (month = its
        // first day), with the job or the course attendance it was paid for when there is one.
        QStringLiteral("CREATE TABLE work_support_payments ("
                       " id ${ID},"
                       " person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,"
                       " kind TEXT NOT NULL CHECK (kind = 'employment_award' OR kind = 'training_subsidy'"
                       "  OR kind = 'living_allowance' OR kind = 'social_insurance'),"
                       " month ${DATE} NOT NULL,"
                       " amount BIGINT NOT NULL CHECK (amount > 0),"
                       " paid_on ${DATE} NOT NULL,"
                       " employment_id BIGINT REFERENCES employments(id) ON DELETE RESTRICT,"
                       " attendance_id BIGINT REFERENCES training_attendances(id) ON DELETE RESTRICT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX work_support_payments_month ON work_support_payments (month, kind)"),
        QStringLiteral(
            "CREATE INDEX work_support_payments_person ON work_support_payments (person_id, month)"),
    };
}

QStringList industrySchema()
{
    return {
        // 产业帮扶: a project at one of the four levels (county park, township base, village cooperative,
        // household project) with its model (infrastructure, labour pay, training, asset shares 资产折股量化
        // with the shares it was divided into) and the money put in (fen). site_id: the site whose
        // households it serves (null: the whole office).
        QStringLiteral("CREATE TABLE industry_projects ("
                       " id ${ID},"
                       " site_id BIGINT REFERENCES sites(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " level TEXT NOT NULL CHECK (level = 'county_park' OR level = 'township_base'"
                       "  OR level = 'village_cooperative' OR level = 'household'),"
                       " model TEXT NOT NULL CHECK (model = 'infrastructure' OR model = 'labour_pay'"
                       "  OR model = 'training' OR model = 'asset_shares'),"
                       " operator TEXT NOT NULL DEFAULT '',"
                       " location TEXT NOT NULL DEFAULT '',"
                       " investment BIGINT NOT NULL DEFAULT 0 CHECK (investment >= 0),"
                       " total_shares INTEGER NOT NULL DEFAULT 0 CHECK (total_shares >= 0),"
                       " started_on ${DATE} NOT NULL,"
                       " ended_on ${DATE},"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (ended_on IS NULL OR ended_on >= started_on))"),
        QStringLiteral("CREATE INDEX industry_projects_level ON industry_projects (level, started_on)"),
        // What one household received from one project in one year: its shares, the money (dividends,
        // wages, subsidies; fen) and in words what else. people: the household's members counted as
        // benefiting when the row was recorded, kept so a later move does not change an old year.
        QStringLiteral("CREATE TABLE industry_beneficiaries ("
                       " id ${ID},"
                       " project_id BIGINT NOT NULL REFERENCES industry_projects(id) ON DELETE RESTRICT,"
                       " household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE RESTRICT,"
                       " year INTEGER NOT NULL,"
                       " people INTEGER NOT NULL CHECK (people > 0),"
                       " shares INTEGER NOT NULL DEFAULT 0 CHECK (shares >= 0),"
                       " amount BIGINT NOT NULL DEFAULT 0 CHECK (amount >= 0),"
                       " benefit TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (project_id, household_id, year))"),
        QStringLiteral(
            "CREATE INDEX industry_beneficiaries_year ON industry_beneficiaries (year, project_id)"),
        QStringLiteral(
            "CREATE INDEX industry_beneficiaries_household ON industry_beneficiaries (household_id, year)"),
    };
}

// The defaults of the workflow's figures, each a setting the office may change.
QStringList workDefaults()
{
    return {
        // The labour force 劳动力: active residents of these ages (inclusive, in whole years on the day
        // counted) whose labour capacity is ordinary, skilled or weak.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('work.labour_age_from', '16')"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('work.labour_age_to', '60')"),
        // 应培尽培: a training wish not followed by a course within this many days is a finding.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('work.training_wish_days', '90')"),
        // A member of the labour force with no job and no recorded reason for this many months is a
        // finding for the pairing cadre.
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('work.idle_months', '3')"),
    };
}

const QList<std::pair<const char*, QStringList>>& auditedTablesV20()
{
    static const QList<std::pair<const char*, QStringList>> tables = {
        {"work_workshops",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("name"), QStringLiteral("operator"),
          QStringLiteral("trade"), QStringLiteral("capacity"), QStringLiteral("opened_on"),
          QStringLiteral("closed_on"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"work_posts",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("kind"), QStringLiteral("name"),
          QStringLiteral("capacity"), QStringLiteral("monthly_pay"), QStringLiteral("opened_on"),
          QStringLiteral("closed_on"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"work_brokers",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("name"),
          QStringLiteral("organisation"), QStringLiteral("phone"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"work_transport_batches",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("departed_on"),
          QStringLiteral("destination_province"), QStringLiteral("destination_city"),
          QStringLiteral("transport"), QStringLiteral("organiser"), QStringLiteral("headcount"),
          QStringLiteral("note"), QStringLiteral("row_version")}},
        {"employments",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("channel"),
          QStringLiteral("employer"), QStringLiteral("place"), QStringLiteral("destination_province"),
          QStringLiteral("destination_city"), QStringLiteral("broker_id"), QStringLiteral("batch_id"),
          QStringLiteral("workshop_id"), QStringLiteral("post_id"), QStringLiteral("monthly_income"),
          QStringLiteral("started_on"), QStringLiteral("ended_on"), QStringLiteral("end_reason"),
          QStringLiteral("source"), QStringLiteral("note"), QStringLiteral("row_version"),
          QStringLiteral("updated_at")}},
        {"work_wishes",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("place"),
          QStringLiteral("detail"), QStringLiteral("recorded_on"), QStringLiteral("collected_by"),
          QStringLiteral("closed_on"), QStringLiteral("close_reason"), QStringLiteral("row_version")}},
        {"work_absence_reasons",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("reason"), QStringLiteral("note"),
          QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("row_version")}},
        {"training_courses",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("title"), QStringLiteral("trade"),
          QStringLiteral("organiser"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
          QStringLiteral("hours"), QStringLiteral("demand"), QStringLiteral("capacity"),
          QStringLiteral("certificate"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"training_attendances",
         {QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("person_id"),
          QStringLiteral("enrolled_on"), QStringLiteral("outcome"), QStringLiteral("hours_attended"),
          QStringLiteral("certificate_no"), QStringLiteral("source"), QStringLiteral("note"),
          QStringLiteral("row_version")}},
        {"work_support_payments",
         {QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("month"),
          QStringLiteral("amount"), QStringLiteral("paid_on"), QStringLiteral("employment_id"),
          QStringLiteral("attendance_id"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"industry_projects",
         {QStringLiteral("id"), QStringLiteral("site_id"), QStringLiteral("name"), QStringLiteral("level"),
          QStringLiteral("model"), QStringLiteral("operator"), QStringLiteral("location"),
          QStringLiteral("investment"), QStringLiteral("total_shares"), QStringLiteral("started_on"),
          QStringLiteral("ended_on"), QStringLiteral("note"), QStringLiteral("row_version")}},
        {"industry_beneficiaries",
         {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("household_id"),
          QStringLiteral("year"), QStringLiteral("people"), QStringLiteral("shares"),
          QStringLiteral("amount"), QStringLiteral("benefit"), QStringLiteral("note"),
          QStringLiteral("row_version")}},
    };
    return tables;
}

// As in versions 14 and 15: the defaults are written with the settings' insert trigger out of the way on
// SQLite, which is then made again as version 6 made it.
QStringList defaultsOnSqlite()
{
    return QStringList{QStringLiteral("DROP TRIGGER IF EXISTS \"audit_settings_insert\"")} + workDefaults() +
           AuditTriggersV6::sqlite(QStringLiteral("settings"),
                                   {QStringLiteral("key"), QStringLiteral("value")});
}

QStringList schemaOn(bool server)
{
    QStringList statements = placesSchema() + employmentSchema() + trainingSchema() + industrySchema() +
                             (server ? workDefaults() : defaultsOnSqlite());
    for (const auto& [table, columns] : auditedTablesV20()) {
        if (server)
            statements.append(AuditTriggersV6::postgres(QLatin1String(table)));
        else
            statements += AuditTriggersV6::sqlite(QLatin1String(table), columns);
    }
    return statements;
}

} // namespace

Migration v020Work()
{
    return {20,
            "work, training and industry: workshops, public posts, brokers, transport batches, employments, "
            "wishes, absence reasons, courses and attendance, support payments, industry projects and their "
            "beneficiary households",
            schemaOn(false), schemaOn(true)};
}

} // namespace anju
