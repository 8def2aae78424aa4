#pragma once

#include <QString>

class QAbstractItemView;
class QHeaderView;
class QTableView;

namespace anju {

// The look every list of the 党建 page shares with the household roster: whole rows, one at a time,
// alternating colours, fixed row heights, no editing in place.
void setUpListView(QTableView* view);
// Sizes a column to fit `sample` or its header, whichever is wider.
void fitColumn(QTableView* view, int column, const QString& sample);

} // namespace anju
