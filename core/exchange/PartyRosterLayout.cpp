#include "exchange/PartyRosterLayout.h"

#include "exchange/ColumnMappingCheck.h"
#include "spreadsheet/CellReference.h"

#include "exchange/RosterLayout.h"

namespace anju::exchange {

const QList<PartyRosterFieldInfo>& PartyRosterLayout::fields()
{
    using F = PartyRosterField;
    static const QList<PartyRosterFieldInfo> all = {
        {F::Name, QStringLiteral("姓名"), {QStringLiteral("党员姓名")}},
        {F::Sex, QStringLiteral("性别"), {}},
        {F::IdNumber,
         QStringLiteral("身份证号"),
         {QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("身份证")}},
        {F::Branch,
         QStringLiteral("所在党支部"),
         {QStringLiteral("党支部"), QStringLiteral("所在支部"), QStringLiteral("支部"),
          QStringLiteral("所在党组织")}},
        {F::ApplicationDate,
         QStringLiteral("申请入党日期"),
         {QStringLiteral("申请入党时间"), QStringLiteral("递交入党申请书日期"),
          QStringLiteral("递交入党申请书时间")}},
        {F::ActivistDate,
         QStringLiteral("确定为入党积极分子日期"),
         {QStringLiteral("确定为入党积极分子时间"), QStringLiteral("确定入党积极分子日期"),
          QStringLiteral("确定为积极分子日期"), QStringLiteral("列为入党积极分子日期")}},
        {F::TargetDate,
         QStringLiteral("确定为发展对象日期"),
         {QStringLiteral("确定为发展对象时间"), QStringLiteral("确定发展对象日期"),
          QStringLiteral("列为发展对象日期")}},
        {F::AdmissionDate,
         QStringLiteral("接收为预备党员日期"),
         {QStringLiteral("接收为预备党员时间"), QStringLiteral("入党日期"), QStringLiteral("入党时间"),
          QStringLiteral("接收预备党员日期")}},
        {F::ConversionDate,
         QStringLiteral("转为正式党员日期"),
         {QStringLiteral("转为正式党员时间"), QStringLiteral("转正日期"), QStringLiteral("转正时间")}},
        {F::Mentors, QStringLiteral("培养联系人"), {QStringLiteral("培养人"), QStringLiteral("联系人")}},
        {F::Sponsors, QStringLiteral("入党介绍人"), {QStringLiteral("介绍人")}},
        {F::State, QStringLiteral("党员状态"), {QStringLiteral("状态")}},
        {F::Phone,
         QStringLiteral("联系电话"),
         {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("手机号码")}},
        {F::WorkUnit,
         QStringLiteral("工作单位及职务"),
         {QStringLiteral("工作单位"), QStringLiteral("单位及职务"), QStringLiteral("工作单位和职务")}},
        {F::MobileDestination,
         QStringLiteral("流动党员外出地点"),
         {QStringLiteral("外出地点"), QStringLiteral("流动去向"), QStringLiteral("外出务工地点")}},
    };
    return all;
}

std::optional<PartyRosterField> PartyRosterLayout::fieldForHeader(const QString& headerText)
{
    const QString key = RosterLayout::headerKey(headerText);
    if (key.isEmpty())
        return std::nullopt;
    for (const PartyRosterFieldInfo& info : fields()) {
        if (key == info.header || info.synonyms.contains(key))
            return info.field;
    }
    return std::nullopt;
}

PartyRosterMapping PartyRosterLayout::mappingFor(const QStringList& headers)
{
    PartyRosterMapping mapping;
    for (int column = 0; column < headers.size(); ++column) {
        const auto field = fieldForHeader(headers.at(column));
        if (field && !mapping.contains(*field))
            mapping.insert(*field, column);
    }
    return mapping;
}

bool PartyRosterLayout::looksLikeHeader(const PartyRosterMapping& mapping)
{
    using F = PartyRosterField;
    const bool anyDate = mapping.contains(F::ApplicationDate) || mapping.contains(F::ActivistDate) ||
                         mapping.contains(F::TargetDate) || mapping.contains(F::AdmissionDate) ||
                         mapping.contains(F::ConversionDate);
    return mapping.contains(F::Name) && mapping.contains(F::IdNumber) && anyDate;
}

bool PartyRosterLayout::isDateField(const QString& headerText)
{
    using F = PartyRosterField;
    const auto field = fieldForHeader(headerText);
    return field == F::ApplicationDate || field == F::ActivistDate || field == F::TargetDate ||
           field == F::AdmissionDate || field == F::ConversionDate;
}

bool PartyRosterLayout::isRequired(PartyRosterField field)
{
    return field == PartyRosterField::Name || field == PartyRosterField::IdNumber ||
           field == PartyRosterField::Branch;
}

QStringList PartyRosterLayout::mappingProblems(const PartyRosterMapping& mapping)
{
    QHash<int, int> columns;
    QList<std::pair<int, bool>> order;
    QHash<int, QString> headers;
    for (const PartyRosterFieldInfo& info : fields()) {
        const int id = static_cast<int>(info.field);
        order.append({id, isRequired(info.field)});
        columns.insert(id, mapping.value(info.field, -1));
        headers.insert(id, info.header);
    }
    const ColumnMappingCheck::Fields check = ColumnMappingCheck::ofFields(columns, order);
    const auto named = [&](const QList<int>& ids) {
        QStringList out;
        for (int id : ids)
            out.append(headers.value(id));
        return out.join(QStringLiteral("、"));
    };
    QStringList out;
    if (!check.missingRequired.isEmpty())
        out.append(tr("The roster has no column for %1; place it in the column mapping.")
                       .arg(named(check.missingRequired)));
    for (auto it = check.sharedColumns.constBegin(); it != check.sharedColumns.constEnd(); ++it)
        out.append(tr("Column %1 is chosen for %2; each column can hold one field.")
                       .arg(CellReference::columnName(it.key()), named(it.value())));
    return out;
}

} // namespace anju::exchange
