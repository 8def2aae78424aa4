#include "audittext/AuditNarrator.h"

#include "audittext/AuditCodes.h"
#include "audittext/AuditWords.h"
#include "domain/Enums.h"
#include "domain/Role.h"
#include "exchange/CellText.h"
#include "party/PartyEnums.h"

// A stored value as its form shows it, kept apart from the sentences that use it.
namespace anju {

namespace {

using K = AuditValueKind;

template <typename E> QString coded(const QString& key)
{
    const std::optional<E> e = enumFromKey<E>(key);
    return e ? enumLabel(*e) : key;
}

} // namespace

QString AuditNarrator::valueText(const AuditField& field, const QJsonValue& value, const AuditNames& names)
{
    using namespace audittext;
    if (isEmptyValue(value))
        return QStringLiteral("—");
    const QString text = plain(value);
    switch (field.kind) {
    case K::Text:
        return text;
    case K::Date:
        return text.left(10);
    case K::Month:
        return text.left(7);
    case K::Flag:
        return truthy(value) ? tr("yes") : tr("no");
    case K::Money:
        return tr("%1 yuan").arg(QString::number(
            double(value.isDouble() ? value.toInteger() : text.toLongLong()) / 100.0, 'f', 2));
    case K::Number:
        return text;
    case K::Hours:
        return tr("%1 class hours").arg(text);
    case K::Days:
        return tr("%1 days").arg(text);
    case K::Months:
        return tr("%1 months").arg(text);
    case K::County: {
        const QString name = exchange::CellText::countyName(text);
        return name.isEmpty() ? text : tr("%1 (%2)").arg(name, text);
    }
    case K::Sex:
        return coded<Sex>(text);
    case K::Relationship:
        return coded<Relationship>(text);
    case K::HouseholdState:
        return coded<HouseholdState>(text);
    case K::PersonState:
        return coded<PersonState>(text);
    case K::Education:
        return coded<Education>(text);
    case K::Health:
        return coded<Health>(text);
    case K::LabourCapacity:
        return coded<LabourCapacity>(text);
    case K::PoliticalStatus:
        return coded<PoliticalStatus>(text);
    case K::ServiceCentre:
        return coded<ServiceCentre>(text);
    case K::Ethnicity: {
        const std::optional<Ethnicity> e = Ethnicity::fromCode(text);
        return e ? e->label() : text;
    }
    case K::Role: {
        const std::optional<Role> r = Roles::fromKey(text);
        return r ? Roles::label(*r) : text;
    }
    case K::OrganisationKind:
        return coded<party::OrganisationKind>(text);
    case K::DevelopmentStage:
        return coded<party::DevelopmentStage>(text);
    case K::StageEvent:
        return coded<party::StageEvent>(text);
    case K::MemberState:
        return coded<party::MemberState>(text);
    case K::MemberOrigin:
        return coded<party::MemberOrigin>(text);
    case K::DuesCategory:
        return coded<party::DuesCategory>(text);
    case K::MeetingType:
        return coded<party::MeetingType>(text);
    case K::TransferDirection:
        return coded<party::TransferDirection>(text);
    case K::AssignmentKind:
        return coded<party::AssignmentKind>(text);
    case K::LeavingWay:
        return coded<party::LeavingWay>(text);
    case K::StaffRole:
    case K::StaffOrigin:
    case K::PartnerKind:
    case K::ContactWay:
    case K::CareCategory:
    case K::CareMark:
    case K::CaseKind:
    case K::CaseState:
    case K::CaseEvent:
    case K::HandlerLevel:
    case K::Satisfaction:
    case K::ReferralState:
    case K::VisitKind:
    case K::TaskReason:
    case K::TaskSource:
    case K::VisitorKind:
    case K::MonitoringCategory:
    case K::DiscoveryWay:
    case K::MonitoringState:
    case K::ProcedurePhase:
    case K::ProcedureStep:
    case K::StepDecision:
    case K::RiskKind:
    case K::MeasureKind:
    case K::CalendarDayKind:
    case K::CheckSource:
    case K::AmountKind:
    case K::WorkChannel:
    case K::PostKind:
    case K::WishKind:
    case K::AbsenceReason:
    case K::AttendanceOutcome:
    case K::SupportKind:
    case K::IndustryLevel:
    case K::IndustryModel:
        return AuditCodes::label(field.kind, text).value_or(text);
    case K::Household:
    case K::Person:
    case K::Member:
    case K::Site:
    case K::Building:
    case K::Dwelling:
    case K::Organisation:
    case K::Meeting:
    case K::User:
    case K::Grid:
    case K::Unit:
    case K::GridStaff:
    case K::Pairing:
    case K::CareRecord:
    case K::MarkRecord:
    case K::GridCase:
    case K::VisitTask:
    case K::Visit:
    case K::PartyGroup:
        return named(AuditNames::tableOf(field.kind), auditId(value), names, {}, false);
    }
    return text;
}

} // namespace anju
