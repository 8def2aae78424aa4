#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace anju {

// How a stored value of the trail reads: as the forms show it.
enum class AuditValueKind
{
    Text,
    Date,  // yyyy-MM-dd (a timestamp is cut to its day)
    Month, // the first day of a month, shown yyyy-MM
    Flag,  // 是 / 否
    Money, // fen, shown in 元 with two decimals
    Number,
    Hours,  // class hours
    Days,   // days
    Months, // months
    County, // GB/T 2260 code, shown with its name where known
    // Coded values, by their label.
    Sex,
    Relationship,
    HouseholdState,
    PersonState,
    Education,
    Health,
    LabourCapacity,
    PoliticalStatus,
    Ethnicity,
    Role,
    ServiceCentre,
    OrganisationKind,
    DevelopmentStage,
    StageEvent,
    MemberState,
    MemberOrigin,
    DuesCategory,
    MeetingType,
    TransferDirection,
    AssignmentKind,
    LeavingWay,
    // The grids workflow's codes (migration 14), labelled by AuditCodes.
    StaffRole,
    StaffOrigin,
    PartnerKind,
    ContactWay,
    CareCategory,
    CareMark,
    CaseKind,
    CaseState,
    CaseEvent,
    HandlerLevel,
    Satisfaction,
    ReferralState,
    VisitKind, // a visit's, and a visit task's (must_visit, must_attend)
    TaskReason,
    TaskSource,
    VisitorKind,
    // The monitoring workflow's codes (migration 15), labelled by AuditCodes.
    MonitoringCategory,
    DiscoveryWay,
    MonitoringState,
    ProcedurePhase,
    ProcedureStep,
    StepDecision,
    RiskKind,
    MeasureKind,
    CalendarDayKind,
    CheckSource, // an income check's: typed on the grid or imported
    AmountKind,  // a safety-net enrolment's amount: monthly or one-off
    // The work workflow's codes (migration 20), labelled by AuditCodes.
    WorkChannel,
    PostKind,
    WishKind,
    AbsenceReason,
    AttendanceOutcome,
    SupportKind,
    IndustryLevel,
    IndustryModel,
    // Ids of other records, shown by their names (AuditNames looks them up a page at a time).
    Household,
    Person,
    Member,
    Site,
    Building,
    Dwelling,
    Organisation,
    Meeting,
    User,
    Grid,
    Unit, // a unit of a building
    GridStaff,
    Pairing,
    CareRecord, // a person's care category (person_care_categories)
    MarkRecord, // a household's mark (household_care_marks)
    GridCase,
    VisitTask,
    Visit,
    PartyGroup, // a 党小组 (party_groups), by its name and branch
};

// One audited column: its label in the forms' words and how its value reads.
struct AuditField
{
    const char* column;
    const char* label; // English source, translated in context anju::AuditFields
    AuditValueKind kind;
};

// The columns of every audited table in the order its form shows them, with the form's labels. Columns
// that are not listed (ids, bookkeeping the triggers still keep such as recorded_at) are not shown.
class AuditFields
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditFields)

public:
    static const QList<AuditField>& of(const QString& recordType);
    static std::optional<AuditField> find(const QString& recordType, const QString& column);
    static QString label(const AuditField& field);
    // What one record of the table is called ("household", "party member", "meeting" …).
    static QString recordName(const QString& recordType);
    // The tables the trail holds, in the order the filter lists them.
    static QStringList recordTypes();
    static bool isReference(AuditValueKind kind) { return kind >= AuditValueKind::Household; }
};

} // namespace anju
