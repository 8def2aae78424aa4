// PartyService: leaving the party (the other writes are in PartyService.cpp and
// PartyServiceActivities.cpp).
#include "party/PartyService.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/LeavingRepository.h"
#include "party/LeavingRules.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyWrites.h"

#include <QSqlQuery>

namespace anju::party {

Result<Leaving> PartyService::leave(Leaving leaving, QDate today)
{
    leaving.decision = leaving.decision.trimmed();
    leaving.reason = leaving.reason.trimmed();
    const auto member = PartyMemberRepository(m_db).storedMember(leaving.memberId);
    if (!member)
        return Outcome::failure(QLatin1String(Field::General), tr("The member is not on file."));
    const auto meeting =
        leaving.meetingId > 0 ? PartyActivityRepository(m_db).meeting(leaving.meetingId) : std::nullopt;
    Outcome outcome = LeavingRules::checkLeaving(*member, leaving, meeting, today);
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO party_leavings (member_id, way, left_on, decision, meeting_id, reason)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(leaving.memberId);
    q.addBindValue(enumKey(leaving.way));
    q.addBindValue(sqlDate(leaving.date));
    q.addBindValue(sqlText(leaving.decision));
    q.addBindValue(leaving.meetingId);
    q.addBindValue(sqlText(leaving.reason));
    if (!writes.exec(q))
        return outcome;
    leaving.id = q.lastInsertId().toLongLong();
    // The state history says how, in the user's words at the time (as broken rules are kept).
    const QString stateReason = tr("%1: %2").arg(enumLabel(leaving.way), leaving.decision);
    if (!writes.appendState(leaving.memberId, MemberState::Left, leaving.date, stateReason))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(QLatin1String(Field::General), transaction.error());
    leaving.meetingDate = meeting->date;
    return leaving;
}

} // namespace anju::party
