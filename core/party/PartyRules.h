#pragma once

#include "domain/Violation.h"
#include "party/PartySettings.h"
#include "party/PartyTypes.h"

#include <QCoreApplication>
#include <QSet>

// Field keys of the party forms (Violation::field), beside the registry's in anju::Field.
namespace anju::Field {
inline constexpr char OrganisationName[] = "organisation.name";
inline constexpr char OrganisationKindField[] = "organisation.kind";
inline constexpr char OrganisationParent[] = "organisation.parent";
inline constexpr char OrganisationFoundingDate[] = "organisation.foundingDate";
inline constexpr char OrganisationSites[] = "organisation.sites";
inline constexpr char MemberPerson[] = "member.person";
inline constexpr char MemberName[] = "member.name";
inline constexpr char MemberBirthDate[] = "member.birthDate";
inline constexpr char MemberOrganisation[] = "member.organisation";
inline constexpr char MemberMentors[] = "member.mentors";
inline constexpr char MemberSponsors[] = "member.sponsors";
inline constexpr char MemberTraining[] = "member.training";
inline constexpr char MemberPoliticalReview[] = "member.politicalReview";
inline constexpr char MemberDues[] = "member.dues";
inline constexpr char MemberVersion[] = "member.version";
inline constexpr char TransitionDate[] = "transition.date";
inline constexpr char TransitionEvent[] = "transition.event";
inline constexpr char TransitionReason[] = "transition.reason";
inline constexpr char TransitionExtension[] = "transition.extensionMonths";
inline constexpr char StateDate[] = "state.date";
inline constexpr char MeetingDate[] = "meeting.date";
inline constexpr char MeetingTopic[] = "meeting.topic";
inline constexpr char MeetingOrganisation[] = "meeting.organisation";
inline constexpr char MeetingAttendance[] = "meeting.attendance"; // row = attendance row
inline constexpr char DuesMonth[] = "dues.month";
inline constexpr char DuesAmount[] = "dues.amount";
inline constexpr char TransferLetter[] = "transfer.letterNumber";
inline constexpr char TransferDate[] = "transfer.date";
inline constexpr char TransferOtherUnit[] = "transfer.otherUnit";
inline constexpr char AssignmentSite[] = "assignment.site";
inline constexpr char AssignmentName[] = "assignment.name";
inline constexpr char AssignmentDates[] = "assignment.dates";
inline constexpr char GroupName[] = "group.name";
inline constexpr char GroupBranch[] = "group.branch";
inline constexpr char GroupDates[] = "group.dates";
inline constexpr char MemberGroup[] = "member.group";
} // namespace anju::Field

namespace anju::party {

// A transition asked for by the secretary: one stage step with its date and, when a rule is set aside,
// the reason (kept in the history).
struct StageTransition
{
    qint64 memberId = 0;
    StageEvent event = StageEvent::Activist;
    QDate date;
    QString reason;
    int extensionMonths = 0; // ProbationExtension: 6..12, a hard rule
    QString note;
    bool fromRecords = false; // entered from old paper records (据档案补录); `reason` names them
};

// The verdict on a transition: `blocking` can never be set aside (wrong order, date before the previous
// step or in the future, member not in a normal or mobile state, a second extension or one outside 6–12
// months, a conversion before the probation ends); `overridable` is refused unless a reason is given (no
// mentor or not two sponsors, training, review, an extension decided after the probation ended);
// `recordsOnly` has no exception at all for a live entry (age under 18, cultivation under 1 year) and is
// accepted only for a step entered from old paper records, with the reason.
struct TransitionCheck
{
    Outcome blocking;
    Outcome overridable;
    Outcome recordsOnly;
    bool allowedWith(const QString& reason, bool fromRecords = false) const
    {
        const bool reasoned = !reason.trimmed().isEmpty();
        return blocking.ok() && (overridable.ok() || reasoned) &&
               (recordsOnly.ok() || (fromRecords && reasoned));
    }
};

// Numbers one branch holds at a day, for the branch-size rules.
struct BranchCounts
{
    int members = 0; // probationary + full, in a normal or mobile state
    int fullMembers = 0;
    int committeeSize = 0;
};

// What decides the coverage rule for one site at a day.
struct SiteCoverage
{
    qint64 siteId = 0;
    int residents = 0;               // active persons in active households
    int fullMembers = 0;             // full members who are residents of the site, normal or mobile
    bool covered = false;            // some organisation covers the site
    bool hasOwnOrganisation = false; // a 党支部, 总支 or 党委 covering this site alone (not a joint branch)
};

// The rules of DOMAIN.md (党建): stage order and dates, dues, branch size, coverage. Pure functions.
class PartyRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PartyRules)

