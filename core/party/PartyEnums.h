#pragma once

#include "domain/Enums.h"

namespace anju::party {

// Coded values of the party organisation (党建). Stored by key, shown by label (enumKey / enumLabel /
// enumFromKey / enumFromText of domain/Enums.h work for each of them).

// 党委 / 党总支 / 党支部 / 联合党支部.
enum class OrganisationKind
{
    Committee,
    GeneralBranch,
    Branch,
    JointBranch
};

// The development stages in order; a member's stage is the last step reached.
enum class DevelopmentStage
{
    Applicant,
    Activist,
    DevelopmentTarget,
    Probationary,
    Full
};

// One dated step of a member's development, as kept in the stage history.
enum class StageEvent
{
    Application,        // 递交入党申请书 → applicant
    ApplicationTalk,    // 党组织派人谈话 (within 1 month of the application); no stage change
    Activist,           // 确定为入党积极分子
    DevelopmentTarget,  // 确定为发展对象
    Admission,          // 支部党员大会接收为预备党员
    ProbationExtension, // 延长预备期 (6–12 months); no stage change
    Conversion,         // 转为正式党员
};

// 正常 / 流动党员 / 已转出 / 死亡 / 已出党: dated, kept as a history of changes. Left is the state after
// any of the ways of leaving (LeavingWay, with the decision in the leavings' history): a member who left
// is no longer counted, but stays on file.
enum class MemberState
{
    Normal,
    Mobile,
    TransferredOut,
    Deceased,
    Left
};

// The ways of leaving the party (党章 第九条, 第三十八条, 第四十条), each decided by the branch general
// meeting: 取消预备党员资格 (probationary members only), 退党, 除名, 开除党籍.
enum class LeavingWay
{
    ProbationCancelled,
    Withdrawal,
    Removal,
    Expulsion
};

// A resident of a site (linked to their person record) or an outside cadre (工作队员, 机关干部 …).
enum class MemberOrigin
{
    Resident,
    OutsideCadre
};

// What the monthly dues are computed from (DOMAIN.md, 党费).
enum class DuesCategory
{
    Employed,
    Retired,
    Farmer,
    Student,
    Unemployed,
    LowIncome
};

// 三会一课, 主题党日, 组织生活会, 民主评议党员.
enum class MeetingType
{
    GeneralMeeting,     // 支部党员大会
    CommitteeMeeting,   // 支部委员会
    GroupMeeting,       // 党小组会
    PartyLesson,        // 党课
    ThemePartyDay,      // 主题党日
    OrganisationalLife, // 组织生活会
    DemocraticReview,   // 民主评议党员
};

enum class TransferDirection
{
    In,
    Out
};

// 驻村工作队 or 第一书记 sent to a site.
enum class AssignmentKind
{
    WorkTeam,
    FirstSecretary
};

// Age bands of the branch charts: ≤30, 31–40, 41–50, 51–60, 61–70, over 70.
enum class AgeBand
{
    UpTo30,
    From31To40,
    From41To50,
    From51To60,
    From61To70,
    Over70
};

// What a row of the secretary's review list is about.
enum class ReviewKind
{
    ApplicationTalkDue,        // applicant not yet talked with, 1 month after applying
    ActivistEligible,          // activist reaching 1 year of cultivation
    ConversionDue,             // probation (1 year from admission) ends
    ExtensionEnding,           // an extended probation ends
    DuesArrears,               // unpaid months of dues
    MeetingMissing,            // a meeting type not held in its period
    TransferPending,           // a transfer of organisational relations not completed
    SiteNeedsOwnBranch,        // ≥ 500 residents and ≥ 3 full members but no organisation of its own
    SiteNotCovered,            // no organisation covers the site
    SiteWithoutWorkTeam,       // no current 驻村工作队
    SiteWithoutFirstSecretary, // no current 第一书记
    BranchTooSmall,            // fewer than 3 full members
    BranchTooLarge,            // more than 50 members
    CommitteeMissing,          // ≥ 7 full members but no branch committee of 3–7
    NoOrganisationalLife,      // six months without attending a meeting of the branch (自行脱党?)
    SecretaryStandingShort,    // the branch secretary has less than 1 year of party standing
    PoliticalStatusMismatch,   // the household register's 政治面貌 and the party record disagree
};

// Due: falls in the reviewed month (or its period is still open). Overdue: should have happened earlier.
enum class ReviewUrgency
{
    Due,
    Overdue
};

// The stage a member is in after `event` (ApplicationTalk and ProbationExtension keep `before`).
DevelopmentStage stageAfter(StageEvent event, DevelopmentStage before);
// The stage an event leads to, or nullopt for events that change no stage.
std::optional<DevelopmentStage> stageReachedBy(StageEvent event);
AgeBand ageBandFor(int age);
// The event that enters `stage` (Application for Applicant …).
StageEvent eventEntering(DevelopmentStage stage);

} // namespace anju::party
