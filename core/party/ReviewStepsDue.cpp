#include "party/PartyReviewMonth.h"

#include "party/PartyRules.h"

namespace anju::party {

// Next steps due: the talk with an applicant, an activist's year of cultivation, the end of probation.
void PartyReviewMonth::stepsDue()
{
    for (const MemberAtEnd& at : std::as_const(membersAtEnd)) {
        if (!inScope(at.organisationId))
            continue;
        const PartyMember& m = at.member;
        PartyReviewItem item = memberItem(at);
        switch (at.stage) {
        case DevelopmentStage::Applicant: {
            const QDate applied = m.dateOf(StageEvent::Application);
            const QDate due = PartyRules::applicationTalkDue(applied);
            if (applied.isValid() && !m.dateOf(StageEvent::ApplicationTalk).isValid() && due <= last) {
                item.kind = ReviewKind::ApplicationTalkDue;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description =
                    tr("%1 applied on %2; the branch talks with an applicant within a month (by %3).")
                        .arg(m.name, day(applied), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::Activist: {
            const QDate since = m.dateOf(StageEvent::Activist);
            const QDate due = PartyRules::activistEligibleOn(since);
            if (since.isValid() && due <= last) {
                item.kind = ReviewKind::ActivistEligible;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description =
                    tr("%1 has been an activist since %2: one year of cultivation is complete on %3;"
                       " consider naming them a development target.")
                        .arg(m.name, day(since), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::Probationary: {
            const QDate due = PartyRules::probationEnds(m);
            if (due.isValid() && due <= last) {
                const bool extended = PartyRules::isProbationExtended(m);
                item.kind = extended ? ReviewKind::ExtensionEnding : ReviewKind::ConversionDue;
                item.dueDate = due;
                item.urgency = urgencyOf(due, first);
                item.description = extended
                                       ? tr("The extended probation of %1 ends on %2: the branch meeting "
                                            "decides on the conversion.")
                                             .arg(m.name, day(due))
                                       : tr("The probation of %1 (admitted %2) ends on %3: the branch "
                                            "meeting decides on the conversion.")
                                             .arg(m.name, day(m.dateOf(StageEvent::Admission)), day(due));
                add(item);
            }
            break;
        }
        case DevelopmentStage::DevelopmentTarget:
        case DevelopmentStage::Full:
            break;
        }
    }
}

} // namespace anju::party
