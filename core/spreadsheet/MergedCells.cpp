#include "spreadsheet/MergedCells.h"

#include <algorithm>

namespace anju {

namespace {

quint64 mergeKey(int column, int firstRow)
{
    return (quint64(quint32(column)) << 32) | quint32(firstRow);
}

} // namespace

void MergedCells::startSheet(const QList<MergedRange>& merges)
{
    m_byColumn.clear();
    m_topValues.clear();
    for (const MergedRange& range : merges) {
        if (range.lastRow > range.firstRow) {
            for (int column = range.firstColumn; column <= range.lastColumn; ++column)
                m_byColumn[column].append(range);
        }
    }
    for (auto& list : m_byColumn)
        std::sort(list.begin(), list.end(),
                  [](const MergedRange& a, const MergedRange& b) { return a.firstRow < b.firstRow; });
}

CellValue MergedCells::valueAt(const TableRow& row, int column)
{
    if (column < 0)
        return {};
    const CellValue& cell = row.cell(column);
    const auto merges = m_byColumn.find(column);
    if (merges == m_byColumn.end())
        return cell;
    // Rows come in order, so the ranges that ended above this row are of no more use.
    QList<MergedRange>& list = *merges;
    while (!list.isEmpty() && list.constFirst().lastRow < row.number) {
        m_topValues.remove(mergeKey(column, list.constFirst().firstRow));
        list.removeFirst();
    }
    for (const MergedRange& range : std::as_const(list)) {
        if (range.firstRow > row.number)
            break;
        if (range.firstRow == row.number) {
            m_topValues.insert(mergeKey(column, range.firstRow), cell);
            return cell;
        }
        if (cell.isEmpty())
            return m_topValues.value(mergeKey(column, range.firstRow));
    }
    return cell;
}

} // namespace anju
