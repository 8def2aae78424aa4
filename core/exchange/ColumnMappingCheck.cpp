#include "exchange/ColumnMappingCheck.h"

#include "spreadsheet/CellReference.h"

namespace anju::exchange {

ColumnMappingCheck ColumnMappingCheck::of(const ColumnMapping& mapping)
{
    ColumnMappingCheck check;
    QMap<int, QList<RosterField>> byColumn;
    // RosterLayout's order, not the hash's: the same mapping always gives the same messages.
    for (const RosterFieldInfo& info : RosterLayout::fields()) {
        const int column = mapping.value(info.field, -1);
        if (column >= 0)
            byColumn[column].append(info.field);
        else if (info.required)
            check.missingRequired.append(info.field);
    }
    for (auto it = byColumn.constBegin(); it != byColumn.constEnd(); ++it) {
        if (it.value().size() > 1)
            check.sharedColumns.insert(it.key(), it.value());
    }
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
