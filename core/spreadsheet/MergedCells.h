#pragma once

#include "spreadsheet/TableReader.h"

#include <QHash>
#include <QList>

namespace anju {

// The value a cell shows inside a merged block: a block over several rows shows its top cell's value in
// every row below it, where the file itself holds nothing. Rows must come in order (as a TableReader
// gives them); blocks that ended above the row are forgotten as it goes, so a province's roster costs
// no more memory than the blocks still open.
class MergedCells
{
public:
    // The merged ranges of a sheet (TableReader::merges()); starting a new sheet forgets the old ones.
    void startSheet(const QList<MergedRange>& merges);
    // The cell of `column` in `row`, or the top cell of the merged block covering it when it is empty.
    CellValue valueAt(const TableRow& row, int column);

private:
    QHash<int, QList<MergedRange>> m_byColumn;
    QHash<quint64, CellValue> m_topValues; // (column, first row) → value of the merged range's top cell
};

} // namespace anju