public:
    static constexpr int MinApplicationAge = 18;
    static constexpr int MinExtensionMonths = 6; // a probation is extended once, by 6 to 12 months
    static constexpr int MaxExtensionMonths = 12;
    static constexpr int CommitteeCaseMembers = 100; // members from which a branch is a case for a 党委

    // Dates computed from the history. Years and months are added by the calendar; a 29 February is
    // followed by 28 February in a year without one (QDate::addYears), a 31st by the month's last day.
    static QDate applicationTalkDue(QDate application); // + 1 month
    static QDate activistEligibleOn(QDate activist);    // + 1 year
    // The day the probation ends (预备期满): the admission's day one year later, 12 + the extension months
    // later when it was extended (党章 第七条: 预备期为一年, 延长预备期不能超过一年). A period "of a year"
    // or "of months" ends on the same day of the month; when that month has no such day, on its last day
    // (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日): admitted 2024-02-29, the probation
    // ends 2025-02-28, not 03-01. An extension runs from the day the year ended (延长预备期从原预备期满
    // 之日起算), so 2024-02-29 with 6 months of extension ends 2025-08-28. This is the first day the
    // member may be converted and the day party standing (党龄) counts from.
    static QDate probationEnds(QDate admission, int extensionMonths = 0);
    // The end of probation with every extension of the history applied (0 when not admitted).
    static QDate probationEnds(const PartyMember& member);
    // Full member since (党龄 from): the day the probation ended, once a conversion is recorded; a null date
    // while none is. The conversion meeting's own date does not count: a member converted by a late
    // meeting is full, for every day and month read afterwards, from the probation's end (党章 第七条:
    // 党员的党龄，从预备期满转为正式党员之日算起). Until the conversion is recorded the member is
    // probationary (the branch may still extend or cancel the probation), so today's counts never guess.
    // PartyMember::stageOn, the month queries and the independent test SQL all read this date.
    static QDate fullMemberSince(const PartyMember& member);
    // A conversion recorded before the probation ended (entered by an older program, which let a reason
    // excuse it): `anju-cli check` lists these; the member still counts as full only from the probation's
    // end.
    static bool convertedEarly(const PartyMember& member);
    static QDate conversionDue(const PartyMember& member) { return probationEnds(member); }
    static bool isProbationExtended(const PartyMember& member);

    // Checks a transition against the member as stored (with stageHistory) on `today`.
    // `fullMemberIds` answers whether a mentor or sponsor is a full member in a normal or mobile state.
    static TransitionCheck checkTransition(const PartyMember& member, const StageTransition& transition,
                                           QDate today, const QList<qint64>& fullMemberIds);
    // A state change (normal ↔ mobile, deceased; transferred out goes through a transfer).
    static Outcome checkStateChange(const PartyMember& member, MemberState state, QDate date, QDate today);

    // Monthly dues in fen after the table, rounded to the fen (half up). Farmers pay their agreed amount
    // (checked against the range by validateDues).
    static Fen monthlyDues(const DuesBasis& basis, const DuesRateTable& table);
    static int basisPointsFor(Fen income, const QList<DuesBracket>& brackets);
    static Outcome validateDues(const DuesBasis& basis, const DuesRateTable& table);
    // True when the member owes dues for the month: probationary or full by the month's end (from the
    // admission month), in a normal or mobile state in that month, and on or after duesFrom.
    static bool owesDuesFor(const PartyMember& member, QDate month);
    // Months (first days) from the first month owed through `throughMonth` that are owed and not in `paid`.
    static QList<QDate> unpaidMonths(const PartyMember& member, const QSet<QDate>& paid, QDate throughMonth);

    // Validation of the records the forms save.
    static Outcome validate(const Organisation& organisation, QDate today);
    static Outcome validate(const PartyMember& member, const DuesRateTable& table, QDate today);
    static Outcome validate(const Meeting& meeting, QDate today);
    static Outcome validate(const DuesPayment& payment, QDate today);
    static Outcome validate(const RelationTransfer& transfer, QDate today);
    static Outcome validate(const SiteAssignment& assignment);
    // A 党小组 sits under a 党支部 or 联合党支部 (`branchKind`, nullopt when the branch is unknown), never
    // under a 总支 or 党委: they hold no members to divide.
    static Outcome validate(const PartyGroup& group, std::optional<OrganisationKind> branchKind, QDate today);
    // Whether the branch is divided into 党小组 on the day: one of its groups exists then.
    static bool dividedIntoGroups(const QList<PartyGroup>& groups, qint64 branchId, QDate day);

    // Members sit in a 党支部 or 联合党支部, never directly in a 党总支 or 党委 (支部工作条例 第二条: the
    // branch is where every member takes part in organisational life).
    static bool holdsMembers(OrganisationKind kind);
    // Branch-size rules, reported (never enforced): each broken one is a violation naming it.
    static Outcome checkBranchSize(const BranchCounts& counts, const PartySettings& settings);
    static bool branchTooSmall(const BranchCounts& counts, const PartySettings& settings);
    static bool branchTooLarge(const BranchCounts& counts, const PartySettings& settings);
    // What a branch too large is a case for: a 党总支 over the branch maximum (50), a 党委 from
    // CommitteeCaseMembers on (党组织工作条例: 党员100人以上的设立党的基层委员会); nullopt when not too
    // large.
    static std::optional<OrganisationKind> largeBranchCase(const BranchCounts& counts,
                                                           const PartySettings& settings);
    static bool committeeMissing(const BranchCounts& counts, const PartySettings& settings);
    // Whether a branch is expected to hold a meeting of `type` in each of its periods: not when the type's
    // period is 0 months; a committee meeting only with a committee or enough full members to need one;
    // a 党小组会 only from a branch divided into 党小组 (支部工作条例: 党员人数较多的党支部 divides); the
    // others from every branch.
    static bool expectsMeeting(MeetingType type, const BranchCounts& counts, bool dividedIntoGroups,
                               const PartySettings& settings);
    // True when the site must have its own organisation (≥ residents and ≥ full members) and has none:
    // its own branch, or a 总支 or 党委 of its own, satisfies the rule.
    static bool needsOwnBranch(const SiteCoverage& site, const PartySettings& settings);

    // The first and last day of the meeting period (of `months` months, aligned to the calendar year:
    // quarters for 3, the year for 12) that contains `day`.
    static QDate periodStart(QDate day, int months);
    static QDate periodEnd(QDate day, int months);
    static QDate monthStart(QDate day) { return QDate(day.year(), day.month(), 1); }
    static QDate monthEnd(QDate day);

    // "12.50" for 1250 fen.
    static QString formatYuan(Fen amount);
    // Parses "12.5", "12.50", "12" (yuan) into fen; nullopt when it is not an amount.
    static std::optional<Fen> parseYuan(const QString& text);
};

} // namespace anju::party
