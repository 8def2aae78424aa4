#pragma once

#include <QString>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;

namespace anju {

// The look every list of the 党建 page shares with the household roster: whole rows, one at a time,
// alternating colours, fixed row heights, no editing in place.
void setUpListView(QTableView* view);
// Sizes a column to fit `sample` or its header, whichever is wider.
void fitColumn(QTableView* view, int column, const QString& sample);
// Columns as wide as their contents (names of branches and sites, dates, stages are never cut), measured
// again whenever the model is reset; only `freeTextColumn` (a note, a reason; -1: none) takes the room
// left and is elided, with its whole text in the model's tooltip.
void sizeColumnsToContents(QTableView* view, int freeTextColumn = -1);
void sizeColumnsToContents(QTreeView* view, int freeTextColumn = -1);

} // namespace anju
