#include "party/PartyViews.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

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

namespace {
// Lists fetch their rows page by page: measuring a few hundred is enough and stays instant.
constexpr int MeasuredRows = 300;

template <typename View> void sizeToContents(View* view, QHeaderView* header, int freeTextColumn)
{
    header->setResizeContentsPrecision(MeasuredRows);
    header->setStretchLastSection(freeTextColumn < 0);
    if (freeTextColumn >= 0)
        header->setSectionResizeMode(freeTextColumn, QHeaderView::Stretch);
    view->setTextElideMode(Qt::ElideRight);
    const auto fit = [view, freeTextColumn] {
        const int columns = view->model()->columnCount();
        for (int c = 0; c < columns; ++c) {
            if (c != freeTextColumn && !view->isColumnHidden(c))
                view->resizeColumnToContents(c);
        }
    };
    fit();
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, fit);
}
} // namespace

void sizeColumnsToContents(QTableView* view, int freeTextColumn)
{
    sizeToContents(view, view->horizontalHeader(), freeTextColumn);
}

void sizeColumnsToContents(QTreeView* view, int freeTextColumn)
{
    sizeToContents(view, view->header(), freeTextColumn);
}

} // namespace anju
