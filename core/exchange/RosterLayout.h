#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju::exchange {

// The fields of a household roster 花名册 as offices keep it in Excel: one row per person, household
// columns repeated or merged over the members' rows. Shared by the exporter (which writes the canonical
// header) and the importer (which recognizes every usual variant of each header).
enum class RosterField {
    Sequence,        // 序号
    HouseholdNumber, // 户编号 / 户号
    Site,            // 安置点
    SiteCode,        // 安置点编码 (so that a round trip keeps the office's site codes)
    Building,        // 楼栋
    Unit,            // 单元
    Room,            // 房号
    Name,            // 姓名
    Relationship,    // 与户主关系
    IdNumber,        // 身份证号
    Sex,             // 性别
    BirthDate,       // 出生日期
    Ethnicity,       // 民族
    Education,       // 文化程度
    Health,          // 健康状况
    LabourCapacity,  // 劳动能力
    Phone,           // 联系电话
    OriginCounty,    // 迁出县(区划代码)
    OriginTownship,  // 迁出乡镇
    OriginVillage,   // 迁出村
    RelocationDate,  // 搬迁入住日期
    HouseholdPhone,  // 户联系电话 (the household's own number; 联系电话 is each person's)
    PersonState,     // 人员状态 (在册 / 迁出 / 死亡)
    StateDate,       // 状态变动日期
};
inline constexpr int RosterFieldCount = 24;

struct RosterFieldInfo
{
    RosterField field;
    QString header;        // the canonical Chinese header the exporter writes
    QStringList synonyms;  // other headers offices use for it (normalized: no spaces, no brackets)
    bool required;         // the importer cannot work without it
};

class RosterLayout
{
public:
    static const QList<RosterFieldInfo>& fields(); // in export column order
    static const RosterFieldInfo& info(RosterField field);
    // The field a header cell names, after removing spaces, line breaks, "*" and bracketed notes.
    static std::optional<RosterField> fieldForHeader(const QString& headerText);
    // A header cell as fieldForHeader compares it: no spaces, line breaks, "*", ":" or bracketed notes.
    static QString headerKey(const QString& headerText);
};

} // namespace anju::exchange
