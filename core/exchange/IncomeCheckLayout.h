#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju::exchange {

// The columns of an office's sheet of a month's income checks 月度收支核查表 (issue 18). A household is
// found by its head's ID number or by its household code; the month is a column or given for the file.
enum class IncomeCheckField
{
    HeadName,        // 户主姓名 (the ID or the code finds the household; the name must be a member of it)
    HeadIdNumber,    // 户主身份证号
    HouseholdNumber, // 户编号
    Month,           // 月份
    Headcount,       // 家庭人口
    Wages,           // 工资性收入
    Business,        // 经营性收入
    Property,        // 财产性收入
    Transfers,       // 转移性收入
    OperatingCosts,  // 生产经营费用
    Medical,         // 医疗支出
    Education,       // 教育支出
    Disaster,        // 灾害支出
    OtherExpense,    // 其他大额支出
    Checker,         // 核查人
    CheckedOn,       // 核查日期
    Note,            // 备注
};

struct IncomeCheckFieldInfo
{
    IncomeCheckField field;
    QString header;       // the canonical header
    QStringList synonyms; // other headers offices use (compared after RosterLayout::headerKey)
};

using IncomeCheckMapping = QHash<IncomeCheckField, int>; // field → 0-based column

class IncomeCheckLayout
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::IncomeCheckLayout)

public:
    static const QList<IncomeCheckFieldInfo>& fields(); // in the sheet's usual column order
    static QString header(IncomeCheckField field);
    static std::optional<IncomeCheckField> fieldForHeader(const QString& headerText);
    // The first column of each field the header names.
    static IncomeCheckMapping mappingFor(const QStringList& headers);
    // A header naming the household (head's ID number or household code) and at least one income column.
    static bool looksLikeHeader(const IncomeCheckMapping& mapping);
    // The amounts in yuan, read as fen.
    static bool isAmount(IncomeCheckField field);
    // The head's ID number is required in the mapping table; the household code may stand in for it
    // (mappingProblems accepts either).
    static bool isRequired(IncomeCheckField field);
    // What keeps a mapping from being used: neither the head's ID number nor the household code, no month
    // when the file gives none (`monthForFile` false), a column chosen for two fields. One message each.
    static QStringList mappingProblems(const IncomeCheckMapping& mapping, bool monthForFile);
};

} // namespace anju::exchange
