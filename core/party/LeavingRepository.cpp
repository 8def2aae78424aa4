#include "party/LeavingRepository.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

namespace anju::party {

QList<Leaving> LeavingRepository::leavings(qint64 memberId) const
{
    QList<Leaving> found;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, l.member_id, l.way, l.left_on, l.decision, l.meeting_id,"
                             " g.meeting_date, l.reason FROM party_leavings l"
                             " JOIN party_meetings g ON g.id = l.meeting_id"
                             " WHERE l.member_id = ? ORDER BY l.left_on, l.id"));
    q.addBindValue(memberId);
    if (!q.exec())
        return found;
    while (q.next()) {
        Leaving l;
        l.id = q.value(0).toLongLong();
        l.memberId = q.value(1).toLongLong();
        l.way = enumFromKey<LeavingWay>(q.value(2).toString()).value_or(LeavingWay::Removal);
        l.date = dateFrom(q.value(3));
        l.decision = q.value(4).toString();
        l.meetingId = q.value(5).toLongLong();
        l.meetingDate = dateFrom(q.value(6));
        l.reason = q.value(7).toString();
        found.append(l);
    }
    return found;
}

} // namespace anju::party
