#include "exchange/IncomeCheckLayout.h"

#include "exchange/ColumnMappingCheck.h"
#include "exchange/RosterLayout.h"
#include "spreadsheet/CellReference.h"

namespace anju::exchange {

const QList<IncomeCheckFieldInfo>& IncomeCheckLayout::fields()
{
    using F = IncomeCheckField;
    // The short names (工资性, 财产性, 医疗, 其他 …) are what a two-row sheet writes under the merged
    // headers 收入 and 大额支出; the checks have no other "其他" than the other large expense.
    static const QList<IncomeCheckFieldInfo> all = {
        {F::HeadName, QStringLiteral("户主姓名"), {QStringLiteral("户主"), QStringLiteral("姓名")}},
        {F::HeadIdNumber,
         QStringLiteral("户主身份证号"),
         {QStringLiteral("户主身份证号码"), QStringLiteral("身份证号"), QStringLiteral("身份证号码"),
          QStringLiteral("公民身份号码"), QStringLiteral("户主公民身份号码")}},
        {F::HouseholdNumber,
         QStringLiteral("户编号"),
         {QStringLiteral("户号"), QStringLiteral("户编码"), QStringLiteral("家庭编号")}},
        {F::Month,
         QStringLiteral("月份"),
         {QStringLiteral("核查月份"), QStringLiteral("所属月份"), QStringLiteral("年月")}},
        {F::Headcount,
         QStringLiteral("家庭人口"),
         {QStringLiteral("家庭人口数"), QStringLiteral("人口数"), QStringLiteral("家庭人数"),
          QStringLiteral("人口")}},
        {F::Wages,
         QStringLiteral("工资性收入"),
         {QStringLiteral("工资收入"), QStringLiteral("务工收入"), QStringLiteral("工资性"),
          QStringLiteral("工资")}},
        {F::Business,
         QStringLiteral("经营性收入"),
         {QStringLiteral("生产经营性收入"), QStringLiteral("经营收入"), QStringLiteral("经营性")}},
        {F::Property, QStringLiteral("财产性收入"), {QStringLiteral("财产收入"), QStringLiteral("财产性")}},
        {F::Transfers, QStringLiteral("转移性收入"), {QStringLiteral("转移收入"), QStringLiteral("转移性")}},
        {F::OperatingCosts,
         QStringLiteral("生产经营费用"),
         {QStringLiteral("生产经营性支出"), QStringLiteral("经营费用"), QStringLiteral("生产性支出")}},
        {F::Medical, QStringLiteral("医疗支出"), {QStringLiteral("医疗费用"), QStringLiteral("医疗")}},
        {F::Education, QStringLiteral("教育支出"), {QStringLiteral("教育费用"), QStringLiteral("教育")}},
        {F::Disaster, QStringLiteral("灾害支出"), {QStringLiteral("灾害损失"), QStringLiteral("灾害")}},
        {F::OtherExpense,
         QStringLiteral("其他大额支出"),
         {QStringLiteral("其他支出"), QStringLiteral("其它大额支出"), QStringLiteral("其它支出"),
          QStringLiteral("其他"), QStringLiteral("其它")}},
        {F::Checker, QStringLiteral("核查人"), {QStringLiteral("核查人员")}},
        {F::CheckedOn, QStringLiteral("核查日期"), {QStringLiteral("核查时间")}},
        {F::Note, QStringLiteral("备注"), {QStringLiteral("说明")}},
    };
    return all;
}

QString IncomeCheckLayout::header(IncomeCheckField field)
{
    for (const IncomeCheckFieldInfo& info : fields())
        if (info.field == field)
            return info.header;
    return {};
}

std::optional<IncomeCheckField> IncomeCheckLayout::fieldForHeader(const QString& headerText)
{
    // "工资性收入（元）" and "户 主 姓 名" name the same columns as "工资性收入" and "户主姓名".
    const QString key = RosterLayout::headerKey(headerText);
    if (key.isEmpty())
        return std::nullopt;
    for (const IncomeCheckFieldInfo& info : fields()) {
        if (key == info.header || info.synonyms.contains(key))
            return info.field;
    }
    return std::nullopt;
}

IncomeCheckMapping IncomeCheckLayout::mappingFor(const QStringList& headers)
{
    IncomeCheckMapping mapping;
    for (int column = 0; column < headers.size(); ++column) {
        const auto field = fieldForHeader(headers.at(column));
        if (field && !mapping.contains(*field))
            mapping.insert(*field, column);
    }
    return mapping;
}

bool IncomeCheckLayout::looksLikeHeader(const IncomeCheckMapping& mapping)
{
    using F = IncomeCheckField;
    const bool household = mapping.contains(F::HeadIdNumber) || mapping.contains(F::HouseholdNumber);
    const bool income = mapping.contains(F::Wages) || mapping.contains(F::Business) ||
                        mapping.contains(F::Property) || mapping.contains(F::Transfers);
    return household && income;
}

bool IncomeCheckLayout::isAmount(IncomeCheckField field)
{
    using F = IncomeCheckField;
    switch (field) {
    case F::Wages:
    case F::Business:
    case F::Property:
    case F::Transfers:
    case F::OperatingCosts:
    case F::Medical:
    case F::Education:
    case F::Disaster:
    case F::OtherExpense:
        return true;
    default:
        return false;
    }
}

bool IncomeCheckLayout::isRequired(IncomeCheckField field)
{
    return field == IncomeCheckField::HeadIdNumber;
}

QStringList IncomeCheckLayout::mappingProblems(const IncomeCheckMapping& mapping, bool monthForFile)
{
    using F = IncomeCheckField;
    QHash<int, int> columns;
    QList<std::pair<int, bool>> order;
    for (const IncomeCheckFieldInfo& info : fields()) {
        const int id = static_cast<int>(info.field);
        order.append({id, false}); // the required ones are checked below: one of two, or per file
        columns.insert(id, mapping.value(info.field, -1));
    }
    const ColumnMappingCheck::Fields check = ColumnMappingCheck::ofFields(columns, order);
    QStringList out;
    if (mapping.value(F::HeadIdNumber, -1) < 0 && mapping.value(F::HouseholdNumber, -1) < 0)
        out.append(tr("The sheet has no column for %1 or %2; place one of them in the column mapping.")
                       .arg(header(F::HeadIdNumber), header(F::HouseholdNumber)));
    if (!monthForFile && mapping.value(F::Month, -1) < 0)
        out.append(tr("The sheet has no column for %1; place it in the column mapping or give the month "
                      "of the whole file.")
                       .arg(header(F::Month)));
    for (auto it = check.sharedColumns.constBegin(); it != check.sharedColumns.constEnd(); ++it) {
        QStringList names;
        for (int id : it.value())
            names.append(header(static_cast<F>(id)));
        out.append(tr("Column %1 is chosen for %2; each column can hold one field.")
                       .arg(CellReference::columnName(it.key()), names.join(QStringLiteral("、"))));
    }
    return out;
}

} // namespace anju::exchange
