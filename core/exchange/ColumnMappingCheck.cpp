#include "exchange/ColumnMappingCheck.h"

#include "spreadsheet/CellReference.h"

namespace anju::exchange {

ColumnMappingCheck::Fields ColumnMappingCheck::ofFields(const QHash<int, int>& columns,
                                                        const QList<std::pair<int, bool>>& fields)
{
    Fields check;
    QMap<int, QList<int>> byColumn;
    // The layout's order, not the hash's: the same mapping always gives the same messages.
    for (const auto& [field, required] : fields) {
        const int column = columns.value(field, -1);
        if (column >= 0)
            byColumn[column].append(field);
        else if (required)
            check.missingRequired.append(field);
    }
    for (auto it = byColumn.constBegin(); it != byColumn.constEnd(); ++it) {
        if (it.value().size() > 1)
            check.sharedColumns.insert(it.key(), it.value());
    }
    return check;
}

ColumnMappingCheck ColumnMappingCheck::of(const ColumnMapping& mapping)
{
    QHash<int, int> columns;
    QList<std::pair<int, bool>> fields;
    for (const RosterFieldInfo& info : RosterLayout::fields()) {
        fields.append({static_cast<int>(info.field), info.required});
        columns.insert(static_cast<int>(info.field), mapping.value(info.field, -1));
    }
    const Fields found = ofFields(columns, fields);
    ColumnMappingCheck check;
    for (int field : found.missingRequired)
        check.missingRequired.append(static_cast<RosterField>(field));
    for (auto it = found.sharedColumns.constBegin(); it != found.sharedColumns.constEnd(); ++it)
        for (int field : it.value())
            check.sharedColumns[it.key()].append(static_cast<RosterField>(field));
    return check;
}

QStringList ColumnMappingCheck::messages() const
{
    const auto headers = [](const QList<RosterField>& fields) {
        QStringList out;
        for (RosterField field : fields)
            out.append(RosterLayout::info(field).header);
        return out.join(QStringLiteral("、"));
    };
    QStringList out;
    if (!missingRequired.isEmpty())
        out.append(tr("The roster has no column for %1; place it in the column mapping.")
                       .arg(headers(missingRequired)));
    for (auto it = sharedColumns.constBegin(); it != sharedColumns.constEnd(); ++it)
        out.append(tr("Column %1 is chosen for %2; each column can hold one field.")
                       .arg(CellReference::columnName(it.key()), headers(it.value())));
    return out;
}

} // namespace anju::exchange
