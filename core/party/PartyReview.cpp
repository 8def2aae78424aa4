#include "party/PartyReview.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "party/PartyReviewMonth.h"

namespace anju::party {

QList<PartyReviewItem> PartyReview::forMonth(QDate month, qint64 organisationId) const
{
    // Nothing of the party records for a role that may not read them (checked where they are read).
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return {};
    PartyReviewMonth review(m_db, month, organisationId);
    review.stepsDue();
    review.duesArrears();
    review.organisationalLife();
    review.branches();
    review.secretaries();
    review.transfers();
    review.sites();
    review.politicalStatus();
    return review.sortedItems();
}

} // namespace anju::party
