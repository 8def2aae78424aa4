#include "audittext/AuditFields.h"

#include <QHash>

namespace anju {

namespace {

using K = AuditValueKind;

// The labels are the forms' words (their zh_CN translations match the form that edits the column).
const QHash<QString, QList<AuditField>>& tables()
{
    static const QHash<QString, QList<AuditField>> fields = {
        {QStringLiteral("sites"),
         {{"code", QT_TRANSLATE_NOOP("anju::AuditFields", "Site code"), K::Text},
          {"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Designation"), K::Text},
          {"county_code", QT_TRANSLATE_NOOP("anju::AuditFields", "County"), K::County},
          {"township", QT_TRANSLATE_NOOP("anju::AuditFields", "Township"), K::Text},
          {"urban", QT_TRANSLATE_NOOP("anju::AuditFields", "Urban"), K::Flag},
          {"address", QT_TRANSLATE_NOOP("anju::AuditFields", "Address"), K::Text},
          {"move_in_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Move-in date"), K::Date},
          {"cross_township", QT_TRANSLATE_NOOP("anju::AuditFields", "Across townships"), K::Flag},
          {"service_centre", QT_TRANSLATE_NOOP("anju::AuditFields", "Service centre"), K::ServiceCentre},
          {"five_connections", QT_TRANSLATE_NOOP("anju::AuditFields", "Five connections, three improvements"),
           K::Flag},
          {"community", QT_TRANSLATE_NOOP("anju::AuditFields", "Village or community"), K::Text}}},
        {QStringLiteral("buildings"),
         {{"site_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Site"), K::Site},
          {"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Designation"), K::Text},
          {"floors", QT_TRANSLATE_NOOP("anju::AuditFields", "Floors"), K::Number}}},
        {QStringLiteral("households"),
         {{"number", QT_TRANSLATE_NOOP("anju::AuditFields", "Household number"), K::Text},
          {"site_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Site"), K::Site},
          {"dwelling_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Dwelling"), K::Dwelling},
          {"origin_county_code", QT_TRANSLATE_NOOP("anju::AuditFields", "Origin county"), K::County},
          {"origin_township", QT_TRANSLATE_NOOP("anju::AuditFields", "Origin township"), K::Text},
          {"origin_village", QT_TRANSLATE_NOOP("anju::AuditFields", "Origin village"), K::Text},
          {"relocation_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Relocation date"), K::Date},
          {"phone", QT_TRANSLATE_NOOP("anju::AuditFields", "Phone"), K::Text},
          {"registration_moved", QT_TRANSLATE_NOOP("anju::AuditFields", "Registration moved here"), K::Flag},
          {"residence_permit", QT_TRANSLATE_NOOP("anju::AuditFields", "Residence permit issued"), K::Flag},
          {"state", QT_TRANSLATE_NOOP("anju::AuditFields", "State"), K::HouseholdState},
          {"state_date", QT_TRANSLATE_NOOP("anju::AuditFields", "State since"), K::Date}}},
        {QStringLiteral("persons"),
         {{"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Name"), K::Text},
          {"id_number", QT_TRANSLATE_NOOP("anju::AuditFields", "ID number"), K::Text},
          {"relationship", QT_TRANSLATE_NOOP("anju::AuditFields", "Relationship"), K::Relationship},
          {"sex", QT_TRANSLATE_NOOP("anju::AuditFields", "Sex"), K::Sex},
          {"birth_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Date of birth"), K::Date},
          {"ethnicity", QT_TRANSLATE_NOOP("anju::AuditFields", "Ethnicity"), K::Ethnicity},
          {"education", QT_TRANSLATE_NOOP("anju::AuditFields", "Education"), K::Education},
          {"health", QT_TRANSLATE_NOOP("anju::AuditFields", "Health"), K::Health},
          {"disability_grade", QT_TRANSLATE_NOOP("anju::AuditFields", "Disability grade"), K::Number},
          {"labour_capacity", QT_TRANSLATE_NOOP("anju::AuditFields", "Labour capacity"), K::LabourCapacity},
          {"in_school", QT_TRANSLATE_NOOP("anju::AuditFields", "In school"), K::Flag},
          {"political_status", QT_TRANSLATE_NOOP("anju::AuditFields", "Political status"),
           K::PoliticalStatus},
          {"phone", QT_TRANSLATE_NOOP("anju::AuditFields", "Phone"), K::Text},
          {"state", QT_TRANSLATE_NOOP("anju::AuditFields", "State"), K::PersonState},
          {"state_date", QT_TRANSLATE_NOOP("anju::AuditFields", "State since"), K::Date},
          {"household_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Household"), K::Household}}},
        {QStringLiteral("settings"), {{"value", QT_TRANSLATE_NOOP("anju::AuditFields", "Value"), K::Text}}},
        {QStringLiteral("users"),
         {{"name", QT_TRANSLATE_NOOP("anju::AuditFields", "User name"), K::Text},
          {"display_name", QT_TRANSLATE_NOOP("anju::AuditFields", "Full name"), K::Text},
          {"role", QT_TRANSLATE_NOOP("anju::AuditFields", "Role"), K::Role},
          {"active", QT_TRANSLATE_NOOP("anju::AuditFields", "May log in"), K::Flag}}},
        {QStringLiteral("user_sites"),
         {{"user_id", QT_TRANSLATE_NOOP("anju::AuditFields", "User"), K::User},
          {"site_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Site"), K::Site}}},
        {QStringLiteral("party_organisations"),
         {{"kind", QT_TRANSLATE_NOOP("anju::AuditFields", "Kind of organisation"), K::OrganisationKind},
          {"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Designation"), K::Text},
          {"parent_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Under"), K::Organisation},
          {"secretary_member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Secretary"), K::Member},
          {"instructor_name", QT_TRANSLATE_NOOP("anju::AuditFields", "Party-building instructor"), K::Text},
          {"instructor_unit", QT_TRANSLATE_NOOP("anju::AuditFields", "Instructor's unit"), K::Text},
          {"founding_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Founded on"), K::Date},
          {"dissolved_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Dissolved on"), K::Date}}},
        {QStringLiteral("party_organisation_sites"),
         {{"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Party organisation"), K::Organisation},
          {"site_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Covers site"), K::Site},
          {"start_date", QT_TRANSLATE_NOOP("anju::AuditFields", "From"), K::Date},
          {"end_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Until"), K::Date}}},
        {QStringLiteral("party_members"),
         {{"origin", QT_TRANSLATE_NOOP("anju::AuditFields", "Member from"), K::MemberOrigin},
          {"person_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Resident"), K::Person},
          {"cadre_name", QT_TRANSLATE_NOOP("anju::AuditFields", "Name"), K::Text},
          {"cadre_sex", QT_TRANSLATE_NOOP("anju::AuditFields", "Sex"), K::Sex},
          {"cadre_birth_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Date of birth"), K::Date},
          {"cadre_id_number", QT_TRANSLATE_NOOP("anju::AuditFields", "ID number"), K::Text},
          {"work_unit", QT_TRANSLATE_NOOP("anju::AuditFields", "Work unit"), K::Text},
          {"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Branch"), K::Organisation},
          {"stage", QT_TRANSLATE_NOOP("anju::AuditFields", "Stage"), K::DevelopmentStage},
          {"stage_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Stage since"), K::Date},
          {"state", QT_TRANSLATE_NOOP("anju::AuditFields", "Member state"), K::MemberState},
          {"state_date", QT_TRANSLATE_NOOP("anju::AuditFields", "State since"), K::Date},
          {"phone", QT_TRANSLATE_NOOP("anju::AuditFields", "Phone"), K::Text},
          {"mentor1_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Mentor"), K::Member},
          {"mentor2_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Second mentor"), K::Member},
          {"sponsor1_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Sponsor"), K::Member},
          {"sponsor2_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Second sponsor"), K::Member},
          {"political_review_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Political review on"), K::Date},
          {"training_hours", QT_TRANSLATE_NOOP("anju::AuditFields", "Training"), K::Hours},
          {"training_days", QT_TRANSLATE_NOOP("anju::AuditFields", "Training days"), K::Days},
          {"dues_from", QT_TRANSLATE_NOOP("anju::AuditFields", "Dues from"), K::Month},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text}}},
        {QStringLiteral("party_stage_steps"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"event", QT_TRANSLATE_NOOP("anju::AuditFields", "Step"), K::StageEvent},
          {"step_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Date"), K::Date},
          {"extension_months", QT_TRANSLATE_NOOP("anju::AuditFields", "Extended by"), K::Months},
          {"reason", QT_TRANSLATE_NOOP("anju::AuditFields", "Reason"), K::Text},
          {"broken_rules", QT_TRANSLATE_NOOP("anju::AuditFields", "Rules set aside"), K::Text},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text}}},
        {QStringLiteral("party_member_states"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"state", QT_TRANSLATE_NOOP("anju::AuditFields", "Member state"), K::MemberState},
          {"state_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Since"), K::Date},
          {"reason", QT_TRANSLATE_NOOP("anju::AuditFields", "Reason"), K::Text}}},
        {QStringLiteral("party_branch_stays"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Branch"), K::Organisation},
          {"start_date", QT_TRANSLATE_NOOP("anju::AuditFields", "From"), K::Date},
          {"end_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Until"), K::Date}}},
        {QStringLiteral("party_committee_seats"),
         {{"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Party organisation"), K::Organisation},
          {"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Committee member"), K::Member},
          {"start_date", QT_TRANSLATE_NOOP("anju::AuditFields", "From"), K::Date},
          {"end_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Until"), K::Date}}},
        {QStringLiteral("party_dues_bases"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"from_month", QT_TRANSLATE_NOOP("anju::AuditFields", "Applies from"), K::Month},
          {"category", QT_TRANSLATE_NOOP("anju::AuditFields", "Category"), K::DuesCategory},
          {"monthly_income", QT_TRANSLATE_NOOP("anju::AuditFields", "Income"), K::Money},
          {"fixed_amount", QT_TRANSLATE_NOOP("anju::AuditFields", "Agreed amount"), K::Money}}},
        {QStringLiteral("party_dues_payments"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"month", QT_TRANSLATE_NOOP("anju::AuditFields", "Month"), K::Month},
          {"amount", QT_TRANSLATE_NOOP("anju::AuditFields", "Amount"), K::Money},
          {"paid_on", QT_TRANSLATE_NOOP("anju::AuditFields", "Paid on"), K::Date},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text}}},
        {QStringLiteral("party_meetings"),
         {{"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Party organisation"), K::Organisation},
          {"type", QT_TRANSLATE_NOOP("anju::AuditFields", "Type"), K::MeetingType},
          {"meeting_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Date"), K::Date},
          {"topic", QT_TRANSLATE_NOOP("anju::AuditFields", "Topic"), K::Text},
          {"place", QT_TRANSLATE_NOOP("anju::AuditFields", "Place"), K::Text},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text}}},
        {QStringLiteral("party_meeting_attendance"),
         {{"meeting_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Meeting"), K::Meeting},
          {"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"present", QT_TRANSLATE_NOOP("anju::AuditFields", "Present"), K::Flag},
          {"absence_reason", QT_TRANSLATE_NOOP("anju::AuditFields", "Reason for absence"), K::Text}}},
        {QStringLiteral("party_transfers"),
         {{"direction", QT_TRANSLATE_NOOP("anju::AuditFields", "Direction"), K::TransferDirection},
          {"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"organisation_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Our organisation"), K::Organisation},
          {"other_unit", QT_TRANSLATE_NOOP("anju::AuditFields", "Other unit"), K::Text},
          {"letter_number", QT_TRANSLATE_NOOP("anju::AuditFields", "Letter no."), K::Text},
          {"letter_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Letter dated"), K::Date},
          {"completed_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Completed on"), K::Date},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text}}},
        {QStringLiteral("party_site_assignments"),
         {{"kind", QT_TRANSLATE_NOOP("anju::AuditFields", "Kind"), K::AssignmentKind},
          {"site_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Site"), K::Site},
          {"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Name"), K::Text},
          {"leader", QT_TRANSLATE_NOOP("anju::AuditFields", "Team leader"), K::Text},
          {"dispatching_unit", QT_TRANSLATE_NOOP("anju::AuditFields", "Dispatching unit"), K::Text},
          {"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"start_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Serves from"), K::Date},
          {"end_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Serves until"), K::Date},
          {"note", QT_TRANSLATE_NOOP("anju::AuditFields", "Note"), K::Text},
          {"covers_village", QT_TRANSLATE_NOOP("anju::AuditFields", "Covers the village or community"),
           K::Flag}}},
        {QStringLiteral("party_groups"),
         {{"branch_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Branch"), K::Organisation},
          {"name", QT_TRANSLATE_NOOP("anju::AuditFields", "Group name"), K::Text},
          {"founding_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Founded"), K::Date},
          {"dissolved_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Dissolved"), K::Date}}},
        {QStringLiteral("party_group_stays"),
         {{"member_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Member"), K::Member},
          {"group_id", QT_TRANSLATE_NOOP("anju::AuditFields", "Party group"), K::Number},
          {"start_date", QT_TRANSLATE_NOOP("anju::AuditFields", "From"), K::Date},
          {"end_date", QT_TRANSLATE_NOOP("anju::AuditFields", "Until"), K::Date}}},
    };
    return fields;
}

} // namespace

