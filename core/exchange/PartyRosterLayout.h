#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju::exchange {

// The columns of a branch's own Excel roster of members 党员花名册 (issue 16), in the order the exporter
// writes them. The importer recognizes each header and its usual variants (RosterLayout::headerKey).
enum class PartyRosterField
{
    Name,              // 姓名
    Sex,               // 性别
    IdNumber,          // 身份证号
    Branch,            // 所在党支部
    ApplicationDate,   // 申请入党日期
    ActivistDate,      // 确定为入党积极分子日期
    TargetDate,        // 确定为发展对象日期
    AdmissionDate,     // 接收为预备党员日期
    ConversionDate,    // 转为正式党员日期
    Mentors,           // 培养联系人
    Sponsors,          // 入党介绍人
    State,             // 党员状态
    Phone,             // 联系电话
    WorkUnit,          // 工作单位及职务
    MobileDestination, // 流动党员外出地点
};

struct PartyRosterFieldInfo
{
    PartyRosterField field;
    QString header;       // the canonical header the exporter writes
    QStringList synonyms; // other headers offices use (compared after RosterLayout::headerKey)
};

using PartyRosterMapping = QHash<PartyRosterField, int>; // field → 0-based column

class PartyRosterLayout
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::PartyRosterLayout)

public:
    static const QList<PartyRosterFieldInfo>& fields(); // in export column order
    static std::optional<PartyRosterField> fieldForHeader(const QString& headerText);
    // The first column of each field the header names.
    static PartyRosterMapping mappingFor(const QStringList& headers);
    // A header naming at least the name, the ID number and one date of the stages.
    static bool looksLikeHeader(const PartyRosterMapping& mapping);
    // Whether a header names one of the stage dates.
    static bool isDateField(const QString& headerText);
    // The columns a roster cannot be imported without: the name, the ID number and the branch (each row
    // needs them; the stage dates are checked row by row).
    static bool isRequired(PartyRosterField field);
    // What keeps a mapping chosen by hand from being used (a required field with no column, a column
    // chosen for two fields), one message each naming the fields by their canonical headers.
    static QStringList mappingProblems(const PartyRosterMapping& mapping);
};

} // namespace anju::exchange
