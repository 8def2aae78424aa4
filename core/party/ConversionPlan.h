#pragma once

#include "domain/Violation.h"
#include "party/PartyRules.h"
#include "party/PartyTypes.h"

#include <QCoreApplication>

namespace anju::Field {
inline constexpr char TransitionApprovalDate[] = "transition.approvalDate";
} // namespace anju::Field

namespace anju::party {

// What converting a probationary member (预备党员 → 正式党员) will record, worked out before the
// secretary confirms: the branch general meeting's date is the step's date, the higher committee's
// approval date goes with it in the note. Party standing (党龄) counts from the end of probation
// (PartyRules::fullMemberSince), never from the meeting: a late meeting converts the member as from that
// day; a meeting before it is refused.
struct ConversionPlan
{
    QString memberName;
    DevelopmentStage from = DevelopmentStage::Probationary;
    DevelopmentStage to = DevelopmentStage::Full;
    QDate meetingDate;
    QDate approvalDate;
    QDate probationEnds;        // PartyRules::probationEnds with every extension
    QDate fullMemberFrom;       // 党龄 from: the end of probation (PartyRules::fullMemberSince)
    StageTransition transition; // what PartyService::transition is given when confirmed
};

class ConversionPlanner
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::ConversionPlanner)

public:
    // Checks the dates (the meeting's through PartyRules::checkTransition, where a meeting before the
    // probation ends is refused with its message, never set aside here; the approval on or after the
    // meeting and not in the future) and returns the plan, or the violations by field.
    static Result<ConversionPlan> plan(const PartyMember& member, QDate meetingDate, QDate approvalDate,
                                       QDate today, const QList<qint64>& fullMemberIds = {});
    // The note kept with the step, in the user's language at the time (as broken rules are).
    static QString approvalNote(QDate approvalDate);
};

} // namespace anju::party
