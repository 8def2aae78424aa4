#include "party/PartyTypes.h"

#include "party/PartyRules.h"

namespace anju::party {

int PartyMember::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QDate PartyMember::dateOf(StageEvent event) const
{
    QDate found;
    for (const StageStep& step : stageHistory) {
        if (step.event == event)
            found = step.date;
    }
    return found;
}

std::optional<DevelopmentStage> PartyMember::stageOn(QDate day) const
{
    std::optional<DevelopmentStage> stage;
    for (const StageStep& step : stageHistory) {
        // A recorded conversion makes the member full from the probation's end, not from the meeting
        // (PartyRules::fullMemberSince); every other step from its own date.
        if (step.event == StageEvent::Conversion) {
            if (PartyRules::fullMemberSince(*this) <= day)
                stage = DevelopmentStage::Full;
            continue;
        }
        if (step.date > day)
            continue;
        if (const auto reached = stageReachedBy(step.event))
            stage = reached;
    }
    return stage;
}

std::optional<MemberState> PartyMember::stateOn(QDate day) const
{
    std::optional<MemberState> state;
    for (const MemberStateChange& change : stateHistory) {
        if (change.date > day)
            break;
        state = change.state;
    }
    return state;
}

qint64 PartyMember::organisationOn(QDate day) const
{
    for (const BranchStay& stay : branchHistory) {
        if (stay.startDate <= day && (!stay.endDate.isValid() || stay.endDate > day))
            return stay.organisationId;
    }
    return 0;
}

bool PartyMember::isInGoodStandingOn(QDate day) const
{
    const auto state = stateOn(day);
    return state && (*state == MemberState::Normal || *state == MemberState::Mobile);
}

int Meeting::presentCount() const
{
    int count = 0;
    for (const Attendance& a : attendance)
        count += a.present ? 1 : 0;
    return count;
}

} // namespace anju::party
