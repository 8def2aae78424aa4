#include "party/PartyReviewMonth.h"

#include "party/DuesBases.h"
#include "party/LeavingRules.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyRules.h"

namespace anju::party {

// Dues in arrears through the month before, each month at the basis in force then.
void PartyReviewMonth::duesArrears()
{
    const auto paid = PartyActivityRepository(m_db).paidMonths({}, last);
    const auto bases = DuesBases::all(m_db);
    for (const MemberAtEnd& at : std::as_const(membersAtEnd)) {
        if (!inScope(at.organisationId))
            continue;
        const PartyMember& m = at.member;
        const PartyReviewItem item = memberItem(at);
        if (at.stage == DevelopmentStage::Probationary || at.stage == DevelopmentStage::Full) {
            const QList<QDate> unpaid = PartyRules::unpaidMonths(m, paid.value(m.id), first.addMonths(-1));
            if (!unpaid.isEmpty()) {
                int run = 0;
                for (QDate expected = first.addMonths(-1); unpaid.contains(expected);
                     expected = expected.addMonths(-1))
                    ++run;
                PartyReviewItem arrears = item;
                arrears.kind = ReviewKind::DuesArrears;
                arrears.dueDate = PartyRules::monthEnd(unpaid.first());
                arrears.count = int(unpaid.size());
                arrears.amount = DuesBases::forMonths(bases.value(m.id), unpaid, settings.dues);
                arrears.urgency =
                    run >= settings.seriousArrearsMonths ? ReviewUrgency::Overdue : ReviewUrgency::Due;
                arrears.description =
                    tr("%1 owes dues for %n month(s) since %2, %3 yuan.", nullptr, arrears.count)
                        .arg(m.name, unpaid.first().toString(QStringLiteral("yyyy-MM")),
                             PartyRules::formatYuan(arrears.amount));
                // The separating space is part of the sentence: Chinese sentences follow without one.
                if (run >= LeavingRules::LapseMonths) {
                    // 党章 第三十八条: regarded as leaving of one's own accord, unless there is good reason.
                    arrears.removalCase = true;
                    arrears.urgency = ReviewUrgency::Overdue;
                    arrears.description += tr(
                        " Not paid for %n month(s) in a row: without good reason this is leaving the party "
                        "of one's own accord, and the branch general meeting should decide on removal.",
                        nullptr, run);
                } else if (run >= settings.seriousArrearsMonths) {
                    arrears.description +=
                        tr(" Not paid for %n month(s) in a row: the branch must talk with the member.",
                           nullptr, run);
                }
                add(arrears);
            }
        }
    }
}

} // namespace anju::party
