#pragma once

#include "party/PartyEnums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju::party {

// Money is held in fen (分, 1/100 yuan) so that the dues brackets compare exactly.
using Fen = qint64;

// A party organisation 党组织 with the sites it covers now.
struct Organisation
{
    qint64 id = 0;
    OrganisationKind kind = OrganisationKind::Branch;
    QString name;
    qint64 parentId = 0;          // 0 for a top organisation
    qint64 secretaryMemberId = 0; // 书记, a member (0 when vacant)
    // Why the secretary was set with under a year of party standing (支部工作条例: normally ≥ 1 year);
    // empty when no exception was made. Kept with the organisation while that secretary serves.
    QString secretaryStandingReason;
    QString instructorName;       // 党建指导员 sent to guide it (an outside cadre, not a member here)
    QString instructorUnit;
    QDate foundingDate;
    QDate dissolvedDate;              // null while it exists
    QList<qint64> siteIds;            // sites covered now (dated in organisation_sites)
    QList<qint64> committeeMemberIds; // 支部委员会 members now
    int rowVersion = 0;

    bool isBranch() const
    {
        return kind == OrganisationKind::Branch || kind == OrganisationKind::JointBranch;
    }
};

// A 党小组 party group within a branch or joint branch. Not an organisation of its own: its members stay
// members of the branch (and count there); a member's group is a dated membership (party_group_stays).
struct PartyGroup
{
    qint64 id = 0;
    qint64 branchId = 0;
    QString name;
    QDate foundingDate;
    QDate dissolvedDate;     // null while it exists
    QList<qint64> memberIds; // in the group now (dated in party_group_stays)
    int rowVersion = 0;

    // Exists at the end of `day` (founded on or before it, not dissolved on or before it).
    bool existsOn(QDate day) const
    {
        return foundingDate.isValid() && foundingDate <= day &&
               (!dissolvedDate.isValid() || dissolvedDate > day);
    }
};

// One dated step of the stage history. Rows are only ever added, never overwritten.
struct StageStep
{
    qint64 id = 0;
    StageEvent event = StageEvent::Application;
    QDate date;
    QString reason;          // why a rule was set aside (empty when no rule was broken)
    QString brokenRules;     // the rules set aside, in the user's language at the time, for the record
    int extensionMonths = 0; // ProbationExtension only
    QString note;
    // Entered from old paper records (据档案补录), `reason` saying which: the only way a step that breaks
    // the age or cultivation rule is on file (those rules have no exceptions for a live entry).
    bool fromRecords = false;
};

// One dated change of a member's state.
struct MemberStateChange
{
    qint64 id = 0;
    MemberState state = MemberState::Normal;
    QDate date;
    QString reason;
};

// How a member left the party: dated, with the decision and the branch general meeting that took it.
// Rows are only ever added; the member stays on file in the state Left.
struct Leaving
{
    qint64 id = 0;
    qint64 memberId = 0;
    LeavingWay way = LeavingWay::Removal;
    QDate date;           // the day the member left (the decision's day or the higher approval's)
    QString decision;     // the decision's text or number (决定 / 文号)
    qint64 meetingId = 0; // the branch general meeting that decided it
    QDate meetingDate;    // resolved when read
    QString reason;       // why (e.g. 六个月未交纳党费且无正当理由)
};

// A period in one organisation; the member's branch at any past day is the stay covering it.
struct BranchStay
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationName;
    QDate startDate;
    QDate
        endDate; // the day it ended (not part of the stay; the next stay starts that day); null while current
};

// What the monthly dues are computed from, from a month on (dated; a change adds a row).
struct DuesBasis
{
    DuesCategory category = DuesCategory::Farmer;
    Fen monthlyIncome = 0; // after-tax pay or pension, for Employed and Retired
    Fen fixedAmount = 0;   // Farmer: the amount agreed within the configured range
    QDate fromMonth;       // first day of the month it applies from
};

// A party member 党员 (or applicant): a resident linked to their person record, or an outside cadre.
// For residents, name, sex, birth date and ID come from the person record (read-only here).
struct PartyMember
{
    qint64 id = 0;
    MemberOrigin origin = MemberOrigin::Resident;
    qint64 personId = 0; // residents: persons(id); 0 for outside cadres
    // Outside cadres: kept on the member row. Residents: filled from the person when read.
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString idNumber;
    QString workUnit; // outside cadres: their unit
    QString phone;
    // Read-only, resolved when read: the person's current household and site (residents only).
    qint64 householdId = 0;
    qint64 siteId = 0;

