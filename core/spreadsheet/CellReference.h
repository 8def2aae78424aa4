#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace anju {

// A cell address as spreadsheets write it ("AB12", "$C$5"): column 0-based (A = 0), row 1-based.
struct CellReference
{
    int column = 0;
    int row = 0; // 0 when the reference names only a column ("AB")

    // Columns past `maxColumn` still parse (so the caller can name the limit in its message) but stop
    // growing there, so a hostile "ZZZZZZZZZZ1" cannot overflow.
    static std::optional<CellReference> parse(QStringView text);
    static QString columnName(int column); // 0 -> "A", 27 -> "AB"
    static QString name(int column, int row) { return columnName(column) + QString::number(row); }
};

} // namespace anju
