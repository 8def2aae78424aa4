#include "party/PartyReviewMonth.h"

#include "party/PartyActivityRepository.h"

namespace anju::party {

void PartyReviewMonth::transfers()
{
    // Transfers pending at the month's end.
    for (const RelationTransfer& t : PartyActivityRepository(m_db).transfers()) {
        if (t.letterDate > last || (t.completedDate.isValid() && t.completedDate <= last))
            continue;
        if (!inScope(t.organisationId))
            continue;
        PartyReviewItem item;
        item.kind = ReviewKind::TransferPending;
        item.record = ReviewRecord::Transfer;
        item.recordId = t.id;
        item.transferId = t.id;
        item.memberId = t.memberId;
        item.memberName = t.memberName;
        item.organisationId = t.organisationId;
        item.dueDate = t.letterDate.addDays(settings.transferLetterDays);
        item.urgency = item.dueDate <= last ? ReviewUrgency::Overdue : ReviewUrgency::Due;
        item.description = t.direction == TransferDirection::Out
                               ? tr("Transfer of %1 out to %2 (letter %3 of %4) is not completed.")
                                     .arg(t.memberName, t.otherUnit, t.letterNumber, day(t.letterDate))
                               : tr("Transfer of %1 in from %2 (letter %3 of %4) is not completed.")
                                     .arg(t.memberName, t.otherUnit, t.letterNumber, day(t.letterDate));
        add(item);
    }
}

} // namespace anju::party
