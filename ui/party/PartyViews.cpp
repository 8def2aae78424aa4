#include "party/PartyViews.h"

#include <QHeaderView>
#include <QTableView>

namespace anju {

void setUpListView(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

void fitColumn(QTableView* view, int column, const QString& sample)
{
    const QFontMetrics fm = view->fontMetrics();
    const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
    const int width = qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(header) + 24) + 16;
    view->horizontalHeader()->resizeSection(column, width);
}

} // namespace anju
