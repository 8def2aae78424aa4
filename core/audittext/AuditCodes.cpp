#include "audittext/AuditCodes.h"

#include <QHash>
#include <QList>

namespace anju {

namespace {

using K = AuditValueKind;

struct Code
{
    const char* key; // as migration 14's CHECK lists spell it
    const char* label;
};

// In the order the forms offer them. The Chinese words are core/grids' (anju::Labels), kept in a context of
// their own so that either can change without the other's .ts entries moving.
const QHash<int, QList<Code>>& codes()
{
    static const QHash<int, QList<Code>> all = {
        {int(K::StaffRole),
         {{"grid_leader", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid leader")},
          {"grid_worker", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid worker")},
          {"building_leader", QT_TRANSLATE_NOOP("anju::AuditCodes", "Building leader")},
          {"unit_leader", QT_TRANSLATE_NOOP("anju::AuditCodes", "Unit leader")},
          {"party_member_household", QT_TRANSLATE_NOOP("anju::AuditCodes", "Party member household")}}},
        {int(K::StaffOrigin),
         {{"resident", QT_TRANSLATE_NOOP("anju::AuditCodes", "Resident")},
          {"outside_cadre", QT_TRANSLATE_NOOP("anju::AuditCodes", "Outside cadre")}}},
        {int(K::PartnerKind),
         {{"party_member", QT_TRANSLATE_NOOP("anju::AuditCodes", "Party member")},
          {"staff", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid staff")},
          {"cadre", QT_TRANSLATE_NOOP("anju::AuditCodes", "Cadre")}}},
        {int(K::ContactWay),
         {{"home_visit", QT_TRANSLATE_NOOP("anju::AuditCodes", "Home visit")},
          {"phone", QT_TRANSLATE_NOOP("anju::AuditCodes", "Phone call")},
          {"message", QT_TRANSLATE_NOOP("anju::AuditCodes", "Message")},
          {"meeting", QT_TRANSLATE_NOOP("anju::AuditCodes", "Meeting in person")},
          {"other", QT_TRANSLATE_NOOP("anju::AuditCodes", "Other")}}},
        {int(K::CareCategory),
         {{"left_behind_child", QT_TRANSLATE_NOOP("anju::AuditCodes", "Left-behind child")},
          {"elderly_alone", QT_TRANSLATE_NOOP("anju::AuditCodes", "Elderly living alone")},
          {"loss_of_self_care", QT_TRANSLATE_NOOP("anju::AuditCodes", "Lost self-care")},
          {"seriously_ill", QT_TRANSLATE_NOOP("anju::AuditCodes", "Seriously ill")},
          {"hospitalised", QT_TRANSLATE_NOOP("anju::AuditCodes", "In hospital")},
          {"disabled", QT_TRANSLATE_NOOP("anju::AuditCodes", "Disabled")}}},
        {int(K::CareMark), {{"difficult_family", QT_TRANSLATE_NOOP("anju::AuditCodes", "Difficult family")}}},
        {int(K::CaseKind),
         {{"dispute_mediation", QT_TRANSLATE_NOOP("anju::AuditCodes", "Dispute mediation")},
          {"problem_screening", QT_TRANSLATE_NOOP("anju::AuditCodes", "Problem screening")},
          {"stability", QT_TRANSLATE_NOOP("anju::AuditCodes", "Public order and stability")},
          {"policy_publicity", QT_TRANSLATE_NOOP("anju::AuditCodes", "Policy publicity")},
          {"service_request", QT_TRANSLATE_NOOP("anju::AuditCodes", "Service request")},
          {"public_sentiment", QT_TRANSLATE_NOOP("anju::AuditCodes", "Public sentiment")}}},
        {int(K::CaseState),
         {{"received", QT_TRANSLATE_NOOP("anju::AuditCodes", "Received")},
          {"in_progress", QT_TRANSLATE_NOOP("anju::AuditCodes", "In progress")},
          {"resolved", QT_TRANSLATE_NOOP("anju::AuditCodes", "Resolved")},
          {"escalated", QT_TRANSLATE_NOOP("anju::AuditCodes", "Escalated")},
          {"referred", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referred")}}},
        {int(K::CaseEvent),
         {{"received", QT_TRANSLATE_NOOP("anju::AuditCodes", "Received")},
          {"assigned", QT_TRANSLATE_NOOP("anju::AuditCodes", "Assigned")},
          {"started", QT_TRANSLATE_NOOP("anju::AuditCodes", "Taken up")},
          {"resolved", QT_TRANSLATE_NOOP("anju::AuditCodes", "Resolved")},
          {"escalated", QT_TRANSLATE_NOOP("anju::AuditCodes", "Escalated")},
          {"referred", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referred")},
          {"referral_accepted", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referral accepted")},
          {"referral_returned", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referral returned")},
          {"reopened", QT_TRANSLATE_NOOP("anju::AuditCodes", "Reopened")},
          {"note", QT_TRANSLATE_NOOP("anju::AuditCodes", "Note")}}},
        {int(K::HandlerLevel),
         {{"grid_worker", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid worker")},
          {"grid_leader", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid leader")},
          {"manager", QT_TRANSLATE_NOOP("anju::AuditCodes", "Person in charge")}}},
        {int(K::Satisfaction),
         {{"satisfied", QT_TRANSLATE_NOOP("anju::AuditCodes", "Satisfied")},
          {"basically_satisfied", QT_TRANSLATE_NOOP("anju::AuditCodes", "Basically satisfied")},
          {"dissatisfied", QT_TRANSLATE_NOOP("anju::AuditCodes", "Dissatisfied")}}},
        {int(K::ReferralState),
         {{"pending", QT_TRANSLATE_NOOP("anju::AuditCodes", "Awaiting the department")},
          {"accepted", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referral accepted")},
          {"returned", QT_TRANSLATE_NOOP("anju::AuditCodes", "Referral returned")}}},
        {int(K::VisitKind),
         {{"must_visit", QT_TRANSLATE_NOOP("anju::AuditCodes", "Regular visit")},
          {"must_attend", QT_TRANSLATE_NOOP("anju::AuditCodes", "Must attend")},
          {"pairing", QT_TRANSLATE_NOOP("anju::AuditCodes", "Pairing visit")},
          {"case", QT_TRANSLATE_NOOP("anju::AuditCodes", "Case visit")},
          {"routine", QT_TRANSLATE_NOOP("anju::AuditCodes", "Routine visit")}}},
        {int(K::TaskReason),
         {{"difficult_family", QT_TRANSLATE_NOOP("anju::AuditCodes", "Difficult family")},
          {"hospitalised", QT_TRANSLATE_NOOP("anju::AuditCodes", "In hospital")},
          {"loss_of_self_care", QT_TRANSLATE_NOOP("anju::AuditCodes", "Lost self-care")},
          {"elderly_alone", QT_TRANSLATE_NOOP("anju::AuditCodes", "Elderly living alone")},
          {"emergency", QT_TRANSLATE_NOOP("anju::AuditCodes", "Emergency")},
          {"discontent", QT_TRANSLATE_NOOP("anju::AuditCodes", "Discontent")},
          {"family_dispute", QT_TRANSLATE_NOOP("anju::AuditCodes", "Family dispute")}}},
        {int(K::TaskSource),
         {{"rule", QT_TRANSLATE_NOOP("anju::AuditCodes", "Visit rule")},
          {"trigger", QT_TRANSLATE_NOOP("anju::AuditCodes", "Must-attend event")},
          {"case", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid case")},
          {"manual", QT_TRANSLATE_NOOP("anju::AuditCodes", "Entered by hand")}}},
        {int(K::VisitorKind),
         {{"staff", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid staff")},
          {"party_member", QT_TRANSLATE_NOOP("anju::AuditCodes", "Party member")},
          {"cadre", QT_TRANSLATE_NOOP("anju::AuditCodes", "Cadre")}}},
        // Monitoring households 监测户 (migration 15), in core/income's words.
        {int(K::MonitoringCategory),
         {{"unstable_out_of_poverty", QT_TRANSLATE_NOOP("anju::AuditCodes", "Unstable out of poverty")},
          {"marginal_at_risk", QT_TRANSLATE_NOOP("anju::AuditCodes", "Marginal, at risk of poverty")},
          {"sudden_hardship", QT_TRANSLATE_NOOP("anju::AuditCodes", "Sudden severe hardship")}}},
        {int(K::DiscoveryWay),
         {{"income_flag", QT_TRANSLATE_NOOP("anju::AuditCodes", "Income check flag")},
          {"visit", QT_TRANSLATE_NOOP("anju::AuditCodes", "Visit")},
          {"case", QT_TRANSLATE_NOOP("anju::AuditCodes", "Grid case")},
          {"self_report", QT_TRANSLATE_NOOP("anju::AuditCodes", "Self-report")},
          {"department", QT_TRANSLATE_NOOP("anju::AuditCodes", "Department data")}}},
        {int(K::MonitoringState),
         {{"entry_review", QT_TRANSLATE_NOOP("anju::AuditCodes", "Entry review")},
          {"declined", QT_TRANSLATE_NOOP("anju::AuditCodes", "Not taken in")},
          {"monitored", QT_TRANSLATE_NOOP("anju::AuditCodes", "Monitored")},
          {"elimination_review", QT_TRANSLATE_NOOP("anju::AuditCodes", "Elimination review")},
          {"eliminated", QT_TRANSLATE_NOOP("anju::AuditCodes", "Risk eliminated")}}},
        {int(K::ProcedurePhase),
         {{"entry", QT_TRANSLATE_NOOP("anju::AuditCodes", "Entry")},
          {"elimination", QT_TRANSLATE_NOOP("anju::AuditCodes", "Risk elimination")}}},
        {int(K::ProcedureStep),
         {{"home_check", QT_TRANSLATE_NOOP("anju::AuditCodes", "Home check")},
          {"village_review", QT_TRANSLATE_NOOP("anju::AuditCodes", "Village review")},
          {"public_notice", QT_TRANSLATE_NOOP("anju::AuditCodes", "Public notice")},
          {"township_review", QT_TRANSLATE_NOOP("anju::AuditCodes", "Township review")},
          {"county_approval", QT_TRANSLATE_NOOP("anju::AuditCodes", "County approval")}}},
        {int(K::StepDecision),
         {{"passed", QT_TRANSLATE_NOOP("anju::AuditCodes", "Passed")},
          {"rejected", QT_TRANSLATE_NOOP("anju::AuditCodes", "Rejected")}}},
        {int(K::RiskKind),
         {{"illness", QT_TRANSLATE_NOOP("anju::AuditCodes", "Illness")},
          {"disability", QT_TRANSLATE_NOOP("anju::AuditCodes", "Disability")},
          {"schooling", QT_TRANSLATE_NOOP("anju::AuditCodes", "Schooling costs")},
          {"disaster", QT_TRANSLATE_NOOP("anju::AuditCodes", "Disaster")},
          {"accident", QT_TRANSLATE_NOOP("anju::AuditCodes", "Accident")},
          {"business_failure", QT_TRANSLATE_NOOP("anju::AuditCodes", "Failed business")},
          {"unstable_work", QT_TRANSLATE_NOOP("anju::AuditCodes", "Unstable work")},
          {"other", QT_TRANSLATE_NOOP("anju::AuditCodes", "Other risk")}}},
        {int(K::MeasureKind),
         {{"industry", QT_TRANSLATE_NOOP("anju::AuditCodes", "Industry support")},
          {"employment", QT_TRANSLATE_NOOP("anju::AuditCodes", "Employment support")},
          {"health", QT_TRANSLATE_NOOP("anju::AuditCodes", "Health support")},
          {"education", QT_TRANSLATE_NOOP("anju::AuditCodes", "Education support")},
          {"housing", QT_TRANSLATE_NOOP("anju::AuditCodes", "Housing support")},
          {"safety_net", QT_TRANSLATE_NOOP("anju::AuditCodes", "Safety net")},
          {"relief", QT_TRANSLATE_NOOP("anju::AuditCodes", "Relief")},
          {"other", QT_TRANSLATE_NOOP("anju::AuditCodes", "Other measure")}}},
        {int(K::CalendarDayKind),
         {{"holiday", QT_TRANSLATE_NOOP("anju::AuditCodes", "Holiday")},
          {"workday", QT_TRANSLATE_NOOP("anju::AuditCodes", "Made-up workday")}}},
        // The other coded columns of migration 15, so that no value of its CHECK lists reads as its key.
        {int(K::CheckSource),
         {{"entry", QT_TRANSLATE_NOOP("anju::AuditCodes", "Typed on the entry grid")},
          {"import", QT_TRANSLATE_NOOP("anju::AuditCodes", "Imported")}}},
        {int(K::AmountKind),
         {{"monthly", QT_TRANSLATE_NOOP("anju::AuditCodes", "Monthly")},
          {"one_off", QT_TRANSLATE_NOOP("anju::AuditCodes", "One-off")}}},
        // Migration 20's codes (work, training and industry).
        {int(K::WorkChannel),
         {{"labour_export", QT_TRANSLATE_NOOP("anju::AuditCodes", "Labour export")},
          {"workshop", QT_TRANSLATE_NOOP("anju::AuditCodes", "Assistance workshop")},
          {"work_relief", QT_TRANSLATE_NOOP("anju::AuditCodes", "Work-for-relief project")},
          {"park", QT_TRANSLATE_NOOP("anju::AuditCodes", "Industrial park or scenic area")},
          {"public_post", QT_TRANSLATE_NOOP("anju::AuditCodes", "Public-welfare post")},
          {"self_employed", QT_TRANSLATE_NOOP("anju::AuditCodes", "Self-employed")},
          {"flexible", QT_TRANSLATE_NOOP("anju::AuditCodes", "Flexible work")}}},
        {int(K::PostKind),
         {{"cleaning_greening", QT_TRANSLATE_NOOP("anju::AuditCodes", "Cleaning and greening")},
          {"security", QT_TRANSLATE_NOOP("anju::AuditCodes", "Security assistant")},
          {"forest_ranger", QT_TRANSLATE_NOOP("anju::AuditCodes", "Forest ranger")},
          {"project_maintenance", QT_TRANSLATE_NOOP("anju::AuditCodes", "Project maintenance")},
          {"other", QT_TRANSLATE_NOOP("anju::AuditCodes", "Other post")}}},
        {int(K::WishKind),
         {{"employment", QT_TRANSLATE_NOOP("anju::AuditCodes", "Wish to work")},
          {"training", QT_TRANSLATE_NOOP("anju::AuditCodes", "Wish for training")},
          {"business", QT_TRANSLATE_NOOP("anju::AuditCodes", "Wish to start a business")}}},
        {int(K::AbsenceReason),
         {{"studying", QT_TRANSLATE_NOOP("anju::AuditCodes", "Studying")},
          {"caring", QT_TRANSLATE_NOOP("anju::AuditCodes", "Caring for family")},
          {"ill", QT_TRANSLATE_NOOP("anju::AuditCodes", "Ill")},
          {"other", QT_TRANSLATE_NOOP("anju::AuditCodes", "Other reason")}}},
        {int(K::AttendanceOutcome),
         {{"enrolled", QT_TRANSLATE_NOOP("anju::AuditCodes", "Enrolled")},
          {"completed", QT_TRANSLATE_NOOP("anju::AuditCodes", "Completed")},
          {"dropped", QT_TRANSLATE_NOOP("anju::AuditCodes", "Dropped out")}}},
        {int(K::SupportKind),
         {{"employment_award", QT_TRANSLATE_NOOP("anju::AuditCodes", "Employment award")},
          {"training_subsidy", QT_TRANSLATE_NOOP("anju::AuditCodes", "Training subsidy")},
          {"living_allowance", QT_TRANSLATE_NOOP("anju::AuditCodes", "Living allowance during training")},
          {"social_insurance", QT_TRANSLATE_NOOP("anju::AuditCodes", "Social insurance subsidy")}}},
        {int(K::IndustryLevel),
         {{"county_park", QT_TRANSLATE_NOOP("anju::AuditCodes", "County industrial park")},
          {"township_base", QT_TRANSLATE_NOOP("anju::AuditCodes", "Township base")},
          {"village_cooperative", QT_TRANSLATE_NOOP("anju::AuditCodes", "Village cooperative")},
          {"household", QT_TRANSLATE_NOOP("anju::AuditCodes", "Household project")}}},
        {int(K::IndustryModel),
         {{"infrastructure", QT_TRANSLATE_NOOP("anju::AuditCodes", "Infrastructure")},
          {"labour_pay", QT_TRANSLATE_NOOP("anju::AuditCodes", "Labour pay")},
          {"training", QT_TRANSLATE_NOOP("anju::AuditCodes", "Training")},
          {"asset_shares", QT_TRANSLATE_NOOP("anju::AuditCodes", "Asset shares")}}},
    };
    return all;
}

} // namespace

std::optional<QString> AuditCodes::label(AuditValueKind kind, QStringView key)
{
    for (const Code& code : codes().value(int(kind))) {
        if (key == QLatin1String(code.key))
            return tr(code.label);
    }
    return std::nullopt;
}

bool AuditCodes::labels(AuditValueKind kind)
{
    return codes().contains(int(kind));
}

} // namespace anju
