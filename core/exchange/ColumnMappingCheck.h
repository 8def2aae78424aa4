#pragma once

#include "exchange/ImportTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace anju::exchange {

// What keeps a column mapping from being used: required fields with no column, and columns chosen
// for more than one field (the importer would keep one of them at random). The mapping table marks
// its rows from it and the importer refuses the same mappings, so the window and the CLI agree.
struct ColumnMappingCheck
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::ColumnMappingCheck)

public:
    QList<RosterField> missingRequired;          // in the roster's field order
    QMap<int, QList<RosterField>> sharedColumns; // 0-based column → its fields (two or more), in field order

    // A negative column means "not in the file".
    static ColumnMappingCheck of(const ColumnMapping& mapping);

    // The same rule over any roster's fields (the party roster's too): `fields` in the layout's order,
    // each with whether it is required; `columns` maps a field to its 0-based column.
    struct Fields
    {
        QList<int> missingRequired;
        QMap<int, QList<int>> sharedColumns;
        bool isShared(int column) const { return sharedColumns.contains(column); }
    };
    static Fields ofFields(const QHash<int, int>& columns, const QList<std::pair<int, bool>>& fields);
    bool ok() const { return missingRequired.isEmpty() && sharedColumns.isEmpty(); }
    bool isShared(int column) const { return sharedColumns.contains(column); }
    // One line per problem, naming fields by their canonical Chinese header (as the importer does).
    QStringList messages() const;
};

} // namespace anju::exchange
