#pragma once

#include "domain/Enums.h"

namespace anju::work {

// Coded values of work, training and industry (issue 19). Stored by key (migration 20's CHECK lists),
// shown by label (domain/Enums.h).

// 就业渠道: how a person is employed (DOMAIN.md "Follow-up support", 五个一批).
enum class Channel
{
    LabourExport, // 劳务输出: destination province and city, through a broker or a 点对点 batch
    Workshop,     // 帮扶车间
    WorkRelief,   // 以工代赈: the project
    Park,         // 园区/景区: the park or scenic area
    PublicPost,   // 公益岗位: the post
    SelfEmployed, // 自主创业 / 个体经营
    Flexible,     // 灵活就业
};

// 公益岗位 kinds.
enum class PostKind
{
    CleaningGreening,   // 保洁护绿
    Security,           // 治安协管
    ForestRanger,       // 生态护林
    ProjectMaintenance, // 项目管护
    Other,
};

// 意愿: what a person wishes, as the pairing cadre collected it.
enum class WishKind
{
    Employment, // 就业意愿: where, what
    Training,   // 培训意愿: the trade
    Business,   // 创业意愿
};

// Why a member of the labour force has no job (the idle check skips them while it holds).
enum class AbsenceReason
{
    Studying,
    Caring,
    Ill,
    Other,
};

// One person on one course.
enum class AttendanceOutcome
{
    Enrolled,
    Completed, // 结业
    Dropped,
};

// Money paid to a person for a month.
enum class SupportKind
{
    EmploymentAward, // 就业奖补
    TrainingSubsidy, // 技能培训补贴
    LivingAllowance, // 培训期间生活费补贴
    SocialInsurance, // 社保补贴
};

// 四级产业体系.
enum class IndustryLevel
{
    CountyPark,         // 县级产业园区
    TownshipBase,       // 乡镇产业基地
    VillageCooperative, // 村级合作社
    Household,          // 户办项目
};

// How a project benefits households.
enum class IndustryModel
{
    Infrastructure, // 基础设施
    LabourPay,      // 务工带动
    Training,       // 技能培训
    AssetShares,    // 资产折股量化
};

} // namespace anju::work