    qint64 organisationId = 0;                            // current branch
    DevelopmentStage stage = DevelopmentStage::Applicant; // current, = last stage step
    QDate stageDate;
    MemberState state = MemberState::Normal; // current, = last state change
    QDate stateDate;

    qint64 mentor1Id = 0; // 培养联系人 (activist); full members
    qint64 mentor2Id = 0;
    qint64 sponsor1Id = 0; // 入党介绍人 (development target); full members
    qint64 sponsor2Id = 0;
    QDate politicalReviewDate; // 政治审查 done
    int trainingHours = 0;     // 集中培训: ≥ 24 class hours or ≥ 3 days
    int trainingDays = 0;
    DuesBasis dues; // the basis in force now
    QDate duesFrom; // first month the branch keeps dues for (null: from admission)
    QString note;
    int rowVersion = 0;
    bool enteredFromRecords = false; // some step is entered from records (read-only, resolved when read)

    QList<StageStep> stageHistory;         // oldest first (filled by PartyMemberRepository::member)
    QList<MemberStateChange> stateHistory; // oldest first
    QList<BranchStay> branchHistory;       // oldest first

    bool isResident() const { return origin == MemberOrigin::Resident; }
    int ageOn(QDate day) const;
    // The date of the last step with that event, or a null date.
    QDate dateOf(StageEvent event) const;
    // As the histories stood at the end of `day` (for closed months): the stage (nullopt before the
    // first step; full from PartyRules::fullMemberSince once a conversion is recorded, whatever day its
    // meeting was held), the state (nullopt before the first state change) and the branch (0 when in none).
    std::optional<DevelopmentStage> stageOn(QDate day) const;
    std::optional<MemberState> stateOn(QDate day) const;
    qint64 organisationOn(QDate day) const;
    // Normal or mobile on the day: counted, owes dues, may mentor.
    bool isInGoodStandingOn(QDate day) const;
};

// One member's presence at a meeting.
struct Attendance
{
    qint64 memberId = 0;
    QString memberName; // resolved when read
    bool present = true;
    QString absenceReason; // 请假 / 因病 …
};

// A meeting of 三会一课, a theme party day, an organisational life meeting or a democratic review.
struct Meeting
{
    qint64 id = 0;
    qint64 organisationId = 0;
    MeetingType type = MeetingType::GeneralMeeting;
    QDate date;
    QString topic;
    QString place;
    QString note;
    QList<Attendance> attendance;
    int rowVersion = 0;

    int presentCount() const;
};

// The dues paid for one month by one member.
struct DuesPayment
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDate month; // first day of the month paid for
    Fen amount = 0;
    QDate paidOn;
    QString note;
};

// A transfer of organisational relations 组织关系转接, in or out, pending until completed.
struct RelationTransfer
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString memberName; // resolved when read
    TransferDirection direction = TransferDirection::Out;
    qint64 organisationId = 0; // our organisation the member leaves or joins
    QString otherUnit;         // 转出至 / 转入自: the other organisation, as written on the letter
    QString letterNumber;      // 介绍信编号
    QDate letterDate;          // issued (out) or received (in)
    QDate completedDate;       // null while pending (回执 not yet back / 手续未办完)
    QString note;

    bool isPending() const { return !completedDate.isValid(); }
};

// A 驻村工作队 or a 第一书记 sent to a site for a service period.
struct SiteAssignment
{
    qint64 id = 0;
    AssignmentKind kind = AssignmentKind::WorkTeam;
    qint64 siteId = 0;
    QString name;            // the team's name or the first secretary's name
    QString leader;          // 队长 (work teams)
    QString dispatchingUnit; // 派出单位
    qint64 memberId = 0;     // the first secretary as a member here, when they are one
    QDate startDate;
    QDate endDate; // null while serving open-ended
    QString note;
    // Sent to the village or community the site lies in (its community): covers every site of the same
    // county and township naming that village or community, not this site alone.
    bool coversVillage = false;

    bool isCurrentOn(QDate day) const
    {
        return startDate.isValid() && startDate <= day && (!endDate.isValid() || endDate >= day);
    }
};

} // namespace anju::party
