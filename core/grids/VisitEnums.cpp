#include "grids/VisitEnums.h"

#include <QCoreApplication>

// The specialisations of enumInfos belong to its namespace (anju); the enums they describe are the grids'.
// The keys are the values the migration's CHECK lists accept.
namespace anju {

using namespace anju::grids;

template <> QList<EnumInfo<VisitTargetKind>> enumInfos<VisitTargetKind>()
{
    return {
        {VisitTargetKind::DifficultFamily, "difficult_family",
         QT_TRANSLATE_NOOP("anju::Labels", "Difficult family")},
        {VisitTargetKind::Hospitalised, "hospitalised", QT_TRANSLATE_NOOP("anju::Labels", "Hospitalised")},
        {VisitTargetKind::LossOfSelfCare, "loss_of_self_care",
         QT_TRANSLATE_NOOP("anju::Labels", "Lost self-care")},
        {VisitTargetKind::ElderlyAlone, "elderly_alone",
         QT_TRANSLATE_NOOP("anju::Labels", "Elderly living alone")},
    };
}

template <> QList<EnumInfo<AttendTrigger>> enumInfos<AttendTrigger>()
{
    return {
        {AttendTrigger::Emergency, "emergency", QT_TRANSLATE_NOOP("anju::Labels", "Emergency")},
        {AttendTrigger::Discontent, "discontent", QT_TRANSLATE_NOOP("anju::Labels", "Discontent")},
        {AttendTrigger::FamilyDispute, "family_dispute", QT_TRANSLATE_NOOP("anju::Labels", "Family dispute")},
    };
}

template <> QList<EnumInfo<TaskKind>> enumInfos<TaskKind>()
{
    return {
        {TaskKind::MustVisit, "must_visit", QT_TRANSLATE_NOOP("anju::Labels", "Regular visit")},
        {TaskKind::MustAttend, "must_attend", QT_TRANSLATE_NOOP("anju::Labels", "Must attend")},
    };
}

template <> QList<EnumInfo<TaskSource>> enumInfos<TaskSource>()
{
    return {
        {TaskSource::Rule, "rule", QT_TRANSLATE_NOOP("anju::Labels", "Visit rule")},
        {TaskSource::Trigger, "trigger", QT_TRANSLATE_NOOP("anju::Labels", "Must-attend event")},
        {TaskSource::Case, "case", QT_TRANSLATE_NOOP("anju::Labels", "Grid case")},
        {TaskSource::Manual, "manual", QT_TRANSLATE_NOOP("anju::Labels", "Entered by hand")},
    };
}

template <> QList<EnumInfo<VisitorKind>> enumInfos<VisitorKind>()
{
    return {
        {VisitorKind::Staff, "staff", QT_TRANSLATE_NOOP("anju::Labels", "Grid staff")},
        {VisitorKind::PartyMember, "party_member", QT_TRANSLATE_NOOP("anju::Labels", "Party member")},
        {VisitorKind::Cadre, "cadre", QT_TRANSLATE_NOOP("anju::Labels", "Cadre")},
    };
}

template <> QList<EnumInfo<VisitKind>> enumInfos<VisitKind>()
{
    return {
        {VisitKind::MustVisit, "must_visit", QT_TRANSLATE_NOOP("anju::Labels", "Regular visit")},
        {VisitKind::MustAttend, "must_attend", QT_TRANSLATE_NOOP("anju::Labels", "Must attend")},
        {VisitKind::Pairing, "pairing", QT_TRANSLATE_NOOP("anju::Labels", "Pairing visit")},
        {VisitKind::Case, "case", QT_TRANSLATE_NOOP("anju::Labels", "Grid case")},
        {VisitKind::Routine, "routine", QT_TRANSLATE_NOOP("anju::Labels", "Routine visit")},
    };
}

template <> QList<EnumInfo<CaseKind>> enumInfos<CaseKind>()
{
    return {
        {CaseKind::DisputeMediation, "dispute_mediation",
         QT_TRANSLATE_NOOP("anju::Labels", "Dispute mediation")},
        {CaseKind::ProblemScreening, "problem_screening",
         QT_TRANSLATE_NOOP("anju::Labels", "Problem screening")},
        {CaseKind::Stability, "stability", QT_TRANSLATE_NOOP("anju::Labels", "Public order and stability")},
        {CaseKind::PolicyPublicity, "policy_publicity",
         QT_TRANSLATE_NOOP("anju::Labels", "Policy publicity")},
        {CaseKind::ServiceRequest, "service_request", QT_TRANSLATE_NOOP("anju::Labels", "Service request")},
        {CaseKind::PublicSentiment, "public_sentiment",
         QT_TRANSLATE_NOOP("anju::Labels", "Public sentiment")},
    };
}

template <> QList<EnumInfo<CaseState>> enumInfos<CaseState>()
{
    return {
        {CaseState::Received, "received", QT_TRANSLATE_NOOP("anju::Labels", "Received")},
        {CaseState::InProgress, "in_progress", QT_TRANSLATE_NOOP("anju::Labels", "In progress")},
        {CaseState::Resolved, "resolved", QT_TRANSLATE_NOOP("anju::Labels", "Resolved")},
        {CaseState::Escalated, "escalated", QT_TRANSLATE_NOOP("anju::Labels", "Escalated")},
        {CaseState::Referred, "referred", QT_TRANSLATE_NOOP("anju::Labels", "Referred")},
    };
}

template <> QList<EnumInfo<CaseAction>> enumInfos<CaseAction>()
{
    return {
        {CaseAction::Receive, "received", QT_TRANSLATE_NOOP("anju::Labels", "Received")},
        {CaseAction::Assign, "assigned", QT_TRANSLATE_NOOP("anju::Labels", "Assigned")},
        {CaseAction::Start, "started", QT_TRANSLATE_NOOP("anju::Labels", "Taken up")},
        {CaseAction::Resolve, "resolved", QT_TRANSLATE_NOOP("anju::Labels", "Resolved")},
        {CaseAction::Escalate, "escalated", QT_TRANSLATE_NOOP("anju::Labels", "Escalated")},
        {CaseAction::Refer, "referred", QT_TRANSLATE_NOOP("anju::Labels", "Referred")},
        {CaseAction::Accept, "referral_accepted", QT_TRANSLATE_NOOP("anju::Labels", "Referral accepted")},
        {CaseAction::Return, "referral_returned", QT_TRANSLATE_NOOP("anju::Labels", "Referral returned")},
        {CaseAction::Note, "note", QT_TRANSLATE_NOOP("anju::Labels", "Note")},
    };
}

template <> QList<EnumInfo<EscalationLevel>> enumInfos<EscalationLevel>()
{
    return {
        {EscalationLevel::GridWorker, "grid_worker", QT_TRANSLATE_NOOP("anju::Labels", "Grid worker")},
        {EscalationLevel::GridLeader, "grid_leader", QT_TRANSLATE_NOOP("anju::Labels", "Grid leader")},
        {EscalationLevel::Manager, "manager", QT_TRANSLATE_NOOP("anju::Labels", "Person in charge")},
    };
}

template <> QList<EnumInfo<Satisfaction>> enumInfos<Satisfaction>()
{
    return {
        {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("anju::Labels", "Satisfied")},
        {Satisfaction::BasicallySatisfied, "basically_satisfied",
         QT_TRANSLATE_NOOP("anju::Labels", "Basically satisfied")},
        {Satisfaction::Dissatisfied, "dissatisfied", QT_TRANSLATE_NOOP("anju::Labels", "Dissatisfied")},
    };
}

template <> QList<EnumInfo<FindingKind>> enumInfos<FindingKind>()
{
    return {
        {FindingKind::NoPairing, "no_pairing", QT_TRANSLATE_NOOP("anju::Labels", "No pairing")},
        {FindingKind::NoContact, "no_contact", QT_TRANSLATE_NOOP("anju::Labels", "No contact")},
        {FindingKind::NotVisited, "not_visited", QT_TRANSLATE_NOOP("anju::Labels", "Not visited in time")},
        {FindingKind::MustAttendOverdue, "must_attend_overdue",
         QT_TRANSLATE_NOOP("anju::Labels", "Must-attend visit overdue")},
        {FindingKind::CaseOverdue, "case_overdue", QT_TRANSLATE_NOOP("anju::Labels", "Case overdue")},
    };
}

// The generic lookups of domain/Enums.cpp, instantiated here for these enums (the same template
// definitions, as core/party does; core/domain stays untouched by the module).
template <typename E> QString enumKey(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QString::fromLatin1(info.key);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& info : enumInfos<E>()) {
        if (key == QLatin1String(info.key))
            return info.value;
    }
    return std::nullopt;
}

template <typename E> QString enumLabel(E value)
{
    for (const auto& info : enumInfos<E>()) {
        if (info.value == value)
            return QCoreApplication::translate("anju::Labels", info.label);
    }
    return {};
}

template <typename E> std::optional<E> enumFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& info : enumInfos<E>()) {
        if (trimmed == QLatin1String(info.key) ||
            trimmed.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0 ||
            trimmed == QCoreApplication::translate("anju::Labels", info.label))
            return info.value;
    }
    return std::nullopt;
}

#define ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(E)                                                                 \
    template QString enumKey<E>(E);                                                                          \
    template std::optional<E> enumFromKey<E>(QStringView);                                                   \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(QStringView);

ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(VisitTargetKind)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(AttendTrigger)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(TaskKind)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(TaskSource)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(VisitorKind)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(VisitKind)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(CaseKind)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(CaseState)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(CaseAction)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(EscalationLevel)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(Satisfaction)
ANJU_INSTANTIATE_GRIDS_VISIT_ENUM(FindingKind)

} // namespace anju
