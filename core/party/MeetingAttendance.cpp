#include "party/MeetingAttendance.h"

#include "access/Permissions.h"
#include "party/PartyMemberRepository.h"

namespace anju::party {

Result<QList<Attendance>> MeetingAttendance::expected(const Database& db, qint64 organisationId)
{
    if (Outcome allowed = Permissions::require(db, Action::ReadParty); !allowed)
        return allowed;
    PartyMemberFilter filter;
    filter.organisationId = organisationId;
    filter.includeSubOrganisations = false; // a branch's meeting, not its parent's
    QList<Attendance> rows;
    for (const PartyMemberRow& member : PartyMemberRepository(db).members(filter)) {
        if (member.stage == DevelopmentStage::Probationary || member.stage == DevelopmentStage::Full)
            rows.append({member.id, member.name, true, {}});
    }
    return rows;
}

} // namespace anju::party