const QList<AuditField>& AuditFields::of(const QString& recordType)
{
    static const QList<AuditField> none;
    const auto it = tables().constFind(recordType);
    return it == tables().constEnd() ? none : it.value();
}

std::optional<AuditField> AuditFields::find(const QString& recordType, const QString& column)
{
    for (const AuditField& f : of(recordType)) {
        if (column == QLatin1String(f.column))
            return f;
    }
    return std::nullopt;
}

QString AuditFields::label(const AuditField& field)
{
    return tr(field.label);
}

QString AuditFields::recordName(const QString& recordType)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("sites"), QT_TR_NOOP("site")},
        {QStringLiteral("buildings"), QT_TR_NOOP("building")},
        {QStringLiteral("households"), QT_TR_NOOP("household")},
        {QStringLiteral("persons"), QT_TR_NOOP("person")},
        {QStringLiteral("settings"), QT_TR_NOOP("setting")},
        {QStringLiteral("users"), QT_TR_NOOP("user")},
        {QStringLiteral("user_sites"), QT_TR_NOOP("user's site")},
        {QStringLiteral("party_organisations"), QT_TR_NOOP("party organisation")},
        {QStringLiteral("party_organisation_sites"), QT_TR_NOOP("site covered by an organisation")},
        {QStringLiteral("party_members"), QT_TR_NOOP("party member")},
        {QStringLiteral("party_stage_steps"), QT_TR_NOOP("development step")},
        {QStringLiteral("party_member_states"), QT_TR_NOOP("member state")},
        {QStringLiteral("party_branch_stays"), QT_TR_NOOP("branch membership")},
        {QStringLiteral("party_committee_seats"), QT_TR_NOOP("branch committee seat")},
        {QStringLiteral("party_dues_bases"), QT_TR_NOOP("dues basis")},
        {QStringLiteral("party_dues_payments"), QT_TR_NOOP("dues payment")},
        {QStringLiteral("party_meetings"), QT_TR_NOOP("meeting")},
        {QStringLiteral("party_meeting_attendance"), QT_TR_NOOP("attendance")},
        {QStringLiteral("party_transfers"), QT_TR_NOOP("transfer of relations")},
        {QStringLiteral("party_site_assignments"), QT_TR_NOOP("work team or first secretary")},
        {QStringLiteral("party_groups"), QT_TR_NOOP("party group")},
        {QStringLiteral("party_group_stays"), QT_TR_NOOP("party group membership")},
    };
    const auto it = names.constFind(recordType);
    return it == names.constEnd() ? recordType : tr(it.value());
}

QStringList AuditFields::recordTypes()
{
    return {QStringLiteral("households"),
            QStringLiteral("persons"),
            QStringLiteral("sites"),
            QStringLiteral("buildings"),
            QStringLiteral("party_organisations"),
            QStringLiteral("party_organisation_sites"),
            QStringLiteral("party_members"),
            QStringLiteral("party_stage_steps"),
            QStringLiteral("party_member_states"),
            QStringLiteral("party_branch_stays"),
            QStringLiteral("party_committee_seats"),
            QStringLiteral("party_dues_bases"),
            QStringLiteral("party_dues_payments"),
            QStringLiteral("party_meetings"),
            QStringLiteral("party_meeting_attendance"),
            QStringLiteral("party_transfers"),
            QStringLiteral("party_site_assignments"),
            QStringLiteral("party_groups"),
            QStringLiteral("party_group_stays"),
            QStringLiteral("settings"),
            QStringLiteral("users"),
            QStringLiteral("user_sites")};
}

} // namespace anju
